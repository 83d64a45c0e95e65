//! Resolution: mentions that refer to the same real incident merge, within and across
//! documents, by compatible type, place (containment in the gazetteer's hierarchy),
//! participants, date and name.

use std::collections::HashMap;

use super::lexicon::{name_openers, types, TypeId};
use super::mentions::{DayRange, Mention};
use crate::entities::dates::Day;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::linking::slug;
use crate::knowledge::place_parts;

/// A resolved incident.
#[derive(Clone, Debug)]
pub struct Incident {
    /// Stable id from its name and date ("incident:pahalgam-attack-2025-04-22").
    pub id: String,
    /// Readable name from its most specific place (or name), type and date.
    pub name: String,
    /// Most specific type seen.
    pub ty: TypeId,
    /// Places, most specific first.
    pub places: Vec<String>,
    /// Participating countries (clashes), or the state imposing a measure (tariffs,
    /// sanctions).
    pub countries: Vec<String>,
    /// States a measure is imposed on ("tariffs on Chinese goods").
    pub targets: Vec<String>,
    /// Narrowest date seen.
    pub date: Option<DayRange>,
    /// Proper name, when a source used one.
    pub proper: Option<String>,
    /// Other names it goes by (catalogue aliases).
    pub aliases: Vec<String>,
    /// Whether it comes from a catalogue (its id and name are then the catalogue's).
    pub catalogued: bool,
    /// (document, mention index) pairs.
    pub mentions: Vec<(usize, usize)>,
    /// People and organisations taking part (entity ids), for the types told apart by
    /// who took part.
    pub participants: Vec<String>,
    /// People and bodies its acts were done to (see [`Mention::patients`]).
    pub patients: Vec<String>,
    /// The nouns its tellings describe people by (see [`Mention::described`]).
    pub described: Vec<String>,
}

impl Incident {
    /// A new incident of type `ty` that nothing is known of yet: resolution fills in
    /// its anchors and mentions, and names it at the end.
    fn of_type(ty: TypeId) -> Incident {
        Incident {
            id: String::new(),
            name: String::new(),
            ty,
            places: Vec::new(),
            countries: Vec::new(),
            targets: Vec::new(),
            date: None,
            proper: None,
            aliases: Vec::new(),
            catalogued: false,
            mentions: Vec::new(),
            participants: Vec::new(),
            patients: Vec::new(),
            described: Vec::new(),
        }
    }

    /// How many of the nouns a mention describes people by its tellings use too.
    fn describes_alike(&self, m: &Mention) -> usize {
        m.described
            .iter()
            .filter(|w| self.described.contains(w))
            .count()
    }
}

/// Blocking keys of a set of anchors: every place with its ancestors up to its
/// country, the region (for regional disasters), the states, the months a date covers
/// (with a month of slack on each side), the first word of each name and the
/// participants.
fn keys<'a>(
    g: &Gazetteer,
    places: &[String],
    countries: &[String],
    date: Option<DayRange>,
    names: impl Iterator<Item = &'a String>,
    participants: &[String],
) -> Vec<String> {
    let mut out: Vec<String> = participants.iter().map(|p| format!("W:{p}")).collect();
    // A spot no table lists goes by the listed place its name opens with too
    // ("Toronto Pearson Airport" by Toronto), which `places_relation` takes for it.
    let opening: Vec<String> = places
        .iter()
        .filter(|p| g.get(p).is_none())
        .filter_map(|p| listed_opening(g, p))
        .collect();
    for p in places.iter().chain(&opening) {
        let mut cur = Some(p.clone());
        for _ in 0..6 {
            let Some(c) = cur else { break };
            if c.starts_with("continent:") {
                break;
            }
            cur = g.get(&c).and_then(|e| e.parent.clone());
            let country = c.starts_with("iso:");
            out.push(format!("P:{c}"));
            if country {
                break;
            }
        }
        if let Some(r) = g.region(p) {
            out.push(format!("P:{r}"));
        }
    }
    for c in countries {
        out.push(format!("P:{c}"));
    }
    if let Some(d) = date {
        let (y0, m0) = (
            d.first.y * 12 + d.first.m as i32 - 1,
            d.last.y * 12 + d.last.m as i32 - 1,
        );
        for ym in (y0 - 1)..=(m0 + 1).min(y0 + 24) {
            out.push(format!("D:{ym}"));
        }
    }
    for n in names {
        if let Some(first) = slug(n).split('-').next() {
            out.push(format!("N:{first}"));
        }
    }
    out
}

/// The listed place whose name opens the name of `unlisted` (an id made from a
/// name, "loc:toronto-pearson-airport"), as [`extends`] reads it: "geonames:6167865"
/// (Toronto).
fn listed_opening(g: &Gazetteer, unlisted: &str) -> Option<String> {
    let tail = unlisted.split_once(':').map_or(unlisted, |(_, t)| t);
    let words: Vec<String> = tail
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    (1..words.len()).rev().find_map(|k| {
        let name = words[..k].join(" ");
        let toks = crate::tokens::tokenize(&name);
        let e = g.entry(g.lookup(&name, &toks)?);
        extends(g, unlisted, &e.id).then(|| e.id.clone())
    })
}

/// The most specific place of a list: the deepest in the hierarchy.
fn specific_place<'a>(g: &Gazetteer, places: &'a [String]) -> Option<&'a String> {
    places.iter().max_by_key(|p| inc_depth(g, p))
}

fn places_relation(g: &Gazetteer, a: &[String], b: &[String], regional: bool) -> Option<bool> {
    // A town or a spot both name: the same place, whatever else either adds. A country
    // or a region is named beside most incidents of a story, and proves nothing.
    let local = |p: &String| {
        !["iso:", "continent:", "region:"]
            .iter()
            .any(|k| p.starts_with(k))
    };
    if a.iter().any(|p| local(p) && b.contains(p)) {
        return Some(true);
    }
    // So is a spot no table lists whose name opens with a town the other names
    // ("Toronto Pearson Airport" and "Toronto"), whatever else either adds ("a
    // flight from Minneapolis").
    if a.iter()
        .any(|x| b.iter().any(|y| extends(g, x, y) || extends(g, y, x)))
    {
        return Some(true);
    }
    // Two names no table lists, one the other with words after it: "Balmoral" and
    // "Balmoral Castle" are one spot.
    let tail = |x: &str| x.split_once(':').map_or(x, |(_, t)| t).to_string();
    let longer = |x: &String, y: &String| {
        let (tx, ty) = (tail(x), tail(y));
        tx.strip_prefix(ty.as_str())
            .is_some_and(|r| r.starts_with('-'))
    };
    let unlisted = |x: &&String| g.get(x).is_none();
    if a.iter().filter(unlisted).any(|x| {
        b.iter()
            .filter(unlisted)
            .any(|y| longer(x, y) || longer(y, x))
    }) {
        return Some(true);
    }
    let (p, q) = (specific_place(g, a)?, specific_place(g, b)?);
    // A disaster strikes several places at once, none named as more precise than the
    // others ("southern Turkey and northern Syria"): any of them may hold the place
    // another source names ("Gaziantep").
    let several = |list: &[String], other: &String| {
        list.len() >= 2
            && list
                .iter()
                .all(|x| inc_depth(g, x) == inc_depth(g, &list[0]))
            && list
                .iter()
                .any(|x| g.within(other, x) || g.within(x, other))
    };
    if regional && (several(a, q) || several(b, p)) {
        return Some(true);
    }
    if p == q || g.within(p, q) || g.within(q, p) || extends(g, p, q) || extends(g, q, p) {
        return Some(true);
    }
    if named_after(g, p, q) || named_after(g, q, p) {
        return Some(true);
    }
    // A river, lake or bay no table lists runs through or beside many towns: "plunged
    // into the Patapsco River" and "in Baltimore" may be one place; an airport or a
    // school no table lists lies in or near some town ("near Reagan National
    // Airport" and "near Washington").
    let listed = |x: &str| g.get(x).is_some();
    if natural_unlisted(g, p)
        || natural_unlisted(g, q)
        || (built_unlisted(g, p) && listed(q))
        || (built_unlisted(g, q) && listed(p))
    {
        return None;
    }
    // A place no table lists beside a listed one neither agrees nor disagrees: a spot,
    // a neighbourhood or a village may lie in the town ("at Mar-a-Lago" and "in Palm
    // Beach"), a town in the country ("near Grindavik" and "on Iceland's Reykjanes
    // peninsula"), and a storm's region may hold the state ("in Appalachia" and "hit
    // Florida"). (An unlisted town against a listed one counted as two places before:
    // on ECB+ train, 2 coverage cells more are right without that, none fewer.) Two
    // unlisted names of a storm's or a flood's region may be one region too.
    if g.get(p).is_none() != g.get(q).is_none()
        || (regional && g.get(p).is_none() && g.get(q).is_none())
    {
        return None;
    }
    // A flood or a storm covers a region: two towns of one state see the same one.
    Some(regional && g.region(p).is_some_and(|r| Some(r) == g.region(q)))
}

/// Whether `unlisted`, a place no table lists, is the listed place `listed` with words
/// after it, or with a word naming a part of it before (`place_parts.txt`): the tagger
/// took "Bloomington Sam" (of "the Bloomington Sam's Club store") for one place, and it
/// lies in Bloomington; "Northeast Philadelphia" lies in Philadelphia.
fn extends(g: &Gazetteer, unlisted: &str, listed: &str) -> bool {
    let (Some(e), None) = (g.get(listed), g.get(unlisted)) else {
        return false;
    };
    let name = slug(&e.canonical);
    let tail = unlisted.split_once(':').map_or(unlisted, |(_, t)| t);
    let part_of = || {
        tail.split_once('-')
            .is_some_and(|(first, rest)| rest == name && place_parts().contains(first))
    };
    !name.is_empty()
        && (tail
            .strip_prefix(name.as_str())
            .is_some_and(|r| r.starts_with('-'))
            || part_of())
}

