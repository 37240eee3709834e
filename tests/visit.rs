//! The question list: suggestions, the person's own questions, and every operation on them.

use recovery_options::content::{in_lang, texts};
use recovery_options::domain::answers::{LastUse, Substance};
use recovery_options::domain::check::Leaning;
use recovery_options::domain::share::SharedQuestion;
use recovery_options::domain::visit::{
    clean, QuestionList, Suggestion, TextError, MAX_NOTE, MAX_QUESTION,
};
use recovery_options::state::{Action, AnswerChange, AppState};

fn s(id: &str, text: &str) -> Suggestion {
    Suggestion {
        id: id.into(),
        text: text.into(),
    }
}

fn ids(list: &QuestionList) -> Vec<&str> {
    list.items.iter().map(|q| q.id.as_str()).collect()
}

#[test]
fn suggestions_arrive_in_order_once() {
    let mut list = QuestionList::default();
    let suggested = [
        s("flag:opioids-recent", "How long should I wait?"),
        s(
            "option:naltrexone-shot:where-and-missed",
            "Who gives the shot?",
        ),
    ];
    list.sync(&suggested);
    list.sync(&suggested);
    assert_eq!(
        ids(&list),
        [
            "s:flag:opioids-recent",
            "s:option:naltrexone-shot:where-and-missed"
        ]
    );
}

#[test]
fn removed_suggestions_do_not_come_back() {
    let mut list = QuestionList::default();
    let suggested = [s("a", "A?"), s("b", "B?")];
    list.sync(&suggested);
    list.remove("s:a");
    list.sync(&suggested);
    assert_eq!(ids(&list), ["s:b"]);
}

#[test]
fn a_removed_question_comes_back_in_its_place_with_undo() {
    let mut list = QuestionList::default();
    let suggested = [s("a", "A?"), s("b", "B?")];
    list.sync(&suggested);
    let own = list.add("Mine?").unwrap();
    list.set_note("s:b", "written").unwrap();
    let removed = list.items[1].clone();
    list.remove("s:b");
    list.restore(removed.clone(), 1);
    assert_eq!(ids(&list), ["s:a", "s:b", own.as_str()]);
    assert_eq!(list.items[1], removed, "with its note");
    assert!(list.dismissed.is_empty(), "no longer dismissed");
    list.sync(&suggested);
    assert_eq!(ids(&list), ["s:a", "s:b", own.as_str()]);
    // Twice does not make two; a place past the end is the end.
    list.restore(removed, 1);
    assert_eq!(list.items.len(), 3);
    let mine = list.items[2].clone();
    list.remove(&own);
    list.restore(mine, 99);
    assert_eq!(ids(&list), ["s:a", "s:b", own.as_str()]);
}

#[test]
fn untouched_suggestions_go_when_no_longer_suggested_but_touched_ones_stay() {
    let mut list = QuestionList::default();
    list.sync(&[s("a", "A?"), s("b", "B?"), s("c", "C?")]);
    list.set_asked("s:b", true);
    list.set_note("s:c", "They said two weeks").unwrap();
    list.sync(&[]);
    assert_eq!(ids(&list), ["s:b", "s:c"]);
}

#[test]
fn own_questions_are_added_edited_and_removed() {
    let mut list = QuestionList::default();
    let id = list.add("  Can my partner come with me?  ").unwrap();
    assert_eq!(list.items[0].text, "Can my partner come with me?");
    list.edit(&id, "Can my sister come?").unwrap();
    assert_eq!(list.items[0].text, "Can my sister come?");
    let second = list.add("Second?").unwrap();
    assert_ne!(id, second);
    list.remove(&id);
    assert_eq!(ids(&list), [second.as_str()]);
    assert!(
        list.dismissed.is_empty(),
        "removing your own question dismisses no suggestion"
    );
}

#[test]
fn reordering_moves_one_place_and_stops_at_the_ends() {
    let mut list = QuestionList::default();
    let a = list.add("A?").unwrap();
    let b = list.add("B?").unwrap();
    let c = list.add("C?").unwrap();
    list.shift(&c, -1);
    assert_eq!(ids(&list), [a.as_str(), c.as_str(), b.as_str()]);
    list.shift(&a, -1);
    list.shift(&b, 1);
    assert_eq!(ids(&list), [a.as_str(), c.as_str(), b.as_str()]);
    list.shift("c:404", 1);
    assert_eq!(list.items.len(), 3);
}

