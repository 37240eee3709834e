//! How the options fit one factor or lens: the options grouped by fit, each group with its
//! reason, labelled by substance when the fit differs for alcohol and opioids. Shared by the
//! Compare lineup and Things to raise.

use yew::prelude::*;

use crate::content::{texts, Alignment, Fit, GridLine};

/// One factor with its title, `about` it (how much it matters, or what the lens is), and how
/// the options fit it.
pub fn factor_fits(line: &Alignment, about: Html) -> Html {
    html! {
        <div class="lineup__factor" data-factor={line.factor.id}>
            <h3>{ line.factor.title }</h3>
            { about }
            for grid in line.grids.iter() {
                { grid_line(grid) }
            }
        </div>
    }
}

/// One grid of a factor: the options grouped by how they fit, labelled with the substance
/// when the fit differs for alcohol and opioids.
fn grid_line(grid: &GridLine) -> Html {
    let c = &texts().compare;
    let label = match grid.substance.get() {
        "alcohol" => Some(c.for_alcohol),
        "opioids" => Some(c.for_opioids),
        _ => None,
    };
    html! {
        <>
            if let Some(label) = label {
                <p class="lineup__for"><strong>{ label }</strong></p>
            }
            <ul data-grid={grid.substance}>
                for (fit, label) in [(Fit::Fits, c.fit_fits), (Fit::Partly, c.fit_partly), (Fit::NoFit, c.fit_no)] {
                    {{
                        let group: Vec<_> = grid.fits.iter().filter(|(_, f, _)| *f == fit).collect();
                        if group.is_empty() {
                            html! {}
                        } else {
                            let names: Vec<&str> = group.iter().map(|(o, _, _)| o.list_name.get()).collect();
                            html! {
                                <li class={classes!("fit", fit_class(fit))} data-fit={fit_class(fit)}>
                                    <strong>{ label }{ ": " }</strong>{ names.join(", ") }{ ". " }
                                    <span class="fit__why">{ group[0].2 }</span>
                                </li>
                            }
                        }
                    }}
                }
            </ul>
        </>
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
