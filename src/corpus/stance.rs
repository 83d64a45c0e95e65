//! How each source leans toward each actor and incident: which mentions are stance
//! targets, and how their attitudes add up per (source, target).

use std::collections::HashMap;

use super::coverage::{actor_key, counts, ACTOR_LABELS};
use super::DocResult;
use crate::entities::Label;
use crate::incidents::Incident;

/// A mention whose attitude counts toward a target.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// Byte span of the mention.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The target's id: an actor key ("iso:IN" for "Indian") or an incident id.
    pub id: String,
    /// The target's name.
    pub name: String,
    /// PERSON, ORG, GPE (countries, and what speaks for them), LOC, NORP, EVENT, or
    /// "incident".
    pub kind: &'static str,
}

/// The stance targets of one document (`home`: each of its mentions' incident, see
/// [`super::homes`]): its actor entities ([`ACTOR_LABELS`]), named events and incident
/// mentions, outside repeated passages and site lines. A demonym or a capital counts toward its country, under `names`' name for
/// it (the corpus's actor names), else the mention's own.
///
/// ```
/// use slant::corpus::{analyze, homes, stance::stance_targets};
/// use slant::entities::EntityTagger;
/// let docs = [("Indian troops fired on Monday. New Delhi said the strikes were measured.", None)];
/// let r = analyze(&EntityTagger::default(), &docs, &[], 1);
/// let names = std::collections::HashMap::from([("iso:IN".to_string(), "India".to_string())]);
/// let t = stance_targets(&r.docs[0], &homes(&r.docs, &r.incidents)[0], &r.incidents, &names);
/// assert!(t.iter().filter(|x| x.id == "iso:IN").count() >= 2);
/// assert!(t.iter().all(|x| x.id != "iso:IN" || x.name == "India"));
/// ```
pub fn stance_targets(
    doc: &DocResult,
    home: &[Option<usize>],
    incidents: &[Incident],
    names: &HashMap<String, String>,
) -> Vec<Target> {
    let sentence_of = |start: usize| {
        doc.analysis
            .sentences
            .partition_point(|s| s.start <= start)
            .checked_sub(1)
    };
    let counted = |start: usize| sentence_of(start).is_some_and(|k| counts(doc, k));
    let mut out = Vec::new();
    for e in &doc.analysis.entities {
        let target = ACTOR_LABELS.contains(&e.label) || e.label == Label::Event;
        if !target || !counted(e.start) {
            continue;
        }
        let key = actor_key(e).into_owned();
        let kind = if key.starts_with("iso:") {
            "GPE"
        } else {
            e.label.as_str()
        };
        out.push(Target {
            start: e.start,
            end: e.end,
            name: names
                .get(&key)
                .cloned()
                .unwrap_or_else(|| e.canonical.clone()),
            id: key,
            kind,
        });
    }
    for (m, h) in doc.mentions.iter().zip(home) {
        let Some(inc) = h.and_then(|k| incidents.get(k)) else {
            continue;
        };
        if counts(doc, m.sentence) {
            out.push(Target {
                start: m.start,
                end: m.end,
                id: inc.id.clone(),
                name: inc.name.clone(),
                kind: "incident",
            });
        }
    }
    out
}

/// How one source leans toward one target.
#[derive(Clone, Debug, PartialEq)]
pub struct Lean {
    /// The source (as the rows number it).
    pub source: usize,
    /// The target (as the rows number it).
    pub target: usize,
    /// Mentions read.
    pub mentions: usize,
    /// Of them, read negative.
    pub negative: usize,
    /// Read neutral.
    pub neutral: usize,
    /// Read positive.
    pub positive: usize,
    /// Mean attitude score in [-1, 1].
    pub score: f64,
    /// The row with the strongest attitude (the first of equals): the evidence.
    pub evidence: usize,
}

/// Attitude rows (source, target, label: -1, 0 or 1, score) added up per (source,
/// target), in order of first row.
///
/// ```
/// use slant::corpus::stance::lean;
/// let rows = [(0, 0, -1, -0.6), (0, 0, 0, 0.0), (1, 0, 1, 0.4)];
/// let l = lean(&rows);
/// assert_eq!((l[0].mentions, l[0].negative, l[0].evidence), (2, 1, 0));
/// assert!((l[0].score + 0.3).abs() < 1e-6 && l[1].positive == 1);
/// ```
pub fn lean(rows: &[(usize, usize, i8, f32)]) -> Vec<Lean> {
    let mut at: HashMap<(usize, usize), usize> = HashMap::new();
    let mut out: Vec<Lean> = Vec::new();
    let mut sums: Vec<f64> = Vec::new();
    for (r, &(source, target, label, score)) in rows.iter().enumerate() {
        let k = *at.entry((source, target)).or_insert_with(|| {
            out.push(Lean {
                source,
                target,
                mentions: 0,
                negative: 0,
                neutral: 0,
                positive: 0,
                score: 0.0,
                evidence: r,
            });
            sums.push(0.0);
            out.len() - 1
        });
        let g = &mut out[k];
        g.mentions += 1;
        match label.signum() {
            -1 => g.negative += 1,
            0 => g.neutral += 1,
            _ => g.positive += 1,
        }
        sums[k] += f64::from(score);
        if score.abs() > rows[g.evidence].3.abs() {
            g.evidence = r;
        }
    }
    for (g, s) in out.iter_mut().zip(sums) {
        g.score = s / g.mentions as f64;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Counts add up, the mean lies between the extremes, and the evidence is a
        /// row of its group with the largest magnitude.
        #[test]
        fn lean_adds_up(rows in proptest::collection::vec((0usize..3, 0usize..3, -1i8..=1, -1.0f32..1.0), 0..40)) {
            let l = lean(&rows);
            prop_assert_eq!(l.iter().map(|g| g.mentions).sum::<usize>(), rows.len());
            for g in &l {
                prop_assert_eq!(g.negative + g.neutral + g.positive, g.mentions);
                let mine: Vec<f32> = rows.iter().filter(|r| (r.0, r.1) == (g.source, g.target)).map(|r| r.3).collect();
                let (lo, hi) = mine.iter().fold((f32::MAX, f32::MIN), |(a, b), &x| (a.min(x), b.max(x)));
                prop_assert!(g.score >= f64::from(lo) - 1e-6 && g.score <= f64::from(hi) + 1e-6);
                let e = rows[g.evidence];
                prop_assert_eq!((e.0, e.1), (g.source, g.target));
                prop_assert!(mine.iter().all(|x| x.abs() <= e.3.abs()));
            }
        }
    }
}
