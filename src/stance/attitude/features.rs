//! Target-aware features of the attitude model: what words surround the target,
//! how far away, inside which clause, under which negation, nearer to the target
//! than to any other name, and what the polarity lexicon says about them.
//!
//! Every feature is a hash of (template, value) with a real value, and remembers
//! the token it came from so that the model can show its evidence.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::knowledge::FastBuild;
use crate::learn::{feature, hash_bytes};
use crate::stance::quotes::verb_class;

/// A feature: its hash, its value and the token (sentence-relative) it describes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Feature {
    /// Hash of template and value.
    pub key: u64,
    /// Real value (1 for indicator features).
    pub value: f32,
    /// Index of the word it came from, if one.
    pub word: Option<usize>,
}

/// The model's bias feature, left out of regularisation when training.
pub const BIAS: u64 = 0x5eed_b1a5;

mod t {
    pub const WORD: u64 = 1;
    pub const LEFT: u64 = 2;
    pub const RIGHT: u64 = 3;
    pub const LEFT_NEAR: u64 = 4;
    pub const RIGHT_NEAR: u64 = 5;
    pub const BIGRAM: u64 = 6;
    pub const NEGATED: u64 = 7;
    pub const SPEAKER: u64 = 8;
    pub const LEX_NEAR: u64 = 10;
    pub const LEX_ALL: u64 = 11;
    pub const LEX_SIDE: u64 = 12;
    pub const STEM_LEFT: u64 = 13;
    pub const STEM_RIGHT: u64 = 14;
    pub const STEM: u64 = 15;
    pub const CLAUSE_LEFT: u64 = 16;
    pub const CLAUSE_RIGHT: u64 = 17;
    pub const LEX_OWN: u64 = 18;
    pub const STEM_OWN: u64 = 19;
    pub const NAMES: u64 = 20;
    pub const NEXT: u64 = 21;
    pub const PREV: u64 = 22;
    pub const PREV_NEXT: u64 = 23;
    pub const QUOTED: u64 = 24;
    pub const LEX_QUOTED: u64 = 25;
    pub const CLAUSE_LEX: u64 = 26;
    pub const PRONOUN: u64 = 27;
    pub const POSSESSED: u64 = 28;
}

/// Valence of a word the lexicon lacks but whose negating prefix is on a word it
/// has: "inauthentic", "unfair", "dishonest" read against "authentic", "fair",
/// "honest". Weaker than the base word: the prefix does not always negate.
fn derived_valence(word: &str) -> Option<f32> {
    const PREFIXES: [&str; 7] = ["un", "in", "im", "ir", "il", "dis", "non"];
    PREFIXES.iter().find_map(|p| {
        let rest = word.strip_prefix(p)?;
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        if rest.len() < 4 {
            return None;
        }
        valence(rest).map(|v| -0.7 * v)
    })
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "him"
            | "her"
            | "them"
            | "his"
            | "their"
            | "it"
            | "its"
            | "we"
            | "us"
            | "our"
            | "i"
            | "me"
            | "my"
            | "you"
            | "your"
            | "himself"
            | "herself"
            | "themselves"
    )
}

/// Valence (-4..4) of a word in the polarity lexicon (`knowledge/stance/polarity.tsv`).
pub fn valence(word: &str) -> Option<f32> {
    static MAP: OnceLock<HashMap<&'static str, f32, FastBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../../../knowledge/stance/polarity.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w, v.trim().parse().ok()?))
            })
            .collect()
    })
    .get(word)
    .copied()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Negator,
    Break,
}

fn scope(word: &str) -> Option<Scope> {
    static MAP: OnceLock<HashMap<&'static str, Scope, FastBuild>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        include_str!("../../../knowledge/stance/scope.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, r) = l.split_once('\t')?;
                match r.trim() {
                    "negator" => Some((w, Scope::Negator)),
                    "break" => Some((w, Scope::Break)),
                    _ => None,
                }
            })
            .collect()
    });
    if let Some(s) = map.get(word) {
        return Some(*s);
    }
    let punct = !word.is_empty() && word.chars().all(|c| !c.is_alphanumeric());
    punct.then_some(Scope::Break)
}

