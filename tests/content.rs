//! The content layer: every text is present, and answers read back in plain words.

#[path = "support/prose.rs"]
mod prose;

use recovery_options::content::{answer_lines, fill, texts};
use recovery_options::domain::answers::{Answers, Goal, Substance};

#[test]
fn answers_read_back_in_the_order_asked() {
    let t = texts();
    let answers = Answers {
        substance: Some(Substance::PreferNotToSay),
        goal: Some(Goal::CutDown),
        ..Answers::default()
    };
    let lines: Vec<(String, String)> = answer_lines(t, &answers)
        .iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect();
    assert_eq!(
        lines,
        [
            ("What you want help with".into(), "Prefer not to say".into()),
            ("Your goal".into(), "Cut down".into()),
        ]
    );
    assert!(answer_lines(t, &Answers::default()).is_empty());
}

/// The questions the code declares and the words in the content agree, answer by answer: no
/// question or answer without words, and no words for one that does not exist.
#[test]
fn every_question_has_its_words_and_only_those() {
    use recovery_options::content::question_words;
    use recovery_options::domain::answers::QUESTIONS;
    let t = texts();
    for q in QUESTIONS {
        let words = question_words(t, q.name).unwrap_or_else(|| panic!("{}: no words", q.name));
        let mut ids: Vec<&str> = words.answers.iter().map(|a| a.id.get()).collect();
        let mut declared = q.answers.to_vec();
        ids.sort_unstable();
        declared.sort_unstable();
        assert_eq!(ids, declared, "{}: the answers", q.name);
        assert!(
            !words.legend.is_empty() && !words.said.is_empty(),
            "{}",
            q.name
        );
    }
    assert_eq!(
        t.questions.list.len(),
        QUESTIONS.len(),
        "words for a question the code lacks"
    );
}

#[test]
fn placeholders_are_filled() {
    assert_eq!(
        fill(texts().data.answers_count, "count", "2"),
        "Answers you gave: 2."
    );
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    /// `fill` scans by hand (smaller in the wasm); it must agree with `str::replace` on any text,
    /// with braces that are and are not the placeholder, repeated or unclosed.
    #[test]
    fn fill_agrees_with_replace(
        text in "[{}cnotu ]{0,24}(\\{count\\})?[{}cnotu ]{0,12}(\\{count\\})?",
        value in "[{}a-z0-9]{0,6}",
    ) {
        proptest::prop_assert_eq!(fill(&text, "count", &value), text.replace("{count}", &value));
    }
}

#[test]
fn urgent_help_numbers_are_in_the_footer() {
    let f = &texts().footer;
    assert!(f.overdose.contains("911"));
    assert!(f.crisis.contains("988"));
    assert!(f.helpline.contains("1-800-662-4357"));
    assert!(f.not_advice.contains("not medical advice"));
}

mod evidence {
    use std::collections::BTreeSet;

    use recovery_options::content::{
        factor as factor_of, factors_for, fit, flag, grids_for, lenses, option, options_for,
        quiz_for, source, texts, used_for, Fit, Row,
    };
    use recovery_options::domain::answers::{Answers, Substance};
    use recovery_options::domain::check::SURE_ITEMS;
    use recovery_options::domain::flags::Flag;

    const OPTIONS: [&str; 10] = [
        "oral-naltrexone",
        "naltrexone-shot",
        "buprenorphine-daily",
        "buprenorphine-shot",
        "methadone",
        "acamprosate",
        "disulfiram",
        "topiramate",
        "gabapentin",
        "no-medicine",
    ];

    fn rows(o: &recovery_options::content::TextsOptions) -> [(&str, &Row); 10] {
        [
            ("what_it_is", &o.what_it_is),
            ("how_taken", &o.how_taken),
            ("who_gives", &o.who_gives),
            ("when_start", &o.when_start),
            ("common_side_effects", &o.common_side_effects),
            ("serious_risks", &o.serious_risks),
            ("cost", &o.cost),
            ("pregnancy", &o.pregnancy),
            ("pain_relief", &o.pain_relief),
            ("if_you_stop", &o.if_you_stop),
        ]
    }