/// Whether the listed place `a` is named after its neighbour `b`, a place of the same
/// town, division or country whose name it extends: "Bondi Junction" beside "Bondi",
/// "Brooklyn Heights" in Brooklyn. News names either for one spot.
fn named_after(g: &Gazetteer, a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (g.get(a), g.get(b)) else {
        return false;
    };
    x.parent.is_some()
        && (x.parent == y.parent || x.parent.as_deref() == Some(b))
        && x.canonical
            .strip_prefix(y.canonical.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether a place is one no table lists whose name ends in a head word of class
/// `head`: a natural feature's ("Patapsco River", "Tasman Glacier") or a built
/// place's ("Reagan National Airport", "Camp Mystic").
fn unlisted_with_head(g: &Gazetteer, id: &str, head: crate::knowledge::Head) -> bool {
    g.get(id).is_none()
        && id
            .rsplit(['-', ':'])
            .next()
            .is_some_and(|last| crate::knowledge::has_head(last, head))
}

fn natural_unlisted(g: &Gazetteer, id: &str) -> bool {
    unlisted_with_head(g, id, crate::knowledge::Head::Loc)
}

fn built_unlisted(g: &Gazetteer, id: &str) -> bool {
    unlisted_with_head(g, id, crate::knowledge::Head::Facility)
}

/// Whether the participants agree, for types told apart by who took part: one shared
/// person or organisation is the same event, none shared two events.
///
/// Two that name different people (or different bodies) the act was done to (see
/// [`Mention::patients`]) are two, whatever else they share.
///
/// For an event of no known class, already linked by coreference, a shared person
/// agrees and none shared says nothing: sources name different sides of one event. A
/// shared organisation is no evidence there: a story's main bodies stand beside most
/// of its events ("the SCO" in every sentence of a summit's coverage).
fn participants_relation(inc: &Incident, m: &Mention) -> Option<bool> {
    let ty = types();
    // A person named by a surname alone ("person:biden") may be any person of that
    // surname ("person:joe-biden") another source names in full.
    let among = |p: &String, list: &[String]| list.iter().any(|q| same_person(p, q));
    // One act done to two different people ("placed Reggie Bush on injured
    // reserve", "placed Pierre Thomas on injured reserve") is two events.
    // People are compared with people and bodies with bodies: "fired FBI Director
    // James Comey" has the bureau after its verb, "Comey was dismissed" the man.
    fn of_kind<'a>(ps: &'a [String], kind: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        ps.iter().filter(move |p| p.starts_with(kind))
    }
    let apart = ["person:", "org:"].iter().any(|kind| {
        let (a, b) = (&inc.patients[..], &m.patients[..]);
        of_kind(a, kind).next().is_some()
            && of_kind(b, kind).next().is_some()
            && !of_kind(b, kind).any(|p| of_kind(a, kind).any(|q| same_actor(p, q)))
    });
    if apart {
        return Some(false);
    }
    if ty.is_open(inc.ty) || ty.is_open(m.ty) {
        let shared = m
            .participants
            .iter()
            .any(|p| p.starts_with("person:") && among(p, &inc.participants));
        return shared.then_some(true);
    }
    if !(ty.told_by_who(inc.ty) || ty.told_by_who(m.ty))
        || inc.participants.is_empty()
        || m.participants.is_empty()
    {
        return None;
    }
    // People tell such events apart better than bodies do: a team fires two coaches,
    // a court tries two defendants. When both name people, one must be shared.
    let person = |p: &&String| p.starts_with("person:");
    // Between two parties ("Trump's call with Putin", "Trump called Zelensky"): when
    // both name a pair, the pair must be the same.
    if ty.between_two(inc.ty) || ty.between_two(m.ty) {
        let named = m.participants.iter().filter(person).count();
        if named >= 2 && inc.participants.iter().filter(person).count() >= 2 {
            return Some(
                m.participants
                    .iter()
                    .filter(person)
                    .all(|p| among(p, &inc.participants)),
            );
        }
    }
    if inc.participants.iter().any(|p| person(&p)) && m.participants.iter().any(|p| person(&p)) {
        return Some(
            m.participants
                .iter()
                .filter(person)
                .any(|p| among(p, &inc.participants)),
        );
    }
    // One told by the people in it, the other by the bodies ("his confirmation
    // hearing", "a hearing before the Senate Armed Services Committee"): no side is
    // named twice, so nothing disagrees. (Not both name people here, so one named only
    // by people means the other names none.)
    if inc.participants.iter().all(|p| person(&p)) || m.participants.iter().all(|p| person(&p)) {
        return None;
    }
    Some(m.participants.iter().any(|p| inc.participants.contains(p)))
}

/// Whether two participant ids may name one person: the same id, or a person named
/// by one name ("person:biden") and one whose id ends in it ("person:joe-biden").
fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (Some(x), Some(y)) = (a.strip_prefix("person:"), b.strip_prefix("person:")) else {
        return false;
    };
    let ends = |long: &str, short: &str| {
        !short.contains('-')
            && long
                .strip_suffix(short)
                .is_some_and(|rest| rest.ends_with('-'))
    };
    ends(x, y) || ends(y, x)
}

/// Whether two participant ids may name one actor: two people of one surname
/// ("person:regina-m-benjamin", "person:regina-benjamin"), or two bodies one of whose
/// names is the other's start ("org:activision" and "org:activision-blizzard").
fn same_actor(a: &str, b: &str) -> bool {
    if same_person(a, b) {
        return true;
    }
    if let (Some(x), Some(y)) = (a.strip_prefix("person:"), b.strip_prefix("person:")) {
        return x.rsplit('-').next() == y.rsplit('-').next();
    }
    let (Some(x), Some(y)) = (a.strip_prefix("org:"), b.strip_prefix("org:")) else {
        return false;
    };
    let starts = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.starts_with('-'))
    };
    starts(x, y) || starts(y, x)
}

fn countries_relation(a: &[String], b: &[String]) -> Option<bool> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    Some(small.iter().all(|c| big.contains(c)))
}

/// A measure one state imposes and another's answer to it are two incidents: the
/// imposer of one is the target of the other ("tariffs on Chinese goods" and China's
/// "tariffs on American products"); so are one state's measures on two others.
fn targets_relation(inc: &Incident, m: &Mention) -> Option<bool> {
    let crossed = m.targets.iter().any(|t| inc.countries.contains(t))
        || inc.targets.iter().any(|t| m.countries.contains(t));
    let apart = !m.targets.is_empty()
        && !inc.targets.is_empty()
        && !m.targets.iter().any(|t| inc.targets.contains(t));
    (crossed || apart).then_some(false)
}

fn date_relation(a: Option<DayRange>, b: Option<DayRange>, slack: i64) -> Option<bool> {
    let (a, b) = (a?, b?);
    // Some slack: sources date the same clash by its start or by its ceasefire.
    let widen = |r: DayRange| DayRange {
        first: r.first.plus(-slack),
        last: r.last.plus(slack),
    };
    Some(widen(a).overlaps(&b))
}

fn name_relation(inc: &Incident, b: &Option<String>) -> Option<bool> {
    let b = slug(b.as_deref()?);
    let mut names = inc.proper.iter().chain(&inc.aliases).peekable();
    names.peek()?;
    Some(names.any(|n| slug(n) == b || b.starts_with(&slug(n)) || slug(n).starts_with(&b)))
}

/// Days within which an undated mention's article date counts as agreeing with an
/// incident's date: news reports what happened in the days before it appeared.
const RECENT_DAYS: i64 = 7;

/// Whether an incident's date lies within [`RECENT_DAYS`] of an article's date.
fn recent(inc: &Incident, article: Option<Day>) -> bool {
    match (inc.date, article) {
        (Some(d), Some(a)) => DayRange {
            first: a.plus(-RECENT_DAYS),
            last: a.plus(RECENT_DAYS),
        }
        .overlaps(&d),
        _ => false,
    }
}

/// How far (in days) an incident's date lies from an article's date; unknown is far.
fn distance(inc: &Incident, article: Option<Day>) -> i64 {
    match (inc.date, article) {
        (Some(d), Some(a)) if d.overlaps(&DayRange { first: a, last: a }) => 0,
        (Some(d), Some(a)) => a.days_until(d.first).abs().min(d.last.days_until(a).abs()),
        _ => i64::MAX,
    }
}

/// How well a mention fits an incident: None when incompatible, else the number of
/// anchors that agree (at least one must). A mention without a date of its own takes
/// its article's date as a weak anchor: it agrees with an incident of those days
/// ("talks in Geneva" in an article of June 14 are the talks of June 13), and never
/// disagrees, since articles also speak of what is to come.
///
/// `same_group` says whether event coreference put the mention in a group that some
/// mention of the incident is in. That is one more anchor; for the open type, of no
/// known class, it is the one that must agree.
/// Days of slack between two dates of an incident that lasts weeks (a shutdown, a
/// war): sources date it by its start, a milestone or its end.
const LASTING_DAYS: i64 = 45;

