//! QR codes: what the app draws is read back by an independent decoder (rqrr) from a
//! rasterised copy of the SVG path, and the size limit holds.
#![cfg(not(target_arch = "wasm32"))]

use recovery_options::domain::qr::{qr, Qr, MAX_BYTES};

/// Rasterises the path (only `M x y h n v1 H x z` rectangles) at `scale` pixels a module,
/// with the 4-module quiet zone the app draws around it, and decodes it.
fn read_back(code: &Qr) -> String {
    let scale = 4;
    let side = (code.size as usize + 8) * scale;
    let mut dark = vec![false; side * side];
    for rect in code.path.split('z').filter(|r| !r.is_empty()) {
        let nums: Vec<usize> = rect
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let (x, y, width) = (nums[0], nums[1], nums[2]);
        assert_eq!(rect, format!("M{x} {y}h{width}v1H{x}"), "path shape");
        for py in (y + 4) * scale..(y + 5) * scale {
            for px in (x + 4) * scale..(x + 4 + width) * scale {
                dark[py * side + px] = true;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        if dark[y * side + x] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().expect("the code decodes").1
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
