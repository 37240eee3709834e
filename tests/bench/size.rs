//! The size benchmark: prints the raw, gzip and brotli bytes of every file in `dist/` and the
//! totals, against the budgets. Run with `.ci/dev bench` (it builds the release first).

#[cfg(not(target_arch = "wasm32"))]
#[path = "../support/sizes.rs"]
mod sizes;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let files = sizes::measure(&sizes::dist());
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    for f in &files {
        println!(
            "{:<48} {:>10} {:>10} {:>10}",
            f.name, f.raw, f.gzip, f.brotli
        );
    }
    let total = |get: fn(&sizes::FileSize) -> usize| files.iter().map(get).sum::<usize>();
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "total",
        total(|f| f.raw),
        total(|f| f.gzip),
        total(|f| f.brotli)
    );
    let wasm_gzip = sizes::guide_wasm_gzip(&files);
    println!(
        "budgets: a first visit gzip {} of 250000 bytes (one language's texts, the largest); \
         wasm gzip {wasm_gzip} of 200000 bytes",
        sizes::first_visit_gzip(&files)
    );
    let (kept, raw, gzip) = sizes::offline_copy(&files);
    println!(
        "the offline copy after a first visit in English: {kept} files, {raw} bytes kept on the \
         device, {gzip} bytes gzip; each other language used adds its words:"
    );
    for f in files
        .iter()
        .filter(|f| f.name.starts_with("texts-") && !f.name.starts_with("texts-en-"))
    {
        println!("  {}: {} bytes, {} gzip", f.name, f.raw, f.gzip);
    }
    for (prefix, what) in [
        (
            sizes::EXTRAS,
            "the extras (QR codes), loaded only when a QR code is drawn",
        ),
        (
            sizes::CLINIC_CHECK,
            "the settings check, loaded only by the page for clinics",
        ),
    ] {
        let parts: Vec<_> = files
            .iter()
            .filter(|f| f.name.starts_with(prefix))
            .collect();
        println!(
            "{what}: {} bytes gzip ({})",
            parts.iter().map(|f| f.gzip).sum::<usize>(),
            parts
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if let Some(embed) = files.iter().find(|f| f.name == sizes::EMBED_SCRIPT) {
        println!(
            "embedded in a clinic's page, the clinic's page also loads {}: {} bytes gzip",
            embed.name, embed.gzip
        );
    }
}
