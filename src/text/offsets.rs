//! Byte offsets (Rust) to character offsets (Python `str` indices).

/// Converts ascending byte offsets of one text into character offsets in one pass.
///
/// ASCII text needs no counting at all; otherwise each call counts only the bytes
/// between the previous offset and this one, so a whole document costs one scan.
///
/// ```
/// let text = "é. Ok.";
/// let mut conv = slant::text::CharOffsets::new(text);
/// assert_eq!(conv.to_char(0), 0);
/// assert_eq!(conv.to_char(3), 2); // "é" is two bytes, one character
/// assert_eq!(conv.to_char(text.len()), 6);
/// ```
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    ascii: bool,
    last_byte: usize,
    last_char: usize,
}

impl<'a> CharOffsets<'a> {
    /// Prepare a converter for `text`.
    pub fn new(text: &'a str) -> Self {
        CharOffsets {
            bytes: text.as_bytes(),
            ascii: text.is_ascii(),
            last_byte: 0,
            last_char: 0,
        }
    }

    /// Character offset of byte offset `byte`. Offsets should come in ascending
    /// order; a smaller one restarts the count from the beginning (still correct).
    pub fn to_char(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        if byte < self.last_byte {
            self.last_byte = 0;
            self.last_char = 0;
        }
        let continuation = self.bytes[self.last_byte..byte]
            .iter()
            .filter(|&&b| (b & 0xC0) == 0x80)
            .count();
        self.last_char += (byte - self.last_byte) - continuation;
        self.last_byte = byte;
        self.last_char
    }
}

/// Byte offset of each character offset of one text (Python indices in, Rust out).
///
/// ```
/// let text = "é. Ok.";
/// let bytes = slant::text::ByteOffsets::new(text);
/// assert_eq!(bytes.to_byte(2), Some(3));
/// assert_eq!(bytes.to_byte(6), Some(text.len()));
/// assert_eq!(bytes.to_byte(7), None);
/// ```
pub struct ByteOffsets {
    /// Byte start of each character and the text's length; empty for ASCII text.
    starts: Vec<usize>,
    len: usize,
}

impl ByteOffsets {
    /// Index `text` (nothing to do when it is ASCII).
    pub fn new(text: &str) -> Self {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect()
        };
        ByteOffsets {
            starts,
            len: text.len(),
        }
    }

    /// Byte offset of character offset `ch`, or None past the end.
    pub fn to_byte(&self, ch: usize) -> Option<usize> {
        if self.starts.is_empty() {
            (ch <= self.len).then_some(ch)
        } else {
            self.starts.get(ch).copied()
        }
    }

    /// Number of characters.
    pub fn chars(&self) -> usize {
        if self.starts.is_empty() {
            self.len
        } else {
            self.starts.len() - 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn byte_offsets_invert_char_offsets() {
        let text = "a😀b é 中文 x\u{301}";
        let bytes = super::ByteOffsets::new(text);
        let mut chars = CharOffsets::new(text);
        for (b, _) in text.char_indices() {
            assert_eq!(bytes.to_byte(chars.to_char(b)), Some(b));
        }
        assert_eq!(bytes.chars(), text.chars().count());
    }

    #[test]
    fn matches_char_indices_on_mixed_scripts() {
        let text = "a😀b é 中文 x\u{301}";
        let mut conv = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(conv.to_char(bi), ci);
        }
        assert_eq!(conv.to_char(text.len()), text.chars().count());
    }

    #[test]
    fn going_backwards_restarts() {
        let text = "éé";
        let mut conv = CharOffsets::new(text);
        assert_eq!(conv.to_char(4), 2);
        assert_eq!(conv.to_char(2), 1);
    }
}
