//! People an article describes without naming ("a 15-year-old boy", "the man") where
//! the other articles name them: the one person every other telling of the same
//! incident names in its sentence.

use std::collections::{HashMap, HashSet};

use crate::entities::linking::{covered_tokens, is_person_noun, roles_beside_names};
use crate::entities::{Analysis, Entity, Label};
use crate::incidents::mentions::Mention;
use crate::incidents::Incident;

use super::referents::Referent;
use super::DocResult;

/// Words that open a description of one person ("a", "the", "his").
fn opens_description(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    )
}

/// Whether the noun at token `k` is opened by an article or a possessive at most
/// `back` tokens before it, with only lowercase words or numbers between ("A man", "a
/// 15-year-old boy", "the bomb squad technician"), none before the sentence's start.
fn opened_at<'t>(word: &impl Fn(usize) -> &'t str, k: usize, start: usize, back: usize) -> bool {
    for j in (start.max(k.saturating_sub(back))..k).rev() {
        let w = word(j);
        if opens_description(w) {
            return true;
        }
        if !w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
            return false;
        }
    }
    false
}

/// The token of the one person noun the sentence `s` of `doc` describes someone by
/// ("a 15-year-old boy", "the man"), when it holds exactly one such description and no
/// person's name.
fn lone_description(text: &str, doc: &DocResult, s: usize, covered: &[bool]) -> Option<usize> {
    let a = &doc.analysis;
    let span = a.sentences.get(s)?;
    let named = a
        .entities
        .iter()
        .any(|e| e.label == Label::Person && e.start >= span.start && e.end <= span.end);
    match descriptions(text, doc, s, covered, 3)[..] {
        [k] if !named => Some(k),
        _ => None,
    }
}

/// The described person nouns of sentence `s` ("a police officer and a state bomb
/// disposal technician"): each noun's token, opened by an article or a possessive at
/// most `back` tokens before it, and with no name after it (a title).
fn descriptions(
    text: &str,
    doc: &DocResult,
    s: usize,
    covered: &[bool],
    back: usize,
) -> Vec<usize> {
    let a = &doc.analysis;
    let Some(range) = a.sentence_tokens.get(s).cloned() else {
        return Vec::new();
    };
    let word = |k: usize| a.tokens[k].text(text);
    range
        .clone()
        .filter(|&k| {
            let w = word(k);
            let named_after = k + 1 < range.end && word(k + 1).starts_with(char::is_uppercase);
            !covered[k]
                && w.starts_with(char::is_lowercase)
                && is_person_noun(w)
                && !named_after
                && opened_at(&word, k, range.start, back)
        })
        .collect()
}

/// The singular of a person noun written in the plural ("officers", "deputies",
/// "firemen"), or the noun itself when it is one.
fn person_noun_singular(w: &str) -> Option<String> {
    if is_person_noun(w) {
        return Some(w.to_string());
    }
    let candidates = [
        w.strip_suffix("men").map(|s| format!("{s}man")),
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix('s').map(str::to_string),
    ];
    candidates.into_iter().flatten().find(|x| is_person_noun(x))
}

/// Set each mention's [`Mention::described`]: the person nouns of its sentence that
/// no entity covers, singular and lowercase ("a police officer and a state bomb
/// disposal technician": "officer", "technician").
pub fn describe_mentions(
    texts: &[&str],
    analyses: &[Analysis],
    mention_lists: &mut [Vec<Mention>],
) {
    for ((text, a), mentions) in texts.iter().zip(analyses).zip(mention_lists.iter_mut()) {
        if mentions.is_empty() {
            continue;
        }
        let covered = covered_tokens(a);
        let mut by_sentence: HashMap<usize, Vec<String>> = HashMap::new();
        for m in mentions.iter_mut() {
            let nouns = by_sentence.entry(m.sentence).or_insert_with(|| {
                let mut out: Vec<String> = Vec::new();
                let Some(range) = a.sentence_tokens.get(m.sentence) else {
                    return out;
                };
                for k in range.clone() {
                    let w = a.tokens[k].text(text);
                    if covered.get(k).copied().unwrap_or(true) || !w.starts_with(char::is_lowercase)
                    {
                        continue;
                    }
                    if let Some(noun) = person_noun_singular(w) {
                        if !out.contains(&noun) {
                            out.push(noun);
                        }
                    }
                }
                out
            });
            m.described.clone_from(nouns);
        }
    }
}

