//! The entity pipeline: tagger spans, gazetteer matches and rules merged into one
//! list of entities per document, then linked to canonical names and ids.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use super::dates::{dated, find_dates, Day, TOLD_DATE_LEAD, WEEKDAYS};
use super::gazetteer::{Gazetteer, Match};
use super::linking::{is_company_suffix, link_people, slug, NameIndex};
use super::numbers::find_numbers;
use super::tagger::features::line_flags;
use super::tagger::features::{gaz, Word};
use super::tagger::model::{begin_of, class_of, inside_of, is_begin};
use super::tagger::{embedded as embedded_model, DocumentTagger, Prepared};
use super::Label;
use crate::knowledge::{
    common_words, given_names, has_head, heads, honorifics, news_names, place_parts, surnames,
    titles, Head,
};
use crate::text::MONTHS;
use crate::tokens::{tokenize_into, Token};

/// An entity mention: a byte span of the document with its label and identity.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The label.
    pub label: Label,
    /// The name slant reports for it (the full name, the gazetteer's name, the ISO date).
    pub canonical: String,
    /// A stable id shared across documents ("iso:IN", "person:rajnath-singh").
    pub id: String,
    /// DATE: ISO 8601 value ("2025-04-22", "2025-05", "2025", "2025-W26").
    pub date: Option<String>,
    /// CARDINAL: the number.
    pub number: Option<f64>,
    /// CARDINAL: what it counts in a casualty reading ("killed", "hostages", ...).
    pub role: Option<&'static str>,
    /// A capital or seat of power where it may stand for its country ("New Delhi
    /// said"): the country's id; none where a word of place comes before it ("talks in
    /// New Delhi").
    pub refers: Option<String>,
}

/// One document as the entity layer read it.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Sentence byte spans.
    pub sentences: Vec<Range<usize>>,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// For each sentence, its range of `tokens`.
    pub sentence_tokens: Vec<Range<usize>>,
    /// Entities, ordered and disjoint.
    pub entities: Vec<Entity>,
    /// The article's date: the one given, else the first full date of its text.
    pub reference: Option<Day>,
    /// The day relative expressions ("on Friday") were read against, back to six
    /// days before it: the reference when it is the article's own date (given, or a
    /// dateline), else three days after it, since an article tells of a date in its
    /// text on it or in the days after ("came ashore on October 9 ... and left on
    /// Thursday").
    pub anchor: Option<Day>,
}

impl Entity {
    /// The entity's text in the document it came from.
    pub fn text_in<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// A mention that linking adds: the byte span `start..end` standing for a known
    /// actor, with no date, number, role or referent.
    ///
    /// ```
    /// use slant::entities::{Entity, Label};
    /// let e = Entity::linked(4, 13, Label::Person, "Jack Ketsoyan", "person:jack-ketsoyan");
    /// assert_eq!(e.text_in("the publicist said"), "publicist");
    /// ```
    pub fn linked(start: usize, end: usize, label: Label, canonical: &str, id: &str) -> Entity {
        Entity {
            start,
            end,
            label,
            canonical: canonical.to_string(),
            id: id.to_string(),
            date: None,
            number: None,
            role: None,
            refers: None,
        }
    }
}

/// Tags entities with the embedded model, a gazetteer and rules. Immutable and
/// shareable across threads.
#[derive(Clone, Debug)]
pub struct EntityTagger {
    gazetteer: Arc<Gazetteer>,
}

impl Default for EntityTagger {
    fn default() -> Self {
        EntityTagger {
            gazetteer: super::gazetteer::embedded().clone(),
        }
    }
}

/// A candidate span over a sentence's tokens.
#[derive(Clone, Debug)]
struct Cand {
    start: usize,
    end: usize,
    label: Label,
    entry: Option<u32>,
    /// Kept bytes of the last token, when the span ends inside it.
    last_len: Option<usize>,
    date: Option<String>,
    number: Option<f64>,
    role: Option<&'static str>,
    /// Canonical name and id fixed by a rule (acronym definitions).
    fixed: Option<(String, String)>,
}

impl Cand {
    fn new(start: usize, end: usize, label: Label, entry: Option<u32>) -> Cand {
        Cand {
            start,
            end,
            label,
            entry,
            last_len: None,
            date: None,
            number: None,
            role: None,
            fixed: None,
        }
    }
    fn overlaps(&self, s: usize, e: usize) -> bool {
        self.start < e && s < self.end
    }
}

/// `w` lowercased, on the stack for the short ASCII words the tables hold.
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let out = &mut buf[..w.len()];
        out.copy_from_slice(w.as_bytes());
        out.make_ascii_lowercase();
        f(std::str::from_utf8(out).unwrap_or(""))
    } else {
        f(&w.to_lowercase())
    }
}

/// A given name, or an honorific that stays in a name ("Khawaja", "Kh."): either way
/// the word opens a person's name.
pub(crate) fn is_given_name(w: &str) -> bool {
    w.len() < 32
        && (with_lower(w.trim_end_matches('.'), |l| given_names().contains(l)) || is_honorific(w))
}

/// Words after which a place is where something is ("in", "outside", "to").
const LOCATIVE_WORDS: [&str; 13] = [
    "in", "at", "near", "outside", "inside", "across", "around", "to", "into", "towards", "toward",
    "through", "via",
];

/// Nouns after a capital that make it its country's government acting ("the Beijing
/// government", "the Kabul regime"), not a place.
const GOVERNMENT_NOUNS: [&str; 6] = [
    "government",
    "regime",
    "leadership",
    "administration",
    "authorities",
    "officials",
];

/// Words of grammar that may follow a name: not a noun it modifies.
const GRAMMAR_WORDS: [&str; 24] = [
    "to", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "on",
    "in", "at", "for", "with", "from", "by", "of", "over", "about", "after", "before",
];

/// Whether a lowercase word after a name reads as its verb ("said", "warned", "has",
/// "struck"): an auxiliary or modal, a verb of saying, an irregular form, or a
/// regular ending (-ed, -s; a plural noun reads so too, and is let be).
fn verb_shaped(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "had"
            | "have"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "shall"
            | "may"
            | "might"
            | "must"
    ) || w.ends_with("ed")
        || (w.ends_with('s') && !w.ends_with("ss"))
        || crate::knowledge::speech_verbs().contains(w)
        || crate::knowledge::irregular_verbs().contains_key(w)
}

/// Whether the capital at bytes `s..e` of `text` is a place there, not its country
/// (`country`, an id) acting: after a word of place ("talks in Brussels"), a part of
/// it ("central Paris"), as a noun's modifier ("the Paris branch", "a Paris jewellery
/// store"; "Beijing officials" and "the Kabul government" act), or followed by its
/// own country ("Ashgabat, Turkmenistan's capital"; for a bloc's seat the country it
/// lies in, `own_country`: "Brussels, Belgium"). Otherwise it may stand for the
/// country, as a speaker or a side does ("New Delhi said", "ties with Islamabad").
fn capital_placed(
    g: &Gazetteer,
    text: &str,
    (s, e): (usize, usize),
    country: &str,
    own_country: Option<&str>,
) -> bool {
    let w1 = text[..s].split_whitespace().next_back().unwrap_or("");
    if LOCATIVE_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w1))
        || crate::knowledge::place_parts().contains(w1)
    {
        return true;
    }
    let next = text[e..].split_whitespace().next().unwrap_or("");
    // "the Paris branch", "a Paris jewellery store", "raid on Paris shop": a noun after
    // it (not a verb: "Beijing has", "Moscow warned"; nor an adverb before one: "that
    // Islamabad vehemently denied"; nor a word of grammar: "led New Delhi to withhold").
    let noun_after = next.chars().all(|c| c.is_lowercase())
        && !next.is_empty()
        && !verb_shaped(next)
        && !next.ends_with("ly")
        && !GRAMMAR_WORDS.contains(&next)
        && !GOVERNMENT_NOUNS.contains(&next);
    if noun_after {
        return true;
    }
    // "Athens was calm Sunday", "Kabul remained tense": the place's state
    // (`place_states.txt`); "Tehran was furious" is the country's mind.
    let mut after = text[e..].split_whitespace();
    let copula = after.next().is_some_and(|w| {
        matches!(
            w,
            "is" | "was" | "are" | "were" | "remained" | "remains" | "stayed" | "stays" | "seemed"
        )
    });
    if copula
        && after.next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            crate::knowledge::word_set!(include_str!("../../knowledge/entities/place_states.txt"))
                .contains(w)
        })
    {
        return true;
    }
    // "Ashgabat, Turkmenistan's capital", "Paris, France", "Brussels, Belgium" (a
    // bloc's seat followed by its own country).
    let rest = text[e..].trim_start();
    rest.strip_prefix(',').is_some_and(|r| {
        [Some(country), own_country]
            .into_iter()
            .flatten()
            .any(|id| {
                g.get(id)
                    .is_some_and(|c| r.trim_start().starts_with(c.canonical.as_str()))
            })
    })
}

/// Whether a listed place is a city, town or region, not a country: a team is named
/// after one ("the Kansas City Chiefs"), an office after a country.
pub(crate) fn names_a_city(e: &super::gazetteer::Entry) -> bool {
    e.label == Label::Gpe && !e.id.starts_with("iso:")
}

/// A frequent surname ("Johnson", "Singh").
fn is_surname(w: &str) -> bool {
    w.len() < 32 && with_lower(w, |l| surnames().contains(l))
}

/// A Roman numeral that numbers a monarch or pope ("II", "XVI"): "I" and "V" alone are
/// too often a pronoun or a letter.
fn regnal_number(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// A given name or an initial ("S."): the word that opens a person's name.
fn is_first_name_part(w: &str) -> bool {
    let initial = w.len() == 2 && w.ends_with('.') && starts_upper(w);
    initial || is_given_name(w)
}

/// A place the gazetteer generated from GeoNames that stands for no country (not a
/// capital): such names are often surnames too ("Cruz", "Obama", "Powell").
pub(crate) fn is_small_town(e: &super::gazetteer::Entry) -> bool {
    e.id.starts_with("geonames:") && e.refers.is_none()
}

/// Unlisted, or listed only as a small town: nothing the gazetteer says forbids
/// reading the word as (part of) a person's name.
fn at_most_a_town(g: &Gazetteer, entry: Option<u32>) -> bool {
    entry.is_none_or(|x| is_small_town(g.entry(x)))
}

/// An honorific that stays in a name ("Khawaja", "Syed", "Kh.").
fn is_honorific(w: &str) -> bool {
    w.len() < 32 && with_lower(w.trim_end_matches('.'), |l| honorifics().contains_key(l))
}

pub(crate) fn is_title_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    w.len() < 32 && with_lower(w, |l| titles().contains(l))
}

/// A facility's lowercase word that may follow the name of the person it is named
/// after (`knowledge/entities/named_facilities.txt`: "airport", "stadium").
fn is_named_facility(w: &str) -> bool {
    crate::knowledge::word_set!(include_str!(
        "../../knowledge/entities/named_facilities.txt"
    ))
    .contains(w)
}

/// A title of address that stands before a surname alone ("Mr.", "Dr."; see
/// `knowledge/entities/courtesy_titles.txt`).
fn is_courtesy_title(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    let titles =
        crate::knowledge::word_set!(include_str!("../../knowledge/entities/courtesy_titles.txt"));
    w.len() < 8 && with_lower(w, |l| titles.contains(l))
}

/// A noun naming a relative ("son", "wife", "niece"; `kin_nouns.txt`): a name right
/// after it, in "his son Hunter", is the relative's.
fn is_kin_noun(w: &str) -> bool {
    crate::knowledge::word_set!(include_str!("../../knowledge/entities/kin_nouns.txt")).contains(w)
}

/// Frequent enough that, capitalised alone, it is a headline word or noise rather than
/// a name ("Diplomatic", "Rift"); rarer words ("Rotor", "Shearer") may be names.
pub(crate) fn is_common(w: &str) -> bool {
    is_common_below(w, 12_000)
}

/// For each word, whether it lies in a run of capitalised words (joined by "of",
/// "and", "&" or "'s") up to an organisation's head word or a company suffix: such a
/// run is a body's name, whatever its words mean alone.
fn body_name_ends(plain: &[&str], words: &[Word]) -> Vec<bool> {
    let mut out = vec![false; plain.len()];
    let mut k = 0;
    while k < plain.len() {
        if !words[k].title {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < plain.len() {
            if words[end].title {
                end += 1;
            } else if end + 1 < plain.len()
                && words[end + 1].title
                && matches!(plain[end], "of" | "and" | "&" | "'s" | "’s")
            {
                end += 2;
            } else {
                break;
            }
        }
        // The name runs to its last head word: "Banc One Capital Corporation Buys
        // Texas Lender" is a name, then a headline's words.
        let last_head = (k..end).rev().find(|&j| {
            let w = plain[j].trim_end_matches('.');
            is_company_suffix(w) || with_lower(w, |l| has_head(l, Head::Org))
        });
        if let Some(j) = last_head {
            out[k..=j].iter_mut().for_each(|b| *b = true);
        }
        k = end;
    }
    out
}

/// Whether a sentence is a headline: a line in capitals, or a title-case line that is
/// no list of names ("Tiger Woods, Steve Jurgenson,") nor a sentence ending in a full
/// stop ("Then Mark Carney met Rose Smith in Ottawa.").
fn is_headline(words: &[&str], caps_line: bool, title_line: bool) -> bool {
    if caps_line {
        return true;
    }
    let commas = words.iter().filter(|w| **w == ",").count();
    let full_stop = words
        .iter()
        .rev()
        .find(|w| !matches!(**w, "\"" | "”" | "’" | "'" | ")"))
        .is_some_and(|w| w.ends_with('.'));
    title_line && commas < 2 && !full_stop
}

/// In a headline every word is capitalised, so any listed word is more likely a word
/// than a name.
fn is_headline_word(w: &str) -> bool {
    is_common_below(w, u32::MAX)
}

/// An abbreviated legal form of a company ("Ltd", "Inc"; `legal_forms.txt`).
fn is_legal_form(w: &str) -> bool {
    let set = crate::knowledge::word_set!(include_str!("../../knowledge/entities/legal_forms.txt"));
    set.contains(w)
}

/// A vehicle or service named after the body that runs it ("train", "flight";
/// `operated_things.txt`).
fn is_operated_thing(w: &str) -> bool {
    let set =
        crate::knowledge::word_set!(include_str!("../../knowledge/entities/operated_things.txt"));
    set.contains(w)
}

/// A brand's shape: a capital after three or more lowercase letters inside the word
/// ("CrowdStrike", "BlackRock", "OpenAI", "SpaceX"); a surname's particle leaves at
/// most two before its capital ("McDonald", "MacArthur", "DeSantis"), and "Fitz" is a
/// particle ("FitzGerald").
fn brand_shaped(w: &str) -> bool {
    if w.starts_with("Fitz") || !w.starts_with(char::is_uppercase) {
        return false;
    }
    let mut lower_run = 0;
    for c in w.chars().skip(1) {
        if c.is_uppercase() && lower_run >= 3 {
            return true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    false
}

/// A lowercase noun for a kind of organisation ("start-up", "carmaker";
/// `firm_nouns.txt`).
fn is_firm_noun(w: &str) -> bool {
    let set = crate::knowledge::word_set!(include_str!("../../knowledge/entities/firm_nouns.txt"));
    w.starts_with(char::is_lowercase) && set.contains(w)
}

/// Whether the name at word `i` is a side of a deal between companies: after "<deal
/// noun> of" or "between", or joined by "and" to a name there ("the merger of
/// Nordstahl and Acier Uni"; `deal_nouns.txt`).
fn deal_side(words: &[&str], i: usize) -> bool {
    let set = crate::knowledge::word_set!(include_str!("../../knowledge/entities/deal_nouns.txt"));
    let mut b = i;
    // Back over the other side's name and its "and" (at most six words).
    while b > 0
        && i - b < 6
        && (name_shaped(words[b - 1]) || matches!(words[b - 1], "and" | ","))
        && !matches!(words[b - 1], "of" | "between")
    {
        b -= 1;
    }
    let joined = b == i || i.checked_sub(1).is_some_and(|k| words[k] == "and");
    joined && b >= 2 && matches!(words[b - 1], "of" | "between") && set.contains(words[b - 2])
}

/// An eponym of `eponyms.tsv`: the name's words and the nouns that may follow it
/// (none: the name alone is the thing).
type Eponym = (Vec<&'static str>, Vec<&'static str>);

/// The eponyms by the first word of their name.
type Eponyms = HashMap<&'static str, Vec<Eponym>, crate::knowledge::FastBuild>;

/// Things named after a person or a place (`eponyms.tsv`), by the first word of the
/// name (asked of every candidate name: one lookup).
fn eponyms() -> &'static Eponyms {
    static MAP: std::sync::OnceLock<Eponyms> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = Eponyms::default();
        let lines = include_str!("../../knowledge/entities/eponyms.tsv").lines();
        for l in lines.filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let (name, nouns) = l.split_once('\t').unwrap_or((l, ""));
            let name: Vec<&str> = name.split(' ').collect();
            let nouns = nouns.split(',').map(str::trim).filter(|n| !n.is_empty());
            map.entry(name[0])
                .or_default()
                .push((name, nouns.collect()));
        }
        map
    })
}

/// Where a thing named after a person or a place that opens at word `k` of a sentence
/// ends: "Molotov cocktails", "Alzheimer 's disease", "Purple Heart".
fn eponym_end(words: &[&str], k: usize) -> Option<usize> {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let entries = with_lower(words.get(k)?, |w| eponyms().get(w))?;
    entries.iter().find_map(|(name, nouns)| {
        let after = k + name.len();
        if after > words.len() || !name.iter().zip(&words[k..after]).all(|(a, b)| same(a, b)) {
            return None;
        }
        if nouns.is_empty() {
            return Some(after);
        }
        let at = match words.get(after).copied() {
            Some("'s" | "’s") => after + 1,
            _ => after,
        };
        let noun = words.get(at)?;
        let singular = noun.strip_suffix('s').unwrap_or(noun);
        nouns
            .iter()
            .any(|n| same(n, noun) || same(n, singular))
            .then_some(at + 1)
    })
}

/// A preposition that ends a name where it is capitalised (`name_breaks.txt`).
fn is_name_break(w: &str) -> bool {
    let set = crate::knowledge::word_set!(include_str!("../../knowledge/entities/name_breaks.txt"));
    with_lower(w, |l| set.contains(l))
}

/// Spans of capitalised words named as a publication: right before a listed noun
/// ("People magazine", "Les Echos newspaper") or right after one ("the daily Le Monde",
/// "Ivorian newspaper Le Populaire"). Name particles may sit inside ("Zeri i Popullit").
fn named_publications(words: &[&str]) -> Vec<(usize, usize)> {
    let set =
        crate::knowledge::word_set!(include_str!("../../knowledge/entities/publications.txt"));
    let name_word = |w: &str| starts_upper(w) && w.chars().any(char::is_alphabetic);
    let inside = |w: &str| name_word(w) || w == "'s" || (is_name_particle(w) && w.len() <= 3);
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !set.contains(w) {
            continue;
        }
        // Before: back over name words; a particle only between two of them.
        let mut a = k;
        while a > 0 && inside(words[a - 1]) && (name_word(words[a - 1]) || a < k) {
            a -= 1;
        }
        // "Sydney 's Daily Telegraph": the paper's name starts after a place's "'s";
        // "People 's Daily" is one name, and the caller keeps it whole when its first
        // words are no place.
        while a < k && !name_word(words[a]) {
            a += 1;
        }
        // "The Times" keeps its article; "The Yedioth Ahronoth daily" does not.
        let article = a < k && matches!(words[a], "The" | "A" | "An" | "THE");
        let rest = if article { a + 1 } else { a };
        // "An Algerian newspaper", "Ivorian newspaper Le Populaire": after a people's
        // adjective, the name (if any) follows the noun.
        let people = rest + 1 == k && demonym_shaped(words[rest]);
        if rest < k && !people {
            out.push((if k - rest == 1 { a } else { rest }, k));
            continue;
        }
        let mut b = k + 1;
        while b < words.len() && inside(words[b]) && (name_word(words[b]) || b > k + 1) {
            b += 1;
        }
        while b > k + 1 && !name_word(words[b - 1]) {
            b -= 1;
        }
        if b > k + 1 {
            out.push((k + 1, b));
        }
    }
    out
}

/// Spans that name a person by a title of royalty or the peerage and its place ("the
/// Duchess of Cambridge", "the Prince of Wales"; `knowledge/entities/peerage_titles.txt`).
/// A facility or body named after one ("Prince of Wales Hospital") is left to the
/// head-word rules.
fn peerage_names(words: &[&str]) -> Vec<(usize, usize)> {
    let set =
        crate::knowledge::word_set!(include_str!("../../knowledge/entities/peerage_titles.txt"));
    let mut out = Vec::new();
    for k in 0..words.len() {
        if !starts_upper(words[k])
            || words.get(k + 1) != Some(&"of")
            || !with_lower(words[k], |l| set.contains(l))
        {
            continue;
        }
        let mut b = k + 2;
        while b < words.len() && b < k + 5 && name_shaped(words[b]) && !is_title_word(words[b]) {
            b += 1;
        }
        let named_after = words.get(b).is_some_and(|w| {
            starts_upper(w)
                && with_lower(w, |l| has_head(l, Head::Org) || has_head(l, Head::Facility))
        });
        if b > k + 2 && !named_after {
            out.push((k, b));
        }
    }
    out
}