#[test]
fn asked_and_notes_are_kept() {
    let mut list = QuestionList::default();
    let a = list.add("A?").unwrap();
    list.set_asked(&a, true);
    list.set_note(&a, "Answer: yes").unwrap();
    assert!(list.items[0].asked);
    assert_eq!(list.items[0].note, "Answer: yes");
    // Kept as typed: the screen saves on every key, so the space just typed must stay.
    list.set_note(&a, "Answer: yes, and ").unwrap();
    assert_eq!(list.items[0].note, "Answer: yes, and ");
    list.set_note(&a, "a\u{0}b\nc").unwrap();
    assert_eq!(
        list.items[0].note, "ab\nc",
        "control characters dropped, line breaks kept"
    );
    list.set_note(&a, "").unwrap();
    assert_eq!(list.items[0].note, "", "an empty note clears it");
}

#[test]
fn texts_are_cleaned_and_limited() {
    assert_eq!(clean("  hi\u{0}\u{7} there  ", 50), Ok("hi there".into()));
    assert_eq!(clean("line 1\nline 2", 50), Ok("line 1\nline 2".into()));
    assert_eq!(clean(" \t ", 50), Err(TextError::Empty));
    let mut list = QuestionList::default();
    assert_eq!(
        list.add(&"x".repeat(MAX_QUESTION + 1)),
        Err(TextError::TooLong)
    );
    assert_eq!(list.add(""), Err(TextError::Empty));
    assert!(list.items.is_empty(), "a rejected text changes nothing");
    let a = list.add("<script>alert(1)</script>").unwrap();
    assert_eq!(
        list.items[0].text, "<script>alert(1)</script>",
        "kept as plain text; the screen escapes it"
    );
    assert_eq!(
        list.set_note(&a, &"y".repeat(MAX_NOTE + 1)),
        Err(TextError::TooLong)
    );
    assert_eq!(list.items[0].note, "");
}

/// A person who used opioids this week and looks at the naltrexone shot.
fn person() -> AppState {
    let mut state = AppState::default();
    state.apply(Action::Answer(AnswerChange::Substance(Some(
        Substance::Opioids,
    ))));
    state.apply(Action::Answer(AnswerChange::LastOpioidUse(Some(
        LastUse::ThisWeek,
    ))));
    state.apply(Action::TogglePick("naltrexone-shot".into()));
    state
}

fn state_ids(state: &AppState) -> Vec<String> {
    state
        .visit
        .questions
        .items
        .iter()
        .map(|q| q.id.clone())
        .collect()
}

#[test]
fn the_guide_suggests_each_flags_question_and_questions_for_options_considered() {
    let t = texts();
    let state = person();
    let list = state_ids(&state);
    assert!(
        list.contains(&"s:flag:opioids-recent".to_string()),
        "{list:?}"
    );
    for n in ["shot-site", "where-and-missed", "insurance"] {
        assert!(
            list.contains(&format!("s:option:naltrexone-shot:{n}")),
            "{list:?}"
        );
    }
    let flag = t.flags.iter().find(|f| f.id == "opioids-recent").unwrap();
    assert!(state
        .visit
        .questions
        .items
        .iter()
        .any(|q| q.text == flag.question.get()));
    // Leaning toward an option counts as considering it.
    let mut leaning = AppState::default();
    leaning.apply(Action::Lean(Some(Leaning::Option("methadone".into()))));
    assert!(state_ids(&leaning).contains(&"s:option:methadone:nearest-clinic".to_string()));
    // Every option has two or three questions of its own, and every suggestion id resolves.
    for o in t.options {
        assert!((2..=3).contains(&o.questions.len()), "{}", o.id);
    }
}

