//! The gazetteer: known names (countries, places, peoples, organisations) with stable
//! ids, canonical names, labels and a parent hierarchy, matched against token sequences.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::tagger::features::gaz;
use super::tagger::model::FeatureMap;
use super::Label;
use crate::knowledge::FastBuild;
use crate::tokens::{tokenize, Token};

/// One known entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id ("iso:IN", "geonames:1797929", "org:sco").
    pub id: String,
    /// Entity label.
    pub label: Label,
    /// The name slant reports.
    pub canonical: String,
    /// The enclosing entry (city → region → country → continent), if any.
    pub parent: Option<String>,
    /// The country a capital or seat of power stands for ("New Delhi said").
    pub refers: Option<String>,
    /// Names it answers to (the canonical name among them when it owns it).
    pub aliases: Vec<String>,
}

/// A user's gazetteer record before validation: what a row of JSON, CSV or a
/// DataFrame holds.
#[derive(Clone, Debug, Default)]
pub struct Record {
    /// Label name ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"); case-insensitive.
    pub label: String,
    /// The name to report.
    pub canonical: String,
    /// Other names; the canonical name is always one.
    pub aliases: Vec<String>,
    /// Stable id; by default derived from the label and the canonical name.
    pub id: Option<String>,
    /// Id of the enclosing entry, which must exist.
    pub parent: Option<String>,
}

/// A record that failed validation: the field at fault and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// Field name ("label", "canonical", "aliases", "id", "parent").
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

impl Record {
    /// Validate into an entry.
    ///
    /// ```
    /// use slant::entities::gazetteer::Record;
    /// let r = Record { label: "org".into(), canonical: "Tamsin River Commission".into(),
    ///     aliases: vec!["TRC".into()], ..Default::default() };
    /// let e = r.into_entry().unwrap();
    /// assert_eq!(e.id, "user:org:tamsin-river-commission");
    /// assert_eq!(e.aliases, ["TRC", "Tamsin River Commission"]);
    /// let bad = Record { label: "ORGANISATION".into(), canonical: "X".into(), ..Default::default() };
    /// assert_eq!(bad.into_entry().unwrap_err().field, "label");
    /// ```
    pub fn into_entry(self) -> Result<Entry, RecordError> {
        let err = |field, message: String| Err(RecordError { field, message });
        let label = match Label::parse(&self.label.trim().to_uppercase()) {
            Some(l) if !matches!(l, Label::Date | Label::Cardinal) => l,
            _ => {
                return err(
                    "label",
                    format!(
                        "unknown label {:?}; expected one of PERSON, ORG, GPE, LOC, NORP, EVENT",
                        self.label
                    ),
                )
            }
        };
        let canonical = self.canonical.trim().to_string();
        if canonical.is_empty() {
            return err("canonical", "must be a non-empty name".into());
        }
        let mut aliases = Vec::with_capacity(self.aliases.len() + 1);
        for (k, a) in self.aliases.iter().enumerate() {
            let a = a.trim();
            if a.is_empty() {
                return err("aliases", format!("aliases[{k}] is empty"));
            }
            if !aliases.iter().any(|x: &String| x == a) {
                aliases.push(a.to_string());
            }
        }
        if !aliases.contains(&canonical) {
            aliases.push(canonical.clone());
        }
        let id = match self.id.map(|s| s.trim().to_string()) {
            Some(id) if id.is_empty() => return err("id", "must not be empty when given".into()),
            Some(id) => id,
            None => format!(
                "user:{}:{}",
                label.as_str().to_lowercase(),
                super::linking::slug(&canonical)
            ),
        };
        let parent = match self.parent.map(|s| s.trim().to_string()) {
            Some(p) if p.is_empty() => None,
            p => p,
        };
        Ok(Entry {
            id,
            label,
            canonical,
            parent,
            refers: None,
            aliases,
        })
    }
}

/// A compiled gazetteer: immutable, cheap to share between threads.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<String, u32, FastBuild>,
    exact: FeatureMap<u32>,
    upper: FeatureMap<u32>,
    starts: FeatureMap<u8>,
    upper_starts: FeatureMap<u8>,
    /// Entries with no alias of their own, by canonical name: places whose name went
    /// to a namesake in another country ("Georgia", the US state).
    namesakes: HashMap<String, Vec<u32>, FastBuild>,
    /// Other spellings of towns, to the id they spell (`place_spellings.tsv`): a name
    /// only where something else says a place is meant.
    spellings: HashMap<String, String, FastBuild>,
    /// Whether each entry is some entry's parent: a city that holds towns (a
    /// metropolis) rather than a town alone.
    holds: Vec<bool>,
}