/// A listed word of rank below `rank`, unless recent news writes it mostly as a name
/// ("Trump", "Pence"): such a word alone, capitalised, may be a name.
fn is_common_below(w: &str, rank: u32) -> bool {
    w.len() < 32
        && with_lower(w, |l| {
            common_words().get(l).is_some_and(|&r| r < rank) && !news_names().contains(l)
        })
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Canonical name and id of a date: its normalised value, else its words.
fn date_identity(value: Option<&str>, surface: &str) -> (String, String) {
    let v = value.unwrap_or(surface).to_string();
    let id = format!("date:{}", slug(&v));
    (v, id)
}

/// A token that can be part of a personal name: "Asif", "O'Brien", "J.", "Kh".
fn name_shaped(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest: String = chars.collect();
    if rest.is_empty() || rest == "." {
        return true;
    }
    rest.chars().any(char::is_lowercase)
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
}

/// Token ranges (start, head, end) of capitalised sequences ending in a head noun of
/// `class`, or opening with one followed by "of" ("Ministry of Foreign Affairs").
fn named_by_head(words: &[&str], class: Head) -> Vec<(usize, usize, usize)> {
    let upper = |w: &str| starts_upper(w) && w.chars().any(char::is_alphabetic);
    let connector = |w: &str| matches!(w, "of" | "and" | "for" | "&");
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for k in 0..words.len() {
        if !upper(words[k]) || !with_lower(words[k], |l| has_head(l, class)) {
            continue;
        }
        let mut a = k;
        // "The" and, opening the sentence, "A" and "An" are articles, not names; nor is
        // a preposition opening it ("At Trent Bridge", "Near Hoover Dam").
        let article = |i: usize| {
            words[i] == "The"
                || (i == 0
                    && matches!(
                        words[i],
                        "A" | "An"
                            | "At"
                            | "In"
                            | "On"
                            | "From"
                            | "To"
                            | "Near"
                            | "Outside"
                            | "Inside"
                            | "By"
                            | "For"
                            | "With"
                            | "After"
                            | "Before"
                            | "Under"
                            | "Over"
                            | "Across"
                            | "Into"
                    ))
        };
        while a > 0 {
            if upper(words[a - 1]) && !article(a - 1) {
                a -= 1;
            } else if a >= 2 && connector(words[a - 1]) && upper(words[a - 2]) && !article(a - 2) {
                a -= 2;
            } else {
                break;
            }
        }
        let mut b = k + 1;
        // "Department of Labor", "Department of the Interior".
        if b + 1 < words.len() && words[b] == "of" {
            let c = if words[b + 1] == "the" { b + 2 } else { b + 1 };
            if c < words.len() && upper(words[c]) {
                b = c + 1;
                while b < words.len() && upper(words[b]) {
                    b += 1;
                }
            }
        }
        if b - a >= 2 && out.last().is_none_or(|&(_, _, e)| e <= a) {
            out.push((a, k, b));
        }
    }
    out
}

/// Two or three name-shaped words opening with a given name ("Rajnath Singh",
/// "Dong Jun"), no head noun: a person whatever the tagger guessed.
fn looks_like_person(words: &[&str], prepared: &Prepared, i: usize, j: usize) -> bool {
    let last = words[j - 1].to_lowercase();
    (2..=3).contains(&(j - i))
        && prepared.words[i].gaz & gaz::GIVEN != 0
        && prepared.words[i..j]
            .iter()
            .all(|w| w.gaz & !(gaz::GIVEN | gaz::COMMON | gaz::SURNAME) == 0)
        && !is_headline_word(words[j - 1])
        && words[i..j].iter().all(|w| name_shaped(w))
        && !has_head(&last, Head::Org)
        && !place_head(&last)
        && !has_head(&last, Head::Event)
}

/// Whether a lowercase word ends a place's name, natural or built ("River",
/// "Airport").
fn place_head(w: &str) -> bool {
    has_head(w, Head::Loc) || has_head(w, Head::Facility)
}

/// A word of two or more capitalised parts joined by hyphens: "Saint-Germain",
/// "Hewlett-Packard"; not "Al-Qaeda-linked" or "U.S.-based", nor a title or rank
/// ("Secretary-General", "Consulate-General", "All-Star"): no part a title word, the
/// first no common word.
fn hyphenated_name(w: &str) -> bool {
    let mut parts = 0;
    for p in w.split('-') {
        let mut c = p.chars();
        let first_upper = c.next().is_some_and(char::is_uppercase);
        if !first_upper
            || p.chars().count() < 2
            || !c.all(char::is_lowercase)
            || is_title_word(p)
            || (parts == 0 && is_common(p))
        {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// A surname written with an Arabic particle and a hyphen ("al-Saadani", "el-Sayed",
/// "bin-Laden"): lowercase first, yet part of a name.
/// The particles are data (`knowledge/entities/particle_prefixes.txt`).
fn is_particle_surname(w: &str) -> bool {
    let set = crate::knowledge::word_set!(include_str!(
        "../../knowledge/entities/particle_prefixes.txt"
    ));
    w.split_once('-')
        .is_some_and(|(p, rest)| set.contains(p) && rest.starts_with(char::is_uppercase))
}

/// Lowercase words that belong inside personal names ("van", "de", "bin";
/// `knowledge/entities/name_particles.txt`), and particles joined by a hyphen.
fn is_name_particle(w: &str) -> bool {
    let set =
        crate::knowledge::word_set!(include_str!("../../knowledge/entities/name_particles.txt"));
    set.contains(w) || w.starts_with("al-") || w.starts_with("el-")
}

/// "in X", "near X", "X attack": words around a span that make it a place.
fn place_cue(words: &[&str], i: usize, j: usize) -> bool {
    let before = i.checked_sub(1).map(|k| words[k].to_lowercase());
    let after = words.get(j).map(|w| w.to_lowercase());
    matches!(
        before.as_deref(),
        Some("in" | "near" | "at" | "outside" | "across" | "from")
    ) && !matches!(after.as_deref(), Some("'s" | "’s"))
        || after
            .as_deref()
            .is_some_and(|a| has_head(a, Head::EventNoun) || has_head(a, Head::Disaster))
        || (matches!(after.as_deref(), Some("'s" | "’s"))
            && words
                .get(j + 1)
                .is_some_and(|w| has_head(&w.to_lowercase(), Head::State)))
}

/// A capitalised given name ("Miles", "Hope") that can open a person's name: no
/// title or honorific ("Prince", "Miss", "Sheikh"), none of the 200 most frequent
/// words, which are function words and auxiliaries ("In", "Will", "Can"), and no
/// month or weekday ("June", "May").
fn is_given_first_name(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase)
        && c.all(char::is_lowercase)
        && !is_calendar_word(w)
        && !is_title_word(w)
        && !is_honorific(w)
        && !is_common_below(w, 200)
        && is_given_name(w)
}

/// A word in camel case: a capital, lowercase letters, a capital, lowercase letters
/// ("LuAnn", "DeShawn", "PepsiCo").
fn camel_case(w: &str) -> bool {
    let mut humps = 0;
    let mut prev_lower = false;
    for (k, c) in w.chars().enumerate() {
        if c.is_uppercase() {
            if k > 0 && !prev_lower {
                return false;
            }
            humps += 1;
            prev_lower = false;
        } else if c.is_lowercase() {
            if k == 0 {
                return false;
            }
            prev_lower = true;
        } else {
            return false;
        }
    }
    humps == 2 && prev_lower
}

/// The tags with every listed given name in camel case ("LuAnn", "DeShawn", "JoAnn")
/// before a name-shaped word opening a person's name through up to two such words: the
/// tagger learned that shape from companies ("BellSouth", "PepsiCo") and reads the
/// first name as a body ("a 66-year-old LuAnn Marie Johnson").
fn camel_given_names<'t>(
    words: &[&str],
    prepared: &Prepared,
    tags: &'t [u8],
) -> std::borrow::Cow<'t, [u8]> {
    const PER: u8 = 1;
    let opens = |k: usize| {
        class_of(tags[k]) != PER
            && prepared.words[k].gaz & gaz::GIVEN != 0
            && camel_case(words[k])
            && words.get(k + 1).is_some_and(|w| name_shaped(w))
    };
    if !(0..tags.len()).any(opens) {
        return std::borrow::Cow::Borrowed(tags);
    }
    let mut out = tags.to_vec();
    let mut k = 0;
    while k < out.len() {
        if !opens(k) {
            k += 1;
            continue;
        }
        out[k] = begin_of(PER);
        let mut j = k + 1;
        while j < out.len() && j <= k + 2 && name_shaped(words[j]) {
            out[j] = inside_of(PER);
            j += 1;
        }
        // A name the person's words cut into begins again after them.
        if j < out.len() && class_of(out[j]) != 0 && !is_begin(out[j]) {
            out[j] = begin_of(class_of(out[j]));
        }
        k = j;
    }
    std::borrow::Cow::Owned(out)
}

/// Days of the week, and the days named from today.
fn is_weekday(w: &str) -> bool {
    with_lower(w, |l| {
        WEEKDAYS.contains(&l) || matches!(l, "today" | "yesterday" | "tomorrow" | "tonight")
    })
}

/// Whether a token opens a quotation: a straight or curly double or single mark, or
/// the doubled grave accent of tokenised text.
fn is_opening_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'" | "``" | "`")
}

/// Whether a token closes a quotation (see [`is_opening_quote`]).
fn is_closing_quote(w: &str) -> bool {
    matches!(w, "\"" | "”" | "’" | "'" | "''")
}

/// A person's name as reported, less a nickname quoted inside it: 'Vincent "The
/// Chin" Gigante' is known as "Vincent Gigante", as other reports name him.
fn person_name(s: &str) -> String {
    let name = clean_name(s);
    let words: Vec<&str> = name.split(' ').collect();
    let opens = |w: &str| w.starts_with(['"', '“', '‘', '\'', '`']);
    let closes = |w: &str| w.ends_with(['"', '”', '’', '\'']);
    let Some(q) = words.iter().position(|w| opens(w)) else {
        return name;
    };
    // The closing mark may be on the nickname's own word ('"Whitey"').
    let lone = words[q].chars().all(|c| !c.is_alphanumeric());
    let from = if lone { q + 1 } else { q };
    match words[from..].iter().position(|w| closes(w)) {
        Some(r) if q > 0 && from + r + 1 < words.len() => {
            let kept: Vec<&str> = words[..q]
                .iter()
                .chain(&words[from + r + 1..])
                .copied()
                .collect();
            kept.join(" ")
        }
        _ => name,
    }
}

fn is_calendar_word(w: &str) -> bool {
    let l = w.to_lowercase();
    let l = l.trim_end_matches('.');
    MONTHS.contains(&l) || WEEKDAYS.contains(&l)
}

