//! Attitude toward a target: whether a sentence speaks of a person, group, place or
//! incident negatively, neutrally or positively.
//!
//! A multinomial logistic regression over target-aware features ([`features`]):
//! the words around the target by side and distance, its clause, negation scope, a
//! polarity lexicon weighted by distance and by whether the target or another name
//! is nearer, and the target's neighbours ("X said", "criticised X"). Trained on
//! NewsMTSC by `scripts/train_attitude` ([`train`]) and embedded as 16-bit weights.
//!
//! ```
//! let text = "Critics condemned the minister's disastrous handling of the floods.";
//! let start = text.find("minister").unwrap();
//! let a = slant::stance::attitude::attitude(text, start, start + "minister".len());
//! assert_eq!(a.polarity.as_str(), "negative");
//! assert!(a.score < 0.0);
//! ```

pub mod features;
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

use crate::learn::{quantise, Weights};
use crate::tokens::{tokenize_into, Token};
use features::{extract, Feature};

/// The three polarities, in model order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Polarity {
    /// Critical, hostile, blaming.
    Negative,
    /// Reported without evaluation.
    Neutral,
    /// Approving, sympathetic, crediting.
    Positive,
}

impl Polarity {
    /// All polarities in model order.
    pub const ALL: [Polarity; 3] = [Polarity::Negative, Polarity::Neutral, Polarity::Positive];

    /// "negative", "neutral" or "positive".
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Negative => "negative",
            Polarity::Neutral => "neutral",
            Polarity::Positive => "positive",
        }
    }

    /// Parse a label as written in NewsMTSC and in slant's output.
    pub fn parse(label: &str) -> Option<Polarity> {
        Polarity::ALL.into_iter().find(|p| p.as_str() == label)
    }
}

/// A word that pushed the decision, with how hard (in log-odds).
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// Byte span of the word.
    pub span: Range<usize>,
    /// Its contribution toward the chosen polarity.
    pub weight: f32,
}

/// The attitude a sentence expresses toward a target, with its evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Attitude {
    /// The most probable polarity.
    pub polarity: Polarity,
    /// P(positive) − P(negative), in [-1, 1].
    pub score: f32,
    /// Probabilities of negative, neutral, positive.
    pub probabilities: [f32; 3],
    /// Byte span of the sentence (or sentences) the target sits in.
    pub sentence: Range<usize>,
    /// Words that pushed toward the chosen polarity, strongest first (at most five).
    pub cues: Vec<Cue>,
}

/// A trained attitude model: 16-bit weights per feature and class, and their scale.
pub struct Model {
    weights: Weights<3>,
    scale: f32,
}

const MAGIC: &[u8; 8] = b"SLANTATT";

impl Model {
    /// Read the format written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let head: [u8; 4] = bytes
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .ok_or("attitude model: truncated file")?;
        let scale = f32::from_le_bytes(head);
        if !(scale.is_finite() && scale > 0.0) {
            return Err("attitude model: bad scale".into());
        }
        let weights = Weights::from_bytes(&bytes[4..], MAGIC, "attitude model")?;
        Ok(Model { weights, scale })
    }

    /// Quantise float weights (feature, [negative, neutral, positive]) to the file format.
    pub fn to_bytes(rows: &[(u64, [f32; 3])]) -> Vec<u8> {
        let (q, scale) = quantise(rows);
        let mut out = scale.to_le_bytes().to_vec();
        out.extend(Weights::to_bytes(&q, MAGIC));
        out
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    fn weights_of(&self, f: &Feature) -> Option<[f32; 3]> {
        let w = self.weights.get(f.key)?;
        Some(w.map(|x| f32::from(x) * f.value / self.scale))
    }

    /// Class probabilities for a feature vector.
    pub fn probabilities(&self, feats: &[Feature]) -> [f32; 3] {
        let mut s = [0f32; 3];
        for f in feats {
            if let Some(w) = self.weights_of(f) {
                for (s, w) in s.iter_mut().zip(w) {
                    *s += w;
                }
            }
        }
        softmax(s)
    }

    /// Attitude toward the tokens overlapping `target` (bytes) in a sentence given
    /// as its tokens.
    pub fn attitude_in(&self, text: &str, tokens: &[Token], target: Range<usize>) -> Attitude {
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        if words.is_empty() {
            return Attitude {
                polarity: Polarity::Neutral,
                score: 0.0,
                probabilities: [0.0, 1.0, 0.0],
                sentence: target,
                cues: Vec::new(),
            };
        }
        let first = tokens.partition_point(|t| (t.end as usize) <= target.start);
        let last = tokens.partition_point(|t| (t.start as usize) < target.end);
        let feats = extract(&words, first..last.max(first));
        let probabilities = self.probabilities(&feats);
        let best = (0..3).fold(1, |b, k| {
            if probabilities[k] > probabilities[b] {
                k
            } else {
                b
            }
        });
        let polarity = Polarity::ALL[best];
        // A word's push toward the chosen class: its weight there minus the mean.
        let mut push = vec![0f32; words.len()];
        for f in &feats {
            if let (Some(w), Some(i)) = (self.weights_of(f), f.word) {
                push[i] += w[best] - (w[0] + w[1] + w[2]) / 3.0;
            }
        }
        let mut cues: Vec<Cue> = push
            .iter()
            .enumerate()
            .filter(|(i, &p)| p > 0.25 && words[*i].chars().any(char::is_alphanumeric))
            .map(|(i, &p)| Cue {
                span: tokens[i].start as usize..tokens[i].end as usize,
                weight: p,
            })
            .collect();
        cues.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        cues.truncate(5);
        let sentence = match (tokens.first(), tokens.last()) {
            (Some(a), Some(b)) => a.start as usize..b.end as usize,
            _ => target.clone(),
        };
        Attitude {
            polarity,
            score: probabilities[2] - probabilities[0],
            probabilities,
            sentence,
            cues,
        }
    }
}

