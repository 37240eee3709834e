//! Measures `dist/`: raw, gzip (level 9) and brotli (quality 11) bytes of every file.
//! Shared by the size benchmark (which prints) and the budget test (which asserts).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One file's size three ways. (The budget test reads only gzip.)
#[allow(dead_code)]
pub struct FileSize {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// The release build's output folder.
pub fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// Every file under `dir`, sorted by name. Panics with a hint if there is no build.
pub fn measure(dir: &Path) -> Vec<FileSize> {
    assert!(
        dir.join("index.html").is_file(),
        "{} has no release build: run `.ci/dev build` (or `.ci/dev test`) first",
        dir.display()
    );
    let mut files = Vec::new();
    collect(dir, dir, &mut files);
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<FileSize>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, out);
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        out.push(FileSize {
            name: path.strip_prefix(root).unwrap().display().to_string(),
            raw: bytes.len(),
            gzip: gzip(&bytes),
            brotli: brotli(&bytes),
        });
    }
}

/// What a first visit downloads, gzip: every file but one language's words of the several
/// (`texts-<lang>-<hash>.txt`: the guide fetches only the language it shows), counted with the
/// largest, so the figure holds whichever language a person reads.
/// The script a clinic's page loads to fit the guide's frame (the size bench shows it on its
/// own).
pub const EMBED_SCRIPT: &str = "embed.js";

/// Files of `dist/` the guide's own page never asks for, so a visit does not count them: the
/// clinic's embed script, the summary for clinicians and the page for clinics.
const NOT_IN_A_VISIT: [&str; 6] = [
    EMBED_SCRIPT,
    "clinicians.html",
    "clinicians.css",
    "clinics.html",
    "clinics.js",
    "clinics.css",
];

/// The guide's extras (`src/bin/extras.rs`: QR codes), loaded only when a person asks for a
/// share link's QR code; not part of a first visit.
pub const EXTRAS: &str = "extras-";

/// The page for clinics' settings check (`src/bin/clinic_check.rs`): that page's only.
pub const CLINIC_CHECK: &str = "clinic-check-";

/// The guide's own wasm, gzip (what the wasm budget is of; the extras are not in it).
#[allow(dead_code)]
pub fn guide_wasm_gzip(files: &[FileSize]) -> usize {
    files
        .iter()
        .filter(|f| f.name.ends_with(".wasm") && in_a_visit(&f.name))
        .map(|f| f.gzip)
        .sum()
}

/// Whether a first visit downloads `name` (of `dist/`).
fn in_a_visit(name: &str) -> bool {
    !NOT_IN_A_VISIT.contains(&name) && !name.starts_with(EXTRAS) && !name.starts_with(CLINIC_CHECK)
}

pub fn first_visit_gzip(files: &[FileSize]) -> usize {
    let is_texts = |f: &&FileSize| f.name.starts_with("texts-");
    let others: usize = files
        .iter()
        .filter(|f| !is_texts(f) && in_a_visit(&f.name))
        .map(|f| f.gzip)
        .sum();
    let texts = files
        .iter()
        .filter(is_texts)
        .map(|f| f.gzip)
        .max()
        .unwrap_or(0);
    others + texts
}

/// The offline copy the guide's service worker keeps after a first visit in English, as
/// (files, raw, gzip): every file a visit uses but the worker itself (the browser keeps that
/// apart), with the English words (the worker keeps English always, and the words of each
/// other language used). Raw is what it takes on the device; gzip, what it costs to download
/// if the browser's HTTP cache does not already hold the files.
#[allow(dead_code)]
pub fn offline_copy(files: &[FileSize]) -> (usize, usize, usize) {
    let kept: Vec<&FileSize> = files
        .iter()
        .filter(|f| {
            (!f.name.starts_with("texts-") || f.name.starts_with("texts-en-"))
                && f.name != "sw.js"
                && in_a_visit(&f.name)
        })
        .collect();
    (
        kept.len(),
        kept.iter().map(|f| f.raw).sum(),
        kept.iter().map(|f| f.gzip).sum(),
    )
}

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

fn brotli(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
    out.len()
}