#[test]
fn removed_suggestions_stay_gone_when_the_answers_change() {
    let mut state = person();
    state.apply(Action::RemoveQuestion(
        "s:option:naltrexone-shot:where-and-missed".into(),
    ));
    state.apply(Action::Answer(AnswerChange::Substance(Some(
        Substance::Both,
    ))));
    state.apply(Action::TogglePick("naltrexone-shot".into()));
    state.apply(Action::TogglePick("naltrexone-shot".into()));
    let list = state_ids(&state);
    assert!(
        !list.contains(&"s:option:naltrexone-shot:where-and-missed".to_string()),
        "{list:?}"
    );
    assert!(
        list.contains(&"s:option:naltrexone-shot:shot-site".to_string()),
        "{list:?}"
    );
    // Un-picking drops untouched suggestions, but one the person marked stays.
    state.apply(Action::SetAsked(
        "s:option:naltrexone-shot:shot-site".into(),
        true,
    ));
    state.apply(Action::TogglePick("naltrexone-shot".into()));
    let list = state_ids(&state);
    assert!(
        list.contains(&"s:option:naltrexone-shot:shot-site".to_string()),
        "{list:?}"
    );
    assert!(
        !list.contains(&"s:option:naltrexone-shot:insurance".to_string()),
        "{list:?}"
    );
}

#[test]
fn the_summary_text_and_link_agree_and_leave_out_what_the_person_chose() {
    let t = texts();
    let mut state = person();
    state.apply(Action::AddQuestion("Can my sister come?".into()));
    state.apply(Action::SetNote("c:1".into(), "Yes. ".into()));
    state.apply(Action::SetAsked("c:1".into(), true));
    state.apply(Action::EditQuestion(
        "s:option:naltrexone-shot:where-and-missed".into(),
        "Where do I get each shot?".into(),
    ));
    // What the person wants help with (their substance details and the self-harm answer) is
    // left out until they tick it.
    let parts: Vec<&str> = state.summary(t).iter().map(|s| s.part).collect();
    assert_eq!(parts, ["values", "options", "flags", "check", "questions"]);
    assert!(!state.summary_text(t, "May 1, 2027").contains("Opioids"));
    state.apply(Action::IncludePart("help".into(), true));
    let parts: Vec<&str> = state.summary(t).iter().map(|s| s.part).collect();
    assert_eq!(
        parts,
        ["help", "values", "options", "flags", "check", "questions"]
    );
    let text = state.summary_text(t, "May 1, 2027");
    assert!(text.starts_with("My visit summary\nMade with Recovery Options on May 1, 2027."));
    // A point to raise prints with its key fact and the answer that raised it.
    let wait = t.flags.iter().find(|f| f.id == "opioids-recent").unwrap();
    assert!(text.contains(wait.key_fact.get()), "{text}");
    assert!(text.contains("You said: Last used opioids: "), "{text}");
    let n = state.visit.questions.items.len();
    assert!(
        text.contains(&format!(
            "{n}. Can my sister come? [I asked this]\n   Answer: Yes. \n"
        )),
        "{text}"
    );
    assert!(text.contains("Naltrexone shot"), "{text}");

    let shared = state.shared(t);
    assert_eq!(shared.options, ["naltrexone-shot"]);
    assert!(shared.flags.contains(&"opioids-recent".to_string()));
    let by_id = |id: &str| shared.questions.iter().find(|q| q.suggestion == id);
    assert!(
        by_id("flag:opioids-recent").is_some(),
        "unchanged suggestions go by id"
    );
    assert!(
        by_id("option:naltrexone-shot:where-and-missed").is_none(),
        "an edited one goes as words"
    );
    assert!(shared
        .questions
        .iter()
        .any(|q| q.text == "Where do I get each shot?"));
    let own = shared
        .questions
        .iter()
        .find(|q| q.text == "Can my sister come?")
        .unwrap();
    assert_eq!((own.asked, own.note.as_str()), (true, "Yes."));

    // Leave out substance details, notes and the questions themselves.
    for part in ["help", "notes"] {
        state.apply(Action::IncludePart(part.into(), false));
    }
    let text = state.summary_text(t, "May 1, 2027");
    assert!(
        !text.contains("Opioids") && !text.contains("Yes. "),
        "{text}"
    );
    assert!(!text.contains("[I asked this]"));
    let shared = state.shared(t);
    assert!(shared
        .questions
        .iter()
        .all(|q| q.note.is_empty() && !q.asked));
    state.apply(Action::IncludePart("questions".into(), false));
    assert!(state.shared(t).questions.is_empty());
    state.apply(Action::IncludePart("no-such-part".into(), false));
    assert!(!state.visit.left_out.contains("no-such-part"));
}