fn softmax(s: [f32; 3]) -> [f32; 3] {
    let m = s.iter().fold(f32::NEG_INFINITY, |m, x| m.max(*x));
    let e = s.map(|x| (x - m).exp());
    let z: f32 = e.iter().sum();
    e.map(|x| x / z)
}

static MODEL_BYTES: &[u8] = include_bytes!("../../../knowledge/stance/attitude.model");

/// The embedded model, loaded on first use.
pub fn embedded() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).expect("embedded attitude model is valid"))
}

/// Move a byte offset down to the nearest character boundary.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The attitude `text` expresses toward `text[start..end]` (bytes), read in the
/// sentence(s) the span falls in, with the embedded model.
///
/// Offsets past the end or inside a character are moved down to a boundary.
///
/// ```
/// let text = "The mayor praised the rescue teams. Floods hit the town.";
/// let a = slant::stance::attitude::attitude(text, 22, 34);
/// assert_eq!(&text[a.sentence.clone()], "The mayor praised the rescue teams.");
/// ```
pub fn attitude(text: &str, start: usize, end: usize) -> Attitude {
    let target = start..end;
    attitudes(text, std::slice::from_ref(&target)).remove(0)
}

/// The attitude toward each of several targets (byte spans) in one text, splitting
/// and tokenizing the text once. Same results as calling [`attitude`] on each.
///
/// ```
/// let text = "Voters cheered Lee. Critics mocked Park.";
/// let a = slant::stance::attitude::attitudes(text, &[15..18, 35..39]);
/// assert_eq!(a.len(), 2);
/// assert!(a[0].score > a[1].score);
/// ```
pub fn attitudes(text: &str, targets: &[Range<usize>]) -> Vec<Attitude> {
    let sentences = crate::segment::split(text);
    let mut tokens: std::collections::HashMap<(usize, usize), Vec<Token>> = Default::default();
    targets
        .iter()
        .map(|t| {
            let start = floor_boundary(text, t.start);
            let end = floor_boundary(text, t.end).max(start);
            let probe = end.max(start + 1);
            let first = sentences.partition_point(|s| s.end <= start);
            let last = sentences.partition_point(|s| s.start < probe);
            let range = if first < last {
                sentences[first].start..sentences[last - 1].end
            } else {
                0..text.len()
            };
            let toks = tokens.entry((range.start, range.end)).or_insert_with(|| {
                let mut v = Vec::new();
                tokenize_into(text, range, &mut v);
                v
            });
            embedded().attitude_in(text, toks, start..end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about(text: &str, target: &str) -> Attitude {
        let s = text.find(target).expect("target in text");
        attitude(text, s, s + target.len())
    }

    #[test]
    fn model_round_trips_and_rejects_garbage() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(&[0, 0, 128, 63, 1, 2, 3]).is_err());
        let bytes = Model::to_bytes(&[(7, [0.5, 0.0, -0.5])]);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn embedded_model_reads_plain_praise_and_blame() {
        assert_eq!(
            about(
                "Rescuers praised the courage of the volunteers.",
                "volunteers"
            )
            .polarity,
            Polarity::Positive
        );
        assert_eq!(
            about(
                "The minister was accused of corruption and lying to parliament.",
                "minister"
            )
            .polarity,
            Polarity::Negative
        );
        assert_eq!(
            about("The minister arrived in Qingdao on Wednesday.", "minister").polarity,
            Polarity::Neutral
        );
    }

    #[test]
    fn cues_point_at_words_in_the_sentence() {
        let text = "Critics condemned the minister's disastrous handling of the floods.";
        let a = about(text, "minister");
        assert!(!a.cues.is_empty());
        assert!(a
            .cues
            .iter()
            .all(|c| a.sentence.start <= c.span.start && c.span.end <= a.sentence.end));
    }

    #[test]
    fn any_offsets_are_safe() {
        for (s, e) in [(0, 0), (3, 2), (100, 200), (1, 2)] {
            let a = attitude("é, ü. Ça va?", s, e);
            assert!((-1.0..=1.0).contains(&a.score));
        }
        let a = attitude("", 0, 0);
        assert_eq!(a.polarity, Polarity::Neutral);
    }
}
