//! Coverage: which document mentions which incident or actor, and which leaves it out.
//!
//! The corpus's coverage rules live here, once, for incidents and actors alike:
//! - a mention counts when its sentence neither repeats an earlier passage of its
//!   document nor is site boilerplate (a teaser, a share notice);
//! - an item is compared across the documents of the stories that mention it (every
//!   document, for an incident of the user's catalogue): an article about another
//!   story does not omit it, and a large corpus of many stories stays small to compare;
//! - a document omits an item when it is compared on it, counts no mention of it, and
//!   some other document counts one (or the catalogue lists the item).

use std::collections::{BTreeMap, HashMap};

use super::DocResult;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::{Entity, Label};
use crate::incidents::Incident;

/// One (item, document) pair compared: how often the document mentions the item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The incident or actor (its index in the list the cells were computed for).
    pub item: usize,
    /// The document.
    pub doc: usize,
    /// Mentions that count (outside repeated passages and boilerplate).
    pub mentions: usize,
    /// The first counted mention (index into the document's mentions or entities).
    pub first: Option<usize>,
    /// Whether the document leaves the item out while another tells it (or the
    /// catalogue lists it).
    pub omitted: bool,
}

/// An actor of the corpus: the id its mentions share, its name and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The actor's id ("iso:IN", "person:rajnath-singh"); see [`actor_key`].
    pub id: String,
    /// Its name: the gazetteer's, else its first mention's.
    pub name: String,
    /// What sort of actor it is.
    pub kind: ActorKind,
}

/// What sort of actor an entity names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorKind {
    /// A person.
    Person,
    /// A company, agency, party, armed group or other organisation.
    Organisation,
    /// A country, named or spoken for (a demonym, its capital).
    Country,
    /// A group of people named by what they share ("Baloch", "Republicans").
    Group,
    /// A place below or beside a country: a city, a region, a sea.
    Place,
}

impl ActorKind {
    /// The kind's name: "person", "organisation", "country", "group", "place".
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
        }
    }
}

/// The actor an entity stands for: a demonym of a country ("Indian", `norp:IN`) or a
/// capital or seat of power standing for it ("New Delhi said") counts toward the
/// country (`iso:IN`); any other entity is its own id.
///
/// ```
/// use slant::corpus::coverage::actor_key;
/// use slant::entities::EntityTagger;
/// let text = "Indian officials met Pakistani diplomats in Geneva.";
/// let ents = EntityTagger::default().tag(text, None);
/// let keys: Vec<String> = ents.iter().map(|e| actor_key(e).into_owned()).collect();
/// assert!(keys.contains(&"iso:IN".to_string()) && keys.contains(&"iso:PK".to_string()));
/// ```
pub fn actor_key(e: &Entity) -> std::borrow::Cow<'_, str> {
    if let Some(code) = e.id.strip_prefix("norp:") {
        if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
            return format!("iso:{code}").into();
        }
    }
    e.refers.as_deref().unwrap_or(&e.id).into()
}

/// Every actor mention of a document, in order of entities then groups: byte span,
/// the actor's id ([`actor_key`] or the group's) and whether it counts as evidence.
///
/// ```
/// use slant::corpus::{analyze, coverage::actor_mentions};
/// use slant::entities::EntityTagger;
/// let text = "Indian troops fired as protesters gathered.";
/// let r = analyze(&EntityTagger::default(), &[(text, None)], &[], 1);
/// let ids: Vec<String> = actor_mentions(&r.docs[0]).into_iter().map(|m| m.2).collect();
/// assert_eq!(ids, ["iso:IN", "group:in:troops", "group:protesters"]);
/// ```
pub fn actor_mentions(doc: &DocResult) -> Vec<(usize, usize, String, bool)> {
    let counted = |start: usize| {
        doc.analysis
            .sentences
            .iter()
            .position(|s| s.start <= start && start < s.end)
            .is_none_or(|s| counts(doc, s))
    };
    let entities = doc
        .analysis
        .entities
        .iter()
        .filter(|e| ACTOR_LABELS.contains(&e.label))
        .map(|e| (e.start, e.end, actor_key(e).into_owned(), counted(e.start)));
    let groups = doc
        .groups
        .iter()
        .map(|g| (g.start, g.end, g.id.clone(), counted(g.start)));
    entities.chain(groups).collect()
}

/// The kind of actor a key and label name.
fn kind_of(key: &str, label: Label) -> ActorKind {
    if key.starts_with("iso:") {
        return ActorKind::Country;
    }
    // A listed place the tagger read as a body ("California" of "California Gov.
    // Gavin Newsom") is still a place.
    if key.starts_with("adm1:") || key.starts_with("geonames:") {
        return ActorKind::Place;
    }
    match label {
        Label::Person => ActorKind::Person,
        Label::Org => ActorKind::Organisation,
        Label::Norp => ActorKind::Group,
        _ => ActorKind::Place,
    }
}

/// Entity labels that name actors (people, organisations, places, groups).
pub const ACTOR_LABELS: [Label; 5] = [
    Label::Person,
    Label::Org,
    Label::Gpe,
    Label::Loc,
    Label::Norp,
];