impl EntityTagger {
    /// A tagger with `gazetteer` instead of the embedded one.
    pub fn with_gazetteer(gazetteer: Arc<Gazetteer>) -> EntityTagger {
        EntityTagger { gazetteer }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// Tag one document. `reference` dates relative expressions; without it the first
    /// full date in the text serves.
    ///
    /// ```
    /// use slant::entities::{EntityTagger, Label};
    /// let text = "Defence Minister Rajnath Singh flew to Qingdao on Thursday. Singh met 3 envoys.";
    /// let ents = EntityTagger::default().tag(text, slant::entities::dates::Day::new(2025, 6, 27));
    /// let person = ents.iter().find(|e| &text[e.start..e.end] == "Singh").unwrap();
    /// assert_eq!(person.label, Label::Person);
    /// assert_eq!(person.canonical, "Rajnath Singh");
    /// let date = ents.iter().find(|e| e.label == Label::Date).unwrap();
    /// assert_eq!(date.date.as_deref(), Some("2025-06-26"));
    /// ```
    pub fn tag(&self, text: &str, reference: Option<Day>) -> Vec<Entity> {
        self.analyze(text, reference).entities
    }

    /// Tag one document and keep what later layers read too: its sentences, tokens and
    /// the reference date used. [`EntityTagger::redate`] can read its dates again
    /// against another reference.
    ///
    /// ```
    /// use slant::entities::{dates::Day, EntityTagger};
    /// let t = EntityTagger::default();
    /// let text = "Floods hit Sylhet on Friday.";
    /// let mut a = t.analyze(text, None);
    /// t.redate(text, &mut a, Day::new(2024, 6, 24).unwrap());
    /// let b = t.analyze(text, Day::new(2024, 6, 24));
    /// assert_eq!(a.entities, b.entities);
    /// ```
    pub fn analyze(&self, text: &str, reference: Option<Day>) -> Analysis {
        let sentences = crate::segment::split(text);
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let mut ranges: Vec<Range<usize>> = Vec::with_capacity(sentences.len());
        for s in &sentences {
            let a = tokens.len();
            tokenize_into(text, s.clone(), &mut tokens);
            ranges.push(a..tokens.len());
        }
        let (reference, anchor) = match reference {
            Some(d) => (Some(d), Some(d)),
            None => match dated(text, &tokens) {
                Some((d, true)) => (Some(d), Some(d)),
                Some((d, false)) => (Some(d), Some(d.plus(TOLD_DATE_LEAD))),
                None => (None, None),
            },
        };
        let mut tagger = DocumentTagger::new(embedded_model());
        let mut all: Vec<(usize, Cand)> = Vec::new(); // (sentence token offset, cand)
        for (range, s) in ranges.iter().zip(&sentences) {
            // A sentence without a letter or digit (rules of dashes, runs of dots or
            // brackets in scraped pages) names nothing; the model is not asked.
            if !text[s.clone()].chars().any(char::is_alphanumeric) {
                continue;
            }
            let toks = &tokens[range.clone()];
            let (prepared, gaz) = self.prepare(text, toks);
            let tags = tagger.tag(&prepared);
            for c in self.sentence(text, toks, &tags, &prepared, &gaz, anchor) {
                all.push((range.start, c));
            }
        }
        let entities = self.finish(text, &tokens, all);
        let mut a = Analysis {
            sentences,
            tokens,
            sentence_tokens: ranges,
            entities,
            reference,
            anchor,
        };
        // "the minister" is the one minister the document names.
        super::linking::link_roles(text, &mut a);
        // "Georgia" beside Atlanta is the US state.
        super::linking::choose_namesakes(&self.gazetteer, &mut a);
        a
    }

    /// Read the dates of an analysis from [`EntityTagger::analyze`] against
    /// `reference`, as if it had been given from the start: a corpus learns its date
    /// only after every document is tagged, and tagging again would cost as much.
    ///
    /// The spans of date expressions do not depend on the reference, only their values.
    pub fn redate(&self, text: &str, a: &mut Analysis, reference: Day) {
        a.reference = Some(reference);
        a.anchor = Some(reference);
        for range in &a.sentence_tokens {
            let toks = &a.tokens[range.clone()];
            for d in find_dates(text, toks, Some(reference)) {
                let (s, e) = (toks[d.start].start as usize, toks[d.end - 1].end as usize);
                let Ok(k) = a.entities.binary_search_by_key(&s, |x| x.start) else {
                    continue;
                };
                let ent = &mut a.entities[k];
                if ent.label == Label::Date && ent.end == e {
                    (ent.canonical, ent.id) = date_identity(d.value.as_deref(), &text[s..e]);
                    ent.date = d.value;
                }
            }
        }
    }

    /// Words, line flags and gazetteer matches of one sentence: what the tagger and the
    /// rules both read. Public for the trainer, which must see what the tagger sees.
    pub fn prepare(&self, text: &str, toks: &[Token]) -> (Prepared, Vec<Match>) {
        let mut words: Vec<Word> = toks.iter().map(|t| Word::new(t.text(text))).collect();
        let (caps_line, title_line) = line_flags(text, toks, &words);
        let gaz = self.gazetteer.mark(text, toks, &mut words, caps_line);
        // A title-case headline capitalises every word, and the tagger learned names
        // from running text, where a capital means a name: its common words are read
        // as running text would write them ("Biden Signs Infrastructure Bill Into Law"
        // as "Biden signs infrastructure bill into law"). Kept: the first word (it is
        // capitalised in any sentence), words in capitals, words the gazetteer knows,
        // a common word right after a given name, which is the surname ("Taylor
        // Swift"), and the words of a name that ends in a body's head word or a
        // company suffix ("Banc One Capital Corporation", "Moody's Investors Service").
        if title_line {
            let plain: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
            if is_headline(&plain, caps_line, title_line) {
                let body_ends = body_name_ends(&plain, &words);
                for k in 1..plain.len() {
                    let w = plain[k];
                    let title_case = w.chars().skip(1).all(|c| !c.is_uppercase());
                    // The given-name list is asked last: only of a word that would go.
                    let after_given = || words[k - 1].title && is_given_name(plain[k - 1]);
                    if words[k].title
                        && title_case
                        && words[k].gaz == 0
                        && !body_ends[k]
                        && is_headline_word(w)
                        && !after_given()
                    {
                        words[k] = Word::new(&w.to_lowercase());
                    }
                }
            }
        }
        // A given name is evidence only where nothing else explains the word: not a
        // known place or body, not a common word ("Grace", "Will").
        for (t, word) in toks.iter().zip(words.iter_mut()) {
            let w = t.text(text);
            if word.title && word.gaz == 0 && is_given_name(w) && !is_headline_word(w) {
                word.gaz |= gaz::GIVEN;
            }
            // A frequent surname is evidence on the same terms ("Johnson", "Singh").
            if word.title && word.gaz & !gaz::GIVEN == 0 && is_surname(w) && !is_headline_word(w) {
                word.gaz |= gaz::SURNAME;
            }
            // A capitalised common word ("Diplomatic", "Will"): the tagger weighs it.
            if word.title && word.gaz == 0 && is_headline_word(w) {
                word.gaz |= gaz::COMMON;
            }
        }
        (
            Prepared {
                words,
                caps_line,
                title_line,
            },
            gaz,
        )
    }

    fn sentence(
        &self,
        text: &str,
        toks: &[Token],
        tags: &[u8],
        prepared: &Prepared,
        gaz: &[Match],
        reference: Option<Day>,
    ) -> Vec<Cand> {
        let g = &*self.gazetteer;
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let (caps_line, title_line) = (prepared.caps_line, prepared.title_line);
        // In a headline the names' common words are shed below.
        let headline = is_headline(&words, caps_line, title_line);
        let tags = &*camel_given_names(&words, prepared, tags);

        // 1. Model spans.
        let mut cands: Vec<Cand> = Vec::new();
        let mut i = 0;
        while i < tags.len() {
            let class = class_of(tags[i]);
            if class == 0 {
                i += 1;
                continue;
            }
            // A name the tagger begins again right after one of its own class goes on
            // ("Silicon" + "Valley Bank"): in news two names of a class touch without a
            // word or mark between them almost never (11 of CoNLL-2003 train's 7,140
            // places), so a second "B-" there is the tagger's slip, unless the
            // gazetteer knows one of the two parts as a name of its own ("Aoraki" +
            // "Mount Cook National Park" keeps the park's identity).
            let listed = |a: usize, b: usize| gaz.iter().any(|m| m.start == a && m.end == b);
            // End of the tagger's span of `class` that begins at `from`.
            let span_end = |from: usize| {
                (from + 1..tags.len())
                    .find(|&k| class_of(tags[k]) != class || is_begin(tags[k]))
                    .unwrap_or(tags.len())
            };
            let mut j = span_end(i);
            while class < 4 && j < tags.len() && tags[j] == tags[i] {
                let next = span_end(j);
                if listed(i, j) || listed(j, next) || !starts_upper(words[j]) {
                    break;
                }
                j = next;
            }
            // "The Kansas City Chiefs" read as "Kansas" and a person "City Chiefs": a
            // span the tagger ends inside a listed place's name, where its next span
            // begins, goes on through that span; the place is then where the name
            // starts ("Kansas City" + "Chiefs" is a team, below).
            let (mut j, class) = match gaz.iter().find(|m| {
                m.start >= i
                    && m.start < j
                    && m.end > j
                    && matches!(g.entry(m.entry).label, Label::Gpe | Label::Loc)
            }) {
                Some(m)
                    if tags
                        .get(j)
                        .is_some_and(|&t| class_of(t) != 0 && is_begin(t)) =>
                {
                    let next_class = class_of(tags[j]);
                    let next = (j + 1..tags.len())
                        .find(|&k| class_of(tags[k]) != next_class || is_begin(tags[k]))
                        .unwrap_or(tags.len());
                    (next.max(m.end), 2)
                }
                _ => (j, class),
            };
            // A person's initials are no name on their own: "D. Blenkiron 3-40" of a
            // scorecard, where the tagger took the surname it has never seen for a
            // place, is one person through the capitalised words after the initials.
            // One initial or several run together ("D.", "K.P.", "J.R.R.").
            let initial = |w: &str| {
                let b = w.as_bytes();
                (2..=6).contains(&b.len())
                    && b.len() % 2 == 0
                    && b.chunks(2)
                        .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
            };
            if class == 1 && (i..j).all(|k| initial(words[k])) {
                while j < tags.len() && starts_upper(words[j]) && !initial(words[j]) {
                    j += 1;
                    if !tags
                        .get(j)
                        .is_some_and(|&t| class_of(t) != 0 && !is_begin(t))
                    {
                        break;
                    }
                }
            }
            // "Rami al-Saadani": a surname joined by its particle is the person's,
            // though the tagger read it as a person of its own.
            if class == 1 {
                while j < tags.len()
                    && (class_of(tags[j]) != 1 || is_begin(tags[j]))
                    && is_particle_surname(words[j])
                {
                    j += 1;
                    while j < tags.len() && tags[j] == inside_of(1) {
                        j += 1;
                    }
                }
            }
            // "Paris Saint-Germain": a word of capitalised parts joined by hyphens
            // right after a name goes on with it, though the tagger, which has seldom
            // seen the shape, left it out.
            while j < tags.len() && class_of(tags[j]) == 0 && hyphenated_name(words[j]) {
                j += 1;
            }
            // A name does not end in a mark the tagger carried on to ("Park ." of a
            // tokenised text).
            let mut end = j;
            while end > i + 1 && !words[end - 1].chars().any(char::is_alphanumeric) {
                end -= 1;
            }
            // The word after the span is free for a surname the tagger left out.
            let free_after = end < j || tags.get(j).is_none_or(|&t| class_of(t) == 0);
            // "St Mirren", "St Petersburg": a saint's name in news is a place or a body
            // named after one, and "St" is part of it.
            let saint = i > 0 && tags[i - 1] == 0 && matches!(words[i - 1], "St" | "St." | "ST");
            let (start, class) = if saint {
                (i - 1, if class == 1 { 2 } else { class })
            } else {
                (i, class)
            };
            // "Microsoft and Google", "The Hollywood Reporter and Variety", "the Senate
            // and House": a body the gazetteer lists, or one closed by a body's head
            // word, then "and" and a capitalised name are two bodies ("Securities and
            // Exchange Commission", "Morgan Stanley and Co" stay one).
            let and = (class == 3 && !headline && !listed(start, end))
                .then(|| (start + 1..end.saturating_sub(1)).find(|&k| words[k] == "and"))
                .flatten()
                .filter(|&k| {
                    let body =
                        listed(start, k) || has_head(&words[k - 1].to_lowercase(), Head::Org);
                    body && name_shaped(words[k + 1]) && !is_company_suffix(words[k + 1])
                });
            // "Xi In Moscow For Talks" of a headline read as one name: a capitalised
            // preposition ends it, and what follows is read again ("Moscow"). In
            // running text it only ends it ("Coalition Against Domestic Violence").
            let and = and.or_else(|| {
                ((headline || prepared.caps_line) && !listed(start, end))
                    .then(|| {
                        (start + 1..end.saturating_sub(1))
                            .find(|&k| starts_upper(words[k]) && is_name_break(words[k]))
                    })
                    .flatten()
            });
            if let Some(k) = and {
                for part in [(start, k, class, false), (k + 1, end, class, free_after)] {
                    cands.extend(self.model_span(text, toks, &words, prepared, part, headline));
                }
                i = j;
                continue;
            }
            let span = (start, end, class, free_after);
            if let Some(c) = self.model_span(text, toks, &words, prepared, span, headline) {
                i = c.end.max(j);
                cands.push(c);
            } else {
                i = j;
            }
        }

        // 2. Gazetteer matches the model did not cover, or covered only in part.
        for m in gaz {
            let e = g.entry(m.entry);
            let curated = !e.id.starts_with("geonames:") && !e.id.starts_with("adm1:");
            let inside_one = cands.iter().any(|c| c.start <= m.start && m.end <= c.end);
            let overlapping: Vec<usize> = (0..cands.len())
                .filter(|&k| cands[k].overlaps(m.start, m.end))
                .collect();
            if inside_one {
                continue;
            }
            if !overlapping.is_empty() {
                // The gazetteer's longer name wins over model fragments ("Jammu" of
                // "Jammu and Kashmir").
                if curated
                    || overlapping
                        .iter()
                        .all(|&k| cands[k].start >= m.start && cands[k].end <= m.end)
                {
                    for &k in overlapping.iter().rev() {
                        cands.remove(k);
                    }
                } else {
                    continue;
                }
            } else if !curated {
                // A generated place name the model left untagged: only an unambiguous one,
                // or a capitalised common word after "in", "near" or "outside" inside a
                // sentence ("the substation in Hayes", "a plant in Mobile").
                let w = words[m.start];
                let common = with_lower(w, |l| common_words().contains_key(l));
                let cued = m.start > 0
                    && starts_upper(w)
                    && matches!(words[m.start - 1], "in" | "near" | "outside");
                if m.end - m.start == 1
                    && ((common && !cued) || is_calendar_word(w) || headline || is_title_word(w))
                {
                    continue;
                }
            } else if m.end - m.start == 1
                && is_common(words[m.start])
                && e.label != Label::Norp
                && !words[m.start].chars().all(|c| c.is_uppercase())
            {
                // "Commonwealth", "Quad" as plain words.
                continue;
            }
            cands.push(Cand::new(m.start, m.end, e.label, Some(m.entry)));
        }

        // 2b. Long forms defined by an acronym: "China-Pakistan Economic Corridor (CPEC)".
        for (a, b) in acronym_definitions(&words) {
            let exact = cands.iter().any(|c| c.start == a && c.end == b);
            if !exact {
                let label = cands
                    .iter()
                    .find(|c| c.overlaps(a, b) && c.end == b)
                    .map_or(Label::Org, |c| c.label);
                let label = if matches!(
                    label,
                    Label::Person | Label::Norp | Label::Date | Label::Cardinal
                ) {
                    Label::Org
                } else {
                    label
                };
                cands.retain(|c| !c.overlaps(a, b));
                cands.push(Cand::new(a, b, label, g.lookup(text, &toks[a..b])));
            }
        }

        // 2b'. Publications: the capitalised name right before or after "magazine",
        // "newspaper", "daily" ("People magazine", "the daily Le Monde").
        for (a, b) in named_publications(&words) {
            let a = match (a..b).find(|&q| words[q] == "'s") {
                Some(q) if g.lookup(text, &toks[a..q]).is_some() => q + 1,
                _ => a,
            };
            if a >= b {
                continue;
            }
            let own = g.lookup(text, &toks[a..b]);
            // "An Algerian newspaper", "a Sarajevo daily": a people or a place is no
            // paper; nor is a common word opening the sentence ("Average daily ...").
            // A generated place that is also a common word ("Time") says nothing.
            let listed = own.filter(|_| !(b - a == 1 && is_common(words[a])));
            let place = listed.is_some_and(|e| g.entry(e).label != Label::Org)
                || cands.iter().any(|c| {
                    c.start == a
                        && c.end == b
                        && matches!(c.label, Label::Gpe | Label::Loc | Label::Norp)
                })
                || (b - a == 1 && (demonym_shaped(words[a]) || (a == 0 && is_common(words[a]))));
            if place {
                continue;
            }
            cands.retain(|c| !c.overlaps(a, b));
            cands.push(Cand::new(a, b, Label::Org, own));
        }

        // 2b''. People named by a title and its place ("the Duchess of Cambridge"),
        // whatever the tagger read in the place's words.
        for (a, b) in peerage_names(&words) {
            cands.retain(|c| !c.overlaps(a, b));
            cands.push(Cand::new(a, b, Label::Person, g.lookup(text, &toks[a..b])));
        }

        // 2c. Organisations named by a head noun that the tagger missed: "Pakistan Army",
        // "Ministry of External Affairs", "Tamsin River Commission".
        if !headline {
            for (a, head, b) in named_by_head(&words, Head::Org) {
                // A known name that holds the head word ("West Bank", "Russian
                // Federation") is not an organisation. A name before the head is part
                // of the body's name, whatever it was read as ("Hollywood" of "The
                // Hollywood Reporter"). The head word alone, read as an unlisted body,
                // is the body cut short when the tagger read nothing in the words
                // before it: "Department" of "The Education Department" ("Brazilian"
                // of "Brazilian Senate" is a people; a longer reading, "Interior
                // Ministry" of "French Interior Ministry", is the tagger's choice of
                // where the name starts).
                let read_before = cands.iter().any(|o| o.start < head && o.overlaps(a, head));
                let cut_short = |c: &Cand| {
                    c.label == Label::Org
                        && c.entry.is_none()
                        && c.start == head
                        && c.end == head + 1
                        && !read_before
                };
                let inside = cands.iter().filter(|c| c.overlaps(a, b)).all(|c| {
                    c.start >= a
                        && c.end <= b
                        && (cut_short(c)
                            || (!(c.start <= head && head < c.end)
                                && matches!(
                                    c.label,
                                    Label::Gpe | Label::Norp | Label::Loc | Label::Org
                                )))
                });
                if inside {
                    cands.retain(|c| !c.overlaps(a, b));
                    cands.push(Cand::new(a, b, Label::Org, g.lookup(text, &toks[a..b])));
                }
            }
            // Built places: "Promises Treatment Center" is one place, not the town of
            // Center; "Betty Ford Center" is named after a person and is no person.
            for (a, _, b) in named_by_head(&words, Head::Facility) {
                let inside = cands.iter().filter(|c| c.overlaps(a, b)).all(|c| {
                    c.start >= a
                        && c.end <= b
                        && c.label != Label::Org
                        && c.entry.is_none_or(|e| g.entry(e).label != Label::Org)
                });
                if inside && g.lookup(text, &toks[a..b]).is_none() {
                    cands.retain(|c| !c.overlaps(a, b));
                    cands.push(Cand::new(a, b, Label::Loc, None));
                }
            }
            // Divisions of a state the tagger left out: "Hualien County", "Zhejiang
            // Province" name a place whatever the first word is. A body the tagger
            // read ("Notts County" the club) stays one.
            for (a, k, b) in named_by_head(&words, Head::Division) {
                // "U.S. District Judge Cameron Currie", "Manhattan District Attorney
                // Alvin Bragg": "District" opens the title, and the place is the words
                // before it, which the tagger reads ("Los Angeles County sheriff's
                // deputy" keeps its county).
                if words[k] == "District" && words.get(b).is_some_and(|w| is_title_word(w)) {
                    continue;
                }
                let open = cands.iter().filter(|c| c.overlaps(a, b)).all(|c| {
                    c.start >= a && c.end <= b && matches!(c.label, Label::Gpe | Label::Loc)
                });
                if open && !cands.iter().any(|c| c.start == a && c.end == b) {
                    cands.retain(|c| !c.overlaps(a, b));
                    cands.push(Cand::new(a, b, Label::Gpe, g.lookup(text, &toks[a..b])));
                }
            }
        }
        // "Hualien County", "Sichuan Province": a division of a state is no person,
        // whatever the tagger read ("Notts County" the club stays a body). Nor a body
        // ("Kherson Oblast", "Zhejiang Province"), but for a county: football clubs
        // bear the word ("Derby County", "Stockport County").
        for c in cands.iter_mut() {
            let division = c.end > c.start + 1
                && with_lower(words[c.end - 1], |l| has_head(l, Head::Division));
            // A club is not where things happen: "off Hualien County", "across
            // Kerry County" are the county.
            let club_word = words[c.end - 1].eq_ignore_ascii_case("county")
                && !(c.start > 0
                    && matches!(
                        words[c.start - 1],
                        "off" | "near" | "across" | "throughout" | "outside"
                    )
                    && !matches!(words.get(c.end), Some(&("'s" | "’s"))));
            if division
                && (c.label == Label::Person
                    || (c.label == Label::Org && !club_word && c.entry.is_none()))
            {
                c.label = Label::Gpe;
            }
        }
        // "at Charles de Gaulle airport", "Arthur Ashe stadium": a person's name before
        // the lowercase word of a facility named after them is that facility, no actor;
        // so is a name no table lists that the tagger read as a town.
        for c in cands.iter_mut() {
            let facility = words.get(c.end).is_some_and(|w| is_named_facility(w));
            let unlisted_town = c.label == Label::Gpe && c.entry.is_none();
            if (c.label == Label::Person || unlisted_town) && facility {
                c.label = Label::Loc;
            }
        }
        // "Arcade Comeaux Jr": a name ending in a generational suffix is a person's,
        // whatever the tagger read.
        for c in cands.iter_mut() {
            let suffix = matches!(
                words[c.end - 1].trim_end_matches('.'),
                "Jr" | "Sr" | "JR" | "SR"
            );
            if suffix
                && c.end >= c.start + 2
                && c.fixed.is_none()
                && matches!(c.label, Label::Org | Label::Gpe | Label::Loc)
                && at_most_a_town(g, c.entry)
            {
                c.label = Label::Person;
            }
        }
        // "the TallGrass Distribution Ltd Christmas party": a company's name ends at its
        // legal suffix, and a name that holds one is a company's, not a person's.
        for c in cands.iter_mut() {
            if !matches!(c.label, Label::Person | Label::Org | Label::Gpe) || c.fixed.is_some() {
                continue;
            }
            let legal = (c.start + 1..c.end)
                .find(|&j| with_lower(words[j].trim_end_matches('.'), is_legal_form));
            if let Some(j) = legal {
                if j + 1 < c.end {
                    c.end = j + 1;
                    c.last_len = None;
                }
                c.label = Label::Org;
            }
        }

        // 3. People announced by a title or role ("Lt Gen Asim Malik", "researcher X").
        let mut k = 0;
        while k < words.len() {
            if is_title_word(words[k]) {
                let mut j = k + 1;
                while j < words.len() && is_title_word(words[j]) && starts_upper(words[j]) {
                    j += 1;
                }
                // "Rep. Alexandria Ocasio-Cortez": a given name with a surname after
                // it is the person's, though a town bears it.
                let full_name = j + 1 < words.len()
                    && is_given_name(words[j])
                    && name_shaped(words[j + 1])
                    && !is_common(words[j + 1])
                    && !is_title_word(words[j + 1]);
                let mut e = j;
                while e < words.len()
                    && e - j < 4
                    && name_shaped(words[e])
                    && !is_title_word(words[e])
                    && !is_calendar_word(words[e])
                {
                    let place = g.lookup(text, &toks[e..e + 1]).map(|x| g.entry(x));
                    if place.is_some_and(|x| {
                        x.label != Label::Person && !(full_name && e == j && is_small_town(x))
                    }) {
                        break;
                    }
                    e += 1;
                }
                // "General Motors" is no person, but "Mrs. Banks" is.
                let single_common = e == j + 1
                    && is_common(words[j])
                    && !(j == k + 1 && is_courtesy_title(words[k]));
                let blocking: Vec<usize> = (0..cands.len())
                    .filter(|&c| cands[c].overlaps(j, e))
                    .collect();
                // Only fragments of the name give way: non-person readings inside it
                // that no curated entry vouches for.
                let fragments = full_name
                    && e - j >= 2
                    && blocking.iter().all(|&c| {
                        let c = &cands[c];
                        c.start >= j
                            && c.end <= e
                            && c.label != Label::Person
                            && at_most_a_town(g, c.entry)
                    });
                // A person the tagger cut short after the title ("King Baudouin I"
                // read as "Baudouin") runs on to the name's end.
                let cut_short = !blocking.is_empty()
                    && blocking.iter().all(|&c| {
                        let c = &cands[c];
                        c.label == Label::Person
                            && c.start == j
                            && c.end <= e
                            && at_most_a_town(g, c.entry)
                    });
                if e > j
                    && !single_common
                    && !headline
                    && (blocking.is_empty() || fragments || cut_short)
                {
                    for c in blocking.into_iter().rev() {
                        cands.remove(c);
                    }
                    cands.push(Cand::new(j, e, Label::Person, None));
                }
                k = e.max(k + 1);
            } else {
                k += 1;
            }
        }

        // 3b. A full name the tagger began one word late ("Sher Bahadur Deuba" tagged
        // from "Bahadur"): a rare capitalised word right before it that nothing else
        // claims is its first name. Hyphenated words are titles or modifiers
        // ("Major-General", "Boston-based"). Before a one-word name, a listed given
        // name is the first name even where it is a common word, at the start of a
        // sentence too ("Summer Lee played", "found Miles Davis"), unless it is a
        // function word, a title or a month ("Will Trump win?", "In June Smith said").
        if !headline {
            for k in 0..cands.len() {
                let c = &cands[k];
                let p = c.start;
                if c.label == Label::Person
                    && c.end - c.start == 1
                    && p >= 1
                    && at_most_a_town(g, c.entry)
                    && is_given_first_name(words[p - 1])
                    && !cands.iter().any(|o| o.overlaps(p - 1, p))
                    && g.lookup(text, &toks[p - 1..p]).is_none()
                {
                    cands[k] = Cand::new(p - 1, c.end, Label::Person, None);
                    continue;
                }
                if c.label != Label::Person || c.end - c.start < 2 || c.entry.is_some() {
                    continue;
                }
                // Not the sentence's first word, whose capital says nothing ("Fullback
                // Andre Joubert").
                if p < 2 {
                    continue;
                }
                let w = words[p - 1];
                let free = !cands.iter().any(|o| o.overlaps(p - 1, p));
                if free
                    && name_shaped(w)
                    && w.chars().count() > 2
                    && !w.ends_with('.')
                    && !w.contains('-')
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !is_common(w)
                    && !is_title_word(w)
                    && !is_calendar_word(w)
                    && g.lookup(text, &toks[p - 1..p]).is_none()
                {
                    cands[k].start = p - 1;
                }
            }
        }

        // 3c. An honorific stays in the name it precedes ("Syed" + "Asim Munir", "Kh." +
        // "Asif"): it joins a person right after it, and a candidate that holds nothing
        // but it gives way.
        let mut joined: Vec<(usize, usize)> = Vec::new();
        for k in 0..cands.len() {
            let p = cands[k].start;
            let h = match p.checked_sub(1).map(|q| words[q]) {
                Some(".") if p >= 2 => p - 2,
                Some(_) => p - 1,
                None => continue,
            };
            let free = cands
                .iter()
                .all(|c| !c.overlaps(h, p) || (c.start == h && c.end == p));
            // Only people bear honorifics: an unknown name after one is a person too.
            let c = &cands[k];
            let person = c.label == Label::Person
                || (c.entry.is_none() && (c.start..c.end).all(|q| name_shaped(words[q])));
            if person && free && starts_upper(words[h]) && is_honorific(words[h]) {
                joined.push((k, h));
            }
        }
        let mut dropped: Vec<(usize, usize)> = Vec::new();
        for &(k, h) in &joined {
            dropped.push((h, cands[k].start));
            cands[k].start = h;
            cands[k].label = Label::Person;
        }
        cands.retain(|c| !dropped.contains(&(c.start, c.end)));

        // 3c. Initials written without stops before a surname ("JD Vance", "JB
        // Pritzker"): two capitals the gazetteer does not list, read as a body or left
        // out, open the person's name that follows.
        if !headline {
            let initials = |w: &str| w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase());
            for k in 0..cands.len() {
                let a = cands[k].start;
                if cands[k].label != Label::Person
                    || a == 0
                    || !initials(words[a - 1])
                    || is_title_word(words[a - 1])
                    || g.lookup(text, &toks[a - 1..a]).is_some()
                {
                    continue;
                }
                let before = cands.iter().position(|o| o.overlaps(a - 1, a));
                if before.is_some_and(|o| cands[o].end != a || cands[o].start != a - 1) {
                    continue;
                }
                cands[k].start = a - 1;
                if let Some(o) = before {
                    cands[o].end = cands[o].start;
                }
            }
            cands.retain(|c| c.end > c.start);
        }

        // 3d. A frequent surname right after a person's name, that nothing else claims,
        // ends it ("Nisar Ali" + "Khan"); so does any rare name after a given name
        // alone ("Mitch" + "McConnell").
        for k in 0..cands.len() {
            let e = cands[k].end;
            if cands[k].label != Label::Person || e >= words.len() || headline {
                continue;
            }
            let w = words[e];
            let free = !cands.iter().any(|o| o.overlaps(e, e + 1));
            // "Mitch" + "McConnell": a person named by a given name alone, then a
            // rare capitalised word, is one person.
            let first_name_only =
                cands[k].end - cands[k].start == 1 && is_given_name(words[cands[k].start]);
            // "the Carter Center", "Reagan Library": a body or a building named after
            // the person ends in its head word.
            let head = with_lower(w, |l| has_head(l, Head::Org) || place_head(l));
            let surname = with_lower(w, |l| surnames().contains(l))
                || (first_name_only && !is_common(w) && !w.ends_with('.') && !head);
            if free
                && name_shaped(w)
                && surname
                && !is_title_word(w)
                && at_most_a_town(g, g.lookup(text, &toks[e..e + 1]))
            {
                cands[k].end = e + 1;
            }
        }

        // 3h. A middle initial inside a person's name ("Donald" + "J." + "Trump",
        // "Joseph" + "R." + "Biden Jr."): the name runs on through the initial and the
        // names after it; fragments read otherwise inside give way.
        if !headline {
            let mut k = 0;
            while k < cands.len() {
                let e = cands[k].end;
                let initial = |q: usize| {
                    words.get(q).is_some_and(|w| {
                        let mut c = w.chars();
                        c.next().is_some_and(char::is_uppercase)
                            && c.next() == Some('.')
                            && c.next().is_none()
                    })
                };
                let c = &cands[k];
                let first_name = c.end - c.start == 1
                    && is_given_name(words[c.start])
                    && at_most_a_town(g, c.entry);
                // The tagger may have ended the person at the initial itself ("Robert
                // F." + "Kennedy"): a name does not end in an initial.
                let names_from = if initial(e) {
                    e + 1
                } else if c.label == Label::Person && c.end - c.start >= 2 && initial(e - 1) {
                    e
                } else {
                    k += 1;
                    continue;
                };
                if c.label != Label::Person && !first_name {
                    k += 1;
                    continue;
                }
                let mut end = names_from;
                while end < words.len()
                    && end - names_from < 3
                    && name_shaped(words[end])
                    && !is_title_word(words[end])
                    && !is_calendar_word(words[end])
                    && with_lower(words[end], |l| !has_head(l, Head::Org) && !place_head(l))
                {
                    end += 1;
                }

                let fragments = (0..cands.len()).filter(|&o| o != k && cands[o].overlaps(e, end));
                let yields = fragments.clone().all(|o| {
                    let c = &cands[o];
                    c.start >= e
                        && c.end <= end
                        && c.entry.is_none_or(|x| {
                            let x = g.entry(x);
                            x.label == Label::Person || is_small_town(x)
                        })
                });
                if end > names_from && yields {
                    let gone: Vec<usize> = fragments.collect();
                    cands[k].end = end;
                    cands[k].entry = None;
                    cands[k].label = Label::Person;
                    for o in gone.into_iter().rev() {
                        cands.remove(o);
                        if o < k {
                            k -= 1;
                        }
                    }
                }
                k += 1;
            }
        }

        // 3e. A group's adjective right before an organisation names it with it
        // ("Democratic" + "National Committee", "Kurdish" + "Workers Party"); a
        // nationality does not ("Chinese" + "Foreign Ministry").
        let mut merged: Vec<usize> = Vec::new();
        for k in 0..cands.len() {
            let group = cands[k].label == Label::Norp
                && cands[k].entry.is_some_and(|x| {
                    g.entry(x).id.starts_with("norp:")
                        && g.entry(x).id[5..].starts_with(|c: char| c.is_ascii_lowercase())
                });
            if !group || headline {
                continue;
            }
            let end = cands[k].end;
            if let Some(o) =
                (0..cands.len()).find(|&o| cands[o].start == end && cands[o].label == Label::Org)
            {
                cands[o].start = cands[k].start;
                cands[o].entry = None;
                merged.push(k);
            }
        }
        for k in merged.into_iter().rev() {
            cands.remove(k);
        }

        // 3f. A given name before a word the gazetteer knows only as a small town makes
        // a person ("Ted" + "Cruz", "Barack" + "Obama"): many towns are named after
        // people or share a surname, and a first name does not precede a place. A
        // one-word person takes the given name before it too ("Sen. Ted" + "Cruz"). The
        // cost: a club named after a given name and its town ("Gloria Bistrita").
        if !headline {
            for k in 0..cands.len() {
                let c = &cands[k];
                let last = c.end - 1;
                if c.end - c.start > 2 || last == 0 {
                    continue;
                }
                let town = |q: usize| at_most_a_town(g, g.lookup(text, &toks[q..q + 1]));
                let fits = if c.label == Label::Person {
                    c.end - c.start == 1 && at_most_a_town(g, c.entry)
                } else {
                    g.lookup(text, &toks[last..c.end])
                        .is_some_and(|x| is_small_town(g.entry(x)))
                };
                let p = last - 1;
                let w = words[p];
                let free = p >= c.start || !cands.iter().any(|o| o.overlaps(p, p + 1));
                // "the Carter Center", "Reagan Library": a town named like a head word
                // ends the name of a body or a building named after someone.
                let head = with_lower(words[last], |l| has_head(l, Head::Org) || place_head(l));
                if fits
                    && free
                    && !head
                    && name_shaped(w)
                    && is_given_name(w)
                    && !is_common_below(w, 2_000)
                    && !is_title_word(w)
                    && !is_calendar_word(w)
                    && town(p)
                    && g.lookup(text, &toks[p..c.end]).is_none()
                {
                    cands[k] = Cand::new(p, c.end, Label::Person, None);
                }
            }
        }

        // 3n. A name right before "administration" or "presidency" is the person who
        // heads it ("the Bush administration", "the Obama presidency"; CoNLL-2003 marks
        // "Clinton" there as a person), unless the gazetteer lists it as more than a
        // small town ("the Kansas administration").
        if !headline {
            for c in cands.iter_mut() {
                let heads_it = words
                    .get(c.end)
                    .is_some_and(|w| matches!(*w, "administration" | "presidency"));
                if matches!(c.label, Label::Gpe | Label::Loc | Label::Org)
                    && heads_it
                    && words[c.start..c.end].iter().all(|w| name_shaped(w))
                    && at_most_a_town(g, c.entry)
                {
                    *c = Cand::new(c.start, c.end, Label::Person, None);
                }
            }
            // The same name the tagger left out, one word after "the" ("critics of the
            // Trump administration").
            for k in 1..words.len().saturating_sub(1) {
                let heads_it = matches!(words[k + 1], "administration" | "presidency");
                if heads_it
                    && words[k - 1].eq_ignore_ascii_case("the")
                    && name_shaped(words[k])
                    && !cands.iter().any(|c| c.overlaps(k, k + 1))
                    && at_most_a_town(g, g.lookup(text, &toks[k..k + 1]))
                {
                    cands.push(Cand::new(k, k + 1, Label::Person, None));
                }
            }
        }

        // 3g. A place followed by a capitalised word that ends names of natural places
        // is a longer place ("Gulf" + "Coast", "Rift" + "Valley"): the longer name,
        // listed or not, not the shorter one's entry (the Gulf Coast of the US is not
        // the Persian Gulf).
        if !headline {
            for k in 0..cands.len() {
                let c = &cands[k];
                let next = c.end;
                if !matches!(c.label, Label::Gpe | Label::Loc)
                    || next >= words.len()
                    || !starts_upper(words[next])
                    || !place_head(&words[next].to_lowercase())
                    || cands.iter().any(|o| o.overlaps(next, next + 1))
                {
                    continue;
                }
                let entry = g.lookup(text, &toks[c.start..next + 1]);
                let label = entry.map_or(Label::Loc, |x| g.entry(x).label);
                cands[k] = Cand::new(c.start, next + 1, label, entry);
            }
        }

        // 3k. A natural place's head word, "of" and a name are one place ("Gulf" +
        // "of" + "Mexico", "Bay of Bengal", "Sea of Japan"), whatever the tagger or the
        // gazetteer read in its parts, unless a longer name holds it.
        if !headline {
            let mut p = 0;
            while p + 2 < words.len() {
                let head = starts_upper(words[p])
                    && words[p + 1] == "of"
                    && has_head(&words[p].to_lowercase(), Head::Loc);
                let q = p + 2 + usize::from(head && words[p + 2] == "the");
                let mut e = q;
                while head && e < words.len() && e < q + 3 && name_shaped(words[e]) {
                    e += 1;
                }
                let held = cands
                    .iter()
                    .any(|c| c.overlaps(p, e) && (c.start < p || c.end > e));
                if !head || e == q || held {
                    p += 1;
                    continue;
                }
                cands.retain(|c| !c.overlaps(p, e));
                let entry = g.lookup(text, &toks[p..e]);
                let label = entry.map_or(Label::Loc, |x| g.entry(x).label);
                let at = cands.partition_point(|c| c.start < p);
                cands.insert(at, Cand::new(p, e, label, entry));
                p = e;
            }
        }

        // 3l. A word naming a part of a place before a listed place is a place, not
        // a person ("North Texas", "Northeast Philadelphia"), unless listed as a whole
        // ("South Africa"). (A club may bear such a name: "North Queensland 24".)
        for c in cands.iter_mut() {
            if c.end - c.start < 2
                || c.label != Label::Person
                || c.entry.is_some()
                || !starts_upper(words[c.start])
                || !with_lower(words[c.start], |l| place_parts().contains(l))
            {
                continue;
            }
            let part = g
                .lookup(text, &toks[c.start + 1..c.end])
                .map(|x| g.entry(x));
            if let Some(label) = part
                .map(|x| x.label)
                .filter(|l| matches!(l, Label::Gpe | Label::Loc))
            {
                c.label = label;
            }
        }

        // 3m. A town followed by a comma and a state it does not lie in is another
        // town of that name: "Boca Chica, Texas" is not the Dominican one, "Cambridge,
        // Massachusetts" not the English one. It keeps its name and loses the entry.
        // A list goes on after the state ("in Philadelphia, New York, Los Angeles and
        // Chicago"): the state is an item of it, not where the town lies.
        // (By position: a town the gazetteer alone found comes later in `cands`.)
        for k in 0..cands.len() {
            let c = &cands[k];
            if c.label != Label::Gpe || words.get(c.end) != Some(&",") {
                continue;
            }
            let Some(state) = cands.iter().find(|s| s.start == c.end + 1) else {
                continue;
            };
            let listed_on = matches!(words.get(state.end).copied(), Some("," | "and" | "or"))
                && words.get(state.end + 1).is_some_and(|w| starts_upper(w));
            if listed_on {
                continue;
            }
            let (Some(x), Some(y)) = (c.entry, state.entry) else {
                continue;
            };
            let (x, y) = (g.entry(x), g.entry(y));
            if x.id.starts_with("geonames:") && y.id.starts_with("adm1:") && !g.within(&x.id, &y.id)
            {
                cands[k].entry = None;
            }
        }

        // 3i. A name that opens with "Mount" or "Mt" is a mountain ("Mount Sefton", "Mt
        // Cook"), whatever the tagger took it for, unless an organisation's head ends it
        // ("Mount Sinai Hospital").
        for c in cands.iter_mut() {
            if matches!(c.label, Label::Person | Label::Org)
                && c.end - c.start >= 2
                && matches!(words[c.start], "Mount" | "Mt" | "Mt.")
                && !has_head(&words[c.end - 1].to_lowercase(), Head::Org)
            {
                let entry = g.lookup(text, &toks[c.start..c.end]);
                let label = entry.map_or(Label::Loc, |x| g.entry(x).label);
                *c = Cand::new(c.start, c.end, label, entry);
            }
        }

        // 3j. A regnal number after given names makes a person ("Elizabeth II",
        // "John Paul II", "Charles III"), whatever the tagger or the gazetteer read in
        // it ("Elizabeth" the town, "Queen Elizabeth II" an organisation); "World War
        // II" and "Super Bowl LVII" open with no given name. A title before it stays out.
        for k in 1..words.len() {
            if !regnal_number(words[k]) {
                continue;
            }
            let mut a = k;
            while a > 0
                && k - a < 3
                && starts_upper(words[a - 1])
                && is_given_name(words[a - 1])
                && !is_title_word(words[a - 1])
            {
                a -= 1;
            }
            let title_before = a > 0 && is_title_word(words[a - 1]);
            // A title opens the span a candidate may hold with the name; nothing wider.
            let from = if title_before { a - 1 } else { a };
            let contained = cands
                .iter()
                .filter(|c| c.overlaps(a, k + 1))
                .all(|c| c.start >= from && c.end <= k + 1);
            if a == k || headline || !contained {
                continue;
            }
            cands.retain(|c| !c.overlaps(a, k + 1));
            cands.push(Cand::new(a, k + 1, Label::Person, None));
        }

        // 3o. A name right after a kinship noun of someone's is a person ("his son
        // Hunter", "Trump's son Barron", "her daughter Summer"), whatever the tagger
        // or the gazetteer read in it (towns named Hunter and Barron).
        if !headline {
            for k in 1..words.len().saturating_sub(1) {
                let owner = with_lower(words[k - 1], |l| {
                    matches!(
                        l,
                        "his" | "her" | "their" | "my" | "our" | "your" | "'s" | "’s"
                    )
                });
                if !owner || !with_lower(words[k], is_kin_noun) {
                    continue;
                }
                let a = k + 1;
                let named = is_given_name(words[a]) || !is_common(words[a]);
                let fits = name_shaped(words[a])
                    && named
                    && !is_title_word(words[a])
                    && !is_calendar_word(words[a]);
                if !fits {
                    continue;
                }
                let mut b = a + 1;
                while b < words.len()
                    && b < a + 3
                    && name_shaped(words[b])
                    && !is_common(words[b])
                    && !is_title_word(words[b])
                    && !is_calendar_word(words[b])
                {
                    b += 1;
                }
                let person_there = cands
                    .iter()
                    .any(|c| c.label == Label::Person && c.start <= a && a < c.end);
                let inside = cands
                    .iter()
                    .filter(|c| c.overlaps(a, b))
                    .all(|c| c.start >= a && c.end <= b);
                if !person_there && inside {
                    cands.retain(|c| !c.overlaps(a, b));
                    cands.push(Cand::new(a, b, Label::Person, None));
                }
            }
        }

        // 3q. A nickname in quotation marks between a person's given name and surname
        // is inside the person's name ('Vincent "The Chin" Gigante', "James 'Whitey'
        // Bulger", 'Joaquin "El Chapo" Guzman'), whatever the tagger or the gazetteer
        // read in the parts (towns named Vincent and Gigante); the person is known by
        // the name without it (`person_name`).
        for q in 1..words.len().saturating_sub(3) {
            if !is_opening_quote(words[q]) {
                continue;
            }
            let given = |w: &str| starts_upper(w) && is_given_name(w) && !is_title_word(w);
            if !given(words[q - 1]) {
                continue;
            }
            let mut a = q - 1;
            while a > 0 && q - a < 3 && given(words[a - 1]) {
                a -= 1;
            }
            let Some(r) = (q + 2..words.len().min(q + 5)).find(|&r| is_closing_quote(words[r]))
            else {
                continue;
            };
            let nickname = words[q + 1..r]
                .iter()
                .all(|w| starts_upper(w) && w.chars().all(char::is_alphabetic));
            let surname = |w: &str| {
                name_shaped(w) && !is_title_word(w) && !is_calendar_word(w) && !is_common(w)
            };
            // A closing mark typed as two ("''") may come as two tokens.
            let mut r = r;
            while words.get(r + 1).is_some_and(|w| is_closing_quote(w)) {
                r += 1;
            }
            if !nickname || !words.get(r + 1).is_some_and(|w| surname(w)) {
                continue;
            }
            let mut b = r + 2;
            if !headline && words.get(b).is_some_and(|w| surname(w)) {
                b += 1;
            }
            cands.retain(|c| !c.overlaps(a, b));
            cands.push(Cand::new(a, b, Label::Person, None));
        }

        // 3p. A thing named after a person or a place is no body, place or people
        // ("Parkinson's disease", "the Heimlich maneuver", "a Ponzi scheme"), and the
        // whole thing is no person ("the Booker Prize", "a Golden Globe"; `eponyms.tsv`),
        // whatever the tagger or the gazetteer read in it. The person's name alone
        // stays a person, as CoNLL-2003 marks it ("Richter" of "the Richter scale").
        cands.retain(|c| {
            let Some(end) = eponym_end(&words, c.start) else {
                return true;
            };
            // A name reaching past the thing is another name; a person's name short of
            // the thing's noun stays.
            c.end > end || (c.label == Label::Person && c.end < end)
        });

        // 3q. "Super Tuesday", "Black Friday": a word that names a day with the weekday
        // after it is no person, body or place (`named_days.txt`).
        let named_day = |k: usize| {
            let days = crate::knowledge::word_set!(include_str!(
                "../../knowledge/entities/named_days.txt"
            ));
            k + 1 < words.len()
                && with_lower(words[k], |a| {
                    with_lower(words[k + 1], |b| days.contains(format!("{a} {b}").as_str()))
                })
        };
        cands.retain(|c| {
            let actor = matches!(
                c.label,
                Label::Person | Label::Org | Label::Gpe | Label::Loc | Label::Norp
            );
            !(actor && c.end <= c.start + 2 && named_day(c.start))
        });

        // 3r. A name the tagger ran on through a title into a person's given and family
        // names ("Los Angeles County Sheriff's Deputy Juan Abel Escalante" read as one
        // place): the names after the title are a person, and the words before it keep
        // the tagger's reading.
        if !headline {
            let mut people = Vec::new();
            for c in cands.iter_mut() {
                if c.label == Label::Person || c.end < c.start + 3 {
                    continue;
                }
                let Some(q) = (c.start + 1..c.end - 1)
                    .find(|&q| is_title_word(words[q]) && is_given_name(words[q + 1]))
                else {
                    continue;
                };
                let names = &words[q + 1..c.end];
                if names.len() > 3 || !names.iter().all(|w| name_shaped(w) && !is_title_word(w)) {
                    continue;
                }
                let mut end = q;
                while end > c.start && matches!(words[end - 1], "'s" | "’s") {
                    end -= 1;
                }
                people.push(Cand::new(q + 1, c.end, Label::Person, None));
                c.end = end;
                c.entry = (end > c.start)
                    .then(|| g.lookup(text, &toks[c.start..end]))
                    .flatten();
                c.last_len = None;
                c.fixed = None;
            }
            if !people.is_empty() {
                cands.retain(|c| c.end > c.start);
                cands.extend(people);
                cands.sort_by_key(|c| c.start);
            }
        }

        // 3t. One word of a brand's shape read as an unlisted person is a body
        // ("CrowdStrike said", "BlackRock bought"): no given name or surname is so
        // written.
        for c in cands.iter_mut() {
            if c.label == Label::Person
                && c.entry.is_none()
                && c.end == c.start + 1
                && brand_shaped(words[c.start])
                && !is_given_name(words[c.start])
            {
                c.label = Label::Org;
            }
        }

        // 3s. A body's name the tagger ran on into a party's or people's adjective that
        // qualifies the noun after it ("the Senate Democratic leader", "the House
        // Republican conference"): the body, then the group. "Senate Republican
        // Conference", capitalised, stays one name; so do a body's members ("Senate
        // Democrats"), a body apart from the chamber.
        if !headline {
            let mut groups = Vec::new();
            for c in cands.iter_mut() {
                if c.label != Label::Org
                    || c.entry.is_some()
                    || c.end < c.start + 2
                    || !words
                        .get(c.end)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                    || words[c.end - 1].ends_with('s')
                {
                    continue;
                }
                let last = c.end - 1;
                // A party or faith, not a people ("the Cleveland Indians"), after a
                // body's name that is no people's, party's or place's ("Liberal
                // Democratic party" is one party).
                let Some(group) = g.lookup(text, &toks[last..c.end]).filter(|&e| {
                    let e = g.entry(e);
                    e.label == Label::Norp && !e.id.bytes().any(|b| b.is_ascii_uppercase())
                }) else {
                    continue;
                };
                let body = g.lookup(text, &toks[c.start..last]);
                if body.is_some_and(|e| g.entry(e).label != Label::Org) {
                    continue;
                }
                groups.push(Cand::new(last, c.end, Label::Norp, Some(group)));
                c.end = last;
                c.entry = body;
                c.last_len = None;
                c.fixed = None;
            }
            if !groups.is_empty() {
                cands.extend(groups);
                cands.sort_by_key(|c| c.start);
            }
        }

        // 4. Dates and figures on the tokens still free. A holiday is a day whatever
        // the tagger or the gazetteer read inside it ("Christmas" as a town, "Eid
        // al-Fitr" as a person); a name that runs past it ("Christmas Island") stays.
        let dates = find_dates(text, toks, reference);
        let holiday = |d: &super::dates::DateMatch| {
            with_lower(words[d.start], super::holidays::opens_holiday)
        };
        for d in dates.iter().filter(|d| holiday(d)) {
            cands.retain(|c| !(c.start >= d.start && c.end <= d.end));
        }
        for d in dates {
            if !cands.iter().any(|c| c.overlaps(d.start, d.end)) {
                let mut c = Cand::new(d.start, d.end, Label::Date, None);
                c.date = d.value;
                cands.push(c);
            }
        }
        let mut taken = vec![false; toks.len()];
        for c in &cands {
            taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
        }
        for n in find_numbers(text, toks, &taken) {
            if cands.iter().any(|c| c.overlaps(n.start, n.end)) {
                continue;
            }
            let mut c = Cand::new(n.start, n.end, Label::Cardinal, None);
            c.last_len = n.last_len;
            c.number = n.value;
            c.role = n.role;
            cands.push(c);
        }
        cands.sort_by_key(|c| c.start);
        cands
    }

