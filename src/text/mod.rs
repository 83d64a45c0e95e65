//! Document text handling: whitespace and line classes, byte→character offsets,
//! and repair of text that arrived with lone UTF-16 surrogates.

mod offsets;
mod surrogates;

pub use offsets::{ByteOffsets, CharOffsets};
pub use surrogates::repair_surrogates;

/// Whether `c` separates sentences without belonging to any: Python's `str.isspace()`
/// set, plus the byte-order mark and the zero-width space, which carry no content.
///
/// ```
/// assert!(slant::text::is_space('\u{3000}'));
/// assert!(slant::text::is_space('\u{feff}'));
/// assert!(!slant::text::is_space('x'));
/// ```
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}' | '\u{feff}' | '\u{200b}')
}

/// Whether `c` ends a line (Python's `str.splitlines()` set).
///
/// ```
/// assert!(slant::text::is_line_break('\u{2029}'));
/// assert!(!slant::text::is_line_break(' '));
/// ```
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A span in both units: bytes for Rust slicing, characters for Python.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DualSpan {
    /// Byte offsets into the UTF-8 text.
    pub bytes: (usize, usize),
    /// Character offsets, as Python `str` indices.
    pub chars: (usize, usize),
}

/// Attach character offsets to ascending, non-overlapping byte spans of `text`.
///
/// ```
/// let text = "Ça va. Oui.";
/// let spans = slant::text::dual_spans(text, &[0..7, 8..12]);
/// assert_eq!(spans[1].chars, (7, 11));
/// ```
pub fn dual_spans(text: &str, spans: &[std::ops::Range<usize>]) -> Vec<DualSpan> {
    let mut conv = CharOffsets::new(text);
    spans
        .iter()
        .map(|r| {
            let cs = conv.to_char(r.start);
            let ce = conv.to_char(r.end);
            DualSpan {
                bytes: (r.start, r.end),
                chars: (cs, ce),
            }
        })
        .collect()
}

/// The days of the week, lowercased, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months, lowercased, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Decode the char that starts at byte `i` (which must be a char boundary).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Decode the char that ends at byte `i` (which must be a char boundary).
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Narrow `start..end` so it neither starts nor ends with whitespace; `None` when
/// nothing but whitespace is left.
///
/// ```
/// assert_eq!(slant::text::trim_span(" ab \n", 0, 5), Some((1, 3)));
/// assert_eq!(slant::text::trim_span("  ", 0, 2), None);
/// ```
pub fn trim_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = text.get(start..end)?;
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    if lead == piece.len() {
        return None;
    }
    let tail = piece.len() - piece.trim_end_matches(is_space).len();
    Some((start + lead, end - tail))
}

/// `word` in ASCII lowercase, written into `buf`; None when it is not ASCII or longer
/// than `buf` (the caller then lowercases it the general way). Lowercasing a word this
/// way allocates nothing.
///
/// ```
/// let mut buf = [0u8; 16];
/// assert_eq!(slant::text::ascii_lower("Monday", &mut buf), Some("monday"));
/// assert_eq!(slant::text::ascii_lower("Zürich", &mut buf), None);
/// ```
pub fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The words of a sentence lowercased into one buffer: one allocation for the
/// sentence instead of one per word (the entity layer lowercases every sentence).
///
/// ```
/// let l = slant::text::Lowered::new(&["The", "BBC", "said"]);
/// assert_eq!(l.words(), ["the", "bbc", "said"]);
/// ```
pub struct Lowered {
    buf: String,
    ends: Vec<usize>,
}

impl Lowered {
    /// Lowercase `words` (Unicode case folding, as `str::to_lowercase`).
    pub fn new(words: &[&str]) -> Lowered {
        let mut buf = String::with_capacity(words.iter().map(|w| w.len()).sum());
        let mut ends = Vec::with_capacity(words.len());
        for w in words {
            if !w.is_ascii() {
                buf.push_str(&w.to_lowercase());
            } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
                buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                buf.push_str(w);
            }
            ends.push(buf.len());
        }
        Lowered { buf, ends }
    }

    /// The lowercased words, in order.
    pub fn words(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let w = &self.buf[start..end];
                start = end;
                w
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_set_matches_python_isspace_plus_invisible_marks() {
        for c in [
            '\t', '\n', '\u{b}', '\u{c}', '\r', '\u{1c}', '\u{1f}', ' ', '\u{85}', '\u{a0}',
            '\u{2009}', '\u{3000}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['a', '.', '\u{0}', '\u{301}', '😀'] {
            assert!(!is_space(c), "{c:?}");
        }
    }

    #[test]
    fn trim_handles_unicode_spaces() {
        let t = "\u{3000}Hi.\u{a0}";
        let (s, e) = trim_span(t, 0, t.len()).unwrap();
        assert_eq!(&t[s..e], "Hi.");
    }
}
