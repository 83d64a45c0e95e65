//! Groups of people a source names without a proper name ("protesters clashed with
//! police", "Pakistani troops"): actors too, kept apart from the country they belong
//! to. The groups and their forms are data (`knowledge/corpus/groups.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::coverage::actor_key;
use crate::entities::{Analysis, Label};

/// A mention of a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupMention {
    /// Byte span of the words naming the group ("troops").
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The group's id: "group:troops", or "group:pk:troops" for a country's.
    pub id: String,
    /// Its name: "troops", or "troops (PK)".
    pub name: String,
}

/// Words that, after a leader's name, name the government the leader heads ("the Bush
/// administration"); grammar of news, not a list of groups.
const LEADS: [&str; 3] = ["administration", "government", "presidency"];

struct Lexicon {
    /// Lowercase words of a form -> the group's canonical name.
    forms: HashMap<Vec<String>, &'static str>,
    longest: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut forms = HashMap::new();
        let mut longest = 0;
        for line in include_str!("../../knowledge/corpus/groups.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cells = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
            let Some(canonical) = cells.next() else {
                continue;
            };
            for form in std::iter::once(canonical).chain(cells) {
                let words: Vec<String> = form.split(' ').map(str::to_lowercase).collect();
                longest = longest.max(words.len());
                forms.insert(words, canonical);
            }
        }
        Lexicon { forms, longest }
    })
}

/// The groups a document names, in order. A form inside a named entity is part of
/// that name ("the Border Police"); a demonym or a country right before a form makes
/// it that country's group ("Indian troops" is not "Pakistani troops").
///
/// ```
/// use slant::corpus::groups::find_groups;
/// use slant::entities::EntityTagger;
/// let text = "Protesters clashed with police as Pakistani troops watched.";
/// let a = EntityTagger::default().analyze(text, None);
/// let ids: Vec<String> = find_groups(text, &a).into_iter().map(|g| g.id).collect();
/// assert_eq!(ids, ["group:protesters", "group:police", "group:pk:troops"]);
/// ```
pub fn find_groups(text: &str, a: &Analysis) -> Vec<GroupMention> {
    let lex = lexicon();
    let mut out = Vec::new();
    let n = a.tokens.len();
    // Which entity covers each token, if any.
    let mut owner: Vec<Option<usize>> = vec![None; n];
    let mut at = 0;
    for (i, e) in a.entities.iter().enumerate() {
        while at < n && (a.tokens[at].end as usize) <= e.start {
            at += 1;
        }
        let mut t = at;
        while t < n && (a.tokens[t].start as usize) < e.end {
            owner[t] = Some(i);
            t += 1;
        }
    }
    for range in &a.sentence_tokens {
        // "The Bush administration", "the Modi government": a leader's government is
        // an actor of its own, apart from the leader and from another leader's.
        for k in range.start + 1..range.end {
            let w = a.tokens[k].text(text);
            let Some(kind) = LEADS.iter().find(|l| l.eq_ignore_ascii_case(w)) else {
                continue;
            };
            // "President Trump's administration": the leader before a possessive.
            let before =
                if k >= range.start + 2 && matches!(a.tokens[k - 1].text(text), "'s" | "’s") {
                    k - 2
                } else {
                    k - 1
                };
            let Some(leader) = owner[before].map(|i| &a.entities[i]) else {
                continue;
            };
            if owner[k].is_some() || leader.label != Label::Person {
                continue;
            }
            let person = leader.id.strip_prefix("person:").unwrap_or(&leader.id);
            out.push(GroupMention {
                start: a.tokens[k].start as usize,
                end: a.tokens[k].end as usize,
                id: format!("group:{kind}:{person}"),
                name: format!("{} {kind}", leader.canonical),
            });
        }
        let mut k = range.start;
        while k < range.end {
            let mut step = 1;
            for len in (1..=lex.longest.min(range.end - k)).rev() {
                if owner[k..k + len].iter().any(Option::is_some) {
                    continue;
                }
                let words: Vec<String> = a.tokens[k..k + len]
                    .iter()
                    .map(|t| t.text(text).to_lowercase())
                    .collect();
                let Some(&canonical) = lex.forms.get(&words) else {
                    continue;
                };
                let country = k
                    .checked_sub(1)
                    .filter(|&j| j >= range.start)
                    .and_then(|j| owner[j])
                    .map(|i| &a.entities[i])
                    .filter(|e| matches!(e.label, Label::Norp | Label::Gpe))
                    .map(|e| actor_key(e).into_owned())
                    .and_then(|key| key.strip_prefix("iso:").map(str::to_string));
                let (id, name) = match country {
                    Some(code) => (
                        format!("group:{}:{canonical}", code.to_lowercase()),
                        format!("{canonical} ({code})"),
                    ),
                    None => (format!("group:{canonical}"), canonical.to_string()),
                };
                out.push(GroupMention {
                    start: a.tokens[k].start as usize,
                    end: a.tokens[k + len - 1].end as usize,
                    id,
                    name,
                });
                step = len;
                break;
            }
            k += step;
        }
    }
    out.sort_by_key(|g| g.start);
    out
}