/// Link descriptions of people to the person the corpus names: for each incident, when
/// the sentences that tell it in the other articles name exactly one person, a sentence
/// telling it that names nobody and describes one person ("a man was arrested" beside
/// "John Smith was arrested") describes that person. Where the tellings name several,
/// a description by a noun that the corpus writes beside one of them only ("William
/// Hakim, a bomb squad technician") is that one ("a police officer and a state bomb
/// disposal technician were killed"). An article that names the person elsewhere needs
/// no such link.
pub fn link_described_people(texts: &[&str], docs: &mut [DocResult], incidents: &[Incident]) {
    let mut added: Vec<Vec<Entity>> = vec![Vec::new(); docs.len()];
    let covered: Vec<Vec<bool>> = docs.iter().map(|d| covered_tokens(&d.analysis)).collect();
    // Noun -> the people the corpus writes beside it (id -> canonical).
    let mut holders: HashMap<String, HashMap<String, String>> = HashMap::new();
    for (text, doc) in texts.iter().zip(docs.iter()) {
        for (i, noun) in roles_beside_names(text, &doc.analysis) {
            let e = &doc.analysis.entities[i];
            holders
                .entry(noun)
                .or_default()
                .insert(e.id.clone(), e.canonical.clone());
        }
    }
    holders.retain(|_, people| people.len() == 1);
    for incident in incidents {
        // The sentences telling it, per document.
        let mut told: HashMap<usize, HashSet<usize>> = HashMap::new();
        for &(d, m) in &incident.mentions {
            if let Some(mention) = docs.get(d).and_then(|doc| doc.mentions.get(m)) {
                told.entry(d).or_default().insert(mention.sentence);
            }
        }
        if told.len() < 2 {
            continue;
        }
        // The people named in those sentences, per document.
        let mut named: HashMap<usize, HashSet<(&str, &str)>> = HashMap::new();
        for (&d, sentences) in &told {
            let a = &docs[d].analysis;
            for &s in sentences {
                let Some(span) = a.sentences.get(s) else {
                    continue;
                };
                for e in &a.entities {
                    if e.label == Label::Person && e.start >= span.start && e.end <= span.end {
                        named
                            .entry(d)
                            .or_default()
                            .insert((e.id.as_str(), e.canonical.as_str()));
                    }
                }
            }
        }
        let people: HashSet<&(&str, &str)> = named.values().flatten().collect();
        let [&(id, canonical)] = people.iter().copied().collect::<Vec<_>>()[..] else {
            // Several people: a description by a noun only one of them is written with.
            let ids: HashSet<&str> = people.iter().map(|p| p.0).collect();
            for (&d, sentences) in &told {
                if named.contains_key(&d) {
                    continue;
                }
                let doc = &docs[d];
                for &s in sentences {
                    for k in descriptions(texts[d], doc, s, &covered[d], 4) {
                        let noun = doc.analysis.tokens[k].text(texts[d]).to_lowercase();
                        let Some((hid, hname)) = holders.get(&noun).and_then(|h| h.iter().next())
                        else {
                            continue;
                        };
                        let t = doc.analysis.tokens[k];
                        let known = doc.analysis.entities.iter().any(|e| e.id == *hid);
                        let twice = added[d].iter().any(|e| e.start == t.start as usize);
                        if ids.contains(hid.as_str()) && !known && !twice {
                            added[d].push(person_at(t, hname, hid));
                        }
                    }
                }
            }
            continue;
        };
        for (&d, sentences) in &told {
            if named.contains_key(&d) {
                continue;
            }
            let doc = &docs[d];
            if doc.analysis.entities.iter().any(|e| e.id == id) {
                continue;
            }
            let mut ordered: Vec<usize> = sentences.iter().copied().collect();
            ordered.sort_unstable();
            for s in ordered {
                let Some(k) = lone_description(texts[d], doc, s, &covered[d]) else {
                    continue;
                };
                let t = doc.analysis.tokens[k];
                if added[d].iter().any(|e| e.start == t.start as usize) {
                    continue;
                }
                added[d].push(person_at(t, canonical, id));
            }
        }
    }
    for (doc, new) in docs.iter_mut().zip(added) {
        if !new.is_empty() {
            insert_entities(doc, new);
        }
    }
}