/// A gazetteer match: tokens `start..end` of the slice searched name `entry`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// First token index.
    pub start: usize,
    /// One past the last token index.
    pub end: usize,
    /// Index of the entry in [`Gazetteer::entry`].
    pub entry: u32,
}

/// Hash of a token's text as aliases are keyed: curly apostrophes read as straight.
#[inline]
fn token_hash(h: u64, s: &str, upper: bool) -> u64 {
    let mut h = h;
    let mut put = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    if s.is_ascii() && !upper {
        s.bytes().for_each(&mut put);
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            let c = match c {
                '’' | '‘' => '\'',
                c => c,
            };
            if upper {
                for u in c.to_uppercase() {
                    u.encode_utf8(&mut buf).bytes().for_each(&mut put);
                }
            } else {
                c.encode_utf8(&mut buf).bytes().for_each(&mut put);
            }
        }
    }
    h
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const SPACE: u64 = 0x9e37_79b9;

fn next_key(h: u64, token: &str, upper: bool) -> u64 {
    token_hash(h.wrapping_mul(31) ^ SPACE, token, upper)
}

impl Gazetteer {
    /// Compile entries. Later entries take over aliases that earlier ones had, so user
    /// entries merged after the defaults win.
    ///
    /// ```
    /// use slant::entities::{gazetteer::{Entry, Gazetteer}, Label};
    /// let g = Gazetteer::new(vec![Entry { id: "org:sco".into(), label: Label::Org,
    ///     canonical: "Shanghai Cooperation Organisation".into(), parent: None, refers: None,
    ///     aliases: vec!["SCO".into()] }]);
    /// let text = "The SCO met.";
    /// let toks = slant::tokens::tokenize(text);
    /// let m = g.find(text, &toks, false);
    /// assert_eq!(g.entry(m[0].entry).canonical, "Shanghai Cooperation Organisation");
    /// ```
    pub fn new(entries: Vec<Entry>) -> Gazetteer {
        let mut g = Gazetteer {
            entries: Vec::with_capacity(entries.len()),
            by_id: HashMap::default(),
            exact: FeatureMap::default(),
            upper: FeatureMap::default(),
            starts: FeatureMap::default(),
            upper_starts: FeatureMap::default(),
            namesakes: HashMap::default(),
            spellings: HashMap::default(),
            holds: Vec::new(),
        };
        for e in entries {
            g.insert(e);
        }
        g.holds = vec![false; g.entries.len()];
        for e in &g.entries {
            if let Some(&p) = e.parent.as_ref().and_then(|p| g.by_id.get(p)) {
                g.holds[p as usize] = true;
            }
        }
        for (i, e) in g.entries.iter().enumerate() {
            if e.aliases.is_empty() {
                g.namesakes
                    .entry(e.canonical.clone())
                    .or_default()
                    .push(i as u32);
            }
        }
        g
    }

