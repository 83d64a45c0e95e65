//! DATE expressions and their normalisation to ISO 8601 from a reference date.
//!
//! Spans follow OntoNotes: relative expressions keep their modifiers ("last month",
//! "March this year", "the past two decades", "two weeks ago").

use crate::text::ascii_lower;
use crate::tokens::Token;

/// A calendar day (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// Year.
    pub y: i32,
    /// Month, 1..=12.
    pub m: u32,
    /// Day of month, 1..=31.
    pub d: u32,
}

impl Day {
    /// A valid day, or None.
    ///
    /// ```
    /// use slant::entities::dates::Day;
    /// assert!(Day::new(2025, 2, 29).is_none());
    /// assert_eq!(Day::new(2024, 2, 29).unwrap().iso(), "2024-02-29");
    /// ```
    pub fn new(y: i32, m: u32, d: u32) -> Option<Day> {
        (1..=12)
            .contains(&m)
            .then_some(())
            .and_then(|_| (d >= 1 && d <= days_in_month(y, m)).then_some(Day { y, m, d }))
    }

    /// Parse "YYYY-MM-DD".
    pub fn parse_iso(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Day::new(
            s[..4].parse().ok()?,
            s[5..7].parse().ok()?,
            s[8..].parse().ok()?,
        )
    }

    /// "YYYY-MM-DD".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    fn days(self) -> i64 {
        // Days from civil (Howard Hinnant's algorithm), 1970-01-01 = 0.
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Day { y, m, d }
    }

    /// The day `n` days later (earlier when negative).
    pub fn plus(self, n: i64) -> Day {
        Day::from_days(self.days() + n)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    ///
    /// ```
    /// use slant::entities::dates::Day;
    /// let a = Day::new(2025, 6, 13).unwrap();
    /// assert_eq!(a.days_until(Day::new(2025, 9, 18).unwrap()), 97);
    /// ```
    pub fn days_until(self, other: Day) -> i64 {
        other.days() - self.days()
    }

    /// Day of the week, Monday = 0.
    pub fn weekday(self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn month_of(word: &str) -> Option<u32> {
    // Asked of every word: a month's name or abbreviation opens with one of
    // these letters and has 3 to 9 letters.
    let word = word.trim_end_matches('.');
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&word.len()) || !b"jfmasond".contains(&first) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = ascii_lower(word, &mut buf)?;
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

pub(crate) use crate::text::WEEKDAYS;
fn weekday_of(word: &str) -> Option<u32> {
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = ascii_lower(word, &mut buf)?;
    WEEKDAYS.iter().position(|d| *d == w).map(|p| p as u32)
}

/// Whether any token could start a date expression; most sentences have none, and
/// this keeps the full matcher off them.
fn may_hold_date(words: &[&str]) -> bool {
    words.iter().any(|w| {
        if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return true;
        }
        let mut buf = [0u8; 16];
        let Some(l) = ascii_lower(w, &mut buf) else {
            return false;
        };
        month_of(l).is_some()
            || weekday_of(l).is_some()
            || l.starts_with("mid-")
            || matches!(
                l,
                "today"
                    | "yesterday"
                    | "tomorrow"
                    | "last"
                    | "next"
                    | "this"
                    | "past"
                    | "previous"
                    | "coming"
                    | "recent"
                    | "early"
                    | "late"
                    | "mid"
                    | "earlier"
                    | "later"
            )
            || (l.len() > 2 && small_number(l).is_some())
            || (w.starts_with(|c: char| c.is_ascii_uppercase())
                && super::holidays::opens_holiday(l))
    })
}

fn day_number(word: &str) -> Option<u32> {
    let w = word
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .trim_end_matches(',');
    let suffix = &word[w.len()..].to_ascii_lowercase();
    if !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix.as_str())) {
        return None;
    }
    let n: u32 = w.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        return (1800..=2199).contains(&y).then_some(y);
    }
    None
}

/// Small number words used in periods ("two weeks ago", "the past three decades").
pub fn small_number(word: &str) -> Option<u32> {
    let mut buf = [0u8; 16];
    let w = ascii_lower(word, &mut buf)?;
    if w == "a" || w == "an" {
        return Some(1);
    }
    if let Some(v) = super::numbers::word_value(w) {
        return Some(v as u32);
    }
    w.parse().ok().filter(|n| *n < 10_000)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Weekend,
}

