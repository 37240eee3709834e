//! Safety flags, checked against their specification on every combination of the answers that
//! feed each rule (every value of every such question, and no answer at all), not on hand-picked
//! cases. The specification below is the README's table ("Safety flags") written as sets of
//! answer values; the README, this file and `src/domain/flags.rs` must agree.

use recovery_options::content::{Fit, Id, Text};
use recovery_options::domain::answers::{
    Answers, DrinkingDays, Goal, LastUse, OpioidKind, Pregnancy, Substance, Treatment, YesNo,
};
use recovery_options::domain::flags::{flags, Flag};

/// One About you question: how to set each of its values (and no answer) on an `Answers`.
struct Field {
    name: &'static str,
    /// How many settings: no answer, then each value in order.
    count: usize,
    set: fn(&mut Answers, usize),
}

/// `None` for index 0, then each value of `all`.
fn pick<T: Copy>(all: &[T], i: usize) -> Option<T> {
    i.checked_sub(1).map(|i| all[i])
}

macro_rules! field {
    ($name:ident, $ty:ty) => {
        Field {
            name: stringify!($name),
            count: <$ty>::ALL.len() + 1,
            set: |a, i| a.$name = pick(<$ty>::ALL, i),
        }
    };
}

fn fields() -> Vec<Field> {
    vec![
        field!(substance, Substance),
        field!(goal, Goal),
        field!(drinking_days, DrinkingDays),
        field!(heavy_drinking, YesNo),
        field!(withdrawal_seizures, YesNo),
        field!(last_opioid_use, LastUse),
        field!(opioid_kind, OpioidKind),
        field!(treatment, Treatment),
        field!(pregnancy, Pregnancy),
        field!(liver, YesNo),
        field!(kidney, YesNo),
        field!(pain_medicine, YesNo),
        field!(sedatives, YesNo),
        field!(self_harm, YesNo),
        field!(daily_clinic, YesNo),
        field!(insurance, YesNo),
    ]
}

fn is<T: PartialEq>(value: Option<T>, set: &[Option<T>]) -> bool {
    set.contains(&value)
}

/// The specification: the README table, as sets of answer values.
fn expected(flag: Flag, a: &Answers) -> bool {
    use Substance::{Alcohol, Both, Opioids};
    let unsure_counts = [Some(YesNo::Yes), Some(YesNo::NotSure)];
    let alcohol = is(a.substance, &[Some(Alcohol), Some(Both)]);
    let opioids = is(a.substance, &[Some(Opioids), Some(Both)]);
    let on_agonist = is(
        a.treatment,
        &[Some(Treatment::Methadone), Some(Treatment::Buprenorphine)],
    );
    match flag {
        Flag::Crisis => is(a.self_harm, &unsure_counts),
        Flag::OverdoseAfterStopping => opioids || a.treatment == Some(Treatment::Naltrexone),
        Flag::AlcoholWithdrawal => {
            let seizures = is(a.withdrawal_seizures, &unsure_counts);
            let heavy_not_ruled_out = a.heavy_drinking != Some(YesNo::No);
            let most_days_not_ruled_out = !is(
                a.drinking_days,
                &[
                    Some(DrinkingDays::FewDaysAWeek),
                    Some(DrinkingDays::WeeklyOrLess),
                ],
            );
            let answered = a.heavy_drinking.is_some() || a.drinking_days.is_some();
            alcohol && (seizures || (heavy_not_ruled_out && most_days_not_ruled_out && answered))
        }
        Flag::Sedatives => {
            is(a.sedatives, &unsure_counts) || a.substance == Some(Both) || on_agonist
        }
        Flag::OpioidsRecent => {
            on_agonist || (opioids && a.last_opioid_use != Some(LastUse::OverTwoWeeks))
        }
        Flag::OnAgonistTreatment => on_agonist,
        Flag::NeedsOpioidPainRelief => is(a.pain_medicine, &unsure_counts),
        Flag::Pregnancy => is(
            a.pregnancy,
            &[
                Some(Pregnancy::Pregnant),
                Some(Pregnancy::Breastfeeding),
                Some(Pregnancy::MayBecome),
            ],
        ),
        Flag::DisulfiramReaction => alcohol,
        Flag::Liver => is(a.liver, &unsure_counts),
        Flag::Kidney => is(a.kidney, &unsure_counts) && a.substance != Some(Opioids),
    }
}

/// Calls `check` with every combination of settings of `names` (all other questions unanswered).
fn every_combination(names: &[&str], mut check: impl FnMut(&Answers, String)) -> usize {
    let all = fields();
    let chosen: Vec<&Field> = names
        .iter()
        .map(|n| all.iter().find(|f| f.name == *n).expect("a known question"))
        .collect();
    let total: usize = chosen.iter().map(|f| f.count).product();
    for mut n in 0..total {
        let mut a = Answers::default();
        for f in &chosen {
            (f.set)(&mut a, n % f.count);
            n /= f.count;
        }
        check(&a, format!("{a:?}"));
    }
    total
}