#[test]
fn shared_questions_are_added_as_the_persons_own_once() {
    let mut state = AppState::default();
    state.apply(Action::AddQuestion("Can my sister come?".into()));
    let shared = vec![
        SharedQuestion {
            text: "Can my sister come?".into(),
            ..SharedQuestion::default()
        },
        SharedQuestion {
            suggestion: "flag:opioids-recent".into(),
            asked: true,
            note: "7 to 10 days".into(),
            ..SharedQuestion::default()
        },
        SharedQuestion {
            suggestion: "flag:from-a-newer-guide".into(),
            ..SharedQuestion::default()
        },
    ];
    state.apply(Action::AddShared(shared.clone()));
    state.apply(Action::AddShared(shared));
    let items = &state.visit.questions.items;
    assert_eq!(
        items.len(),
        2,
        "no duplicates, unknown suggestions left out: {items:?}"
    );
    assert!(items[1].id.starts_with("c:"), "added as the person's own");
    assert!(items[1].text.starts_with("How long should I wait"));
    assert!(items[1].asked);
    assert_eq!(items[1].note, "7 to 10 days");
}

#[test]
fn untouched_suggestions_take_the_guides_current_words_and_edited_ones_keep_theirs() {
    let mut list = QuestionList::default();
    list.sync(&[s("flag:a", "Old words?"), s("flag:b", "Other words?")]);
    list.edit("s:flag:b", "My words?").unwrap();
    list.sync(&[s("flag:a", "New words?"), s("flag:b", "Newer words?")]);
    assert_eq!(list.items[0].text, "New words?");
    assert_eq!(list.items[1].text, "My words?");
}

#[test]
fn direction_marks_that_could_disguise_words_are_dropped() {
    assert_eq!(
        clean("Ask \u{202e}erom\u{202c} about \u{2067}x\u{2069}?", 50),
        Ok("Ask erom about x?".into())
    );
    // The Arabic letter mark changes the direction of text too.
    assert_eq!(clean("A\u{61c}B?", 50), Ok("AB?".into()));
    // Cleaning a clean text changes nothing: a space before a dropped mark is trimmed too.
    let once = clean("Why? \u{200f}", 50).unwrap();
    assert_eq!(
        (once.as_str(), clean(&once, 50)),
        ("Why?", Ok("Why?".into()))
    );
    let mut list = QuestionList::default();
    let a = list.add("A?").unwrap();
    list.set_note(&a, "tab\there\u{200f}").unwrap();
    assert_eq!(list.items[0].note, "tab\there");
}

#[test]
fn reading_stored_data_repairs_numbers_and_brings_suggestions_up_to_date() {
    use recovery_options::storage::envelope;
    let raw = r#"{"app":"recovery-options","version":3,"state":{
        "answers":{"substance":"opioids","last_opioid_use":"this-week"},
        "visit":{"questions":{"items":[
            {"id":"c:7","text":"First?"},
            {"id":"c:7","text":"Second, same number?","note":"kept"},
            {"id":"s:flag:opioids-recent","text":"Twice?"},
            {"id":"s:flag:opioids-recent","text":"Twice again?"},
            {"id":"c:8","text":"   "}
        ]}}}}"#;
    let mut state = envelope::decode(raw).unwrap().state;
    let ids = state_ids(&state);
    assert_eq!(ids[..3], ["c:7", "c:8", "s:flag:opioids-recent"], "{ids:?}");
    assert_eq!(
        state.visit.questions.items[1].note, "kept",
        "no question lost"
    );
    assert!(ids.iter().filter(|i| i.starts_with("s:")).count() >= 1);
    assert_eq!(state.visit.questions.next, 8);
    state.apply(Action::AddQuestion("Third?".into()));
    assert_eq!(state.visit.questions.items.last().unwrap().id, "c:9");

    // Numbers no person could reach are renumbered, so a new question never collides.
    let raw = r#"{"app":"recovery-options","version":3,"state":{"visit":{"questions":{
        "items":[{"id":"c:4294967295","text":"A?"},{"id":"c:1","text":"B?"}],"next":4294967295}}}}"#;
    let mut state = envelope::decode(raw).unwrap().state;
    state.apply(Action::AddQuestion("C?".into()));
    assert_eq!(state_ids(&state), ["c:1", "c:2", "c:3"]);
}