    #[allow(clippy::too_many_arguments)]
    fn model_span(
        &self,
        text: &str,
        toks: &[Token],
        words: &[&str],
        prepared: &Prepared,
        (mut i, mut j, mut class, free_after): (usize, usize, u8, bool),
        headline: bool,
    ) -> Option<Cand> {
        let g = &*self.gazetteer;
        // Titles and roles are not part of a name (OntoNotes): a name starts after the
        // last of them ("Boxing Association President Ramon Manzanares"), and a span
        // that opens with one is a person whatever the tagger said ("Lt Gen Asim Malik").
        let org_named = j - i >= 2
            && (i..j - 1).any(|k| is_title_word(words[k]))
            && has_head(&words[j - 1].to_lowercase(), Head::Org)
            && words[i..j].iter().all(|w| starts_upper(w));
        if org_named {
            // "Justice Department", "Defense Ministry": a title word names the body.
            class = 3;
        } else if let Some(k) = (i..j).rev().find(|&k| {
            // After a given name a title word is a surname ("Martin Luther King Jr.",
            // "Stephen King"); not after a state or country that is also a given name
            // ("Florida Governor").
            let given_before = k > i
                && is_given_name(words[k - 1])
                && g.lookup(text, &toks[k - 1..k])
                    .is_none_or(|e| is_small_town(g.entry(e)));
            is_title_word(words[k]) && !given_before
        }) {
            let rest = &words[k + 1..j];
            // "Senate Minority Leader Mitch McConnell", "House Speaker Nancy Pelosi":
            // a given name after the last title opens a person, whatever came before.
            let given_after = rest.first().is_some_and(|w| is_given_name(w));
            // "China's Defence Minister Dong Jun" read as a body: two or more names after
            // the last title, the last neither a common word nor a body's head word,
            // are the holder (a given name may be a common word: "Dong").
            let holder_after = class == 3
                && rest.len() >= 2
                && rest.iter().all(|w| name_shaped(w))
                && !is_common(words[j - 1])
                && !has_head(&words[j - 1].to_lowercase(), Head::Org);
            let person_after = holder_after
                || (!rest.is_empty()
                    && rest.iter().all(|w| name_shaped(w) && !is_common(w))
                    && (class == 1
                        || given_after
                        || (k == i || (i..k).all(|x| is_title_word(words[x])))));
            if class == 1 && rest.is_empty() {
                // "Defence Minister" alone names a role, not a person.
                return None;
            }
            if class == 1 || person_after {
                i = k + 1;
                if person_after {
                    class = 1;
                }
            }
        }
        // "Governor Ron DeSantis": a person the tagger ended on a given name goes on
        // to the surname it left out, a capitalised word no table knows as common.
        if class == 1
            && free_after
            && j - i == 1
            && is_given_name(words[i])
            && words.get(j).is_some_and(|w| {
                name_shaped(w) && !is_common(w) && !is_title_word(w) && !is_weekday(w)
            })
            && g.lookup(text, &toks[j..j + 1]).is_none()
        {
            j += 1;
        }
        // "Minister for Public Security Wang Xiaohong", "Minister of External Affairs S.
        // Jaishankar": after a title and "for"/"of", the capitalised words up to a
        // given name or an initial complete the role, and the name is a person.
        let mut b = i;
        while b > 0 && starts_upper(words[b - 1]) && !is_title_word(words[b - 1]) {
            b -= 1;
        }
        // "Secretary of State for Defence Ben Wallace": the role may hold an "of"
        // of its own before the "for".
        let titled = |x: usize| {
            is_title_word(words[x])
                || (x >= 2
                    && words[x - 1] == "of"
                    && starts_upper(words[x])
                    && is_title_word(words[x - 2]))
        };
        if b >= 2 && matches!(words[b - 1], "for" | "of") && titled(b - 2) {
            let first =
                (i..j).find(|&q| is_first_name_part(words[q]) && (2..=3).contains(&(j - q)));
            if let Some(q) = first.filter(|&q| q > b) {
                if words[q..j].iter().all(|w| name_shaped(w))
                    && !has_head(&words[j - 1].to_lowercase(), Head::Org)
                {
                    i = q;
                    class = 1;
                }
            }
        }
        // "US Secretary of State Antony Blinken": the title and its "of" inside the
        // span read as one body's name; the given name and surname at its end are
        // the person.
        if class != 1 {
            let role = (i..j.saturating_sub(2))
                .find(|&k| is_title_word(words[k]) && matches!(words[k + 1], "for" | "of"));
            let first = role.and_then(|k| {
                (k + 2..j).find(|&q| is_first_name_part(words[q]) && (2..=3).contains(&(j - q)))
            });
            if let Some(q) = first {
                if words[q..j].iter().all(|w| name_shaped(w))
                    && !has_head(&words[j - 1].to_lowercase(), Head::Org)
                {
                    i = q;
                    class = 1;
                }
            }
        }
        // A lowercase determiner never starts a name ("the Foreign Office"); a
        // capitalised one inside a sentence belongs to it ("The Oval").
        while i < j && words[i] == "the" {
            i += 1;
        }
        // "A Democratic National Committee spokesman": an article opening the sentence
        // is no part of the name after it.
        if i == 0 && j > 1 && matches!(words[0], "A" | "An") {
            i = 1;
        }
        // Nor, before a name of three or more words, is "The" ("The National
        // Transportation Board said"); a short one keeps it ("The Hague", "The Oval").
        if i == 0 && j > 2 && words[0] == "The" && g.lookup(text, &toks[0..j]).is_none() {
            i = 1;
        }
        // "Maurice Cheeks Saturday", "fired in Queens Friday": a weekday right after a
        // name says when, and ends no name.
        while j > i + 1 && is_weekday(words[j - 1]) {
            j -= 1;
        }
        // "the Portland Trailblazers Coach Nate McMillan": a title after an
        // organisation's name opens the next name; it closes none.
        if class == 3 {
            while j > i + 1 && is_title_word(words[j - 1]) {
                j -= 1;
            }
        }
        // Generated place names that are also common words ("Summit", "March") do not
        // vouch for a span.
        let entry = |i: usize, j: usize| {
            if i >= j {
                return None;
            }
            g.lookup(text, &toks[i..j]).filter(|&e| {
                let id = &g.entry(e).id;
                !(j - i == 1
                    && (id.starts_with("geonames:") || id.starts_with("adm1:"))
                    && (with_lower(words[i], |l| common_words().contains_key(l))
                        || is_calendar_word(words[i])))
            })
        };
        // "Senator McConnell of Kentucky", "Leader Mitch McConnell": a capitalised title
        // right before a name the gazetteer does not know makes it a person.
        if class != 1
            && i > 0
            && !headline
            && starts_upper(words[i - 1])
            && is_title_word(words[i - 1])
            && words[i..j].iter().all(|w| name_shaped(w))
            && entry(i, j).is_none()
        {
            class = 1;
        }
        // A name holds no capitalised preposition: a headline's ("Tara Reid Checks
        // Into Rehab", "East Flatbush Persists Over Teenager", "Pulls Gun On And
        // Handcuffs Guards"). "Of", "for" and "and" do join names ("Bank Of America").
        if entry(i, j).is_none() {
            if let Some(k) = (i + 1..j).find(|&k| starts_upper(words[k]) && is_name_break(words[k]))
            {
                j = k;
            }
        }
        if headline && entry(i, j).is_none() {
            // Headlines capitalise every word: shed common words at both ends.
            // A given name opening a person the tagger read stays ("Lucy Tyler-Sharman"
            // atop a results line).
            let given = |k: usize| class == 1 && k + 1 < j && is_given_name(words[k]);
            while i < j && is_headline_word(words[i]) && !given(i) && entry(i, j).is_none() {
                i += 1;
            }
            while i < j && is_headline_word(words[j - 1]) && entry(i, j).is_none() {
                j -= 1;
            }
        }
        // "SCO Defence Ministers": a known acronym followed by common words is the
        // acronym; the rest describes people, not an organisation.
        if entry(i, j).is_none() && j - i > 1 {
            if let Some(e) = entry(i, i + 1) {
                let acronym = words[i]
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                if acronym
                    && g.entry(e).label == Label::Org
                    && words[i + 1..j].iter().all(|w| is_common(w))
                {
                    j = i + 1;
                }
            }
        }
        // Names end in a capitalised word: shed lowercase words the tagger ran on into
        // ("Central Asian countries"), and, in headlines, trailing common words when
        // what is left is a known name.
        while j > i + 1
            && words[j - 1].chars().next().is_some_and(char::is_lowercase)
            && !is_particle_surname(words[j - 1])
        {
            j -= 1;
        }
        // "Rajnath Singh" read as an organisation: two or three name-shaped words, rare
        // but for the last, a frequent surname ("Patel" is also a frequent word), none
        // known as a place or body, make a person.
        if class != 1
            && !headline
            && (2..=3).contains(&(j - i))
            && with_lower(words[j - 1], |l| {
                surnames().contains(l) && !has_head(l, Head::Org) && !place_head(l)
            })
            && (i..j).all(|k| {
                name_shaped(words[k])
                    && (k + 1 == j || !is_common(words[k]))
                    && !is_title_word(words[k])
                    && entry(k, k + 1).is_none()
            })
            && entry(i, j).is_none()
        {
            class = 1;
        }
        // "founder Elizabeth Holmes", "Elizabeth Holmes, the founder of Theranos": a
        // title word right before the name, or an apposition that opens with one, makes
        // a person of two or three names that open with a given name, whatever the
        // tagger took them for (the given name is also a town, the surname a word).
        if class != 1
            && !headline
            && (2..=3).contains(&(j - i))
            && is_given_name(words[i])
            && words[i..j]
                .iter()
                .all(|w| name_shaped(w) && !is_title_word(w))
            && with_lower(words[j - 1], |l| !has_head(l, Head::Org) && !place_head(l))
            && entry(i, j).is_none()
        {
            let title_before = i > 0 && is_title_word(words[i - 1]);
            let title_after = words.get(j) == Some(&",") && {
                let mut k = j + 1;
                if words
                    .get(k)
                    .is_some_and(|w| matches!(*w, "the" | "a" | "an"))
                {
                    k += 1;
                }
                // "a former chief executive", "the co-founder": up to two lowercase words.
                let from = k;
                while k < from + 2
                    && words
                        .get(k)
                        .is_some_and(|w| !is_title_word(w) && w.starts_with(char::is_lowercase))
                {
                    k += 1;
                }
                words
                    .get(k)
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && is_title_word(w))
            };
            // "Elon Musk congratulated", "Taylor Swift endorsed": a given name that no
            // city goes by ("Sydney Tigers", "Houston Astros" are teams) and a surname
            // (listed, or a capitalised word no table knows as common and no plural)
            // read as a body the gazetteer does not list are a person's names.
            let surname = || {
                let last = words[j - 1];
                let plural = last.ends_with('s') && !last.ends_with("ss");
                at_most_a_town(g, g.lookup(text, &toks[i..i + 1]))
                    && (with_lower(last, |l| surnames().contains(l))
                        || (!is_common(last) && !is_given_name(last) && !plural))
            };
            if title_before || title_after || (class == 3 && j - i == 2 && surname()) {
                class = 1;
            }
        }
        // "a Norfolk Southern train": an unlisted name of two or more words before a
        // vehicle or service it runs (`operated_things.txt`) is the body that runs it.
        if class == 2
            && !headline
            && j - i >= 2
            && words.get(j).is_some_and(|w| is_operated_thing(w))
            && entry(i, j).is_none()
        {
            class = 3;
        }
        // "a New York Democrat", "the Ohio Republican": a listed place before a people
        // or party word is where that member comes from; the place is the name.
        if class == 2
            && j - i >= 2
            && entry(i, j).is_none()
            && entry(j - 1, j).is_some_and(|e| g.entry(e).label == Label::Norp)
            && entry(i, j - 1).is_some_and(|e| matches!(g.entry(e).label, Label::Gpe | Label::Loc))
        {
            j -= 1;
        }
        // "the Los Angeles Lakers", "the Toronto Blue Jays": a listed place and one or
        // two capitalised words that end in a plural no table knows (not a natural
        // place, an event or a people: "Golan Heights", "Atlanta Games", "Gaza
        // Palestinians") name a team or another body, not a place.
        if class == 2 && !headline && j - i >= 2 && entry(i, j).is_none() {
            // "the Los Angeles Angels of Anaheim": the name before "of" and a place.
            let j = (i + 2..j)
                .find(|&k| words[k] == "of" && entry(k + 1, j).is_some())
                .unwrap_or(j);
            let last = words[j - 1];
            let lower_rest = last.chars().skip(1).all(|c| c.is_ascii_lowercase());
            let plural = last.len() >= 4
                && lower_rest
                && starts_upper(last)
                && last.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| last.ends_with(e))
                && entry(j - 1, j).is_none();
            let place_before = |n: usize| {
                j - n > i
                    && words[j - n..j].iter().all(|w| starts_upper(w))
                    && entry(i, j - n).is_some_and(|e| g.entry(e).label != Label::Org)
            };
            // A plural of office holders right after a city's name is a team's too
            // ("the Kansas City Chiefs"); two words before it are an office
            // ("Pakistan Defence Chiefs").
            let head_free = || {
                with_lower(last, |l| {
                    // "Straits" and "Lakes" by their singular.
                    let one = l.strip_suffix('s').unwrap_or(l);
                    let city = entry(i, j - 1).is_some_and(|e| names_a_city(g.entry(e)));
                    (!heads().contains_key(l) || has_head(l, Head::Role) && city)
                        && !place_head(one)
                })
            };
            if plural && head_free() && (place_before(1) || place_before(2)) {
                class = 3;
            }
        }
        // "the merger of Nordstahl and Acier Uni": the sides of a deal are bodies.
        if matches!(class, 1 | 2)
            && !headline
            && deal_side(words, i)
            && words[i..j].iter().all(|w| name_shaped(w))
            && entry(i, j).is_none()
        {
            class = 3;
        }
        // "the blood-testing start-up Theranos", "the carmaker Stellantis": a name right
        // after a noun for a kind of organisation (`firm_nouns.txt`) is one.
        if matches!(class, 1 | 2)
            && !headline
            && i > 0
            && is_firm_noun(words[i - 1])
            && !is_given_name(words[i])
            && words[i..j].iter().all(|w| name_shaped(w))
            && entry(i, j).is_none()
        {
            class = 3;
        }
        if headline && entry(i, j).is_none() {
            let mut k = j;
            while k > i + 1 && is_common(words[k - 1]) {
                k -= 1;
                if entry(i, k).is_some() {
                    j = k;
                    break;
                }
            }
        }
        // A name starts and ends with a letter or digit, never with "'s" or a bracket.
        let alnum_start = |w: &str| w.chars().next().is_some_and(char::is_alphanumeric);
        while i < j && !alnum_start(words[i]) {
            i += 1;
        }
        while j > i
            && !words[j - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.')
        {
            j -= 1;
        }
        if i >= j || (j - i == 1 && is_party_affiliation(words[i])) {
            return None;
        }
        // "Biden Justice Department", "Trump White House": names before a body the
        // gazetteer lists are who runs it, not part of its name.
        if entry(i, j).is_none() && j - i >= 2 {
            let body = (i + 1..j).find(|&k| {
                entry(k, j).is_some_and(|e| {
                    let e = g.entry(e);
                    e.label == Label::Org
                        && !e.id.starts_with("geonames:")
                        && !e.id.starts_with("adm1:")
                })
            });
            // Only a person's name: not a people, place or adjective ("Indonesian
            // Democratic Party", "Kurdistan Democratic Party", "African National
            // Congress" are names of their own).
            if let Some(k) = body.filter(|&k| {
                (i..k).all(|q| {
                    let w = words[q];
                    name_shaped(w)
                        && !is_title_word(w)
                        && !is_common(w)
                        && !demonym_shaped(w)
                        && g.lookup(text, &toks[q..q + 1]).is_none()
                })
            }) {
                i = k;
                class = 3;
            }
        }
        // A town spelled another way ("Larissa" for Lárisa) where the tagger or the
        // words before it read a place: the spelling alone may be a given name.
        let found = entry(i, j).or_else(|| {
            let place = class == 2 || (class == 1 && j - i == 1 && place_cue(words, i, j));
            place.then(|| g.place_spelling(text, &toks[i..j])).flatten()
        });
        // Names hold lowercase words only as particles ("Abu Bakr al-Baghdadi", "de
        // Silva"); "Convene in Qingdao" is a headline, not a person.
        if class == 1
            && found.is_none()
            && words[i..j]
                .iter()
                .any(|w| w.chars().next().is_some_and(char::is_lowercase) && !is_name_particle(w))
        {
            return None;
        }
        if found.is_none() {
            let all_common = j - i > 1 && words[i..j].iter().all(|w| is_common(w));
            let last = words[j - 1].to_lowercase();
            // A city's name before a plural names a team ("Kansas City Chiefs").
            let city_before =
                || last.ends_with('s') && entry(i, j - 1).is_some_and(|e| names_a_city(g.entry(e)));
            let ends_in_role = j - i > 1 && has_head(&last, Head::Role) && !city_before();
            // "Strategic Response", "Economic Corridor": headline words, not a person;
            // "the Super Bowl", "the World Cup" are events (below).
            if class == 1 && all_common && !has_head(&last, Head::Event) {
                if !has_head(&last, Head::Org) {
                    return None;
                }
                class = 3;
            }
            if class != 1 && ends_in_role {
                // "Defence Ministers", "National Security Advisor": roles, not bodies.
                return None;
            }
        }
        if found.is_none() && j - i == 1 && is_common(words[i]) {
            // A capitalised common word alone ("Diplomatic.") is not a name.
            return None;
        }
        if found.is_none()
            && words[i..j]
                .iter()
                .all(|w| !w.chars().any(char::is_alphabetic))
        {
            return None;
        }
        let last = words[j - 1].to_lowercase();
        let org_head = found.is_none() && has_head(&last, Head::Org);
        let label = match (class, found.map(|e| g.entry(e))) {
            (_, Some(e)) if e.label == Label::Norp => Label::Norp,
            // A small town's name is often a surname too: the place only with a cue.
            (1, Some(e)) if is_small_town(e) => {
                // "Manhattan District Attorney Alvin Bragg": a listed place before a
                // title is whose office it is.
                let title_after = words.get(j).is_some_and(|w| {
                    is_title_word(w)
                        || (*w == "District" && words.get(j + 1).is_some_and(|t| is_title_word(t)))
                });
                if place_cue(words, i, j) || title_after {
                    e.label
                } else {
                    Label::Person
                }
            }
            (1, Some(e)) if e.label != Label::Person && e.label != Label::Org => e.label,
            (1, None) if org_head => Label::Org,
            (1, None) if j - i > 1 && place_head(&last) => Label::Loc,
            (1, None) if j - i == 1 && place_cue(words, i, j) => Label::Gpe,
            (1, None) if has_head(&last, Head::Event) => Label::Event,
            (1, _) => Label::Person,
            (2, Some(e)) => e.label,
            (2, None) if org_head => Label::Org,
            (2 | 3, None) if looks_like_person(words, prepared, i, j) => Label::Person,
            (2, None) => {
                if place_head(&last) {
                    Label::Loc
                } else {
                    Label::Gpe
                }
            }
            (3, Some(e)) if !e.id.starts_with("geonames:") && !e.id.starts_with("adm1:") => e.label,
            // A city before a meeting or an attack is the place ("the Qingdao meeting");
            // elsewhere it may be a club ("Leeds beat Chelsea"). The document's majority
            // reading settles the rest (see `finish`).
            (3, Some(e)) if place_cue(words, i, j) => e.label,
            (3, None) if place_head(&last) => Label::Loc,
            // "The Jajarkot earthquake": no body has an earthquake.
            (3, None)
                if j - i == 1
                    && words
                        .get(j)
                        .is_some_and(|w| with_lower(w, |l| has_head(l, Head::Disaster))) =>
            {
                Label::Gpe
            }
            // "their second straight Super Bowl", "the Gulf War": a body holds no
            // game or war. (A conference or a summit may be a body: "the Big Ten
            // Conference".)
            (3, None)
                if j - i > 1
                    && has_head(&last, Head::Event)
                    && !has_head(&last, Head::EventNoun) =>
            {
                Label::Event
            }
            (3, _) => Label::Org,
            (_, Some(e)) if e.label != Label::Person => e.label,
            _ => {
                if has_head(&last, Head::Event) && j - i > 1 {
                    Label::Event
                } else if org_head && j - i > 1 {
                    Label::Org
                } else if j - i == 1 && demonym_shaped(words[i]) {
                    Label::Norp
                } else {
                    return None;
                }
            }
        };
        Some(Cand::new(i, j, label, found))
    }

    fn finish(&self, text: &str, tokens: &[Token], all: Vec<(usize, Cand)>) -> Vec<Entity> {
        let g = &*self.gazetteer;
        let span_text = |off: usize, c: &Cand| -> (usize, usize) {
            let s = tokens[off + c.start].start as usize;
            let last = tokens[off + c.end - 1];
            let e = match c.last_len {
                Some(n) => last.start as usize + n,
                None => last.end as usize,
            };
            (s, e)
        };
        let mut all = all;
        // A character that stood for a lone surrogate (U+FFFD, `text::repair_surrogates`)
        // is part of no name: a span ends before it, and one it opens is none.
        let unreadable = |k: usize| tokens[k].text(text).contains('\u{fffd}');
        all.retain_mut(|(off, c)| {
            if let Some(k) = (c.start..c.end).find(|&k| unreadable(*off + k)) {
                c.end = k;
                c.last_len = None;
            }
            c.end > c.start
        });

        // Acronyms defined in the text: "Balochistan Liberation Army (BLA)".
        let mut acronyms: HashMap<String, (Label, String, String)> = HashMap::new();
        for (off, c) in &all {
            if !matches!(c.label, Label::Org | Label::Gpe | Label::Loc | Label::Event) {
                continue;
            }
            let (a, b, cl) = (off + c.end, off + c.end + 1, off + c.end + 2);
            if cl < tokens.len() && tokens[a].text(text) == "(" && tokens[cl].text(text) == ")" {
                let acr = tokens[b].text(text);
                let (s, e) = span_text(*off, c);
                if is_acronym(acr) && spells_from(acr, &text[s..e]) {
                    let (canonical, id) = self.identity(&text[s..e], c);
                    acronyms
                        .entry(acr.to_string())
                        .or_insert((c.label, canonical, id));
                }
            }
        }
        // Which tokens the candidates so far cover.
        let covered_by = |all: &[(usize, Cand)]| {
            let mut covered = vec![false; tokens.len()];
            for (off, c) in all {
                covered[off + c.start..off + c.end]
                    .iter_mut()
                    .for_each(|x| *x = true);
            }
            covered
        };
        if !acronyms.is_empty() {
            // Every use of a defined acronym takes the long form's identity.
            let covered = covered_by(&all);
            for (off, c) in all.iter_mut() {
                if c.end - c.start == 1 {
                    let w = tokens[*off + c.start].text(text);
                    if let Some((label, canonical, id)) = acronyms.get(w) {
                        c.label = *label;
                        c.fixed = Some((canonical.clone(), id.clone()));
                    }
                }
            }
            for (t, tok) in tokens.iter().enumerate() {
                if covered[t] {
                    continue;
                }
                if let Some((label, canonical, id)) = acronyms.get(tok.text(text)) {
                    let mut c = Cand::new(0, 1, *label, None);
                    c.fixed = Some((canonical.clone(), id.clone()));
                    all.push((t, c));
                }
            }
            all.sort_by_key(|(off, c)| off + c.start);
        }

        // One reading per known place in a document: "Pahalgam" tagged a place five
        // times and an organisation once is a place.
        let mut votes: HashMap<u32, (usize, usize)> = HashMap::new();
        for (_, c) in &all {
            if let Some(x) = c.entry {
                let place = matches!(g.entry(x).label, Label::Gpe | Label::Loc);
                if place && matches!(c.label, Label::Gpe | Label::Loc | Label::Org) {
                    let v = votes.entry(x).or_default();
                    if c.label == Label::Org {
                        v.1 += 1;
                    } else {
                        v.0 += 1;
                    }
                }
            }
        }
        for (_, c) in all.iter_mut() {
            if let Some((place, org)) = c.entry.and_then(|x| votes.get(&x)) {
                if c.label == Label::Org && place >= org {
                    c.label = g.entry(c.entry.unwrap_or_default()).label;
                }
            }
        }

        // A single word read as a place somewhere in the document ("Sudmark's delegation")
        // is that place elsewhere too, unless it is part of a person's full name.
        let surface_of = |off: usize, c: &Cand| {
            let (s, e) = span_text(off, c);
            clean_name(&text[s..e])
        };
        let places: HashSet<String> = all
            .iter()
            .filter(|(_, c)| c.end - c.start == 1 && matches!(c.label, Label::Gpe | Label::Loc))
            .map(|(off, c)| surface_of(*off, c))
            .collect();
        if !places.is_empty() {
            let name_parts: HashSet<String> = all
                .iter()
                .filter(|(_, c)| c.label == Label::Person && c.end - c.start > 1)
                .flat_map(|(off, c)| {
                    surface_of(*off, c)
                        .split(' ')
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect();
            for (off, c) in all.iter_mut() {
                if c.label == Label::Person && c.end - c.start == 1 {
                    let w = surface_of(*off, c);
                    if places.contains(&w) && !name_parts.contains(&w) {
                        c.label = Label::Gpe;
                    }
                }
            }
        }

        // "Colts beat Chiefs" beside "the Kansas City Chiefs": a lone word read as a
        // person or an unlisted body that ends one body's name in this document, and
        // no person's, is that body.
        let mut body_ends: HashMap<&str, Option<(usize, Cand)>> = HashMap::new();
        for (off, c) in &all {
            if c.label == Label::Org && c.end - c.start >= 2 {
                let last = tokens[off + c.end - 1].text(text);
                let slot = body_ends
                    .entry(last)
                    .or_insert_with(|| Some((*off, c.clone())));
                if slot
                    .as_ref()
                    .is_some_and(|(o, b)| surface_of(*o, b) != surface_of(*off, c))
                {
                    *slot = None;
                }
            }
        }
        if !body_ends.is_empty() {
            let person_parts: HashSet<&str> = all
                .iter()
                .filter(|(_, c)| c.label == Label::Person && c.end - c.start >= 2)
                .flat_map(|(off, c)| (c.start..c.end).map(move |k| tokens[off + k].text(text)))
                .collect();
            let bodies: Vec<(String, String)> = all
                .iter()
                .map(|(off, c)| {
                    let w = tokens[off + c.start].text(text);
                    match body_ends.get(w) {
                        Some(Some((o, b)))
                            if (c.label == Label::Person
                                || c.label == Label::Org
                                    && c.entry.is_none()
                                    && c.fixed.is_none())
                                && c.end - c.start == 1
                                && !person_parts.contains(w) =>
                        {
                            self.identity(&surface_of(*o, b), b)
                        }
                        _ => Default::default(),
                    }
                })
                .collect();
            for ((_, c), body) in all.iter_mut().zip(bodies) {
                if !body.1.is_empty() {
                    c.label = Label::Org;
                    c.fixed = Some(body);
                }
            }
        }

        // One reading per name: an unlisted organisation or place whose name is a person's
        // name in this document, or a short or long form of one, is that person
        // ("Khawaja Muhammad Asif addressed..." beside "Kh Asif said").
        let named: Vec<String> = all
            .iter()
            .filter(|(_, c)| c.label == Label::Person)
            .map(|(off, c)| surface_of(*off, c))
            .collect();
        if !named.is_empty() {
            let named_index = NameIndex::new(named.iter().map(String::as_str));
            for (off, c) in all.iter_mut() {
                if c.entry.is_none()
                    && c.fixed.is_none()
                    && matches!(c.label, Label::Org | Label::Gpe)
                    && (2..=4).contains(&(c.end - c.start))
                {
                    let name = surface_of(*off, c);
                    let person = named_index.related(&name);
                    if person && (c.start..c.end).all(|k| name_shaped(tokens[*off + k].text(text)))
                    {
                        c.label = Label::Person;
                    }
                }
            }
        }

        // "Macron met Scholz in Paris. ... French President Emmanuel Macron said": a
        // person's surname alone, before or after the full name, where the tagger saw
        // no name (a headline or a lede often opens with the surname). Only a word
        // that stands alone: "Trump Tower" and "Ivanka Trump" are other names.
        // A surname that is also a common word ("Tiger Woods", "Tyra Banks") counts
        // where a sentence cannot have capitalised the word: inside it, or opening it
        // before a verb ("Woods said"; "Woods cover the hills" is rare beside a Woods).
        let surnames: HashSet<&str> = all
            .iter()
            .filter(|(_, c)| c.label == Label::Person && c.end - c.start >= 2)
            .map(|(off, c)| tokens[off + c.end - 1].text(text))
            .filter(|w| w.chars().count() >= 3 && name_shaped(w))
            .collect();
        if !surnames.is_empty() {
            let covered = covered_by(&all);
            let capitalised = |t: usize| {
                tokens
                    .get(t)
                    .is_some_and(|x| x.text(text).starts_with(char::is_uppercase))
            };
            let opens_sentence = |t: usize| {
                t == 0
                    || text[tokens[t - 1].end as usize..tokens[t].start as usize].contains('\n')
                    || is_opening_quote(tokens[t - 1].text(text))
                    || matches!(
                        tokens[t - 1].text(text),
                        "." | "!" | "?" | ":" | "(" | "-" | "—"
                    )
            };
            let verb_after = |t: usize| {
                tokens.get(t + 1).is_some_and(|x| {
                    let w = x.text(text);
                    w.starts_with(char::is_lowercase) && verb_shaped(w)
                })
            };
            let before = all.len();
            for (t, tok) in tokens.iter().enumerate() {
                let alone = |n: usize| !capitalised(n) && !covered.get(n).copied().unwrap_or(false);
                let w = tok.text(text);
                if !covered[t]
                    && surnames.contains(w)
                    && alone(t + 1)
                    && (t == 0 || alone(t - 1))
                    && (!is_common(w)
                        || (!opens_sentence(t) || verb_after(t)) && !is_calendar_word(w))
                {
                    all.push((t, Cand::new(0, 1, Label::Person, None)));
                }
            }
            if all.len() > before {
                all.sort_by_key(|(off, c)| off + c.start);
            }
        }

        // People: short forms link to full names; a surname tagged otherwise joins too.
        // A person the gazetteer lists (a user's pinned entry) is known by its
        // canonical name and keeps its id; its short forms here take both.
        let listed = |c: &Cand| {
            c.entry
                .map(|x| g.entry(x))
                .filter(|e| e.label == Label::Person)
        };
        let mut pinned: HashMap<String, String> = HashMap::new();
        let people: Vec<String> = all
            .iter()
            .filter(|(_, c)| c.label == Label::Person)
            .map(|(off, c)| match listed(c) {
                Some(e) => {
                    pinned.insert(e.canonical.clone(), e.id.clone());
                    e.canonical.clone()
                }
                None => {
                    let (s, e) = span_text(*off, c);
                    person_name(&text[s..e])
                }
            })
            .collect();
        let mut full_names: Vec<String> = link_people(&people);
        let multi: Vec<String> = full_names
            .iter()
            .filter(|n| n.contains(' '))
            .cloned()
            .collect();
        let multi_parts: std::collections::HashSet<&str> =
            multi.iter().flat_map(|m| m.split(' ')).collect();
        // Most texts name nobody by a full name: no index to build.
        let multi_index =
            (!multi.is_empty()).then(|| NameIndex::new(multi.iter().map(String::as_str)));
        let mut pi = 0;
        let mut out = Vec::with_capacity(all.len());
        for (off, c) in &all {
            let (s, e) = span_text(*off, c);
            let surface = &text[s..e];
            let mut label = c.label;
            let (canonical, id) = if label == Label::Person {
                let full = std::mem::take(&mut full_names[pi]);
                pi += 1;
                let id = pinned
                    .get(&full)
                    .cloned()
                    .unwrap_or_else(|| format!("person:{}", slug(&full)));
                (full, id)
            } else if c.fixed.is_none()
                && at_most_a_town(g, c.entry)
                && matches!(label, Label::Org | Label::Gpe)
                && c.end - c.start == 1
                && multi_parts.contains(clean_name(surface).as_str())
            {
                // "Asif" tagged as an organisation where "Khawaja Asif" is in the text.
                label = Label::Person;
                let name = clean_name(surface);
                let full = multi_index
                    .as_ref()
                    .and_then(|ix| ix.full_of(&name))
                    .map_or(name.clone(), str::to_string);
                let id = format!("person:{}", slug(&full));
                (full, id)
            } else {
                self.identity(surface, c)
            };
            let refers = c.entry.and_then(|x| {
                let entry = g.entry(x);
                let own = g.country_of(&entry.id);
                entry
                    .refers
                    .clone()
                    .filter(|country| !capital_placed(g, text, (s, e), country, own))
            });
            out.push(Entity {
                start: s,
                end: e,
                label,
                canonical,
                id,
                date: c.date.clone(),
                number: c.number,
                role: c.role,
                refers,
            });
        }
        // Rules and the tagger agree on spans by construction; this keeps the promise
        // of ordered, disjoint spans even if they ever do not.
        out.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
        let mut last_end = 0;
        out.retain(|e| {
            let keep = e.start >= last_end && e.start < e.end;
            if keep {
                last_end = e.end;
            }
            keep
        });
        out
    }

    /// Canonical name and id of a non-person candidate.
    fn identity(&self, surface: &str, c: &Cand) -> (String, String) {
        if let Some(f) = &c.fixed {
            return f.clone();
        }
        if let Some(x) = c.entry {
            let e = self.gazetteer.entry(x);
            return (e.canonical.clone(), e.id.clone());
        }
        match c.label {
            Label::Date => date_identity(c.date.as_deref(), surface),
            Label::Cardinal => {
                let v = c.number.map_or_else(|| surface.to_string(), format_number);
                (v.clone(), format!("cardinal:{}", slug(&v)))
            }
            label => {
                let name = clean_name(surface);
                let name = match label {
                    Label::Org => head_last(&name).unwrap_or(name),
                    _ => name,
                };
                let prefix = label.as_str().to_lowercase();
                let id = format!("{prefix}:{}", slug(&name));
                (name, id)
            }
        }
    }
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A department's or ministry's name with its head word last, as news writes it most:
/// "Department of Labor" and "Department of the Interior" are the bodies "Labor
/// Department" and "Interior Department" other articles name. None for other names.
fn head_last(name: &str) -> Option<String> {
    let (head, rest) = name.split_once(" of ")?;
    if !matches!(head, "Department" | "Ministry") {
        return None;
    }
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    // Only a subject of capitalised words ("Health and Human Services"): "Ministry of
    // Defence of Ukraine" belongs to its state and keeps its order.
    let words: Vec<&str> = rest.split(' ').collect();
    let subject = words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "&"))
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    subject.then(|| format!("{rest} {head}"))
}

