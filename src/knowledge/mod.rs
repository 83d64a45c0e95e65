//! Embedded knowledge, parsed once on first use.
//!
//! The files live in `knowledge/` at the repository root, are versioned with the code
//! and compiled into the library with `include_str!`, so a wheel needs no data files.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the tables are small and their keys short, so a cheap hash beats SipHash,
/// and the keys are fixed data, not attacker-chosen.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map or set keyed by short strings.
pub type FastBuild = BuildHasherDefault<Fnv>;

/// How an abbreviation behaves before a possible sentence break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Stands before a name or noun: never ends a sentence ("Dr.", "Lt.").
    Title,
    /// Stands before a number: no break when a digit follows ("p. 55", "No. 5").
    Number,
    /// Often ends a sentence: break only before a common sentence opener ("& Co.").
    Ambiguous,
    /// Used inside a sentence only ("e.g.", "vs.").
    Inner,
    /// A unit of measure ("km.", "lbs.", "in."): an abbreviation only after a number,
    /// and then no name follows it, so a capitalised word starts a new sentence
    /// ("The race is 42 km. Runners start at dawn."); elsewhere an ordinary word
    /// ("They came in. Residents fled.").
    Measure,
    /// Closes a list or a date without a day ("etc.", "Nov."): a capitalised word
    /// after it starts a new sentence, a lowercase word or a number does not
    /// ("They sell pears, etc. Prices vary.", "on Nov. 5").
    Closing,
}

/// The abbreviation table of the sentence splitter.
pub struct Abbreviations {
    folded: HashMap<String, AbbrevKind, FastBuild>,
    exact: HashMap<String, AbbrevKind, FastBuild>,
}

impl Abbreviations {
    /// Parse the TSV format of `knowledge/segment/abbreviations.tsv`.
    ///
    /// ```
    /// use slant::knowledge::{Abbreviations, AbbrevKind};
    /// let t = Abbreviations::parse("Dr\ttitle\nPa\tambiguous!\n").unwrap();
    /// assert_eq!(t.get("dr"), Some(AbbrevKind::Title));
    /// assert_eq!(t.get("Pa"), Some(AbbrevKind::Ambiguous));
    /// assert_eq!(t.get("pa"), None);
    /// ```
    pub fn parse(tsv: &str) -> Result<Self, String> {
        let mut folded = HashMap::default();
        let mut exact = HashMap::default();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, kind) = line
                .split_once('\t')
                .ok_or_else(|| format!("abbreviations line {}: expected word<TAB>kind", n + 1))?;
            let (kind, strict) = match kind.strip_suffix('!') {
                Some(k) => (k, true),
                None => (kind, false),
            };
            let kind = match kind {
                "title" => AbbrevKind::Title,
                "number" => AbbrevKind::Number,
                "ambiguous" => AbbrevKind::Ambiguous,
                "inner" => AbbrevKind::Inner,
                "measure" => AbbrevKind::Measure,
                "closing" => AbbrevKind::Closing,
                other => {
                    return Err(format!(
                        "abbreviations line {}: unknown kind {other:?}",
                        n + 1
                    ))
                }
            };
            if strict {
                exact.insert(word.to_string(), kind);
            } else {
                folded.insert(word.to_lowercase(), kind);
            }
        }
        Ok(Abbreviations { folded, exact })
    }

    /// The kind of `word` (written without its final period), if it is an abbreviation.
    pub fn get(&self, word: &str) -> Option<AbbrevKind> {
        if let Some(k) = self.exact.get(word) {
            return Some(*k);
        }
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            return self.folded.get(word).copied();
        }
        // Lowercase short ASCII words on the stack: this runs before every period.
        let mut buf = [0u8; 32];
        if word.len() <= buf.len() {
            let low = &mut buf[..word.len()];
            low.copy_from_slice(word.as_bytes());
            low.make_ascii_lowercase();
            if let Ok(low) = std::str::from_utf8(low) {
                if word.is_ascii() {
                    return self.folded.get(low).copied();
                }
            }
        }
        self.folded.get(&word.to_lowercase()).copied()
    }
}

