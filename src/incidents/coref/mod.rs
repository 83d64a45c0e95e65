//! Cross-document event coreference: which event mentions, in which articles, tell
//! the same real event.
//!
//! Documents are first grouped into stories ([`stories`]). Two mentions are then
//! scored by a logistic model over a few facts of the pair: the same word stem, a
//! shared prefix ("negotiate", "negotiation") or the same event type ("blaze",
//! "fire"); the same story, how similar their documents are and how many names they
//! share; names shared by their sentences; the same document; both verbs of saying.
//! Mentions group by average link over those probabilities. Pairs with unrelated
//! words are never linked directly (they may still end up together through others).
//!
//! The weights and both thresholds are data (`knowledge/incidents/coref.tsv`), trained
//! on ECB+ train by `bash scripts/train_coref`, thresholds chosen by cross-validation
//! over train topics.
//!
//! ```
//! use slant::incidents::coref::{cluster, EventSpan};
//! let docs = [
//!     "Police arrested Jon Doe in Boston on Monday.",
//!     "Jon Doe was arrested in Boston, police said on Monday.",
//! ];
//! let m = |doc: usize, w: &str| {
//!     let start = docs[doc].find(w).unwrap();
//!     EventSpan { doc, start, end: start + w.len() }
//! };
//! let groups = cluster(&docs, &[m(0, "arrested"), m(1, "arrested"), m(1, "said")]);
//! assert_eq!(groups[0], groups[1]);
//! assert_ne!(groups[0], groups[2]);
//! ```

pub mod stories;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use crate::cluster::average_link;
use crate::incidents::lexicon::{event_words, triggers, TypeId};
use crate::knowledge::{irregular_verbs as irregular, FastBuild};
use crate::stance::quotes::verb_class;
use stories::{function_words, group_on, words, Stories};

/// How many facts describe a pair of mentions.
pub const NFEAT: usize = 24;

/// The facts of a pair, by name, in the order of the model's weights.
pub const FEATURES: [&str; NFEAT] = [
    "bias",
    "same_stem",
    "same_prefix",
    "same_type",
    "document_similarity",
    "shared_names",
    "sentence_names",
    "same_document",
    "both_reporting",
    "same_stem*document_similarity",
    "same_type*document_similarity",
    "same_stem*shared_names",
    "both_reporting*document_similarity",
    "same_stem*same_document",
    "same_story",
    "same_stem*same_story",
    "same_type*same_story",
    "same_prefix*same_story",
    "both_reporting*same_story",
    "same_story*shared_names",
    "same_story*document_similarity",
    "same_head",
    "sentence_names_disjoint",
    "same_sentence",
];

/// An event mention to resolve: a document (an index into the documents) and a byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventSpan {
    /// Index of the document.
    pub doc: usize,
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// The pair model: a weight per fact and the two grouping thresholds.
#[derive(Clone, Debug, PartialEq)]
pub struct CorefModel {
    /// One weight per entry of [`FEATURES`].
    pub weights: [f32; NFEAT],
    /// Average-link threshold on document similarity for stories.
    pub story_threshold: f32,
    /// Average-link threshold on pair probability for events.
    pub link_threshold: f32,
}