/// Crude suffix stripping, so "criticised", "criticism" and "criticising" share
/// features: the training set is small, and unseen inflections are common.
fn stem(w: &str) -> &str {
    // Longest first, so "ments" wins over "s".
    const SUFFIXES: [&str; 21] = [
        "ations", "ments", "ation", "ings", "ness", "ment", "ists", "ised", "ized", "ing", "ies",
        "ied", "ism", "ist", "ive", "ity", "ed", "es", "ly", "al", "s",
    ];
    for suf in SUFFIXES {
        if w.len() > suf.len() + 3 && w.ends_with(suf) && w.is_char_boundary(w.len() - suf.len()) {
            return &w[..w.len() - suf.len()];
        }
    }
    w
}

/// Lowercase, with curly apostrophes straight.
pub fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .collect()
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=3 => d as u64,
        4..=6 => 5,
        7..=12 => 10,
        _ => 99,
    }
}

/// Features of one sentence's words (as written) toward the target words
/// `target` (a range of word indices, non-empty).
///
/// ```
/// use slant::stance::attitude::features::extract;
/// let words = ["Critics", "condemned", "the", "minister", "."];
/// let feats = extract(&words, 3..4);
/// assert!(feats.iter().any(|f| f.word == Some(1)));
/// ```
pub fn extract(words: &[&str], target: std::ops::Range<usize>) -> Vec<Feature> {
    let mut out = Vec::with_capacity(words.len() * 14);
    let start = target.start.min(words.len());
    let target = start..target.end.min(words.len()).max(start);
    // The sentence with the target collapsed to one position `tp`.
    let lower: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut seq: Vec<(&str, Option<usize>)> = Vec::with_capacity(words.len());
    for (i, w) in lower.iter().enumerate().take(target.start) {
        seq.push((w, Some(i)));
    }
    let tp = seq.len();
    seq.push(("<T>", None));
    for (i, w) in lower.iter().enumerate().skip(target.end) {
        seq.push((w, Some(i)));
    }
    let hashes: Vec<u64> = seq.iter().map(|(w, _)| hash_bytes(w.as_bytes())).collect();
    let stems: Vec<u64> = seq
        .iter()
        .map(|(w, _)| hash_bytes(stem(w).as_bytes()))
        .collect();
    let mut put = |template: u64, value_hash: u64, value: f32, word: Option<usize>| {
        out.push(Feature {
            key: feature(template, value_hash),
            value,
            word,
        });
    };
    put(0, BIAS, 1.0, None);
    // Other names: capitalised words not at a sentence or quote start and not in the
    // lexicon. A sentiment word nearer one of them than to the target is likely about it.
    let names: Vec<usize> = (0..seq.len())
        .filter(|&p| {
            let Some(i) = seq[p].1 else { return false };
            p > 0
                && words[i].chars().next().is_some_and(char::is_uppercase)
                && valence(seq[p].0).is_none()
                && !matches!(seq[p - 1].0, "." | "\"" | "“" | "'" | ":")
        })
        .collect();
    put(t::NAMES, 0, names.len().min(4) as f32 / 4.0, None);
    // Inside a quotation: between an opening and a closing mark (or after an odd
    // number of straight double quotes).
    let mut in_quote = vec![false; seq.len()];
    let mut open = false;
    for (p, (w, _)) in seq.iter().enumerate() {
        match *w {
            "“" => open = true,
            "”" => open = false,
            "\"" => open = !open,
            _ => in_quote[p] = open,
        }
    }
    if open {
        // An unclosed quote says nothing reliable.
        in_quote.iter_mut().for_each(|q| *q = false);
    }
    if in_quote[tp] {
        put(t::QUOTED, 0, 1.0, None);
    }
    // The target's clause: out to the nearest break on each side.
    let clause = {
        let mut a = tp;
        while a > 0 && scope(seq[a - 1].0).is_none() {
            a -= 1;
        }
        let mut b = tp + 1;
        while b < seq.len() && scope(seq[b].0).is_none() {
            b += 1;
        }
        (a, b)
    };
    let mut lex_clause = [0f32; 2];
    let mut negated = false;
    for (p, &(w, word)) in seq.iter().enumerate() {
        if p != tp {
            let d = p.abs_diff(tp);
            let left = p < tp;
            let (h, s) = (hashes[p], stems[p]);
            put(t::WORD, h, 1.0, word);
            put(
                if left { t::LEFT } else { t::RIGHT },
                h ^ bucket(d),
                1.0,
                word,
            );
            if d <= 8 {
                put(
                    if left { t::LEFT_NEAR } else { t::RIGHT_NEAR },
                    h,
                    1.0,
                    word,
                );
                put(
                    if left { t::STEM_LEFT } else { t::STEM_RIGHT },
                    s,
                    1.0,
                    word,
                );
            }
            put(t::STEM, s, 1.0, word);
        }
        if p + 1 < seq.len() {
            put(
                t::BIGRAM,
                hashes[p] ^ hashes[p + 1].rotate_left(17),
                1.0,
                word,
            );
        }
        match scope(w) {
            Some(Scope::Negator) => {
                negated = true;
                continue;
            }
            Some(Scope::Break) => negated = false,
            None => {}
        }
        if p == tp {
            continue;
        }
        if negated {
            put(t::NEGATED, hashes[p], 1.0, word);
        }
        let v = valence(w).or_else(|| derived_valence(w));
        if let Some(mut v) = v {
            if negated {
                v *= -0.7;
            }
            let d = p.abs_diff(tp);
            let pol = u64::from(v > 0.0);
            let strength = v.abs() / 4.0;
            put(t::LEX_NEAR, pol, strength / (1.0 + d as f32 / 4.0), word);
            put(t::LEX_ALL, pol, strength, word);
            let band = match d {
                0..=2 => 1,
                3..=5 => 2,
                6..=10 => 3,
                _ => 4,
            };
            put(
                t::LEX_SIDE,
                pol << 8 | u64::from(p < tp) << 4 | band,
                strength,
                word,
            );
            if in_quote[p] != in_quote[tp] {
                put(
                    t::LEX_QUOTED,
                    pol << 1 | u64::from(in_quote[p]),
                    strength,
                    word,
                );
            }
            if (clause.0..clause.1).contains(&p) {
                lex_clause[usize::from(v > 0.0)] += strength;
            }
            let own = names.iter().all(|&n| n.abs_diff(p) >= d);
            put(t::LEX_OWN, pol << 1 | u64::from(own), strength, word);
            if own {
                put(t::STEM_OWN, stems[p], 1.0, word);
            }
        }
    }
    for p in clause.0..tp {
        put(t::CLAUSE_LEFT, stems[p], 1.0, seq[p].1);
    }
    for p in tp + 1..clause.1 {
        put(t::CLAUSE_RIGHT, stems[p], 1.0, seq[p].1);
    }
    for (k, x) in lex_clause.into_iter().enumerate() {
        if x > 0.0 {
            put(t::CLAUSE_LEX, k as u64, x.min(2.0), None);
        }
    }
    let target_words = &lower[target.clone()];
    if target_words.len() == 1 && is_pronoun(&target_words[0]) {
        put(t::PRONOUN, 0, 1.0, None);
    }
    let possessive = matches!(seq.get(tp + 1), Some(("'s" | "’s" | "'", _)))
        || target_words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "his" | "her" | "their" | "its"));
    if possessive {
        let noun = if matches!(seq.get(tp + 1), Some(("'s" | "’s" | "'", _))) {
            tp + 2
        } else {
            tp + 1
        };
        if let Some(&(_, word)) = seq.get(noun) {
            put(t::POSSESSED, stems[noun], 1.0, word);
        }
    }
    // The target's grammatical neighbourhood: a speaker ("X said") or an object.
    let next = seq.get(tp + 1);
    if next.is_some_and(|(w, _)| verb_class(w).is_some()) {
        put(t::SPEAKER, 0, 1.0, next.and_then(|n| n.1));
    }
    let end = hash_bytes(b"</s>");
    let start = hash_bytes(b"<s>");
    let n = stems.get(tp + 1).copied().unwrap_or(end);
    let pv = if tp > 0 { stems[tp - 1] } else { start };
    put(t::NEXT, n, 1.0, None);
    put(t::PREV, pv, 1.0, None);
    put(t::PREV_NEXT, pv ^ n.rotate_left(23), 1.0, None);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_flips_the_lexicon_until_a_break() {
        let feats = extract(&["Nobody", "praised", "him", ",", "sadly"], 2..3);
        let lex_all = |pol: u64| feature(t::LEX_ALL, pol);
        // "praised" is positive but negated, so it counts as negative.
        assert!(feats
            .iter()
            .any(|f| f.key == lex_all(0) && f.word == Some(1)));
        assert!(!feats
            .iter()
            .any(|f| f.key == lex_all(1) && f.word == Some(1)));
        // "sadly" comes after the comma, out of the negation's reach: still negative.
        assert!(feats
            .iter()
            .any(|f| f.key == lex_all(0) && f.word == Some(4)));
    }

    #[test]
    fn target_out_of_range_is_clamped() {
        assert!(!extract(&["a", "b"], 5..9).is_empty());
        assert!(!extract(&[], 0..1).is_empty());
    }

    #[test]
    fn a_negating_prefix_reverses_a_known_word() {
        // "popular" and "respectful" are in the lexicon; their negations are not.
        assert!(valence("unpopular").is_none());
        assert!(derived_valence("unpopular").is_some_and(|v| v < 0.0));
        assert!(derived_valence("disrespectful").is_some_and(|v| v < 0.0));
        // Too short a rest ("in" + "ch") or no known word: nothing.
        assert_eq!(derived_valence("inch"), None);
        assert_eq!(derived_valence("inkjet"), None);
    }

    #[test]
    fn quotation_and_clause_features_see_the_target_s_side() {
        let words = ["He", "said", "“", "Smith", "is", "a", "disgrace", "”", "."];
        let feats = extract(&words, 3..4);
        assert!(feats.iter().any(|f| f.key == feature(t::QUOTED, 0)));
        // "disgrace" is in Smith's clause: the clause's negative mass is counted.
        assert!(feats.iter().any(|f| f.key == feature(t::CLAUSE_LEX, 0)));
        // From outside the quotation, the same word is on the other side of it.
        let feats = extract(&words, 0..1);
        assert!(!feats.iter().any(|f| f.key == feature(t::QUOTED, 0)));
        assert!(feats
            .iter()
            .any(|f| f.key == feature(t::LEX_QUOTED, 1) && f.word == Some(6)));
    }

    #[test]
    fn pronoun_and_possessive_targets() {
        let feats = extract(&["Critics", "mocked", "his", "failure"], 2..3);
        assert!(feats.iter().any(|f| f.key == feature(t::PRONOUN, 0)));
        assert!(feats
            .iter()
            .any(|f| f.word == Some(3) && f.key == feature(t::POSSESSED, hash_bytes(b"failure"))));
    }

    #[test]
    fn stems_share_features() {
        assert_eq!(stem("criticised"), "critic");
        assert_eq!(stem("criticism"), "critic");
        assert_eq!(stem("attacks"), "attack");
    }
}
