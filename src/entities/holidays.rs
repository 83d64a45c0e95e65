//! Holidays as dates: "over the Christmas weekend", "on Thanksgiving", "the Easter
//! Sunday bombings" name a day, which the tagger would otherwise read as a place, a
//! person or a body. The calendar is data (`knowledge/entities/holidays.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::dates::Day;

/// When a holiday falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// Days after Western Easter Sunday.
    Easter(i64),
    /// The nth (0: the last) weekday (Monday = 0) of a month.
    Nth(u32, u32, u32),
    /// A day of another calendar, not computed.
    Movable,
}

/// The holiday names by their lowercase words, and the most words a name has.
fn calendar() -> &'static (HashMap<String, When>, usize) {
    static CAL: OnceLock<(HashMap<String, When>, usize)> = OnceLock::new();
    CAL.get_or_init(|| {
        let mut map = HashMap::new();
        let mut longest = 1;
        for line in include_str!("../../knowledge/entities/holidays.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((name, when)) = line.split_once('\t') else {
                continue;
            };
            let Some(when) = parse_when(when.trim()) else {
                continue;
            };
            longest = longest.max(name.split(' ').count());
            map.insert(name.trim().to_string(), when);
        }
        (map, longest)
    })
}

fn parse_when(s: &str) -> Option<When> {
    if s == "-" {
        return Some(When::Movable);
    }
    if let Some(n) = s.strip_prefix("easter") {
        return n.trim_start_matches('+').parse().ok().map(When::Easter);
    }
    if let Some((m, d)) = s.split_once('-') {
        return Some(When::Fixed(m.parse().ok()?, d.parse().ok()?));
    }
    let mut parts = s.split(' ');
    let n = parts.next()?.parse().ok()?;
    let day = parts.next()?;
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|w| *w == day)? as u32;
    let month = parts.next()?.parse().ok()?;
    Some(When::Nth(n, weekday, month))
}

/// Western Easter Sunday of a year (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<Day> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Day::new(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The day a holiday falls on in year `y`, if it is computed.
fn day_in(when: When, y: i32) -> Option<Day> {
    match when {
        When::Fixed(m, d) => Day::new(y, m, d),
        When::Easter(n) => easter(y).map(|e| e.plus(n)),
        When::Nth(n, weekday, m) => {
            let first = Day::new(y, m, 1)?;
            let to_first = i64::from((weekday + 7 - first.weekday()) % 7);
            if n == 0 {
                // The last: the first of the next month, back to the weekday.
                let next = if m == 12 {
                    Day::new(y + 1, 1, 1)?
                } else {
                    Day::new(y, m + 1, 1)?
                };
                let back = i64::from((next.weekday() + 7 - weekday) % 7);
                Some(next.plus(-(if back == 0 { 7 } else { back })))
            } else {
                Some(first.plus(to_first + 7 * (i64::from(n) - 1)))
            }
        }
        When::Movable => None,
    }
}

/// A holiday's name at token `i` of lowercase `words` (a possessive "'s" is a token
/// of its own): the number of words it takes, and the day it falls on in a given
/// year, where that day is computed.
///
/// ```
/// use slant::entities::dates::Day;
/// use slant::entities::holidays::holiday_at;
/// let words = ["over", "the", "christmas", "weekend"];
/// let (len, day) = holiday_at(&words, 2).unwrap();
/// assert_eq!((len, day(2022).map(Day::iso).as_deref()), (1, Some("2022-12-25")));
/// let words = ["on", "thanksgiving", "day"];
/// let (len, day) = holiday_at(&words, 1).unwrap();
/// assert_eq!((len, day(2022).map(Day::iso).as_deref()), (2, Some("2022-11-24")));
/// ```
pub fn holiday_at(words: &[&str], i: usize) -> Option<(usize, impl Fn(i32) -> Option<Day>)> {
    let (map, longest) = calendar();
    let mut phrase = String::new();
    let mut best = None;
    for (n, w) in words.iter().skip(i).take(*longest + 2).enumerate() {
        let w = w.replace('’', "'");
        if w == "'s" {
            phrase.push_str("'s");
        } else {
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(&w);
        }
        if let Some(&when) = map.get(phrase.as_str()) {
            best = Some((n + 1, when));
        }
    }
    let (len, when) = best?;
    Some((len, move |y| day_in(when, y)))
}

/// Whether a lowercase word opens a holiday's name.
pub fn opens_holiday(word: &str) -> bool {
    static FIRST: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    FIRST
        .get_or_init(|| {
            calendar()
                .0
                .keys()
                .filter_map(|k| k.split([' ', '\'']).next())
                .map(str::to_string)
                .collect()
        })
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_calendar_reads() {
        let lines = include_str!("../../knowledge/entities/holidays.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(calendar().0.len(), lines);
    }

    #[test]
    fn movable_feasts_fall_on_their_days() {
        let iso = |d: Option<Day>| d.map(Day::iso);
        assert_eq!(iso(easter(2024)).as_deref(), Some("2024-03-31"));
        assert_eq!(iso(easter(2019)).as_deref(), Some("2019-04-21"));
        assert_eq!(
            iso(day_in(When::Easter(-2), 2025)).as_deref(),
            Some("2025-04-18")
        );
        // Thanksgiving: the fourth Thursday of November; Memorial Day: May's last Monday.
        assert_eq!(
            iso(day_in(When::Nth(4, 3, 11), 2024)).as_deref(),
            Some("2024-11-28")
        );
        assert_eq!(
            iso(day_in(When::Nth(0, 0, 5), 2024)).as_deref(),
            Some("2024-05-27")
        );
        assert_eq!(
            iso(day_in(When::Nth(0, 0, 12), 2025)).as_deref(),
            Some("2025-12-29")
        );
        assert_eq!(day_in(When::Movable, 2024), None);
    }
}