fn fit(
    g: &Gazetteer,
    inc: &Incident,
    m: &Mention,
    article: Option<Day>,
    same_group: bool,
) -> Option<usize> {
    let ty = types();
    let open = ty.is_open(inc.ty) || ty.is_open(m.ty);
    if open && !same_group {
        return None;
    }
    // Parts of one whole (strikes, standoff and ceasefire of a clash; talks and their
    // declaration) are one incident, and such a whole spans days: sources date it by
    // its start, its end or one of its parts, so dates get a week of slack.
    let family = ty.same_whole(inc.ty, m.ty);
    let regional = ty.is_regional(inc.ty) || ty.is_regional(m.ty);
    // "Ten killed in Buffalo" told alone is the toll of the Buffalo shooting another
    // article tells: it joins when where, when or who agrees. A named person's death
    // ("Esther Williams dies") is a life event of its own.
    let named = |ps: &[String]| ps.iter().any(|p| p.starts_with("person:"));
    let toll = (ty.is_toll(m.ty) && ty.has_toll(inc.ty) && !named(&m.participants))
        || (ty.is_toll(inc.ty) && ty.has_toll(m.ty) && !named(&inc.participants));
    // "Floyd died after an officer knelt on his neck" and "the killing of George
    // Floyd": a named person's death is the violence that killed that person.
    let death = ty.id("death");
    let died_of =
        |a: TypeId, b: TypeId| Some(a) == death && ty.is_a(b, ty.id("violence").unwrap_or(0));
    let shared_person = m
        .participants
        .iter()
        .any(|p| p.starts_with("person:") && inc.participants.iter().any(|q| same_person(p, q)));
    let killed = shared_person && (died_of(inc.ty, m.ty) || died_of(m.ty, inc.ty));
    // "Gelsinger stepped down", "Gelsinger retired", "the board forced out
    // Gelsinger": one person leaving a post, told as sources see it.
    let left_post = shared_person && ty.leaves_a_post(inc.ty) && ty.leaves_a_post(m.ty);
    if !ty.compatible(inc.ty, m.ty) && !family && !open && !toll && !killed && !left_post {
        return None;
    }
    let checks = [
        name_relation(inc, &m.name),
        places_relation(g, &inc.places, &m.places, regional),
        countries_relation(&inc.countries, &m.countries),
        // Open events are told apart by the day itself.
        date_relation(
            inc.date,
            m.date,
            if open {
                0
            } else if ty.is_lasting(inc.ty) && ty.is_lasting(m.ty) {
                LASTING_DAYS
            } else if family {
                7
            } else {
                2
            },
        ),
        // A toll names no one it could disagree on: the bodies around "killed 270
        // people" are not who a crash befell.
        participants_relation(inc, m).filter(|&agrees| agrees || !toll),
        targets_relation(inc, m),
    ];
    // Two different proper names are two incidents; a place or date that disagrees too.
    if checks.contains(&Some(false)) {
        return None;
    }
    let anchors = checks.iter().filter(|c| **c == Some(true)).count();
    if toll && anchors == 0 {
        return None;
    }
    let agree = anchors + usize::from(!open && m.date.is_none() && recent(inc, article));
    // An event of no known class needs who, where or when to agree as well: the same
    // word in two articles of one story is not yet the same event.
    if open && agree == 0 && !(same_group && m.vouched()) {
        return None;
    }
    // The group links what coreference found alike; who, where and when weigh more.
    let score = agree * 2 + usize::from(same_group);
    (score > 0).then_some(score)
}

/// Two incidents of compatible known kinds that name a person in common are one when
/// every mention of one fits the other: "Thompson was shot dead" and "charged
/// Mangione with murder" shared no person, place or date a mention was joined by, and
/// became two before "the killing of Brian Thompson" by Mangione named both.
fn join_bridged(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    incidents: &mut [Incident],
    home: &mut [Vec<Option<usize>>],
) {
    let ty = types();
    let mention = |at: &(usize, usize)| docs.get(at.0).and_then(|ms| ms.get(at.1));
    let people_of = |inc: &Incident| -> Vec<String> {
        let mut out: Vec<String> = inc
            .mentions
            .iter()
            .filter_map(mention)
            .flat_map(|m| m.participants.iter())
            .filter(|p| p.starts_with("person:"))
            .cloned()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    // The incidents each person is named in.
    let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, inc) in incidents.iter().enumerate() {
        if inc.catalogued || ty.is_open(inc.ty) {
            continue;
        }
        for p in people_of(inc) {
            by_person.entry(p).or_default().push(k);
        }
    }
    for k in 0..incidents.len() {
        if incidents[k].catalogued
            || ty.is_open(incidents[k].ty)
            || incidents[k].mentions.is_empty()
        {
            continue;
        }
        let mut joined = true;
        while joined {
            joined = false;
            let own = people_of(&incidents[k]);
            let mut others: Vec<usize> = own
                .iter()
                .filter_map(|p| by_person.get(p))
                .flatten()
                .copied()
                .filter(|&j| j != k && !incidents[j].mentions.is_empty())
                .collect();
            others.sort_unstable();
            others.dedup();
            for j in others {
                let (a, b) = (&incidents[k], &incidents[j]);
                if b.catalogued || ty.is_open(b.ty) || !ty.compatible(a.ty, b.ty) {
                    continue;
                }
                // Told whole by the other: every mention of `b` fits `a`.
                let fits_whole = b
                    .mentions
                    .iter()
                    .all(|at| mention(at).is_some_and(|m| fit(g, a, m, None, false).is_some()));
                if !fits_whole {
                    continue;
                }
                let theirs = people_of(b);
                let moved = std::mem::take(&mut incidents[j].mentions);
                for at in moved {
                    if let Some(m) = mention(&at) {
                        absorb(g, &mut incidents[k], m, at);
                        home[at.0][at.1] = Some(k);
                    }
                }
                for p in theirs {
                    let list = by_person.entry(p).or_default();
                    if !list.contains(&k) {
                        list.push(k);
                    }
                }
                joined = true;
            }
        }
    }
}

/// The type of an incident of type `a` told together with a mention of type `b`.
fn merged_type(a: TypeId, b: TypeId) -> TypeId {
    let ty = types();
    // An event of no known class told as one of a class is of that class.
    if ty.is_open(a) {
        return b;
    }
    if ty.is_open(b) {
        return a;
    }
    // A toll told with the incident it costs: the incident's type.
    if ty.is_toll(a) && ty.has_toll(b) && !ty.compatible(a, b) {
        return b;
    }
    // A kind that is also a part ("arrival", also a visit) merges as that part: an
    // arrival told with a visit is the visit, told with talks the meeting.
    let as_part = |t: TypeId| match ty.also(t) {
        Some(o) if ty.whole(t).is_none() && ty.whole(o).is_some() => o,
        _ => t,
    };
    let (pa, pb) = (as_part(a), as_part(b));
    if (pa, pb) != (a, b) && a != b {
        if pa == pb {
            return pa;
        }
        if ty.same_whole(pa, pb) {
            return ty.whole(pa).unwrap_or(pa);
        }
    }
    match ty.whole(a) {
        // Parts told together, or with their whole: strikes and a ceasefire are one
        // clash, talks and their declaration one meeting (`types.tsv`).
        Some(w) if a != b && ty.same_whole(a, b) => w,
        _ if ty.compatible(a, b) => ty.specific(a, b),
        _ => a,
    }
}

/// The type an incident of a whole with parts (`types.tsv`) is called by: the whole,
/// or a part told apart by who took part (one side's visit to a meeting, its victory
/// in a contest) that more of its documents tell than the whole. A visit during which
/// two leaders met is the visit when every source tells the visit and one the
/// meeting; a summit that every source tells, with one delegation's visit to it, is
/// the summit. Parts that are steps of the whole (a vote on a bill, a ceasefire in a
/// war) leave it the whole: they are not one party's share of it.
fn told_as(docs: &[Vec<Mention>], inc: &Incident) -> TypeId {
    let ty = types();
    let whole = inc.ty;
    if ty.whole(whole) != Some(whole) {
        return whole;
    }
    // The whole's or part's type a mention tells ("arrival", also a visit, tells the
    // visit), with the documents telling it.
    let mut told: Vec<(TypeId, Vec<usize>)> = Vec::new();
    for &(d, i) in &inc.mentions {
        let Some(m) = docs.get(d).and_then(|ms| ms.get(i)) else {
            continue;
        };
        let t = match ty.also(m.ty) {
            _ if ty.whole(m.ty) == Some(whole) => m.ty,
            Some(o) if ty.whole(o) == Some(whole) => o,
            _ => continue,
        };
        if t != whole && !ty.told_by_who(t) {
            continue;
        }
        match told.iter_mut().find(|(x, _)| *x == t) {
            Some((_, ds)) if !ds.contains(&d) => ds.push(d),
            Some(_) => {}
            None => told.push((t, vec![d])),
        }
    }
    let of_whole = told
        .iter()
        .find(|(t, _)| *t == whole)
        .map_or(0, |(_, ds)| ds.len());
    told.iter()
        .filter(|(_, ds)| ds.len() > of_whole)
        .max_by_key(|(t, ds)| (ds.len(), std::cmp::Reverse(*t)))
        .map_or(whole, |(t, _)| *t)
}

fn absorb(g: &Gazetteer, inc: &mut Incident, m: &Mention, at: (usize, usize)) {
    inc.ty = merged_type(inc.ty, m.ty);
    for p in &m.places {
        if !inc.places.contains(p) {
            inc.places.push(p.clone());
        }
    }
    // Most specific place first: one that lies within another comes before it.
    inc.places
        .sort_by_key(|p| std::cmp::Reverse(inc_depth(g, p)));
    for c in &m.countries {
        if !inc.countries.contains(c) {
            inc.countries.push(c.clone());
        }
    }
    for c in &m.targets {
        if !inc.targets.contains(c) {
            inc.targets.push(c.clone());
        }
    }
    if types().told_by_who(m.ty) || types().is_open(m.ty) {
        for p in &m.participants {
            if !inc.participants.contains(p) {
                inc.participants.push(p.clone());
            }
        }
    }
    for p in &m.patients {
        if !inc.patients.contains(p) {
            inc.patients.push(p.clone());
        }
    }
    for w in &m.described {
        if !inc.described.contains(w) {
            inc.described.push(w.clone());
        }
    }
    if let Some(d) = m.date {
        if inc.date.is_none_or(|x| d.days() < x.days()) {
            inc.date = Some(d);
        }
    }
    if inc.proper.is_none() {
        inc.proper = m.name.clone();
    }
    inc.mentions.push(at);
}

