//! Plain language, checked: every text of the texts file a person reads (all of them but the
//! declared non-prose keys in `support/prose.rs`) scores US grade 8 or lower on the
//! Flesch-Kincaid formula, and the About screen's reading figures are those of the same texts.

#[path = "support/prose.rs"]
mod prose;

use recovery_options::content::texts;
use recovery_options::domain::readability::{
    grade, passages, reading_ease_es, summary, syllables, syllables_es,
};

const MAX_GRADE: f64 = 8.0;

#[test]
fn every_patient_facing_text_is_at_or_below_grade_8() {
    let prose = prose::prose();
    assert!(
        prose.len() > 600,
        "the check covers the guide's texts ({})",
        prose.len()
    );
    // Hardest first.
    let too_hard: Vec<String> = scored(&prose, grade)
        .iter()
        .rev()
        .filter(|(g, _)| *g > MAX_GRADE)
        .map(|(g, t)| format!("{g:.1}: {t}"))
        .collect();
    assert!(
        too_hard.is_empty(),
        "{} texts above grade {MAX_GRADE}:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
}

/// Every passage of `prose` (grouped as [`passages`] does) with its score, lowest first.
fn scored(prose: &[(String, String)], score: fn(&str) -> Option<f64>) -> Vec<(f64, String)> {
    let mut scores: Vec<(f64, String)> = passages(prose.iter().map(|(_, text)| text.as_str()))
        .into_iter()
        .filter_map(|text| score(&text).map(|s| (s, text)))
        .collect();
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    scores
}

/// The About screen states the highest and the median grade; they must be today's.
#[test]
fn the_about_screen_states_the_measured_reading_figures() {
    let prose = prose::prose();
    let (max, median) = summary(prose.iter().map(|(_, text)| text.as_str())).unwrap();
    let (max, median) = (format!("{max:.1}"), format!("{median:.1}"));
    println!(
        "readability: {} texts, highest grade {max}, median {median}",
        prose.len()
    );
    let a = &texts().about;
    assert_eq!(
        (a.readability_max.get(), a.readability_median.get()),
        (max.as_str(), median.as_str()),
        "set readability_max and readability_median in content/en/about.toml to the measured figures"
    );
}

/// The Welcome screen's times are honest: the questions (read at 200 words a minute, plus five
/// seconds an answer) take about 10 minutes, and the options for one substance about 15 more.
#[test]
fn the_welcome_screen_states_honest_times() {
    let words = |text: &str| text.split_whitespace().count() as f64;
    let keyed = prose::keyed();
    let mut question_words = 0.0;
    let mut answers = 0.0;
    for (path, text) in &keyed {
        let first = path.split('.').next().unwrap_or("");
        let key = path.rsplit('.').next().unwrap_or("");
        let asked = (first == "questions" && key == "legend")
            || (first == "factors" && (key == "title" || key == "explain"))
            || (first == "quiz" && key == "statement")
            || (first == "sure" && key == "question");
        if asked {
            question_words += words(text);
            answers += 1.0;
        } else if first == "questions" {
            question_words += words(text); // the answers' labels
        }
    }
    let answering = question_words / 200.0 + answers * 5.0 / 60.0;
    let t = texts();
    for substance in ["alcohol", "opioids"] {
        let used: Vec<String> = t
            .options
            .iter()
            .filter(|o| {
                if substance == "alcohol" {
                    o.alcohol != "no"
                } else {
                    o.opioids != "no"
                }
            })
            .map(|o| format!("options.{}.", o.id))
            .collect();
        let option_words: f64 = prose::prose()
            .iter()
            .filter(|(path, _)| used.iter().any(|u| path.starts_with(u.as_str())))
            .map(|(_, text)| words(text))
            .sum();
        let reading = option_words / 200.0;
        println!("{substance}: answering {answering:.1} min, reading the options {reading:.1} min");
        assert!(
            (10.0..=20.0).contains(&reading),
            "{substance}: {reading:.1} min"
        );
    }
    assert!((5.0..=12.0).contains(&answering), "{answering:.1} min");
    let welcome = t
        .pages
        .welcome
        .points
        .iter()
        .map(|p| p.get())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        welcome.contains("about 10 minutes") && welcome.contains("about 15 minutes more"),
        "{welcome}"
    );
}

