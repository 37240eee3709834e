//! The pure reducer and the small pure rules beside it.

use recovery_options::domain::answers::{Goal, Substance};
use recovery_options::state::{Action, AnswerChange, AppState};
use recovery_options::storage::json::Shape;

#[test]
fn actions_change_only_what_they_name() {
    let mut state = AppState::default();
    state.apply(Action::Answer(AnswerChange::Substance(Some(
        Substance::Opioids,
    ))));
    assert_eq!(state.answers.substance, Some(Substance::Opioids));
    assert_eq!(state.answers.goal, None);
    state.apply(Action::Answer(AnswerChange::Goal(Some(Goal::CutDown))));
    assert_eq!(state.answers.count(), 2);
    state.apply(Action::Answer(AnswerChange::Substance(None)));
    assert_eq!(state.answers.substance, None, "an answer can be cleared");
    assert_eq!(state.answers.goal, Some(Goal::CutDown));
}

#[test]
fn replace_and_reset_swap_the_whole_state() {
    let mut other = AppState::default();
    other.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    let mut state = AppState::default();
    state.apply(Action::Replace(other.clone()));
    assert_eq!(state, other);
    state.apply(Action::Reset);
    assert!(state.is_empty());
}

#[test]
fn answer_ids_round_trip_and_match_saved_data() {
    use recovery_options::domain::answers::{Answers, QUESTIONS};
    for &s in Substance::ALL {
        assert_eq!(Substance::from_id(s.id()), Some(s));
    }
    for &g in Goal::ALL {
        assert_eq!(Goal::from_id(g.id()), Some(g));
    }
    assert_eq!(Substance::from_id("beer"), None);
    // Every answer of every question is saved as its id under the question's name, and read
    // back the same.
    for q in QUESTIONS {
        for id in q.answers {
            let mut answers = Answers::default();
            answers.apply(AnswerChange::from_ids(q.name, Some(id)).unwrap());
            assert_eq!(answers.answer_id(q.name), Some(*id));
            assert_eq!(answers.count(), 1);
            let json = answers.to_json();
            assert_eq!(json.to_text(), format!("{{\"{}\":\"{id}\"}}", q.name));
            assert_eq!(Answers::from_json(&json), Some(answers));
        }
        assert_eq!(AnswerChange::from_ids(q.name, Some("beer")), None);
    }
    assert_eq!(AnswerChange::from_ids("shoe_size", None), None);
}

#[test]
fn a_set_of_ids_keeps_each_once_in_order() {
    use recovery_options::domain::set::IdSet;
    let mut set: IdSet = ["partner", "family", "partner"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(set.iter().collect::<Vec<_>>(), ["family", "partner"]);
    assert!(set.insert("clinician".into()));
    assert!(!set.insert("family".into()));
    assert!(set.contains("clinician") && !set.contains("friend"));
    assert!(set.remove("family") && !set.remove("family"));
    set.retain(|id| id != "partner");
    assert_eq!(set.iter().collect::<Vec<_>>(), ["clinician"]);
    assert_eq!(set.to_json().to_text(), r#"["clinician"]"#);
}

#[test]
fn values_by_id_keep_each_id_once_in_order() {
    use recovery_options::domain::set::IdMap;
    let mut map: IdMap<u8> = [
        ("b".to_string(), 1),
        ("a".to_string(), 2),
        ("b".to_string(), 3),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        map.iter().collect::<Vec<_>>(),
        [(&"a".to_string(), &2), (&"b".to_string(), &3)]
    );
    assert_eq!(map.insert("a".into(), 4), Some(2));
    assert_eq!(map.get("a"), Some(&4));
    assert_eq!(map.remove("b"), Some(3));
    assert!(!map.contains_key("b") && map.len() == 1);
    map.retain(|_, v| *v != 4);
    assert!(map.is_empty());
}
