//! Reads a QR code the app draws (`size` modules a side and an SVG path of `M x y h n v1 H x z`
//! rectangles) with an independent decoder, rqrr, from a rasterised copy with the 4-module
//! quiet zone the app draws around it. Shared by the native and end-to-end tests.

pub fn read(size: usize, path: &str) -> String {
    let scale = 4;
    let side = (size + 8) * scale;
    let mut dark = vec![false; side * side];
    for rect in path.split('z').filter(|r| !r.is_empty()) {
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