impl CorefModel {
    /// Read `name<TAB>value` lines: every feature of [`FEATURES`], `story_threshold` and
    /// `link_threshold`; `#` starts a comment line.
    ///
    /// ```
    /// use slant::incidents::coref::CorefModel;
    /// let m = CorefModel::embedded();
    /// assert_eq!(&CorefModel::parse(&m.to_tsv()).unwrap(), m);
    /// assert!(CorefModel::parse("bias\t1\n").unwrap_err().contains("missing"));
    /// ```
    pub fn parse(tsv: &str) -> Result<CorefModel, String> {
        let mut values: HashMap<&str, f32> = HashMap::new();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line
                .split_once('\t')
                .ok_or_else(|| format!("coref model line {}: expected name<TAB>value", n + 1))?;
            let v: f32 = value
                .trim()
                .parse()
                .map_err(|_| format!("coref model line {}: {value:?} is not a number", n + 1))?;
            if !v.is_finite() {
                return Err(format!(
                    "coref model line {}: {value:?} is not finite",
                    n + 1
                ));
            }
            values.insert(name.trim(), v);
        }
        let get = |name: &str| {
            values
                .get(name)
                .copied()
                .ok_or_else(|| format!("coref model: {name} is missing"))
        };
        let mut weights = [0.0; NFEAT];
        for (w, name) in weights.iter_mut().zip(FEATURES) {
            *w = get(name)?;
        }
        Ok(CorefModel {
            weights,
            story_threshold: get("story_threshold")?,
            link_threshold: get("link_threshold")?,
        })
    }

    /// The model as `parse` reads it.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for (name, w) in FEATURES.iter().zip(self.weights) {
            out.push_str(&format!("{name}\t{w}\n"));
        }
        out.push_str(&format!("story_threshold\t{}\n", self.story_threshold));
        out.push_str(&format!("link_threshold\t{}\n", self.link_threshold));
        out
    }

    /// The embedded model (`knowledge/incidents/coref.tsv`).
    pub fn embedded() -> &'static CorefModel {
        static M: OnceLock<CorefModel> = OnceLock::new();
        M.get_or_init(|| {
            CorefModel::parse(include_str!("../../../knowledge/incidents/coref.tsv"))
                .expect("embedded coref.tsv is valid (checked by a unit test)")
        })
    }

    /// The probability that a pair with facts `f` is one event.
    pub fn probability(&self, f: &[f32; NFEAT]) -> f32 {
        let z: f32 = self.weights.iter().zip(f).map(|(w, x)| w * x).sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// What a mention brings to its pairs.
#[derive(Clone, Debug, Default)]
struct Facts {
    doc: usize,
    /// Lowercase head word; empty for a span that names nothing.
    head: String,
    stem: String,
    ty: Option<TypeId>,
    reporting: bool,
    /// The particle of a phrasal verb ("left out", "set up"), when the span has one.
    particle: Option<String>,
    /// Lowercase names and numbers of the mention's sentence.
    names: HashSet<String>,
    /// Byte offset where the mention's sentence starts.
    sentence: usize,
}

/// The words of a span, lowercase.
fn lowercase_words(span: &str) -> Vec<String> {
    words(span)
        .iter()
        .map(|w| span[w.start..w.end].to_lowercase())
        .collect()
}

/// The head word of a mention, from its lowercase words: its only content word; of
/// several, the first when it is a verb form ("checked into rehab"), the noun before a
/// past verb that tells what it did ("bomb exploded", "fire gutted"), and the last
/// otherwise ("Academy Awards ceremony").
fn head_of(all: &[String]) -> String {
    let stop = function_words();
    let content: Vec<&String> = all.iter().filter(|w| !stop.contains(w.as_str())).collect();
    let ws: Vec<&String> = if content.is_empty() {
        all.iter().collect()
    } else {
        content
    };
    let past = |w: &str| w.ends_with("ed") || irregular_form(w);
    match ws.as_slice() {
        [] => String::new(),
        [first, ..] if ws.len() > 1 && (first.ends_with("ed") || first.ends_with("ing")) => {
            (*first).clone()
        }
        [.., last] => match ws.iter().skip(1).position(|w| past(w)) {
            Some(k) => ws[k].clone(),
            None => (*last).clone(),
        },
    }
}

/// Particles that make a phrasal verb of the verb before them.
const PARTICLES: [&str; 9] = [
    "out", "up", "off", "down", "over", "away", "back", "in", "on",
];

/// The particle closing a two-word span whose first word is a verb form ("left out",
/// "broke up", "went off"); none for one word or a noun phrase ("sit-in" is one word).
fn particle_of(all: &[String]) -> Option<String> {
    match all {
        [_, p] if PARTICLES.contains(&p.as_str()) => Some(p.clone()),
        _ => None,
    }
}

/// Whether a lowercase word is an irregular verb form ("struck", "broke", "held").
pub(crate) fn irregular_form(word: &str) -> bool {
    irregular().contains_key(word)
}

/// A word's base for comparing events: irregular forms mapped to their base, then the
/// endings -ing, -ed, -es, -s and -ies/-ied removed (a doubled last consonant undone,
/// except ll, ss and zz), and a final e dropped, so that "charge", "charged" and
/// "charging" agree, as do "stopped" and "stops", and "shot" and "shooting".
///
/// ```
/// use slant::incidents::coref::base_of;
/// assert_eq!(base_of("charged"), base_of("charge"));
/// assert_eq!(base_of("stopped"), base_of("stops"));
/// assert_eq!(base_of("shot"), base_of("shooting"));
/// assert_eq!(base_of("killing"), "kill");
/// assert_eq!(base_of("died"), base_of("dies"));
/// assert_eq!(base_of("injuries"), base_of("injury"));
/// ```
pub fn base_of(word: &str) -> String {
    let w = word.to_lowercase();
    let w = irregular()
        .get(w.as_str())
        .map_or(w.clone(), |b| (*b).to_string());
    let long = |s: &str| s.chars().count() >= 3;
    let mut base = w.clone();
    if let Some(s) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        // "injuries" -> "injury", but "dies" -> "die".
        base = if long(s) {
            format!("{s}y")
        } else {
            format!("{s}ie")
        };
    } else {
        for end in ["ing", "ed", "es", "s"] {
            let Some(s) = w.strip_suffix(end) else {
                continue;
            };
            // A plural -s, but not the end of "boss", "status" or "crisis".
            let keeps_s = end == "s" && (s.ends_with('s') || s.ends_with('u') || s.ends_with('i'));
            if !long(s) || keeps_s {
                continue;
            }
            base = s.to_string();
            let b = base.as_bytes();
            let n = b.len();
            if (end == "ing" || end == "ed")
                && b[n - 1] == b[n - 2]
                && b[n - 1].is_ascii_alphabetic()
                && !matches!(b[n - 1], b'l' | b's' | b'z')
            {
                base.pop(); // "stopped" -> "stop"
            }
            break;
        }
    }
    if base.len() > 3 && base.ends_with('e') {
        base.pop();
    }
    base
}

