//! Ways to take the list along, all private: copy the text, a text file, a share link with its
//! QR code, and calendar files for the visit and for shot reminders.

use yew::prelude::*;

use crate::content::{considered, fill, option, options_for, plural, texts, Text};
use crate::domain::calendar::{calendar, Event as CalendarEvent, LocalTime, Shot, SHOTS};
use crate::domain::qr::{Qr, MAX_BYTES};
use crate::domain::share::{link_data, records, ShareError, Shared};
use crate::route::Route;
use crate::ui::browser;
use crate::ui::components::para::{para, titled};
use crate::ui::extras;

use super::{button, field_error, Screen};

/// What the take-along buttons last did. One state for all of them (each hook and field
/// callback costs wasm); the date fields are read when a button is pressed.
#[derive(Clone, Default, PartialEq)]
pub(super) struct Took {
    copied: Option<bool>,
    link: Option<Result<String, ShareError>>,
    /// The QR code offered with the link.
    code: Code,
    link_copied: bool,
    bad_visit_date: bool,
    bad_shot_date: bool,
}

/// Which QR code goes with a share link.
#[derive(Clone, Default, PartialEq)]
enum Code {
    /// The link's own: it fits.
    Whole(Qr),
    /// The link is too long for a code: one of a shorter list that fits, with what that list
    /// leaves out (the screen says so).
    Shorter { code: Qr, leaves_out: String },
    /// Not even the shortest list fits.
    #[default]
    None,
    /// The code could not be drawn: its extras never loaded, and the page is now offline.
    Unavailable,
}

impl Took {
    /// Whether a share link is shown.
    pub(super) fn has_link(&self) -> bool {
        self.link.is_some()
    }

    /// Drops the share link (and that it was copied): made again on request.
    pub(super) fn forget_link(&mut self) {
        self.link = None;
        self.code = Code::None;
        self.link_copied = false;
    }
}

/// What a take-along button asks for.
#[derive(Clone, Copy, PartialEq)]
enum Take {
    Copy,
    Download,
    MakeLink,
    CopyLink,
    VisitCalendar,
    ShotCalendar,
}

