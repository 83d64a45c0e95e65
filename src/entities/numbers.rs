//! CARDINAL figures with their approximators and, in news about violence, what they
//! count ("26 people killed" → 26, killed; "over 300 hostages" → 300, hostages).

use crate::tokens::Token;

/// A figure found in a sentence's tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberMatch {
    /// First token (the approximator when there is one).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Byte length to keep of the last token ("10" of "10-member"), if not all of it.
    pub last_len: Option<usize>,
    /// The number, when it can be read.
    pub value: Option<f64>,
    /// What the figure counts in a casualty reading: killed, injured, hostages,
    /// abducted, missing, arrested, rescued, passengers, displaced.
    pub role: Option<&'static str>,
}

const APPROX_ONE: [&str; 10] = [
    "approximately",
    "about",
    "around",
    "over",
    "nearly",
    "almost",
    "some",
    "roughly",
    "estimated",
    "approx.",
];
const APPROX_TWO: [(&str, &str); 12] = [
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("at", "least"),
    ("at", "most"),
    ("up", "to"),
    ("as", "many"),
    ("close", "to"),
    ("upwards", "of"),
    ("just", "over"),
    ("just", "under"),
    ("an", "estimated"),
];

/// Number words below twenty, by value.
pub(crate) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Number words of the tens from twenty, by value.
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a number word ("seven", "twenty-six", "dozen").
pub(crate) fn word_value(w: &str) -> Option<f64> {
    // Runs for every word of every sentence: no allocation, and most words are
    // ruled out by their length or first letter.
    let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !(3..=13).contains(&w.len()) || !b"zotfsend".contains(&first) {
        return None;
    }
    let find = |list: &[&str], x: &str| list.iter().position(|l| l.eq_ignore_ascii_case(x));
    if let Some(p) = find(&UNITS, w) {
        return Some(p as f64);
    }
    if let Some(p) = find(&TENS, w) {
        return Some(20.0 + 10.0 * p as f64);
    }
    if let Some((a, b)) = w.split_once('-') {
        let t = find(&TENS, a)?;
        let u = find(&UNITS[1..10], b)?;
        return Some(20.0 + 10.0 * t as f64 + 1.0 + u as f64);
    }
    if w.eq_ignore_ascii_case("dozen") {
        return Some(12.0);
    }
    None
}

fn multiplier(w: &str) -> Option<f64> {
    const SCALES: [(&str, f64); 7] = [
        ("hundred", 1e2),
        ("thousand", 1e3),
        ("million", 1e6),
        ("mn", 1e6),
        ("billion", 1e9),
        ("bn", 1e9),
        ("trillion", 1e12),
    ];
    SCALES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Digits with optional thousands commas and a decimal part.
fn digit_value(w: &str) -> Option<f64> {
    let b = w.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() || !b[b.len() - 1].is_ascii_digit() {
        return None;
    }
    if !w
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
    {
        return None;
    }
    w.replace(',', "").parse().ok()
}

fn role_of(w: &str) -> Option<&'static str> {
    Some(match w.to_ascii_lowercase().as_str() {
        "killed" | "dead" | "died" | "deaths" | "fatalities" | "lives" | "killing" | "bodies"
        | "martyred" => "killed",
        "injured" | "wounded" | "hurt" | "injuries" | "wounding" | "injuring" => "injured",
        "hostages" | "hostage" | "captive" | "captives" => "hostages",
        "abducted" | "kidnapped" | "abductions" => "abducted",
        "missing" => "missing",
        "arrested" | "detained" | "arrests" => "arrested",
        "rescued" | "freed" | "released" | "evacuated" => "rescued",
        "passengers" => "passengers",
        "displaced" | "refugees" => "displaced",
        _ => return None,
    })
}

fn is_unit_or_currency(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "%" | "percent"
            | "per"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "kg"
            | "tonnes"
            | "tons"
            | "metres"
            | "meters"
            | "feet"
            | "dollars"
            | "rupees"
            | "euros"
            | "pounds"
            | "yuan"
            | "hours"
            | "hour"
            | "minutes"
            | "minute"
            | "seconds"
            | "days"
            | "day"
            | "weeks"
            | "week"
            | "months"
            | "month"
            | "years"
            | "year"
            | "decades"
            | "decade"
            | "a.m."
            | "p.m."
            | "am"
            | "pm"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "gmt"
            | "bps"
            | "mw"
            | "gw"
            | "acres"
            | "hectares"
    )
}

fn is_currency_before(w: &str) -> bool {
    matches!(
        w,
        "$" | "£" | "€" | "¥" | "₹" | "Rs" | "Rs." | "US$" | "USD" | "INR" | "PKR" | "EUR" | "GBP"
    ) || w.starts_with('$')
}