/// The event type the lexicons give a head word or the whole span.
fn type_of(head: &str, all: &[String]) -> Option<TypeId> {
    let lookup = |ws: &[String]| {
        if ws.is_empty() {
            return None;
        }
        [triggers(), event_words()].iter().find_map(|t| {
            t.at(ws, 0)
                .filter(|(len, _)| *len == ws.len())
                .map(|(_, ty)| ty)
        })
    };
    lookup(&[head.to_string()]).or_else(|| lookup(all))
}

/// Names and numbers of a text, lowercase, without function words.
fn names_of(text: &str) -> HashSet<String> {
    let stop = function_words();
    words(text)
        .iter()
        .filter(|w| w.name)
        .map(|w| text[w.start..w.end].to_lowercase())
        .filter(|w| !stop.contains(w.as_str()))
        .collect()
}

/// Documents and mentions read once, for scoring any pairs under any model.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The documents' stories.
    pub stories: Stories,
    facts: Vec<Facts>,
    doc_names: Vec<HashSet<String>>,
}

/// Read the documents' stories (grouped at `story_threshold`) and each mention's head,
/// type and sentence names. A mention whose document or span is out of range, or not on
/// character boundaries, names nothing and will stand alone.
pub fn prepare(docs: &[&str], mentions: &[EventSpan], story_threshold: f32) -> Prepared {
    prepare_on(docs, None, mentions, story_threshold, 1)
}

/// [`prepare`] on up to `threads` threads, given each document's sentence spans when
/// the caller has them (a corpus has split its documents already; else they are split
/// here).
pub fn prepare_on(
    docs: &[&str],
    sentences: Option<&[Vec<Range<usize>>]>,
    mentions: &[EventSpan],
    story_threshold: f32,
    threads: usize,
) -> Prepared {
    let stories = group_on(docs, story_threshold, threads);
    let doc_names: Vec<HashSet<String>> =
        crate::parallel::map_batch(docs, threads, |t| names_of(t));
    let split: Vec<Vec<Range<usize>>>;
    let sentences = match sentences {
        Some(s) if s.len() == docs.len() => s,
        _ => {
            split = crate::parallel::map_batch(docs, threads, |t| crate::segment::split(t));
            &split
        }
    };
    let facts = mentions
        .iter()
        .map(|m| {
            let Some(text) = docs.get(m.doc) else {
                return Facts {
                    doc: m.doc,
                    ..Facts::default()
                };
            };
            let Some(span) = text.get(m.start..m.end) else {
                return Facts {
                    doc: m.doc,
                    ..Facts::default()
                };
            };
            let all = lowercase_words(span);
            let head = head_of(&all);
            let range = sentences[m.doc]
                .iter()
                .find(|r| r.start <= m.start && m.start < r.end)
                .cloned()
                .unwrap_or(m.start..m.end);
            let sentence = text.get(range.clone()).unwrap_or(span);
            Facts {
                doc: m.doc,
                stem: base_of(&head),
                ty: type_of(&head, &all),
                reporting: verb_class(&head).is_some(),
                particle: particle_of(&all),
                names: names_of(sentence),
                sentence: range.start,
                head,
            }
        })
        .collect();
    Prepared {
        stories,
        facts,
        doc_names,
    }
}

