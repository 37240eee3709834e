//! The byte budgets of DESIGN section 8, checked on the release build in `dist/`.
//! Sizes are deterministic, so they may fail a build; timings are only reported.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/sizes.rs"]
mod sizes;

/// Everything a first visit downloads, gzip.
const TOTAL_GZIP: usize = 250_000;
/// The wasm alone, gzip.
const WASM_GZIP: usize = 200_000;

#[test]
fn the_release_build_fits_the_byte_budgets() {
    let files = sizes::measure(&sizes::dist());
    let total = sizes::first_visit_gzip(&files);
    let wasm = sizes::guide_wasm_gzip(&files);
    assert!(wasm > 0, "dist/ has no wasm file");
    assert!(
        total <= TOTAL_GZIP,
        "first visit is {total} bytes gzip, over {TOTAL_GZIP}"
    );
    assert!(
        wasm <= WASM_GZIP,
        "wasm is {wasm} bytes gzip, over {WASM_GZIP}"
    );
}

/// The release build lets wasm-opt assume the low 1 KB of memory is never used, in the guide's
/// wasm, its extras' and the clinic page's settings check
/// (`--low-memory-unused` in index.html). Rust's stack sits below its data and grows down toward
/// 0, so that holds while every data segment starts at or above 1 KB; this reads the segments'
/// offsets out of the wasm's data section.
#[test]
fn the_wasm_keeps_its_data_out_of_the_low_kilobyte() {
    let dir = sizes::dist();
    let wasms: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .collect();
    // The guide's, its extras' and the settings check's.
    assert_eq!(
        wasms.len(),
        3,
        "dist/ should hold three wasm files: {wasms:?}"
    );
    for path in wasms {
        let offsets = data_segment_offsets(&std::fs::read(&path).unwrap());
        assert!(!offsets.is_empty(), "{path:?} has no active data segments");
        for offset in offsets {
            assert!(
                offset >= 1024,
                "{path:?}: a data segment starts at {offset}"
            );
        }
    }
}

/// The constant start of each active data segment (binary format: section 11; each segment a
/// flag, then for an active one an `i32.const` offset expression, then its bytes).
fn data_segment_offsets(wasm: &[u8]) -> Vec<u32> {
    let mut at = 8; // magic and version
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb_u32(wasm, &mut at) as usize;
        let end = at + size;
        if id == 11 {
            let mut offsets = Vec::new();
            let mut p = at;
            for _ in 0..leb_u32(wasm, &mut p) {
                let flag = leb_u32(wasm, &mut p);
                if flag == 2 {
                    leb_u32(wasm, &mut p); // memory index
                }
                if flag != 1 {
                    assert_eq!(wasm[p], 0x41, "a data offset that is not an i32.const");
                    p += 1;
                    offsets.push(leb_u32(wasm, &mut p)); // a non-negative sleb fits as uleb here
                    assert_eq!(
                        wasm[p], 0x0b,
                        "a data offset expression longer than one constant"
                    );
                    p += 1;
                }
                let len = leb_u32(wasm, &mut p) as usize;
                p += len;
            }
            return offsets;
        }
        at = end;
    }
    Vec::new()
}

fn leb_u32(bytes: &[u8], at: &mut usize) -> u32 {
    let (mut value, mut shift) = (0u32, 0);
    loop {
        let byte = bytes[*at];
        *at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return value;
        }
        shift += 7;
    }
}
