//! One document read up to its incidents: the entity layer's analysis, the incident
//! mentions found on it, and the names those mentions show to be events ("Operation
//! Sindoor", "Marka-e-Haq, the recent military escalation"), which become EVENT
//! entities. This sits above the entity layer, which knows nothing of incidents.

use super::mentions::{find, find_in, may_name, Mention};
use crate::entities::dates::Day;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::linking::slug;
use crate::entities::{Analysis, Entity, EntityTagger, Label};

/// Find the incident mentions of an analysed document and relabel the names they show
/// to be events.
///
/// ```
/// use slant::entities::{EntityTagger, Label};
/// let text = "India launched Operation Sindoor on May 7.";
/// let t = EntityTagger::default();
/// let mut a = t.analyze(text, None);
/// let mentions = slant::incidents::names::read(t.gazetteer(), text, &mut a);
/// assert!(mentions.iter().any(|m| &text[m.start..m.end] == "Operation Sindoor"));
/// assert!(a.entities.iter().any(|e| e.label == Label::Event && e.text_in(text) == "Operation Sindoor"));
/// ```
pub fn read(g: &Gazetteer, text: &str, a: &mut Analysis) -> Vec<Mention> {
    let mentions = find(text, a, g);
    mark_events(g, text, a, &mentions);
    mentions
}

/// Analyse one document and read its incidents: [`EntityTagger::analyze`], then
/// [`read`].
pub fn analyze(
    tagger: &EntityTagger,
    text: &str,
    reference: Option<Day>,
) -> (Analysis, Vec<Mention>) {
    let mut a = tagger.analyze(text, reference);
    let mentions = read(tagger.gazetteer(), text, &mut a);
    (a, mentions)
}

/// The entities of one document, with the names of its incidents as EVENT entities:
/// what `slant.tag_entities` returns.
///
/// ```
/// use slant::entities::{EntityTagger, Label};
/// let text = "The summit comes in the aftermath of Marka-e-Haq, the recent military escalation.";
/// let ents = slant::incidents::names::tag(&EntityTagger::default(), text, None);
/// let event = ents.iter().find(|e| e.label == Label::Event).unwrap();
/// assert_eq!(event.id, "event:marka-e-haq");
/// ```
pub fn tag(tagger: &EntityTagger, text: &str, reference: Option<Day>) -> Vec<Entity> {
    let mut a = tagger.analyze(text, reference);
    let g = tagger.gazetteer();
    // Only names change entities, and most sentences can name no incident: those are
    // not read for incidents at all (tagging is the hot path of the entity layer).
    let naming: Vec<bool> = (0..a.sentence_tokens.len())
        .map(|si| may_name(text, &a, g, si))
        .collect();
    if naming.contains(&true) {
        let mentions = find_in(text, &a, g, |si| naming[si]);
        mark_events(g, text, &mut a, &mentions);
    }
    a.entities
}

/// Names of incidents are EVENT entities: an unlisted name that an incident goes by is
/// relabelled, whatever the tagger took it for, and "Operation Sindoor" is one name
/// even where the tagger saw none.
fn mark_events(g: &Gazetteer, text: &str, a: &mut Analysis, mentions: &[Mention]) {
    let names: Vec<&String> = mentions.iter().filter_map(|m| m.name.as_ref()).collect();
    if names.is_empty() {
        return;
    }
    for e in a.entities.iter_mut() {
        if matches!(
            e.label,
            Label::Person | Label::Org | Label::Gpe | Label::Loc
        ) && g.get(&e.id).is_none()
            && names.contains(&&e.canonical)
        {
            e.label = Label::Event;
            e.id = format!("event:{}", slug(&e.canonical));
        }
    }
    for m in mentions {
        let Some(phrase) = text.get(m.start..m.end) else {
            continue;
        };
        // A name the tagger did not read, found before its mention in the sentence
        // ("Marka-e-Haq, the recent military escalation"): an EVENT entity of its own.
        if let (Some(name), Some(sentence)) = (m.name.as_deref(), a.sentences.get(m.sentence)) {
            let before = text.get(sentence.start..m.start).unwrap_or("");
            if let Some(at) = before.rfind(name).map(|k| sentence.start + k) {
                let end = at + name.len();
                if !a.entities.iter().any(|e| e.start < end && at < e.end) {
                    let k = a.entities.partition_point(|e| e.start < at);
                    a.entities.insert(k, event_entity(at, end, name));
                }
            }
        }
        // A proper name the mention is ("Operation Sindoor", "Hurricane Ian") is one
        // EVENT entity, whatever the tagger made of its words ("Hurricane", a town in
        // Utah; "Ian", a person), unless an entity reaches beyond it.
        if m.name.as_deref() == Some(phrase)
            && !a
                .entities
                .iter()
                .any(|e| e.start < m.end && m.start < e.end && (e.start < m.start || e.end > m.end))
        {
            a.entities
                .retain(|e| !(m.start <= e.start && e.end <= m.end));
            let at = a.entities.partition_point(|e| e.start < m.start);
            a.entities.insert(at, event_entity(m.start, m.end, phrase));
        }
    }
}