    #[test]
    fn every_option_is_present_once() {
        let t = texts();
        let ids: Vec<&str> = t.options.iter().map(|o| o.id.get()).collect();
        assert_eq!(ids, OPTIONS);
    }

    #[test]
    fn every_row_has_a_source_or_says_our_sources_do_not_cover_it() {
        for o in texts().options {
            for (row, cell) in rows(o) {
                assert!(!cell.text.is_empty(), "{} {row} is empty", o.id);
                let says_unknown = ["did not find", "our sources"]
                    .iter()
                    .any(|p| cell.text.to_lowercase().contains(p));
                assert!(
                    !cell.sources.is_empty() || says_unknown,
                    "{} {row} has no source",
                    o.id
                );
            }
        }
    }

    #[test]
    fn a_main_risk_for_one_substance_is_for_a_substance_the_option_is_used_for() {
        for o in texts().options {
            let mut seen: Vec<&str> = Vec::new();
            for r in o.glance.main_risk_for {
                let substance = r.substance.get();
                let used = match substance {
                    "alcohol" => o.alcohol.get(),
                    "opioids" => o.opioids.get(),
                    other => panic!("{}: main_risk_for {other:?}", o.id),
                };
                assert_ne!(used, "no", "{}: not used for {substance}", o.id);
                assert!(!seen.contains(&substance), "{}: {substance} twice", o.id);
                assert!(!r.text.is_empty(), "{} {substance}", o.id);
                seen.push(substance);
            }
        }
    }

    #[test]
    fn every_cited_source_resolves_to_a_full_reference() {
        let t = texts();
        let mut cited: BTreeSet<&str> = BTreeSet::new();
        for o in t.options {
            for (_, cell) in rows(o) {
                cited.extend(cell.sources.iter().map(|s| s.get()));
            }
            cited.extend(
                o.pros_sources
                    .iter()
                    .chain(o.cons_sources.iter())
                    .map(|s| s.get()),
            );
            for outcome in o.outcomes {
                cited.extend(outcome.sources.iter().map(|s| s.get()));
            }
        }
        for f in t.flags {
            cited.extend(f.sources.iter().map(|s| s.get()));
        }
        for f in t.factors {
            for g in f.grids {
                cited.extend(g.sources.iter().map(|s| s.get()));
            }
        }
        for q in t.quiz {
            cited.extend(q.sources.iter().map(|s| s.get()));
        }
        for a in t.articles {
            cited.extend(a.sources.iter().map(|s| s.get()));
        }
        for id in cited.iter().copied() {
            let s = source(t, id).unwrap_or_else(|| panic!("source {id} is not in sources.toml"));
            assert!(s.reference.len() > 10, "{id} needs a full reference");
        }
        let ids: BTreeSet<&str> = t.sources.iter().map(|s| s.id.get()).collect();
        assert_eq!(ids.len(), t.sources.len(), "source ids are unique");
        let uncited: Vec<&&str> = ids.difference(&cited).collect();
        assert!(uncited.is_empty(), "listed but never cited: {uncited:?}");
    }

    /// Every source says what kind of document it is, and has a link a person can open.
    #[test]
    fn every_source_has_a_kind_and_a_link() {
        for s in texts().sources {
            assert!(
                [
                    "label",
                    "guideline",
                    "regulator",
                    "review",
                    "trial",
                    "study",
                    "secondary"
                ]
                .contains(&s.kind.get()),
                "{}: kind {}",
                s.id,
                s.kind
            );
            assert!(
                texts().source_kinds.iter().any(|k| k.id == s.kind),
                "{}: the kind {} has words",
                s.id,
                s.kind
            );
            assert!(!s.links.is_empty(), "{}: a link to open", s.id);
            for link in s.links {
                assert!(
                    link.starts_with("https://") || link.starts_with("http://"),
                    "{}: {link}",
                    s.id
                );
            }
        }
    }

