//! The single pass over a text that finds where sentences end.

use super::lists::{is_bullet, marker_value, ListState};
use super::rules::{
    citation_len, classify_before, emoticon_len, ends_informal_sentence, is_closer,
    is_fullwidth_terminal, strip_openers, Before, Next, MAX_ABBREV_BYTES,
};
use crate::knowledge::AbbrevKind;
use crate::text::{char_at, char_before, is_line_break, is_space};

/// Byte classes: which bytes can start something the scanner must look at.
const PLAIN: u8 = 0;
const LINE: u8 = 1;
const STOP: u8 = 2;
const PAREN: u8 = 3;
const MULTI: u8 = 4;
const QUOTE: u8 = 5;

static CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    t[b'\n' as usize] = LINE;
    t[b'\r' as usize] = LINE;
    t[0x0b] = LINE;
    t[0x0c] = LINE;
    t[0x1c] = LINE;
    t[0x1d] = LINE;
    t[0x1e] = LINE;
    t[b'.' as usize] = STOP;
    t[b'?' as usize] = STOP;
    t[b'!' as usize] = STOP;
    t[b')' as usize] = PAREN;
    t[b'"' as usize] = QUOTE;
    t[b'\'' as usize] = QUOTE;
    // Lead bytes of the multi-byte characters that matter: NEL (C2 85), ellipsis,
    // bullets and line/paragraph separators (E2 ..), fullwidth stops (E3 80 82, EF BC ..).
    t[0xC2] = MULTI;
    t[0xE2] = MULTI;
    t[0xE3] = MULTI;
    t[0xEF] = MULTI;
    t
};

/// Words that, as the whole of a sentence so far, make a clock time a fronted
/// adverbial ("At 5 a.m. Mr. Smith went") rather than the end of a sentence.
const TIME_PREPOSITIONS: [&str; 10] = [
    "at", "by", "around", "before", "after", "until", "till", "from", "since", "about",
];

pub(crate) struct Scanner<'a> {
    text: &'a str,
    cuts: Vec<usize>,
    /// Where the sentence being read started: the last cut or line break.
    sent_start: usize,
    /// Start of the word containing the last candidate, and how far back we have scanned.
    word_start: usize,
    scanned_to: usize,
    lists: ListState,
    /// End of a word whose full stop was followed by a spaced ellipsis (". . .").
    deferred: Option<usize>,
    /// Whether the text is hard-wrapped (see [`hard_wrapped`]), read at the first
    /// line break: a text without one never pays for it.
    wrapped: std::cell::OnceCell<bool>,
    /// Byte offsets of the quotation marks passed (see [`super::quotations`]).
    marks: Vec<usize>,
}

/// Longest line (in bytes) of hard-wrapped text.
const WRAP_WIDTH: usize = 100;
/// How much shorter than the longest line a full line of wrapped text may be: a
/// wrapped line ends where the next word would not fit.
const WRAP_SLACK: usize = 25;
/// Shortest longest line of wrapped text: mail and print wrap at 60 to 80
/// characters, while short lines are chat, lists or verse.
const WRAP_MIN: usize = 60;

