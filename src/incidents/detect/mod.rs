//! Event mentions of any kind: a learned tagger marks the words that name an event
//! ("arrested", "the earthquake", "resigned", "acquisition"), whether or not the
//! trigger lexicon knows them.
//!
//! An averaged perceptron over word, affix and shape features of the token and its
//! neighbours, the entity layer's labels, the trigger lexicon (as a feature, not a
//! gate) and the previous tag, decoded greedily left to right in BIO form. It is
//! trained on ECB+ (`bash scripts/train_events`, see [`train`]) and embedded as 16-bit
//! weights (`knowledge/incidents/events.model`).
//!
//! ```
//! use slant::entities::EntityTagger;
//! use slant::incidents::detect::detect;
//! let text = "Police arrested the suspect on Monday after the earthquake.";
//! let a = EntityTagger::default().analyze(text, None);
//! let found: Vec<&str> = detect(text, &a).iter().map(|m| &text[m.start..m.end]).collect();
//! assert!(found.contains(&"arrested") && found.contains(&"earthquake"), "{found:?}");
//! ```

pub mod train;

use std::sync::OnceLock;

use super::lexicon::{event_words, triggers, types, Triggers, TypeId};
use crate::entities::tagger::features::Word;
use crate::entities::{Analysis, Entity};
use crate::learn::{feature, hash_bytes, Perceptron, Weights};
use crate::stance::quotes::verb_class;
use crate::tokens::Token;

/// Tags: outside, first word of an event mention, a later word of it.
pub const TAGS: [&str; 3] = ["O", "B", "I"];
/// Number of tags.
pub const NTAGS: usize = TAGS.len();
const MAGIC: &[u8; 8] = b"SLANTEVT";

/// One event mention: a byte span and the lexicon's type for it, when it has one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventMention {
    /// Byte offset of the first word.
    pub start: usize,
    /// Byte offset after the last word.
    pub end: usize,
    /// The trigger lexicon's type of a word of the mention, if any.
    pub ty: Option<TypeId>,
    /// How sure the tagger is: the score of "first word of an event" over "outside" at
    /// the mention's first word (in weight units; above 0 when found).
    pub score: f32,
}

/// A trained event tagger: one row of 16-bit weights (O, B, I) per feature.
pub type EventModel = Weights<NTAGS>;

/// Read a model written by [`model_bytes`].
pub fn read_model(bytes: &[u8]) -> Result<EventModel, String> {
    Weights::from_bytes(bytes, MAGIC, "event model")
}

/// Serialise rows of (feature, weight per tag) as a model file.
pub fn model_bytes(rows: &[(u64, [i16; NTAGS])]) -> Vec<u8> {
    Weights::to_bytes(rows, MAGIC)
}

/// The embedded model, parsed once.
pub fn embedded() -> &'static EventModel {
    static MODEL: OnceLock<EventModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        read_model(include_bytes!("../../../knowledge/incidents/events.model"))
            .expect("embedded events.model is valid (checked by a unit test)")
    })
}

/// Scores of the tags for a set of features.
pub trait Scorer {
    /// Add the weights of `feats` to `scores`.
    fn score(&self, feats: &[u64], scores: &mut [f32; NTAGS]);
}

impl Scorer for EventModel {
    fn score(&self, feats: &[u64], scores: &mut [f32; NTAGS]) {
        for f in feats {
            if let Some(w) = self.get(*f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += f32::from(*x);
                }
            }
        }
    }
}

impl Scorer for Perceptron<NTAGS> {
    fn score(&self, feats: &[u64], scores: &mut [f32; NTAGS]) {
        Perceptron::score(self, feats, scores);
    }
}

/// What the features read of one sentence, computed once.
pub struct Facts {
    words: Vec<Word>,
    lower: Vec<String>,
    /// Entity label code per token (0: none).
    entity: Vec<u64>,
    /// Type per token from the incident triggers, and whether the token starts the
    /// phrase.
    lexicon: Vec<Option<(TypeId, bool)>>,
    /// The same from the general event words.
    general: Vec<Option<(TypeId, bool)>>,
}

/// The type each token gets from a lexicon, and whether it starts the phrase.
fn lexicon_types(lexicon: &Triggers, lower: &[String]) -> Vec<Option<(TypeId, bool)>> {
    let mut out = vec![None; lower.len()];
    let mut k = 0;
    while k < lower.len() {
        match lexicon.at(lower, k) {
            Some((n, ty)) => {
                for (j, slot) in out[k..(k + n).min(lower.len())].iter_mut().enumerate() {
                    *slot = Some((ty, j == 0));
                }
                k += n.max(1);
            }
            None => k += 1,
        }
    }
    out
}

/// Auxiliaries and copulas before a participle ("was arrested", "has resigned").
const AUXILIARY: [&str; 12] = [
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
];
/// Determiners and possessives before a noun ("the attack", "its acquisition").
const DETERMINER: [&str; 10] = [
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "'s",
];

