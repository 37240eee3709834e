//! How the options fit one factor or lens: the options grouped by fit, each group with its
//! reason, labelled by substance when the fit differs for alcohol and opioids. Shared by the
//! Compare lineup (every factor's reasons in one disclosure after the lineup, so that it stays
//! short on a phone) and Things to raise (reasons in line).

use yew::prelude::*;

use crate::content::{texts, Alignment, Fit, GridLine, Text};

/// How the reasons for each fit are shown.
#[derive(Clone, Copy, PartialEq)]
pub enum Why {
    /// After the names of each group.
    InLine,
    /// Elsewhere: in [`fit_reasons`].
    Apart,
}

/// One factor with its title, `about` it (how much it matters, or what the lens is), and how
/// the options fit it.
pub fn factor_fits(line: &Alignment, about: Html, why: Why) -> Html {
    html! {
        <div class="lineup__factor" data-factor={line.factor.id}>
            <div class="lineup__head">
                <h3>{ line.factor.title }</h3>
                { about }
            </div>
            { grids(line, false, why == Why::InLine) }
        </div>
    }
}

/// Every factor's reasons for each fit, in one disclosure: the reasons the Compare lineup
/// leaves [`Why::Apart`].
pub fn fit_reasons(lines: &[&Alignment]) -> Html {
    let c = &texts().compare;
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <details class="lineup__why">
            <summary>{ c.fit_why }</summary>
            for line in lines.iter().copied() {
                <p class="lineup__why-factor"><strong>{ line.factor.title }</strong></p>
                { grids(line, true, false) }
            }
        </details>
    }
}

/// A factor's fits, each with the names of its options (and their reason, `in_line`), or with
/// its reason alone (`reasons`), under a label for each substance when the fits differ.
fn grids(line: &Alignment, reasons: bool, in_line: bool) -> Html {
    let grid_list = |grid: &GridLine| {
        html! {
            // The data attributes mark the lineup itself, not its reasons (for tests).
            <ul data-grid={(!reasons).then_some(grid.substance.get())}>
                for g in groups(grid) {
                    <li class={classes!("fit", fit_class(g.fit))} data-fit={(!reasons).then_some(fit_class(g.fit))}>
                        <strong>{ fit_label(g.fit) }{ ": " }</strong>
                        if reasons {
                            <span class="fit__why">{ g.why }</span>
                        } else {
                            { g.names }{ "." }
                            if in_line {
                                { " " }<span class="fit__why">{ g.why }</span>
                            }
                        }
                    </li>
                }
            </ul>
        }
    };
    html! {
        for grid in line.grids.iter() {
            if let Some(label) = substance_label(grid).filter(|_| line.named) {
                <p class="lineup__for"><strong>{ label }</strong></p>
            }
            { grid_list(grid) }
        }
    }
}

/// A fit that some shown options have: the fit, their names, and the reason.
struct Group {
    fit: Fit,
    names: String,
    why: Text,
}

/// The fits of a grid that have options, best fit first.
fn groups(grid: &GridLine) -> Vec<Group> {
    [Fit::Fits, Fit::Partly, Fit::NoFit]
        .into_iter()
        .filter_map(|fit| {
            let group: Vec<_> = grid.fits.iter().filter(|(_, f, _)| *f == fit).collect();
            let names: Vec<&str> = group.iter().map(|(o, _, _)| o.list_name.get()).collect();
            Some(Group {
                fit,
                names: names.join(", "),
                why: group.first()?.2,
            })
        })
        .collect()
}

fn fit_label(fit: Fit) -> Text {
    let c = &texts().compare;
    match fit {
        Fit::Fits => c.fit_fits,
        Fit::Partly => c.fit_partly,
        Fit::NoFit => c.fit_no,
    }
}

fn substance_label(grid: &GridLine) -> Option<Text> {
    let c = &texts().compare;
    match grid.substance.get() {
        "alcohol" => Some(c.for_alcohol),
        "opioids" => Some(c.for_opioids),
        _ => None,
    }
}

/// A stable name for a fit level, for styling and tests.
fn fit_class(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "fits",
        Fit::Partly => "partly",
        Fit::NoFit => "no-fit",
    }
}