/// A mention nothing pins (no place, date, name or person of its own: "a federal
/// judge blocked the rule") joins the one incident of its class that its story's
/// articles tell, when exactly one fits: articles grouped as one story tell one
/// ruling. Two candidates leave it unresolved, never guessed. Where the story has
/// none, such mentions of one class in two or more of its articles ("Biden signed the
/// bill", "the bill passed the House", "Republicans who voted for the law") are one
/// incident; told in one article only, they are that article's incident unless their
/// sentence tells another.
fn join_within_stories(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    stories: &[usize],
    incidents: &mut Vec<Incident>,
    home: &mut [Vec<Option<usize>>],
) {
    let ty = types();
    let story_of = |d: usize| stories.get(d).copied();
    // The incidents each story's articles tell, and in which articles: a mention looks
    // at its story's few, not at the corpus's thousands.
    let mut told_in: HashMap<usize, Vec<(usize, Vec<usize>)>> = HashMap::new();
    for (k, inc) in incidents.iter().enumerate() {
        let mut by_story: HashMap<usize, Vec<usize>> = HashMap::new();
        for &(e, _) in &inc.mentions {
            if let Some(st) = story_of(e) {
                by_story.entry(st).or_default().push(e);
            }
        }
        for (st, docs_told) in by_story {
            told_in.entry(st).or_default().push((k, docs_told));
        }
    }
    for list in told_in.values_mut() {
        list.sort_unstable_by_key(|x| x.0);
    }
    let mut unpinned: Vec<(usize, usize, usize)> = Vec::new();
    let mut undecided: Vec<(usize, usize, usize)> = Vec::new();
    for (d, ms) in docs.iter().enumerate() {
        let Some(story) = story_of(d) else { continue };
        for (i, m) in ms.iter().enumerate() {
            if home[d][i].is_some()
                || ty.is_open(m.ty)
                || ty.is_toll(m.ty)
                || m.plural
                || m.anchored()
                || m.refers_to.is_some()
                || Some(m.ty) == ty.id("incident")
            {
                continue;
            }
            let told = told_in.get(&story).map_or(&[][..], Vec::as_slice);
            // An incident of no known class is joined only through its coreference
            // group: "the council voted" is not the "attempted" of "charged with
            // attempted murder" because the story tells nothing else.
            let mut fits = told.iter().filter(|(k, docs_told)| {
                docs_told.iter().any(|&e| e != d)
                    && !ty.is_open(incidents[*k].ty)
                    && fit(g, &incidents[*k], m, None, true).is_some()
            });
            match (fits.next(), fits.next()) {
                (Some(&(k, _)), None) => {
                    absorb(g, &mut incidents[k], m, (d, i));
                    home[d][i] = Some(k);
                }
                (None, _) => unpinned.push((story, d, i)),
                // Two fit: the story may yet join them (below).
                _ => undecided.push((story, d, i)),
            }
        }
    }
    // The story told it with no incident to join: one incident of the mentions of one
    // class (or parts of one whole) that two or more of its articles give.
    let founded = by_class(docs, unpinned);
    let (told_once, told_more): (Vec<Founding>, Vec<Founding>) = founded
        .into_iter()
        .partition(|(_, _, at)| at.iter().all(|&(d, _)| d == at[0].0));
    for (_, t, at) in told_more {
        found_incident(g, docs, incidents, home, t, at);
    }
    join_bare_incidents(g, docs, &story_of, incidents, home);
    join_wins_to_elections(docs, &story_of, incidents, home);
    join_unlisted_placed(g, docs, &story_of, incidents, home);
    join_undecided(g, docs, &story_of, undecided, incidents, home);
    // What one article alone tells ("Students rallied outside the court in protest",
    // "Trump skipped the debate to give the speech") is an incident of that article,
    // which its story's other articles omit; unless its sentence tells an incident of
    // its kind already, of which it is then a detail ("a train was hijacked on March
    // 11, with 440 passengers held hostage"; where "played down the outbreak at a
    // cabinet meeting" tells a meeting). It joins nothing: no argument could agree.
    // Of its kind: the one a kind of the other, or both kinds of one kind of a class
    // (a hijacking and a hostage-taking are attacks; a speech and a debate are only
    // both communication).
    let kin = |a: TypeId, b: TypeId| {
        ty.compatible(a, b)
            || ty
                .parent(a)
                .is_some_and(|p| ty.parent(b) == Some(p) && ty.class_of(p) != p)
    };
    let placed: Vec<Vec<bool>> = home
        .iter()
        .map(|h| h.iter().map(Option::is_some).collect())
        .collect();
    for (_, t, at) in told_once {
        // The incident it is a detail of, through its sentence's mention of its kind.
        let detail_of = at.iter().find_map(|&(d, i)| {
            let s = docs[d][i].sentence;
            docs[d].iter().enumerate().find_map(|(j, o)| {
                (j != i && o.sentence == s && placed[d][j] && kin(o.ty, docs[d][i].ty))
                    .then(|| home[d][j])
                    .flatten()
            })
        });
        match detail_of {
            // ("Protesters marched in Baghdad": the protesters are the march's.)
            Some(k) => {
                for (d, i) in at {
                    absorb(g, &mut incidents[k], &docs[d][i], (d, i));
                    home[d][i] = Some(k);
                }
            }
            None => found_incident(g, docs, incidents, home, t, at),
        }
    }
}

/// A mention that two incidents of its story fitted ("the justices ruled" when one
/// article's ruling named Trump and another's no one) joins the one that fits once
/// the story has joined what it could; with none or several, it and the story's other
/// such mentions of its class are an incident of their own, never lost.
fn join_undecided(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    story_of: &impl Fn(usize) -> Option<usize>,
    undecided: Vec<(usize, usize, usize)>,
    incidents: &mut Vec<Incident>,
    home: &mut [Vec<Option<usize>>],
) {
    if undecided.is_empty() {
        return;
    }
    let ty = types();
    let mut told: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, inc) in incidents.iter().enumerate() {
        let mut s: Vec<usize> = inc.mentions.iter().filter_map(|m| story_of(m.0)).collect();
        s.sort_unstable();
        s.dedup();
        for st in s {
            told.entry(st).or_default().push(k);
        }
    }
    let mut left: Vec<(usize, usize, usize)> = Vec::new();
    for (story, d, i) in undecided {
        let m = &docs[d][i];
        let fits: Vec<(usize, usize)> = told
            .get(&story)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&k| {
                !ty.is_open(incidents[k].ty) && incidents[k].mentions.iter().any(|&(e, _)| e != d)
            })
            .filter_map(|k| fit(g, &incidents[k], m, None, true).map(|s| (s, k)))
            .collect();
        // The one that fits best, when one does.
        let best = fits.iter().map(|f| f.0).max();
        let mut top = fits.iter().filter(|f| Some(f.0) == best);
        match (top.next(), top.next()) {
            (Some(&(_, k)), None) => {
                absorb(g, &mut incidents[k], m, (d, i));
                home[d][i] = Some(k);
            }
            _ => left.push((story, d, i)),
        }
    }
    // The rest: one incident of the mentions of one class (or parts of one whole) its
    // story's articles give, as a story founds what nothing pins.
    for (_, t, at) in by_class(docs, left) {
        found_incident(g, docs, incidents, home, t, at);
    }
}

/// Mentions a story founds an incident with: (story, type so far, the (document,
/// mention) pairs).
type Founding = (usize, TypeId, Vec<(usize, usize)>);

/// The (story, document, mention) triples gathered by story and class: the mentions
/// of one class (or parts of one whole) of one story go together.
fn by_class(docs: &[Vec<Mention>], mentions: Vec<(usize, usize, usize)>) -> Vec<Founding> {
    let ty = types();
    let mut founded: Vec<Founding> = Vec::new();
    for (story, d, i) in mentions {
        let t = docs[d][i].ty;
        let together = |u: TypeId| ty.compatible(u, t) || ty.same_whole(u, t);
        match founded
            .iter_mut()
            .find(|(st, u, _)| *st == story && together(*u))
        {
            Some((_, u, at)) => {
                *u = merged_type(*u, t);
                at.push((d, i));
            }
            None => founded.push((story, t, vec![(d, i)])),
        }
    }
    founded
}

/// A new incident of type `t` holding the mentions `at`.
fn found_incident(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    incidents: &mut Vec<Incident>,
    home: &mut [Vec<Option<usize>>],
    t: TypeId,
    at: Vec<(usize, usize)>,
) {
    let k = incidents.len();
    incidents.push(Incident::of_type(t));
    for (d, i) in at {
        absorb(g, &mut incidents[k], &docs[d][i], (d, i));
        home[d][i] = Some(k);
    }
}

/// Each incident's stories (sorted) and, for each story, the incidents it tells (in
/// order): the joins below look only at the few incidents of a story.
fn story_index(
    incidents: &[Incident],
    story_of: &impl Fn(usize) -> Option<usize>,
) -> (Vec<Vec<usize>>, HashMap<usize, Vec<usize>>) {
    let mut stories_of: Vec<Vec<usize>> = Vec::with_capacity(incidents.len());
    let mut told: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, inc) in incidents.iter().enumerate() {
        let mut s: Vec<usize> = inc.mentions.iter().filter_map(|m| story_of(m.0)).collect();
        s.sort_unstable();
        s.dedup();
        for &st in &s {
            told.entry(st).or_default().push(k);
        }
        stories_of.push(s);
    }
    (stories_of, told)
}

