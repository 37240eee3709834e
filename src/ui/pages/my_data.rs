//! My data: what is stored, in words; save a copy, bring one back, delete everything.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::content::{self, fill, texts, Text, TextsErrors};
use crate::route::Route;
use crate::state::Action;
use crate::storage::envelope::{self, DecodeError, Saved};
use crate::storage::session::Mode;
use crate::ui::browser;
use crate::ui::components::answer_summary::answer_summary;
use crate::ui::components::button::{button, danger_button, delete_disclosure};
use crate::ui::components::keep_choice::KeepChoice;
use crate::ui::components::layout::page_title;
use crate::ui::components::lock_choice::LockChoice;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::{para, titled};
use crate::ui::context::{
    use_ui, AppContext, Notice, NoticeAction, NoticesContext, StorageContext, Ui,
};
use crate::ui::handover;

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Failed(Text),
    Preview(Box<Saved>),
    Done,
}

#[function_component]
pub fn MyData() -> Html {
    let t = texts();
    let Ui {
        app,
        storage,
        notices,
        ..
    } = use_ui();
    let import = use_state(|| Import::Idle);
    let own_tab_blocked = use_state(|| false);
    // Whether the browser agreed to keep the guide's data until it is deleted (asked when the
    // person started a question list): read once, when the screen opens.
    let agreed = use_state(|| None::<bool>);
    {
        let agreed = agreed.clone();
        use_effect_with((), move |_| {
            spawn_local(async move { agreed.set(browser::keep_storage(false).await) });
        });
    }
    let refresh = use_force_update();
    // How many times the copies were deleted on this screen (another tab may make more).
    // The copies of unreadable data, listed once for the screen (their section and the lock's).
    let backup_keys = storage.backup_keys();
    let backups_deleted = use_state(|| 0_u32);
    // The delete button goes with the copies: the focus goes to what happened, once it shows.
    use_effect_with(*backups_deleted, |deleted| {
        if *deleted > 0 {
            browser::focus("backups-deleted");
        }
    });
    let delete = Delete {
        confirming: use_state(|| false),
        done: use_state(|| false),
        forget_offline: use_state(|| true),
    };
    // The button that was pressed goes away, so move the focus on purpose: to "Keep my data"
    // when asked to confirm (the safe choice), and back to "Delete everything" after.
    let first = use_mut_ref(|| true);
    use_effect_with(*delete.confirming, move |confirming| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::focus(if *confirming {
                "delete-cancel"
            } else {
                "delete-all"
            });
        }
    });
    html! {
        <>
            { page_intro(&Route::MyData) }
            { stored(&app, &storage, *agreed) }
            { backups(&storage, &backup_keys, &backups_deleted) }
            { titled("export-heading", t.data.export_heading, html! {
                <>
                    { para(t.data.export_intro) }
                    { export_button(&app) }
                    if browser::embedded() {
                        { own_tab_button(&app, &own_tab_blocked) }
                    }
                </>
            }) }
            { import_section(&app, &import) }
            <KeepChoice />
            <LockChoice backups={!backup_keys.is_empty()} />
            { discreet_section(&storage, refresh) }
            { delete_section(&app, &storage, &notices, &delete) }
        </>
    }
}

/// What is stored, in words: what, where, since when, and for how long browsers keep it.
fn stored(app: &AppContext, storage: &StorageContext, agreed: Option<bool>) -> Html {
    let d = &texts().data;
    let mode = storage.mode();
    let body = match mode {
        Mode::NotKept if storage.has_saved() => para(d.not_kept_saved),
        Mode::Memory | Mode::NotKept => para(d.memory_mode_stored),
        Mode::ReadOnly => {
            let download = {
                let storage = storage.clone();
                Callback::from(move |_| {
                    if let Some(raw) = storage.stored_raw() {
                        let name = format!("recovery-options-saved-{}.json", browser::today());
                        browser::download(&name, "application/json", &raw);
                    }
                })
            };
            html! {
                <>
                    { para(d.newer_stored) }
                    <button type="button" onclick={download}>{ d.newer_download }</button>
                </>
            }
        }
        Mode::Saving if app.is_empty() => para(d.nothing_stored),
        Mode::Saving => html! {
            <>
                <p>{ fill(d.answers_count, "count", app.answers.count().to_string()) }</p>
                { answer_summary(app) }
                <p>{ if browser::embedded() { d.where_embedded } else { d.where_stored } }</p>
                if let Some(at) = storage.last_saved() {
                    <p>{ fill(d.last_saved, "time", browser::local_time(&at)) }</p>
                }
                if let Some(agreed) = agreed {
                    <p>{ if agreed { d.browser_agreed } else { d.browser_not_agreed } }</p>
                }
                { para(d.may_delete) }
            </>
        },
    };
    html! {
        { titled("stored-heading", d.stored_heading, html! {
            <>
                { body }
                if let Some(file) = storage.remembered_lang().and_then(|tag| content::strings_file(&tag)) {
                    <p>{ fill(d.lang_remembered, "language", file.own_name) }</p>
                }
                { para(d.shared_device) }
                { para(d.history_note) }
            </>
        }) }
    }
}