/// The embedded abbreviation table.
///
/// ```
/// use slant::knowledge::{abbreviations, AbbrevKind};
/// assert_eq!(abbreviations().get("Gen"), Some(AbbrevKind::Title));
/// ```
pub fn abbreviations() -> &'static Abbreviations {
    static TABLE: OnceLock<Abbreviations> = OnceLock::new();
    TABLE.get_or_init(|| {
        Abbreviations::parse(include_str!("../../knowledge/segment/abbreviations.tsv"))
            .expect("embedded abbreviations.tsv is valid (checked by a unit test)")
    })
}

/// Time-zone abbreviations written after a clock time ("ET", "GMT").
///
/// ```
/// assert!(slant::knowledge::time_zones().contains("GMT"));
/// ```
pub fn time_zones() -> &'static HashSet<&'static str, FastBuild> {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../knowledge/segment/time_zones.txt")))
}

/// Verbs of saying that, lowercase after a question or exclamation, continue its
/// sentence ("Why not? he asked.").
///
/// ```
/// assert!(slant::knowledge::speech_verbs().contains("asked"));
/// ```
pub fn speech_verbs() -> &'static HashSet<&'static str, FastBuild> {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../knowledge/segment/speech_verbs.txt")))
}

/// Irregular English verb forms and their base ("broke" -> "break"; lowercase), from
/// `knowledge/incidents/irregular_verbs.tsv`.
///
/// ```
/// assert_eq!(slant::knowledge::irregular_verbs().get("struck"), Some(&"strike"));
/// ```
pub fn irregular_verbs() -> &'static HashMap<&'static str, &'static str, FastBuild> {
    static MAP: OnceLock<HashMap<&'static str, &'static str, FastBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../../knowledge/incidents/irregular_verbs.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(form, base)| (form.trim(), base.trim()))
            .collect()
    })
}

/// Words that commonly open a sentence ("The", "It", "However", ...).
///
/// ```
/// assert!(slant::knowledge::sentence_openers().contains("However"));
/// assert!(!slant::knowledge::sentence_openers().contains("Government"));
/// ```
pub fn sentence_openers() -> &'static HashSet<&'static str, FastBuild> {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../knowledge/segment/sentence_openers.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// The entries of an embedded word-list file (see [`word_list`]), read once on first
/// use: `word_set!(include_str!("../../knowledge/entities/name_breaks.txt"))`.
macro_rules! word_set {
    ($text:expr) => {{
        static SET: std::sync::OnceLock<
            std::collections::HashSet<&'static str, $crate::knowledge::FastBuild>,
        > = std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::knowledge::word_list($text))
    }};
}
pub(crate) use word_set;

/// The entries of a word-list file: one per line, `#` comments and blank lines skipped.
pub fn word_list(text: &'static str) -> HashSet<&'static str, FastBuild> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The entries of a word-list file, lowercased (names are listed as written).
fn lowercased(text: &'static str) -> HashSet<String, FastBuild> {
    word_list(text).into_iter().map(str::to_lowercase).collect()
}

/// Titles, ranks and roles that stand before a name, lowercased ("minister", "gen").
///
/// ```
/// assert!(slant::knowledge::titles().contains("minister"));
/// ```
pub fn titles() -> &'static HashSet<&'static str, FastBuild> {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../knowledge/entities/titles.txt")))
}

/// Words before a place's name that name a part of it ("Northeast Philadelphia",
/// "Southern California"), lowercase (`knowledge/entities/place_parts.txt`).
///
/// ```
/// assert!(slant::knowledge::place_parts().contains("southern"));
/// assert!(!slant::knowledge::place_parts().contains("new"));
/// ```
pub fn place_parts() -> &'static HashSet<&'static str, FastBuild> {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../knowledge/entities/place_parts.txt")))
}

/// Frequent English words that are not names when capitalised alone, lowercased,
/// with their frequency rank (0 = most frequent).
///
/// ```
/// let common = slant::knowledge::common_words();
/// assert!(common["such"] < common["diplomatic"]);
/// assert!(!common.contains_key("india"));
/// ```
pub fn common_words() -> &'static HashMap<&'static str, u32, FastBuild> {
    static MAP: OnceLock<HashMap<&'static str, u32, FastBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../../knowledge/entities/common_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .enumerate()
            .map(|(i, w)| (w, i as u32))
            .collect()
    })
}