/// Find CARDINAL figures; tokens in `taken` (dates, other entities) are skipped.
pub fn find_numbers(text: &str, tokens: &[Token], taken: &[bool]) -> Vec<NumberMatch> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    // Most sentences hold no figure: look for a digit or a number word first.
    let maybe = words.iter().any(|w| {
        w.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || (w.len() <= 20
                && w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                && word_value(w).is_some())
    });
    if !maybe {
        return Vec::new();
    }
    let lowered = crate::text::Lowered::new(&words);
    let lower = lowered.words();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if taken.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let w = words[i];
        let mut last_len = None;
        let mut value = digit_value(w).or_else(|| {
            if lower[i] == "one" {
                None
            } else {
                word_value(w)
            }
        });
        if value.is_none() {
            // "10-member", "26-year-old": the figure is the leading digits.
            if let Some((head, _)) = w.split_once('-') {
                if let Some(v) = digit_value(head) {
                    if !w.ends_with("year-old") && !w.ends_with("-old") {
                        value = Some(v);
                        last_len = Some(head.len());
                    }
                }
            }
        }
        let Some(mut v) = value else {
            i += 1;
            continue;
        };
        // Figures inside dates, times, money, percentages and measures are not CARDINAL.
        let prev = if i > 0 { words[i - 1] } else { "" };
        let next = lower.get(i + 1).copied().unwrap_or("");
        if w.contains('.') && w.bytes().filter(|&b| b == b'.').count() > 1
            || is_currency_before(prev)
            || (last_len.is_none() && is_unit_or_currency(next))
            || (next == ":" && lower.get(i + 2).is_some_and(|x| digit_value(x).is_some()))
            || prev.eq_ignore_ascii_case("no.")
        {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if last_len.is_none() {
            if let Some(m) = lower.get(end).and_then(|x| multiplier(x)) {
                v *= m;
                end += 1;
            }
        }
        // Approximators belong to the figure.
        let mut start = i;
        if i >= 2
            && APPROX_TWO
                .iter()
                .any(|(a, b)| lower[i - 2] == *a && lower[i - 1] == *b)
        {
            start = i - 2;
        } else if i >= 1 && APPROX_ONE.contains(&lower[i - 1]) {
            start = i - 1;
            if i >= 2 && lower[i - 2] == "an" && lower[i - 1] == "estimated" {
                start = i - 2;
            }
        }
        // The casualty reading: what follows within a few words, or "killing 26".
        let mut role = None;
        for w in &lower[end..(end + 4).min(words.len())] {
            if let Some(r) = role_of(w) {
                role = Some(r);
                break;
            }
            if matches!(*w, "." | ";" | "and" | "while" | "but") {
                break;
            }
        }
        if role.is_none() && start > 0 {
            if let Some(r) = role_of(lower[start - 1]) {
                if lower[start - 1].ends_with("ing") {
                    role = Some(r);
                }
            }
        }
        out.push(NumberMatch {
            start,
            end,
            last_len,
            value: Some(v),
            role,
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn nums(text: &str) -> Vec<(String, Option<f64>, Option<&'static str>)> {
        let toks = tokenize(text);
        find_numbers(text, &toks, &vec![false; toks.len()])
            .into_iter()
            .map(|m| {
                let s = toks[m.start].start as usize;
                let e = match m.last_len {
                    Some(n) => toks[m.end - 1].start as usize + n,
                    None => toks[m.end - 1].end as usize,
                };
                (text[s..e].to_string(), m.value, m.role)
            })
            .collect()
    }

    #[test]
    fn casualty_figures() {
        assert_eq!(
            nums("26 people killed"),
            [("26".into(), Some(26.0), Some("killed"))]
        );
        assert_eq!(
            nums("approximately 440 passengers"),
            [("approximately 440".into(), Some(440.0), Some("passengers"))]
        );
        assert_eq!(
            nums("over 300 hostages"),
            [("over 300".into(), Some(300.0), Some("hostages"))]
        );
        assert_eq!(
            nums("killing 26 tourists"),
            [("26".into(), Some(26.0), Some("killed"))]
        );
        assert_eq!(
            nums("more than twenty-six soldiers were wounded")[0].0,
            "more than twenty-six"
        );
    }

    #[test]
    fn not_cardinal() {
        assert!(nums("It rose 5 % to $ 300 over 3 years at 10:30.").is_empty());
        assert_eq!(nums("The 10-member bloc")[0].0, "10");
        assert_eq!(nums("2.5 million people")[0].1, Some(2.5e6));
        assert!(nums("no one came").is_empty());
    }
}
