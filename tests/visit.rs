//! The question list: suggestions, the person's own questions, and every operation on them.

use recovery_options::domain::visit::{
    clean, QuestionList, Suggestion, TextError, MAX_NOTE, MAX_QUESTION,
};

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
        s("option:naltrexone-shot:1", "Who gives the shot?"),
    ];
    list.sync(&suggested);
    list.sync(&suggested);
    assert_eq!(
        ids(&list),
        ["s:flag:opioids-recent", "s:option:naltrexone-shot:1"]
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
    list.set_note(&a, "   ").unwrap();
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
