//! The messages at the top of every screen: storage problems, other tabs, recovery.

use yew::prelude::*;

use crate::content::{texts, Text};
use crate::route::Route;
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::button::button;
use crate::ui::components::keep_choice;
use crate::ui::components::para::para;
use crate::ui::context::{AppContext, Notice, NoticeAction, NoticesContext, StorageContext};

/// Every message on screen.
pub fn notice_list(notices: &NoticesContext, app: &AppContext, storage: &StorageContext) -> Html {
    html! {
        <div class="notices">
            for notice in notices.0.iter() {
                { notice_item(notice, notices, app, storage) }
            }
        </div>
    }
}

fn notice_item(
    notice: &Notice,
    notices: &NoticesContext,
    app: &AppContext,
    storage: &StorageContext,
) -> Html {
    let t = &texts().notices;
    let dismiss = {
        let notices = notices.clone();
        let notice = notice.clone();
        Callback::from(move |_| notices.dispatch(NoticeAction::Clear(notice.clone())))
    };
    let (text, extra) = match notice {
        Notice::Recovered => (t.recovered, link(Route::MyData, t.recovered_link)),
        Notice::UnreadableKept => (t.unreadable_kept, html! {}),
        Notice::Newer => (t.newer, html! {}),
        Notice::Memory => (t.memory, link(Route::MyData, t.memory_link)),
        Notice::Quota => (t.quota, link(Route::MyData, t.memory_link)),
        Notice::Synced => (t.synced, html! {}),
        Notice::SaveFailed => (t.save_failed, html! {}),
        Notice::LangFailed => (t.lang_failed, html! {}),
        Notice::Kept(true) => (t.kept, html! {}),
        Notice::Kept(false) => (t.not_kept_promise, link(Route::MyData, t.memory_link)),
        Notice::LockedElsewhere => (t.locked_elsewhere, link(Route::MyData, t.memory_link)),
        Notice::NotKept => {
            let resume = {
                let (app, storage, notices) = (app.clone(), storage.clone(), notices.clone());
                Callback::from(move |_| {
                    // The banner goes with its button: the focus moves to the choice that
                    // follows, or to the screen's heading.
                    let choose = keep_choice::resume(&app, &storage, &notices);
                    browser::after_ms(0, move || {
                        browser::focus(if choose { "notice-keep" } else { "page-title" })
                    });
                })
            };
            let button = html! {
                <div class="notice__actions">
                    { button("notice-resume", t.not_kept_resume, resume) }
                </div>
            };
            (t.not_kept, button)
        }
        Notice::Conflict(theirs) | Notice::Earlier(theirs) => {
            let use_theirs = {
                let (storage, app, notices) = (storage.clone(), app.clone(), notices.clone());
                let (theirs, kind) = (theirs.clone(), notice.clone());
                Callback::from(move |_| {
                    storage.use_theirs(&theirs);
                    app.dispatch(Action::Replace(theirs.state.clone()));
                    notices.dispatch(NoticeAction::Clear(kind.clone()));
                })
            };
            let keep_mine = {
                let (storage, app, notices) = (storage.clone(), app.clone(), notices.clone());
                let kind = notice.clone();
                Callback::from(move |_| {
                    let saved = storage.keep_mine(&app, &browser::now_iso());
                    notices.dispatch(NoticeAction::Clear(kind.clone()));
                    if saved.is_err() {
                        notices.dispatch(NoticeAction::Show(Notice::SaveFailed));
                    }
                })
            };
            let (text, load, keep) = if matches!(notice, Notice::Earlier(_)) {
                (t.earlier, t.earlier_load, t.earlier_keep)
            } else {
                (t.conflict, t.conflict_load, t.conflict_keep)
            };
            let buttons = html! {
                <div class="notice__actions">
                    { button("notice-load", load, use_theirs) }
                    { button("notice-keep", keep, keep_mine) }
                </div>
            };
            (text, buttons)
        }
    };
    // Memory mode and keeping nothing stay on screen for as long as they last.
    let can_dismiss = !matches!(notice, Notice::Memory | Notice::Newer | Notice::NotKept);
    let role = if notice.is_alert() { "alert" } else { "status" };
    let class = classes!("notice", notice.is_alert().then_some("notice--alert"));
    html! {
        <div {class} {role}>
            { para(text) }
            { extra }
            if can_dismiss {
                <button type="button" class="notice__dismiss" onclick={dismiss}>
                    { t.dismiss }
                </button>
            }
        </div>
    }
}

fn link(route: Route, text: Text) -> Html {
    html! { <p><a href={route.href()}>{ text }</a></p> }
}