    /// Entries that go by `name` but own no alias: a document may mean one of them
    /// where its other places lie there ("Georgia" beside Atlanta is the US state).
    ///
    /// ```
    /// let g = slant::entities::gazetteer::embedded();
    /// let ids: Vec<&str> = g.namesakes("Georgia").map(|e| e.id.as_str()).collect();
    /// assert_eq!(ids, ["adm1:US:georgia"]);
    /// ```
    pub fn namesakes<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.namesakes
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i as usize])
    }

    /// The country (`iso:` entry) a place lies in, or the place itself if a country.
    pub fn country_of<'a>(&'a self, id: &'a str) -> Option<&'a str> {
        let mut cur = id;
        for _ in 0..16 {
            if cur.starts_with("iso:") {
                return Some(cur);
            }
            cur = self.get(cur)?.parent.as_deref()?;
        }
        None
    }

    fn insert(&mut self, e: Entry) {
        let idx = match self.by_id.get(&e.id) {
            Some(&i) => {
                self.entries[i as usize] = e.clone();
                i
            }
            None => {
                let i = self.entries.len() as u32;
                self.by_id.insert(e.id.clone(), i);
                self.entries.push(e.clone());
                i
            }
        };
        for alias in &e.aliases {
            let toks = tokenize(alias);
            if toks.is_empty() || toks.len() > 12 {
                continue;
            }
            let n = toks.len() as u8;
            let words: Vec<&str> = toks.iter().map(|t| t.text(alias)).collect();
            let key = words.iter().fold(SEED, |h, w| next_key(h, w, false));
            self.exact.insert(key, idx);
            let first = next_key(SEED, words[0], false);
            let m = self.starts.entry(first).or_insert(0);
            *m = (*m).max(n);
            // All-caps headlines ("BRUSSELS 1996-08-22") still name the place; acronyms
            // are already upper case and need no second key.
            if alias.chars().any(|c| c.is_lowercase()) {
                let key = words.iter().fold(SEED, |h, w| next_key(h, w, true));
                self.upper.insert(key, idx);
                let first = next_key(SEED, words[0], true);
                let m = self.upper_starts.entry(first).or_insert(0);
                *m = (*m).max(n);
            }
        }
    }

    /// A copy with `extra` merged over this gazetteer's entries.
    pub fn merged(&self, extra: Vec<Entry>) -> Gazetteer {
        let mut all = self.entries.clone();
        all.extend(extra);
        let mut g = Gazetteer::new(all);
        g.spellings = self.spellings.clone();
        g
    }

    /// The listed place a token sequence spells another way ("Larissa" for Lárisa,
    /// after GeoNames): for a name the tagger or its context already reads as a place,
    /// since such a spelling may also be a given name. `None` where the sequence
    /// names an entry itself, or spells none.
    ///
    /// ```
    /// let g = slant::entities::gazetteer::embedded();
    /// let text = "near the Greek city of Larissa";
    /// let toks = slant::tokens::tokenize(text);
    /// let e = g.place_spelling(text, &toks[5..6]).map(|e| g.entry(e));
    /// assert_eq!(e.map(|e| e.canonical.as_str()), Some("Lárisa"));
    /// ```
    pub fn place_spelling(&self, text: &str, tokens: &[Token]) -> Option<u32> {
        if tokens.is_empty() || tokens.len() > 4 || self.lookup(text, tokens).is_some() {
            return None;
        }
        let mut name = String::new();
        for (k, t) in tokens.iter().enumerate() {
            if k > 0 {
                name.push(' ');
            }
            name.push_str(t.text(text));
        }
        self.by_id.get(self.spellings.get(&name)?).copied()
    }

    /// Parse `knowledge/entities/place_spellings.tsv` (spelling, id), keeping the rows
    /// whose id this gazetteer holds.
    fn with_spellings(mut self, tsv: &str) -> Gazetteer {
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            if let Some((form, id)) = line.split_once('\t') {
                if self.by_id.contains_key(id) {
                    self.spellings.insert(form.to_string(), id.to_string());
                }
            }
        }
        self
    }

    /// Parse the TSV format of `knowledge/entities/gazetteer.tsv`.
    pub fn parse_tsv(tsv: &str) -> Result<Vec<Entry>, String> {
        let mut out = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 6 {
                return Err(format!(
                    "gazetteer line {}: expected 6 columns, found {}",
                    n + 1,
                    cols.len()
                ));
            }
            let label = Label::parse(cols[1])
                .ok_or_else(|| format!("gazetteer line {}: unknown label {:?}", n + 1, cols[1]))?;
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
            out.push(Entry {
                id: cols[0].to_string(),
                label,
                canonical: cols[2].to_string(),
                parent: opt(cols[3]),
                refers: opt(cols[4]),
                aliases: cols[5]
                    .split('|')
                    .filter(|a| !a.is_empty())
                    .map(str::to_string)
                    .collect(),
            });
        }
        Ok(out)
    }

    /// The entry at `index`.
    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i as usize])
    }

    /// All entries, in insertion order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether some entry lies in `id`: a country, a region or a metropolis with its
    /// towns, not a town alone.
    ///
    /// ```
    /// let g = slant::entities::gazetteer::embedded();
    /// assert!(g.holds_places("geonames:5368361")); // Los Angeles holds Santa Monica
    /// assert!(!g.holds_places("geonames:2646327")); // Hyde, Greater Manchester
    /// ```
    pub fn holds_places(&self, id: &str) -> bool {
        self.by_id
            .get(id)
            .is_some_and(|&i| self.holds.get(i as usize).copied().unwrap_or(false))
    }

    /// Whether `ancestor` is `id` or encloses it (following parents).
    pub fn within(&self, id: &str, ancestor: &str) -> bool {
        let mut cur = Some(id);
        for _ in 0..16 {
            match cur {
                Some(c) if c == ancestor => return true,
                Some(c) => cur = self.get(c).and_then(|e| e.parent.as_deref()),
                None => return false,
            }
        }
        false
    }

    /// The first-level division (or region) a place lies in, if its parents reach one.
    ///
    /// ```
    /// let g = slant::entities::gazetteer::embedded();
    /// let region = g.region("geonames:5012639"); // Troy, Michigan
    /// assert_eq!(region, g.region("geonames:4990729")); // Detroit
    /// assert!(region.is_some());
    /// ```
    pub fn region(&self, id: &str) -> Option<&str> {
        let mut cur = self.get(id)?;
        for _ in 0..16 {
            if cur.id.starts_with("adm1:") || cur.id.starts_with("region:") {
                return Some(&cur.id);
            }
            cur = self.get(cur.parent.as_deref()?)?;
        }
        None
    }

    /// The entry a whole token sequence names exactly, if any.
    pub fn lookup(&self, text: &str, tokens: &[Token]) -> Option<u32> {
        if tokens.is_empty() {
            return None;
        }
        let key = tokens
            .iter()
            .fold(SEED, |h, t| next_key(h, t.text(text), false));
        self.exact.get(&key).copied().or_else(|| {
            let caps = tokens
                .iter()
                .all(|t| !t.text(text).chars().any(char::is_lowercase));
            if !caps {
                return None;
            }
            let key = tokens
                .iter()
                .fold(SEED, |h, t| next_key(h, t.text(text), true));
            self.upper.get(&key).copied()
        })
    }

    /// Longest matches, left to right, without overlap. `caps_line` allows matching
    /// upper-cased names in all-caps text.
    pub fn find(&self, text: &str, tokens: &[Token], caps_line: bool) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(text, tokens, i, caps_line) {
                Some(m) => {
                    i = m.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    fn longest_at(&self, text: &str, tokens: &[Token], i: usize, caps_line: bool) -> Option<Match> {
        let first = tokens[i].text(text);
        let c0 = first.chars().next()?;
        // Names start with a capital, a digit ("G20") or an apostrophe-less symbol.
        if c0.is_lowercase() && !first.starts_with("al-") && !first.starts_with("al ") {
            return None;
        }
        let mut best = None;
        for upper in [false, true] {
            if upper && !caps_line {
                break;
            }
            let (starts, map) = if upper {
                (&self.upper_starts, &self.upper)
            } else {
                (&self.starts, &self.exact)
            };
            let Some(&max) = starts.get(&next_key(SEED, first, upper)) else {
                continue;
            };
            let mut h = SEED;
            for (k, t) in tokens[i..tokens.len().min(i + max as usize)]
                .iter()
                .enumerate()
            {
                h = next_key(h, t.text(text), upper);
                if let Some(&e) = map.get(&h) {
                    if best.is_none_or(|b: Match| b.end < i + k + 1) {
                        best = Some(Match {
                            start: i,
                            end: i + k + 1,
                            entry: e,
                        });
                    }
                }
            }
        }
        best
    }

    /// Find the names in a sentence and mark them on its words as tagger features.
    pub fn mark(
        &self,
        text: &str,
        tokens: &[Token],
        words: &mut [super::tagger::features::Word],
        caps_line: bool,
    ) -> Vec<Match> {
        let found = self.find(text, tokens, caps_line);
        for m in &found {
            let kind = kind_bits(&self.entries[m.entry as usize]);
            for (k, w) in words[m.start..m.end].iter_mut().enumerate() {
                let pos = if m.end - m.start == 1 {
                    0
                } else if k == 0 {
                    gaz::BEGIN
                } else {
                    gaz::INSIDE
                };
                w.gaz |= kind | pos;
            }
        }
        found
    }
}

/// The tagger's feature bit for an entry.
pub fn kind_bits(e: &Entry) -> u16 {
    if e.id.starts_with("iso:") {
        gaz::COUNTRY
    } else {
        match e.label {
            Label::Org => gaz::ORG,
            Label::Norp => gaz::NORP,
            Label::Gpe | Label::Loc => gaz::PLACE,
            Label::Person => gaz::GIVEN,
            _ => 0,
        }
    }
}

static GAZETTEER_TSV: &str = include_str!("../../knowledge/entities/gazetteer.tsv");
static SPELLINGS_TSV: &str = include_str!("../../knowledge/entities/place_spellings.tsv");

/// A user's records, validated (each into an [`Entry`]) and laid over the embedded
/// gazetteer (or over nothing, without `defaults`): what a user's `Gazetteer` holds.
/// An error names the record (its index) and what is wrong with it; a parent a record
/// names must be an id of the result.
///
/// ```
/// use slant::entities::gazetteer::{with_user, Record};
/// let trc = Record { label: "org".into(), canonical: "Tamsin River Commission".into(),
///     aliases: vec!["TRC".into()], ..Default::default() };
/// let g = with_user(vec![trc.clone()], true).unwrap();
/// assert!(g.get("iso:IN").is_some() && g.entries().iter().any(|e| e.canonical == "Tamsin River Commission"));
/// let orphan = Record { parent: Some("geonames:0".into()), ..trc };
/// let (i, e) = with_user(vec![orphan], false).unwrap_err();
/// assert_eq!((i, e.field), (0, "parent"));
/// ```
pub fn with_user(records: Vec<Record>, defaults: bool) -> Result<Gazetteer, (usize, RecordError)> {
    let mut user = Vec::with_capacity(records.len());
    for (i, r) in records.into_iter().enumerate() {
        user.push(r.into_entry().map_err(|e| (i, e))?);
    }
    let mut all = if defaults {
        embedded().entries().to_vec()
    } else {
        Vec::new()
    };
    all.extend(user.iter().cloned());
    let mut merged = Gazetteer::new(all);
    if defaults {
        merged.spellings = embedded().spellings.clone();
    }
    for (i, e) in user.iter().enumerate() {
        if let Some(p) = &e.parent {
            if merged.get(p).is_none() {
                return Err((
                    i,
                    RecordError {
                        field: "parent",
                        message: format!("unknown id {p:?}"),
                    },
                ));
            }
        }
    }
    Ok(merged)
}

/// The embedded gazetteer, compiled on first use and shared.
pub fn embedded() -> &'static Arc<Gazetteer> {
    static G: OnceLock<Arc<Gazetteer>> = OnceLock::new();
    G.get_or_init(|| {
        let entries = Gazetteer::parse_tsv(GAZETTEER_TSV).expect("embedded gazetteer parses");
        Arc::new(Gazetteer::new(entries).with_spellings(SPELLINGS_TSV))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        let g = embedded();
        let toks = tokenize(text);
        g.find(text, &toks, false)
            .iter()
            .map(|m| {
                let s = toks[m.start].start as usize;
                let e = toks[m.end - 1].end as usize;
                (text[s..e].to_string(), g.entry(m.entry).id.clone())
            })
            .collect()
    }

    #[test]
    fn countries_demonyms_orgs_places() {
        let found =
            names("Indian troops left Jammu and Kashmir for New Delhi, the U.S. and the SCO said.");
        let ids: Vec<&str> = found.iter().map(|(_, id)| id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "norp:IN",
                "region:indian-kashmir",
                "geonames:1261481",
                "iso:US",
                "org:sco"
            ]
        );
    }

    #[test]
    fn hierarchy() {
        let g = embedded();
        assert!(
            g.within("geonames:1797929", "iso:CN"),
            "Qingdao is in China"
        );
        assert!(g.within("region:indian-kashmir", "region:kashmir"));
        assert!(!g.within("iso:IN", "iso:PK"));
        // A town near a metropolis of its division is part of it (built from GeoNames
        // coordinates): Brooklyn of New York, and still of New York State.
        let (brooklyn, new_york) = ("geonames:5110302", "geonames:5128581");
        assert_eq!(g.get(brooklyn).unwrap().canonical, "Brooklyn");
        assert!(g.within(brooklyn, new_york) && g.within(brooklyn, "adm1:US:new-york"));
        assert!(!g.within(new_york, brooklyn));
        // Every parent is an entry: a capital whose division lost its name to it
        // still lies in its country.
        assert!(
            g.within("geonames:1871859", "iso:KP"),
            "Pyongyang is in North Korea"
        );
        let dangling: Vec<&str> = g
            .entries()
            .iter()
            .filter_map(|e| e.parent.as_deref())
            .filter(|p| g.get(p).is_none())
            .collect();
        assert!(
            dangling.is_empty(),
            "parents missing: {:?}",
            &dangling[..dangling.len().min(5)]
        );
        assert_eq!(
            g.get("geonames:1261481").unwrap().refers.as_deref(),
            Some("iso:IN")
        );
    }

    #[test]
    fn caps_lines_and_curly_quotes() {
        let g = embedded();
        let text = "BRUSSELS 1996-08-22";
        let toks = tokenize(text);
        assert_eq!(g.find(text, &toks, true).len(), 1);
        assert_eq!(g.find(text, &toks, false).len(), 0);
        assert_eq!(names("the People’s Republic of China")[0].1, "iso:CN");
    }
}