impl Facts {
    /// Facts of the tokens `toks` of `text`, with the entities that lie in them.
    pub fn new(text: &str, toks: &[Token], entities: &[Entity]) -> Facts {
        let words: Vec<Word> = toks.iter().map(|t| Word::new(t.text(text))).collect();
        let lower: Vec<String> = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
        let entity = toks
            .iter()
            .map(|t| {
                let (s, e) = (t.start as usize, t.end as usize);
                entities
                    .iter()
                    .find(|x| x.start < e && s < x.end)
                    .map_or(0, |x| x.label as u64 + 1)
            })
            .collect();
        Facts {
            lexicon: lexicon_types(triggers(), &lower),
            general: lexicon_types(event_words(), &lower),
            words,
            lower,
            entity,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The feature every token has: its weights are the tags' priors, and training moves
/// the B tag's by the offset chosen in cross-validation.
pub const BIAS: u64 = 0x5b1a_5eed_0001_0001;

const BOS: u64 = 0x4245_474e;
const EOS: u64 = 0x454e_4421;

/// Features of token `k` that do not depend on the tags chosen.
fn static_features(f: &Facts, k: usize, out: &mut Vec<u64>) {
    let word = |d: isize| {
        let j = k as isize + d;
        if j < 0 {
            BOS
        } else {
            f.words.get(j as usize).map_or(EOS, |w| w.lower)
        }
    };
    let low = |d: isize| -> &str {
        let j = k as isize + d;
        if j < 0 {
            ""
        } else {
            f.lower.get(j as usize).map_or("", String::as_str)
        }
    };
    let w = &f.words[k];
    out.push(BIAS);
    out.push(feature(2, w.lower));
    out.push(feature(3, word(-1)));
    out.push(feature(4, word(1)));
    out.push(feature(5, word(-2)));
    out.push(feature(6, word(2)));
    out.push(feature(7, word(-1).rotate_left(17) ^ w.lower));
    out.push(feature(8, w.lower.rotate_left(17) ^ word(1)));
    for (i, s) in w.suffix.iter().enumerate() {
        out.push(feature(9 + i as u64, *s));
    }
    out.push(feature(12, w.prefix));
    out.push(feature(13, w.shape));
    out.push(feature(
        14,
        u64::from(w.title && k > 0) | u64::from(w.caps) << 1,
    ));
    out.push(feature(15, f.entity[k]));
    out.push(feature(16, f.entity.get(k + 1).copied().unwrap_or(99)));
    out.push(feature(17, if k > 0 { f.entity[k - 1] } else { 99 }));
    // A type by its name, not its row in types.tsv: a type added to the table leaves
    // the trained weights of the others as they were.
    let named = |ty: TypeId| hash_bytes(types().name(ty).as_bytes());
    match f.lexicon[k] {
        Some((ty, first)) => {
            out.push(feature(18, named(ty) << 1 | u64::from(first)));
            out.push(feature(19, u64::from(first)));
        }
        None => out.push(feature(19, 2)),
    }
    // The general classes, by type and by top class ("arrest", "justice").
    match f.general[k] {
        Some((ty, first)) => {
            out.push(feature(24, named(ty) << 1 | u64::from(first)));
            out.push(feature(25, u64::from(first)));
        }
        None => out.push(feature(25, 2)),
    }
    if verb_class(low(0)).is_some() {
        out.push(feature(20, 1));
    }
    if AUXILIARY.contains(&low(-1)) {
        out.push(feature(21, w.suffix[0]));
    }
    if DETERMINER.contains(&low(-1)) {
        out.push(feature(22, w.suffix[1]));
    }
    // The word's stem: "arrested", "arrests" and "arresting" share what they learn.
    out.push(feature(23, hash_bytes(stem(low(0)).as_bytes())));
}

/// A crude English stem: common inflectional endings removed.
fn stem(w: &str) -> &str {
    for end in ["ings", "ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(end) {
            if s.chars().count() >= 3 {
                return s;
            }
        }
    }
    w
}

/// Features that depend on the previous tag.
fn history_features(f: &Facts, k: usize, prev: u8, out: &mut Vec<u64>) {
    out.push(feature(30, u64::from(prev)));
    out.push(feature(
        31,
        f.words[k].lower.rotate_left(7) ^ u64::from(prev),
    ));
}

/// Whether `tag` may follow `prev`: an inside tag continues a mention.
fn allowed(prev: u8, tag: u8) -> bool {
    tag != 2 || prev != 0
}

/// Tag one sentence greedily, left to right. `decide(k, feats, best)` returns the tag
/// kept for token `k` (the best allowed one when predicting; training may differ).
pub fn decode<S: Scorer>(
    model: &S,
    f: &Facts,
    feats: &mut Vec<u64>,
    mut decide: impl FnMut(usize, &[u64], u8) -> u8,
) -> Vec<u8> {
    let mut tags = Vec::with_capacity(f.len());
    let mut prev = 0u8;
    for k in 0..f.len() {
        feats.clear();
        static_features(f, k, feats);
        history_features(f, k, prev, feats);
        let mut scores = [0f32; NTAGS];
        model.score(feats, &mut scores);
        let best = (0..NTAGS as u8)
            .filter(|&t| allowed(prev, t))
            .max_by(|&a, &b| {
                scores[a as usize]
                    .total_cmp(&scores[b as usize])
                    .then(b.cmp(&a))
            })
            .unwrap_or(0);
        let tag = decide(k, feats, best);
        tags.push(tag);
        prev = tag;
    }
    tags
}

/// Byte spans of the mentions that BIO tags mark over `toks`.
pub fn spans(toks: &[Token], tags: &[u8]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (t, &tag) in toks.iter().zip(tags) {
        match tag {
            1 => out.push((t.start as usize, t.end as usize)),
            2 => {
                if let Some(last) = out.last_mut() {
                    last.1 = t.end as usize;
                }
            }
            _ => {}
        }
    }
    out
}

/// The entities of an analysis that lie within a byte range, as one slice.
fn entities_in(a: &Analysis, start: usize, end: usize) -> &[Entity] {
    let first = a.entities.partition_point(|e| e.start < start);
    let last = a.entities.partition_point(|e| e.start < end);
    &a.entities[first..last.max(first)]
}

/// Event mentions of one analysed text, with a model.
pub fn detect_with<S: Scorer>(model: &S, text: &str, a: &Analysis) -> Vec<EventMention> {
    detect_in(model, text, a, |_| true)
}

/// Event mentions of the sentences of one analysed text that `read` keeps (by
/// sentence index), with a model.
///
/// ```
/// use slant::entities::EntityTagger;
/// use slant::incidents::detect::{detect_in, embedded};
/// let text = "The minister resigned. Police arrested the suspect.";
/// let a = EntityTagger::default().analyze(text, None);
/// let found: Vec<&str> = detect_in(embedded(), text, &a, |si| si == 1)
///     .iter()
///     .map(|m| &text[m.start..m.end])
///     .collect();
/// assert!(found.contains(&"arrested") && !found.contains(&"resigned"), "{found:?}");
/// ```
pub fn detect_in<S: Scorer>(
    model: &S,
    text: &str,
    a: &Analysis,
    read: impl Fn(usize) -> bool,
) -> Vec<EventMention> {
    let mut out = Vec::new();
    let mut feats = Vec::new();
    for (si, range) in a.sentence_tokens.iter().enumerate() {
        if !read(si) {
            continue;
        }
        let toks = &a.tokens[range.clone()];
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            continue;
        };
        let ents = entities_in(a, first.start as usize, last.end as usize);
        let f = Facts::new(text, toks, ents);
        let tags = decode(model, &f, &mut feats, |_, _, best| best);
        for (s, e) in spans(toks, &tags) {
            let k0 = toks.partition_point(|t| (t.start as usize) < s);
            let k1 = toks.partition_point(|t| (t.start as usize) < e);
            feats.clear();
            static_features(&f, k0, &mut feats);
            history_features(&f, k0, if k0 > 0 { tags[k0 - 1] } else { 0 }, &mut feats);
            let mut scores = [0f32; NTAGS];
            model.score(&feats, &mut scores);
            let span = k0..k1.max(k0);
            let ty = f.lexicon[span.clone()]
                .iter()
                .chain(&f.general[span])
                .flatten()
                .map(|x| x.0)
                .next();
            out.push(EventMention {
                start: s,
                end: e,
                ty,
                score: scores[1] - scores[0],
            });
        }
    }
    out
}

/// Event mentions of one analysed text, with the embedded model.
pub fn detect(text: &str, a: &Analysis) -> Vec<EventMention> {
    detect_with(embedded(), text, a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityTagger;
    use proptest::prelude::*;

    fn found(text: &str) -> Vec<String> {
        let a = EntityTagger::default().analyze(text, None);
        detect(text, &a)
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn the_embedded_model_loads_and_rejects_garbage() {
        assert!(!embedded().is_empty());
        assert!(read_model(b"not a model").is_err());
    }

    #[test]
    fn events_beyond_the_lexicon_are_found() {
        let got = found("The chief executive resigned on Friday, a week after the company was acquired by a rival.");
        assert!(got.iter().any(|w| w == "resigned"), "{got:?}");
        assert!(got.iter().any(|w| w == "acquired"), "{got:?}");
    }

    #[test]
    fn names_and_plain_words_are_not_events() {
        let got = found("Lindsay Lohan is an actress from New York.");
        assert!(
            !got.iter()
                .any(|w| w.contains("Lohan") || w.contains("York")),
            "{got:?}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text: mentions lie inside it, on character boundaries, in order.
        #[test]
        fn mentions_are_valid_spans(text in any::<String>()) {
            let a = EntityTagger::default().analyze(&text, None);
            let mut prev = 0;
            for m in detect(&text, &a) {
                prop_assert!(prev <= m.start && m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                prev = m.end;
            }
        }
    }
}