/// "The administration" where the corpus names one leader's administration ("the
/// Trump administration"): that administration, in every article. With two named (a
/// story of the Bush and the Obama administrations) it stays unlinked.
///
/// ```
/// use slant::corpus::analyze;
/// use slant::entities::EntityTagger;
/// let docs = [
///     ("The Trump administration appealed the ruling on Monday.", None),
///     ("The administration said it would appeal.", None),
/// ];
/// let r = analyze(&EntityTagger::default(), &docs, &[], 1);
/// let ids: Vec<&str> = r.docs[1].groups.iter().map(|g| g.id.as_str()).collect();
/// assert_eq!(ids, ["group:administration:trump"]);
/// ```
pub fn link_lone_administrations(texts: &[&str], docs: &mut [super::DocResult]) {
    let mut named: Vec<(&str, &str)> = Vec::new();
    for g in docs.iter().flat_map(|d| &d.groups) {
        if g.id.starts_with("group:administration:") && !named.iter().any(|n| n.0 == g.id) {
            named.push((g.id.as_str(), g.name.as_str()));
        }
    }
    let [(id, name)] = named[..] else {
        return;
    };
    let (id, name) = (id.to_string(), name.to_string());
    for (text, doc) in texts.iter().zip(docs.iter_mut()) {
        let a = &doc.analysis;
        let covered = crate::entities::linking::covered_tokens(a);
        let word = |k: usize| a.tokens[k].text(text);
        let mut added = Vec::new();
        for range in &a.sentence_tokens {
            for k in range.start + 1..range.end {
                let start = a.tokens[k].start as usize;
                let named_after = k + 1 < range.end && word(k + 1).starts_with(char::is_uppercase);
                if word(k) != "administration"
                    || !word(k - 1).eq_ignore_ascii_case("the")
                    || covered.get(k).copied().unwrap_or(true)
                    || named_after
                    || doc.groups.iter().any(|g| g.start == start)
                {
                    continue;
                }
                added.push(GroupMention {
                    start,
                    end: a.tokens[k].end as usize,
                    id: id.clone(),
                    name: name.clone(),
                });
            }
        }
        if !added.is_empty() {
            doc.groups.extend(added);
            doc.groups.sort_by_key(|g| g.start);
        }
    }
}

