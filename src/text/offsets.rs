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

#[cfg(test)]
mod tests {
    use super::CharOffsets;

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
