//! What the words around a candidate break look like: abbreviations, initials,
//! openers and closers. Pure functions over short slices, so each decision is O(1).

use crate::knowledge::{abbreviations, sentence_openers, time_zones, AbbrevKind};

/// Suffixes of company names, which follow a name ending in "!" or "?" ("Yahoo! Inc.")
/// without starting a sentence.
const CORPORATE_SUFFIXES: [&str; 7] = ["Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Plc"];

/// Longest word (in bytes) examined as a possible abbreviation; longer ones are words.
pub(crate) const MAX_ABBREV_BYTES: usize = 32;

/// Marks that may follow a sentence's final stop and still belong to it.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '»' | '’' | '”' | '›' | '」' | '』' | '）' | '】' | '〕'
    )
}

/// Marks that may come before a sentence's first word.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '«'
            | '‘'
            | '“'
            | '‹'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '【'
    )
}

/// Terminal characters of scripts that write no space after a sentence.
pub(crate) fn is_fullwidth_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// What the word before a single period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// In the abbreviation table.
    Abbrev(AbbrevKind),
    /// Letters and periods such as "U.S", "Ph.D"; `time` for "a.m"/"p.m".
    MultiPeriod { time: bool },
    /// One letter: an initial ("E") or a lettered item or abbreviation ("p").
    Letter(char),
    /// Anything else: the period is an ordinary full stop.
    Word,
}

/// Classify the word before a single period (leading openers already stripped).
pub(crate) fn classify_before(core: &str) -> Before {
    if core.is_empty() || core.len() > MAX_ABBREV_BYTES {
        return Before::Word;
    }
    if let Some(kind) = abbreviations().get(core) {
        return Before::Abbrev(kind);
    }
    let mut chars = core.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_alphabetic() {
            Before::Letter(c)
        } else {
            Before::Word
        };
    }
    if is_multi_period(core) {
        let lower = core.to_ascii_lowercase();
        return Before::MultiPeriod {
            time: lower == "a.m" || lower == "p.m",
        };
    }
    Before::Word
}

/// "U.S", "U.S.A", "Ph.D", "e.g": short runs of letters joined by single periods.
/// Runs of two or more lowercase letters each are a domain name ("bbc.co.uk",
/// "cnn.com"), which a full stop may follow like any word.
fn is_multi_period(core: &str) -> bool {
    let mut parts = 0;
    let mut domain = true;
    for part in core.split('.') {
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        domain &= part.len() >= 2 && part.bytes().all(|b| b.is_ascii_lowercase());
        parts += 1;
    }
    parts >= 2 && !domain
}

/// Strip opening marks from the start of a word.
pub(crate) fn strip_openers(word: &str) -> &str {
    word.trim_start_matches(is_opener)
}

/// The word after a candidate break, as far as a decision needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Next<'a> {
    /// The first character after any opening marks.
    pub first: char,
    /// Whether the word starts with an opening mark.
    pub opened: bool,
    /// The word from its first letter, cut at [`MAX_ABBREV_BYTES`].
    pub word: &'a str,
}

impl<'a> Next<'a> {
    /// Read the word that starts at `text[pos..]` (pos is not whitespace).
    pub(crate) fn read(text: &'a str, pos: usize) -> Option<Next<'a>> {
        let rest = text.get(pos..)?;
        let body = rest.trim_start_matches(is_opener);
        let opened = body.len() != rest.len();
        let first = body.chars().next().or_else(|| rest.chars().next())?;
        let mut end = body.len().min(MAX_ABBREV_BYTES);
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let word = &body[..end];
        let word = word
            .find(crate::text::is_space)
            .map_or(word, |e| &word[..e]);
        Some(Next {
            first,
            opened,
            word,
        })
    }

    /// Starts like a new sentence: not with a lowercase letter.
    pub(crate) fn starts_sentence(&self) -> bool {
        !self.first.is_lowercase()
    }

    /// Starts with a capital or a digit.
    pub(crate) fn capital_or_digit(&self) -> bool {
        self.first.is_uppercase() || self.first.is_ascii_digit()
    }

    /// The word's leading letters ("I" of "I'm", "ET" of "ET.").
    pub(crate) fn letters(&self) -> &'a str {
        self.word
            .find(|c: char| !c.is_alphabetic())
            .map_or(self.word, |e| &self.word[..e])
    }

    /// A time zone written after a clock time ("5 p.m. ET", "9 a.m. GMT").
    pub(crate) fn is_time_zone(&self) -> bool {
        time_zones().contains(self.letters())
    }

    /// A weekday, which says when a clock time is ("5 p.m. Monday").
    pub(crate) fn is_weekday(&self) -> bool {
        let w = self.letters();
        crate::text::WEEKDAYS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    }

    /// A month, written out or in its usual short form ("Nov.", "Sept"), which a
    /// weekday's short form comes before in a date ("Tues. Nov. 5").
    pub(crate) fn is_month(&self) -> bool {
        let w = self.letters();
        w.eq_ignore_ascii_case("sept")
            || crate::text::MONTHS.iter().any(|m| {
                m.eq_ignore_ascii_case(w) || (w.len() == 3 && m[..3].eq_ignore_ascii_case(w))
            })
    }

    /// A corporate suffix after a name that ends in a mark ("Yahoo! Inc.").
    pub(crate) fn is_corporate_suffix(&self) -> bool {
        let w = self.word.trim_end_matches(['.', ',']);
        CORPORATE_SUFFIXES.contains(&w)
    }

