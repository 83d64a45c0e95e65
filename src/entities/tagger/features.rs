//! Features of the statistical tagger: hashed strings describing a token and its context.
//!
//! Every feature is a 64-bit hash of (template, value). Hashing keeps extraction free
//! of allocation, and the model stores only the features that earned a weight.

use crate::tokens::Token;

pub use crate::learn::{feature, hash_bytes};

#[inline]
fn pair(a: u64, b: u64) -> u64 {
    feature(a, b.rotate_left(17))
}

/// Gazetteer evidence for a token, as bits: which kind of entry covers it and whether
/// it begins the match.
pub mod gaz {
    /// A country or territory name.
    pub const COUNTRY: u16 = 1;
    /// A city, region or other place.
    pub const PLACE: u16 = 1 << 1;
    /// An organisation.
    pub const ORG: u16 = 1 << 2;
    /// A demonym or country adjective.
    pub const NORP: u16 = 1 << 3;
    /// A given name.
    pub const GIVEN: u16 = 1 << 4;
    /// A title or role that precedes a name.
    pub const TITLE: u16 = 1 << 5;
    /// A frequent English word, capitalised ("Diplomatic", "Rift"), that no entry covers.
    pub const COMMON: u16 = 1 << 6;
    /// A frequent surname that no other entry explains ("Johnson", "Singh").
    pub const SURNAME: u16 = 1 << 7;
    /// The token begins a multi-word match.
    pub const BEGIN: u16 = 1 << 8;
    /// The token is inside (not first in) a multi-word match.
    pub const INSIDE: u16 = 1 << 9;
    /// All bits in use, for iteration.
    pub const ALL: [u16; 10] = [
        COUNTRY, PLACE, ORG, NORP, GIVEN, TITLE, COMMON, SURNAME, BEGIN, INSIDE,
    ];
}

/// Word facts computed once per token.
#[derive(Clone, Copy, Debug, Default)]
pub struct Word {
    /// Hash of the lowercased text.
    pub lower: u64,
    /// Hash of the exact text.
    pub raw: u64,
    /// Hash of the short shape ("Xx", "X.X.", "d,d").
    pub shape: u64,
    /// Hashes of the last 2, 3 and 4 characters (lowercased).
    pub suffix: [u64; 3],
    /// Hash of the first 3 characters (lowercased).
    pub prefix: u64,
    /// Starts with an uppercase letter.
    pub title: bool,
    /// Has letters, all uppercase.
    pub caps: bool,
    /// Gazetteer bits (see [`gaz`]).
    pub gaz: u16,
    /// Opens in lowercase and may not sit inside a name (see [`may_join`]): the
    /// tagger gives it no inside tag.
    pub breaks_name: bool,
}

/// FNV-1a hash of a word as [`Word::lower`] holds it.
fn lower_hash(word: &str) -> u64 {
    let mut h = Fnv::new();
    for c in word.chars() {
        fold(c, |f| h.char(f));
    }
    h.0
}

/// The words of word-list files as the hashes [`Word::lower`] holds, built once.
fn hashed<'a>(
    cell: &'a std::sync::OnceLock<crate::learn::FeatureMap<()>>,
    lists: &[&'static str],
) -> &'a crate::learn::FeatureMap<()> {
    cell.get_or_init(|| {
        lists
            .iter()
            .flat_map(|l| crate::knowledge::word_list(l))
            .map(|w| (lower_hash(w), ()))
            .collect()
    })
}

/// Whether a word that opens in lowercase may sit inside a name, by the hash of its
/// lowercased text: a connector or a particle of a personal name ("of", "and", "van",
/// "de"; `knowledge/entities/name_connectors.txt`, `name_particles.txt`).
fn may_join(lower: u64) -> bool {
    static SET: std::sync::OnceLock<crate::learn::FeatureMap<()>> = std::sync::OnceLock::new();
    let lists = [
        include_str!("../../../knowledge/entities/name_connectors.txt"),
        include_str!("../../../knowledge/entities/name_particles.txt"),
    ];
    hashed(&SET, &lists).contains_key(&lower)
}

