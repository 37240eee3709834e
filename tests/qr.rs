//! QR codes: what the app draws is read back by an independent decoder (rqrr) from a
//! rasterised copy of the SVG path, and the size limit holds.
#![cfg(not(target_arch = "wasm32"))]

use recovery_options::domain::qr::{qr, Qr, MAX_BYTES};

#[path = "support/qr_read.rs"]
mod qr_read;

fn read_back(code: &Qr) -> String {
    qr_read::read(code.size as usize, &code.path)
}

#[test]
fn a_share_link_reads_back_exactly() {
    for text in [
        "http://127.0.0.1:8080/#/share/1.AbC-_",
        "https://clinic.example.org/recovery/index.html#/share/1.8AEAAPEBeyJxIjpbeyJzIjoiZmxhZzpvcGlvaWRzLXJlY2VudCJ9",
    ] {
        let code = qr(text).unwrap();
        assert_eq!((code.size - 17) % 4, 0, "a real QR size");
        assert_eq!(read_back(&code), text);
    }
}

#[test]
fn the_longest_text_that_fits_still_reads_back_and_one_more_byte_gets_no_code() {
    // Base64url text, as in a share link.
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let longest: String = (0..MAX_BYTES)
        .map(|i| alphabet[(i * 7 + i / 3) % 64] as char)
        .collect();
    let code = qr(&longest).expect("fits");
    assert_eq!(code.size, 117, "version 25");
    assert_eq!(read_back(&code), longest);
    assert_eq!(qr(&format!("{longest}x")), None);
}

#[test]
fn a_code_crosses_from_the_extras_to_the_guide_whole_and_nothing_else_reads_as_one() {
    let code = qr("https://clinic.example.org/#/share/1.AbC-_").unwrap();
    let handed = code.to_extras();
    assert_eq!(Qr::from_extras(&handed), Some(code));
    for bad in ["", "21", "x M0 0h1v1H0z", "-", " M0 0"] {
        assert_eq!(Qr::from_extras(bad), None, "{bad:?}");
    }
}
