//! Safety flags: one test per flag and trigger, and the cases that must not raise them.

use recovery_options::domain::answers::{
    Answers, DrinkingDays, Goal, LastUse, Pregnancy, Substance, Treatment, YesNo,
};
use recovery_options::domain::flags::{flags, Flag};

fn with(change: impl FnOnce(&mut Answers)) -> Answers {
    let mut a = Answers::default();
    change(&mut a);
    a
}

fn raised(a: &Answers, flag: Flag) -> bool {
    flags(a).contains(&flag)
}

#[test]
fn no_answers_raise_no_flags() {
    assert!(flags(&Answers::default()).is_empty());
}

#[test]
fn crisis_is_raised_by_thoughts_of_self_harm_and_comes_first() {
    let a = with(|a| {
        a.self_harm = Some(YesNo::Yes);
        a.substance = Some(Substance::Opioids);
    });
    assert_eq!(flags(&a)[0], Flag::Crisis);
    for other in [YesNo::No, YesNo::NotSure, YesNo::PreferNotToSay] {
        assert!(
            !raised(&with(|a| a.self_harm = Some(other)), Flag::Crisis),
            "{other:?}"
        );
    }
}

#[test]
fn opioids_recent_is_raised_by_use_within_two_weeks() {
    for last in [LastUse::Today, LastUse::ThisWeek, LastUse::OneToTwoWeeks] {
        for substance in [Substance::Opioids, Substance::Both] {
            let a = with(|a| {
                a.substance = Some(substance);
                a.last_opioid_use = Some(last);
            });
            assert!(raised(&a, Flag::OpioidsRecent), "{last:?} {substance:?}");
        }
    }
    let a = with(|a| {
        a.substance = Some(Substance::Opioids);
        a.last_opioid_use = Some(LastUse::OverTwoWeeks);
    });
    assert!(!raised(&a, Flag::OpioidsRecent));
    // An opioid answer left over from before the person chose alcohol only does not count.
    let a = with(|a| {
        a.substance = Some(Substance::Alcohol);
        a.last_opioid_use = Some(LastUse::Today);
    });
    assert!(!raised(&a, Flag::OpioidsRecent));
}

#[test]
fn opioids_recent_is_raised_by_methadone_or_buprenorphine_treatment() {
    for t in [Treatment::Methadone, Treatment::Buprenorphine] {
        assert!(
            raised(&with(|a| a.treatment = Some(t)), Flag::OpioidsRecent),
            "{t:?}"
        );
    }
    assert!(!raised(
        &with(|a| a.treatment = Some(Treatment::Naltrexone)),
        Flag::OpioidsRecent
    ));
}

#[test]
fn on_agonist_treatment_is_raised_by_methadone_or_buprenorphine() {
    for t in [Treatment::Methadone, Treatment::Buprenorphine] {
        assert!(
            raised(&with(|a| a.treatment = Some(t)), Flag::OnAgonistTreatment),
            "{t:?}"
        );
    }
    for t in [
        Treatment::Naltrexone,
        Treatment::None,
        Treatment::PreferNotToSay,
    ] {
        assert!(
            !raised(&with(|a| a.treatment = Some(t)), Flag::OnAgonistTreatment),
            "{t:?}"
        );
    }
}

#[test]
fn needs_opioid_pain_relief_is_raised_by_yes_or_not_sure() {
    for v in [YesNo::Yes, YesNo::NotSure] {
        assert!(raised(
            &with(|a| a.pain_medicine = Some(v)),
            Flag::NeedsOpioidPainRelief
        ));
    }
    for v in [YesNo::No, YesNo::PreferNotToSay] {
        assert!(!raised(
            &with(|a| a.pain_medicine = Some(v)),
            Flag::NeedsOpioidPainRelief
        ));
    }
}

#[test]
fn overdose_after_stopping_is_raised_by_opioids_or_naltrexone_treatment() {
    for s in [Substance::Opioids, Substance::Both] {
        assert!(raised(
            &with(|a| a.substance = Some(s)),
            Flag::OverdoseAfterStopping
        ));
    }
    assert!(raised(
        &with(|a| a.treatment = Some(Treatment::Naltrexone)),
        Flag::OverdoseAfterStopping
    ));
    assert!(!raised(
        &with(|a| a.substance = Some(Substance::Alcohol)),
        Flag::OverdoseAfterStopping
    ));
}

#[test]
fn pregnancy_is_raised_by_pregnancy_breastfeeding_or_plans() {
    for p in [
        Pregnancy::Pregnant,
        Pregnancy::Breastfeeding,
        Pregnancy::MayBecome,
    ] {
        assert!(
            raised(&with(|a| a.pregnancy = Some(p)), Flag::Pregnancy),
            "{p:?}"
        );
    }
    for p in [Pregnancy::No, Pregnancy::PreferNotToSay] {
        assert!(
            !raised(&with(|a| a.pregnancy = Some(p)), Flag::Pregnancy),
            "{p:?}"
        );
    }
}

