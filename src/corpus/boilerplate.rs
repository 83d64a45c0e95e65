//! Boilerplate lines of scraped pages: teasers, share and comment notices, embedded
//! social posts, copyright lines. Flagged per sentence, never removed.

use std::sync::OnceLock;

use crate::entities::Analysis;

struct Pattern {
    place: Place,
    text: String,
    kind: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Place {
    Start,
    Contains,
    End,
}

fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        include_str!("../../knowledge/corpus/boilerplate.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let place = match cols.next()? {
                    "start" => Place::Start,
                    "contains" => Place::Contains,
                    "end" => Place::End,
                    _ => return None,
                };
                Some(Pattern {
                    place,
                    text: cols.next()?.to_string(),
                    kind: cols.next().unwrap_or("boilerplate").to_string(),
                })
            })
            .collect()
    })
}

/// For each sentence, the kind of boilerplate it is ("teaser", "share", "comments",
/// "social", "subscribe", "copyright"), if any.
///
/// ```
/// let text = "Talks ended.\nRead more: Five things to know\nShare this article | 12 comments";
/// let a = slant::entities::EntityTagger::default().analyze(text, None);
/// let kinds = slant::corpus::boilerplate(text, &a);
/// assert_eq!(kinds, [None, Some("teaser"), Some("share")]);
/// ```
pub fn boilerplate(text: &str, a: &Analysis) -> Vec<Option<&'static str>> {
    a.sentences
        .iter()
        .map(|r| {
            let s = text[r.clone()].to_lowercase();
            let words = s.split_whitespace().count();
            patterns()
                .iter()
                .find(|p| match p.place {
                    Place::Start => s.starts_with(&p.text),
                    Place::Contains => s.contains(&p.text),
                    // "| 12 comments": a short line ending in a count.
                    Place::End => words <= 8 && s.ends_with(&p.text),
                })
                .map(|p| p.kind.as_str())
        })
        .collect()
}