#[test]
fn every_flag_follows_its_rule_on_every_combination_of_its_answers() {
    for flag in Flag::ALL {
        let mut raised = 0;
        let total = every_combination(flag.inputs(), |a, at| {
            let got = flags(a).contains(&flag);
            assert_eq!(got, expected(flag, a), "{}: {at}", flag.id());
            raised += usize::from(got);
        });
        assert!(
            raised > 0 && raised < total,
            "{}: both outcomes occur",
            flag.id()
        );
    }
}

#[test]
fn every_value_of_every_input_question_is_reached_and_questions_that_do_not_feed_a_rule_change_nothing(
) {
    let all = fields();
    for flag in Flag::ALL {
        let feeds = flag.inputs();
        // Every question named feeds the rule: some value of it changes the outcome somewhere.
        for name in feeds {
            let field = all.iter().find(|f| f.name == *name).unwrap();
            let others: Vec<&str> = feeds.iter().copied().filter(|n| n != name).collect();
            let mut matters = false;
            every_combination(&others, |base, _| {
                let outcomes: Vec<bool> = (0..field.count)
                    .map(|i| {
                        let mut a = base.clone();
                        (field.set)(&mut a, i);
                        flags(&a).contains(&flag)
                    })
                    .collect();
                matters |= outcomes.iter().any(|o| *o != outcomes[0]);
            });
            assert!(matters, "{}: {name} is listed but never matters", flag.id());
        }
        // A question not named never changes the outcome, whatever the named ones say.
        for field in all.iter().filter(|f| !feeds.contains(&f.name)) {
            every_combination(feeds, |base, at| {
                let before = flags(base).contains(&flag);
                for i in 0..field.count {
                    let mut a = base.clone();
                    (field.set)(&mut a, i);
                    assert_eq!(
                        flags(&a).contains(&flag),
                        before,
                        "{}: {} changed it from {at}",
                        flag.id(),
                        field.name
                    );
                }
            });
        }
    }
}

fn with(change: impl FnOnce(&mut Answers)) -> Answers {
    let mut a = Answers::default();
    change(&mut a);
    a
}

#[test]
fn no_answers_raise_no_flags() {
    assert!(flags(&Answers::default()).is_empty());
}

/// The people of the clinical review whom the earlier rules missed.
#[test]
fn the_people_the_clinical_review_found_missed_now_get_their_point() {
    let cases = [
        (
            "a daily heavy drinker who wants to cut down",
            with(|a| {
                a.substance = Some(Substance::Alcohol);
                a.goal = Some(Goal::CutDown);
                a.drinking_days = Some(DrinkingDays::Daily);
                a.heavy_drinking = Some(YesNo::Yes);
            }),
            Flag::AlcoholWithdrawal,
        ),
        (
            "not sure about past seizures",
            with(|a| {
                a.substance = Some(Substance::Alcohol);
                a.withdrawal_seizures = Some(YesNo::NotSure);
            }),
            Flag::AlcoholWithdrawal,
        ),
        (
            "daily drinking, not sure whether heavily",
            with(|a| {
                a.substance = Some(Substance::Alcohol);
                a.drinking_days = Some(DrinkingDays::Daily);
                a.heavy_drinking = Some(YesNo::NotSure);
            }),
            Flag::AlcoholWithdrawal,
        ),
        (
            "on methadone, asking about alcohol",
            with(|a| {
                a.substance = Some(Substance::Alcohol);
                a.treatment = Some(Treatment::Methadone);
            }),
            Flag::Sedatives,
        ),
        (
            "opioids, last use not said",
            with(|a| {
                a.substance = Some(Substance::Opioids);
                a.last_opioid_use = Some(LastUse::PreferNotToSay);
            }),
            Flag::OpioidsRecent,
        ),
        (
            "opioids, last use not answered yet",
            with(|a| a.substance = Some(Substance::Opioids)),
            Flag::OpioidsRecent,
        ),
        (
            "not sure about thoughts of self-harm",
            with(|a| a.self_harm = Some(YesNo::NotSure)),
            Flag::Crisis,
        ),
    ];
    for (who, answers, flag) in cases {
        assert!(flags(&answers).contains(&flag), "{who}: {}", flag.id());
    }
}

#[test]
fn the_most_urgent_points_come_first() {
    let ids: Vec<&str> = Flag::ALL.iter().map(|f| f.id()).collect();
    assert_eq!(
        ids[..4],
        [
            "crisis",
            "overdose-after-stopping",
            "alcohol-withdrawal",
            "sedatives"
        ]
    );
    let a = with(|a| {
        a.substance = Some(Substance::Both);
        a.self_harm = Some(YesNo::Yes);
        a.withdrawal_seizures = Some(YesNo::Yes);
        a.liver = Some(YesNo::Yes);
    });
    let raised: Vec<&str> = flags(&a).iter().map(|f| f.id()).collect();
    assert_eq!(raised[..4], ids[..4], "{raised:?}");
}