/// A mention of a person over one token.
fn person_at(t: crate::tokens::Token, canonical: &str, id: &str) -> Entity {
    Entity::linked(
        t.start as usize,
        t.end as usize,
        Label::Person,
        canonical,
        id,
    )
}

/// Add entities to a document in order, keeping what points at its entities by index
/// (quote speakers, label referents) pointing at the same ones.
fn insert_entities(doc: &mut DocResult, new: Vec<Entity>) {
    let entities = &mut doc.analysis.entities;
    let old = std::mem::take(entities);
    let mut new = new;
    new.sort_by_key(|e| (e.start, e.end));
    let mut moved = Vec::with_capacity(old.len());
    let mut incoming = new.into_iter().peekable();
    for e in old {
        while incoming
            .peek()
            .is_some_and(|n| (n.start, n.end) < (e.start, e.end))
        {
            entities.extend(incoming.next());
        }
        moved.push(entities.len());
        entities.push(e);
    }
    entities.extend(incoming);
    for q in &mut doc.quotes {
        if let Some(k) = q.entity.as_mut() {
            *k = moved[*k];
        }
    }
    for r in &mut doc.referents {
        if let Referent::Entity(k) = r {
            *k = moved[*k];
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::EntityTagger;
    use crate::entities::Label;

    #[test]
    fn a_mention_knows_the_people_its_sentence_describes() {
        let text = "A bomb killed two police officers and a bomb technician at the bank, \
                    and three deputies were hurt. Policemen closed the street.";
        let r = super::super::analyze(&EntityTagger::default(), &[(text, None)], &[], 1);
        let killed = r.docs[0]
            .mentions
            .iter()
            .find(|m| m.sentence == 0)
            .expect("a mention in the first sentence");
        assert_eq!(killed.described, ["officer", "technician", "deputy"]);
        // A plural no person noun stands behind, and a name, describe no one.
        assert_eq!(
            super::person_noun_singular("policemen").as_deref(),
            Some("policeman")
        );
        assert_eq!(super::person_noun_singular("banks"), None);
    }

    #[test]
    fn a_man_arrested_is_the_man_the_other_articles_name() {
        let docs = [
            ("Police arrested Brian Nichols in Atlanta on Saturday after the courthouse shooting.", None),
            ("Brian Nichols was arrested in Atlanta on Saturday, police said.", None),
            ("Police in Atlanta arrested a man on Saturday after a shooting at the courthouse.", None),
        ];
        let r = super::super::analyze(&EntityTagger::default(), &docs, &[], 1);
        let text = docs[2].0;
        let man = r.docs[2]
            .analysis
            .entities
            .iter()
            .find(|e| e.text_in(text) == "man");
        assert_eq!(
            man.map(|e| (e.label, e.id.as_str())),
            Some((Label::Person, "person:brian-nichols")),
            "{:?}",
            r.docs[2].analysis.entities
        );
    }

    #[test]
    fn of_several_people_a_description_is_the_one_written_with_its_noun() {
        let docs = [
            ("A bomb exploded at a bank in Woodburn on Friday, killing Captain Tom Tennant and William Hakim, a bomb squad technician with the Oregon State Police.", None),
            ("A bomb explosion at a bank in Woodburn killed a police officer and a state bomb disposal technician on Friday.", None),
        ];
        let r = super::super::analyze(&EntityTagger::default(), &docs, &[], 1);
        let text = docs[1].0;
        let of = |w: &str| {
            r.docs[1]
                .analysis
                .entities
                .iter()
                .find(|e| e.text_in(text) == w)
                .map(|e| e.id.clone())
        };
        assert_eq!(of("technician").as_deref(), Some("person:william-hakim"));
        // No noun ties "officer" to either man.
        assert_eq!(of("officer"), None);
    }

    #[test]
    fn two_people_named_link_no_description() {
        let docs = [
            (
                "Police arrested Brian Nichols and Ann Lee in Atlanta on Saturday.",
                None,
            ),
            ("Police in Atlanta arrested a man on Saturday.", None),
        ];
        let r = super::super::analyze(&EntityTagger::default(), &docs, &[], 1);
        assert!(!r.docs[1]
            .analysis
            .entities
            .iter()
            .any(|e| e.label == Label::Person));
    }
}