/// Whether sentence `k` of a document counts as evidence (no repeat, no site line).
pub fn counts(doc: &DocResult, k: usize) -> bool {
    !doc.repeated.get(k).copied().unwrap_or(false)
        && doc.boilerplate.get(k).copied().flatten().is_none()
}

/// Coverage of the incidents: cells ordered by incident, then document.
///
/// ```
/// use slant::corpus::{analyze, coverage::incident_coverage};
/// use slant::entities::EntityTagger;
/// let docs = [
///     ("A bomb attack in Quetta killed 9 people on May 2, 2025.", None),
///     ("The May 2 bombing in Quetta drew condemnation from Quetta residents.", None),
///     ("Quetta residents met officials in Quetta on Monday.", None),
/// ];
/// let r = analyze(&EntityTagger::default(), &docs, &[], 1);
/// let cells = incident_coverage(&r.docs, &r.incidents, &r.stories);
/// let k = r.incidents.iter().position(|i| i.name.starts_with("Quetta bombing")).unwrap();
/// let told: Vec<(usize, bool)> = cells.iter().filter(|c| c.item == k).map(|c| (c.doc, c.omitted)).collect();
/// assert!(told.contains(&(0, false)) && told.contains(&(1, false)));
/// ```
pub fn incident_coverage(
    docs: &[DocResult],
    incidents: &[Incident],
    stories: &[usize],
) -> Vec<Cell> {
    let mut seen: Vec<Vec<(usize, usize, bool)>> = vec![Vec::new(); incidents.len()];
    for (k, inc) in incidents.iter().enumerate() {
        for &(d, i) in &inc.mentions {
            let Some(m) = docs.get(d).and_then(|doc| doc.mentions.get(i)) else {
                continue;
            };
            seen[k].push((d, i, counts(&docs[d], m.sentence)));
        }
    }
    let everywhere: Vec<bool> = incidents.iter().map(|i| i.catalogued).collect();
    cells(docs.len(), &seen, stories, &everywhere)
}

/// The actors the documents name (entities with an [`ACTOR_LABELS`] label, one per
/// [`actor_key`], in order of first mention, then the groups they name without a
/// proper name) and their coverage, ordered by actor, then document. A cell's `first`
/// indexes the document's entities, or its groups after them. Names come from the
/// gazetteer `g` where it lists the actor.
///
/// ```
/// use slant::corpus::{analyze, coverage::actor_coverage};
/// use slant::entities::EntityTagger;
/// let docs = [
///     ("India and Pakistan traded fire across the border on Monday.", None),
///     ("Pakistan said the border firing had stopped on Monday.", None),
/// ];
/// let r = analyze(&EntityTagger::default(), &docs, &[], 1);
/// let g = EntityTagger::default();
/// let (actors, cells) = actor_coverage(&r.docs, &r.stories, g.gazetteer());
/// let india = actors.iter().position(|a| a.id == "iso:IN").unwrap();
/// let omitted: Vec<usize> = cells.iter().filter(|c| c.item == india && c.omitted).map(|c| c.doc).collect();
/// assert_eq!(omitted, vec![1]);
/// ```
pub fn actor_coverage(
    docs: &[DocResult],
    stories: &[usize],
    g: &Gazetteer,
) -> (Vec<Actor>, Vec<Cell>) {
    let mut actors: Vec<Actor> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut seen: Vec<Vec<(usize, usize, bool)>> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let sentences = &doc.analysis.sentences;
        for (i, e) in doc.analysis.entities.iter().enumerate() {
            if !ACTOR_LABELS.contains(&e.label) {
                continue;
            }
            let key = actor_key(e);
            let k = match index.get(key.as_ref()) {
                Some(&k) => k,
                None => {
                    let name = match g.get(&key) {
                        Some(entry) => entry.canonical.clone(),
                        None => e.canonical.clone(),
                    };
                    actors.push(Actor {
                        kind: kind_of(&key, e.label),
                        id: key.clone().into_owned(),
                        name,
                    });
                    seen.push(Vec::new());
                    index.insert(key.into_owned(), actors.len() - 1);
                    actors.len() - 1
                }
            };
            // An entity outside every sentence (none is, but offsets are data) counts.
            let counted = sentences
                .iter()
                .position(|s| s.start <= e.start && e.start < s.end)
                .is_none_or(|s| counts(doc, s));
            seen[k].push((d, i, counted));
        }
        // Groups come after the entities: their index is the entity count plus theirs.
        let n = doc.analysis.entities.len();
        for (gi, g) in doc.groups.iter().enumerate() {
            let k = match index.get(g.id.as_str()) {
                Some(&k) => k,
                None => {
                    actors.push(Actor {
                        id: g.id.clone(),
                        name: g.name.clone(),
                        kind: ActorKind::Group,
                    });
                    seen.push(Vec::new());
                    index.insert(g.id.clone(), actors.len() - 1);
                    actors.len() - 1
                }
            };
            let counted = sentences
                .iter()
                .position(|s| s.start <= g.start && g.start < s.end)
                .is_none_or(|s| counts(doc, s));
            seen[k].push((d, n + gi, counted));
        }
    }
    let everywhere = vec![false; actors.len()];
    let cells = cells(docs.len(), &seen, stories, &everywhere);
    (actors, cells)
}