/// Whether `short` is a usual short form of the given name `full` ("Joe" of
/// "Joseph", "Chuck" of "Charles"), ignoring case; from
/// `knowledge/entities/nicknames.tsv`.
///
/// ```
/// assert!(slant::knowledge::is_nickname_of("Joe", "Joseph"));
/// assert!(slant::knowledge::is_nickname_of("bill", "WILLIAM"));
/// assert!(!slant::knowledge::is_nickname_of("Joseph", "Joe"));
/// ```
pub fn is_nickname_of(short: &str, full: &str) -> bool {
    // Short form (lowercase) -> the given names it stands for (lowercase).
    static MAP: OnceLock<HashMap<String, Vec<String>, FastBuild>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: HashMap<String, Vec<String>, FastBuild> = HashMap::default();
        for line in include_str!("../../knowledge/entities/nicknames.tsv").lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((given, shorts)) = line.split_once('\t') {
                for s in shorts.split('|') {
                    map.entry(s.trim().to_lowercase())
                        .or_default()
                        .push(given.trim().to_lowercase());
                }
            }
        }
        map
    });
    // Lowercase into a small buffer: this runs for every pair of name parts compared.
    let mut buf = [0u8; 16];
    if !short.is_ascii() || short.len() > buf.len() {
        return false;
    }
    for (b, c) in buf.iter_mut().zip(short.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let Ok(key) = std::str::from_utf8(&buf[..short.len()]) else {
        return false;
    };
    map.get(key)
        .is_some_and(|fulls| fulls.iter().any(|f| f.eq_ignore_ascii_case(full)))
}

/// Frequent words that recent news writes capitalised far more often than not:
/// names there ("trump", "bush", "pence"), lowercased. Built by
/// `scripts/build_knowledge.py` from the casing of NewsMTSC and ECB+ train.
///
/// ```
/// assert!(slant::knowledge::news_names().contains("trump"));
/// assert!(!slant::knowledge::news_names().contains("price"));
/// ```
pub fn news_names() -> &'static HashSet<String, FastBuild> {
    static SET: OnceLock<HashSet<String, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| lowercased(include_str!("../../knowledge/entities/news_names.txt")))
}

/// Given names (and family names written first), lowercased.
///
/// ```
/// assert!(slant::knowledge::given_names().contains("narendra"));
/// assert!(slant::knowledge::given_names().contains("james"));
/// ```
pub fn given_names() -> &'static HashSet<String, FastBuild> {
    static SET: OnceLock<HashSet<String, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| lowercased(include_str!("../../knowledge/entities/given_names.txt")))
}

/// Frequent surnames (the 1990 US Census's most frequent), lowercased.
///
/// ```
/// assert!(slant::knowledge::surnames().contains("singh"));
/// assert!(!slant::knowledge::surnames().contains("minister"));
/// ```
pub fn surnames() -> &'static HashSet<String, FastBuild> {
    static SET: OnceLock<HashSet<String, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| lowercased(include_str!("../../knowledge/entities/surnames.txt")))
}