/// Copy, download, share link with QR code, and calendar files.
pub(super) fn take_along(screen: &Screen, today: &str) -> Html {
    let t = texts();
    let k = &t.take;
    let took = &screen.local.took;
    let text = screen.app.summary_text(t, today);
    let button = |id: &'static str, label: Text, take: Take| {
        let (screen, text) = (screen.clone(), text.clone());
        let onclick = Callback::from(move |_| run(take, &screen, &text));
        button(id.into(), label, None, false, onclick)
    };
    let app = &screen.app;
    let first_shot =
        Shot::default_for(&considered(app.check.leaning.as_ref(), &app.compare.picked));
    // The shots for the person's substance (only the naltrexone shot for alcohol), and always
    // the one they are considering.
    let offered = options_for(t, &app.answers, false);
    let offered_shots = SHOTS
        .iter()
        .filter(|shot| shot.id == first_shot.id || offered.iter().any(|o| o.id == shot.option))
        .filter_map(|shot| Some((shot, k.shots.iter().find(|s| s.id == shot.id)?.label)));
    let date_fields = |date: &'static str, date_label: Text, time: &'static str, bad: bool| {
        let error = format!("{date}-error");
        html! {
            <>
                <div class="take__dates">
                    <label for={date}>{ date_label }</label>
                    <input type="date" id={date} aria-invalid={bad.then_some("true")}
                        aria-describedby={bad.then(|| error.clone())} />
                    <label for={time}>{ k.visit_time }</label>
                    <input type="time" id={time} aria-invalid={bad.then_some("true")}
                        aria-describedby={bad.then(|| error.clone())} />
                </div>
                if bad {
                    { field_error(error, k.bad_date) }
                }
            </>
        }
    };
    html! {
        { titled("take-heading", k.heading, html! {
            <>
                <div class="take__row">
                    { button("copy-text", k.copy, Take::Copy) }
                    { button("download-text", k.download, Take::Download) }
                </div>
                <p role="status" id="copy-status">
                    { match took.copied { Some(true) => k.copied.get(), Some(false) => k.copy_failed.get(), None => "" } }
                </p>
                <details class="take__text" open={took.copied == Some(false)}>
                    <summary>{ k.copy_label }</summary>
                    <textarea id="summary-text" readonly=true rows="8" value={text.clone()} aria-label={k.copy_label} />
                </details>

                <h3>{ k.share_heading }</h3>
                { para(k.share_intro) }
                { button("make-link", k.share_make, Take::MakeLink) }
                <div role="status" id="share-status">
                    if let Some(Err(error)) = took.link {
                        <p class="field-error">
                            { if error == ShareError::TooBig { k.share_too_big } else { k.share_failed } }
                        </p>
                    }
                </div>
                if let Some(Ok(url)) = &took.link {
                    <div class="share">
                        <label for="share-link">{ k.share_label }</label>
                        <input id="share-link" type="text" readonly=true value={url.clone()} />
                        { button("copy-link", k.share_copy, Take::CopyLink) }
                        <p role="status">{ if took.link_copied { k.share_copied.get() } else { "" } }</p>
                        {
                            match &took.code {
                                Code::Whole(code) => qr_picture(code, k.qr_label),
                                Code::Shorter { code, leaves_out } => html! {
                                    <>
                                        <p id="qr-shorter">{ fill(k.qr_shorter, "what", leaves_out) }</p>
                                        <details class="qr-shorter">
                                            <summary>{ k.qr_shorter_show }</summary>
                                            { qr_picture(code, k.qr_short_label) }
                                        </details>
                                    </>
                                },
                                Code::None => para(k.qr_too_big),
                                Code::Unavailable => para(k.qr_unavailable),
                            }
                        }
                    </div>
                }

                <h3>{ k.calendar_heading }</h3>
                { para(k.calendar_intro) }
                { date_fields("visit-date", k.visit_date, "visit-time", took.bad_visit_date) }
                { button("visit-ics", k.visit_download, Take::VisitCalendar) }

                <h3>{ k.shot_heading }</h3>
                { para(k.shot_intro) }
                <label for="shot-kind">{ k.shot_kind }</label>
                // Not restored by the browser: the default follows what the person is considering.
                <select id="shot-kind" autocomplete="off">
                    for (Shot { id, .. }, label) in offered_shots {
                        <option value={*id} selected={*id == first_shot.id}>{ label }</option>
                    }
                </select>
                { date_fields("shot-date", k.shot_date, "shot-time", took.bad_shot_date) }
                { button("shot-ics", k.shot_download, Take::ShotCalendar) }
            </>
        }) }
    }
}

/// Does what a take-along button asks.
fn run(take: Take, screen: &Screen, text: &str) {
    let t = texts();
    match take {
        Take::Copy | Take::CopyLink => {
            let copy_link = take == Take::CopyLink;
            let text = match (&screen.local.took.link, copy_link) {
                (Some(Ok(url)), true) => url.clone(),
                (_, true) => return,
                _ => text.to_string(),
            };
            let screen = screen.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                screen.update(None, move |l| {
                    if copy_link {
                        l.took.link_copied = ok;
                    } else {
                        l.took.copied = Some(ok);
                    }
                });
            });
        }
        Take::Download => browser::download(
            &format!("my-visit-{}.txt", browser::today()),
            "text/plain;charset=utf-8",
            text,
        ),
        Take::MakeLink => {
            let (screen, shared) = (screen.clone(), screen.app.shared(t));
            let changes = *screen.list_changes.borrow();
            wasm_bindgen_futures::spawn_local(async move {
                let (link, code) = link_and_code(shared).await;
                // The list changed meanwhile: this link is for the old one.
                if *screen.list_changes.borrow() != changes {
                    return;
                }
                // Made: the focus goes to the link. Not made: the status says why.
                let focus = link.is_ok().then(|| "share-link".to_string());
                screen.update(focus, |l| {
                    l.took.link = Some(link);
                    l.took.code = code;
                    l.took.link_copied = false;
                });
            });
        }
        Take::VisitCalendar | Take::ShotCalendar => {
            let visit = take == Take::VisitCalendar;
            let (date_id, time_id) = if visit {
                ("visit-date", "visit-time")
            } else {
                ("shot-date", "shot-time")
            };
            let (date, time) = (browser::field_value(date_id), browser::field_value(time_id));
            let start = LocalTime::parse(&date, &time);
            let bad = start.is_none();
            // The focus goes to the field to fix: the date unless only the time is wrong.
            let fix = if LocalTime::parse(&date, "00:00").is_some() {
                time_id
            } else {
                date_id
            };
            screen.update(bad.then(|| fix.to_string()), move |l| {
                if visit {
                    l.took.bad_visit_date = bad;
                } else {
                    l.took.bad_shot_date = bad;
                }
            });
            let Some(start) = start else {
                return;
            };
            let k = &t.take;
            // Unique for each file made: a calendar that had a deleted copy still takes it.
            let stamp = browser::stamp_utc();
            let event = if visit {
                CalendarEvent {
                    uid: format!("visit-{date}T{time}-{stamp}@recovery-options"),
                    start,
                    minutes: 60,
                    summary: k.visit_event.to_string(),
                    description: k.visit_event_detail.to_string(),
                    remind_before: 24 * 60,
                    repeat: None,
                }
            } else {
                let shot = Shot::find(&browser::field_value("shot-kind"));
                let name = option(t, shot.option)
                    .map(|o| o.name.get())
                    .unwrap_or_default();
                CalendarEvent {
                    uid: format!("shot-{}-{date}T{time}-{stamp}@recovery-options", shot.id),
                    start,
                    minutes: 30,
                    summary: fill(k.shot_event, "name", name),
                    description: k.shot_event_detail.to_string(),
                    remind_before: 24 * 60,
                    repeat: Some(shot.repeat()),
                }
            };
            let name = if visit {
                "my-visit.ics"
            } else {
                "shot-reminders.ics"
            };
            browser::download(
                name,
                "text/calendar;charset=utf-8",
                &calendar(&[event], &stamp),
            );
        }
    }
}