/// The cells of items seen at (document, index, counted) occurrences: each item is
/// compared across the documents of the stories it occurs in, or every document when
/// `everywhere` says so. `stories` gives each document's story; when it does not
/// cover every document, the corpus is read as one story.
fn cells(
    n_docs: usize,
    seen: &[Vec<(usize, usize, bool)>],
    stories: &[usize],
    everywhere: &[bool],
) -> Vec<Cell> {
    let one_story = stories.len() != n_docs;
    let story_of = |d: usize| if one_story { 0 } else { stories[d] };
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for d in 0..n_docs {
        members.entry(story_of(d)).or_default().push(d);
    }
    let mut out = Vec::new();
    for (item, occurrences) in seen.iter().enumerate() {
        // Per document in scope: (counted mentions, first counted mention).
        let mut scope: BTreeMap<usize, (usize, Option<usize>)> = BTreeMap::new();
        if everywhere.get(item).copied().unwrap_or(false) {
            scope.extend((0..n_docs).map(|d| (d, (0, None))));
        }
        for &(d, _, _) in occurrences {
            if d < n_docs && !scope.contains_key(&d) {
                for &o in &members[&story_of(d)] {
                    scope.entry(o).or_insert((0, None));
                }
            }
        }
        for &(d, i, counted) in occurrences {
            if let (true, Some(cell)) = (counted, scope.get_mut(&d)) {
                cell.0 += 1;
                cell.1 = Some(cell.1.map_or(i, |f: usize| f.min(i)));
            }
        }
        let telling = scope.values().filter(|c| c.0 > 0).count();
        let listed = everywhere.get(item).copied().unwrap_or(false);
        for (doc, (mentions, first)) in scope {
            let others = telling - usize::from(mentions > 0);
            out.push(Cell {
                item,
                doc,
                mentions,
                first,
                omitted: mentions == 0 && (others > 0 || listed),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cell(item: usize, doc: usize, mentions: usize, first: Option<usize>, omitted: bool) -> Cell {
        Cell {
            item,
            doc,
            mentions,
            first,
            omitted,
        }
    }

    #[test]
    fn a_listed_place_read_as_a_body_is_a_place() {
        assert_eq!(kind_of("adm1:US:california", Label::Org), ActorKind::Place);
        assert_eq!(kind_of("iso:US", Label::Org), ActorKind::Country);
        assert_eq!(kind_of("org:fbi", Label::Org), ActorKind::Organisation);
    }

    #[test]
    fn an_item_is_compared_within_its_stories() {
        // Documents 0-1 tell one story, 2-3 another; the item occurs in 0 only.
        let got = cells(4, &[vec![(0, 5, true)]], &[0, 0, 1, 1], &[false]);
        assert_eq!(
            got,
            vec![cell(0, 0, 1, Some(5), false), cell(0, 1, 0, None, true)]
        );
    }

    #[test]
    fn repeated_mentions_do_not_count_and_omit_nothing_alone() {
        // Only a repeated passage of document 1 names it: nobody counts it, so no
        // document omits it.
        let got = cells(2, &[vec![(1, 0, false)]], &[0, 0], &[false]);
        assert_eq!(
            got,
            vec![cell(0, 0, 0, None, false), cell(0, 1, 0, None, false)]
        );
    }

    #[test]
    fn a_catalogued_item_is_compared_everywhere() {
        let got = cells(3, &[vec![]], &[0, 1, 2], &[true]);
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|c| c.omitted));
    }

    #[test]
    fn the_first_counted_mention_is_the_earliest() {
        let got = cells(
            1,
            &[vec![(0, 7, true), (0, 2, false), (0, 4, true)]],
            &[0],
            &[false],
        );
        assert_eq!(got, vec![cell(0, 0, 2, Some(4), false)]);
    }

    #[test]
    fn stories_that_do_not_fit_read_as_one() {
        let got = cells(3, &[vec![(2, 0, true)]], &[0], &[false]);
        assert_eq!(got.len(), 3);
    }

    proptest! {
        /// Every cell is in range, each (item, doc) once, and an omission is always
        /// beside a document that tells the item (no catalogue here).
        #[test]
        fn cells_are_consistent(
            n_docs in 1usize..8,
            stories in proptest::collection::vec(0usize..3, 0..8),
            seen in proptest::collection::vec(
                proptest::collection::vec((0usize..10, 0usize..5, any::<bool>()), 0..6), 0..5),
        ) {
            let everywhere = vec![false; seen.len()];
            let got = cells(n_docs, &seen, &stories, &everywhere);
            let mut pairs = std::collections::HashSet::new();
            for c in &got {
                prop_assert!(c.doc < n_docs && c.item < seen.len());
                prop_assert!(pairs.insert((c.item, c.doc)));
                if c.omitted {
                    prop_assert!(got.iter().any(|o| o.item == c.item && o.mentions > 0));
                }
                prop_assert_eq!(c.first.is_some(), c.mentions > 0);
            }
        }
    }
}