impl Prepared {
    /// Every pair of mentions whose words are related (same stem, same five-letter
    /// prefix, or same event type) and whose documents tell one story, with its facts.
    pub fn pairs(&self) -> Vec<(usize, usize, [f32; NFEAT])> {
        self.pairs_among(&(0..self.facts.len()).collect::<Vec<_>>())
    }

    /// [`Prepared::pairs`] among some of the mentions (indices into them).
    pub fn pairs_among(&self, members: &[usize]) -> Vec<(usize, usize, [f32; NFEAT])> {
        // Only mentions of one story are compared: a bucket per story and relation.
        let mut buckets: HashMap<(usize, String), Vec<usize>> = HashMap::new();
        for (i, f) in members
            .iter()
            .filter_map(|&i| Some((i, self.facts.get(i)?)))
        {
            let Some(&story) = self.stories.story.get(f.doc) else {
                continue;
            };
            if f.head.is_empty() {
                continue;
            }
            buckets
                .entry((story, format!("s:{}", f.stem)))
                .or_default()
                .push(i);
            if f.head.chars().count() >= 5 {
                let prefix: String = f.head.chars().take(5).collect();
                buckets
                    .entry((story, format!("p:{prefix}")))
                    .or_default()
                    .push(i);
            }
            if let Some(ty) = f.ty {
                buckets
                    .entry((story, format!("t:{ty}")))
                    .or_default()
                    .push(i);
            }
        }
        let mut seen: HashSet<(usize, usize), FastBuild> = HashSet::default();
        let mut keys: Vec<&(usize, String)> = buckets.keys().collect();
        keys.sort();
        let mut out = Vec::new();
        for key in keys {
            let members = &buckets[key];
            for (k, &i) in members.iter().enumerate() {
                for &j in &members[k + 1..] {
                    if seen.insert((i, j)) {
                        if let Some(f) = self.features(i, j) {
                            out.push((i, j, f));
                        }
                    }
                }
            }
        }
        out
    }

    /// The facts of mentions `i` and `j`, or `None` when they are in different
    /// documents that share no term and different stories.
    fn features(&self, i: usize, j: usize) -> Option<[f32; NFEAT]> {
        let (a, b) = (&self.facts[i], &self.facts[j]);
        let same_doc = a.doc == b.doc;
        let story = self.stories.same(a.doc, b.doc);
        if !same_doc && !story {
            return None;
        }
        // "left Geneva" and "left out the bombing", "set" and "set up": one verb with
        // another particle is another verb.
        if a.stem == b.stem && a.particle != b.particle {
            return None;
        }
        let ds = self.stories.similarity(a.doc, b.doc);
        let same = a.stem == b.stem;
        let prefix = !same
            && a.head.chars().take(5).count() == 5
            && a.head.chars().take(5).eq(b.head.chars().take(5));
        let ty = !same && a.ty.is_some() && a.ty == b.ty;
        let empty = HashSet::new();
        let (na, nb) = (
            self.doc_names.get(a.doc).unwrap_or(&empty),
            self.doc_names.get(b.doc).unwrap_or(&empty),
        );
        let union = na.union(nb).count();
        let jn = if union == 0 {
            0.0
        } else {
            na.intersection(nb).count() as f32 / union as f32
        };
        let sn = a.names.intersection(&b.names).count().min(3) as f32 / 3.0;
        let rep = a.reporting && b.reporting;
        let disjoint = !a.names.is_empty() && !b.names.is_empty() && a.names.is_disjoint(&b.names);
        let same_sentence = same_doc && a.sentence == b.sentence;
        let x = |c: bool| if c { 1.0f32 } else { 0.0 };
        let (same, prefix, ty, sd, rep, sto) =
            (x(same), x(prefix), x(ty), x(same_doc), x(rep), x(story));
        Some([
            1.0,
            same,
            prefix,
            ty,
            ds,
            jn,
            sn,
            sd,
            rep,
            same * ds,
            ty * ds,
            same * jn,
            rep * ds,
            same * sd,
            sto,
            same * sto,
            ty * sto,
            prefix * sto,
            rep * sto,
            sto * jn,
            sto * ds,
            x(a.head == b.head),
            x(disjoint),
            x(same_sentence),
        ])
    }

    /// How many mentions were prepared.
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    /// Whether no mention was prepared.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }
}