    /// A safety claim (a flag, or an option's start, risks, pregnancy, pain or stopping row)
    /// rests on at least one primary document, not only on news, copies or summaries.
    #[test]
    fn no_safety_claim_rests_only_on_secondary_sources() {
        let t = texts();
        let primary = |ids: &[recovery_options::content::Id]| {
            ids.iter()
                .any(|id| source(t, id).is_some_and(|s| s.kind != "secondary"))
        };
        for f in t.flags {
            assert!(primary(f.sources), "flag {}", f.id);
        }
        for o in t.options {
            for (row, cell) in rows(o) {
                let safety = [
                    "when_start",
                    "serious_risks",
                    "pregnancy",
                    "pain_relief",
                    "if_you_stop",
                ]
                .contains(&row);
                if safety && !cell.sources.is_empty() {
                    assert!(primary(cell.sources), "{} {row}", o.id);
                }
            }
        }
        for a in t.articles {
            assert!(primary(a.sources), "article {}", a.id);
        }
    }

    #[test]
    fn pros_and_cons_get_equal_space() {
        for o in texts().options {
            assert_eq!(o.pros.len(), o.cons.len(), "{}", o.id);
            assert_eq!(
                o.pros.len(),
                o.pros_sources.len(),
                "{}: one source per pro",
                o.id
            );
            assert_eq!(
                o.cons.len(),
                o.cons_sources.len(),
                "{}: one source per con",
                o.id
            );
        }
    }

    #[test]
    fn outcomes_use_one_frame_and_say_how_sure() {
        for o in texts().options {
            let (alcohol, opioids) = used_for(o);
            for outcome in o.outcomes {
                let at = format!("{} / {}", o.id, outcome.measure);
                assert!(
                    [
                        "two-groups",
                        "extra",
                        "days",
                        "per-thousand",
                        "no-clear-effect",
                        "no-numbers"
                    ]
                    .contains(&outcome.kind.get()),
                    "{at}: kind {}",
                    outcome.kind
                );
                assert!(
                    ["moderate", "low", "one-study", "observational"]
                        .contains(&outcome.certainty.get()),
                    "{at}"
                );
                let limit = if outcome.kind == "per-thousand" {
                    1000
                } else {
                    100
                };
                assert!(
                    outcome.with_option <= limit && outcome.comparison <= limit,
                    "{at}"
                );
                assert!(
                    !outcome.sources.is_empty(),
                    "{at}: every number shows its source"
                );
                assert!(
                    !outcome.group.is_empty() && !outcome.time_frame.is_empty(),
                    "{at}: group and time frame"
                );
                match outcome.substance.get() {
                    "alcohol" => assert!(alcohol, "{at}: option not used for alcohol"),
                    "opioids" => assert!(opioids, "{at}: option not used for opioids"),
                    other => panic!("{at}: substance {other}"),
                }
            }
        }
    }

    #[test]
    fn options_apply_to_substances_as_the_evidence_says() {
        let t = texts();
        let o = |id| option(t, id).unwrap();
        assert_eq!(
            (
                o("oral-naltrexone").alcohol.get(),
                o("oral-naltrexone").opioids.get()
            ),
            ("yes", "not-first-choice")
        );
        assert_eq!(
            (
                o("naltrexone-shot").alcohol.get(),
                o("naltrexone-shot").opioids.get()
            ),
            ("yes", "yes")
        );
        for id in ["buprenorphine-daily", "buprenorphine-shot", "methadone"] {
            assert_eq!(
                (o(id).alcohol.get(), o(id).opioids.get()),
                ("no", "yes"),
                "{id}"
            );
        }
        for id in ["acamprosate", "disulfiram"] {
            assert_eq!(
                (o(id).alcohol.get(), o(id).opioids.get()),
                ("yes", "no"),
                "{id}"
            );
        }
        for id in ["topiramate", "gabapentin"] {
            assert_eq!(
                (o(id).alcohol.get(), o(id).opioids.get()),
                ("off-label", "no"),
                "{id}"
            );
            assert!(
                o(id).name.contains("off-label"),
                "{id} is clearly marked off-label"
            );
        }
        // Guidelines offer counseling with medicine for opioids, not instead of it.
        assert_eq!(
            (
                o("no-medicine").alcohol.get(),
                o("no-medicine").opioids.get()
            ),
            ("yes", "with-medicine")
        );
    }

