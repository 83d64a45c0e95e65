//! Quotations inside a sentence: a title or a quoted saying of two sentences that the
//! sentence goes on after ('He wrote "Hello. World." on the board', "The book, 'Go,
//! Dog. Go!', sold well") is part of that sentence, so the stops inside it are no
//! sentence ends. A quotation that opens a sentence, follows a colon, or is followed
//! by a new sentence keeps its stops.

/// How far after a cut the quotation must close (bytes): a saying, not a passage.
const MAX_REST: usize = 300;
/// How far before a cut the quotation must open (bytes). It also bounds the work per
/// cut, so that a text of many joined quotations stays linear.
const MAX_OPEN: usize = 1_000;

/// Whether `c` opens a quotation.
fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'')
}

/// Whether `close`, followed by `next`, closes a quotation opened by `open`. A
/// single mark before a letter is an apostrophe ("isn’t"); a double one closes
/// whatever follows (“um”s).
fn closes(open: char, close: char, next: Option<char>) -> bool {
    match open {
        '"' | '“' => close == '"' || close == '”',
        '‘' | '\'' => (close == '’' || close == '\'') && !next.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// The character at byte `k` of `s` and the characters either side of it.
fn around(s: &str, k: usize) -> Option<(Option<char>, char, Option<char>)> {
    let c = s.get(k..)?.chars().next()?;
    let prev = s.get(..k)?.chars().next_back();
    let next = s.get(k + c.len_utf8()..)?.chars().next();
    Some((prev, c, next))
}

/// The quotation open at a cut: the character of its opening mark, when one opens
/// among `marks` (byte offsets into `text` of possible quotation marks, between the
/// sentence's start and the cut) after a word or a comma of the same sentence, with a
/// space before it and a letter or digit after it, and no mark of its kind closes it
/// before the cut.
fn open_quotation(text: &str, from: usize, marks: &[usize]) -> Option<char> {
    let mut open: Option<char> = None;
    for &k in marks {
        let Some((prev, c, next)) = around(text, k) else {
            continue;
        };
        match open {
            Some(o) if closes(o, c, next) => open = None,
            None if is_opening(c)
                && prev.is_some_and(char::is_whitespace)
                && next.is_some_and(char::is_alphanumeric) =>
            {
                // The word before the space: a word or a comma, not a colon or nothing.
                let before = text.get(from..k).unwrap_or("").trim_end();
                if before
                    .chars()
                    .next_back()
                    .is_some_and(|l| l.is_alphanumeric() || l == ',')
                {
                    open = Some(c);
                }
            }
            _ => {}
        }
    }
    open
}

/// Whether the quotation opened by `open` closes at one of `marks` (the possible marks
/// after `cut`) within [`MAX_REST`] bytes of the cut and on its line, and the sentence
/// goes on after it: a comma or a semicolon, or a lowercase word.
fn goes_on_after(text: &str, cut: usize, open: char, marks: &[usize]) -> bool {
    let mut end = (cut + MAX_REST).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let Some(rest) = text.get(cut..end) else {
        return false;
    };
    let line = cut + memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
    for &k in marks.iter().take_while(|&&k| k < line) {
        let Some((_, c, next)) = around(text, k) else {
            continue;
        };
        if closes(open, c, next) {
            let after = text[k + c.len_utf8()..line].trim_start_matches(['.', '!', '?']);
            if after.starts_with([',', ';']) {
                return true;
            }
            let word = after.trim_start();
            return word.len() < after.len() && word.starts_with(char::is_lowercase);
        }
    }
    false
}

/// The cuts that remain once those inside quotations the sentence goes on after are
/// dropped. `marks`: the byte offsets of the text's possible quotation marks, in order
/// (the scanner passes them).
pub(crate) fn keep_inline_quotations(text: &str, cuts: Vec<usize>, marks: &[usize]) -> Vec<usize> {
    if marks.is_empty() {
        return cuts;
    }
    let mut kept: Vec<usize> = Vec::with_capacity(cuts.len());
    let (mut lo, mut hi) = (0, 0);
    for cut in cuts {
        let mut from = kept
            .last()
            .copied()
            .unwrap_or(0)
            .max(cut.saturating_sub(MAX_OPEN));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // Cuts and sentence starts only move forward: so do the two bounds.
        while lo < marks.len() && marks[lo] < from {
            lo += 1;
        }
        hi = hi.max(lo);
        while hi < marks.len() && marks[hi] < cut {
            hi += 1;
        }
        if lo == hi {
            kept.push(cut);
            continue;
        }
        let inside = open_quotation(text, from, &marks[lo..hi])
            .is_some_and(|o| goes_on_after(text, cut, o, &marks[hi..]));
        if !inside {
            kept.push(cut);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::super::tests::sents;

    #[test]
    fn a_quotation_the_sentence_goes_on_after_is_part_of_it() {
        assert_eq!(
            sents("He wrote \"Hello. World.\" on the board. Then he left."),
            ["He wrote \"Hello. World.\" on the board.", "Then he left."]
        );
        assert_eq!(
            sents("The children's book, 'Go, Dog. Go!', is a classic."),
            ["The children's book, 'Go, Dog. Go!', is a classic."]
        );
        assert_eq!(
            sents("He called it “a mess. A total mess” in a speech."),
            ["He called it “a mess. A total mess” in a speech."]
        );
        // A double mark closes before a letter too: “um”s is closed.
        assert_eq!(
            sents("Cut the “um”s and you are ready. Then practise on a friend."),
            [
                "Cut the “um”s and you are ready.",
                "Then practise on a friend."
            ]
        );
    }

    #[test]
    fn a_quotation_followed_by_a_sentence_keeps_its_stops() {
        // Opening the sentence, after a colon, or followed by a capitalised word.
        assert_eq!(
            sents("\"I will go. You stay,\" she said."),
            ["\"I will go.", "You stay,\" she said."]
        );
        assert_eq!(
            sents("She said: \"I will go. You stay.\" Then she left."),
            ["She said: \"I will go.", "You stay.\"", "Then she left."]
        );
        assert_eq!(
            sents("He said, \"I will go. You stay.\" Then he left."),
            ["He said, \"I will go.", "You stay.\"", "Then he left."]
        );
        // An apostrophe opens nothing.
        assert_eq!(
            sents("The players' union met. It voted on Monday."),
            ["The players' union met.", "It voted on Monday."]
        );
    }
}
