//! Sentence splitting for English news and web text.
//!
//! The splitter is rule based and linear in the length of the text. It walks the
//! bytes once, stops only at bytes that can matter (terminal punctuation, closing
//! brackets, line breaks, bullets) and decides each candidate from a bounded window
//! around it, so no input makes it slow. Its knowledge (abbreviations, sentence
//! openers) is data in `knowledge/segment/`.
//!
//! A line break ends a sentence: scraped news puts headlines, section headings and
//! bylines on lines of their own, without final punctuation. Only in hard-wrapped
//! text (lines of even width, as in e-mail or text taken from PDF) does a sentence
//! go on across a line break, when the next line starts with a lowercase word.
//!
//! Spans never start or end with whitespace, never overlap, come in text order, and
//! together with the whitespace between them rebuild the text.

mod lists;
mod quotations;
mod rules;
mod scanner;

use std::ops::Range;

/// Split `text` into sentences; returns byte ranges into `text`.
///
/// ```
/// let text = "I live in the U.S. How about you?\nBy Jane Doe, June 27, 2025";
/// let spans = slant::segment::split(text);
/// let sentences: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(sentences, ["I live in the U.S.", "How about you?", "By Jane Doe, June 27, 2025"]);
/// ```
pub fn split(text: &str) -> Vec<Range<usize>> {
    let (cuts, marks) = scanner::Scanner::new(text).run();
    let cuts = quotations::keep_inline_quotations(text, cuts, &marks);
    spans_between_cuts(text, &cuts)
}

/// Turn ascending cut positions into trimmed, non-empty spans.
fn spans_between_cuts(text: &str, cuts: &[usize]) -> Vec<Range<usize>> {
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &cut in cuts.iter().chain(std::iter::once(&text.len())) {
        if cut < start {
            continue;
        }
        if let Some((s, e)) = crate::text::trim_span(text, start, cut) {
            spans.push(s..e);
        }
        start = cut;
    }
    spans
}

#[cfg(test)]
mod tests;
