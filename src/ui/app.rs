//! The root: providers, the router, and the one effect that saves.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::embed::settings::ClinicSettings;
use crate::state::{Action, AppState};
use crate::storage::keys;
use crate::storage::session::{External, Lock, Mode};
use crate::ui::browser;
use crate::ui::components::layout::Layout;
use crate::ui::context::{Notice, NoticeAction, Notices, StorageContext, Ui};

/// What `main` reads before mounting, so no component touches storage while rendering.
#[derive(Properties, PartialEq)]
pub struct Props {
    pub storage: StorageContext,
    pub initial: AppState,
    pub start_notices: Vec<Notice>,
    pub settings: Rc<ClinicSettings>,
}

#[function_component]
pub fn App(props: &Props) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer_eq(move || initial);
    let start_notices = props.start_notices.clone();
    let notices = use_reducer(move || Notices(start_notices));
    let storage = props.storage.clone();
    // The lock as last shown: each change redraws the whole guide (the lock screen, or the
    // screens). A closed lock forgets the answers on the page.
    let lock = use_state_eq(|| storage.lock());
    {
        let (storage, lock) = (storage.clone(), lock.clone());
        let dispatch = state.dispatcher();
        let notices = notices.dispatcher();
        use_effect_with((), move |_| {
            let on_change = {
                let storage = storage.clone();
                Callback::from(move |notice: Option<Notice>| {
                    let now = storage.lock();
                    if now == Lock::Closed {
                        dispatch.dispatch(Action::Replace(AppState::default()));
                    }
                    lock.set(now);
                    if let Some(notice) = notice {
                        notices.dispatch(NoticeAction::Show(notice));
                    }
                })
            };
            storage.connect(on_change);
        });
    }

    // The one place that saves: after every change of state.
    {
        let storage = storage.clone();
        let notices = notices.dispatcher();
        use_effect_with((*state).clone(), move |state| {
            let result = storage.save(state, &browser::now_iso());
            if let Some(notice) = Notice::after_save(result) {
                notices.dispatch(NoticeAction::Show(notice));
            }
        });
    }

    // When the person starts a question list of their own, asks the browser to keep the
    // guide's data until they delete it (some browsers otherwise delete it when space runs
    // low, or after a week without a visit), and says whether it agreed. Not on load with a
    // list already there, at most once a page (some browsers ask the person), and only while
    // saving: a list started while nothing was kept is asked about when saving starts again.
    {
        let storage = storage.clone();
        let notices = notices.dispatcher();
        let had_list = props.initial.visit.questions.highest_own() > 0;
        let asked = use_mut_ref(move || had_list);
        let has_list = state.visit.questions.highest_own() > 0;
        let saving = storage.mode() == Mode::Saving;
        use_effect_with((has_list, saving), move |(has_list, saving)| {
            if *has_list && *saving && !std::mem::replace(&mut *asked.borrow_mut(), true) {
                wasm_bindgen_futures::spawn_local(async move {
                    let agreed = browser::keep_storage(true).await;
                    if let Some(agreed) = agreed.filter(|_| storage.mode() == Mode::Saving) {
                        notices.dispatch(NoticeAction::Show(Notice::Kept(agreed)));
                    }
                });
            }
        });
    }

    // Listens for other tabs' saves. (The Quick exit shortcut is index.html's: it works before
    // the app has loaded, and presses the Quick exit button.)
    {
        let storage = storage.clone();
        let lock = lock.clone();
        let dispatch = state.dispatcher();
        let notices = notices.dispatcher();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("the app runs in a window");
            let on_storage = EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // A missing key means another tab cleared all storage for this site.
                if event.key().is_some_and(|key| key != keys::STATE) {
                    return;
                }
                let new_value = event.new_value();
                let change = storage.external_change(new_value.as_deref());
                show_external(change, &storage, &dispatch, &notices, &lock);
            });
            move || drop(on_storage)
        });
    }

    let ui = Ui {
        app: state,
        storage,
        notices,
        settings: props.settings.clone(),
        lock: *lock,
    };
    // Keyed by the language: a switch (`lang_switch.rs`, which redraws this root through its
    // notices) draws every screen anew in the new words, since components keep words they
    // built, while the answers, kept up here, stay.
    html! {
        <ContextProvider<Ui> context={ui}>
            <Layout key={crate::content::lang()} />
        </ContextProvider<Ui>>
    }
}

/// Shows what another tab's change means for this page.
fn show_external(
    change: External,
    storage: &StorageContext,
    dispatch: &UseReducerDispatcher<AppState>,
    notices: &UseReducerDispatcher<Notices>,
    lock: &UseStateHandle<Lock>,
) {
    match change {
        External::Adopt(state) => {
            dispatch.dispatch(Action::Replace(*state));
            notices.dispatch(NoticeAction::Clear(Notice::Quota));
            notices.dispatch(NoticeAction::Show(Notice::Synced));
        }
        External::Newer => notices.dispatch(NoticeAction::Show(Notice::Newer)),
        External::Choose(theirs) => notices.dispatch(NoticeAction::Show(Notice::Conflict(theirs))),
        // Another tab locked the answers: this page closes too, or keeps answers it had not
        // saved, not kept from now on.
        External::Locked => dispatch.dispatch(Action::Replace(AppState::default())),
        External::LockedElsewhere => notices.dispatch(NoticeAction::Show(Notice::LockedElsewhere)),
        // Another tab's save of the open answers: opened with this page's key.
        External::Unseal(text) => {
            let (storage, dispatch, notices, lock) = (
                storage.clone(),
                dispatch.clone(),
                notices.clone(),
                lock.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(change) = storage.unseal(&text).await {
                    show_external(change, &storage, &dispatch, &notices, &lock);
                }
            });
        }
        External::Ignore => {}
    }
    // Locked, opened or deleted elsewhere: the lock screen comes or goes.
    lock.set(storage.lock());
}