/// Whether the text before a word's first hyphen is a particle of a surname
/// ("al-Saadani", "bin-Laden"; `knowledge/entities/particle_prefixes.txt`), by hash.
fn is_particle(prefix: u64) -> bool {
    static SET: std::sync::OnceLock<crate::learn::FeatureMap<()>> = std::sync::OnceLock::new();
    let list = include_str!("../../../knowledge/entities/particle_prefixes.txt");
    hashed(&SET, &[list]).contains_key(&prefix)
}

/// FNV-1a, fed one piece at a time.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    const fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    #[inline]
    fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A character as features see it: lowercased, curly quotes straight.
#[inline]
fn fold(c: char, mut put: impl FnMut(char)) {
    match c {
        '’' | '‘' => put('\''),
        '“' | '”' => put('"'),
        c if c.is_ascii() => put(c.to_ascii_lowercase()),
        c => c.to_lowercase().for_each(put),
    }
}

impl Word {
    /// Describe one token. Allocation-free: it runs for every token of every text.
    pub fn new(text: &str) -> Word {
        let mut lower = Fnv::new();
        let mut raw = Fnv::new();
        let mut shape = Fnv::new();
        let mut prefix = Fnv::new();
        let mut last_class = '\0';
        let (mut has_upper, mut has_lower, mut first_upper) = (false, false, false);
        let mut n_folded = 0usize;
        // The lowercased text before the first hyphen, and whether a capital follows it.
        let mut before_hyphen = Fnv::new();
        let (mut hyphen, mut capital_after_hyphen) = (false, false);
        let mut first_lower = false;
        for (i, c) in text.chars().enumerate() {
            raw.char(c);
            first_lower |= i == 0 && c.is_lowercase();
            if hyphen {
                capital_after_hyphen |= c.is_uppercase();
            } else if c == '-' {
                hyphen = true;
            } else {
                fold(c, |f| before_hyphen.char(f));
            }
            let class = if c.is_uppercase() {
                has_upper = true;
                first_upper |= i == 0;
                'X'
            } else if c.is_lowercase() {
                has_lower = true;
                'x'
            } else if c.is_numeric() {
                'd'
            } else if c.is_alphabetic() {
                'x'
            } else {
                c
            };
            if class != last_class {
                shape.char(class);
                last_class = class;
            }
            fold(c, |f| {
                lower.char(f);
                if n_folded < 3 {
                    prefix.char(f);
                }
                n_folded += 1;
            });
        }
        // Suffixes: the last 2, 3 and 4 folded characters (all of a shorter word).
        let mut tail = ['\0'; 4];
        let mut n_tail = 0;
        for c in text.chars().rev() {
            let mut stop = false;
            fold(c, |f| {
                if n_tail < 4 {
                    tail[3 - n_tail] = f;
                    n_tail += 1;
                } else {
                    stop = true;
                }
            });
            if stop || n_tail == 4 {
                break;
            }
        }
        let suffix = |k: usize| {
            let mut h = Fnv::new();
            let from = 4 - n_tail.min(k);
            for &c in &tail[from..] {
                h.char(c);
            }
            h.0
        };
        Word {
            lower: lower.0,
            raw: raw.0,
            shape: shape.0,
            suffix: [suffix(2), suffix(3), suffix(4)],
            prefix: prefix.0,
            title: first_upper,
            caps: has_upper && !has_lower,
            gaz: 0,
            breaks_name: first_lower
                && !may_join(lower.0)
                && !(capital_after_hyphen && is_particle(before_hyphen.0)),
        }
    }
}

/// What the tagger knows about the sentence around a token.
pub struct Context<'a> {
    /// Words of the sentence.
    pub words: &'a [Word],
    /// Most of the sentence's letters are uppercase (a wire headline).
    pub caps_line: bool,
    /// Most of the sentence's words are capitalised (a title-case headline).
    pub title_line: bool,
}

const BOS: u64 = 0x5354_4152_5453;
const EOS: u64 = 0x454e_4453_454e;