/// Every key of the texts file is either graded or declared as not prose: a new kind of text
/// cannot slip past the check unnoticed.
#[test]
fn the_declared_non_prose_keys_are_only_ids_links_citations_and_values() {
    for (path, text) in prose::keyed() {
        if prose::is_prose(&path) || path.contains(".outcomes.") {
            continue;
        }
        let words = text.split_whitespace().count();
        let looks_like_a_sentence = words > 6 && text.ends_with('.') && !path.contains("reference");
        assert!(
            !looks_like_a_sentence,
            "{path} is skipped as not prose but reads like a sentence: {text}"
        );
    }
}

#[test]
fn the_formula_matches_known_values() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("medicine"), 3);
    assert_eq!(syllables("used"), 1);
    assert_eq!(
        syllables("buprenorphine"),
        1,
        "medicine names count as one syllable"
    );
    assert_eq!(syllables("wanted"), 2);
    // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables: 0.39*6 + 11.8 - 15.59.
    let g = grade("The cat sat on the mat.").unwrap();
    assert!((g - (-1.45)).abs() < 0.01, "{g}");
    // Long words and long sentences score high.
    let hard = grade("Pharmacological interventions demonstrated statistically significant improvements in abstinence outcomes across heterogeneous populations.").unwrap();
    assert!(hard > 12.0, "{hard}");
}

/// Easy Spanish: the Fernández-Huerta reading ease (corrected formula) of every Spanish text, graded
/// in the same passages as the English, is 60 or more, and the median 70 or more (fairly easy:
/// about US grade 6).
#[test]
fn every_spanish_text_reads_easily() {
    let prose = prose::prose_es();
    assert!(
        prose.len() > 600,
        "the check covers the Spanish texts ({})",
        prose.len()
    );
    let scores = scored(&prose, reading_ease_es);
    let median = scores[scores.len() / 2].0;
    println!(
        "Spanish reading ease: {} passages, lowest {:.1}, median {median:.1}",
        scores.len(),
        scores[0].0
    );
    let too_hard: Vec<String> = scores
        .iter()
        .filter(|(s, _)| *s < 60.0)
        .map(|(s, t)| format!("{s:.1}: {t}"))
        .collect();
    assert!(
        too_hard.is_empty(),
        "{} Spanish texts under 60:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
    assert!(median >= 70.0, "the median Spanish text scores {median:.1}");
    // The Spanish About screen states these figures; they must be today's.
    let keyed: std::collections::BTreeMap<String, String> = prose::keyed_es().into_iter().collect();
    assert_eq!(
        (
            keyed["about.readability_max"].as_str(),
            keyed["about.readability_median"].as_str()
        ),
        (
            format!("{:.1}", scores[0].0).as_str(),
            format!("{median:.1}").as_str()
        ),
        "set readability_max and readability_median in content/es/about.toml to the measured figures"
    );
}

/// The Spanish syllable count the reading ease rests on, on words with diphthongs, hiatus, a
/// silent u and a y that is a vowel.
#[test]
fn spanish_syllables_are_counted_as_spoken() {
    for (word, count) in [
        ("naltrexona", 4),
        ("buprenorfina", 5),
        ("día", 2),
        ("ciudad", 2),
        ("leer", 2),
        ("aeropuerto", 5),
        ("guía", 2),
        ("que", 1),
        ("pingüino", 3),
        ("hoy", 1),
        ("ayuda", 3),
        ("país", 2),
        ("cuidado", 3),
        ("inyección", 3),
        ("Sobredosis", 4),
        ("988", 1),
    ] {
        assert_eq!(syllables_es(word), count, "{word}");
    }
    assert!(reading_ease_es("").is_none());
    // Short words in short sentences read more easily than long ones in a long sentence.
    let easy = reading_ease_es("Es gratis. Puede llamar hoy.").unwrap();
    let hard = reading_ease_es("La administración concomitante incrementa considerablemente la probabilidad de complicaciones respiratorias.").unwrap();
    assert!(easy > 90.0 && hard < 30.0, "{easy} {hard}");
}
