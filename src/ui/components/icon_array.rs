//! A picture of 100 people as a 10 by 10 grid (or of 1,000, for rare events, as 40 by 25), the
//! first `count` colored (grouped together, which is easier to read than scattered icons).
//! Drawn as SVG in the page: no images to load.

use yew::prelude::*;

/// `label` is what a screen reader says instead of the picture; `caption` shows above it.
/// `total` is 100 or 1,000.
pub fn icon_array(count: u32, total: u32, caption: String, label: String) -> Html {
    let count = count.min(total);
    let (columns, rows) = if total > 100 {
        (40, total / 40)
    } else {
        (10, total / 10)
    };
    // Units of a tenth of a cell, so every coordinate is a whole number.
    let view_box = format!("0 0 {} {}", columns * 100, rows * 100);
    html! {
        <figure class={if total > 100 { "icon-array icon-array--wide" } else { "icon-array" }}>
            <figcaption>{ caption }</figcaption>
            <svg viewBox={view_box} role="img" aria-label={label}
                class={if total > 100 { "icon-array__svg icon-array__svg--wide" } else { "icon-array__svg" }}
                focusable="false">
                // Two paths, not one element per person: a page shows dozens of these pictures.
                <path class="icon icon--off" d={dots(count..total, columns)} />
                <path class="icon icon--on" d={dots(0..count, columns)} />
            </svg>
        </figure>
    }
}

/// One path drawing a dot in each grid cell of `cells`, row by row.
fn dots(cells: std::ops::Range<u32>, columns: u32) -> String {
    let mut d = String::new();
    for i in cells {
        let (x, y) = (14 + (i % columns) * 100, 50 + (i / columns) * 100);
        // A circle of radius 36 as two arcs, starting at its left edge.
        d.push_str(&format!("M{x} {y}a36 36 0 1 0 72 0a36 36 0 1 0-72 0"));
    }
    d
}