    #[test]
    fn the_default_options_fit_the_substance() {
        let t = texts();
        let ids = |substance| {
            let answers = Answers {
                substance,
                ..Answers::default()
            };
            options_for(t, &answers, false)
                .iter()
                .map(|o| o.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(Some(Substance::Alcohol)),
            [
                "oral-naltrexone",
                "naltrexone-shot",
                "acamprosate",
                "disulfiram",
                "topiramate",
                "gabapentin",
                "no-medicine"
            ]
        );
        assert_eq!(
            ids(Some(Substance::Opioids)),
            [
                "oral-naltrexone",
                "naltrexone-shot",
                "buprenorphine-daily",
                "buprenorphine-shot",
                "methadone",
                "no-medicine"
            ]
        );
        assert_eq!(ids(Some(Substance::Both)).len(), 10);
        assert_eq!(ids(None).len(), 10);
        let answers = Answers {
            substance: Some(Substance::Alcohol),
            ..Answers::default()
        };
        assert_eq!(options_for(t, &answers, true).len(), 10, "show all");
    }

    /// build.rs refuses a factor whose grids miss an option; this checks what a person then sees:
    /// for every factor shown for their substance, every option used for it has exactly one fit,
    /// with a reason.
    #[test]
    fn every_factor_places_every_option_once_for_each_substance_it_is_used_for() {
        let t = texts();
        assert!((8..=12).contains(&t.factors.len()));
        for factor in t.factors {
            for (substance, uses) in [(Substance::Alcohol, 0), (Substance::Opioids, 1)] {
                if !factors_for(t, Some(substance))
                    .iter()
                    .any(|f| f.id == factor.id)
                {
                    continue; // not shown for this substance (an opioid-only factor)
                }
                let grids = grids_for(factor, Some(substance));
                assert_eq!(grids.len(), 1, "{} {substance:?}", factor.id);
                for o in t.options {
                    // A grid for any substance places every option; one for a substance, the
                    // options used for it.
                    let used = grids[0].substance == "any" || [used_for(o).0, used_for(o).1][uses];
                    let placed = fit(grids[0], &o.id);
                    assert_eq!(
                        placed.is_some(),
                        used,
                        "{} {substance:?} {}",
                        factor.id,
                        o.id
                    );
                    if let Some((_, why)) = placed {
                        assert!(!why.is_empty(), "{} {}: a reason", factor.id, o.id);
                    }
                }
            }
            let both = grids_for(factor, Some(Substance::Both));
            assert!(
                both.len() == 1
                    || both
                        .iter()
                        .map(|g| g.substance.get())
                        .eq(["alcohol", "opioids"]),
                "{}: both substances, alcohol first",
                factor.id
            );
        }
    }

    /// The clinical review's grids: how well an option works, how safe it is in pregnancy and
    /// whether it needs a wait differ for alcohol and for opioids.
    #[test]
    fn the_grids_follow_the_evidence_for_each_substance() {
        let t = texts();
        let fit_of = |factor: &str, substance, option: &str| {
            let f = factor_of(t, factor).expect("a known factor");
            fit(grids_for(f, Some(substance))[0], option).map(|(fit, _)| fit)
        };
        use Fit::{Fits, NoFit, Partly};
        let opioids = Substance::Opioids;
        let alcohol = Substance::Alcohol;
        for (factor, substance, option, expected) in [
            ("works-well", opioids, "oral-naltrexone", NoFit),
            ("works-well", opioids, "no-medicine", NoFit),
            ("works-well", opioids, "methadone", Fits),
            ("works-well", opioids, "buprenorphine-daily", Fits),
            ("works-well", opioids, "naltrexone-shot", Partly),
            ("works-well", alcohol, "oral-naltrexone", Fits),
            ("pregnancy", opioids, "no-medicine", NoFit),
            ("pregnancy", opioids, "methadone", Fits),
            ("pregnancy", alcohol, "topiramate", NoFit),
            ("start-now", alcohol, "oral-naltrexone", Fits),
            ("start-now", opioids, "oral-naltrexone", NoFit),
            ("start-now", alcohol, "naltrexone-shot", Partly),
            ("overdose-protection", opioids, "naltrexone-shot", NoFit),
        ] {
            assert_eq!(
                fit_of(factor, substance, option),
                Some(expected),
                "{factor} {substance:?} {option}"
            );
        }
    }

    /// Suggested questions name their medicine, and no two that can be on one list say nearly
    /// the same thing (any flag's question and any option's can appear together): at most
    /// half their words in common once the medicine names are set aside.
    #[test]
    fn suggested_questions_name_their_medicine_and_do_not_repeat_each_other() {
        let t = texts();
        let names: BTreeSet<String> = t
            .options
            .iter()
            .flat_map(|o| o.name.split(|c: char| !c.is_alphanumeric()))
            .map(str::to_lowercase)
            .collect();
        let words = |text: &str| -> BTreeSet<String> {
            text.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .map(str::to_lowercase)
                .filter(|w| !w.is_empty() && !names.contains(w))
                .collect()
        };
        let mut all: Vec<(String, String)> = t
            .flags
            .iter()
            .map(|f| (format!("flag {}", f.id), f.question.to_string()))
            .collect();
        for o in t.options {
            let medicine = o.name.split(' ').next().unwrap_or_default().to_lowercase();
            for q in o.questions {
                assert!(
                    q.text.to_lowercase().contains(&medicine),
                    "{} {}: name the medicine ({medicine}): {}",
                    o.id,
                    q.id,
                    q.text
                );
                all.push((format!("{} {}", o.id, q.id), q.text.to_string()));
            }
        }
        for (i, (a, x)) in all.iter().enumerate() {
            for (b, y) in &all[i + 1..] {
                let (x, y) = (words(x), words(y));
                let shared = x.intersection(&y).count() as f64;
                let similar = shared / x.union(&y).count() as f64;
                assert!(
                    similar <= 0.5,
                    "{a} and {b} say nearly the same ({similar:.2})"
                );
            }
        }
    }

    /// A raised point shows on the options it concerns, with its key fact and the answers
    /// that raised it, in the person's terms.
    #[test]
    fn safety_notes_follow_each_raised_point_to_the_options_it_concerns() {
        use recovery_options::content::safety_notes;
        use recovery_options::domain::answers::LastUse;
        let t = texts();
        for f in t.flags {
            assert!(!f.key_fact.is_empty(), "{}: a key fact", f.id);
            for o in f.options {
                assert!(option(t, o).is_some(), "{}: no option {o}", f.id);
            }
        }
        let answers = Answers {
            substance: Some(Substance::Opioids),
            last_opioid_use: Some(LastUse::Today),
            ..Answers::default()
        };
        let notes = safety_notes(t, &answers, "naltrexone-shot");
        let ids: Vec<&str> = notes.iter().map(|n| n.flag.id()).collect();
        assert_eq!(ids, ["overdose-after-stopping", "opioids-recent"]);
        assert_eq!(
            notes[1].said, "You said: Last used opioids: In the last day.",
            "in the person's terms"
        );
        assert!(notes[1].key_fact.contains("7 to 10 days"));
        assert!(
            safety_notes(t, &answers, "methadone").is_empty(),
            "no naltrexone wait on methadone"
        );
    }

    /// Wherever options are listed, they carry the brands people know: a person who knows
    /// only "Vivitrol" can tell it is covered.
    #[test]
    fn listed_names_carry_the_brands_people_know() {
        for o in texts().options {
            assert!(
                o.list_name.starts_with(o.name.split(" (").next().unwrap()),
                "{}",
                o.id
            );
            let brands = o
                .brand
                .split([',', '(', ')'])
                .flat_map(|part| part.split(" and "))
                .map(str::trim)
                .filter(|b| b.chars().next().is_some_and(char::is_uppercase))
                .filter_map(|b| b.split_whitespace().next());
            for brand in brands {
                assert!(
                    o.list_name.contains(brand),
                    "{}: {} lacks {brand}",
                    o.id,
                    o.list_name
                );
            }
        }
    }

    #[test]
    fn every_flag_has_its_text_and_question() {
        let t = texts();
        assert_eq!(t.flags.len(), Flag::ALL.len());
        for f in Flag::ALL {
            let text = flag(t, f);
            assert!(
                !text.explain.is_empty() && text.question.ends_with('?'),
                "{}",
                f.id()
            );
            assert!(!text.sources.is_empty(), "{}", f.id());
        }
    }

    /// Each person sees five or six facts about their own substance (all of them when they
    /// chose both or did not say), and the four SURE items.
    #[test]
    fn the_check_screen_has_5_or_6_facts_for_each_substance_and_the_4_sure_items() {
        let t = texts();
        for q in t.quiz {
            assert!(
                ["any", "alcohol", "opioids"].contains(&q.substance.get()),
                "{}",
                q.id
            );
        }
        let ids = |s| {
            quiz_for(t, Some(s))
                .iter()
                .map(|q| q.id.get())
                .collect::<Vec<_>>()
        };
        for s in [Substance::Alcohol, Substance::Opioids] {
            assert!((5..=6).contains(&ids(s).len()), "{s:?}: {:?}", ids(s));
        }
        assert!(ids(Substance::Alcohol).contains(&"withdrawal"));
        assert!(
            !ids(Substance::Alcohol).contains(&"wait"),
            "no opioid wait for alcohol"
        );
        assert!(!ids(Substance::Opioids).contains(&"disulfiram"));
        assert_eq!(quiz_for(t, None).len(), t.quiz.len());
        assert_eq!(quiz_for(t, Some(Substance::Both)).len(), t.quiz.len());
        let ids: Vec<&str> = t.sure.iter().map(|s| s.id.get()).collect();
        assert_eq!(ids, SURE_ITEMS);
    }

    /// What matters to me does not ask a person who chose alcohol alone about opioid overdose,
    /// or whether an option is an opioid (none of theirs is).
    #[test]
    fn values_fit_the_substance() {
        let t = texts();
        let ids = |s| {
            factors_for(t, s)
                .iter()
                .map(|f| f.id.get())
                .collect::<Vec<_>>()
        };
        let alcohol = ids(Some(Substance::Alcohol));
        assert!(!alcohol.contains(&"overdose-protection") && !alcohol.contains(&"not-an-opioid"));
        assert!(alcohol.contains(&"works-well"));
        let rated = t.factors.iter().filter(|f| f.rated).count();
        assert_eq!(ids(Some(Substance::Opioids)).len(), rated);
        assert_eq!(ids(None).len(), rated);
        // The drinking goal is a lens: never rated, shown to everyone asking about alcohol, and
        // it places every alcohol option.
        assert!(!alcohol.contains(&"cut-down"));
        let all: Vec<_> = t.options.iter().collect();
        let lens = |s| {
            lenses(t, &all, s)
                .iter()
                .map(|l| {
                    (
                        l.factor.id.get(),
                        l.grids.iter().map(|g| g.fits.len()).sum(),
                    )
                })
                .collect::<Vec<(&str, usize)>>()
        };
        let alcohol_options = t.options.iter().filter(|o| o.alcohol != "no").count();
        assert_eq!(
            lens(Some(Substance::Alcohol)),
            [("cut-down", alcohol_options)]
        );
        assert_eq!(lens(Some(Substance::Both)), [("cut-down", alcohol_options)]);
        assert_eq!(lens(Some(Substance::Opioids)), []);
    }

    #[test]
    fn every_library_article_is_sourced_and_dated() {
        let t = texts();
        let ids: Vec<&str> = t.articles.iter().map(|a| a.id.get()).collect();
        assert_eq!(ids.len(), 10);
        for a in t.articles {
            assert!(!a.sources.is_empty() && a.reviewed.len() == 10, "{}", a.id);
            assert!(a.paragraphs.len() >= 3, "{}", a.id);
            assert!(
                ["any", "alcohol", "opioids"].contains(&a.substance.get()),
                "{}: substance {}",
                a.id,
                a.substance
            );
        }
    }

    /// Every text a person reads (the same set the reading-level check grades).
    #[test]
    fn no_text_tells_a_person_what_to_choose() {
        let prose = super::prose::prose();
        assert!(prose.len() > 600, "{}", prose.len());
        for (path, text) in prose {
            let lower = text.to_lowercase();
            for word in [
                "best choice for you is",
                "we recommend",
                "you should choose",
                "you should take",
                "you should try",
                "the best option",
                "the right choice",
                "is best for you",
            ] {
                assert!(!lower.contains(word), "directive wording at {path}: {text}");
            }
            for word in ["addict", "abuser", "alcoholic ", "clean", "dirty"] {
                assert!(
                    !lower.contains(word),
                    "stigmatising word {word:?} at {path}: {text}"
                );
            }
        }
    }
}

/// Counts read right for one and for more: every text with a `{count}` of things has a form for
/// one (`one`, `other`), except the declared few whose words do not change with the number.
#[test]
fn every_count_of_things_has_a_form_for_one() {
    use std::collections::BTreeMap;
    const SAME_FOR_ANY_NUMBER: &[&str] = &[
        "compare.icons_label",   // "A picture of 100: 1 colored, 99 not colored."
        "data.answers_count",    // "Answers you gave: 1."
        "values.rated",          // "You rated 1 of 11."
        "data.stored_values",    // "Ratings on What matters to me: 1."
        "data.stored_check",     // "Answers on Check: 1."
        "data.stored_questions", // "Questions on My visit: 1. Answers or notes: 0."
    ];
    let keyed: BTreeMap<String, String> = prose::keyed().into_iter().collect();
    let mut pairs = 0;
    for (path, text) in &keyed {
        if !text.contains("{count}") || SAME_FOR_ANY_NUMBER.contains(&path.as_str()) {
            continue;
        }
        let base = path
            .strip_suffix(".other")
            .unwrap_or_else(|| panic!("{path}: a count of things needs `one` and `other` forms"));
        let one = &keyed[&format!("{base}.one")];
        assert!(
            !one.contains("{count}") && one.contains('1'),
            "{base}.one: {one}"
        );
        pairs += 1;
    }
    assert!(pairs >= 3, "{pairs}");
    let raise = &texts().raise.count;
    assert_eq!(
        recovery_options::content::plural(raise, 1),
        "Your answers raise 1 point to talk about."
    );
    assert_eq!(
        recovery_options::content::plural(raise, 2),
        "Your answers raise 2 points to talk about."
    );
}

/// The words ship as a file beside the wasm; a file from another build must be refused, not
/// shown as the wrong words.
#[test]
fn only_the_texts_file_of_this_build_loads() {
    use recovery_options::content::{load, EN_STRINGS};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/texts/texts-en.txt");
    let real = std::fs::read_to_string(&path).expect("build.rs wrote the texts file");
    let mut changed = real.clone();
    changed.replace_range(0..1, "#");
    let truncated = real[..real.len() / 2].to_string();
    for (what, blob) in [
        ("changed", changed),
        ("truncated", truncated),
        ("empty", String::new()),
    ] {
        assert!(load(blob, &EN_STRINGS).is_err(), "a {what} file is refused");
    }
    assert!(!texts().options[0].name.is_empty(), "the texts still read");
    assert_eq!(load(real, &EN_STRINGS), Ok(()));
    assert!(
        EN_STRINGS.name.starts_with("texts-en-") && EN_STRINGS.name.ends_with(".txt"),
        "{}",
        EN_STRINGS.name
    );
}

#[test]
fn texts_carry_their_language_and_ids_are_not_words() {
    let t = texts();
    assert_eq!(recovery_options::content::lang(), "en");
    // An id is the content's name for an item, compiled in; the same in every language.
    assert_eq!(t.options[0].id.get(), "oral-naltrexone");
    assert_eq!(
        recovery_options::domain::ids::option::ORAL_NALTREXONE,
        t.options[0].id.get()
    );
}

/// Each kind of shot reminder the code declares has its words, and only those.
#[test]
fn every_shot_kind_has_its_words() {
    use recovery_options::domain::calendar::SHOTS;
    let t = texts();
    let mut declared: Vec<&str> = SHOTS.iter().map(|s| s.id).collect();
    let mut worded: Vec<&str> = t.take.shots.iter().map(|s| s.id.get()).collect();
    declared.sort_unstable();
    worded.sort_unstable();
    assert_eq!(declared, worded);
}