fn unit_of(word: &str) -> Option<Unit> {
    Some(match word.to_ascii_lowercase().as_str() {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "weekend" => Unit::Weekend,
        _ => return None,
    })
}

/// A DATE found in a token slice: tokens `start..end`, and its ISO value when known
/// ("2025-04-22", "2025-05", "2025", "2025-W25").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Normalised value, if the expression and the reference date allow one.
    pub value: Option<String>,
}

fn ym(y: i32, m: i32) -> String {
    let total = y * 12 + (m - 1);
    format!(
        "{:04}-{:02}",
        total.div_euclid(12),
        total.rem_euclid(12) + 1
    )
}

fn iso_week(d: Day) -> String {
    // ISO week: the Thursday of the week decides the year.
    let thursday = d.plus(3 - i64::from(d.weekday()));
    let jan1 = Day {
        y: thursday.y,
        m: 1,
        d: 1,
    };
    let week = (thursday.days() - jan1.days()) / 7 + 1;
    format!("{:04}-W{:02}", thursday.y, week)
}

/// Find the first full date with a year ("June 27, 2025", "27 June 2025", "2025-06-27"),
/// which in a news article is usually its own date; one written after "the" or
/// "since" ("the Jan. 6, 2021, attack") is background and passed over.
///
/// ```
/// let text = "By Staff, June 27, 2025\nThe talks ended on Thursday.";
/// let toks = slant::tokens::tokenize(text);
/// let d = slant::entities::dates::reference_date(text, &toks).unwrap();
/// assert_eq!(d.iso(), "2025-06-27");
/// ```
pub fn reference_date(text: &str, tokens: &[Token]) -> Option<Day> {
    dated(text, tokens).map(|(d, _)| d)
}

/// Days after a date an article's text tells of that its relative dates are read
/// against (see [`crate::entities::Analysis::anchor`]).
pub const TOLD_DATE_LEAD: i64 = 3;

/// The first full date of a text and whether it is a dateline: only names, numbers,
/// punctuation and "by", "updated" or "published" before it ("WASHINGTON (June 24,
/// 2022) -", "By Staff, June 27, 2025"), where a date in running text ("pleaded not
/// guilty on April 4, 2023") is one the article tells of.
///
/// ```
/// use slant::entities::dates::dated;
/// let text = "WASHINGTON (June 24, 2022) - The court ruled on Friday.";
/// let (d, dateline) = dated(text, &slant::tokens::tokenize(text)).unwrap();
/// assert_eq!((d.iso().as_str(), dateline), ("2022-06-24", true));
/// let text = "Milton came ashore on October 9, 2024, and left on Thursday.";
/// let (d, dateline) = dated(text, &slant::tokens::tokenize(text)).unwrap();
/// assert_eq!((d.iso().as_str(), dateline), ("2024-10-09", false));
/// ```
pub fn dated(text: &str, tokens: &[Token]) -> Option<(Day, bool)> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let dateline = |i: usize| {
        words[..i].iter().all(|w| {
            !w.starts_with(char::is_lowercase)
                || matches!(*w, "by" | "updated" | "published" | "posted")
        })
    };
    // "the Jan. 6, 2021, attack", "since October 8, 2023": a date that names an
    // earlier event or where a state began is the story's background, not its day.
    // So is the day a lasting state began ("The war began on Oct. 7, 2023").
    let began = |w: &str| matches!(w, "began" | "begun" | "started" | "erupted");
    let background = |i: usize| {
        let before = |k: usize| i.checked_sub(k).and_then(|j| words.get(j)).copied();
        before(1).is_some_and(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("since"))
            || before(1).is_some_and(began)
            || (before(1) == Some("on") && before(2).is_some_and(began))
    };
    for i in 0..words.len() {
        if let Some(d) = Day::parse_iso(words[i]) {
            return Some((d, dateline(i)));
        }
        if let Some(m) = month_of(words[i]) {
            // Month Day , Year
            if let (false, Some(d), Some(y)) = (
                background(i),
                words.get(i + 1).and_then(|w| day_number(w)),
                words
                    .get(i + 2)
                    .and_then(|w| if *w == "," { words.get(i + 3) } else { Some(w) })
                    .and_then(|w| year_number(w)),
            ) {
                if let Some(day) = Day::new(y, m, d) {
                    return Some((day, dateline(i)));
                }
            }
            // Day Month Year
            if let (Some(d), Some(y)) = (
                i.checked_sub(1)
                    .filter(|&j| !background(j))
                    .and_then(|j| day_number(words[j])),
                words.get(i + 1).and_then(|w| year_number(w)),
            ) {
                if let Some(day) = Day::new(y, m, d) {
                    return Some((day, dateline(i - 1)));
                }
            }
        }
    }
    None
}