/// A name as reported: single spaces, curly apostrophes straight, no possessive.
fn clean_name(s: &str) -> String {
    let joined: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let joined = joined.replace('’', "'");
    joined
        .strip_suffix("'s")
        .map(str::to_string)
        .unwrap_or(joined)
}

/// Whether an acronym's first letter is the initial of some word of the name it
/// follows in brackets: "Kurdistan Workers' Party (PKK)" is a definition,
/// "WASHINGTON (AP)" a news agency's credit.
fn spells_from(acronym: &str, name: &str) -> bool {
    let Some(first) = acronym.chars().next().map(|c| c.to_ascii_uppercase()) else {
        return false;
    };
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .any(|c| c.to_ascii_uppercase() == first)
}

/// A party and state after a legislator's name ("D-W.Va.", "R-Texas", "I-Vt."): an
/// affiliation, not a name.
fn is_party_affiliation(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
}

/// Spans (token ranges) of long forms that an acronym in brackets right after them
/// spells: each capitalised word (or hyphen part) gives its initial, in order;
/// "of", "and", "for", "the" may be skipped.
fn acronym_definitions(words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in 1..words.len().saturating_sub(2) {
        if words[p] != "(" || words[p + 2] != ")" || !is_acronym(words[p + 1]) {
            continue;
        }
        let letters: Vec<char> = words[p + 1]
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        // Walk back over the words, collecting initials right to left.
        let mut need = letters.len();
        let mut start = p;
        let mut k = p;
        while k > 0 && need > 0 && p - k < letters.len() + 4 {
            k -= 1;
            let w = words[k];
            if matches!(w, "of" | "and" | "for" | "the" | "on" | "&") {
                continue;
            }
            if !starts_upper(w) {
                break;
            }
            let parts: Vec<char> = w
                .split('-')
                .filter_map(|x| x.chars().next())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            if parts.len() > need || parts[..] != letters[need - parts.len()..need] {
                break;
            }
            need -= parts.len();
            start = k;
        }
        if need == 0 && p - start >= 2 {
            out.push((start, p));
        }
    }
    out
}