#[test]
fn liver_is_raised_by_yes_or_not_sure() {
    for v in [YesNo::Yes, YesNo::NotSure] {
        assert!(raised(&with(|a| a.liver = Some(v)), Flag::Liver));
    }
    assert!(!raised(&with(|a| a.liver = Some(YesNo::No)), Flag::Liver));
}

#[test]
fn kidney_is_raised_for_alcohol_where_acamprosate_is_an_option() {
    for s in [Substance::Alcohol, Substance::Both] {
        for v in [YesNo::Yes, YesNo::NotSure] {
            let a = with(|a| {
                a.substance = Some(s);
                a.kidney = Some(v);
            });
            assert!(raised(&a, Flag::Kidney), "{s:?} {v:?}");
        }
    }
    let opioids_only = with(|a| {
        a.substance = Some(Substance::Opioids);
        a.kidney = Some(YesNo::Yes);
    });
    assert!(!raised(&opioids_only, Flag::Kidney));
}

#[test]
fn sedatives_is_raised_by_sedatives_or_alcohol_with_opioids() {
    for v in [YesNo::Yes, YesNo::NotSure] {
        assert!(raised(&with(|a| a.sedatives = Some(v)), Flag::Sedatives));
    }
    assert!(raised(
        &with(|a| a.substance = Some(Substance::Both)),
        Flag::Sedatives
    ));
    assert!(!raised(
        &with(|a| a.sedatives = Some(YesNo::No)),
        Flag::Sedatives
    ));
    assert!(!raised(
        &with(|a| a.substance = Some(Substance::Opioids)),
        Flag::Sedatives
    ));
}

#[test]
fn disulfiram_reaction_is_raised_for_alcohol_unless_the_goal_is_to_cut_down() {
    for goal in [
        None,
        Some(Goal::Stop),
        Some(Goal::NotSure),
        Some(Goal::PreferNotToSay),
    ] {
        let a = with(|a| {
            a.substance = Some(Substance::Alcohol);
            a.goal = goal;
        });
        assert!(raised(&a, Flag::DisulfiramReaction), "{goal:?}");
    }
    let cut_down = with(|a| {
        a.substance = Some(Substance::Alcohol);
        a.goal = Some(Goal::CutDown);
    });
    assert!(!raised(&cut_down, Flag::DisulfiramReaction));
    assert!(!raised(
        &with(|a| a.substance = Some(Substance::Opioids)),
        Flag::DisulfiramReaction
    ));
}

#[test]
fn alcohol_withdrawal_is_raised_by_heavy_drinking_drinking_and_a_plan_to_stop() {
    let a = with(|a| {
        a.substance = Some(Substance::Alcohol);
        a.drinking_days = Some(DrinkingDays::Daily);
        a.heavy_drinking = Some(YesNo::Yes);
        a.goal = Some(Goal::Stop);
    });
    assert!(raised(&a, Flag::AlcoholWithdrawal));
    let not_daily = with(|a| {
        a.substance = Some(Substance::Alcohol);
        a.drinking_days = Some(DrinkingDays::FewDaysAWeek);
        a.heavy_drinking = Some(YesNo::Yes);
        a.goal = Some(Goal::Stop);
    });
    assert!(!raised(&not_daily, Flag::AlcoholWithdrawal));
    let cutting_down = with(|a| {
        a.substance = Some(Substance::Alcohol);
        a.drinking_days = Some(DrinkingDays::Daily);
        a.heavy_drinking = Some(YesNo::Yes);
        a.goal = Some(Goal::CutDown);
    });
    assert!(!raised(&cutting_down, Flag::AlcoholWithdrawal));
}

#[test]
fn alcohol_withdrawal_is_raised_by_past_withdrawal_seizures_whatever_the_goal() {
    for goal in [Some(Goal::CutDown), Some(Goal::Stop), None] {
        let a = with(|a| {
            a.substance = Some(Substance::Both);
            a.withdrawal_seizures = Some(YesNo::Yes);
            a.goal = goal;
        });
        assert!(raised(&a, Flag::AlcoholWithdrawal), "{goal:?}");
    }
    let light = with(|a| {
        a.substance = Some(Substance::Alcohol);
        a.heavy_drinking = Some(YesNo::No);
        a.withdrawal_seizures = Some(YesNo::No);
        a.goal = Some(Goal::Stop);
    });
    assert!(!raised(&light, Flag::AlcoholWithdrawal));
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
