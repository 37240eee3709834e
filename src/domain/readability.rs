//! The Flesch-Kincaid reading grade of a text: 0.39 x words per sentence + 11.8 x syllables
//! per word - 15.59. Syllables are estimated from vowel groups, as readability tools do.
//!
//! Two rules keep the formula honest for this guide:
//! - Medicine names count as one syllable. A person must learn them, and the formula would
//!   otherwise score a plain sentence with "buprenorphine" as hard as one full of jargon.
//! - The formula is meaningless for a few words ("Library" scores grade 20), so texts under
//!   [`MIN_WORDS`] words are graded together, as one passage, by [`summary`] and the tests.

/// Texts shorter than this are graded together as one passage.
pub const MIN_WORDS: usize = 10;

/// Names of medicines and products that a person needs to know, counted as one syllable.
const NAMES: &[&str] = &[
    "naltrexone",
    "buprenorphine",
    "methadone",
    "acamprosate",
    "disulfiram",
    "topiramate",
    "gabapentin",
    "naloxone",
    "benzodiazepines",
    "benzodiazepine",
    "vivitrol",
    "sublocade",
    "brixadi",
    "suboxone",
    "subutex",
    "antabuse",
    "narcan",
    "fentanyl",
    "methadose",
    "topamax",
    "neurontin",
    "pregabalin",
    "lyrica",
    "xanax",
    "valium",
    "opioid",
    "opioids",
];

/// The words of a text, without punctuation.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The grade of `text`, or `None` for a text with no words.
pub fn grade(text: &str) -> Option<f64> {
    let (per_sentence, per_word) = averages(text, syllables)?;
    Some(0.39 * per_sentence + 11.8 * per_word - 15.59)
}

/// Words per sentence and syllables per word, what both formulas rest on (each language counts
/// its own syllables); `None` for a text with no words.
fn averages(text: &str, syllables: fn(&str) -> usize) -> Option<(f64, f64)> {
    let words = words(text);
    if words.is_empty() {
        return None;
    }
    let sentences = text
        .split(['.', '!', '?', ':', ';'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let words = words.len() as f64;
    Some((words / sentences as f64, syllables as f64 / words))
}

/// Estimated syllables of one word. Numbers count as one.
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let base = word.trim_end_matches("'s");
    if NAMES.contains(&base) || base.split('-').all(|part| NAMES.contains(&part)) {
        return 1;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 1;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // A silent final "e" (make, take), but not "-le" (table).
    let n = letters.len();
    if n > 2 && letters[n - 1] == 'e' && !is_vowel(letters[n - 2]) && letters[n - 2] != 'l' {
        count -= 1;
    }
    // "-ed" is usually silent (used, helped), except after t or d (wanted).
    if n > 3
        && letters[n - 2] == 'e'
        && letters[n - 1] == 'd'
        && !"td".contains(letters[n - 3])
        && count > 1
    {
        count -= 1;
    }
    count.max(1)
}

/// Splits texts into the passages that are graded: every text of [`MIN_WORDS`] or more words on
/// its own, and all shorter ones joined into one passage (each as a sentence).
pub fn passages<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut passages = Vec::new();
    let mut short = Vec::new();
    for text in texts {
        if words(text).len() >= MIN_WORDS {
            passages.push(text.to_string());
        } else if !words(text).is_empty() {
            short.push(text.trim_end_matches(['.', '?', '!', ':']).to_string());
        }
    }
    if !short.is_empty() {
        passages.push(short.join(". "));
    }
    passages
}

/// The highest and the median grade of a set of texts, graded as [`passages`].
pub fn summary<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<(f64, f64)> {
    let passages = passages(texts);
    let mut grades: Vec<f64> = passages.iter().filter_map(|p| grade(p)).collect();
    if grades.is_empty() {
        return None;
    }
    grades.sort_by(f64::total_cmp);
    let max = *grades.last().unwrap();
    let mid = grades.len() / 2;
    let median = if grades.len().is_multiple_of(2) {
        (grades[mid - 1] + grades[mid]) / 2.0
    } else {
        grades[mid]
    };
    Some((max, median))
}

/// Estimated syllables of one Spanish word: each group of vowels is one syllable, except that
/// two strong vowels (a, e, o) or a strong vowel and an accented í or ú are split (hiatus), the
/// u of que, qui, gue and gui is silent, and a y sounds as a vowel only where no vowel follows
/// (hoy, muy). Numbers count as one.
pub fn syllables_es(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 1;
    }
    let letters: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let strong = |c: char| "aeoáéóíú".contains(c);
    let vowel_at = |i: usize| -> bool {
        let c = letters[i];
        if "aeiouáéíóúü".contains(c) {
            // The u of que, qui, gue, gui is not sounded.
            let silent_u = c == 'u'
                && i > 0
                && "qg".contains(letters[i - 1])
                && letters.get(i + 1).is_some_and(|n| "eiéí".contains(*n));
            return !silent_u;
        }
        c == 'y'
            && !letters
                .get(i + 1)
                .is_some_and(|n| "aeiouáéíóú".contains(*n))
    };
    let mut count = 0;
    let mut previous: Option<char> = None;
    for (i, &c) in letters.iter().enumerate() {
        if !vowel_at(i) {
            previous = None;
            continue;
        }
        match previous {
            Some(p) if !(strong(p) && strong(c)) => {}
            _ => count += 1,
        }
        previous = Some(c);
    }
    count.max(1)
}

/// The Fernández-Huerta reading ease of a Spanish text (as corrected by Law, 2011):
/// 206.84 - 60 x syllables per word - 1.02 x words per sentence. Higher is easier: 70-80 is
/// fairly easy (about US grade 6), 60-70 plain (grades 7-8). `None` for a text with no words.
pub fn reading_ease_es(text: &str) -> Option<f64> {
    let (per_sentence, per_word) = averages(text, syllables_es)?;
    Some(206.84 - 60.0 * per_word - 1.02 * per_sentence)
}
