//! A shared visit list (`#/share/<data>`): a read-only preview, and the questions added to
//! this device's list only after the person confirms. A damaged, newer or oversized link gets
//! a clear message and changes nothing. Drawn by the My visit component (its list is where
//! the questions go), as a function over that screen's state, once [`open`] has read the link
//! (the browser inflates it, which takes a moment).

use yew::prelude::*;

use super::summary::sections;
use super::{button, field_error, Screen};
use crate::content::{plural, texts};
use crate::domain::share::{from_records, read, Link, ShareError, Shared, MAX_RECORDS};
use crate::route::Route;
use crate::state::summary::shared_sections;
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;

/// Where adding stands.
#[derive(Clone, Copy, Default, PartialEq)]
pub(super) enum Step {
    #[default]
    Preview,
    Confirm,
    Added(usize),
}

/// The preview of a shared list, and adding it after a confirmation. The focus follows each
/// step: to the safe choice when asked to confirm, then to the way on.
pub(super) fn shared_page(screen: &Screen, data: &str) -> Html {
    let t = texts();
    let k = &t.shared;
    let app = &screen.app;
    let step = screen.local.share_step;
    let route = Route::Share {
        data: data.to_string(),
    };
    let opened = screen.local.opened.as_ref();
    let Some((_, result)) = opened.filter(|(of, _)| of == data) else {
        return html! {
            <>
                { page_intro(&route) }
                <p role="status">{ k.opening }</p>
            </>
        };
    };
    let shared = match result {
        Ok(shared) => shared.clone(),
        Err(error) => {
            let message = match *error {
                ShareError::Newer => k.newer,
                ShareError::TooBig => k.too_big,
                ShareError::Damaged => k.damaged,
                ShareError::Unsupported => k.unsupported,
            };
            return html! {
                <>
                    { page_intro(&route) }
                    { field_error("share-error".into(), message) }
                    <p><a href={Route::MyVisit.href()}>{ k.go_visit }</a></p>
                </>
            };
        }
    };
    let parts = shared_sections(t, &shared);
    // What adding would do, worked out on a copy: questions already on the list (same words)
    // or repeated in the link are not added twice, and a full list takes no more.
    let new = (**app).clone().add_shared(shared.questions.clone());
    let any = !parts[0].items.is_empty();
    let go = |to: Step, focus: &'static str| {
        let (screen, questions) = (screen.clone(), shared.questions.clone());
        Callback::from(move |_| {
            if matches!(to, Step::Added(_)) {
                screen.app.dispatch(Action::AddShared(questions.clone()));
            }
            screen.update(Some(focus.to_string()), move |l| l.share_step = to);
        })
    };
    html! {
        <>
            { page_intro(&route) }
            { para(k.intro) }
            <section class="visit-summary shared-preview" aria-labelledby="shared-heading">
                <h2 id="shared-heading">{ k.heading }</h2>
                { sections(parts) }
            </section>
            {
                match step {
                    Step::Preview => html! {
                        if any {
                            { button("shared-add".into(), k.add, None, false, go(Step::Confirm, "shared-no")) }
                        }
                    },
                    Step::Confirm => html! {
                        <div class="confirm" role="alertdialog" aria-labelledby="shared-confirm-text">
                            <p id="shared-confirm-text">{ plural(&k.confirm, new) }</p>
                            { button("shared-yes".into(), k.yes, None, false, go(Step::Added(new), "go-visit")) }
                            { button("shared-no".into(), k.no, None, false, go(Step::Preview, "shared-add")) }
                        </div>
                    },
                    Step::Added(n) => html! {
                        <p role="status" id="shared-added">{ plural(&k.added, n) }</p>
                    },
                }
            }
            <p><a href={Route::MyVisit.href()} id="go-visit">{ k.go_visit }</a></p>
        </>
    }
}

/// Reads a link's data: a version 1 list at once, a version 2 list once the browser has
/// inflated it (never past the longest list a link can hold).
pub(super) async fn open(data: &str) -> Result<Shared, ShareError> {
    match read(data)? {
        Link::Plain(shared) => Ok(shared),
        Link::Compressed(_) if !browser::can_compress() => Err(ShareError::Unsupported),
        Link::Compressed(bytes) => {
            let records = browser::inflate(&bytes, MAX_RECORDS)
                .await
                .ok_or(ShareError::Damaged)?;
            from_records(&records)
        }
    }
}
