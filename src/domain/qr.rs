//! QR codes for share links, drawn as one SVG path: no image files, no network. Kept to
//! version 25 (117 modules a side) at the low error correction level, which holds 1,273 bytes
//! and still scans easily from a phone screen; longer text gets no code.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest version drawn.
pub const MAX_VERSION: u8 = 25;
/// The most bytes a code of [`MAX_VERSION`] holds at the low error correction level.
pub const MAX_BYTES: usize = 1273;

/// A QR code as SVG: `size` modules a side, and a path with a 1 by 1 square per dark module
/// (runs along a row merged into one rectangle).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub size: i32,
    pub path: String,
}

impl Qr {
    /// The form the guide's extras hand a code over in (`src/bin/extras.rs`): the modules a
    /// side, a space, the path.
    pub fn to_extras(&self) -> String {
        format!("{} {}", self.size, self.path)
    }

    /// Reads [`Qr::to_extras`]'s form back; `None` if it is not that.
    pub fn from_extras(code: &str) -> Option<Qr> {
        let (size, path) = code.split_once(' ')?;
        Some(Qr {
            size: size.parse().ok()?,
            path: path.to_string(),
        })
    }
}

/// The QR code of `text` (byte mode; the error correction is raised when that costs no size),
/// or `None` if it needs more than [`MAX_VERSION`].
pub fn qr(text: &str) -> Option<Qr> {
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        true,
    )
    .ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!("M{start} {y}h{}v1H{start}z", x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(Qr { size, path })
}