    /// A capitalised word ("This", not "THIS", "X" or "iPhone"), as after a full stop
    /// typed without its space ("one.This").
    pub(crate) fn is_capitalised_word(&self) -> bool {
        let mut c = self.letters().chars();
        c.next().is_some_and(char::is_uppercase) && {
            let rest: Vec<char> = c.collect();
            !rest.is_empty() && rest.iter().all(|c| c.is_lowercase())
        }
    }

    /// A common sentence opener ("The", "It", "How", "I'm").
    pub(crate) fn is_opener_word(&self) -> bool {
        sentence_openers().contains(self.letters())
    }
}

/// Whether a full stop after `word` ends a sentence even before a lowercase word,
/// as in informal text ("call them at 5. they left"). Short words without a vowel
/// are more likely unlisted abbreviations ("sq.", "pts."), so they do not.
pub(crate) fn ends_informal_sentence(word: &str) -> bool {
    let letters = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let n = letters.chars().count();
    if n == 0 || n > MAX_ABBREV_BYTES || letters.contains(['.', '@', '/', '_', '-']) {
        return false;
    }
    let vowel = letters
        .chars()
        .any(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    let digits = letters.chars().all(|c| c.is_ascii_digit());
    (vowel && n >= 2 && letters.chars().all(char::is_alphabetic)) || digits
}

/// Length of an emoticon (":)", ":-(", ";P") at the start of `text`, ending at whitespace.
pub(crate) fn emoticon_len(text: &str) -> Option<usize> {
    let end = text.find(crate::text::is_space).unwrap_or(text.len());
    let word = &text[..end];
    let mut chars = word.chars();
    let eyes = chars.next()?;
    if !matches!(eyes, ':' | ';' | '=') || !(2..=4).contains(&word.len()) {
        return None;
    }
    let rest: String = chars
        .filter(|c| *c != '-' && *c != '\'' && *c != 'o')
        .collect();
    let mouth_ok = !rest.is_empty()
        && rest.chars().all(|c| {
            matches!(
                c,
                ')' | '(' | 'D' | 'P' | 'p' | '/' | '|' | ']' | '[' | 'O' | '*' | '3'
            )
        });
    mouth_ok.then_some(end)
}

/// Length of a bracketed citation such as "[17]" or "[12]–[15]" at the start of
/// `text` and ending at whitespace or the end: it belongs to the sentence before it.
pub(crate) fn citation_len(text: &str) -> Option<usize> {
    let mut consumed = 0;
    let mut rest = text;
    loop {
        let close = rest
            .strip_prefix('[')?
            .get(..MAX_ABBREV_BYTES.min(rest.len() - 1))?
            .find(']')?;
        let inner = &rest[1..1 + close];
        let digits = inner.bytes().any(|b| b.is_ascii_digit());
        if !digits
            || !inner
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '–' | ' '))
        {
            return None;
        }
        consumed += close + 2;
        rest = &rest[close + 2..];
        match rest.chars().next() {
            None => return Some(consumed),
            Some(c) if crate::text::is_space(c) => return Some(consumed),
            Some(c @ ('-' | '–' | ',')) if rest[c.len_utf8()..].starts_with('[') => {
                consumed += c.len_utf8();
                rest = &rest[c.len_utf8()..];
            }
            Some(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words_before_a_period() {
        assert_eq!(classify_before("Dr"), Before::Abbrev(AbbrevKind::Title));
        assert_eq!(classify_before("U.S"), Before::MultiPeriod { time: false });
        assert_eq!(classify_before("p.m"), Before::MultiPeriod { time: true });
        assert_eq!(classify_before("E"), Before::Letter('E'));
        assert_eq!(classify_before("house"), Before::Word);
        assert_eq!(classify_before("100.00"), Before::Word);
        assert_eq!(classify_before("example.com"), Before::Word);
        assert_eq!(classify_before("bbc.co.uk"), Before::Word);
        assert_eq!(classify_before("cnn.com"), Before::Word);
        assert_eq!(classify_before("Ph.D"), Before::MultiPeriod { time: false });
    }

    #[test]
    fn reads_next_word() {
        let n = Next::read("“The end", 0).unwrap();
        assert!(n.opened && n.first == 'T' && n.is_opener_word());
        let n = Next::read("Government in", 0).unwrap();
        assert!(!n.is_opener_word() && n.starts_sentence());
        assert!(!Next::read("and so", 0).unwrap().starts_sentence());
    }

    #[test]
    fn citations() {
        assert_eq!(citation_len("[17] Next"), Some(4));
        assert_eq!(citation_len("[12]–[15] x"), Some(11));
        assert_eq!(citation_len("[Am at"), None);
        assert_eq!(citation_len("[...]"), None);
    }

    #[test]
    fn emoticons() {
        assert_eq!(emoticon_len(":) x"), Some(2));
        assert_eq!(emoticon_len(":-( "), Some(3));
        assert_eq!(emoticon_len(":P"), Some(2));
        assert_eq!(emoticon_len(": x"), None);
        assert_eq!(emoticon_len(":30"), None);
    }

    #[test]
    fn informal_ends() {
        assert!(ends_informal_sentence("phone"));
        assert!(!ends_informal_sentence("303-832-8160"));
        assert!(!ends_informal_sentence("sq"));
        assert!(ends_informal_sentence("2024"));
    }
}
