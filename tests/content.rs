//! The content layer: every text is present, and answers read back in plain words.

use recovery_options::content::{answer_lines, fill, texts};
use recovery_options::domain::answers::{Answers, Goal, Substance};

#[test]
fn answers_read_back_in_the_order_asked() {
    let t = texts();
    let answers = Answers {
        substance: Some(Substance::PreferNotToSay),
        goal: Some(Goal::CutDown),
    };
    assert_eq!(
        answer_lines(t, &answers),
        vec![
            (t.questions.substance.legend, t.questions.prefer_not),
            (t.questions.goal.legend, t.questions.goal.cut_down),
        ]
    );
    assert!(answer_lines(t, &Answers::default()).is_empty());
}

#[test]
fn placeholders_are_filled() {
    assert_eq!(
        fill(texts().data.answers_count, "count", "2"),
        "Answers you gave: 2."
    );
}

#[test]
fn urgent_help_numbers_are_in_the_footer() {
    let f = &texts().footer;
    assert!(f.overdose.contains("911"));
    assert!(f.crisis.contains("988"));
    assert!(f.helpline.contains("1-800-662-4357"));
    assert!(f.not_advice.contains("not medical advice"));
}