/// A mention of an incident's class, which speaks for it in a join (not one of no
/// known class it holds).
fn class_mention<'a>(docs: &'a [Vec<Mention>], inc: &Incident) -> Option<&'a Mention> {
    inc.mentions
        .iter()
        .filter_map(|&(d, i)| docs.get(d)?.get(i))
        .find(|m| !types().is_open(m.ty))
}

/// The incidents that share a story with incident `k`, without it, each once.
fn story_mates(
    stories_of: &[Vec<usize>],
    told: &HashMap<usize, Vec<usize>>,
    k: usize,
) -> Vec<usize> {
    let mut mates: Vec<usize> = stories_of[k]
        .iter()
        .filter_map(|st| told.get(st))
        .flatten()
        .copied()
        .filter(|&j| j != k)
        .collect();
    mates.sort_unstable();
    mates.dedup();
    mates
}

/// An incident that nothing pins, which event coreference alone put together ("the
/// UAW launched a strike" and "13,000 autoworkers went on strike"), is the one incident
/// of its class that the rest of its story pins ("walked off the job at three plants
/// in Michigan"), when exactly one fits.
fn join_bare_incidents(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    story_of: &impl Fn(usize) -> Option<usize>,
    incidents: &mut [Incident],
    home: &mut [Vec<Option<usize>>],
) {
    let ty = types();
    let bare = |inc: &Incident| {
        !inc.catalogued
            && !ty.is_open(inc.ty)
            && inc.places.is_empty()
            && inc.countries.is_empty()
            && inc.date.is_none()
            && inc.proper.is_none()
            && (inc.participants.is_empty() || !ty.told_by_who(inc.ty))
            && !inc.mentions.is_empty()
    };
    // The incidents each story tells: a bare incident looks at its story's few.
    let (stories_of, told) = story_index(incidents, story_of);
    for k in 0..incidents.len() {
        if !bare(&incidents[k]) {
            continue;
        }
        let Some(m) = class_mention(docs, &incidents[k]) else {
            continue;
        };
        let mut fits = story_mates(&stories_of, &told, k).into_iter().filter(|&j| {
            !bare(&incidents[j])
                && !incidents[j].mentions.is_empty()
                && ty.compatible(incidents[j].ty, incidents[k].ty)
                && fit(g, &incidents[j], m, None, true).is_some()
        });
        if let (Some(j), None) = (fits.next(), fits.next()) {
            move_into(incidents, home, k, j);
            continue;
        }
        // No pinned incident of its story fits: the bare ones of its class that other
        // articles of the story tell are the same incident, as the mentions no group
        // holds are ("set on fire", "an arson attack" and "torched", in three articles
        // that coreference put in different groups). Not when two share an article:
        // one article telling two bare ones of a class tells two incidents.
        let docs_of = |inc: &Incident| inc.mentions.iter().map(|m| m.0).collect::<Vec<_>>();
        let mine = docs_of(&incidents[k]);
        let mut kin = (0..k).filter(|&j| {
            bare(&incidents[j])
                && stories_of[j] == stories_of[k]
                && (ty.compatible(incidents[j].ty, incidents[k].ty)
                    || ty.same_whole(incidents[j].ty, incidents[k].ty))
                && !docs_of(&incidents[j]).iter().any(|d| mine.contains(d))
                && fit(g, &incidents[j], m, None, true).is_some()
        });
        if let (Some(j), None) = (kin.next(), kin.next()) {
            move_into(incidents, home, k, j);
        }
    }
}

/// "A wall of water swept through Derna" beside "the floods in eastern Libya", "the
/// train crash near Tempi" beside "collided near the Greek city of Larissa": an
/// incident placed only where no table lists (nothing to say the place is in Libya
/// or near Larissa, or not) is the one incident of its class its story places in a
/// listed place and that fits it otherwise. With two such, it stays apart.
fn join_unlisted_placed(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    story_of: &impl Fn(usize) -> Option<usize>,
    incidents: &mut [Incident],
    home: &mut [Vec<Option<usize>>],
) {
    let ty = types();
    let (stories_of, told) = story_index(incidents, story_of);
    let unlisted_only =
        |inc: &Incident| !inc.places.is_empty() && inc.places.iter().all(|p| g.get(p).is_none());
    for k in 0..incidents.len() {
        let inc = &incidents[k];
        if inc.mentions.is_empty()
            || inc.catalogued
            || inc.proper.is_some()
            || ty.is_open(inc.ty)
            || !unlisted_only(inc)
        {
            continue;
        }
        let Some(m) = class_mention(docs, inc) else {
            continue;
        };
        let mut fits = story_mates(&stories_of, &told, k).into_iter().filter(|&j| {
            let other = &incidents[j];
            !other.mentions.is_empty()
                && !other.places.is_empty()
                && !unlisted_only(other)
                && ty.compatible(other.ty, incidents[k].ty)
                && fit(g, other, m, None, true).is_some()
        });
        if let (Some(j), None) = (fits.next(), fits.next()) {
            move_into(incidents, home, k, j);
        }
    }
}

/// "He beat Massa by more than 11 points" beside "Milei won Argentina's run-off": a
/// win or a defeat of someone a story's election is told of is that election, when
/// its story tells exactly one such election (a match between two players is a
/// contest: no election names them).
fn join_wins_to_elections(
    docs: &[Vec<Mention>],
    story_of: &impl Fn(usize) -> Option<usize>,
    incidents: &mut [Incident],
    home: &mut [Vec<Option<usize>>],
) {
    let ty = types();
    let (Some(election), Some(contest)) = (ty.id("election"), ty.id("contest")) else {
        return;
    };
    let (stories_of, told) = story_index(incidents, story_of);
    let people = |inc: &Incident| -> Vec<String> {
        let mut p: Vec<String> = inc
            .mentions
            .iter()
            .filter_map(|&(d, i)| docs.get(d)?.get(i))
            .flat_map(|m| m.participants.iter().chain(&m.patients))
            .filter(|x| x.starts_with("person:"))
            .cloned()
            .collect();
        p.sort_unstable();
        p.dedup();
        p
    };
    for k in 0..incidents.len() {
        let inc = &incidents[k];
        if inc.mentions.is_empty()
            || inc.catalogued
            || !ty.is_a(inc.ty, contest)
            || ty.is_a(inc.ty, election)
        {
            continue;
        }
        let who = people(inc);
        if who.is_empty() {
            continue;
        }
        let mut elections = story_mates(&stories_of, &told, k).into_iter().filter(|&j| {
            let e = &incidents[j];
            !e.mentions.is_empty()
                && ty.is_a(e.ty, election)
                && people(e)
                    .iter()
                    .any(|p| who.iter().any(|q| same_person(p, q)))
        });
        if let (Some(j), None) = (elections.next(), elections.next()) {
            let kept = incidents[j].ty;
            move_into(incidents, home, k, j);
            incidents[j].ty = kept;
        }
    }
}

/// Move the mentions of incident `k` into incident `j`, which takes the type the two
/// are told as together.
fn move_into(incidents: &mut [Incident], home: &mut [Vec<Option<usize>>], k: usize, j: usize) {
    let moved = std::mem::take(&mut incidents[k].mentions);
    for &(d, i) in &moved {
        if let Some(h) = home.get_mut(d).and_then(|h| h.get_mut(i)) {
            *h = Some(j);
        }
    }
    incidents[j].ty = merged_type(incidents[j].ty, incidents[k].ty);
    incidents[j].mentions.extend(moved);
}

/// Anaphoric mentions with no incident of their own join their antecedent's.
fn follow_antecedents(
    docs: &[Vec<Mention>],
    incidents: &mut [Incident],
    home: &mut [Vec<Option<usize>>],
) {
    for (d, ms) in docs.iter().enumerate() {
        for (i, m) in ms.iter().enumerate() {
            if home[d][i].is_none() {
                if let Some(k) = m.refers_to.and_then(|j| home[d][j]) {
                    incidents[k].ty = merged_type(incidents[k].ty, m.ty);
                    incidents[k].mentions.push((d, i));
                    home[d][i] = Some(k);
                }
            }
        }
    }
}

/// Coreference groups joined where a mention of one refers back to a mention of
/// another: each group to the least group it is joined with.
fn group_roots(docs: &[Vec<Mention>]) -> HashMap<usize, usize> {
    let mut parent: HashMap<usize, usize> = HashMap::new();
    fn find(parent: &HashMap<usize, usize>, mut x: usize) -> usize {
        while let Some(&p) = parent.get(&x) {
            if p == x {
                break;
            }
            x = p;
        }
        x
    }
    for ms in docs {
        for m in ms {
            // Only a mention that repeats its antecedent's class in its sentence: an
            // anaphor further off ("the attack") or of a wider class is not the same
            // event as everything coreference grouped with it.
            let antecedent = m
                .refers_to
                .and_then(|j| ms.get(j))
                .filter(|a| a.ty == m.ty && a.sentence == m.sentence)
                .and_then(|a| a.group);
            if let (Some(x), Some(y)) = (m.group, antecedent) {
                let (a, b) = (find(&parent, x), find(&parent, y));
                if a != b {
                    parent.insert(a.max(b), a.min(b));
                }
            }
        }
    }
    let keys: Vec<usize> = parent.keys().copied().collect();
    keys.into_iter().map(|x| (x, find(&parent, x))).collect()
}