/// The address of a share link for `shared`: its records compressed by the browser.
async fn share_link(shared: &Shared) -> Result<String, ShareError> {
    let records = records(shared)?;
    let compressed = browser::deflate(records.as_bytes())
        .await
        .ok_or(ShareError::Unsupported)?;
    let data = link_data(&compressed);
    Ok(format!(
        "{}{}",
        browser::address(),
        Route::Share { data }.href()
    ))
}

/// The link of the whole list, and its QR code: the link's own if it fits, or else the code
/// of the first shorter list that fits (without notes, then without the questions in the
/// person's own words too).
async fn link_and_code(shared: Shared) -> (Result<String, ShareError>, Code) {
    let whole = share_link(&shared).await;
    match &whole {
        Ok(url) if url.len() <= MAX_BYTES => {
            let code = draw(url, Code::Whole).await;
            return (whole, code);
        }
        Ok(_) => {}
        // No link: the status says why.
        Err(_) => return (whole, Code::None),
    }
    let k = &texts().take;
    let without_notes = shared.without_notes();
    // What the list of suggestions leaves out: the notes too, if there were any.
    let own = if without_notes == shared {
        &k.qr_leaves_own_only
    } else {
        &k.qr_leaves_own
    };
    let own = plural(own, shared.own_questions());
    let suggestions = shared.suggestions_only();
    let mut tried = shared;
    for (list, leaves_out) in [
        (without_notes, k.qr_leaves_notes.to_string()),
        (suggestions, own),
    ] {
        // A list that leaves nothing more out is no shorter; one without questions is of no
        // use to share.
        if list == tried || list.questions.is_empty() {
            continue;
        }
        if let Ok(url) = share_link(&list).await {
            if url.len() <= MAX_BYTES {
                let code = draw(&url, |code| Code::Shorter { code, leaves_out }).await;
                return (whole, code);
            }
        }
        tried = list;
    }
    (whole, Code::None)
}

/// The QR code of `url`, drawn by the guide's extras, as `made` wants it.
async fn draw(url: &str, made: impl FnOnce(Qr) -> Code) -> Code {
    match extras::qr_code(url).await {
        Ok(Some(code)) => made(code),
        Ok(None) => Code::None,
        Err(()) => Code::Unavailable,
    }
}

/// A share link's QR code as SVG, with the quiet zone around it.
fn qr_picture(code: &Qr, label: Text) -> Html {
    let side = code.size + 8;
    html! {
        <svg class="qr" role="img" aria-label={label} viewBox={format!("-4 -4 {side} {side}")}
            shape-rendering="crispEdges" data-modules={code.size.to_string()}>
            <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={code.path.clone()} fill="#000" />
        </svg>
    }
}
