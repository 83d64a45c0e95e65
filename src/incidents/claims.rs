//! Claims of omission: sentences in which a source says that some document (a joint
//! statement, a communiqué) left an incident out.

use std::sync::OnceLock;

use super::lexicon::types;
use super::mentions::Mention;
use crate::entities::{Analysis, Label};

/// A claim that a document left something out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Sentence index.
    pub sentence: usize,
    /// Byte span of the cue ("made no mention of").
    pub start: usize,
    /// End of the cue.
    pub end: usize,
    /// Index (into the document's entities) of who makes the claim, if named.
    pub claimant: Option<usize>,
    /// Index (into the document's mentions) of the document spoken of.
    pub document: Option<usize>,
    /// Indices of the mentions of what was left out.
    pub omitted: Vec<usize>,
}

fn cues() -> &'static Vec<Vec<String>> {
    static C: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    C.get_or_init(|| {
        include_str!("../../knowledge/incidents/omission_cues.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split(' ').map(str::to_string).collect())
            .collect()
    })
}

/// Find claims of omission in one document, given its incident mentions.
///
/// ```
/// let text = "India said the joint statement made no mention of the Pahalgam attack.";
/// let a = slant::entities::EntityTagger::default().analyze(text, None);
/// let g = slant::entities::gazetteer::embedded();
/// let m = slant::incidents::mentions::find(text, &a, g);
/// let claims = slant::incidents::claims::find_claims(text, &a, &m);
/// assert_eq!(&text[claims[0].start..claims[0].end], "made no mention of");
/// assert_eq!(a.entities[claims[0].claimant.unwrap()].text_in(text), "India");
/// ```
pub fn find_claims(text: &str, a: &Analysis, mentions: &[Mention]) -> Vec<Claim> {
    let ty = types();
    let meeting = ty.id("meeting").unwrap_or(0);
    let mut out = Vec::new();
    for (si, range) in a.sentence_tokens.iter().enumerate() {
        let toks = &a.tokens[range.clone()];
        let lower: Vec<String> = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
        let mut k = 0;
        while k < lower.len() {
            let Some(cue) = cues()
                .iter()
                .filter(|c| lower[k..].starts_with(c))
                .max_by_key(|c| c.len())
            else {
                k += 1;
                continue;
            };
            let (start, end) = (toks[k].start as usize, toks[k + cue.len() - 1].end as usize);
            let s_end = toks[toks.len() - 1].end as usize;
            let s_start = toks[0].start as usize;
            let in_sentence: Vec<usize> = (0..mentions.len())
                .filter(|&i| mentions[i].sentence == si)
                .collect();
            let omitted: Vec<usize> = in_sentence
                .iter()
                .copied()
                .filter(|&i| {
                    mentions[i].start >= end
                        && mentions[i].end <= s_end
                        && !ty.is_a(mentions[i].ty, meeting)
                })
                .collect();
            if !omitted.is_empty() {
                // The document: a statement or meeting in this sentence, else the previous one.
                let document = in_sentence
                    .iter()
                    .copied()
                    .find(|&i| ty.is_a(mentions[i].ty, meeting))
                    .or_else(|| {
                        (0..mentions.len()).rev().find(|&i| {
                            mentions[i].sentence + 1 == si && ty.is_a(mentions[i].ty, meeting)
                        })
                    });
                // Who says so: a person, or else a country or body, before the cue; a
                // dateline ("QINGDAO, CHINA:") names where, not who.
                let dateline_end = toks
                    .iter()
                    .take(6)
                    .find(|t| matches!(t.text(text), ":" | "–" | "—" | "-"))
                    .map_or(s_start, |t| t.end as usize);
                let before: Vec<usize> = (0..a.entities.len())
                    .filter(|&i| a.entities[i].start >= dateline_end && a.entities[i].end <= start)
                    .collect();
                let claimant = before
                    .iter()
                    .copied()
                    .find(|&i| a.entities[i].label == Label::Person)
                    .or_else(|| {
                        before.iter().copied().find(|&i| {
                            matches!(a.entities[i].label, Label::Gpe | Label::Org | Label::Norp)
                        })
                    });
                out.push(Claim {
                    sentence: si,
                    start,
                    end,
                    claimant,
                    document,
                    omitted,
                });
            }
            k += cue.len();
        }
    }
    out
}