#[test]
fn adding_a_shared_list_twice_adds_once_and_fills_in_missing_notes() {
    let mut state = AppState::default();
    state.apply(Action::AddQuestion("Can my sister come?".into()));
    let shared = vec![
        SharedQuestion {
            text: "Can my sister come?".into(),
            asked: true,
            note: "Yes".into(),
            ..SharedQuestion::default()
        },
        SharedQuestion {
            text: "New one?".into(),
            ..SharedQuestion::default()
        },
        SharedQuestion {
            text: "New one?".into(),
            ..SharedQuestion::default()
        },
    ];
    assert_eq!(
        state.clone().add_shared(shared.clone()),
        1,
        "the preview's count"
    );
    assert_eq!(state.add_shared(shared.clone()), 1);
    assert_eq!(state.add_shared(shared), 0);
    let first = &state.visit.questions.items[0];
    assert_eq!((first.asked, first.note.as_str()), (true, "Yes"));
    assert_eq!(state.visit.questions.items.len(), 2);
}

/// A question the guide no longer suggests still reads from an older share link or list, is
/// never suggested again, and its id is never given to another question.
#[test]
fn retired_questions_still_read_and_are_never_suggested() {
    let t = texts();
    let mut retired = 0;
    for o in t.options {
        for q in o.retired_questions {
            retired += 1;
            assert!(
                o.questions.iter().all(|current| current.id != q.id),
                "{} {}: a retired id is never reused",
                o.id,
                q.id
            );
            let id = format!("option:{}:{}", o.id, q.id);
            assert_eq!(
                recovery_options::content::suggestion_text(t, &id).as_deref(),
                Some(q.text.get()),
                "{id}"
            );
            let everything = recovery_options::content::suggestions(
                t,
                &recovery_options::domain::answers::Answers::default(),
                &[o.id.to_string()],
            );
            assert!(
                everything.iter().all(|s| s.id != id),
                "{id} is not suggested"
            );
        }
    }
    assert!(retired >= 5, "{retired}");
}

/// My data and the preview of a file list everything stored, part by part, not only the
/// About you answers; empty parts are not listed.
#[test]
fn everything_stored_is_listed_by_part() {
    let t = texts();
    assert!(AppState::default()
        .stored_lines(t)
        .iter()
        .all(|l| l.starts_with("Parts left off")));
    let mut state = person();
    state.apply(Action::AddQuestion("Can my sister come?".into()));
    state.apply(Action::SetNote("c:1".into(), "Yes.".into()));
    state.apply(Action::Rate(
        "no-needles".into(),
        Some(recovery_options::state::Importance::Very),
    ));
    let lines = state.stored_lines(t);
    let n = state.visit.questions.items.len();
    for must in [
        "Ratings on What matters to me: 1.".to_string(),
        "Options picked to compare: Naltrexone shot (Vivitrol).".to_string(),
        format!("Questions on My visit: {n}. Answers or notes: 1."),
        "Parts left off the visit summary: What I want help with.".to_string(),
    ] {
        assert!(lines.contains(&must), "{must} in {lines:?}");
    }
}

/// A person reading in Spanish with a suggested question kept as the guide wrote it (asked), one
/// they reworded, and one of their own.
fn in_spanish_with_a_list() -> AppState {
    in_lang("es", || {
        let mut state = person();
        state.apply(Action::SetAsked("s:flag:opioids-recent".into(), true));
        state.apply(Action::EditQuestion(
            "s:option:naltrexone-shot:insurance".into(),
            "¿Mi seguro la paga?".into(),
        ));
        state.apply(Action::AddQuestion("¿Puedo seguir trabajando?".into()));
        state
    })
}

fn question<'s>(state: &'s AppState, id: &str) -> &'s str {
    let q = state.visit.questions.items.iter().find(|q| q.id == id);
    &q.expect("on the list").text
}