/// "Staunton police" where the corpus names the "Staunton Police Department": that
/// body, in every article. A town's name right before a group's word ("police") makes
/// the group that town's, and one organisation of the corpus whose name opens with the
/// town and the word is it; with two such bodies, or none, it stays the group.
///
/// ```
/// use slant::corpus::analyze;
/// use slant::entities::EntityTagger;
/// let docs = [
///     ("The Staunton Police Department charged the woman on Friday.", None),
///     ("The woman was arrested, Staunton police said.", None),
/// ];
/// let r = analyze(&EntityTagger::default(), &docs, &[], 1);
/// let ids: Vec<&str> = r.docs[1].groups.iter().map(|g| g.id.as_str()).collect();
/// assert_eq!(ids, ["org:staunton-police-department"]);
/// ```
pub fn link_local_bodies(texts: &[&str], docs: &mut [super::DocResult]) {
    // The corpus's organisations by the lowercase words their name opens with (two
    // words or more): "staunton police" -> the Staunton Police Department.
    let mut by_opening: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for d in docs.iter() {
        for e in d.analysis.entities.iter().filter(|e| e.label == Label::Org) {
            let lower = e.canonical.to_lowercase();
            let cuts = lower.match_indices(' ').map(|(i, _)| i).skip(1);
            for cut in cuts.chain(std::iter::once(lower.len())) {
                let bodies = by_opening.entry(lower[..cut].to_string()).or_default();
                if !bodies.iter().any(|b| b.0 == e.id) {
                    bodies.push((e.id.clone(), e.canonical.clone()));
                }
            }
        }
    }
    if by_opening.is_empty() {
        return;
    }
    for (text, doc) in texts.iter().zip(docs.iter_mut()) {
        let a = &doc.analysis;
        for g in doc.groups.iter_mut() {
            if g.id.matches(':').count() != 1 || !g.id.starts_with("group:") {
                continue;
            }
            // The name right before the group's words, a town's whatever the tagger
            // took it for ("Staunton police said" opening a sentence reads as a
            // person): the body's name that opens with it says it is a place.
            let before = text.get(..g.start).unwrap_or_default().trim_end().len();
            let at = a.entities.partition_point(|e| e.end < before);
            let Some(town) = a.entities[at..]
                .iter()
                .take_while(|e| e.end == before)
                .find(|e| e.label != Label::Org && !actor_key(e).starts_with("iso:"))
            else {
                continue;
            };
            let word = text.get(g.start..g.end).unwrap_or_default().to_lowercase();
            let opening = format!("{} {word}", town.text_in(text).to_lowercase());
            if let Some([(id, name)]) = by_opening.get(&opening).map(Vec::as_slice) {
                g.id.clone_from(id);
                g.name.clone_from(name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityTagger;

    #[test]
    fn every_line_of_the_lexicon_reads() {
        let lex = lexicon();
        assert!(lex.forms.len() > 50 && lex.longest >= 2);
        assert_eq!(
            lex.forms.get(&vec!["demonstrators".to_string()]),
            Some(&"protesters")
        );
    }

    #[test]
    fn a_leaders_government_is_a_group_of_its_own() {
        let text = "The Bush administration eased the rule; the Biden administration and \
                    the Netanyahu government did not. The administration said more.";
        let a = EntityTagger::default().analyze(text, None);
        let found: Vec<(String, String)> = find_groups(text, &a)
            .into_iter()
            .map(|g| (text[g.start..g.end].to_string(), g.id))
            .collect();
        assert_eq!(
            found,
            [
                ("administration".into(), "group:administration:bush".into()),
                ("administration".into(), "group:administration:biden".into()),
                ("government".into(), "group:government:netanyahu".into()),
            ]
        );
        let text = "President Trump's administration said it would appeal.";
        let a = EntityTagger::default().analyze(text, None);
        let ids: Vec<String> = find_groups(text, &a).into_iter().map(|g| g.id).collect();
        assert_eq!(ids, ["group:administration:trump"]);
    }

    #[test]
    fn the_administration_is_the_one_the_corpus_names() {
        let docs = [
            ("The Bush administration eased the rule in 2008.", None),
            ("The Obama administration restored it.", None),
            ("The administration said more.", None),
        ];
        let r = super::super::analyze(&EntityTagger::default(), &docs, &[], 1);
        // Two administrations named: "the administration" may be either.
        assert!(r.docs[2]
            .groups
            .iter()
            .all(|g| !g.id.starts_with("group:administration")));
        let docs = [
            ("Critics of the Biden administration spoke on Monday.", None),
            ("The administration defended the rule.", None),
        ];
        let r = super::super::analyze(&EntityTagger::default(), &docs, &[], 1);
        let ids: Vec<&str> = r.docs[1].groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["group:administration:biden"]);
    }

    #[test]
    fn a_towns_police_is_the_one_body_the_corpus_names_for_it() {
        let ids = |docs: &[(&str, Option<crate::entities::dates::Day>)]| {
            let r = super::super::analyze(&EntityTagger::default(), docs, &[], 1);
            let last = r.docs.last().map(|d| d.groups.clone()).unwrap_or_default();
            last.into_iter().map(|g| g.id).collect::<Vec<_>>()
        };
        // Opening a sentence, where the tagger reads the town as a person.
        let found = ids(&[
            (
                "The Staunton Police Department charged the woman on Friday.",
                None,
            ),
            ("Staunton police said the woman shot two co-workers.", None),
        ]);
        assert_eq!(
            found.first().map(String::as_str),
            Some("org:staunton-police-department")
        );
        // Another town's police, or no body named: the group.
        let found = ids(&[
            (
                "The Staunton Police Department charged the woman on Friday.",
                None,
            ),
            (
                "The woman fled to Richmond, where Richmond police arrested her.",
                None,
            ),
        ]);
        assert!(found.iter().all(|id| id == "group:police"), "{found:?}");
    }

    #[test]
    fn a_form_inside_a_name_is_the_name() {
        let text = "The Border Police arrested two men; rescue workers arrived later.";
        let a = EntityTagger::default().analyze(text, None);
        let found: Vec<(String, String)> = find_groups(text, &a)
            .into_iter()
            .map(|g| (text[g.start..g.end].to_string(), g.id))
            .collect();
        assert!(found.iter().all(|(w, _)| w != "Police"), "{found:?}");
        assert!(
            found.contains(&("rescue workers".into(), "group:rescuers".into())),
            "{found:?}"
        );
    }
}