/// Whether `text` reads as hard-wrapped prose: three or more lines, none longer than
/// [`WRAP_WIDTH`], the longest at least [`WRAP_MIN`], and at least half of them within [`WRAP_SLACK`] of the longest
/// (only a paragraph's last line falls short). Scraped news and web posts put a
/// paragraph on one line, so there a line break ends a sentence; in wrapped text
/// (e-mail, press releases, text taken from PDF) it may fall anywhere.
fn hard_wrapped(text: &str) -> bool {
    let lines = || {
        text.split('\n')
            .map(|l| l.trim_end().len())
            .filter(|&n| n > 0)
    };
    let (mut count, mut width) = (0usize, 0usize);
    for n in lines() {
        if n > WRAP_WIDTH {
            return false;
        }
        count += 1;
        width = width.max(n);
    }
    let full = lines().filter(|&n| n + WRAP_SLACK >= width).count();
    count >= 3 && width >= WRAP_MIN && 2 * full >= count
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Scanner {
            text,
            cuts: Vec::new(),
            sent_start: 0,
            word_start: 0,
            scanned_to: 0,
            lists: ListState::default(),
            deferred: None,
            wrapped: std::cell::OnceCell::new(),
            marks: Vec::new(),
        }
    }

    /// Scan the whole text; returns ascending cut positions, and the byte offsets of
    /// the quotation marks ('"', "'", “, ”, ‘, ’) in it.
    pub(crate) fn run(mut self) -> (Vec<usize>, Vec<usize>) {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            // Most bytes matter to nobody: skip them in a tight loop, not through the match.
            i += bytes[i..]
                .iter()
                .position(|&b| CLASS[b as usize] != PLAIN)
                .unwrap_or(n - i);
            if i >= n {
                break;
            }
            match CLASS[bytes[i] as usize] {
                PLAIN => i += 1,
                LINE => {
                    self.line_break(i);
                    i += 1;
                }
                STOP => {
                    let from = i;
                    i = self.stop(i);
                    self.marks_in(from, i);
                }
                PAREN => {
                    let from = i;
                    i = self.paren(i);
                    self.marks_in(from, i);
                }
                QUOTE => {
                    // An apostrophe inside a word ("it's", "don't") quotes nothing.
                    let inside_word = bytes[i] == b'\''
                        && i > 0
                        && bytes[i - 1].is_ascii_alphanumeric()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                    if !inside_word {
                        self.marks.push(i);
                    }
                    i += 1;
                }
                _ => {
                    let c = char_at(self.text, i).unwrap_or('\u{fffd}');
                    let len = c.len_utf8();
                    if is_line_break(c) {
                        self.line_break(i);
                        i += len;
                    } else if c == '…' {
                        let from = i;
                        i = self.stop(i);
                        self.marks_in(from, i);
                    } else if is_fullwidth_terminal(c) {
                        let k = self.skip_closers(i + len);
                        self.cut(k);
                        self.marks_in(i, k);
                        i = k;
                    } else if is_bullet(c) {
                        self.bullet(i);
                        i += len;
                    } else if matches!(c, '“' | '”' | '‘' | '’') {
                        self.marks.push(i);
                        i += len;
                    } else {
                        i += len;
                    }
                }
            }
        }
        (self.cuts, self.marks)
    }

    /// Note the quotation marks among the closers a stop or a bracket passed over
    /// (`."`, `?”`).
    fn marks_in(&mut self, from: usize, to: usize) {
        let Some(passed) = self.text.get(from..to) else {
            return;
        };
        for (k, c) in passed.char_indices() {
            if matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') {
                self.marks.push(from + k);
            }
        }
    }

    fn cut(&mut self, pos: usize) {
        let last = self.cuts.last().copied().unwrap_or(0);
        if pos <= last
            || crate::text::trim_span(self.text, last.max(self.sent_start), pos).is_none()
        {
            return;
        }
        self.cuts.push(pos);
        self.sent_start = pos;
    }

    fn line_break(&mut self, i: usize) {
        if self.wrapped_line(i) {
            return;
        }
        self.cut(i);
        self.sent_start = self.sent_start.max(i);
        self.lists.reset();
        self.deferred = None;
    }

    /// A line break at `i` inside a sentence of hard-wrapped text: the line ends
    /// in a word or a comma and the next line goes on with a lowercase word that is no
    /// list marker ("This is a sentence\nthat continues", not "a. First\nb. Second").
    /// Headlines and bylines end without a stop too, but the line after them starts
    /// with a capital.
    fn wrapped_line(&self, i: usize) -> bool {
        if !*self.wrapped.get_or_init(|| hard_wrapped(self.text)) {
            return false;
        }
        let text = self.text;
        let before = text[..i].trim_end_matches([' ', '\t', '\r']);
        if !before.ends_with(|c: char| c.is_alphanumeric() || c == ',') {
            return false;
        }
        let after = if text[i..].starts_with("\r\n") {
            i + 2
        } else {
            i + 1
        };
        let Some(rest) = text.get(after..) else {
            return false;
        };
        let rest = rest.trim_start_matches([' ', '\t']);
        let word_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        word.chars().count() >= 2
            && word.chars().all(char::is_lowercase)
            && !matches!(rest[word_len..].chars().next(), Some('.' | ')'))
    }

    /// Start of the word that ends at `i`. Only bytes after the previous call are
    /// scanned: if none of them is a space, the word is the one found last time.
    fn word_start(&mut self, i: usize) -> usize {
        let mut p = i;
        while p > self.scanned_to {
            let c = char_before(self.text, p).unwrap_or(' ');
            if is_space(c) {
                self.word_start = p;
                break;
            }
            p -= c.len_utf8();
        }
        self.scanned_to = i;
        self.word_start
    }

    /// Whether only whitespace and bullets stand between the sentence start and `pos`.
    fn at_sentence_start(&self, pos: usize) -> bool {
        self.text
            .get(self.sent_start..pos)
            .is_some_and(|s| s.chars().all(|c| is_space(c) || is_bullet(c)))
    }

    fn skip_closers(&self, mut k: usize) -> usize {
        while let Some(c) = char_at(self.text, k) {
            if !is_closer(c) {
                break;
            }
            k += c.len_utf8();
        }
        k
    }

    /// Position of the next word after `k` on the same line, if any.
    fn next_word(&self, k: usize) -> Option<usize> {
        let rest = self.text.get(k..)?;
        for (off, c) in rest.char_indices() {
            if is_line_break(c) {
                return None;
            }
            if !is_space(c) {
                return Some(k + off);
            }
        }
        None
    }

    /// A list marker ("2." "b)" "⁃9.") whose token ends at `i`: cut before it if it
    /// continues a list, and report whether it is a marker (so its stop is no break).
    fn list_marker(&mut self, ws: usize, i: usize) -> bool {
        let Some(word) = self.text.get(ws..i) else {
            return false;
        };
        let token = word.trim_start_matches(is_bullet);
        let Some(value) = marker_value(token) else {
            return false;
        };
        let after_bullet = token.len() != word.len()
            || self.text[..ws]
                .trim_end_matches(is_space)
                .ends_with(is_bullet);
        if self.lists.continues(value) {
            // Items joined by semicolons or commas run on in one sentence ("Results:
            // 1. Spain; 2. France; 3. Italy.").
            let joined = self.text[..ws]
                .trim_end_matches(is_space)
                .ends_with([';', ',']);
            if !after_bullet && !joined {
                self.cut(ws);
            }
            self.lists.accept(value);
            return true;
        }
        // A list opens at a sentence's start, or after a colon when its next marker
        // follows on the line ("Steps: 1. Wash 2. Dry", not "at half-time: 1. Then").
        let starts = self.at_sentence_start(ws)
            || (self.text[..ws].trim_end_matches(is_space).ends_with(':')
                && self.next_marker_follows(i, token, value));
        let capital_letter = value.1 && token.bytes().all(|b| b.is_ascii_uppercase());
        if (starts || after_bullet) && !capital_letter {
            self.lists.accept(value);
            return true;
        }
        // Items numbered in lowercase inside a sentence ("three parts: 1. cut costs,
        // 2. raise prices and 3. hire staff") are one sentence: a marker's stop is no
        // break, and nothing is cut.
        self.run_on_item(ws, i, token, value)
    }

    /// Whether the digits `token` (from `ws` to `i`) and the "." after them number an
    /// item that runs on in lowercase, beside the item before or after it on the line
    /// (" 1." before "2.", or " 3." after it).
    fn run_on_item(&self, ws: usize, i: usize, token: &str, value: (u32, bool)) -> bool {
        if value.1 || !token.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let after = self.text.get(i..).unwrap_or("");
        let mut rest = after.chars();
        if rest.next() != Some('.') || rest.next() != Some(' ') {
            return false;
        }
        if !rest.next().is_some_and(char::is_lowercase) {
            return false;
        }
        let line_after = after[1..].split('\n').next().unwrap_or("");
        let line_after = &line_after[..floor_boundary(line_after, 300)];
        let next = format!(" {}. ", value.0 + 1);
        let before = self.text[..ws].rsplit('\n').next().unwrap_or("");
        let before = &before[before.len() - floor_boundary_back(before, 300)..];
        let prev = format!("{}. ", value.0.saturating_sub(1));
        let prev_marked = value.0 > 1
            && before
                .match_indices(&prev)
                .any(|(at, _)| at == 0 || before[..at].ends_with([' ', ':', '(']));
        line_after.contains(&next) || prev_marked
    }

    /// Whether `token` at `i` opens a list of capitalised items: the marker after it
    /// ("2" after "1", "b" after "a"), written with the same mark, follows on the line
    /// within 300 bytes.
    fn next_marker_follows(&self, i: usize, token: &str, value: (u32, bool)) -> bool {
        // Items in brackets or in lowercase run on inside a sentence ("three steps: 1)
        // collect data, 2) clean it"); numbered items that start with a capital do not.
        let mark = self.text.as_bytes().get(i).copied().unwrap_or(b'.');
        let item = self.text.get(i + 1..).unwrap_or("").trim_start();
        if mark != b'.' || !item.starts_with(char::is_uppercase) {
            return false;
        }
        let next = match value {
            (v, false) if token.bytes().all(|b| b.is_ascii_digit()) => (v + 1).to_string(),
            (v, true) if v < 26 => {
                let base = if token.bytes().all(|b| b.is_ascii_uppercase()) {
                    b'A'
                } else {
                    b'a'
                };
                char::from(base + v as u8).to_string()
            }
            _ => return false,
        };
        let mut end = (i + 300).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let start = (i + 1).min(end);
        let line = self.text[start..end].split('\n').next().unwrap_or("");
        let wanted = format!(" {next}{}", char::from(mark));
        line.contains(&wanted)
    }

    fn bullet(&mut self, i: usize) {
        let spaced = i == 0 || char_before(self.text, i).is_some_and(is_space);
        if spaced {
            self.cut(i);
        }
    }

    fn paren(&mut self, i: usize) -> usize {
        let k = i + 1;
        if char_at(self.text, k).is_some_and(is_space) {
            let ws = self.word_start(i);
            self.list_marker(ws, i);
        }
        k
    }

    /// Handle a run of terminal punctuation starting at `i`; returns where to resume.
    fn stop(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut j = i;
        let (mut dots, mut marks) = (0usize, 0usize);
        while let Some(c) = char_at(text, j) {
            match c {
                '.' => dots += 1,
                '…' => dots += 3,
                '?' | '!' => marks += 1,
                _ => break,
            }
            j += c.len_utf8();
        }
        let k = self.skip_closers(j);
        // A word starts at a space or where a sentence was cut without one ("Tuesday.|Mr.").
        let ws = self.word_start(i).max(self.sent_start.min(i));
        match char_at(text, k) {
            None => return k,
            Some(c) if !is_space(c) => {
                if k == j && dots + marks == 1 && self.missing_space(ws, i, j, dots == 1) {
                    self.cut(j);
                }
                return j.max(i + 1);
            }
            _ => {}
        }
        // A stop right after a list marker token ("1." "a.)") is part of the marker.
        if marks == 0 && dots == 1 && self.list_marker(ws, i) {
            return k;
        }
        let Some(m) = self.next_word(k) else { return k };
        let Some(next) = Next::read(text, m) else {
            return k;
        };

        // Elisions "[...]", "[….]", "(...)" sit inside sentences.
        if marks == 0
            && ws < i
            && text[..i].ends_with(['[', '('])
            && text[j..k].starts_with([']', ')'])
        {
            return k;
        }
        // A word made only of dots: a spaced ellipsis ". . ." (or a lone "...").
        if marks == 0 && ws == i {
            return self.spaced_ellipsis(i, k, m);
        }
        let closers = &text[j..k];
        if marks > 0 && next.is_corporate_suffix() {
            return k;
        }
        if marks > 0 {
            // Closed inside quotation marks or brackets, a mark before a lowercase
            // word is the quotation's or the aside's ("(really?) that he left").
            let quoted = closers.contains(['"', '\'', '’', '”', '»', ')', ']']);
            let cut = if next.first.is_lowercase() {
                let word = strip_openers(&text[ws..i]);
                !quoted && !word.starts_with(char::is_uppercase) && !self.speech_tag(m)
            } else {
                true
            };
            if cut {
                self.cut_with_citation(k, m);
            }
            return k;
        }
        if next.first == '.' || next.first == '…' {
            self.deferred = Some(k);
            return k;
        }
        if dots >= 2 {
            if next.capital_or_digit() {
                self.cut(k);
            }
            return k;
        }
        if self.single_stop_ends_sentence(ws, i, j < k, &next) {
            self.cut_with_citation(k, m);
        }
        k
    }

    /// Cut after a full stop, or after a citation or emoticon that follows it
    /// ("in 1805. [6]", "I love her. :)").
    fn cut_with_citation(&mut self, k: usize, m: usize) {
        match citation_len(&self.text[m..]).or_else(|| emoticon_len(&self.text[m..])) {
            Some(len) => self.cut(m + len),
            None => self.cut(k),
        }
    }

    /// Decide a single period at `i` after the word starting at `ws`.
    fn single_stop_ends_sentence(
        &self,
        ws: usize,
        i: usize,
        closed: bool,
        next: &Next<'_>,
    ) -> bool {
        let core = strip_openers(&self.text[ws..i]);
        match classify_before(core) {
            Before::Abbrev(AbbrevKind::Title | AbbrevKind::Inner) => false,
            Before::Abbrev(AbbrevKind::Number) => {
                !next.first.is_ascii_digit() && next.capital_or_digit()
            }
            Before::Abbrev(AbbrevKind::Ambiguous) => next.is_opener_word(),
            Before::Abbrev(AbbrevKind::Measure) if self.previous_word_is_number(ws) => {
                next.is_capitalised_word() || next.is_opener_word()
            }
            // "on Tues. Results follow", but "Tues. Nov. 5" is one date.
            Before::Abbrev(AbbrevKind::Closing) => next.first.is_uppercase() && !next.is_month(),
            Before::MultiPeriod { time: true } => {
                next.capital_or_digit()
                    && !next.opened
                    && !next.is_time_zone()
                    && !next.is_weekday()
                    && !self.fronted_time(ws)
            }
            Before::MultiPeriod { time: false } => next.is_opener_word(),
            Before::Letter(c) => {
                if c == 'I' && self.previous_word_is_lowercase(ws) {
                    next.starts_sentence()
                } else if self.previous_word_is_number(ws) && i == ws + c.len_utf8() {
                    // "-5 C. Roads froze.": a letter right after a number is a unit, and
                    // a capitalised word after it starts a sentence ("174 (P. Simmons"
                    // opens an aside with an initial).
                    next.is_capitalised_word() || next.is_opener_word()
                } else if self.previous_word_is_lowercase(ws) {
                    // "Take vitamin C. It helps.": a letter after a lowercase word is no
                    // initial of a name.
                    next.is_opener_word()
                } else {
                    // "E. I. du Pont": a lone "I" after an initial is another one.
                    next.is_opener_word() && next.letters() != "I"
                }
            }
            // Without a number before it a unit's spelling is an ordinary word.
            Before::Abbrev(AbbrevKind::Measure) | Before::Word => {
                next.starts_sentence() || (!closed && ends_informal_sentence(core))
            }
        }
    }

    /// A full stop, "!" or "?" at `i..j` typed without the space after it, between
    /// a word or number and a capitalised word ("one.This", "Hello!How",
    /// "1,000.That"); not inside an address, a name or an abbreviation
    /// ("example.com", "U.S.A", "Amazon.Com").
    fn missing_space(&self, ws: usize, i: usize, j: usize, period: bool) -> bool {
        let text = self.text;
        // Words are short: a long run without spaces is no prose, and reading it whole
        // at every stop would cost time quadratic in its length.
        if i - ws > MAX_ABBREV_BYTES {
            return false;
        }
        let before = strip_openers(&text[ws..i]);
        let word = before.chars().count() >= 2
            && before.chars().next().is_some_and(char::is_alphabetic)
            && before.chars().all(char::is_alphabetic)
            && matches!(classify_before(before), Before::Word);
        // After a period a lowercase word, or a capitalised word or a number before a
        // sentence opener ("Tuesday.Mr. Smith", "1,000.That"): "Amazon.Com" is a name.
        let skip = usize::from(!period);
        let lower = word && before.chars().skip(skip).all(char::is_lowercase);
        // A number or a score ("1,000", "2-1").
        let number = before.starts_with(|c: char| c.is_ascii_digit())
            && before.ends_with(|c: char| c.is_ascii_digit())
            && before
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '-');
        let mut limit = (j + MAX_ABBREV_BYTES).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        // The word after runs to a space, or to the end of the text if that is near.
        let after_end = match text[j..limit].find(|c: char| is_space(c)) {
            Some(e) => j + e,
            None if limit == text.len() => limit,
            None => return false,
        };
        let after = &text[j..after_end];
        let word_end = after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len());
        let tail_ok = after[word_end..].chars().all(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ',' | ';' | ':' | '"' | '\'' | ')' | '’' | '”'
            )
        });
        let Some(next) = Next::read(text, j) else {
            return false;
        };
        let opener = next.is_opener_word()
            || matches!(
                classify_before(&after[..word_end]),
                Before::Abbrev(AbbrevKind::Title)
            );
        // "I" is the one capital letter that is a word ("the airport.I will call").
        let capitalised = next.is_capitalised_word() || &after[..word_end] == "I";
        tail_ok && capitalised && (lower || ((word || number) && opener))
    }

    /// A speech tag after a question or exclamation at `m`: a verb of saying ("asked
    /// the officer") or a pronoun and one ("he asked"), so "Why not? he asked." is one
    /// sentence.
    fn speech_tag(&self, m: usize) -> bool {
        let mut limit = (m + 2 * MAX_ABBREV_BYTES).min(self.text.len());
        while !self.text.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut words = self.text[m..limit]
            .split(|c: char| is_space(c))
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()));
        let verbs = crate::knowledge::speech_verbs();
        match words.next() {
            // A verb first needs its speaker after it ("asked the officer", "said
            // Smith"); "answered all my questions" is a sentence of its own.
            Some(w) if verbs.contains(w) => words.next().is_some_and(|s| {
                matches!(s, "the" | "a" | "an") || s.starts_with(char::is_uppercase)
            }),
            Some("he" | "she" | "they" | "we" | "you" | "it") => {
                words.next().is_some_and(|v| verbs.contains(v))
            }
            _ => false,
        }
    }

    /// "At 5" before "a.m.": the sentence so far is a short prepositional time phrase.
    fn fronted_time(&self, ws: usize) -> bool {
        let Some(so_far) = self.text.get(self.sent_start..ws) else {
            return false;
        };
        if so_far.len() > 24 {
            return false;
        }
        let mut words = so_far.split_whitespace();
        let first = words.next().unwrap_or("");
        words.count() <= 1
            && TIME_PREPOSITIONS
                .iter()
                .any(|p| first.eq_ignore_ascii_case(p))
    }

    fn previous_word_is_number(&self, ws: usize) -> bool {
        let before = self.text[..ws].trim_end_matches(is_space);
        // Only the last few bytes: a word is short, and the text before may be long.
        let mut start = before.len().saturating_sub(MAX_ABBREV_BYTES);
        while !before.is_char_boundary(start) {
            start += 1;
        }
        before[start..].rsplit(is_space).next().is_some_and(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | ','))
        })
    }

    fn previous_word_is_lowercase(&self, ws: usize) -> bool {
        let before = self.text[..ws].trim_end_matches(is_space);
        let start = before.len().saturating_sub(32);
        let mut start = start;
        while !before.is_char_boundary(start) {
            start += 1;
        }
        before[start..]
            .rsplit(is_space)
            .next()
            .and_then(|w| strip_openers(w).chars().next())
            .is_some_and(char::is_lowercase)
    }

    /// A spaced ellipsis whose first dot-word ends at `k`, next word at `m`.
    /// Three dots after a full stop start the next sentence ("compounds. . . . The");
    /// four dots end the sentence ("a period . . . . Next"); three alone continue it.
    /// One dot alone is a full stop set off by a space, as in tokenised or
    /// hand-typed text ("a good idea . Read the article").
    fn spaced_ellipsis(&mut self, i: usize, k: usize, m: usize) -> usize {
        let text = self.text;
        let mut dots = text[i..k]
            .chars()
            .map(|c| if c == '…' { 3 } else { usize::from(c == '.') })
            .sum::<usize>();
        let mut end = k;
        let mut next = Some(m);
        while let Some(p) = next {
            let word_len = text[p..].find(is_space).unwrap_or(text.len() - p);
            let word = &text[p..p + word_len];
            let body = word.trim_end_matches(is_closer);
            if body.is_empty() || !body.chars().all(|c| c == '.' || c == '…') {
                break;
            }
            dots += body
                .chars()
                .map(|c| if c == '…' { 3 } else { 1 })
                .sum::<usize>();
            end = p + word_len;
            next = self.next_word(end);
        }
        let deferred = self
            .deferred
            .take()
            .filter(|d| text[*d..i].chars().all(is_space));
        let Some(after) = next.and_then(|p| Next::read(text, p)) else {
            return end;
        };
        if after.capital_or_digit() {
            if let (Some(d), 3) = (deferred, dots) {
                self.cut(d);
            } else if dots >= 4 || dots == 1 {
                self.cut(end);
            }
        }
        end
    }
}

/// The largest char boundary of `s` at or below `n`.
fn floor_boundary(s: &str, n: usize) -> usize {
    let mut k = n.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// The length of the longest suffix of `s` of at most `n` bytes that starts on a char
/// boundary.
fn floor_boundary_back(s: &str, n: usize) -> usize {
    let mut k = s.len().saturating_sub(n);
    while !s.is_char_boundary(k) {
        k += 1;
    }
    s.len() - k
}
