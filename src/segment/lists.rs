//! Numbered, lettered and bulleted lists written inline ("1. First 2. Second").

/// Characters that open a bulleted item.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣'
            | '⁃'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '◾'
            | '▸'
            | '►'
            | '■'
            | '□'
            | '➢'
            | '✓'
            | '✔'
    )
}

/// The value of a list-marker token without its "." or ")": 1–3 digits, or one
/// ASCII letter. Letters count from 1 ("a" = 1) so that "a." then "b." is a sequence.
pub(crate) fn marker_value(token: &str) -> Option<(u32, bool)> {
    let b = token.as_bytes();
    if (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
        return token.parse().ok().map(|v| (v, false));
    }
    if b.len() == 1 && b[0].is_ascii_alphabetic() {
        return Some((u32::from(b[0].to_ascii_lowercase() - b'a') + 1, true));
    }
    roman_value(token).map(|v| (v, false))
}

/// The value of a Roman numeral of 2 to 5 letters in one case ("II", "iv", "XII"),
/// as section and list markers number them.
fn roman_value(token: &str) -> Option<u32> {
    let b = token.as_bytes();
    let one_case = b.iter().all(u8::is_ascii_uppercase) || b.iter().all(u8::is_ascii_lowercase);
    if !(2..=5).contains(&b.len()) || !one_case {
        return None;
    }
    let digit = |c: u8| match c.to_ascii_uppercase() {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let values: Vec<u32> = b.iter().map(|&c| digit(c)).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, v) in values.iter().enumerate() {
        match values.get(k + 1) {
            Some(next) if next > v => total -= *v as i64,
            _ => total += *v as i64,
        }
    }
    u32::try_from(total).ok().filter(|&t| t > 0)
}

/// The list being read on the current line, if any.
#[derive(Default, Clone, Copy)]
pub(crate) struct ListState {
    /// The marker value that would continue the list, and whether it is a letter.
    expected: Option<(u32, bool)>,
}

impl ListState {
    /// Whether a marker with `value` continues the list seen so far.
    pub(crate) fn continues(&self, value: (u32, bool)) -> bool {
        self.expected == Some(value)
    }

    /// Remember a marker, so the next value continues the list.
    pub(crate) fn accept(&mut self, value: (u32, bool)) {
        self.expected = Some((value.0.saturating_add(1), value.1));
    }

    /// Forget the list (a new line starts).
    pub(crate) fn reset(&mut self) {
        self.expected = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_values() {
        assert_eq!(marker_value("1"), Some((1, false)));
        assert_eq!(marker_value("10"), Some((10, false)));
        assert_eq!(marker_value("b"), Some((2, true)));
        assert_eq!(marker_value("1990"), None);
        assert_eq!(marker_value("ab"), None);
        assert_eq!(marker_value("II"), Some((2, false)));
        assert_eq!(marker_value("iv"), Some((4, false)));
        assert_eq!(marker_value("XII"), Some((12, false)));
        assert_eq!(marker_value("Vi"), None);
    }

    #[test]
    fn sequence_continues_only_with_next_value() {
        let mut st = ListState::default();
        st.accept((1, false));
        assert!(st.continues((2, false)));
        assert!(!st.continues((3, false)));
        assert!(!st.continues((2, true)));
        st.reset();
        assert!(!st.continues((2, false)));
    }
}
