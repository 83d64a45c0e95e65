//! Text that Python holds with lone surrogates (which UTF-8 cannot carry).

/// Turn the bytes of `str.encode("utf-8", "surrogatepass")` into valid UTF-8 in
/// which each lone surrogate reads as one U+FFFD.
///
/// A surrogate encodes to three bytes (`ED A0..BF xx`) and U+FFFD is also three
/// bytes, so byte offsets and character counts both stay aligned with the Python
/// string: one surrogate, one character, one replacement. Any other invalid byte
/// becomes U+FFFD through the lossy decoder.
///
/// ```
/// let bytes = vec![b'a', 0xED, 0xA0, 0x80, b'b'];
/// assert_eq!(slant::text::repair_surrogates(bytes), "a\u{fffd}b");
/// ```
pub fn repair_surrogates(mut bytes: Vec<u8>) -> String {
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i] == 0xED
            && (0xA0..=0xBF).contains(&bytes[i + 1])
            && (bytes[i + 2] & 0xC0) == 0x80
        {
            bytes[i..i + 3].copy_from_slice("\u{fffd}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::repair_surrogates;

    #[test]
    fn each_surrogate_becomes_one_replacement_char() {
        // "x" + U+D800 + U+DFFF + "y" as Python's surrogatepass encodes it
        let bytes = vec![b'x', 0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF, b'y'];
        let s = repair_surrogates(bytes);
        assert_eq!(s.chars().count(), 4);
        assert_eq!(s.len(), 8);
    }

    #[test]
    fn valid_text_is_untouched() {
        assert_eq!(
            repair_surrogates("héllo 中".as_bytes().to_vec()),
            "héllo 中"
        );
    }
}
