//! What a framing label is about: the incident it names or sits beside, or the actor
//! it names or describes ("the BLA as a terrorist organization").

use super::DocResult;
use crate::entities::{Entity, Label};
use crate::incidents::lexicon::types;
use crate::incidents::Incident;
use crate::stance::framing::Framed;

/// The referent of a framing label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    /// An incident (its index in the corpus's incidents).
    Incident(usize),
    /// An entity of the document (its index in the document's entities).
    Entity(usize),
    /// Nothing in particular.
    General,
}

/// Words that may stand between a label and the group or person it describes: "the
/// BLA, a terrorist group", "the Baloch people are oppressed". Any other word (a
/// preposition: "against", "between") means the label is about something else.
const LINKING_WORDS: [&str; 13] = [
    "a", "an", "the", "as", "is", "are", "was", "were", "be", "being", "called", "dubbed",
    "branded",
];

/// The referent of each framing label of a document, in order: the incident of a
/// mention the label overlaps; else the entity it overlaps; else the one incident of
/// its sentence (meetings and declarations aside, which labels rarely judge); else
/// the nearest person, organisation or group joined to it by linking words only.
///
/// ```
/// use slant::corpus::{analyze, homes, referents::{referents, Referent}};
/// use slant::entities::EntityTagger;
/// let docs = [("Officials called the Quetta bombing a cowardly attack on May 2, 2025.", None)];
/// let r = analyze(&EntityTagger::default(), &docs, &[], 1);
/// let home = homes(&r.docs, &r.incidents);
/// let refs = referents(docs[0].0, &r.docs[0], &r.incidents, &home[0]);
/// assert!(refs.iter().all(|x| matches!(x, Referent::Incident(_))), "{refs:?}");
/// ```
pub fn referents(
    text: &str,
    doc: &DocResult,
    incidents: &[Incident],
    home: &[Option<usize>],
) -> Vec<Referent> {
    doc.frames
        .iter()
        .map(|f| referent(text, doc, home, incidents, f))
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn referent(
    text: &str,
    doc: &DocResult,
    home: &[Option<usize>],
    incidents: &[Incident],
    f: &Framed,
) -> Referent {
    let ty = types();
    let span = (f.start, f.end);
    // The sentence's mentions that belong to an incident.
    let in_sentence = || {
        doc.mentions
            .iter()
            .zip(home)
            .filter(|(m, h)| m.sentence == f.sentence && h.is_some())
    };
    if let Some((_, h)) = in_sentence().find(|(m, _)| overlaps((m.start, m.end), span)) {
        return h.map_or(Referent::General, Referent::Incident);
    }
    if let Some(i) = doc
        .analysis
        .entities
        .iter()
        .position(|e| overlaps((e.start, e.end), span))
    {
        return Referent::Entity(i);
    }
    let mut judged: Vec<usize> = in_sentence()
        .filter_map(|(_, h)| *h)
        .filter(|&k| {
            incidents
                .get(k)
                .is_some_and(|inc| !matches!(ty.name(inc.ty), "meeting" | "declaration"))
        })
        .collect();
    judged.sort_unstable();
    judged.dedup();
    if let [k] = judged[..] {
        return Referent::Incident(k);
    }
    // "the BLA as a terrorist organization", "the oppressed Baloch people".
    let mut best: Option<(usize, usize)> = None;
    for (i, e) in doc.analysis.entities.iter().enumerate() {
        if !matches!(e.label, Label::Person | Label::Org | Label::Norp) {
            continue;
        }
        let Some(gap) = gap_words(text, e, f) else {
            continue;
        };
        if gap
            .iter()
            .any(|w| !LINKING_WORDS.contains(&w.to_lowercase().as_str()))
        {
            continue;
        }
        if best.is_none_or(|(n, _)| gap.len() < n) {
            best = Some((gap.len(), i));
        }
    }
    best.map_or(Referent::General, |(_, i)| Referent::Entity(i))
}

/// The words between an entity and a label, or None when they overlap.
fn gap_words<'t>(text: &'t str, e: &Entity, f: &Framed) -> Option<Vec<&'t str>> {
    let between = if e.end <= f.start {
        text.get(e.end..f.start)?
    } else if f.end <= e.start {
        text.get(f.end..e.start)?
    } else {
        return None;
    };
    Some(between.split_whitespace().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::analyze;
    use crate::entities::EntityTagger;

    fn about(text: &str) -> Vec<(String, String)> {
        let r = analyze(&EntityTagger::default(), &[(text, None)], &[], 1);
        let doc = &r.docs[0];
        referents(
            text,
            doc,
            &r.incidents,
            &crate::corpus::homes(&r.docs, &r.incidents)[0],
        )
        .iter()
        .zip(&doc.frames)
        .map(|(x, f)| {
            let name = match *x {
                Referent::Incident(k) => r.incidents[k].name.clone(),
                Referent::Entity(i) => doc.analysis.entities[i].canonical.clone(),
                Referent::General => "(general)".into(),
            };
            (text[f.start..f.end].to_string(), name)
        })
        .collect()
    }

    #[test]
    fn a_label_describes_the_group_joined_to_it_by_linking_words() {
        let got =
            about("The government designated the Mountain Front as a terrorist group on Monday.");
        assert!(
            got.contains(&("terrorist".into(), "Mountain Front".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_preposition_between_makes_the_label_general() {
        let got = about("Rebels waged a terrorist campaign against Norland.");
        assert!(
            !got.is_empty() && got.iter().all(|(_, who)| who != "Norland"),
            "{got:?}"
        );
    }
}