const MAY_CUES: [&str; 14] = [
    "in", "on", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "last",
    "next", "this",
];

/// Find DATE expressions in a sentence's tokens.
pub fn find_dates(text: &str, tokens: &[Token], reference: Option<Day>) -> Vec<DateMatch> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    if !may_hold_date(&words) {
        return Vec::new();
    }
    let lowered = crate::text::Lowered::new(&words);
    let lower = lowered.words();
    // "is scheduled for Sept. 18", "will meet on Monday": a date ahead, not behind.
    // The word that looks ahead comes before the date: in "the inquiry announced on
    // Tuesday will examine", the Tuesday is behind.
    let ahead = |w: &&str| {
        matches!(
            *w,
            "will" | "scheduled" | "next" | "upcoming" | "expected" | "planned" | "due" | "shall"
        )
    };
    // Where the nearest such word before each word lies, in one pass (within 12 words
    // and the same clause).
    let mut last_ahead: Option<usize> = None;
    let ahead_before: Vec<Option<usize>> = lower
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let here = last_ahead;
            if matches!(*w, "." | ";") {
                last_ahead = None;
            } else if ahead(w) {
                last_ahead = Some(k);
            }
            here
        })
        .collect();
    let future = |i: usize| ahead_before[i].is_some_and(|j| i - j <= 12);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !may_open(lower[i]) {
            i += 1;
            continue;
        }
        if let Some(m) = match_at(
            &words,
            &lower,
            i,
            reference,
            future(i) || lower[i] == "next",
        ) {
            i = m.end;
            out.push(m);
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a date expression may open at a word (lowercased): it opens with a digit
/// or a sign, or it is a word [`match_at`] asks for by name, a month, a weekday or a
/// number word. Most words of a sentence are none, and the matcher, asked of every
/// word, is kept off them (in sports results, where nearly every line holds a digit,
/// it was a tenth of the entity layer's time).
fn may_open(lower: &str) -> bool {
    if lower
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-'))
        || lower.starts_with("mid-")
    {
        return true;
    }
    static OPENERS: std::sync::OnceLock<crate::learn::FeatureMap<()>> = std::sync::OnceLock::new();
    let openers = OPENERS.get_or_init(|| {
        use super::numbers::{TENS, UNITS};
        let named = [
            "early",
            "late",
            "mid",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tomorrow",
            "this",
            "last",
            "next",
            "past",
            "previous",
            "coming",
            "recent",
            "a",
            "an",
            "dozen",
            "sept",
        ];
        let months = crate::text::MONTHS.iter().flat_map(|m| [*m, &m[..3]]);
        let hyphenated = TENS
            .iter()
            .flat_map(|t| UNITS[1..10].iter().map(move |u| format!("{t}-{u}")));
        let mut words: Vec<String> = named.iter().map(|w| w.to_string()).collect();
        words.extend(
            months
                .chain(WEEKDAYS)
                .chain(UNITS)
                .chain(TENS)
                .map(String::from),
        );
        words.extend(hyphenated);
        words
            .iter()
            .map(|w| (crate::learn::hash_bytes(w.as_bytes()), ()))
            .collect()
    });
    // A month keeps its dots ("Sept."); a miss here is a miss of every branch.
    let word = lower.trim_end_matches('.');
    openers.contains_key(&crate::learn::hash_bytes(word.as_bytes()))
        || super::holidays::opens_holiday(lower)
}

fn match_at(
    words: &[&str],
    lower: &[&str],
    i: usize,
    r: Option<Day>,
    future: bool,
) -> Option<DateMatch> {
    let w = words[i];
    let lw = lower[i];
    let at = |k: usize| lower.get(k).copied();
    let found = |end: usize, value: Option<String>| {
        Some(DateMatch {
            start: i,
            end,
            value,
        })
    };

    if let Some(d) = Day::parse_iso(w) {
        return found(i + 1, Some(d.iso()));
    }
    // "over the Christmas weekend", "on Thanksgiving Day 2023": a holiday is a day.
    if w.starts_with(char::is_uppercase) {
        if let Some((len, day)) = super::holidays::holiday_at(lower, i) {
            if let Some(y) = at(i + len).and_then(year_number) {
                return found(i + len + 1, day(y).map(Day::iso));
            }
            let near = r.and_then(|r| {
                let this = day(r.y)?;
                Some(if future {
                    if this < r.plus(-7) {
                        day(r.y + 1)?
                    } else {
                        this
                    }
                } else if this > r.plus(7) {
                    // The nearer of this year's and last year's, as for a day named
                    // without its year.
                    match day(r.y - 1) {
                        Some(last) if r.days_until(last).abs() <= r.days_until(this).abs() => last,
                        _ => this,
                    }
                } else {
                    this
                })
            });
            return found(i + len, near.map(Day::iso));
        }
    }
    // Modifiers that belong to the following month or period.
    if matches!(lw, "early" | "late" | "mid" | "mid-" | "earlier" | "later") {
        if let Some(m) = at(i + 1).and_then(month_of) {
            if let Some(mut inner) = month_expression(words, lower, i + 1, m, r, future) {
                inner.start = i;
                return Some(inner);
            }
        }
        if let (Some("this" | "last" | "next"), Some(u)) = (at(i + 1), at(i + 2).and_then(unit_of))
        {
            let base = period(at(i + 1).unwrap_or(""), u, r);
            return found(i + 3, base);
        }
    }
    if lw.starts_with("mid-") {
        if let Some(m) = month_of(&w[4..]) {
            let y = year_for_month(m, r, future);
            return found(i + 1, y.map(|y| ym(y, m as i32)));
        }
    }
    if let Some(m) = month_of(w) {
        if w.chars().next().is_some_and(char::is_uppercase) {
            let cue_before = i > 0 && MAY_CUES.contains(&lower[i - 1]);
            let number_after =
                at(i + 1).is_some_and(|x| day_number(x).is_some() || year_number(x).is_some());
            // "May" and "March" are also a verb and a modal: ask for a date-like neighbour.
            let ambiguous = matches!(
                lw,
                "may"
                    | "march"
                    | "mar"
                    | "jan"
                    | "dec"
                    | "sep"
                    | "aug"
                    | "jun"
                    | "oct"
                    | "nov"
                    | "apr"
                    | "feb"
                    | "jul"
            );
            if !ambiguous || cue_before || number_after {
                if let Some(mut m) = month_expression(words, lower, i, m, r, future) {
                    // Day Month [Year]: "27 June 2025".
                    if i > 0 && day_number(words[i - 1]).is_some() && !words[i - 1].contains(',') {
                        let d = day_number(words[i - 1]).unwrap_or(1);
                        let month = month_of(w).unwrap_or(1);
                        let y = match at(i + 1).and_then(year_number) {
                            Some(y) => {
                                m.end = i + 2;
                                Some(y)
                            }
                            None => year_for_day(month, d, r, future),
                        };
                        m.start = i - 1;
                        m.value = y.and_then(|y| Day::new(y, month, d)).map(Day::iso);
                    }
                    return Some(m);
                }
            }
        }
    }
    if let Some(wd) = weekday_of(w) {
        if w.chars().next().is_some_and(char::is_uppercase) {
            let value = r.map(|r| {
                if future {
                    r.plus((i64::from(wd) - i64::from(r.weekday())).rem_euclid(7))
                        .iso()
                } else {
                    r.plus(-(i64::from(r.weekday()) - i64::from(wd)).rem_euclid(7))
                        .iso()
                }
            });
            return found(i + 1, value);
        }
    }
    match lw {
        "today" => return found(i + 1, r.map(Day::iso)),
        "yesterday" => return found(i + 1, r.map(|r| r.plus(-1).iso())),
        "tomorrow" => return found(i + 1, r.map(|r| r.plus(1).iso())),
        _ => {}
    }
    // this/last/next/past/previous/coming + unit
    if matches!(
        lw,
        "this" | "last" | "next" | "past" | "previous" | "coming" | "recent"
    ) {
        if let Some(u) = at(i + 1).and_then(unit_of) {
            // "the last month" is a period; "last month" a month.
            if lw == "past" || lw == "coming" || lw == "recent" || (i > 0 && lower[i - 1] == "the")
            {
                let start = if i > 0 && lower[i - 1] == "the" {
                    i - 1
                } else {
                    i
                };
                return Some(DateMatch {
                    start,
                    end: i + 2,
                    value: None,
                });
            }
            return found(i + 2, period(lw, u, r));
        }
        // "the past two decades", "the last three years"
        if let (Some(_), Some(_)) = (
            at(i + 1).and_then(small_number),
            at(i + 2).and_then(unit_of),
        ) {
            let start = if i > 0 && lower[i - 1] == "the" {
                i - 1
            } else {
                i
            };
            return Some(DateMatch {
                start,
                end: i + 3,
                value: None,
            });
        }
    }
    // N units ago
    if let (Some(n), Some(u), Some("ago")) =
        (small_number(lw), at(i + 1).and_then(unit_of), at(i + 2))
    {
        let value = r.and_then(|r| ago(n, u, r));
        return found(i + 3, value);
    }
    if let (Some(y), true) = (year_number(w), true) {
        // "2025 people" counts people; a year stands alone or before punctuation/words.
        let next_is_plural_noun = at(i + 1).is_some_and(|x| {
            x.chars().all(|c| c.is_ascii_lowercase()) && x.ends_with('s') && x.len() > 3
        });
        if !next_is_plural_noun {
            return found(i + 1, Some(format!("{y:04}")));
        }
    }
    // Decades: "1990s", "the 1990s"
    if lw.len() == 5
        && lw.ends_with('s')
        && year_number(&lw[..4]).is_some()
        && lw[..4].ends_with('0')
    {
        let start = if i > 0 && lower[i - 1] == "the" {
            i - 1
        } else {
            i
        };
        return Some(DateMatch {
            start,
            end: i + 1,
            value: Some(format!("{}X", &lw[..3])),
        });
    }
    None
}

/// A month with optional day and year around it, starting at token `i`.
fn month_expression(
    words: &[&str],
    lower: &[&str],
    i: usize,
    m: u32,
    r: Option<Day>,
    future: bool,
) -> Option<DateMatch> {
    let at = |k: usize| words.get(k).copied();
    // Month Day[,] [Year]
    if let Some(d) = at(i + 1).and_then(day_number) {
        let mut end = i + 2;
        let mut year = None;
        let after = if at(end) == Some(",") { end + 1 } else { end };
        if let Some(y) = at(after).and_then(year_number) {
            year = Some(y);
            end = after + 1;
        }
        let y = year.or_else(|| year_for_day(m, d, r, future));
        return Some(DateMatch {
            start: i,
            end,
            value: y.and_then(|y| Day::new(y, m, d)).map(Day::iso),
        });
    }
    // Month Year
    if let Some(y) = at(i + 1).and_then(year_number) {
        return Some(DateMatch {
            start: i,
            end: i + 2,
            value: Some(ym(y, m as i32)),
        });
    }
    // Month this/last/next year
    if let (Some(rel @ ("this" | "last" | "next")), Some("year")) =
        (lower.get(i + 1).copied(), lower.get(i + 2).copied())
    {
        let y = r.map(|r| match rel {
            "last" => r.y - 1,
            "next" => r.y + 1,
            _ => r.y,
        });
        return Some(DateMatch {
            start: i,
            end: i + 3,
            value: y.map(|y| ym(y, m as i32)),
        });
    }
    // A short form alone ("Jun.", "Mar") is a month only after a word that asks for a
    // time ("in Jun."); after a name it is more likely part of the name ("Dong Jun.").
    let short = lower[i].trim_end_matches('.').len() <= 4 && lower[i] != "may";
    let asked = i > 0
        && matches!(
            lower[i - 1],
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "of"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "during"
                | "before"
                | "after"
        );
    if short && !asked {
        return None;
    }
    let y = year_for_month(m, r, future);
    Some(DateMatch {
        start: i,
        end: i + 1,
        value: y.map(|y| ym(y, m as i32)),
    })
}

/// The year of "April 22" in a text dated `r`: news looks back, so a day more than a
/// week after the reference belongs to the year before.
fn year_for_day(m: u32, d: u32, r: Option<Day>, future: bool) -> Option<i32> {
    let r = r?;
    let this = Day::new(r.y, m, d)?;
    Some(if future {
        if this < r.plus(-7) {
            r.y + 1
        } else {
            r.y
        }
    } else if this > r.plus(7) {
        // "set sentencing for July 11" in an article of June: a day named without its
        // year is the nearer of this year's and last year's.
        let last = Day::new(r.y - 1, m, d).map_or(i64::MAX, |l| r.days_until(l).abs());
        if r.days_until(this).abs() < last {
            r.y
        } else {
            r.y - 1
        }
    } else {
        r.y
    })
}

fn year_for_month(m: u32, r: Option<Day>, future: bool) -> Option<i32> {
    let r = r?;
    Some(if future {
        if m + 1 < r.m {
            r.y + 1
        } else {
            r.y
        }
    } else if m > r.m + 1 {
        r.y - 1
    } else {
        r.y
    })
}

fn period(rel: &str, u: Unit, r: Option<Day>) -> Option<String> {
    let r = r?;
    let shift: i32 = match rel {
        "last" | "previous" => -1,
        "next" => 1,
        _ => 0,
    };
    Some(match u {
        Unit::Day => r.plus(i64::from(shift)).iso(),
        Unit::Week | Unit::Weekend => iso_week(r.plus(7 * i64::from(shift))),
        Unit::Month => ym(r.y, r.m as i32 + shift),
        Unit::Year => format!("{:04}", r.y + shift),
        Unit::Decade => format!("{}X", (r.y / 10 + shift)),
    })
}

fn ago(n: u32, u: Unit, r: Day) -> Option<String> {
    let n = i64::from(n);
    Some(match u {
        Unit::Day => r.plus(-n).iso(),
        Unit::Week | Unit::Weekend => r.plus(-7 * n).iso(),
        Unit::Month => ym(r.y, r.m as i32 - n as i32),
        Unit::Year => format!("{:04}", r.y - n as i32),
        Unit::Decade => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn every_word_a_date_opens_on_passes_the_prefilter() {
        // Each word form the matcher opens a date on, as a sentence may write it.
        let opened = [
            "2025-06-26",
            "2025",
            "1990s",
            "27",
            "+3",
            "mid-June",
            "mid",
            "early",
            "late",
            "earlier",
            "later",
            "June",
            "JUNE",
            "Jun.",
            "Sept.",
            "Sep",
            "May",
            "Monday",
            "MONDAY",
            "today",
            "Yesterday",
            "tomorrow",
            "this",
            "Last",
            "next",
            "past",
            "previous",
            "coming",
            "recent",
            "a",
            "an",
            "two",
            "Twenty-six",
            "dozen",
        ];
        for w in opened {
            assert!(may_open(&w.to_lowercase()), "{w}");
        }
        for w in ["the", "said", "Monsoon", "decade", "ago", "Marchers"] {
            assert!(!may_open(&w.to_lowercase()), "{w}");
        }
        // The dates of a sentence are found as before the prefilter.
        let text =
            "Two weeks ago, on Jun. 3, the council met; it meets again next Tuesday, 2025-07-01.";
        let found: Vec<String> = find_dates(text, &tokenize(text), Day::new(2025, 6, 20))
            .iter()
            .map(|d| d.value.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            found,
            ["2025-06-06", "2025-06-03", "2025-06-24", "2025-07-01"]
        );
    }

    fn dates(text: &str, r: Option<Day>) -> Vec<(String, Option<String>)> {
        let toks = tokenize(text);
        find_dates(text, &toks, r)
            .into_iter()
            .map(|m| {
                let s = toks[m.start].start as usize;
                let e = toks[m.end - 1].end as usize;
                (text[s..e].to_string(), m.value)
            })
            .collect()
    }

    fn d(s: &str) -> Option<Day> {
        Day::parse_iso(s)
    }

    #[test]
    fn a_date_that_names_an_earlier_event_is_no_articles_date() {
        let day = |text: &str| dated(text, &tokenize(text)).map(|(d, _)| d.iso());
        assert_eq!(
            day("The court ruled on Monday. The charges stem from the Jan. 6, 2021, attack."),
            None
        );
        assert_eq!(
            day("Hezbollah has fired rockets since October 8, 2023. The truce began Wednesday."),
            None
        );
        assert_eq!(
            day("The cabinet will vote on Friday. The war began on Oct. 7, 2023."),
            None
        );
        assert_eq!(
            day("Fighting raged on the 8 October 2023 front line. Later, 9 October 2023 came."),
            Some("2023-10-09".to_string())
        );
        // The article's own day, told in its text, still is.
        assert_eq!(
            day("Reid checked herself in on Tuesday, December 9, 2008."),
            Some("2008-12-09".to_string())
        );
    }

    #[test]
    fn absolute_and_relative_dates() {
        let r = d("2025-06-27"); // a Friday
        assert_eq!(r.unwrap().weekday(), 4);
        let got = dates(
            "The April 22 attack, last month's strikes, talks on Thursday, a ceasefire on May 10 and a summit in March this year.",
            r,
        );
        let want = [
            ("April 22", "2025-04-22"),
            ("last month", "2025-05"),
            ("Thursday", "2025-06-26"),
            ("May 10", "2025-05-10"),
            ("March this year", "2025-03"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((t, v), (wt, wv)) in got.iter().zip(want) {
            assert_eq!((t.as_str(), v.as_deref()), (wt, Some(wv)));
        }
    }

    #[test]
    fn a_day_without_its_year_is_the_nearer_one() {
        let r = d("2024-06-02");
        let got = dates(
            "The judge set sentencing for July 11. The raid was on December 20.",
            r,
        );
        let values: Vec<_> = got.iter().map(|(_, v)| v.as_deref()).collect();
        assert_eq!(values, [Some("2024-07-11"), Some("2023-12-20")], "{got:?}");
    }

    #[test]
    fn periods_keep_modifiers() {
        let got = dates(
            "Over the past two decades, and two weeks ago, in the 1990s.",
            d("2025-06-27"),
        );
        assert_eq!(got[0].0, "the past two decades");
        assert_eq!(
            got[1],
            ("two weeks ago".to_string(), Some("2025-06-13".to_string()))
        );
        assert_eq!(got[2].0, "the 1990s");
    }

    #[test]
    fn day_month_year_and_modals() {
        assert_eq!(
            dates("on 27 June 2025.", None)[0],
            ("27 June 2025".into(), Some("2025-06-27".into()))
        );
        assert!(dates("They may march on.", None).is_empty());
        assert_eq!(dates("2,000 troops and 2025 plans", None).len(), 0);
        assert_eq!(dates("in 2025.", None)[0].1.as_deref(), Some("2025"));
    }

    #[test]
    fn future_sentences_look_ahead() {
        let r = d("2025-06-14");
        assert_eq!(
            dates("The next session is scheduled for Sept. 18 in Geneva.", r)[0]
                .1
                .as_deref(),
            Some("2025-09-18")
        );
        assert_eq!(
            dates("They will meet on Monday.", r)[0].1.as_deref(),
            Some("2025-06-16")
        );
        assert_eq!(
            dates("They met on Monday.", r)[0].1.as_deref(),
            Some("2025-06-09")
        );
        // A word that looks ahead after the date says nothing of it.
        assert_eq!(
            dates(
                "The inquiry announced on Tuesday will examine the deals.",
                r
            )[0]
            .1
            .as_deref(),
            Some("2025-06-10")
        );
    }

    #[test]
    fn calendar_arithmetic() {
        let x = Day::new(2024, 12, 31).unwrap();
        assert_eq!(x.plus(1).iso(), "2025-01-01");
        assert_eq!(x.plus(-366).iso(), "2023-12-31");
        assert_eq!(iso_week(Day::new(2025, 6, 27).unwrap()), "2025-W26");
    }
}