fn demonym_shaped(w: &str) -> bool {
    let l = w.to_lowercase();
    starts_upper(w)
        && ["an", "ans", "ese", "ish", "ian", "ians", "i", "is"]
            .iter()
            .any(|s| l.ends_with(s) && l.len() > s.len() + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Vec<(String, &'static str, String)> {
        EntityTagger::default()
            .tag(text, None)
            .into_iter()
            .map(|e| {
                (
                    text[e.start..e.end].to_string(),
                    e.label.as_str(),
                    e.canonical,
                )
            })
            .collect()
    }

    fn has(found: &[(String, &'static str, String)], text: &str, label: &str) -> bool {
        found.iter().any(|(t, l, _)| t == text && *l == label)
    }

    #[test]
    fn a_game_or_a_war_read_as_a_body_is_an_event_and_a_conference_may_be_a_body() {
        let found = tag("Veterans of the Gulf War marched in Washington.");
        assert!(has(&found, "Gulf War", "EVENT"), "{found:?}");
        let found = tag("Ohio State joined the Big Ten Conference in 1912.");
        assert!(has(&found, "Big Ten Conference", "ORG"), "{found:?}");
        // A name no table lists before "airport" is the airport, not a town.
        let found = tag("Officials at Gatwick airport said flights resumed.");
        assert!(has(&found, "Gatwick", "LOC"), "{found:?}");
    }

    #[test]
    fn a_town_that_is_a_common_word_is_a_place_after_in_near_or_outside() {
        // "Hayes" is a surname and a word web2 lists; after "in" it is the town.
        let found = tag("The fire broke out at a substation in Hayes on Friday.");
        assert!(has(&found, "Hayes", "GPE"), "{found:?}");
        assert!(!has(
            &tag("Hayes said the fire was out.")[..],
            "Hayes",
            "GPE"
        ));
        // A town followed by a state it does not lie in is another town of that name,
        // also when the gazetteer alone found it.
        let g = crate::entities::gazetteer::embedded();
        let text = "A gunman opened fire at a rally in Butler, Pennsylvania, on Saturday.";
        let butler = EntityTagger::default()
            .tag(text, None)
            .into_iter()
            .find(|e| &text[e.start..e.end] == "Butler")
            .expect("Butler is tagged");
        assert_eq!(butler.label.as_str(), "GPE");
        assert!(g.get(&butler.id).is_none(), "{butler:?}");
    }

    #[test]
    fn a_place_spelled_another_way_is_the_listed_place_where_a_place_is_read() {
        let found = tag("The train derailed near Larissa on Tuesday.");
        assert!(
            found
                .iter()
                .any(|(t, l, c)| t == "Larissa" && *l == "GPE" && c == "Lárisa"),
            "{found:?}"
        );
    }

    #[test]
    fn a_body_the_tagger_cut_at_its_head_is_whole() {
        for (text, body) in [
            ("The Education Department will cut staff.", "Education Department"),
            (
                "The Veterans Affairs Department announced closures.",
                "Veterans Affairs Department",
            ),
            (
                "Health and Human Services Secretary Robert F. Kennedy Jr. announced the cuts on Friday.",
                "Health and Human Services",
            ),
        ] {
            let found = tag(text);
            assert!(has(&found, body, "ORG"), "{text}: {found:?}");
        }
        // Where the tagger chose a longer name's start, a demonym stays out of it.
        for (text, body) in [
            (
                "French Interior Ministry officials said.",
                "Interior Ministry",
            ),
            ("The Brazilian Senate agreed on Wednesday.", "Senate"),
        ] {
            let found = tag(text);
            assert!(has(&found, body, "ORG"), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_partys_adjective_after_a_body_is_the_party_s_group() {
        for (text, body, group) in [
            (
                "Sen. Chuck Schumer, the Senate Democratic leader, spoke.",
                "Senate",
                "Democratic",
            ),
            (
                "The House Republican conference met on Tuesday.",
                "House",
                "Republican",
            ),
        ] {
            let found = tag(text);
            assert!(
                has(&found, body, "ORG") && has(&found, group, "NORP"),
                "{text}: {found:?}"
            );
        }
        let found = tag("The Senate Republican Conference met.");
        assert!(
            has(&found, "Senate Republican Conference", "ORG"),
            "{found:?}"
        );
    }

    #[test]
    fn a_brand_shaped_word_is_a_body() {
        for w in ["CrowdStrike", "BlackRock", "OpenAI", "SpaceX"] {
            assert!(super::brand_shaped(w), "{w}");
        }
        for w in [
            "McDonald",
            "MacArthur",
            "DeSantis",
            "FitzGerald",
            "LeBron",
            "Smith",
        ] {
            assert!(!super::brand_shaped(w), "{w}");
        }
        let found = tag("CrowdStrike said a faulty update caused the outage.");
        assert!(has(&found, "CrowdStrike", "ORG"), "{found:?}");
    }

    #[test]
    fn a_name_ending_in_an_initial_runs_on() {
        let found =
            tag("Health and Human Services Secretary Robert F. Kennedy Jr. announced the cuts on Friday.");
        assert!(has(&found, "Robert F. Kennedy Jr.", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_department_of_something_is_the_something_department() {
        let id = |text: &str, name: &str| {
            EntityTagger::default()
                .tag(text, None)
                .into_iter()
                .find(|e| &text[e.start..e.end] == name)
                .map(|e| (e.canonical, e.id))
        };
        let long = id(
            "The Department of Labor said employers added jobs.",
            "Department of Labor",
        );
        let short = id(
            "The Labor Department said employers added jobs.",
            "Labor Department",
        );
        assert_eq!(long, short);
        assert_eq!(
            id(
                "The Department of the Interior said.",
                "Department of the Interior"
            )
            .map(|x| x.1),
            Some("org:interior-department".to_string())
        );
        // A state's ministry keeps its order.
        assert_eq!(super::head_last("Ministry of Defence of Ukraine"), None);
        assert_eq!(super::head_last("Bank of England"), None);
        assert_eq!(
            super::head_last("Department of Health and Human Services").as_deref(),
            Some("Health and Human Services Department")
        );
    }

    #[test]
    fn a_masthead_word_ends_a_newspaper_s_name() {
        let found = tag("Gary Ross will not direct the sequel, The Hollywood Reporter said.");
        assert!(has(&found, "Hollywood Reporter", "ORG"), "{found:?}");
        let found =
            tag("The Philadelphia Inquirer and the Milwaukee Journal Sentinel reported it.");
        assert!(has(&found, "Philadelphia Inquirer", "ORG"), "{found:?}");
        assert!(
            has(&found, "Milwaukee Journal Sentinel", "ORG"),
            "{found:?}"
        );
        // A surname that is also such a word stays a person's.
        let found = tag("Eighth seed Jim Courier beat Todd Martin in straight sets.");
        assert!(has(&found, "Jim Courier", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_place_before_a_party_member_is_the_place() {
        let found = tag("Schumer, a New York Democrat, said the Senate acted fast.");
        assert!(has(&found, "New York", "GPE"), "{found:?}");
        assert!(
            !found.iter().any(|(t, _, _)| t == "New York Democrat"),
            "{found:?}"
        );
    }

    #[test]
    fn the_name_before_administration_heads_it() {
        let found = tag("The Bush administration overturned the rule on Monday.");
        assert!(has(&found, "Bush", "PERSON"), "{found:?}");
        let found = tag("Critics of the Obama presidency gathered in Texas.");
        assert!(has(&found, "Obama", "PERSON"), "{found:?}");
        // Where the tagger read no name at all.
        for (text, name) in [
            ("Critics of the Trump administration spoke.", "Trump"),
            ("Officials in the Biden administration disagreed.", "Biden"),
        ] {
            assert!(has(&tag(text), name, "PERSON"), "{text}");
        }
        // A state's administration stays the state's.
        let found = tag("The Texas administration cut the budget.");
        assert!(has(&found, "Texas", "GPE"), "{found:?}");
    }

    #[test]
    fn two_bodies_joined_by_and_are_two() {
        for (text, a, b) in [
            (
                "Microsoft and Google declined to comment.",
                "Microsoft",
                "Google",
            ),
            (
                "He told The Hollywood Reporter and Variety on Monday.",
                "Hollywood Reporter",
                "Variety",
            ),
            (
                "The bill now goes to the Senate and House for a vote.",
                "Senate",
                "House",
            ),
        ] {
            let found = tag(text);
            assert!(
                has(&found, a, "ORG") && has(&found, b, "ORG"),
                "{text}: {found:?}"
            );
        }
        // One body whose name holds "and" stays one.
        for (text, name) in [
            (
                "The Securities and Exchange Commission fined the bank.",
                "Securities and Exchange Commission",
            ),
            (
                "Morgan Stanley and Co advised the buyer.",
                "Morgan Stanley and Co",
            ),
        ] {
            let found = tag(text);
            assert!(has(&found, name, "ORG"), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_place_and_a_plural_name_a_team() {
        for (text, team) in [
            (
                "The Los Angeles Lakers fired their coach on Monday.",
                "Los Angeles Lakers",
            ),
            (
                "The Los Angeles Angels of Anaheim offered him a deal.",
                "Los Angeles Angels",
            ),
        ] {
            let found = tag(text);
            assert!(
                found
                    .iter()
                    .any(|(t, l, _)| t.starts_with(team) && *l == "ORG"),
                "{text}: {found:?}"
            );
        }
        // Places named by a plural stay places; a place's event stays no body.
        for (text, place) in [
            ("Israel seized the Golan Heights in 1967.", "Golan Heights"),
            (
                "She played at Flushing Meadows on Sunday.",
                "Flushing Meadows",
            ),
        ] {
            let found = tag(text);
            assert!(
                found.iter().all(|(t, l, _)| t != place || *l != "ORG"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_quoted_nickname_is_inside_the_persons_name() {
        for (text, name) in [
            (
                "Mob boss Vincent \"The Chin\" Gigante died Monday in prison.",
                "Vincent \"The Chin\" Gigante",
            ),
            (
                "James 'Whitey' Bulger was arrested in Santa Monica.",
                "James 'Whitey' Bulger",
            ),
            // Tokenised text, as some corpora give it.
            (
                "Vincent \" The Chin '' Gigante died .",
                "Vincent \" The Chin '' Gigante",
            ),
        ] {
            let found = tag(text);
            assert!(has(&found, name, "PERSON"), "{text}: {found:?}");
        }
        // Known by the name other reports use.
        let found = tag("Vincent \"The Chin\" Gigante died. Gigante was 77.");
        assert!(
            found
                .iter()
                .all(|(_, l, name)| *l != "PERSON" || name == "Vincent Gigante"),
            "{found:?}"
        );
        // A quotation after a name is no nickname.
        let found = tag("He told Maria \"Stop\" and she did.");
        assert!(
            found.iter().all(|(t, _, _)| !t.contains("Stop")),
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_that_is_a_common_word_counts_where_no_sentence_capitalised_it() {
        let found =
            tag("Tiger Woods won the Masters. Woods said he was happy, and fans cheered Woods.");
        assert_eq!(
            found
                .iter()
                .filter(|(t, _, name)| t == "Woods" && name == "Tiger Woods")
                .count(),
            2,
            "{found:?}"
        );
        // Opening a sentence before no verb, the word is the common noun.
        let found = tag("Tiger Woods won the Masters. Woods and fields lay wet after the rain.");
        assert!(found.iter().all(|(t, _, _)| t != "Woods"), "{found:?}");
    }

    #[test]
    fn a_city_and_a_plural_of_office_holders_name_a_team() {
        let found = tag("It gave the Colts a victory over the Kansas City Chiefs on Sunday.");
        assert!(has(&found, "Kansas City Chiefs", "ORG"), "{found:?}");
        let found = tag("The Kansas City Chiefs lost to the Colts on Sunday.");
        assert!(has(&found, "Kansas City Chiefs", "ORG"), "{found:?}");
        // The game the team won is an event, no person.
        let found = tag("The Chiefs beat the 49ers to win their second straight Super Bowl.");
        assert!(has(&found, "Super Bowl", "EVENT"), "{found:?}");
        // The team's last word alone, read as a person, is the team.
        let found = tag(
            "Colts beat Chiefs 20-13. It gave the Colts a victory over the Kansas City Chiefs.",
        );
        assert!(
            found
                .iter()
                .any(|(t, l, name)| t == "Chiefs" && *l == "ORG" && name == "Kansas City Chiefs"),
            "{found:?}"
        );
        let found = tag("The SCO Defence Ministers met in Qingdao.");
        assert!(
            found
                .iter()
                .all(|(t, l, _)| !(t.ends_with("Ministers") && *l == "ORG")),
            "{found:?}"
        );
    }

    #[test]
    fn a_span_the_tagger_ends_inside_a_listed_place_goes_on() {
        // The tagger reads "Kansas" and a person "City Chiefs"; the listed city's name
        // runs across its two spans.
        let found = tag("The Kansas City Chiefs signed quarterback Matt Cassel on Friday.");
        assert!(
            found
                .iter()
                .all(|(t, l, _)| t != "City Chiefs" && !(t == "Kansas" && *l == "GPE")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(t, _, _)| t.starts_with("Kansas City")),
            "{found:?}"
        );
        assert!(has(&found, "Matt Cassel", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_holiday_is_a_date_and_a_name_running_past_it_stays() {
        let found = tag("A blizzard buried Buffalo over the Christmas weekend, and on Christmas Eve 2022 roads closed.");
        assert!(has(&found, "Christmas", "DATE"), "{found:?}");
        assert!(has(&found, "Christmas Eve 2022", "DATE"), "{found:?}");
        let found = tag("Eid al-Fitr marks the end of Ramadan; hog demand slows before Labor Day.");
        for day in ["Eid al-Fitr", "Ramadan", "Labor Day"] {
            assert!(has(&found, day, "DATE"), "{day}: {found:?}");
        }
        let found = tag("Christmas Island lies in the Indian Ocean.");
        assert!(has(&found, "Christmas Island", "GPE"), "{found:?}");
    }

    #[test]
    fn a_frequent_surname_is_evidence_for_the_tagger() {
        let text = "Officials said Nguyen met Hernandez and the Senate in London.";
        let toks = crate::tokens::tokenize(text);
        let (prepared, _) = EntityTagger::default().prepare(text, &toks);
        let bit = |k: usize| prepared.words[k].gaz & gaz::SURNAME != 0;
        assert!(bit(2) && bit(4), "Nguyen and Hernandez are listed surnames");
        // "Senate" is a common word and "London" a listed place: no surname evidence.
        assert!(!bit(7) && !bit(9));
    }

    #[test]
    fn names_after_a_title_in_a_body_are_its_holder() {
        let found = tag("The talks were hosted by China’s Defence Minister Dong Jun in Qingdao.");
        assert!(has(&found, "Dong Jun", "PERSON"), "{found:?}");
        // A body named with a title word stays a body.
        let found = tag("He met officials of the Defence Ministry in Beijing.");
        assert!(found.iter().all(|(_, l, _)| *l != "PERSON"), "{found:?}");
    }

    #[test]
    fn a_name_begun_again_goes_on_and_sheds_a_final_mark() {
        let found = tag("California regulators closed Silicon Valley Bank on March 10, 2023.");
        assert!(has(&found, "Silicon Valley Bank", "ORG"), "{found:?}");
        let found =
            tag("A second man has fallen to his death in Aoraki Mount Cook National Park .");
        assert!(found.iter().all(|(t, _, _)| !t.ends_with('.')), "{found:?}");
    }

    #[test]
    fn a_title_after_an_organisation_opens_the_next_name() {
        let found = tag("The Portland Trailblazers Coach Nate McMillan praised the players .");
        assert!(
            found.iter().all(|(t, _, _)| !t.ends_with("Coach")),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_before_an_unknown_name_makes_a_person() {
        let found = tag("Senator McConnell of Kentucky said the bill had stalled .");
        assert!(has(&found, "McConnell", "PERSON"), "{found:?}");
        // A given name that is also a town, a surname that is also a word: a title
        // word right before, or an apposition opening with one, makes the person.
        for text in [
            "A judge sentenced former chief executive Elizabeth Holmes on Friday .",
            "Elizabeth Holmes , the founder of the start-up , was sentenced .",
        ] {
            let found = tag(text);
            assert!(
                has(&found, "Elizabeth Holmes", "PERSON"),
                "{text}: {found:?}"
            );
        }
        // A name right after a noun for a kind of organisation is one.
        for (text, name) in [
            (
                "She founded the blood-testing start-up Theranos in 2003 .",
                "Theranos",
            ),
            (
                "A survey by management consulting firm Towers Perrin showed it .",
                "Towers Perrin",
            ),
            (
                "Telecom giant Vantel confirmed a massive breach on Monday .",
                "Vantel",
            ),
            // The sides of a deal between companies.
            (
                "Regulators vetoed the merger of Nordstahl and Acier Uni .",
                "Nordstahl",
            ),
            (
                "Regulators vetoed the merger of Nordstahl and Acier Uni .",
                "Acier Uni",
            ),
        ] {
            let found = tag(text);
            assert!(has(&found, name, "ORG"), "{text}: {found:?}");
        }
        // A name before a vehicle it runs is the body that runs it; a listed place
        // stays a place.
        let found = tag("About 50 cars of a Norfolk Southern train left the tracks .");
        assert!(has(&found, "Norfolk Southern", "ORG"), "{found:?}");
        let found = tag("Russia 's takeover of Crimea in 2014 drew sanctions .");
        assert!(has(&found, "Crimea", "GPE"), "{found:?}");
        let found = tag("A New York bus crashed .");
        assert!(has(&found, "New York", "GPE"), "{found:?}");
        // A listed body keeps its name before an apposition.
        let found = tag("Morgan Stanley , the adviser on the deal , declined to comment .");
        assert!(has(&found, "Morgan Stanley", "ORG"), "{found:?}");
    }

    #[test]
    fn a_courtesy_title_makes_a_person_of_a_common_word() {
        for (text, name) in [
            ("Mrs. Banks said the school would reopen .", "Banks"),
            ("The plan , Ms. Holmes said , was sound .", "Holmes"),
            ("Dr. Rose treated the patients .", "Rose"),
        ] {
            let found = tag(text);
            assert!(has(&found, name, "PERSON"), "{text}: {found:?}");
        }
        // Other titles before a single frequent word make no person.
        let found = tag("General Motors cut 2,000 jobs .");
        assert!(!found.iter().any(|f| f.1 == "PERSON"), "{found:?}");
    }

    #[test]
    fn an_article_opening_a_sentence_is_no_part_of_a_name() {
        let found = tag("A Democratic National Committee spokesman declined to comment .");
        assert!(
            has(&found, "Democratic National Committee", "ORG"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_a_title_announces_runs_to_its_end_though_the_tagger_cut_it() {
        // The tagger reads "Baudouin" alone; the regnal numeral is the name's.
        let found = tag("Belgian King Baudouin I died in 1993.");
        assert!(has(&found, "Baudouin I", "PERSON"), "{found:?}");
        let found = tag("The Blazers fired coach Maurice Cheeks on Saturday.");
        assert!(has(&found, "Maurice Cheeks", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_weekday_ends_no_name() {
        let found = tag("The Blazers fired coach Maurice Cheeks Saturday after a 9-11 start .");
        assert!(has(&found, "Maurice Cheeks", "PERSON"), "{found:?}");
        let found = tag("A man was shot in Queens Friday , police said .");
        assert!(
            found
                .iter()
                .all(|(t, _, _)| !t.contains("Friday") || t == "Friday"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_ends_before_an_unreadable_character() {
        let found = tag("India Pakistan\u{2019}s India India \u{fffd} 's");
        assert!(
            found.iter().all(|(t, _, _)| !t.contains('\u{fffd}')),
            "{found:?}"
        );
    }

    #[test]
    fn a_word_that_names_a_day_is_no_actor() {
        for text in [
            "Trump hoped for a clean sweep before Super Tuesday .",
            "Shoppers queued for Black Friday deals .",
        ] {
            let found = tag(text);
            assert!(
                found.iter().all(|(t, l, _)| !matches!(
                    *l,
                    "PERSON" | "ORG" | "GPE" | "LOC" | "NORP"
                ) || !(t.starts_with("Super")
                    || t.starts_with("Black"))),
                "{text}: {found:?}"
            );
        }
        // A name before a weekday stays a name.
        let found = tag("The Blazers fired coach Maurice Cheeks Saturday .");
        assert!(has(&found, "Maurice Cheeks", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_sentence_of_names_is_no_headline() {
        // Most words are capitalised, but the full stop makes it a sentence: "Carney" and
        // "Rose" are common words that only a headline would shed.
        let found = tag("Then Mark Carney met Rose Smith in Ottawa.");
        assert!(has(&found, "Mark Carney", "PERSON"), "{found:?}");
        assert!(has(&found, "Rose Smith", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_capital_stands_for_its_country_unless_it_is_where_something_is() {
        let t = EntityTagger::default();
        let text = "Ministers met in New Delhi on Monday. New Delhi said the talks went well.";
        let a = t.analyze(text, None);
        let refers: Vec<Option<&str>> = a
            .entities
            .iter()
            .filter(|e| e.text_in(text) == "New Delhi")
            .map(|e| e.refers.as_deref())
            .collect();
        assert_eq!(refers, [None, Some("iso:IN")]);
    }

    #[test]
    fn a_thing_named_after_someone_is_no_actor() {
        let t = EntityTagger::default();
        let found = |text: &str| -> Vec<(String, Label)> {
            t.tag(text, None)
                .iter()
                .filter(|e| !matches!(e.label, Label::Date | Label::Cardinal))
                .map(|e| (e.text_in(text).to_string(), e.label))
                .collect()
        };
        // No body, place or people, and no person for the whole thing.
        for text in [
            "She has Parkinson's disease.",
            "The Heimlich maneuver saved him.",
            "He won the Booker Prize for fiction.",
            "She won a Golden Globe.",
            "He received the Purple Heart.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // The person's name alone stays a person, as CoNLL-2003 marks it; a person
        // named beside the thing is untouched.
        let quake = "The quake measured 5.6 on the Richter scale, Ali Rezaei said.";
        let people: Vec<String> = found(quake).into_iter().map(|(w, _)| w).collect();
        assert!(people.contains(&"Ali Rezaei".to_string()), "{people:?}");
    }

    #[test]
    fn a_capital_naming_a_noun_or_beside_its_country_is_a_place() {
        let t = EntityTagger::default();
        let refers = |text: &str, name: &str| -> Vec<Option<String>> {
            t.analyze(text, None)
                .entities
                .iter()
                .filter(|e| e.text_in(text) == name)
                .map(|e| e.refers.clone())
                .collect()
        };
        let france = Some("iso:FR".to_string());
        // Where something is: a part of the city, a noun it names, its own country.
        let placed = "Robbers hit a Paris jewellery store in central Paris. Reports from                       Paris, France, said the Paris branch had closed.";
        assert_eq!(refers(placed, "Paris"), [None, None, None, None]);
        // A side that acts or is dealt with.
        let acting = "Paris warned Berlin on Monday. Ties with Paris have grown, and Paris                       officials said Paris would respond.";
        assert_eq!(
            refers(acting, "Paris"),
            [
                france.clone(),
                france.clone(),
                france.clone(),
                france.clone()
            ]
        );
        // The state of the place, not the mind of its government.
        assert_eq!(
            refers("Paris was calm on Sunday after the riots.", "Paris"),
            [None]
        );
        assert_eq!(
            refers("Paris was furious at the decision.", "Paris"),
            [france]
        );
        // A bloc's seat acting stands for the bloc; as a place, or beside its own
        // country, it is the city.
        let eu = Some("org:eu".to_string());
        assert_eq!(
            refers("Brussels fined Google on Tuesday.", "Brussels"),
            [eu]
        );
        assert_eq!(
            refers(
                "Leaders met in Brussels. Reports from Brussels, Belgium, said so.",
                "Brussels"
            ),
            [None, None]
        );
    }

    #[test]
    fn a_surname_before_the_full_name_is_the_person() {
        let t = EntityTagger::default();
        let text = "Macron met Scholz in Paris. French President Emmanuel Macron said the talks went well.";
        let a = t.analyze(text, None);
        let first = a
            .entities
            .iter()
            .find(|e| e.start == 0)
            .expect("Macron opening the text is a name");
        assert_eq!(
            (first.label, first.id.as_str()),
            (Label::Person, "person:emmanuel-macron")
        );
        // "Macron Tower" is another name, not the person's surname alone.
        let text = "Guests reached Macron Tower late. Emmanuel Macron said the talks went well.";
        let a = t.analyze(text, None);
        let tower = text.find("Macron Tower").unwrap();
        assert!(
            a.entities
                .iter()
                .all(|e| !(e.start == tower && e.end == tower + 6 && e.label == Label::Person)),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn initials_and_a_surname_are_one_person() {
        // A scorecard's surnames are rarely known words; the initial says a person.
        let found = tag("Bowling: D. Blenkiron 3-40, M. McCague 2-30.");
        assert!(has(&found, "D. Blenkiron", "PERSON"), "{found:?}");
        assert!(has(&found, "M. McCague", "PERSON"), "{found:?}");
        let found = tag("Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296.");
        assert!(has(&found, "P. Simmons", "PERSON"), "{found:?}");
        // Initials run together, before a name of two words.
        let found = tag("Nepal's prime minister K.P. Sharma Oli resigned on Tuesday.");
        assert!(has(&found, "K.P. Sharma Oli", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_particle_surname_and_a_results_line_keep_the_whole_name() {
        let found = tag("Police captured their leader Rami al-Saadani in a city outside Cairo.");
        assert!(has(&found, "Rami al-Saadani", "PERSON"), "{found:?}");
        // A title-case line sheds common words, but not a given name opening a person.
        let found = tag("Lucy Tyler-Sharman (Australia) 3:35.087 beat Svetlana");
        assert!(has(&found, "Lucy Tyler-Sharman", "PERSON"), "{found:?}");
        // A hyphenated word of capitalised parts goes on with the name before it; a
        // title joined so does not.
        let found = tag("Paris Saint-Germain won the league on Sunday.");
        assert!(has(&found, "Paris Saint-Germain", "ORG"), "{found:?}");
        let found = tag("He wrote to U.N. Secretary-General Antonio Guterres on Friday.");
        assert!(
            found.iter().all(|(t, _, _)| !t.contains("Secretary")),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_word_ends_a_bodys_name_whatever_its_first_word_means() {
        // "Nuance" alone is a common word; before "Communications" it names a company.
        let found = tag("Microsoft on Tuesday acquired Nuance Communications for $16 billion.");
        assert!(has(&found, "Nuance Communications", "ORG"), "{found:?}");
        let found = tag("Lionsgate bought Summit Entertainment in 2012.");
        assert!(has(&found, "Summit Entertainment", "ORG"), "{found:?}");
    }

    #[test]
    fn a_company_name_ends_at_its_legal_form() {
        let found = tag(
            "Police allege Eric Allen Kirkpatrick, 61, opened fire at the TallGrass Distribution Ltd Christmas party.",
        );
        assert!(
            has(&found, "TallGrass Distribution Ltd", "ORG"),
            "{found:?}"
        );
        assert!(has(&found, "Eric Allen Kirkpatrick", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_saints_name_is_a_place_or_a_body() {
        let found = tag("St Mirren beat St Johnstone 2-1 on Saturday.");
        assert!(has(&found, "St Mirren", "ORG"), "{found:?}");
        assert!(has(&found, "St Johnstone", "ORG"), "{found:?}");
        let found = tag("He lives in St Petersburg now.");
        assert!(has(&found, "St Petersburg", "GPE"), "{found:?}");
    }

    #[test]
    fn a_given_name_that_is_a_common_word_joins_a_one_word_name_after_it() {
        let found = tag("Rescuers found Miles Davis on the ridge.");
        assert!(has(&found, "Miles Davis", "PERSON"), "{found:?}");
        let found = tag("Summer Lee played the trumpet in the band.");
        assert!(has(&found, "Summer Lee", "PERSON"), "{found:?}");
        let found = tag("In June Smith said no.");
        assert!(found.iter().all(|(w, _, _)| w != "June Smith"), "{found:?}");
    }

    #[test]
    fn a_given_name_in_camel_case_opens_a_persons_name() {
        let found = tag("Police said a 66-year-old LuAnn Marie Johnson was killed.");
        assert!(has(&found, "LuAnn Marie Johnson", "PERSON"), "{found:?}");
        let found = tag("DeShawn Watson said on Monday that he would stay.");
        assert!(has(&found, "DeShawn Watson", "PERSON"), "{found:?}");
        // A company in camel case is no given name.
        let found = tag("PepsiCo said on Monday that profits rose.");
        assert!(found.iter().all(|(_, l, _)| *l != "PERSON"), "{found:?}");
        assert!(camel_case("LuAnn") && camel_case("PepsiCo"));
        assert!(!camel_case("Luann") && !camel_case("McDONALD") && !camel_case("eBay"));
    }

    #[test]
    fn a_rare_first_name_before_a_tagged_name_joins_it() {
        let found = tag("The opposition leader, Sher Bahadur Deuba, said the response was slow.");
        assert!(has(&found, "Sher Bahadur Deuba", "PERSON"), "{found:?}");
        let found = tag("NATO spokesman Lieutenant-Colonel Max Marriner said in Sarajevo.");
        assert!(has(&found, "Max Marriner", "PERSON"), "{found:?}");
    }

    #[test]
    fn an_honorific_stays_in_the_name() {
        let found = tag("Ch. Nisar Ali Khan met Syed Asim Munir in Rawalpindi.");
        assert!(has(&found, "Ch. Nisar Ali Khan", "PERSON"), "{found:?}");
        assert!(has(&found, "Syed Asim Munir", "PERSON"), "{found:?}");
        let found = tag("The talks ended. Kh. Asif left for Islamabad.");
        assert!(has(&found, "Kh. Asif", "PERSON"), "{found:?}");
        // A title is not part of the name (OntoNotes); an honorific is.
        let found = tag("Mian Nawaz Sharif met Prime Minister Shehbaz Sharif.");
        assert!(has(&found, "Mian Nawaz Sharif", "PERSON"), "{found:?}");
        assert!(has(&found, "Shehbaz Sharif", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_title_of_the_peerage_and_its_place_name_a_person() {
        let found = tag("The Duchess of Cambridge gave birth to a boy on Monday.");
        assert!(has(&found, "Duchess of Cambridge", "PERSON"), "{found:?}");
        let found = tag("The Prince of Wales visited Leeds on Monday.");
        assert!(has(&found, "Prince of Wales", "PERSON"), "{found:?}");
        assert!(has(&found, "Leeds", "GPE"), "{found:?}");
        // A place named after one is no person; nor is a hospital's wing.
        let found = tag("He was taken to the Prince of Wales Hospital in Sydney.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
        let found = tag("Crowds gathered outside the Lindo Wing on Monday.");
        assert!(has(&found, "Lindo Wing", "LOC"), "{found:?}");
    }

    #[test]
    fn a_name_after_a_role_with_for_or_of_is_a_person() {
        let found = tag("China's Minister for Public Security Wang Xiaohong unveiled a plan.");
        assert!(has(&found, "Wang Xiaohong", "PERSON"), "{found:?}");
        let found = tag("The Minister of Public Security said so.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
        // The title's "of" may sit inside the span the tagger read, or the role hold
        // an "of" of its own before "for".
        let found = tag("He handed the documents to US Secretary of State Antony Blinken.");
        assert!(has(&found, "Antony Blinken", "PERSON"), "{found:?}");
        let found = tag("UK Secretary of State for Defence Ben Wallace spoke on Monday.");
        assert!(has(&found, "Ben Wallace", "PERSON"), "{found:?}");
        let found = tag("The Office of the Director of National Intelligence said so.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
    }

    #[test]
    fn a_group_adjective_belongs_to_the_organisation_after_it() {
        let found = tag("The Republican National Committee sued on Monday.");
        assert!(
            has(&found, "Republican National Committee", "ORG"),
            "{found:?}"
        );
    }

    #[test]
    fn a_month_short_form_alone_after_a_name_is_no_date() {
        let found = tag("Rajnath Singh met Dong Jun.");
        assert!(!found.iter().any(|(_, l, _)| *l == "DATE"), "{found:?}");
        let found = tag("The law took effect in Jun. and was repealed.");
        assert!(
            found.iter().any(|(t, l, _)| t == "Jun." && *l == "DATE"),
            "{found:?}"
        );
    }

    #[test]
    fn rare_names_ending_in_a_frequent_surname_are_people() {
        let found = tag("Rajnath Singh met Dong Jun. India was represented by Amrit Patel.");
        assert!(has(&found, "Rajnath Singh", "PERSON"), "{found:?}");
        assert!(has(&found, "Amrit Patel", "PERSON"), "{found:?}");
        // Known bodies and places keep their label.
        let found = tag("Shares of Goldman Sachs fell in Fort Lee.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
    }

    #[test]
    fn a_name_after_someone_s_kinship_noun_is_a_person() {
        // Hunter and Barron are towns too.
        let found =
            tag("President Biden pardoned his son Hunter on Sunday. His son Barron attended.");
        assert!(has(&found, "Hunter", "PERSON"), "{found:?}");
        assert!(has(&found, "Barron", "PERSON"), "{found:?}");
        // Not after a kinship noun of no one's, and not a date.
        let found = tag("The Son Volt tour reached Houston on Monday. His son Monday was ill.");
        assert!(!has(&found, "Houston", "PERSON"), "{found:?}");
        assert!(!has(&found, "Monday", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_given_name_before_a_small_town_makes_a_person() {
        // "Cruz" (Brazil), "Warren" (Michigan) and "Obama" (Japan) are towns too.
        let found = tag("Ted Cruz voted no. Cruz said he was proud.");
        assert!(has(&found, "Ted Cruz", "PERSON"), "{found:?}");
        assert!(has(&found, "Cruz", "PERSON"), "{found:?}");
        let found = tag("Sen. Ted Cruz spoke. Elizabeth Warren said Warren would run.");
        assert!(has(&found, "Ted Cruz", "PERSON"), "{found:?}");
        assert!(has(&found, "Elizabeth Warren", "PERSON"), "{found:?}");
        let found = tag("Barack Obama met Angela Merkel in Berlin.");
        assert!(has(&found, "Barack Obama", "PERSON"), "{found:?}");
        // Known names, months and clubs keep their reading.
        let found = tag("Gold closed at $387 in Hong Kong. The August Chicago index rose.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
        let found = tag("The bus went from Elizabeth to Warren on Monday.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
        // A town named like a head word ("Center", Texas) ends a building's or a
        // body's name after the person it honours.
        let found = tag("Carter died on Sunday, the Carter Center said. The Jackson Center shut.");
        assert!(!has(&found, "Carter Center", "PERSON"), "{found:?}");
        assert!(!has(&found, "Jackson Center", "PERSON"), "{found:?}");
    }

    #[test]
    fn initials_and_a_given_name_open_a_persons_name() {
        let found = tag(
            "The Senate confirmed Pete Hegseth on Friday, with Vice President JD Vance \
             casting the tie-breaking vote.",
        );
        assert!(has(&found, "JD Vance", "PERSON"), "{found:?}");
        // Two capitals that make a title are no initials.
        let found = tag("Gov. Gavin Newsom and VP Vance sparred online.");
        assert!(has(&found, "Vance", "PERSON"), "{found:?}");
        let found = tag(
            "Elon Musk congratulated the team on an exciting test. Taylor Swift endorsed \
             Kamala Harris on Instagram after the debate.",
        );
        assert!(has(&found, "Elon Musk", "PERSON"), "{found:?}");
        assert!(has(&found, "Taylor Swift", "PERSON"), "{found:?}");
        // A place's name before a plural is a team; a listed firm stays a firm.
        let found = tag("The Houston Astros beat the Sydney Tigers. Morgan Stanley advised.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
    }

    #[test]
    fn a_person_after_a_title_inside_a_longer_name_is_a_person() {
        let found = tag(
            "Los Angeles County Sheriff's Deputy Juan Abel Escalante was shot outside his \
             home on Tuesday.",
        );
        assert!(has(&found, "Juan Abel Escalante", "PERSON"), "{found:?}");
        assert!(
            !found.iter().any(|(t, _, _)| t.contains("Deputy")),
            "{found:?}"
        );
    }

    #[test]
    fn us_political_news_names() {
        let found = tag(
            "WASHINGTON (AP) — Senate Minority Leader Mitch McConnell and House Speaker Nancy \
             Pelosi met. Sen. Joe Manchin, D-W.Va., spoke. Rep. Alexandria Ocasio-Cortez \
             criticized the Justice Department.",
        );
        for (name, label) in [
            ("Mitch McConnell", "PERSON"),
            ("Nancy Pelosi", "PERSON"),
            ("Joe Manchin", "PERSON"),
            ("Alexandria Ocasio-Cortez", "PERSON"),
            ("Justice Department", "ORG"),
        ] {
            assert!(has(&found, name, label), "{name}: {found:?}");
        }
        // A news agency's credit after a dateline defines no acronym; a party and
        // state after a name are no name.
        assert!(
            !found.iter().any(|(t, _, c)| t == "AP" && c == "Washington"),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(t, _, _)| t.starts_with("D-")),
            "{found:?}"
        );
    }

    #[test]
    fn one_body_under_its_names() {
        let found = tag(
            "The Justice Department, which critics call the DOJ, and the Department of \
             Justice are one. The GOP and the Republican Party too. Pakistan's Supreme \
             Court is not the U.S. Supreme Court.",
        );
        let canon = |t: &str| {
            found
                .iter()
                .find(|(x, _, _)| x == t)
                .map(|(_, _, c)| c.clone())
        };
        let doj = canon("Justice Department");
        assert!(doj.is_some(), "{found:?}");
        assert_eq!(canon("DOJ"), doj);
        assert_eq!(canon("Department of Justice"), doj);
        assert_eq!(canon("GOP"), canon("Republican Party"));
        assert_ne!(canon("Supreme Court"), canon("U.S. Supreme Court"));
    }

    #[test]
    fn middle_initials_suffixes_and_surnames_that_are_titles() {
        let found = tag(
            "President Donald J. Trump, George W. Bush and the Rev. Martin Luther King Jr. \
             were named. Stephen King wrote it.",
        );
        for name in [
            "Donald J. Trump",
            "George W. Bush",
            "Martin Luther King Jr.",
            "Stephen King",
        ] {
            assert!(has(&found, name, "PERSON"), "{name}: {found:?}");
        }
    }

    #[test]
    fn a_frequent_word_that_news_writes_as_a_name_may_be_one() {
        // "trump" is among the 2,000 most frequent English words; in news it is a name.
        let found = tag("On Monday, Trump said he would veto the bill.");
        assert!(has(&found, "Trump", "PERSON"), "{found:?}");
        // Frequent words stay words: "Price" alone is no name.
        let found = tag("On Monday, Price said he would veto the bill.");
        assert!(!found.iter().any(|(t, _, _)| t == "Price"), "{found:?}");
    }

    #[test]
    fn who_runs_a_listed_body_is_no_part_of_its_name() {
        let found =
            tag("A prosecution by the Biden Justice Department, said the Trump White House.");
        assert!(has(&found, "Justice Department", "ORG"), "{found:?}");
        assert!(has(&found, "White House", "ORG"), "{found:?}");
        // A people or place before a party's name is part of it.
        let found = tag("The Indonesian Democratic Party met the Kurdistan Democratic Party.");
        assert!(
            has(&found, "Indonesian Democratic Party", "ORG"),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_word_after_a_place_makes_a_longer_place() {
        let found = tag("The hurricane battered the Gulf Coast. Tankers crossed the Gulf.");
        assert!(has(&found, "Gulf Coast", "LOC"), "{found:?}");
        assert!(has(&found, "Gulf", "LOC"), "{found:?}");
        assert!(has(&tag("Ivory Coast beat Ghana."), "Ivory Coast", "GPE"));
    }

    #[test]
    fn a_part_of_a_listed_place_is_a_place_and_a_town_takes_its_state() {
        let found = tag("Storms hit North Texas on Monday .");
        assert!(has(&found, "North Texas", "GPE"), "{found:?}");
        let t = EntityTagger::default();
        // No Boca Chica of the gazetteer lies in Texas: this one is none of its entries.
        let text = "SpaceX launched the rocket from Boca Chica, Texas, on Thursday.";
        let ents = t.tag(text, None);
        let town = ents
            .iter()
            .find(|e| e.text_in(text) == "Boca Chica")
            .unwrap();
        assert_eq!(
            (town.label, town.id.as_str()),
            (Label::Gpe, "gpe:boca-chica")
        );
        // A town of the gazetteer in the state it is written with keeps its entry.
        let text = "A fire broke out in Houston, Texas.";
        let ents = t.tag(text, None);
        let town = ents.iter().find(|e| e.text_in(text) == "Houston").unwrap();
        assert!(t.gazetteer().within(&town.id, "adm1:US:texas"), "{town:?}");
        // A state that is an item of a list of cities is not where the town before it
        // lies: this Philadelphia is the city the gazetteer lists.
        let text =
            "The largest crowds gathered in Philadelphia, New York, Los Angeles and Chicago.";
        let ents = t.tag(text, None);
        let city = ents
            .iter()
            .find(|e| e.text_in(text) == "Philadelphia")
            .unwrap();
        assert!(city.id.starts_with("geonames:"), "{city:?}");
    }

    #[test]
    fn a_natural_places_head_of_a_name_is_one_place() {
        for (text, place) in [
            (
                "The rocket broke apart over the Gulf of Mexico on Thursday .",
                "Gulf of Mexico",
            ),
            ("Ships sailed into the Bay of Bengal .", "Bay of Bengal"),
            ("The missile fell into the Sea of Japan .", "Sea of Japan"),
        ] {
            let found = tag(text);
            assert!(has(&found, place, "LOC"), "{text}: {found:?}");
            assert_eq!(
                found.iter().filter(|f| f.1 != "DATE").count(),
                1,
                "{found:?}"
            );
        }
        let found = tag("The Bank of England raised rates .");
        assert!(has(&found, "Bank of England", "ORG"), "{found:?}");
        // The seas news names most are listed (knowledge/sources/regions.tsv).
        let text = "Pirates seized a tanker in the Gulf of Aden .";
        let ents = EntityTagger::default().tag(text, None);
        assert_eq!(ents[0].id, "region:gulf-of-aden", "{ents:?}");
    }

    #[test]
    fn a_state_before_a_title_is_no_given_name_and_the_surname_joins_the_person() {
        let found = tag("Florida Governor Ron DeSantis announced his campaign on Wednesday.");
        assert!(has(&found, "Florida", "GPE"), "{found:?}");
        assert!(has(&found, "Ron DeSantis", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_name_opening_with_mount_is_a_mountain() {
        let found = tag("Robert Buckley fell while climbing to a small hut on Mount Sefton.");
        // A place: the gazetteer's label when it lists the name.
        let place = |n: &str| has(&found, n, "LOC") || has(&found, n, "GPE");
        assert!(place("Mount Sefton"), "{found:?}");
        let found = tag("His brother survived two nights in an ice cave on Mt Cook.");
        assert!(has(&found, "Mt Cook", "LOC"), "{found:?}");
        // A hospital is a built place (LOC, as CoNLL-2003 labels it), named whole.
        let found = tag("He was taken to Mount Sinai Hospital in New York.");
        assert!(has(&found, "Mount Sinai Hospital", "LOC"), "{found:?}");
        assert!(found.iter().all(|f| f.0 != "Mount Sinai"), "{found:?}");
    }

    #[test]
    fn a_weekday_after_a_title_is_no_name() {
        let found = tag("The president removed the bureau's acting chief Friday.");
        assert!(!found.iter().any(|(_, l, _)| *l == "PERSON"), "{found:?}");
    }

    #[test]
    fn punctuation_lines_do_not_hide_names() {
        let text = "The talks opened in Geneva.\n\n* * * * *\n\n((((( ))))) ------\n\nKhawaja Asif left for Islamabad on Friday.";
        let found = tag(text);
        assert!(has(&found, "Geneva", "GPE"), "{found:?}");
        assert!(has(&found, "Khawaja Asif", "PERSON"), "{found:?}");
        assert!(has(&found, "Islamabad", "GPE"), "{found:?}");
        assert!(tag(&"(".repeat(5000)).is_empty());
    }

    #[test]
    fn news_paragraph() {
        let text = "Pakistan’s Defence Minister Khawaja Muhammad Asif addressed the Shanghai Cooperation Organization (SCO) meeting in Qingdao, China, on June 26, 2025. Later, Asif said the Balochistan Liberation Army (BLA) killed 26 people. The BLA denied it.";
        let found = tag(text);
        assert!(has(&found, "Pakistan", "GPE"), "{found:?}");
        assert!(has(&found, "Khawaja Muhammad Asif", "PERSON"), "{found:?}");
        assert!(
            has(&found, "Shanghai Cooperation Organization", "ORG"),
            "{found:?}"
        );
        assert!(has(&found, "SCO", "ORG"), "{found:?}");
        assert!(has(&found, "Qingdao", "GPE"), "{found:?}");
        assert!(has(&found, "June 26, 2025", "DATE"), "{found:?}");
        assert!(has(&found, "26", "CARDINAL"), "{found:?}");
        let asif = found.iter().find(|(t, _, _)| t == "Asif").unwrap();
        assert_eq!(asif.2, "Khawaja Muhammad Asif");
        let bla: Vec<_> = found.iter().filter(|(t, _, _)| t == "BLA").collect();
        assert_eq!(bla.len(), 2, "{found:?}");
        assert!(bla
            .iter()
            .all(|(_, l, c)| *l == "ORG" && c == "Balochistan Liberation Army"));
    }

    #[test]
    fn headline_words_and_noise_are_not_entities() {
        let found = tag("India Faces Diplomatic Blow at SCO Defence Meeting as Rift Grows Over Terrorism Discourse\nThe talks stalled on terrorism Diplomatic.");
        let texts: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
        assert!(
            texts.contains(&"India") && texts.contains(&"SCO"),
            "{found:?}"
        );
        for bad in [
            "Diplomatic",
            "Diplomatic Blow",
            "Rift",
            "Terrorism Discourse",
            "Defence Meeting",
        ] {
            assert!(!texts.contains(&bad), "{bad} in {found:?}");
        }
    }

    #[test]
    fn a_title_case_headline_reads_its_common_words_as_words() {
        let found = tag("Putin Meets Xi In Moscow For Talks On Ukraine");
        for (name, label) in [("Putin", "PERSON"), ("Xi", "PERSON"), ("Moscow", "GPE")] {
            assert!(has(&found, name, label), "{name} in {found:?}");
        }
        let found = tag("Biden Signs Infrastructure Bill Into Law");
        assert!(has(&found, "Biden", "PERSON"), "{found:?}");
        assert!(!found.iter().any(|f| f.0.contains("Signs")), "{found:?}");
        // A name ending in a company suffix keeps its common words.
        let found = tag("Banc One Capital Corporation Buys Texas Lender");
        assert!(
            has(&found, "Banc One Capital Corporation", "ORG"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_beside_a_publication_noun_is_an_organisation() {
        let found = tag("Reid told People magazine on Monday.");
        assert!(has(&found, "People", "ORG"), "{found:?}");
        let found = tag("The daily Le Monde reported the deal.");
        assert!(has(&found, "Le Monde", "ORG"), "{found:?}");
        let found = tag("He was quoted in Sydney's Daily Telegraph newspaper.");
        assert!(
            has(&found, "Daily Telegraph", "ORG") && has(&found, "Sydney", "GPE"),
            "{found:?}"
        );
        // A people's adjective before the noun is no paper's name.
        let found = tag("An Algerian newspaper said on Saturday that seven died.");
        assert!(!found.iter().any(|f| f.1 == "ORG"), "{found:?}");
    }

    #[test]
    fn a_capitalised_preposition_ends_a_name() {
        let found = tag("Tara Reid Finally Checks Into Rehab For Undisclosed Reasons");
        assert!(has(&found, "Tara Reid", "PERSON"), "{found:?}");
        let found =
            tag("Arcade Comeaux Jr, Prison Inmate, Pulls Gun On And Handcuffs Guards, Runs Away");
        assert!(!found.iter().any(|f| f.0.contains(" On")), "{found:?}");
        // "Bank of America" and "Trinidad and Tobago" keep their joining words.
        let found = tag("He flew from Trinidad and Tobago to see the Bank of America chief.");
        assert!(has(&found, "Trinidad and Tobago", "GPE"), "{found:?}");
    }

    #[test]
    fn a_division_of_a_state_is_a_place_and_a_county_club_a_body() {
        for (text, name) in [
            ("Shelling hit Kherson Oblast again.", "Kherson Oblast"),
            (
                "Floods hit Zhejiang Province on Monday.",
                "Zhejiang Province",
            ),
            (
                "Landslides struck the hills of Xiaojin Prefecture overnight.",
                "Xiaojin Prefecture",
            ),
            (
                "The quake off Hualien County toppled buildings.",
                "Hualien County",
            ),
        ] {
            let found = tag(text);
            assert!(has(&found, name, "GPE"), "{found:?}");
        }
        let found = tag("Notts County beat Leeds United 2-1.");
        assert!(has(&found, "Notts County", "ORG"), "{found:?}");
    }

    #[test]
    fn a_built_place_is_a_place_whoever_it_is_named_after() {
        let found = tag("Lindsay Lohan checked into the Betty Ford Center, and Tara Reid into Promises Treatment Center.");
        assert!(has(&found, "Lindsay Lohan", "PERSON"), "{found:?}");
        assert!(has(&found, "Betty Ford Center", "LOC"), "{found:?}");
        assert!(has(&found, "Promises Treatment Center", "LOC"), "{found:?}");
        let found = tag("The Wasilla Bible Church in Wasilla, Alaska was attacked by an arsonist.");
        assert!(has(&found, "Wasilla Bible Church", "LOC"), "{found:?}");
        // Bridges, dams, tunnels and squares too; a preposition opening the sentence
        // is not part of the name.
        let found = tag("A container ship struck the Francis Scott Key Bridge in Baltimore.");
        assert!(has(&found, "Francis Scott Key Bridge", "LOC"), "{found:?}");
        let found = tag("At Trent Bridge, rain stopped play near the Hoover Dam.");
        assert!(has(&found, "Trent Bridge", "LOC"), "{found:?}");
        assert!(has(&found, "Hoover Dam", "LOC"), "{found:?}");
        let found = tag("Protesters gathered in Tiananmen Square on Sunday.");
        assert!(has(&found, "Tiananmen Square", "LOC"), "{found:?}");
        // A division of a state is no person; a club named after one stays a body.
        let found = tag("The earthquake off Hualien County toppled buildings.");
        assert!(has(&found, "Hualien County", "GPE"), "{found:?}");
        let found = tag("Notts County beat Wrexham 2-0 on Saturday.");
        assert!(!has(&found, "Notts County", "PERSON"), "{found:?}");
    }

    #[test]
    fn a_regnal_number_after_a_given_name_makes_a_person() {
        let found = tag("Queen Elizabeth II died at Balmoral; Pope John Paul II and Charles III mourned, as after World War II.");
        assert!(has(&found, "Elizabeth II", "PERSON"), "{found:?}");
        assert!(has(&found, "John Paul II", "PERSON"), "{found:?}");
        assert!(has(&found, "Charles III", "PERSON"), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|(t, l, _)| t.contains("War") && *l == "PERSON"),
            "{found:?}"
        );
    }

    #[test]
    fn weekdays_near_a_date_the_text_tells_of_may_follow_it() {
        let t = EntityTagger::default();
        let day = |text: &str, w: &str| {
            let a = t.analyze(text, None);
            let e = a.entities.iter().find(|e| e.text_in(text) == w).cloned();
            e.and_then(|e| e.date)
        };
        // A date in running text: the article was written on it or after.
        let text = "Milton came ashore on October 9, 2024, and left on Thursday.";
        assert_eq!(day(text, "Thursday").as_deref(), Some("2024-10-10"));
        // A dateline is the article's own date: its weekdays are the days before it.
        let text = "TAMPA, October 9, 2024 - The storm formed on Thursday.";
        assert_eq!(day(text, "Thursday").as_deref(), Some("2024-10-03"));
    }

    #[test]
    fn titles_are_not_part_of_names() {
        let found = tag("Lt Gen Asim Malik met researcher Ayesha Siddiqa and the Foreign Office.");
        assert!(has(&found, "Asim Malik", "PERSON"), "{found:?}");
        assert!(has(&found, "Ayesha Siddiqa", "PERSON"), "{found:?}");
        assert!(
            found
                .iter()
                .any(|(t, l, _)| t == "Foreign Office" && *l == "ORG"),
            "{found:?}"
        );
        // Police ranks are titles too.
        let found = tag("Senior Trooper William Hakim and Detective Ana Ruiz were hurt.");
        assert!(has(&found, "William Hakim", "PERSON"), "{found:?}");
        assert!(has(&found, "Ana Ruiz", "PERSON"), "{found:?}");
        // "District" opens a judge's or a prosecutor's title; a county stays a place.
        let found = tag("U.S. District Judge Cameron Currie threw out the indictments.");
        assert!(
            found.iter().all(|(t, _, _)| t != "U.S. District"),
            "{found:?}"
        );
        assert!(has(&found, "Cameron Currie", "PERSON"), "{found:?}");
        let found = tag("Manhattan District Attorney Alvin Bragg brought the case.");
        assert!(has(&found, "Manhattan", "GPE"), "{found:?}");
        let found = tag("He killed a Los Angeles County sheriff's deputy.");
        assert!(has(&found, "Los Angeles County", "GPE"), "{found:?}");
        // A person's name before a facility's lowercase word names the facility.
        let found = tag("One suspect was arrested at Charles de Gaulle airport on Saturday.");
        assert!(has(&found, "Charles de Gaulle", "LOC"), "{found:?}");
        let found = tag("Charles de Gaulle led France after the war.");
        assert!(has(&found, "Charles de Gaulle", "PERSON"), "{found:?}");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const PIECES: [&str; 24] = [
        "India",
        "Pakistan’s",
        "Minister",
        "Khawaja Asif",
        "(BLA)",
        "Balochistan",
        "Army",
        "April 22",
        "last month",
        "Thursday",
        "over 300",
        "killed",
        "the",
        "NEW DELHI",
        "Jammu and Kashmir",
        "Lt Gen",
        "Dr.",
        "—",
        "'s",
        "U.S.",
        "10-member",
        ".",
        "\n",
        "é\u{301}",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text: entities are ordered, disjoint, on char boundaries and inside the text.
        #[test]
        fn spans_are_valid(parts in prop::collection::vec(prop_oneof![
            prop::sample::select(&PIECES[..]).prop_map(str::to_string),
            any::<String>(),
        ], 0..30)) {
            let text = parts.join(" ");
            let mut prev = 0;
            for e in EntityTagger::default().tag(&text, None) {
                prop_assert!(prev <= e.start && e.start < e.end && e.end <= text.len());
                prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
                prop_assert!(!e.id.is_empty());
                prev = e.end;
            }
        }

        /// Dates read again against a reference give what tagging with it gives.
        #[test]
        fn redating_equals_tagging_with_the_date(parts in prop::collection::vec(prop_oneof![
            prop::sample::select(&PIECES[..]).prop_map(str::to_string),
            prop::sample::select(&DATED[..]).prop_map(str::to_string),
            any::<String>(),
        ], 0..30), day in 1u32..28, month in 1u32..12) {
            let text = parts.join(" ");
            let t = EntityTagger::default();
            let reference = Day::new(2025, month, day).unwrap();
            let mut a = t.analyze(&text, None);
            if a.reference.is_none() {
                t.redate(&text, &mut a, reference);
                let b = t.analyze(&text, Some(reference));
                prop_assert_eq!(&a.entities, &b.entities);
            }
        }
    }

    const DATED: [&str; 14] = [
        "on Friday",
        "last week",
        "yesterday",
        "on May 2",
        "in March",
        "next month",
        "two days ago",
        "the attack",
        "floods in Sylhet",
        "killed 9 people",
        "Operation Sindoor",
        "will meet on Monday",
        "this year",
        "Sept. 18",
    ];
}