/// Group prepared mentions given their scored `pairs` (from [`Prepared::pairs`]).
pub fn cluster_pairs(
    p: &Prepared,
    pairs: &[(usize, usize, [f32; NFEAT])],
    model: &CorefModel,
) -> Vec<usize> {
    let edges: Vec<(usize, usize, f32)> = pairs
        .iter()
        .map(|(i, j, f)| (*i, *j, model.probability(f)))
        .collect();
    average_link(p.len(), &edges, model.link_threshold)
}

/// Group event mentions of `docs` into events with the embedded model: one group
/// number per mention, numbered from 0 in order of first mention.
pub fn cluster(docs: &[&str], mentions: &[EventSpan]) -> Vec<usize> {
    cluster_with(docs, mentions, CorefModel::embedded())
}

/// [`cluster`] with a given model.
pub fn cluster_with(docs: &[&str], mentions: &[EventSpan], model: &CorefModel) -> Vec<usize> {
    let p = prepare(docs, mentions, model.story_threshold);
    let pairs = p.pairs();
    cluster_pairs(&p, &pairs, model)
}

/// [`cluster`] on up to `threads` threads: stories are grouped apart, and only
/// mentions of one story are ever compared, so each story's mentions are grouped on
/// their own. The result equals [`cluster`]'s.
///
/// ```
/// use slant::incidents::coref::{cluster, cluster_on, EventSpan};
/// let docs = ["Police arrested Jon Doe in Boston.", "Jon Doe was arrested in Boston."];
/// let m = [EventSpan { doc: 0, start: 7, end: 15 }, EventSpan { doc: 1, start: 12, end: 20 }];
/// assert_eq!(cluster_on(&docs, &m, 2), cluster(&docs, &m));
/// ```
pub fn cluster_on(docs: &[&str], mentions: &[EventSpan], threads: usize) -> Vec<usize> {
    cluster_split(docs, None, mentions, threads)
}

/// [`cluster_on`] for documents whose sentence spans (as [`crate::segment::split`]
/// gives them) the caller already has.
pub fn cluster_split(
    docs: &[&str],
    sentences: Option<&[Vec<Range<usize>>]>,
    mentions: &[EventSpan],
    threads: usize,
) -> Vec<usize> {
    cluster_stories(docs, sentences, mentions, threads).0
}