/// Being discreet on this device: a plain tab title, and no "Continue where you left off".
/// The storage session keeps the choice, so "Delete everything" turns it off here too.
fn discreet_section(storage: &StorageContext, refresh: UseForceUpdateHandle) -> Html {
    let d = &texts().data;
    let on = storage.discreet();
    let toggle = {
        let storage = storage.clone();
        Callback::from(move |_| {
            // In memory mode this lasts until the tab closes, like everything else.
            let _ = storage.set_discreet(!on);
            browser::set_title(&page_title(&Route::MyData, !on));
            refresh.force_update();
        })
    };
    html! {
        { titled("discreet-heading", d.discreet_heading, html! {
            <>
                <div class="choice__option">
                    <input type="checkbox" id="discreet" checked={on} onchange={toggle} />
                    <label for="discreet">{ d.discreet_label }</label>
                </div>
                { para(d.discreet_note) }
            </>
        }) }
    }
}

/// Copies of data the guide could not read, each downloadable (read from storage only then),
/// and a way to delete them all (a lock does not cover them).
fn backups(storage: &StorageContext, backups: &[String], deleted: &UseStateHandle<u32>) -> Html {
    let d = &texts().data;
    if backups.is_empty() {
        if **deleted == 0 {
            return html! {};
        }
        return html! {
            { titled("backups-heading", d.backups_heading, html! {
                <p id="backups-deleted" tabindex="-1" role="status">{ d.backups_deleted }</p>
            }) }
        };
    }
    let delete = {
        let (storage, deleted) = (storage.clone(), deleted.clone());
        Callback::from(move |_| {
            if storage.delete_backups().is_ok() {
                deleted.set(*deleted + 1);
            }
        })
    };
    html! {
        { titled("backups-heading", d.backups_heading, html! {
            <>
                { para(d.backups_intro) }
                <ul class="backups">
                    for key in backups {
                        <li>
                            <button type="button" class="backup-download" onclick={
                                let stamp = key.rsplit(':').next().unwrap_or_default().replace(':', "-");
                                let name = format!("recovery-options-backup-{stamp}.txt");
                                let (storage, key) = (storage.clone(), key.clone());
                                Callback::from(move |_| {
                                    if let Some(raw) = storage.backup(&key) {
                                        browser::download(&name, "text/plain", &raw);
                                    }
                                })
                            }>{ d.backup_download }</button>
                        </li>
                    }
                </ul>
                { delete_disclosure("backups-delete", d.backups_delete, d.backups_delete_text, "backups-delete", d.backups_delete_button, delete) }
            </>
        }) }
    }
}

fn export_button(app: &AppContext) -> Html {
    let app = app.clone();
    let onclick = Callback::from(move |_| {
        let file = envelope::encode_pretty(&app, &browser::now_iso());
        let name = format!("recovery-options-answers-{}.json", browser::today());
        browser::download(&name, "application/json", &file);
    });
    html! {
        { button("export", texts().data.export_button, onclick) }
    }
}

/// In a clinic's frame, where the browser may keep the answers only for the visit or not at
/// all: the guide in a tab of its own, the answers handed over to it.
fn own_tab_button(app: &AppContext, blocked: &UseStateHandle<bool>) -> Html {
    let d = &texts().data;
    let onclick = {
        let (app, blocked) = (app.clone(), blocked.clone());
        Callback::from(move |_| {
            let copy = envelope::encode_pretty(&app, &browser::now_iso());
            blocked.set(!handover::open_own_tab(&copy));
        })
    };
    html! {
        <>
            { para(d.own_tab_intro) }
            { button("own-tab", d.own_tab_button, onclick) }
            <p role="status">{ if **blocked { d.own_tab_blocked.get() } else { "" } }</p>
        </>
    }
}

fn import_error(d: &'static TextsErrors, error: &DecodeError) -> Text {
    match error {
        DecodeError::TooBig { .. } => d.import_too_big,
        DecodeError::NotJson => d.import_not_json,
        DecodeError::NotOurs => d.import_not_ours,
        DecodeError::Newer { .. } => d.import_newer,
        DecodeError::BadShape(_) => d.import_bad_shape,
    }
}