/// Static features of token `i` (no tag history), appended to `out`.
pub fn static_features(ctx: &Context<'_>, i: usize, out: &mut Vec<u64>) {
    let w = &ctx.words[i];
    let at = |k: isize| -> Option<&Word> {
        let j = i as isize + k;
        if j < 0 {
            None
        } else {
            ctx.words.get(j as usize)
        }
    };
    let lower = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |w| w.lower);
    let shape = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |w| w.shape);
    out.push(feature(0, 0));
    out.push(feature(1, w.lower));
    out.push(feature(2, w.raw));
    out.push(feature(3, w.shape));
    out.push(feature(4, w.suffix[0]));
    out.push(feature(5, w.suffix[1]));
    out.push(feature(6, w.suffix[2]));
    out.push(feature(7, w.prefix));
    out.push(feature(8, lower(-1)));
    out.push(feature(9, lower(1)));
    out.push(feature(10, lower(-2)));
    out.push(feature(11, lower(2)));
    out.push(feature(12, pair(shape(-1), w.shape)));
    out.push(feature(13, pair(w.shape, shape(1))));
    out.push(feature(14, pair(pair(shape(-1), w.shape), shape(1))));
    out.push(feature(15, pair(lower(-1), w.lower)));
    out.push(feature(16, pair(w.lower, lower(1))));
    let line = u64::from(ctx.caps_line) | (u64::from(ctx.title_line) << 1) | ((i == 0) as u64) << 2;
    out.push(feature(17, pair(line, w.shape)));
    out.push(feature(18, pair(line, w.lower)));
    if let Some(p) = at(-1) {
        out.push(feature(19, pair(p.lower, w.shape)));
    }
    if let Some(n) = at(1) {
        out.push(feature(20, pair(w.shape, n.lower)));
    }
    for (k, tpl) in [(0isize, 21u64), (-1, 22), (1, 23)] {
        let bits = at(k).map_or(0, |w| w.gaz);
        if bits != 0 {
            for b in gaz::ALL {
                if bits & b != 0 && b < gaz::BEGIN {
                    let pos = bits & (gaz::BEGIN | gaz::INSIDE);
                    out.push(feature(tpl, u64::from(b | pos)));
                    out.push(feature(tpl + 10, pair(u64::from(b), w.shape)));
                }
            }
        }
    }
}

/// Features of token `i` that depend on the tags already chosen to its left, and on
/// what the document said earlier about the same word.
pub fn history_features(
    ctx: &Context<'_>,
    i: usize,
    prev: u8,
    prev2: u8,
    memory: Option<u8>,
    out: &mut Vec<u64>,
) {
    let w = &ctx.words[i];
    out.push(feature(40, u64::from(prev)));
    out.push(feature(41, (u64::from(prev2) << 8) | u64::from(prev)));
    out.push(feature(42, pair(u64::from(prev), w.lower)));
    out.push(feature(43, pair(u64::from(prev), w.shape)));
    if let Some(m) = memory {
        out.push(feature(44, u64::from(m)));
        out.push(feature(45, pair(u64::from(m), w.shape)));
    }
}

/// Decide the line-level flags of a sentence from its tokens.
pub fn line_flags(text: &str, tokens: &[Token], words: &[Word]) -> (bool, bool) {
    let mut letters_upper = 0usize;
    let mut letters = 0usize;
    let mut alpha_words = 0usize;
    let mut title_words = 0usize;
    for (t, w) in tokens.iter().zip(words) {
        let s = t.text(text);
        let first = s.chars().next().unwrap_or(' ');
        if first.is_alphabetic() {
            alpha_words += 1;
            if w.title {
                title_words += 1;
            }
        }
        for c in s.chars() {
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    letters_upper += 1;
                }
            }
        }
    }
    let caps = letters >= 4 && letters_upper * 10 >= letters * 8;
    let title = !caps && alpha_words >= 4 && title_words * 10 >= alpha_words * 7;
    (caps, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_connectors_and_particle_surnames_open_in_lowercase_inside_a_name() {
        for w in ["met", "told", "in", "on", "ministry"] {
            assert!(Word::new(w).breaks_name, "{w}");
        }
        for w in [
            "of",
            "and",
            "van",
            "de",
            "al-Saadani",
            "bin-Laden",
            "Moscow",
            "2-1",
        ] {
            assert!(!Word::new(w).breaks_name, "{w}");
        }
    }
}
