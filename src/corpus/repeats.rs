//! Passages a document repeats: scraped pages sometimes carry their whole body twice,
//! the copy with stray words injected, so sentences are compared by word trigrams.

use std::collections::HashSet;

use crate::entities::Analysis;
use crate::knowledge::FastBuild;

/// For each sentence, whether most of its word trigrams already occurred earlier in
/// the document. Short sentences (under five words) repeat by chance and are never
/// flagged.
///
/// ```
/// let text = "India refused to sign the final communique in Qingdao. Talks ended.\nIndia refused to sign the final communique in Qingdao Diplomatic.";
/// let a = slant::entities::EntityTagger::default().analyze(text, None);
/// assert_eq!(slant::corpus::repeated_sentences(text, &a), [false, false, true]);
/// ```
pub fn repeated_sentences(text: &str, a: &Analysis) -> Vec<bool> {
    let mut seen: HashSet<u64, FastBuild> = HashSet::default();
    let mut out = Vec::with_capacity(a.sentence_tokens.len());
    for k in 0..a.sentence_tokens.len() {
        let (words, grams) = trigrams(text, a, k);
        let old = grams.iter().filter(|g| seen.contains(g)).count();
        out.push(words >= MIN_WORDS && mostly(old, grams.len()));
        seen.extend(grams);
    }
    out
}

/// Sentences shorter than this (in words) repeat by chance.
pub(crate) const MIN_WORDS: usize = 5;

/// Whether `old` of `all` word trigrams is most of them (60 %): a copy with a stray
/// word injected every few words still passes.
pub(crate) fn mostly(old: usize, all: usize) -> bool {
    all > 0 && old * 10 >= all * 6
}

/// The number of words of sentence `k` and the hashes of its word trigrams (lowercase,
/// punctuation left out), in order.
pub(crate) fn trigrams(text: &str, a: &Analysis, k: usize) -> (usize, Vec<u64>) {
    let Some(range) = a.sentence_tokens.get(k) else {
        return (0, Vec::new());
    };
    let words: Vec<u64> = a.tokens[range.clone()]
        .iter()
        .map(|t| t.text(text))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| crate::entities::tagger::features::hash_bytes(w.to_lowercase().as_bytes()))
        .collect();
    let grams = words
        .windows(3)
        .map(|w| w[0].rotate_left(1) ^ w[1].rotate_left(17) ^ w[2].rotate_left(41))
        .collect();
    (words.len(), grams)
}
