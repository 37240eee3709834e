//! Plain language, checked: every text a person reads scores US grade 8 or lower on the
//! Flesch-Kincaid formula.

use recovery_options::content::{patient_texts, texts};
use recovery_options::domain::readability::{grade, passages, summary, syllables};

const MAX_GRADE: f64 = 8.0;

#[test]
fn every_patient_facing_text_is_at_or_below_grade_8() {
    let texts = patient_texts(texts());
    assert!(
        texts.len() > 200,
        "the check covers the guide's texts ({})",
        texts.len()
    );
    let passages = passages(texts.iter().map(String::as_str));
    let mut too_hard: Vec<(f64, &str)> = passages
        .iter()
        .filter_map(|t| grade(t).map(|g| (g, t.as_str())))
        .filter(|(g, _)| *g > MAX_GRADE)
        .collect();
    too_hard.sort_by(|a, b| b.0.total_cmp(&a.0));
    let report: Vec<String> = too_hard
        .iter()
        .map(|(g, t)| format!("{g:.1}: {t}"))
        .collect();
    assert!(
        too_hard.is_empty(),
        "{} texts above grade {MAX_GRADE}:\n{}",
        report.len(),
        report.join("\n")
    );
    let (max, median) = summary(texts.iter().map(String::as_str)).unwrap();
    println!(
        "readability: {} texts, highest grade {max:.1}, median {median:.1}",
        texts.len()
    );
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
