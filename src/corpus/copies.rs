//! Sentences one source took from another: wire copy that several outlets run, or one
//! page scraped twice. A copied sentence is one telling, however many documents carry
//! it.

use std::collections::{HashMap, HashSet};

use super::repeats::{mostly, trigrams, MIN_WORDS};
use super::DocResult;
use crate::incidents::lexicon::types;
use crate::incidents::Incident;
use crate::knowledge::FastBuild;

/// Drop the incidents of no known class (the open type) that fewer than two documents
/// tell in their own words: when every mention in other documents sits in a copy of a
/// sentence already counted, the event was told once. A word the tagger took for an
/// event recurs in every copy of its sentence, so copies are no evidence that several
/// sources reported it. Classed incidents stay: a trigger names an event on its own.
pub(crate) fn drop_copied_open(texts: &[&str], docs: &[DocResult], incidents: &mut Vec<Incident>) {
    let ty = types();
    type Grams = (usize, HashSet<u64, FastBuild>);
    let mut grams: HashMap<(usize, usize), Grams> = HashMap::new();
    incidents.retain(|inc| {
        if !ty.is_open(inc.ty) {
            return true;
        }
        // One sentence per telling, with its document.
        let mut tellings: Vec<(usize, usize)> = Vec::new();
        for &(d, i) in &inc.mentions {
            let (Some(doc), Some(text)) = (docs.get(d), texts.get(d)) else {
                continue;
            };
            let Some(m) = doc.mentions.get(i) else {
                continue;
            };
            let key = (d, m.sentence);
            grams.entry(key).or_insert_with(|| {
                let (n, g) = trigrams(text, &doc.analysis, m.sentence);
                (n, g.into_iter().collect())
            });
            let (n, own) = &grams[&key];
            let copied = *n >= MIN_WORDS
                && tellings.iter().any(|t| {
                    t.0 != d && {
                        let other = &grams[t].1;
                        mostly(own.iter().filter(|g| other.contains(g)).count(), own.len())
                    }
                });
            if !copied && !tellings.contains(&key) {
                tellings.push(key);
            }
            if tellings.iter().any(|t| t.0 != tellings[0].0) {
                return true;
            }
        }
        false
    });
}

#[cfg(test)]
mod tests {
    use crate::corpus::analyze;
    use crate::entities::EntityTagger;
    use crate::incidents::lexicon::types;

    fn open_incidents(texts: &[&str]) -> Vec<String> {
        let docs: Vec<(&str, Option<crate::entities::dates::Day>)> =
            texts.iter().map(|t| (*t, None)).collect();
        let r = analyze(&EntityTagger::default(), &docs, &[], 1);
        r.incidents
            .iter()
            .filter(|i| types().is_open(i.ty))
            .map(|i| i.name.clone())
            .collect()
    }

    #[test]
    fn a_sentence_two_outlets_copied_is_told_once() {
        let wire = "Maria Lopez founded the Kelp Institute in Tromso in 1998, the city said on Tuesday in a statement about its history.";
        let copy = "Maria Lopez founded the Kelp Institute in Tromso in 1998, the city said on Tuesday in a statement about its long history.";
        let own = "The Kelp Institute, which Maria Lopez founded in 1998, turns 25.";
        assert!(open_incidents(&[wire, copy]).is_empty());
        assert!(!open_incidents(&[wire, own]).is_empty());
    }
}