/// Honorifics that stay in a person's name ("Khawaja", "Syed", "Chaudhry"), with their
/// spellings and short forms ("Kh"), lowercased, each mapped to the honorific as listed.
///
/// ```
/// let h = slant::knowledge::honorifics();
/// assert_eq!(h.get("kh"), Some(&"Khawaja"));
/// assert_eq!(h.get("syed"), Some(&"Syed"));
/// assert!(!h.contains_key("minister"));
/// ```
pub fn honorifics() -> &'static HashMap<String, &'static str, FastBuild> {
    static MAP: OnceLock<HashMap<String, &'static str, FastBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::default();
        for line in include_str!("../../knowledge/entities/honorifics.tsv").lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, forms) = line.split_once('\t').unwrap_or((line, ""));
            let name = name.trim();
            for form in std::iter::once(name).chain(forms.split(',')) {
                let form = form.trim();
                if !form.is_empty() {
                    map.insert(form.to_lowercase(), name);
                }
            }
        }
        map
    })
}

/// Classes of head words (see `knowledge/entities/heads.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Head {
    /// Last word of an organisation's name.
    Org = 1,
    /// Last word of a natural place's name.
    Loc = 2,
    /// Last word of a named event.
    Event = 4,
    /// Word after a place that makes it the place of something.
    EventNoun = 8,
    /// Last word of a span naming office holders.
    Role = 16,
    /// Word after "X's" that makes X a country.
    State = 32,
    /// Last word of a built place's name ("Betty Ford Center", "Muan Airport").
    Facility = 64,
    /// Last word of a division of a state's name ("Hualien County", "Sichuan
    /// Province"): no person is so named.
    Division = 128,
    /// Word after a place that makes it the place of a natural disaster ("the
    /// Jajarkot earthquake"): no body has one.
    Disaster = 256,
    /// Last word of a newspaper's name after its city ("Boston Herald"): the word
    /// alone names that paper.
    Paper = 512,
}

/// Head words with their classes as bits of [`Head`].
pub fn heads() -> &'static HashMap<&'static str, u16, FastBuild> {
    static MAP: OnceLock<HashMap<&'static str, u16, FastBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<&'static str, u16, FastBuild> = HashMap::default();
        for line in include_str!("../../knowledge/entities/heads.tsv").lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, class) = line.split_once('\t').unwrap_or((line, ""));
            let bit = match class.trim() {
                "org" => Head::Org,
                "loc" => Head::Loc,
                "event" => Head::Event,
                "event-noun" => Head::EventNoun,
                "role" => Head::Role,
                "state" => Head::State,
                "facility" => Head::Facility,
                "division" => Head::Division,
                "disaster" => Head::Disaster,
                "paper" => Head::Paper,
                other => panic!("heads.tsv: unknown class {other:?} (checked by a unit test)"),
            };
            *map.entry(word.trim()).or_default() |= bit as u16;
        }
        map
    })
}

/// Whether `word` (lowercase) is a head word of `class`.
///
/// ```
/// use slant::knowledge::{has_head, Head};
/// assert!(has_head("army", Head::Org));
/// assert!(has_head("attack", Head::EventNoun));
/// assert!(!has_head("army", Head::Loc));
/// ```
pub fn has_head(word: &str, class: Head) -> bool {
    heads().get(word).is_some_and(|b| b & class as u16 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_parse() {
        let text = include_str!("../../knowledge/segment/abbreviations.tsv");
        assert!(Abbreviations::parse(text).is_ok());
        assert!(sentence_openers().len() > 100);
        assert!(heads().len() > 100);
    }

    /// A short form of an honorific is written with a period ("Kh. Asif"): the splitter
    /// must know it as a title, or it would end a sentence there.
    #[test]
    fn honorific_short_forms_are_titles_to_the_splitter() {
        for (form, name) in honorifics() {
            let short = form.len() < name.len() && name.to_lowercase().starts_with(form.as_str());
            if short {
                let mut written: String = form[..1].to_uppercase();
                written.push_str(&form[1..]);
                assert_eq!(
                    abbreviations().get(&written),
                    Some(AbbrevKind::Title),
                    "{written} (short for {name})"
                );
            }
        }
    }

    #[test]
    fn bad_kind_names_the_line() {
        let err = Abbreviations::parse("Dr\ttitle\nX\tnonsense\n")
            .err()
            .unwrap();
        assert!(err.contains("line 2"), "{err}");
    }
}