/// The README's table lists every flag once, in the order the screen shows them.
#[test]
fn the_readme_table_lists_the_flags_in_order() {
    let readme = include_str!("../README.md");
    let table = readme
        .split("## Safety flags")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Safety flags section");
    let listed: Vec<&str> = table
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .collect();
    let ids: Vec<&str> = Flag::ALL.iter().map(|f| f.id()).collect();
    assert_eq!(listed, ids);
}

#[test]
fn flag_ids_are_unique_and_stable() {
    let ids: Vec<&str> = Flag::ALL.iter().map(|f| f.id()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len());
    assert!(ids.contains(&"opioids-recent") && ids.contains(&"crisis"));
}

#[test]
fn compare_names_at_the_top_exactly_the_options_whose_cards_carry_safety_notes() {
    use recovery_options::content::{safety_notes, texts, with_safety_notes};
    let t = texts();
    let options: Vec<_> = t.options.iter().collect();
    for flag in Flag::ALL {
        every_combination(flag.inputs(), |a, at| {
            let named: Vec<&str> = with_safety_notes(t, a, &options)
                .iter()
                .map(|o| o.id.get())
                .collect();
            let with_notes: Vec<&str> = options
                .iter()
                .filter(|o| !safety_notes(t, a, o.id.get()).is_empty())
                .map(|o| o.id.get())
                .collect();
            assert_eq!(named, with_notes, "{at}");
        });
    }
}

/// What the guide shows a person from their answers: the points raised, the options and the
/// order they come in, each option's safety notes, the lenses and the lineup (with every factor
/// rated very important), the quiz, and the suggested questions. Texts compare by their place in
/// the content, which is the same in every language; their words differ.
/// A factor's id, and for each of its grids how each option fits it, and why.
type Lines = Vec<(Id, Vec<Vec<(Id, Fit, Text)>>)>;

#[derive(Debug, PartialEq)]
struct Shown {
    flags: Vec<Flag>,
    options: Vec<Id>,
    named: Vec<Id>,
    notes: Vec<(Id, Flag, Text, Text, bool)>,
    wait: Option<Text>,
    lenses: Lines,
    lineup: Lines,
    quiz: Vec<Id>,
    suggestions: Vec<String>,
}

fn shown(a: &Answers) -> Shown {
    use recovery_options::content::{
        alignment, lenses, opioid_wait_note, options_for, quiz_for, safety_notes, suggestions,
        texts, with_safety_notes, Alignment,
    };
    use recovery_options::domain::set::IdMap;
    use recovery_options::domain::values::Importance;
    let t = texts();
    let options = options_for(t, a, false);
    let every: IdMap<Importance> = t
        .factors
        .iter()
        .map(|f| (f.id.to_string(), Importance::Very))
        .fold(IdMap::new(), |mut map, (id, v)| {
            map.insert(id, v);
            map
        });
    let lines = |list: Vec<Alignment>| -> Lines {
        list.iter()
            .map(|line| {
                let grids = line.grids.iter().map(|g| {
                    g.fits
                        .iter()
                        .map(|(o, fit, why)| (o.id, *fit, *why))
                        .collect()
                });
                (line.factor.id, grids.collect())
            })
            .collect()
    };
    let ids: Vec<String> = options.iter().map(|o| o.id.to_string()).collect();
    Shown {
        flags: flags(a),
        options: options.iter().map(|o| o.id).collect(),
        named: with_safety_notes(t, a, &options)
            .iter()
            .map(|o| o.id)
            .collect(),
        notes: options
            .iter()
            .flat_map(|o| {
                safety_notes(t, a, &o.id)
                    .into_iter()
                    .map(|n| (o.id, n.flag, n.title, n.key_fact, n.said.is_empty()))
            })
            .collect(),
        wait: opioid_wait_note(t, a),
        lenses: lines(lenses(t, &options, a.substance)),
        lineup: lines(alignment(t, &every, &options, a.substance)),
        quiz: quiz_for(t, a.substance).iter().map(|q| q.id).collect(),
        suggestions: suggestions(t, a, &ids).into_iter().map(|s| s.id).collect(),
    }
}

/// Issue 12's "the same guide": a person who answers in Spanish gets exactly what a person who
/// answers in English gets, on every combination the flag tests generate; and every text of it
/// has Spanish words (none empty, none of the English "You said").
#[test]
fn every_answer_combination_gets_the_same_guide_in_every_language() {
    use recovery_options::content::{in_lang, lang, safety_notes, texts, LANGUAGES};
    let mut people = 0;
    for flag in Flag::ALL {
        people += every_combination(flag.inputs(), |a, at| {
            let english = shown(a);
            for file in LANGUAGES.iter().skip(1) {
                in_lang(file.lang, || {
                    assert_eq!(lang(), file.lang);
                    assert_eq!(shown(a), english, "{} {at}", file.lang);
                    let t = texts();
                    for o in t.options {
                        for note in safety_notes(t, a, &o.id) {
                            assert!(!note.title.is_empty() && !note.key_fact.is_empty());
                            assert!(
                                !note.said.contains("You said"),
                                "{}: {}",
                                file.lang,
                                note.said
                            );
                        }
                    }
                });
            }
        });
    }
    assert!(people > 1000, "{people} people");
}