/// Bring back a saved copy: a preview first, and nothing changes until the person confirms.
/// (Functions, not components, over state kept by [`MyData`]: each component costs wasm.)
fn import_section(app: &AppContext, status: &UseStateHandle<Import>) -> Html {
    let t = texts();
    let d = &t.errors;

    let onchange = {
        let status = status.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Let the same file be chosen again after a cancel.
            input.set_value("");
            if file.size() > envelope::MAX_BYTES as f64 {
                status.set(Import::Failed(d.import_too_big));
                return;
            }
            let status = status.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let next = match text.as_deref().map(envelope::decode) {
                    None => Import::Failed(d.import_unreadable),
                    Some(Ok(saved)) => Import::Preview(Box::new(saved)),
                    Some(Err(error)) => Import::Failed(import_error(d, &error)),
                };
                status.set(next);
            });
        })
    };

    let body = match &**status {
        Import::Idle => html! {},
        Import::Failed(message) => html! {
            <p class="import__error" role="alert">{ *message }</p>
        },
        Import::Done => html! {
            <p class="import__done" role="status">{ t.data.import_done }</p>
        },
        Import::Preview(saved) => {
            let confirm = {
                let (app, status, state) = (app.clone(), status.clone(), saved.state.clone());
                Callback::from(move |_| {
                    app.dispatch(Action::Replace(state.clone()));
                    status.set(Import::Done);
                })
            };
            let cancel = {
                let status = status.clone();
                Callback::from(move |_| status.set(Import::Idle))
            };
            html! {
                <div class="import__preview" role="region" aria-labelledby="import-preview-heading">
                    <h3 id="import-preview-heading">{ t.data.import_preview }</h3>
                    { answer_summary(&saved.state) }
                    if !saved.saved_at.is_empty() {
                        <p>{ fill(t.data.import_saved, "time", browser::local_time(&saved.saved_at)) }</p>
                    }
                    { para(t.data.import_replace_warning) }
                    <div class="actions">
                        { button("import-confirm", t.data.import_confirm, confirm) }
                        { button("import-cancel", t.data.import_cancel, cancel) }
                    </div>
                </div>
            }
        }
    };

    html! {
        { titled("import-heading", t.data.import_heading, html! {
            <>
                { para(t.data.import_intro) }
                <label for="import-file">{ t.data.import_label }</label>
                <input type="file" id="import-file" accept=".json,application/json" {onchange} />
                { body }
            </>
        }) }
    }
}

/// Where "delete everything" stands.
struct Delete {
    confirming: UseStateHandle<bool>,
    done: UseStateHandle<bool>,
    /// Whether the last deletion removed the offline copy too.
    forget_offline: UseStateHandle<bool>,
}

/// Where "delete everything" says what became of the offline copy.
const OFFLINE_RESULT: &str = "offline-result";

/// Delete everything, after a confirmation whose safe choice has the focus.
fn delete_section(
    app: &AppContext,
    storage: &StorageContext,
    notices: &NoticesContext,
    state: &Delete,
) -> Html {
    let d = &texts().data;
    let (confirming, done) = (&state.confirming, &state.done);
    let forget_offline = &state.forget_offline;

    let ask = {
        let (confirming, done) = (confirming.clone(), done.clone());
        Callback::from(move |_| {
            confirming.set(true);
            done.set(false);
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let delete = {
        let (confirming, done) = (confirming.clone(), done.clone());
        let forget_offline = forget_offline.clone();
        let (app, storage, notices) = (app.clone(), storage.clone(), notices.clone());
        Callback::from(move |_| {
            let forget = browser::is_checked("delete-offline");
            forget_offline.set(forget);
            if forget {
                browser::forget_offline(OFFLINE_RESULT);
            }
            let deleted = storage.delete_everything();
            app.dispatch(Action::Reset);
            for kind in [
                Notice::Recovered,
                Notice::Quota,
                Notice::Synced,
                Notice::SaveFailed,
            ] {
                notices.dispatch(NoticeAction::Clear(kind));
            }
            if deleted.is_err() {
                notices.dispatch(NoticeAction::Show(Notice::SaveFailed));
            }
            confirming.set(false);
            done.set(deleted.is_ok());
            // Not discreet any more: the preference went with everything else.
            browser::set_title(&page_title(&Route::MyData, false));
        })
    };

    html! {
        { titled("delete-heading", d.delete_heading, html! {
            <>
                { para(d.delete_intro) }
                if **confirming {
                    <div class="confirm" role="alertdialog" aria-labelledby="delete-confirm-text">
                        <p id="delete-confirm-text">{ d.delete_confirm_text }</p>
                        <div class="choice__option">
                            // Ticked each time it is asked (the confirmation is drawn anew).
                            <input type="checkbox" id="delete-offline" checked=true />
                            <label for="delete-offline">{ d.delete_offline }</label>
                        </div>
                        <div class="actions">
                            { danger_button("delete-confirm", d.delete_confirm, delete) }
                            { button("delete-cancel", d.delete_cancel, cancel) }
                        </div>
                    </div>
                } else {
                    { button("delete-all", d.delete_button, ask) }
                }
                if **done {
                    <p role="status">
                        { d.delete_done }
                        { " " }
                        if **forget_offline {
                            // Filled in once the browser has removed it (see forget_offline).
                            <span id={OFFLINE_RESULT} data-none={d.offline_none}
                                data-removed={d.offline_removed} data-failed={d.offline_failed}></span>
                        } else {
                            { d.offline_kept }
                        }
                    </p>
                }
            </>
        }) }
    }
}