#[test]
fn the_english_copy_has_suggested_questions_in_english_and_the_persons_words_as_typed() {
    use recovery_options::content::suggestion_text;
    let state = in_spanish_with_a_list();
    let english = |id: &str| suggestion_text(texts(), id).unwrap();
    let spanish = |id: &str| in_lang("es", || suggestion_text(texts(), id).unwrap());
    assert_ne!(
        english("flag:opioids-recent"),
        spanish("flag:opioids-recent")
    );

    let copy = in_lang("es", || state.summary_in("en"));
    let own = in_lang("es", || state.summary(texts()));
    assert_eq!(
        copy.iter().map(|p| p.part).collect::<Vec<_>>(),
        own.iter().map(|p| p.part).collect::<Vec<_>>(),
        "the same parts"
    );
    let questions = copy.iter().find(|p| p.part == "questions").unwrap();
    let line = |words: &str| questions.items.iter().find(|i| i.text == words);
    let kept = line(&english("flag:opioids-recent")).expect("in English, by its id");
    assert!(!kept.own_words && kept.asked);
    for typed in ["¿Mi seguro la paga?", "¿Puedo seguir trabajando?"] {
        assert!(line(typed).expect("as typed").own_words, "{typed}");
    }
    assert_eq!(questions.items.iter().filter(|i| i.own_words).count(), 2);
    // Every other part is in English too: the safety points' titles, for one.
    let flags = copy.iter().find(|p| p.part == "flags").unwrap();
    let title = texts()
        .flags
        .iter()
        .find(|f| f.id == "opioids-recent")
        .unwrap()
        .title;
    assert!(flags.items.iter().any(|i| i.text == title.get()));
    // The summary in the person's own language is unchanged, and marks nothing.
    assert!(own.iter().all(|p| p.items.iter().all(|i| !i.own_words)));
}

#[test]
fn switching_language_rewords_the_guides_questions_and_keeps_the_persons_own() {
    let mut state = in_spanish_with_a_list();
    let before = state.visit.questions.clone();
    state.apply(Action::Reword("es"));
    let flag = texts()
        .flags
        .iter()
        .find(|f| f.id == "opioids-recent")
        .unwrap();
    assert_eq!(
        question(&state, "s:flag:opioids-recent"),
        flag.question.get()
    );
    assert_eq!(
        question(&state, "s:option:naltrexone-shot:insurance"),
        "¿Mi seguro la paga?"
    );
    assert_eq!(question(&state, "c:1"), "¿Puedo seguir trabajando?");
    // Untouched suggestions follow too; nothing is added, removed, reordered or marked.
    let t = texts();
    for (after, was) in state.visit.questions.items.iter().zip(&before.items) {
        assert_eq!(
            (&after.id, after.asked, after.kept),
            (&was.id, was.asked, was.kept)
        );
        if !was.kept {
            let id = after.id.strip_prefix("s:").unwrap();
            assert_eq!(
                Some(after.text.clone()),
                recovery_options::content::suggestion_text(t, id)
            );
        }
    }
    assert_eq!(state.visit.questions.items.len(), before.items.len());
    // And back: the Spanish words again.
    in_lang("es", || state.apply(Action::Reword("en")));
    assert_eq!(state.visit.questions, before);
}

#[test]
fn a_share_link_made_in_one_language_shows_suggested_questions_in_the_receivers() {
    use recovery_options::state::summary::shared_sections;
    let state = in_spanish_with_a_list();
    let shared = in_lang("es", || state.shared(texts()));
    let texts_in = |lang: &str| -> Vec<String> {
        in_lang(lang, || {
            let parts = shared_sections(texts(), &shared);
            parts[0].items.iter().map(|i| i.text.clone()).collect()
        })
    };
    let (english, spanish) = (texts_in("en"), texts_in("es"));
    let flag = texts()
        .flags
        .iter()
        .find(|f| f.id == "opioids-recent")
        .unwrap();
    assert!(english.contains(&flag.question.to_string()), "{english:?}");
    assert!(!spanish.contains(&flag.question.to_string()));
    // The person's own words travel as typed.
    for list in [&english, &spanish] {
        assert!(list.contains(&"¿Puedo seguir trabajando?".to_string()));
        assert!(list.contains(&"¿Mi seguro la paga?".to_string()));
    }
}