/// An EVENT entity for the name `phrase` at a byte span.
fn event_entity(start: usize, end: usize, phrase: &str) -> Entity {
    Entity {
        start,
        end,
        label: Label::Event,
        canonical: phrase.to_string(),
        id: format!("event:{}", slug(phrase)),
        date: None,
        number: None,
        role: None,
        refers: None,
    }
}

/// A storm named in one place of the corpus ("Hurricane Helene") is the storm wherever
/// the corpus uses its given name alone ("Helene slammed into the Florida coast"), as
/// news does after the first mention: such a name becomes a mention of the named
/// incident, and an EVENT entity, in every document.
///
/// ```
/// use slant::entities::EntityTagger;
/// let t = EntityTagger::default();
/// let texts = ["Hurricane Helene made landfall in Florida late Thursday.", "Helene slammed into the coast near Perry."];
/// let mut read: Vec<_> = texts.iter().map(|x| slant::incidents::names::analyze(&t, x, None)).collect();
/// let (mut analyses, mut mentions): (Vec<_>, Vec<_>) = read.drain(..).unzip();
/// slant::incidents::names::read_given_names(&texts, &mut analyses, &mut mentions);
/// let helene = mentions[1].iter().find(|m| &texts[1][m.start..m.end] == "Helene").unwrap();
/// assert_eq!(helene.name.as_deref(), Some("Hurricane Helene"));
/// ```
pub fn read_given_names(texts: &[&str], analyses: &mut [Analysis], mentions: &mut [Vec<Mention>]) {
    // Given name -> (full name, type), for names that open with a one-word opener.
    let mut given: Vec<(String, String, crate::incidents::lexicon::TypeId)> = Vec::new();
    for m in mentions.iter().flatten() {
        let Some(full) = m.name.as_deref() else {
            continue;
        };
        let words: Vec<&str> = full.split(' ').collect();
        let Some((n, _, true)) = crate::incidents::lexicon::name_openers().at(&words, 0) else {
            continue;
        };
        if words.len() == n + 1 && !given.iter().any(|g| g.0 == words[n]) {
            given.push((words[n].to_string(), full.to_string(), m.ty));
        }
    }
    if given.is_empty() {
        return;
    }
    for ((text, a), ms) in texts
        .iter()
        .zip(analyses.iter_mut())
        .zip(mentions.iter_mut())
    {
        for e in a.entities.iter_mut() {
            let Some((_, full, ty)) = given.iter().find(|g| e.text_in(text) == g.0) else {
                continue;
            };
            if ms.iter().any(|m| m.start < e.end && e.start < m.end) {
                continue;
            }
            let Some(sentence) = a
                .sentences
                .iter()
                .position(|r| r.start <= e.start && e.end <= r.end)
            else {
                continue;
            };
            let mut m = Mention::bare(sentence, e.start, e.end, *ty, None);
            m.name = Some(full.clone());
            let at = ms.partition_point(|x| x.start < m.start);
            for x in ms.iter_mut() {
                if let Some(r) = x.refers_to.as_mut() {
                    if *r >= at {
                        *r += 1;
                    }
                }
            }
            ms.insert(at, m);
            e.label = Label::Event;
            e.canonical = full.clone();
            e.id = format!("event:{}", slug(full));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The EVENT entities of a text: (text, id).
    fn events(text: &str) -> Vec<(&str, String)> {
        tag(&EntityTagger::default(), text, None)
            .into_iter()
            .filter(|e| e.label == Label::Event)
            .map(|e| (e.text_in(text), e.id))
            .collect()
    }

    #[test]
    fn a_name_the_tagger_did_not_read_is_named_by_its_apposition() {
        let text = "Markets steadied in the aftermath of Kavach-e-Sahil, the recent military escalation between the two states.";
        assert_eq!(
            events(text),
            vec![("Kavach-e-Sahil", "event:kavach-e-sahil".to_string())]
        );
        // A name opening the sentence (no "of" or "in" before it) is not taken as one.
        assert!(events("Kavach-e-Sahil, the recent escalation, ended.").is_empty());
    }

    #[test]
    fn named_storms_are_events() {
        let text = "Hurricane Ian slammed into Florida. Tropical Storm Nicole weakened. The Hurricane Center warned of Storm surge.";
        assert_eq!(
            events(text),
            [
                ("Hurricane Ian", "event:hurricane-ian".to_string()),
                (
                    "Tropical Storm Nicole",
                    "event:tropical-storm-nicole".to_string()
                )
            ]
        );
    }

    #[test]
    fn an_apposition_and_an_operation_are_events() {
        let text = "The summit comes in the aftermath of Marka-e-Haq, the recent military escalation between Pakistan and India. India launched Operation Sindoor on May 7.";
        assert_eq!(
            events(text),
            [
                ("Marka-e-Haq", "event:marka-e-haq".to_string()),
                ("Operation Sindoor", "event:operation-sindoor".to_string())
            ]
        );
    }

    #[test]
    fn who_did_the_deed_does_not_name_it() {
        // "fatally shot": an adverb and a verb in the past have a subject before them.
        assert_eq!(
            events("Officer Eric Hill fatally shot the teen when he refused to stop."),
            []
        );
    }

    /// (start, end, label, id) of entities, to compare two taggings.
    fn spans(ents: &[Entity]) -> Vec<(usize, usize, Label, String)> {
        ents.iter()
            .map(|e| (e.start, e.end, e.label, e.id.clone()))
            .collect()
    }

    #[test]
    fn passing_over_sentences_that_name_nothing_changes_no_entity() {
        // `tag` reads incidents only in sentences that may name one; every text of the
        // story set gets the entities the full reading gives.
        let stories: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/stories/stories.json"))
                .expect("stories.json parses");
        let t = EntityTagger::default();
        let mut texts: Vec<&str> = vec![
            "Hurricane Helene made landfall. Prices rose. Marka-e-Haq, the recent military escalation, ended.",
            "Attacks such as Jaffar Express shocked Pakistan. The Palisades Fire spread.",
        ];
        for story in stories.as_object().into_iter().flat_map(|o| o.values()) {
            texts.extend(
                story
                    .as_object()
                    .into_iter()
                    .flat_map(|o| o.values())
                    .filter_map(|v| v.as_str()),
            );
        }
        assert!(texts.len() > 100, "{}", texts.len());
        for text in texts {
            assert_eq!(
                spans(&tag(&t, text, None)),
                spans(&analyze(&t, text, None).0.entities),
                "{text}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Sentences of the words the incident rules look for: passing over the
        /// sentences that may name no incident changes no entity.
        #[test]
        fn passing_over_changes_nothing(picks in proptest::collection::vec(0usize..WORDS.len(), 0..30)) {
            let text = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            let t = EntityTagger::default();
            prop_assert_eq!(spans(&tag(&t, &text, None)), spans(&analyze(&t, &text, None).0.entities));
        }

        /// Any text: entities stay ordered and disjoint after relabelling.
        #[test]
        fn entities_stay_ordered(text in any::<String>()) {
            let (a, mentions) = analyze(&EntityTagger::default(), &text, None);
            let mut prev = 0;
            for e in &a.entities {
                prop_assert!(prev <= e.start && e.start < e.end && e.end <= text.len());
                prev = e.end;
            }
            for m in &mentions {
                prop_assert!(m.start <= m.end && m.end <= text.len());
            }
        }

        /// Sentences made of the words the incident rules look for, in any order (at
        /// the start or end of a sentence, beside punctuation): no rule reads past
        /// the sentence, and the corpus pass over given names keeps spans valid.
        #[test]
        fn rule_words_in_any_order(picks in proptest::collection::vec(0usize..WORDS.len(), 0..24), split in 0usize..24) {
            let words: Vec<&str> = picks.iter().map(|&i| WORDS[i]).collect();
            let (a, b) = words.split_at(split.min(words.len()));
            let texts = [a.join(" "), b.join(" ")];
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let t = EntityTagger::default();
            let (mut analyses, mut mentions): (Vec<_>, Vec<_>) =
                texts.iter().map(|x| analyze(&t, x, None)).unzip();
            read_given_names(&texts, &mut analyses, &mut mentions);
            for (text, ms) in texts.iter().zip(&mentions) {
                for m in ms {
                    prop_assert!(m.start <= m.end && m.end <= text.len());
                    prop_assert!(m.refers_to.is_none_or(|r| r < ms.len()));
                }
            }
        }
    }

    #[test]
    fn rule_words_at_the_edges_of_a_sentence() {
        let t = EntityTagger::default();
        for text in [
            "'s collapsed",
            "'s collapse of",
            "unveiled Peter",
            "as",
            "Fire",
            "25 years in",
            "off",
            "dropped out of the",
            "Elizabeth II",
            "released basketball player",
            "came",
        ] {
            let (_, ms) = analyze(&t, text, None);
            assert!(ms.iter().all(|m| m.end <= text.len()), "{text}");
        }
    }

    /// Words the incident rules look for, and punctuation around them.
    const WORDS: [&str; 152] = [
        "'s",
        "recalling",
        "million",
        "Explorer",
        "SUVs",
        "deployed",
        "troops",
        "held",
        "rally",
        "phone",
        "’",
        "Alaska’s",
        ",",
        "a",
        "decision",
        "immunity",
        "plot",
        "to",
        "attack",
        "computers",
        "company",
        "shot",
        "where",
        "film",
        "down",
        "collided",
        "struck",
        "Israel",
        "bombers",
        "strike",
        "on",
        "plunged",
        "Stocks",
        "surrendered",
        "jail",
        "One",
        "fired",
        "shots",
        "were",
        "rockets",
        "into",
        "rooftop",
        "fire",
        "collapsed",
        "failure",
        "of",
        "the",
        "Bank",
        "as",
        "Peter",
        "Capaldi",
        "Fire",
        "Palisades",
        "volcano",
        "erupted",
        "felt",
        "heard",
        "sank",
        "boat",
        "25",
        "years",
        "in",
        "prison",
        "life",
        "behind",
        "bars",
        "launched",
        "Apple",
        "unveiled",
        "showed",
        "off",
        "entered",
        "rehab",
        "Australians",
        "voted",
        "runoff",
        "Jeffs",
        ",",
        ".",
        "Hurricane",
        "Helene",
        "acquired",
        "guard",
        "Westbrook",
        "suburban",
        "Detroit",
        "near",
        "strike",
        "went",
        "on",
        "2020",
        "election",
        "jet",
        "crashed",
        "came",
        "down",
        "rally",
        "dropped",
        "out",
        "race",
        "imploded",
        "pleaded",
        "not",
        "guilty",
        "released",
        "player",
        "Griner",
        "beating",
        "France",
        "II",
        "stormed",
        "mob",
        "searched",
        "agents",
        "voters",
        "approved",
        "63",
        "to",
        "been",
        "met",
        "mutiny",
        "massacre",
        "announced",
        "plan",
        "issued",
        "crackdown",
        "endorsed",
        "picked",
        "testified",
        "committee",
        "guilty",
        "lowered",
        "rate",
        "set",
        "will",
        "Tuesday",
        "martial",
        "law",
        "fatally",
        "shot",
        "machinists",
        "struck",
        "pulled",
        "his",
        "name",
        "from",
        "consideration",
        "heart",
        "captured",
        "Kabul",
        "regime",
        "control",
    ];
}
