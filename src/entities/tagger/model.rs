//! The averaged-perceptron model: weights per (feature, tag), greedy left-to-right decoding.

use super::features::{history_features, static_features, Context};
pub use crate::learn::FeatureMap;
use crate::learn::Weights;

/// Tags in BIO form over the four CoNLL classes.
pub const TAGS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
/// Number of tags.
pub const NTAGS: usize = TAGS.len();

/// Entity class of a tag (0 for O, then PER, LOC, ORG, MISC as 1..=4).
#[inline]
pub fn class_of(tag: u8) -> u8 {
    tag.div_ceil(2)
}

/// Whether `tag` begins an entity.
#[inline]
pub fn is_begin(tag: u8) -> bool {
    tag % 2 == 1
}

/// The tag that begins an entity of `class` (1..=4, as [`class_of`] gives it).
#[inline]
pub fn begin_of(class: u8) -> u8 {
    2 * class - 1
}

/// The tag that continues an entity of `class` (1..=4, as [`class_of`] gives it).
#[inline]
pub fn inside_of(class: u8) -> u8 {
    2 * class
}

/// Whether `tag` may follow `prev` (an I- tag continues an entity of its class).
#[inline]
pub fn allowed(prev: u8, tag: u8) -> bool {
    tag == 0 || is_begin(tag) || class_of(prev) == class_of(tag)
}

/// A trained model, quantised to 16-bit weights. Each feature's weights sit in its
/// hash-table slot, so a lookup that finds the key has the weights at hand.
pub struct Model {
    weights: Weights<NTAGS>,
}

const MAGIC: &[u8; 8] = b"SLANTNER";

impl Model {
    /// Read the binary format written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        Weights::from_bytes(bytes, MAGIC, "entity model").map(|weights| Model { weights })
    }

    /// Serialise rows of (feature, weight per tag).
    pub fn to_bytes(rows: &[(u64, [i16; NTAGS])]) -> Vec<u8> {
        Weights::to_bytes(rows, MAGIC)
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no weights at all.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    #[inline]
    fn add_scores(&self, feats: &[u64], scores: &mut [i32; NTAGS]) {
        for f in feats {
            if let Some(w) = self.weights.get(*f) {
                for (s, w) in scores.iter_mut().zip(w) {
                    *s += i32::from(*w);
                }
            }
        }
    }
}

/// Anything that scores a feature vector per tag: the frozen model or the trainer.
pub trait Scorer {
    /// Add the weights of `feats` to `scores`.
    fn score(&self, feats: &[u64], scores: &mut [f32; NTAGS]);
}

impl Scorer for Model {
    fn score(&self, feats: &[u64], scores: &mut [f32; NTAGS]) {
        let mut s = [0i32; NTAGS];
        self.add_scores(feats, &mut s);
        for (o, v) in scores.iter_mut().zip(s) {
            *o = v as f32;
        }
    }
}

/// Document memory: the class last given to each word earlier in the document.
pub type Memory = FeatureMap<u8>;

/// Tag one sentence greedily. `feats` and `statics` are scratch buffers reused across calls.
pub fn decode<S: Scorer>(
    scorer: &S,
    ctx: &Context<'_>,
    memory: &mut Memory,
    feats: &mut Vec<u64>,
    mut observe: impl FnMut(usize, &[u64], u8) -> u8,
) -> Vec<u8> {
    let n = ctx.words.len();
    let mut tags = Vec::with_capacity(n);
    let (mut prev, mut prev2) = (0u8, 0u8);
    for i in 0..n {
        feats.clear();
        static_features(ctx, i, feats);
        let w = &ctx.words[i];
        history_features(ctx, i, prev, prev2, memory.get(&w.lower).copied(), feats);
        let mut scores = [0f32; NTAGS];
        scorer.score(feats, &mut scores);
        let mut best = 0u8;
        let mut best_score = f32::NEG_INFINITY;
        for (t, &s) in scores.iter().enumerate() {
            let t = t as u8;
            // No name runs on through a lowercase word that is not a connector ("met",
            // "told"): CoNLL-2003 has almost none, and greedy decoding, once inside a
            // name, would otherwise carry it over a verb.
            let inside = t != 0 && !is_begin(t);
            if allowed(prev, t) && !(inside && w.breaks_name) && s > best_score {
                best = t;
                best_score = s;
            }
        }
        // The trainer sees each decision (and learns from it) before it becomes history.
        let chosen = observe(i, feats, best);
        if class_of(chosen) != 0 && w.title {
            memory.insert(w.lower, class_of(chosen));
        }
        tags.push(chosen);
        prev2 = prev;
        prev = chosen;
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn begin_and_inside_tags_name_their_class() {
        for class in 1..=4u8 {
            let (b, i) = (begin_of(class), inside_of(class));
            assert!(TAGS[b as usize].starts_with("B-") && TAGS[i as usize].starts_with("I-"));
            assert_eq!(TAGS[b as usize][2..], TAGS[i as usize][2..]);
            assert_eq!((class_of(b), class_of(i)), (class, class));
            assert!(is_begin(b) && !is_begin(i));
        }
        assert_eq!(TAGS[begin_of(1) as usize], "B-PER");
    }
}