/// [`cluster_split`], with each document's story beside the groups (as
/// [`stories::group`] numbers them): a corpus compares coverage within stories.
pub fn cluster_stories(
    docs: &[&str],
    sentences: Option<&[Vec<Range<usize>>]>,
    mentions: &[EventSpan],
    threads: usize,
) -> (Vec<usize>, Vec<usize>) {
    let model = CorefModel::embedded();
    let p = prepare_on(docs, sentences, mentions, model.story_threshold, threads);
    // Mentions by story; one whose document is out of range stands alone.
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut part_of: HashMap<usize, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let story = p.stories.story.get(m.doc).copied();
        let k = match story {
            Some(s) => *part_of.entry(s).or_insert_with(|| {
                parts.push(Vec::new());
                parts.len() - 1
            }),
            None => {
                parts.push(Vec::new());
                parts.len() - 1
            }
        };
        parts[k].push(i);
    }
    let local: Vec<Vec<usize>> = crate::parallel::map_batch(&parts, threads, |members| {
        let at: HashMap<usize, usize> = members.iter().enumerate().map(|(k, &i)| (i, k)).collect();
        let edges: Vec<(usize, usize, f32)> = p
            .pairs_among(members)
            .iter()
            .map(|(i, j, f)| (at[i], at[j], model.probability(f)))
            .collect();
        average_link(members.len(), &edges, model.link_threshold)
    });
    // Number the groups in order of first mention, as `cluster` does.
    let mut label = vec![(0usize, 0usize); mentions.len()];
    for (k, (members, groups)) in parts.iter().zip(&local).enumerate() {
        for (&i, &g) in members.iter().zip(groups) {
            label[i] = (k, g);
        }
    }
    let mut number: HashMap<(usize, usize), usize> = HashMap::new();
    let groups = label
        .iter()
        .map(|l| {
            let next = number.len();
            *number.entry(*l).or_insert(next)
        })
        .collect();
    (groups, p.stories.story)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(docs: &[&str], doc: usize, w: &str) -> EventSpan {
        let start = docs[doc].find(w).expect("word in doc");
        EventSpan {
            doc,
            start,
            end: start + w.len(),
        }
    }

    #[test]
    fn the_embedded_model_reads() {
        let m = CorefModel::embedded();
        assert!(m.link_threshold > 0.0 && m.link_threshold < 1.0);
        assert!(m.story_threshold > 0.0 && m.story_threshold < 1.0);
    }

    #[test]
    fn heads_are_content_words() {
        let head = |span: &str| head_of(&lowercase_words(span));
        assert_eq!(head("Academy Awards ceremony"), "ceremony");
        assert_eq!(head("checked into"), "checked");
        assert_eq!(head("bomb exploded"), "bomb");
        assert_eq!(head("car bomb ripped through"), "bomb");
        assert_eq!(head("shot dead"), "dead");
        assert_eq!(head("the attack"), "attack");
        assert_eq!(head("..."), "");
    }

    #[test]
    fn one_word_in_two_stories_is_two_events() {
        let docs = [
            "An earthquake of magnitude 6.1 struck Aceh in Indonesia on Tuesday.",
            "The Aceh earthquake struck Indonesia on Tuesday, killing 12.",
            "An earthquake of magnitude 5.4 struck northern California near Eureka on Sunday.",
            "The Eureka earthquake shook California on Sunday night.",
        ];
        let m: Vec<EventSpan> = (0..4).map(|d| at(&docs, d, "earthquake")).collect();
        let g = cluster(&docs, &m);
        assert_eq!(g[0], g[1], "{g:?}");
        assert_eq!(g[2], g[3], "{g:?}");
        assert_ne!(g[0], g[2], "{g:?}");
    }

    #[test]
    fn a_verb_with_another_particle_is_another_event() {
        let docs = [
            "The Norland delegation left Geneva on Saturday after the Tamsin talks.",
            "The Tamsin statement left out the Kelso bombing, the Norland delegation said.",
            "The Norland delegation left Geneva on Saturday, ending the Tamsin talks.",
        ];
        let m = [
            at(&docs, 0, "left"),
            at(&docs, 1, "left out"),
            at(&docs, 2, "left"),
        ];
        let g = cluster(&docs, &m);
        assert_eq!(g[0], g[2], "{g:?}");
        assert_ne!(g[0], g[1], "{g:?}");
        assert_eq!(
            particle_of(&lowercase_words("left out")).as_deref(),
            Some("out")
        );
        assert_eq!(particle_of(&lowercase_words("left")), None);
    }

    #[test]
    fn mentions_out_of_range_stand_alone() {
        let docs = ["Police arrested him.", "Police arrested him."];
        let m = [
            at(&docs, 0, "arrested"),
            EventSpan {
                doc: 5,
                start: 0,
                end: 3,
            },
            EventSpan {
                doc: 1,
                start: 10,
                end: 4,
            },
            at(&docs, 1, "arrested"),
        ];
        let g = cluster(&docs, &m);
        assert_eq!(g.len(), 4);
        assert_eq!(g[0], g[3]);
        assert!(g[1] != g[0] && g[2] != g[0] && g[1] != g[2]);
    }

    proptest! {
        #[test]
        fn clustering_is_total(
            docs in prop::collection::vec("[a-zA-Z .,é0-9]{0,40}", 0..5),
            spans in prop::collection::vec((0usize..6, 0usize..45, 0usize..45), 0..12),
        ) {
            let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
            let m: Vec<EventSpan> = spans.iter().map(|&(doc, start, end)| EventSpan { doc, start, end }).collect();
            let serial = cluster(&refs, &m);
            prop_assert_eq!(serial.len(), m.len());
            // Story by story on two threads is the same grouping.
            prop_assert_eq!(cluster_on(&refs, &m, 2), serial);
        }

        /// Real words in several stories: the parallel grouping equals the serial one.
        #[test]
        fn stories_apart_group_as_one_run(
            picks in prop::collection::vec((0usize..4, 0usize..6), 1..40),
        ) {
            let docs = [
                "Police arrested Jon Doe in Boston on Monday after the robbery.",
                "Jon Doe was arrested in Boston, police said; the robbery shocked the city.",
                "An earthquake struck Aceh on Tuesday, and the quake killed 12.",
                "The earthquake in Aceh killed 12 people, officials said on Tuesday.",
            ];
            let words = ["arrested", "robbery", "earthquake", "killed", "said", "Boston"];
            let m: Vec<EventSpan> = picks
                .iter()
                .filter_map(|&(doc, w)| {
                    let start = docs[doc].find(words[w])?;
                    Some(EventSpan { doc, start, end: start + words[w].len() })
                })
                .collect();
            prop_assert_eq!(cluster_on(&docs, &m, 2), cluster(&docs, &m));
        }
    }
}
