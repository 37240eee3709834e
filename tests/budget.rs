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
    let total: usize = files.iter().map(|f| f.gzip).sum();
    let wasm: usize = files
        .iter()
        .filter(|f| f.name.ends_with(".wasm"))
        .map(|f| f.gzip)
        .sum();
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
