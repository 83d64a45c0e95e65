//! Word tokens for tagging: whitespace-separated chunks with punctuation peeled off.
//!
//! The scheme follows the Penn/CoNLL habits that taggers are trained on: brackets,
//! quotes, commas and a sentence-final period are tokens of their own; the possessive
//! "'s" and the clitic "n't" split off; hyphenated words ("Indian-administered"),
//! numbers ("1,000.5"), abbreviations ("U.S.", "Dr.") and initials ("J.") stay whole.

use crate::knowledge::abbreviations;
use crate::text::is_space;

/// A token: a byte span of the text it was cut from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
}

/// Split `text[range]` into tokens, appending them to `out` with offsets into `text`.
///
/// ```
/// let text = "India's Defence Minister (Mr. Singh) said: \"Yes.\"";
/// let mut toks = Vec::new();
/// slant::tokens::tokenize_into(text, 0..text.len(), &mut toks);
/// let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["India", "'s", "Defence", "Minister", "(", "Mr.", "Singh", ")",
///                    "said", ":", "\"", "Yes", ".", "\""]);
/// ```
pub fn tokenize_into(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Token>) {
    let mut chunk_start: Option<usize> = None;
    for (i, c) in text[range.clone()].char_indices() {
        let i = i + range.start;
        if is_space(c) {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, s, i, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, s, range.end, out);
    }
}

/// Tokens of the whole text.
///
/// ```
/// let toks = slant::tokens::tokenize("U.S. troops left.");
/// assert_eq!(toks.len(), 4);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, 0..text.len(), &mut out);
    out
}

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '«' | '‹' | '`' | '„' | '¿' | '¡' | '*'
    )
}

fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»' | '›' | ',' | ';' | ':' | '!' | '?' | '*'
    )
}

/// Dashes that separate words even without spaces ("rifts—especially").
fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn split_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    // Dashes split a chunk into pieces first, each dash a token.
    let mut piece = start;
    for (i, c) in text[start..end].char_indices() {
        if is_dash(c) {
            let i = start + i;
            split_piece(text, piece, i, out);
            push(out, i, i + c.len_utf8());
            piece = i + c.len_utf8();
        }
    }
    split_piece(text, piece, end, out);
}

fn push(out: &mut Vec<Token>, s: usize, e: usize) {
    if s < e {
        out.push(Token {
            start: s as u32,
            end: e as u32,
        });
    }
}

fn split_piece(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    // Leading punctuation, one token each.
    while start < end {
        let c = text[start..end].chars().next().unwrap_or(' ');
        // An apostrophe before a digit is an elided year ("'90s"): keep it.
        if is_opening_punct(c) && !(c == '\'' || c == '’') {
            push(out, start, start + c.len_utf8());
            start += c.len_utf8();
        } else if (c == '\'' || c == '’') && end - start > c.len_utf8() {
            let next = text[start + c.len_utf8()..end]
                .chars()
                .next()
                .unwrap_or(' ');
            if next.is_ascii_digit() || next == 's' || next == 'S' {
                break;
            }
            push(out, start, start + c.len_utf8());
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected right to left.
    let mut tail: Vec<(usize, usize)> = Vec::new();
    while start < end {
        let word = &text[start..end];
        let c = word.chars().next_back().unwrap_or(' ');
        let cl = c.len_utf8();
        if c == '.' {
            if word.bytes().all(|b| b == b'.') {
                break;
            }
            if word.ends_with("...") && word.len() > 3 {
                let dots = word.len() - word.trim_end_matches('.').len();
                tail.push((end - dots, end));
                end -= dots;
                continue;
            }
            if keeps_period(word) {
                break;
            }
            tail.push((end - 1, end));
            end -= 1;
        } else if c == '…' {
            tail.push((end - cl, end));
            end -= cl;
        } else if is_closing_punct(c) && end - start > cl {
            // "Indians'" keeps a plural possessive apostrophe as its own token.
            tail.push((end - cl, end));
            end -= cl;
        } else {
            break;
        }
    }
    if start < end {
        split_clitics(text, start, end, out);
    }
    for &(s, e) in tail.iter().rev() {
        push(out, s, e);
    }
}

/// Whether a word ending in "." keeps its period: abbreviations, initials and
/// dotted forms ("U.S.", "a.m.").
fn keeps_period(word: &str) -> bool {
    let stem = &word[..word.len() - 1];
    if stem.is_empty() {
        return false;
    }
    if stem.contains('.') && !stem.ends_with('.') {
        return true;
    }
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    abbreviations().get(stem).is_some()
}

fn split_clitics(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    let lower_ends = |suffix: &str| {
        word.len() > suffix.len()
            && word.is_char_boundary(word.len() - suffix.len())
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    for suffix in [
        "'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ] {
        if lower_ends(suffix) {
            let cut = end - suffix.len();
            push(out, start, cut);
            push(out, cut, end);
            return;
        }
    }
    push(out, start, end);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn news_sentence() {
        assert_eq!(
            words("Pakistan’s Defence Minister Kh. Asif met Lt Gen Asim Malik in Qingdao, China."),
            [
                "Pakistan", "’s", "Defence", "Minister", "Kh.", "Asif", "met", "Lt", "Gen", "Asim",
                "Malik", "in", "Qingdao", ",", "China", "."
            ]
        );
    }

    #[test]
    fn dashes_hyphens_numbers() {
        assert_eq!(
            words("rifts—especially Indian-administered areas, 1,000.5 km ... ok"),
            [
                "rifts",
                "—",
                "especially",
                "Indian-administered",
                "areas",
                ",",
                "1,000.5",
                "km",
                "...",
                "ok"
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_keep_period() {
        assert_eq!(
            words("the U.S. and J. Smith."),
            ["the", "U.S.", "and", "J.", "Smith", "."]
        );
        assert_eq!(words("(SCO)"), ["(", "SCO", ")"]);
        assert_eq!(words("don't"), ["do", "n't"]);
        assert_eq!(words("'90s"), ["'90s"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "", " ", "'", "’", ".", "...", "“”", "—", "a—", "'s", "n't", "\u{301}.", "é.",
        ] {
            let toks = tokenize(t);
            for w in toks.windows(2) {
                assert!(w[0].end <= w[1].start);
            }
            for tok in &toks {
                assert!(tok.start < tok.end);
                assert!(t.is_char_boundary(tok.start as usize));
            }
        }
    }
}