fn inc_depth(g: &Gazetteer, id: &str) -> usize {
    let mut depth = 0;
    let mut cur = g.get(id).and_then(|e| e.parent.clone());
    while let Some(p) = cur {
        depth += 1;
        if depth > 16 {
            break;
        }
        cur = g.get(&p).and_then(|e| e.parent.clone());
    }
    depth
}

/// Resolve the mentions of several documents into incidents. Anaphoric mentions follow
/// the mention they refer to; one that nothing anchors joins only the one incident of
/// its class that its story (`stories`, each document's) tells, or one it founds with
/// such mentions of other articles of the story; plural ones ("attacks") join nothing.
///
/// `names` gives the canonical names the documents used for ids the gazetteer lacks
/// (a town the texts name but no table lists), so that an incident there is called
/// "Jajarkot earthquake", not by its id. `dates` gives each document's date, where
/// known (the weak anchor of its undated mentions).
pub fn resolve(
    g: &Gazetteer,
    docs: &[Vec<Mention>],
    catalogue: &[Incident],
    names: &HashMap<String, String>,
    dates: &[Option<Day>],
    stories: &[usize],
) -> Vec<Incident> {
    let ty = types();
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (d, ms) in docs.iter().enumerate() {
        for (i, m) in ms.iter().enumerate() {
            // Plural mentions speak of a kind ("attacks by groups based in Pakistan")
            // unless an example names one ("attacks such as Jaffar Express").
            // One that refers back to another follows it (below), whatever else links it.
            if m.anchored() && (!m.plural || m.name.is_some()) && m.refers_to.is_none() {
                order.push((d, i));
            }
        }
    }
    // The most specific mentions first, so that vaguer ones find a well-defined home;
    // among equals, dated ones first, so that an undated mention finds the incidents
    // of its article's days already dated.
    let weight = |m: &Mention| {
        if ty.is_open(m.ty) {
            return 0;
        }
        (usize::from(m.name.is_some()) * 2
            + usize::from(!m.places.is_empty())
            + usize::from(!m.countries.is_empty())
            + usize::from(!m.participants.is_empty() && ty.told_by_who(m.ty))
            + usize::from(m.date.is_some_and(|d| d.days() <= 31)))
            * 2
            + usize::from(m.date.is_some())
    };
    order.sort_by_key(|&(d, i)| std::cmp::Reverse(weight(&docs[d][i])));
    // Known incidents come first: mentions link to them when compatible.
    let mut incidents: Vec<Incident> = catalogue.to_vec();
    // Only incidents sharing an anchor key with a mention can fit it: the index keeps
    // resolution near-linear on large corpora.
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, inc) in incidents.iter().enumerate() {
        for key in keys(
            g,
            &inc.places,
            &inc.countries,
            inc.date,
            inc.proper.iter().chain(&inc.aliases),
            &inc.participants,
        ) {
            index.entry(key).or_default().push(k);
        }
    }
    // A mention that refers back to another ("Biden's win" after "the election" of its
    // sentence) brings its coreference group along: what other articles grouped with
    // it ("Biden's victory") is the antecedent's event too.
    let root = group_roots(docs);
    let group_of = |m: &Mention| m.group.map(|x| root.get(&x).copied().unwrap_or(x));
    // The incidents holding each coreference group's mentions so far.
    let mut by_group: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut home: Vec<Vec<Option<usize>>> = docs.iter().map(|ms| vec![None; ms.len()]).collect();
    for (d, i) in order {
        let m = &docs[d][i];
        let article = dates.get(d).copied().flatten();
        // An undated mention also looks among the incidents of its article's days.
        let near = match (m.date, article) {
            (None, Some(a)) => Some(DayRange {
                first: a.plus(-RECENT_DAYS),
                last: a.plus(RECENT_DAYS),
            }),
            (own, _) => own,
        };
        let who: &[String] = if ty.told_by_who(m.ty) {
            &m.participants
        } else {
            &[]
        };
        let grouped: &[usize] = group_of(m)
            .and_then(|x| by_group.get(&x))
            .map_or(&[], |v| v.as_slice());
        // An event of no known class can only join the incidents of its group.
        let mut candidates: Vec<usize> = if ty.is_open(m.ty) {
            Vec::new()
        } else {
            keys(g, &m.places, &m.countries, near, m.name.iter(), who)
                .iter()
                .filter_map(|key| index.get(key))
                .flatten()
                .copied()
                .collect()
        };
        candidates.extend(grouped);
        candidates.sort_unstable();
        candidates.dedup();
        // Equal fits: the incident whose tellings describe the same people ("a police
        // officer and a bomb technician were killed" beside the bombing that killed
        // them, not another bank's), then the nearest in time to the article, then
        // the oldest.
        let best = candidates
            .into_iter()
            .filter_map(|k| fit(g, &incidents[k], m, article, grouped.contains(&k)).map(|s| (s, k)))
            .max_by_key(|&(s, k)| {
                let when = if m.date.is_none() {
                    distance(&incidents[k], article)
                } else {
                    0
                };
                let alike = incidents[k].describes_alike(m);
                (s, alike, std::cmp::Reverse(when), std::cmp::Reverse(k))
            });
        let k = match best {
            Some((_, k)) => k,
            None => {
                incidents.push(Incident::of_type(m.ty));
                incidents.len() - 1
            }
        };
        absorb(g, &mut incidents[k], m, (d, i));
        if let Some(x) = group_of(m) {
            let list = by_group.entry(x).or_default();
            if !list.contains(&k) {
                list.push(k);
            }
        }
        for key in keys(g, &m.places, &m.countries, m.date, m.name.iter(), who) {
            let list = index.entry(key).or_default();
            if list.last() != Some(&k) && !list.contains(&k) {
                list.push(k);
            }
        }
        home[d][i] = Some(k);
    }
    join_bridged(g, docs, &mut incidents, &mut home);
    follow_antecedents(docs, &mut incidents, &mut home);
    join_within_stories(g, docs, stories, &mut incidents, &mut home);
    // Those whose antecedent only its story placed ("a judge struck down the plan,
    // ruling that ...") follow it there.
    follow_antecedents(docs, &mut incidents, &mut home);
    // An event of no known class is an incident when several documents tell it.
    incidents.retain(|inc| !inc.mentions.is_empty() || inc.catalogued);
    incidents
        .retain(|inc| !ty.is_open(inc.ty) || inc.mentions.iter().any(|m| m.0 != inc.mentions[0].0));
    for inc in incidents.iter_mut() {
        inc.mentions.sort_unstable();
        if inc.catalogued {
            continue;
        }
        inc.ty = told_as(docs, inc);
        // An event of no known class is called by the words most of its mentions use.
        let what = if ty.is_open(inc.ty) {
            let mut said: Vec<&str> = inc
                .mentions
                .iter()
                .filter_map(|&(d, i)| docs.get(d)?.get(i)?.words.as_deref())
                .collect();
            said.sort_unstable();
            said.chunk_by(|a, b| a == b)
                .max_by_key(|run| (run.len(), std::cmp::Reverse(run[0])))
                .map_or(ty.readable(inc.ty), |run| run[0])
        } else {
            ty.readable(inc.ty)
        };
        let clash = ty.id("armed-clash").is_some_and(|c| ty.is_a(inc.ty, c));
        // A disaster is named by the broadest place below the country that saw it.
        if ty.is_regional(inc.ty) {
            let broad = inc
                .places
                .iter()
                .filter(|p| !p.starts_with("iso:"))
                .min_by_key(|p| inc_depth(g, p))
                .cloned();
            if let Some(b) = broad {
                inc.places.retain(|p| *p != b);
                inc.places.insert(0, b);
            }
        }
        let mut states: Vec<String> = inc
            .countries
            .iter()
            .map(|c| g.get(c).map_or(c.clone(), |e| e.canonical.clone()))
            .collect();
        states.sort();
        let name_of = |id: &String| match (g.get(id), names.get(id)) {
            (Some(e), _) => e.canonical.clone(),
            (None, Some(n)) => n.clone(),
            (None, None) => id.split(':').next_back().unwrap_or(id).to_string(),
        };
        // An event told apart by who took part is named by them: a person first.
        let who = (ty.told_by_who(inc.ty) || ty.is_open(inc.ty))
            .then(|| {
                let people = inc.participants.iter().find(|p| p.starts_with("person:"));
                people.or(inc.participants.first())
            })
            .flatten();
        let pair: Vec<&String> = inc
            .participants
            .iter()
            .filter(|p| p.starts_with("person:"))
            .take(3)
            .collect();
        // A clash is named by its sides, not by the name one side gave it.
        let head = match (&inc.proper, inc.places.first(), states.len()) {
            (_, _, n) if clash && n >= 2 => states.join("–"),
            (Some(p), _, _) => p.clone(),
            (None, _, n) if n >= 2 => states.join("–"),
            // Between two parties: both ("Trump–Zelensky phone call").
            (None, _, _) if ty.between_two(inc.ty) && pair.len() == 2 => {
                format!("{}–{}", name_of(pair[0]), name_of(pair[1]))
            }
            (None, _, _) if who.is_some() => who.map(name_of).unwrap_or_default(),
            (None, Some(p), _) => name_of(p),
            // The state that imposed a measure ("China tariffs").
            (None, None, 1) => states[0].clone(),
            (None, None, _) => String::new(),
        };
        let when = inc.date.map(|d| {
            if d.first == d.last && !clash {
                d.first.iso()
            } else if d.days() <= 31 {
                d.first.iso()[..7].to_string()
            } else {
                d.first.iso()[..4].to_string()
            }
        });
        // "Hurricane Ian", "the Palisades Fire" say what they are: no "storm" or
        // "wildfire" after them.
        let says_what = inc.proper.as_deref().is_some_and(|p| {
            let words: Vec<&str> = p.split(' ').collect();
            head == p
                && (name_openers().at(&words, 0).is_some()
                    || words.last().is_some_and(|w| {
                        ty.id(&w.to_lowercase()).is_some_and(|t| ty.is_a(inc.ty, t))
                    }))
        });
        let mut name = if says_what {
            head.clone()
        } else if head.is_empty() {
            what.to_string()
        } else {
            format!("{head} {what}")
        };
        if let Some(w) = &when {
            name = format!("{name} ({w})");
        }
        inc.id = format!("incident:{}", slug(&name));
        inc.name = name;
    }
    // Two incidents may get one name ("Trump dismissal" of two people): ids stay
    // unique, the later ones numbered.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for inc in incidents.iter_mut() {
        let n = seen.entry(inc.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            inc.id = format!("{}-{}", inc.id, n);
            inc.name = format!("{} ({})", inc.name, n);
        }
    }
    incidents
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityTagger;

    #[test]
    fn one_persons_exit_told_as_a_resignation_and_a_dismissal_is_one_incident() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let ty = types();
        let mut quit = Mention::bare(0, 0, 5, ty.id("resignation").unwrap(), None);
        quit.participants = vec!["person:pat-gelsinger".to_string()];
        let mut inc = Incident::of_type(quit.ty);
        absorb(g, &mut inc, &quit, (0, 0));
        let mut ousted = Mention::bare(0, 0, 5, ty.id("dismissal").unwrap(), None);
        ousted.participants = vec!["person:gelsinger".to_string()];
        assert!(fit(g, &inc, &ousted, None, false).is_some());
        // Another person's dismissal is another incident.
        ousted.participants = vec!["person:mike-waltz".to_string()];
        assert!(fit(g, &inc, &ousted, None, false).is_none());
    }

    #[test]
    fn one_act_done_to_two_people_is_two_events() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let ty = types();
        let open = ty.open_type().unwrap();
        let placed = |patient: &str, named: &[&str]| {
            let mut m = Mention::bare(0, 0, 5, open, None);
            m.participants = named.iter().map(|s| s.to_string()).collect();
            m.patients = vec![patient.to_string()];
            m
        };
        let mut inc = Incident::of_type(open);
        let bush = placed("person:reggie-bush", &["person:reggie-bush"]);
        absorb(g, &mut inc, &bush, (0, 0));
        // "Bush was placed on injured reserve": the same act, by surname.
        let again = placed("person:bush", &["person:bush"]);
        assert!(fit(g, &inc, &again, None, true).is_some());
        // "placed Pierre Thomas on injured reserve": another player, another event.
        let thomas = placed("person:pierre-thomas", &["person:pierre-thomas"]);
        assert_eq!(participants_relation(&inc, &thomas), Some(false));
        assert!(fit(g, &inc, &thomas, None, true).is_none());
        // Of a known kind too: one president naming two people makes two nominations,
        // though the president is named in both.
        let nomination = ty.id("nomination").unwrap();
        let nominated = |patient: &str| {
            let mut m = Mention::bare(0, 0, 5, nomination, None);
            m.participants = vec!["person:donald-trump".to_string(), patient.to_string()];
            m.patients = vec![patient.to_string()];
            m
        };
        let mut first = Incident::of_type(nomination);
        absorb(g, &mut first, &nominated("person:pete-hegseth"), (0, 0));
        assert_eq!(
            participants_relation(&first, &nominated("person:hegseth")),
            Some(true)
        );
        assert_eq!(
            participants_relation(&first, &nominated("person:matt-gaetz")),
            Some(false)
        );
    }

    #[test]
    fn a_mention_two_incidents_fit_alike_joins_the_one_describing_the_same_people() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let bombing = types().id("bombing").unwrap();
        let told = |place: Option<&str>, described: &[&str]| {
            let mut m = Mention::bare(0, 0, 5, bombing, None);
            m.places = place.iter().map(|p| p.to_string()).collect();
            m.described = described.iter().map(|w| w.to_string()).collect();
            m.group = Some(1);
            m.told_by = 3;
            m
        };
        // Two bank bombings in one event-coreference group: Athens (three bank
        // workers killed) and Woodburn (a police officer and a bomb technician).
        let docs = vec![
            vec![told(Some("geonames:264371"), &["worker"])],
            vec![told(Some("geonames:5761708"), &["officer", "technician"])],
            // "A bomb explosion at a bank killed a police officer and a state bomb
            // disposal technician": no place, no date.
            vec![told(None, &["officer", "technician"])],
        ];
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None; 3], &[0, 0, 0]);
        let home = |d: usize| incidents.iter().position(|i| i.mentions.contains(&(d, 0)));
        assert_eq!(incidents.len(), 2, "{incidents:?}");
        assert_eq!(home(2), home(1), "{incidents:?}");
        assert_ne!(home(2), home(0), "{incidents:?}");
    }

    #[test]
    fn bare_incidents_of_a_class_in_different_articles_of_a_story_are_one() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let arson = types().id("arson").unwrap();
        // "set on fire", "an arson attack", "torched": no place, date or name, and
        // event coreference put the first two in different groups.
        let told = |group: Option<usize>| {
            let mut m = Mention::bare(0, 0, 5, arson, None);
            m.group = group;
            m
        };
        let docs = vec![vec![told(Some(1))], vec![told(Some(2))], vec![told(None)]];
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None; 3], &[0, 0, 0]);
        assert_eq!(incidents.len(), 1, "{incidents:?}");
        assert_eq!(incidents[0].mentions.len(), 3, "{incidents:?}");
        // One article telling two bare arsons tells two.
        let docs = vec![vec![told(Some(1)), told(Some(2))]];
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None], &[0]);
        assert_eq!(incidents.len(), 2, "{incidents:?}");
        // Articles of two stories are never joined so.
        let docs = vec![vec![told(Some(1))], vec![told(Some(2))]];
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None; 2], &[0, 1]);
        assert_eq!(incidents.len(), 2, "{incidents:?}");
    }

    #[test]
    fn an_incident_placed_only_where_no_table_lists_joins_its_storys_one_listed_one() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let crash = types().id("crash").unwrap();
        // "collided near the Greek city of Larissa", "the train crash near Tempi": an
        // unlisted place neither agrees nor disagrees, and the story tells one crash.
        let at = |place: &str| {
            let mut m = Mention::bare(0, 0, 5, crash, None);
            m.places = vec![place.to_string()];
            m
        };
        let larissa = "geonames:258576";
        assert_eq!(g.get(larissa).unwrap().canonical, "Lárisa");
        let docs = vec![vec![at(larissa)], vec![at("gpe:tempi")]];
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None; 2], &[0, 0]);
        assert_eq!(incidents.len(), 1, "{incidents:?}");
        // Not across stories, nor where two listed incidents of the class could take it.
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None; 2], &[0, 1]);
        assert_eq!(incidents.len(), 2, "{incidents:?}");
        let athens = "geonames:264371";
        let docs = vec![vec![at(larissa)], vec![at(athens)], vec![at("gpe:tempi")]];
        let incidents = resolve(g, &docs, &[], &HashMap::new(), &[None; 3], &[0, 0, 0]);
        assert_eq!(incidents.len(), 3, "{incidents:?}");
    }

    #[test]
    fn a_hearing_told_by_its_witness_and_by_its_committee_is_one() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let ty = types();
        let hearing = |ids: &[&str]| {
            let mut m = Mention::bare(0, 0, 5, ty.id("hearing").unwrap(), None);
            m.participants = ids.iter().map(|s| s.to_string()).collect();
            m
        };
        let mut inc = Incident::of_type(hearing(&[]).ty);
        absorb(g, &mut inc, &hearing(&["person:pete-hegseth"]), (0, 0));
        let committee = hearing(&["org:senate-armed-services-committee"]);
        assert_eq!(participants_relation(&inc, &committee), None);
        // Two bodies that share nothing tell two hearings, and so do two witnesses.
        let mut other = Incident::of_type(inc.ty);
        absorb(
            g,
            &mut other,
            &hearing(&["org:house-judiciary-committee"]),
            (0, 0),
        );
        assert_eq!(participants_relation(&other, &committee), Some(false));
        let witness = hearing(&["person:merrick-garland"]);
        assert_eq!(participants_relation(&inc, &witness), Some(false));
    }

    #[test]
    fn two_incidents_that_share_a_person_and_fit_whole_are_one() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let ty = types();
        let mention = |t: &str, who: &[&str], places: &[&str]| {
            let mut m = Mention::bare(0, 0, 5, ty.id(t).unwrap(), None);
            m.participants = who.iter().map(|s| s.to_string()).collect();
            m.places = places.iter().map(|s| s.to_string()).collect();
            m
        };
        // "Thompson was shot dead outside a Midtown hotel"; "charged Mangione with
        // murder in Manhattan", "the killing of Brian Thompson" by Mangione.
        let docs = vec![vec![
            mention("shooting", &["person:brian-thompson"], &["gpe:midtown"]),
            mention("killing", &["person:luigi-mangione"], &["geonames:5125771"]),
            mention(
                "killing",
                &["person:luigi-mangione", "person:brian-thompson"],
                &[],
            ),
        ]];
        let mut shot = Incident::of_type(docs[0][0].ty);
        absorb(g, &mut shot, &docs[0][0], (0, 0));
        let mut killing = Incident::of_type(docs[0][1].ty);
        absorb(g, &mut killing, &docs[0][1], (0, 1));
        absorb(g, &mut killing, &docs[0][2], (0, 2));
        let mut incidents = vec![killing, shot];
        let mut home = vec![vec![Some(1), Some(0), Some(0)]];
        join_bridged(g, &docs, &mut incidents, &mut home);
        assert_eq!(incidents[0].mentions.len(), 3, "{incidents:?}");
        assert!(incidents[1].mentions.is_empty());
        assert_eq!(home[0], vec![Some(0); 3]);
        // Another person's shooting stays another incident.
        let docs = vec![vec![
            mention("shooting", &["person:jane-roe"], &["gpe:midtown"]),
            mention("killing", &["person:luigi-mangione"], &["geonames:5125771"]),
        ]];
        let mut shot = Incident::of_type(docs[0][0].ty);
        absorb(g, &mut shot, &docs[0][0], (0, 0));
        let mut killing = Incident::of_type(docs[0][1].ty);
        absorb(g, &mut killing, &docs[0][1], (0, 1));
        let mut incidents = vec![killing, shot];
        let mut home = vec![vec![Some(1), Some(0)]];
        join_bridged(g, &docs, &mut incidents, &mut home);
        assert_eq!(incidents[1].mentions.len(), 1);
    }

    #[test]
    fn an_incident_is_called_by_the_whole_or_the_share_most_sources_tell() {
        let ty = types();
        let (visit, arrival, meeting) = (
            ty.id("visit").unwrap(),
            ty.id("arrival").unwrap(),
            ty.id("meeting").unwrap(),
        );
        let (vote, legislation) = (ty.id("vote").unwrap(), ty.id("legislation").unwrap());
        // Three sources: a visit, an arrival (also a visit), and "met" in the third.
        let docs = vec![
            vec![Mention::bare(0, 0, 5, visit, None)],
            vec![Mention::bare(0, 0, 5, arrival, None)],
            vec![Mention::bare(0, 0, 5, meeting, None)],
        ];
        let mut inc = Incident::of_type(meeting);
        inc.mentions = vec![(0, 0), (1, 0), (2, 0)];
        assert_eq!(told_as(&docs, &inc), visit);
        // A summit every source tells, one delegation's visit to it in one: the summit.
        let docs = vec![
            vec![Mention::bare(0, 0, 5, meeting, None)],
            vec![
                Mention::bare(0, 0, 5, meeting, None),
                Mention::bare(0, 6, 9, visit, None),
            ],
        ];
        inc.mentions = vec![(0, 0), (1, 0), (1, 1)];
        assert_eq!(told_as(&docs, &inc), meeting);
        // A vote is a step of the bill's passage, not a party's share: the whole stays.
        let docs = vec![
            vec![Mention::bare(0, 0, 5, vote, None)],
            vec![Mention::bare(0, 0, 5, vote, None)],
            vec![Mention::bare(0, 0, 5, legislation, None)],
        ];
        let mut bill = Incident::of_type(legislation);
        bill.mentions = vec![(0, 0), (1, 0), (2, 0)];
        assert_eq!(told_as(&docs, &bill), legislation);
    }

    #[test]
    fn an_arrival_merges_as_the_visit_it_is_and_with_talks_as_the_meeting() {
        let ty = types();
        let id = |n: &str| ty.id(n).unwrap();
        assert_eq!(merged_type(id("arrival"), id("visit")), id("visit"));
        assert_eq!(merged_type(id("visit"), id("arrival")), id("visit"));
        assert_eq!(merged_type(id("arrival"), id("meeting")), id("meeting"));
        // A second type that is no part keeps the kind: an arson told as a fire.
        assert_eq!(merged_type(id("arson"), id("fire")), id("arson"));
    }

    #[test]
    fn a_place_the_tagger_ran_on_lies_in_the_place_it_begins_with() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let bloomington = "geonames:5018739";
        assert_eq!(g.get(bloomington).unwrap().canonical, "Bloomington");
        assert!(extends(g, "gpe:bloomington-sam", bloomington));
        let (a, b) = (
            ["gpe:bloomington-sam".to_string()],
            [bloomington.to_string()],
        );
        assert_eq!(places_relation(g, &a, &b, false), Some(true));
        // Only at a word boundary, and only an unlisted place.
        assert!(!extends(g, "gpe:bloomingtonville", bloomington));
        assert!(!extends(g, bloomington, bloomington));
        // A part of a listed place, named by a word before it, lies in it.
        assert!(extends(g, "gpe:northeast-bloomington", bloomington));
        assert!(extends(g, "gpe:downtown-bloomington", bloomington));
        assert!(!extends(g, "gpe:new-bloomington", bloomington));
    }

    #[test]
    fn an_unlisted_river_neither_agrees_nor_disagrees_with_a_town() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let baltimore = "geonames:4347778".to_string();
        assert_eq!(g.get(&baltimore).unwrap().canonical, "Baltimore");
        let (a, b) = (["loc:patapsco-river".to_string()], [baltimore]);
        assert_eq!(places_relation(g, &a, &b, false), None);
        // So does an airport no table lists.
        let airport = ["loc:reagan-national-airport".to_string()];
        assert_eq!(places_relation(g, &airport, &b, false), None);
        // Nor does any place no table lists (an estate, a neighbourhood, a village:
        // "at Mar-a-Lago" and "in Palm Beach"), where two listed towns disagree.
        let c = ["gpe:nowhereville".to_string()];
        assert_eq!(places_relation(g, &c, &b, false), None);
        let florida = ["adm1:US:florida".to_string()];
        let appalachia = ["gpe:appalachia".to_string()];
        assert_eq!(places_relation(g, &appalachia, &florida, true), None);
        assert_eq!(places_relation(g, &appalachia, &florida, false), None);
        assert_eq!(places_relation(g, &c, &["iso:IS".to_string()], false), None);
        let boston = ["geonames:4930956".to_string()];
        assert_eq!(g.get(&boston[0]).unwrap().canonical, "Boston");
        assert_eq!(places_relation(g, &boston, &b, false), Some(false));
        // Two unlisted names, one the other with words after it, are one spot; a name
        // that only begins alike is not.
        let castle = ["loc:balmoral-castle".to_string()];
        assert_eq!(
            places_relation(g, &["gpe:balmoral".to_string()], &castle, false),
            Some(true)
        );
        assert_eq!(
            places_relation(g, &["gpe:balmo".to_string()], &castle, false),
            Some(false)
        );
    }

    #[test]
    fn an_unlisted_spot_named_after_a_town_meets_that_town_whatever_else_is_named() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let toronto = "geonames:6167865";
        assert_eq!(g.get(toronto).unwrap().canonical, "Toronto");
        let airport = "loc:toronto-pearson-airport";
        assert_eq!(listed_opening(g, airport).as_deref(), Some(toronto));
        // The spot shares the town's blocking key, so the two are ever compared.
        let spot = keys(
            g,
            &[airport.to_string()],
            &[],
            None,
            std::iter::empty(),
            &[],
        );
        assert!(spot.contains(&format!("P:{toronto}")), "{spot:?}");
        // A flight's origin named beside the spot does not make the places disagree.
        let minneapolis = g
            .entries()
            .iter()
            .find(|e| e.canonical == "Minneapolis")
            .map(|e| e.id.clone())
            .unwrap();
        let (a, b) = ([minneapolis, airport.to_string()], [toronto.to_string()]);
        assert_eq!(places_relation(g, &a, &b, false), Some(true));
        assert_eq!(listed_opening(g, "loc:pearson-airport"), None);
    }

    #[test]
    fn a_surname_alone_may_be_the_person_named_in_full() {
        assert!(same_person("person:biden", "person:joe-biden"));
        assert!(same_person("person:joe-biden", "person:biden"));
        assert!(same_person("person:joe-biden", "person:joe-biden"));
        assert!(!same_person("person:joe-biden", "person:hunter-biden"));
        assert!(!same_person("person:den", "person:joe-biden"));
        assert!(!same_person("org:biden", "person:joe-biden"));
    }

    #[test]
    fn a_suburb_lies_in_its_metropolis_and_a_spot_named_after_a_neighbour_is_one_place() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let one = |id: &str| [id.to_string()];
        let (sydney, bondi, junction) =
            ("geonames:2147714", "geonames:2208290", "geonames:8555644");
        assert_eq!(g.get(bondi).unwrap().canonical, "Bondi");
        assert_eq!(g.get(junction).unwrap().canonical, "Bondi Junction");
        assert_eq!(
            places_relation(g, &one(bondi), &one(sydney), false),
            Some(true)
        );
        assert_eq!(
            places_relation(g, &one(junction), &one(bondi), false),
            Some(true)
        );
        assert!(named_after(g, junction, bondi) && !named_after(g, bondi, junction));
        // Two suburbs of one city are two places.
        let manly = "geonames:2158867";
        assert_eq!(g.get(manly).unwrap().canonical, "Manly");
        assert_eq!(
            places_relation(g, &one(manly), &one(bondi), false),
            Some(false)
        );
    }

    #[test]
    fn a_disaster_told_in_two_countries_holds_a_town_of_either() {
        let tagger = EntityTagger::default();
        let g = tagger.gazetteer();
        let both = ["iso:TR".to_string(), "iso:SY".to_string()];
        let town = ["geonames:314830".to_string()]; // Gaziantep
        assert_eq!(places_relation(g, &both, &town, true), Some(true));
        // Not for a meeting, and not when one place is named as the more precise.
        assert_eq!(places_relation(g, &both, &town, false), Some(false));
        let precise = ["geonames:314830".to_string(), "iso:TR".to_string()];
        let other = ["iso:SY".to_string()];
        assert_eq!(places_relation(g, &precise, &other, true), Some(false));
    }
}
