//! Word choice: framing phrases ("terrorist attack", "incident", "IIOJK", "freedom
//! fighters") with their frame and intensity, and hedges ("reportedly", "so-called"),
//! from the lexicons in `knowledge/stance/`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::entities::Analysis;
use crate::knowledge::FastBuild;

/// A framing phrase found in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framed {
    /// Sentence index.
    pub sentence: usize,
    /// Byte span.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// condemning, neutral, minimising, legitimising or delegitimising.
    pub frame: &'static str,
    /// 1 (mild) to 3 (strong).
    pub intensity: u8,
}

type Lexicon = (HashMap<String, (&'static str, u8), FastBuild>, usize);

/// Parse a lexicon: phrase, then optionally frame and intensity (tab-separated).
fn parse(data: &str, default_frame: &'static str) -> Lexicon {
    let mut map: HashMap<String, (&'static str, u8), FastBuild> = HashMap::default();
    let mut longest = 1;
    for line in data.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let frame: &'static str = match cols.get(1).copied() {
            None => default_frame,
            Some("condemning") => "condemning",
            Some("neutral") => "neutral",
            Some("minimising") => "minimising",
            Some("legitimising") => "legitimising",
            Some("delegitimising") => "delegitimising",
            Some(_) => continue,
        };
        let intensity = cols.get(2).and_then(|i| i.trim().parse().ok()).unwrap_or(1);
        let phrase = cols[0].trim();
        longest = longest.max(phrase.split(' ').count());
        map.insert(phrase.to_string(), (frame, intensity));
    }
    (map, longest)
}

fn framing() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        parse(
            include_str!("../../knowledge/stance/framing.tsv"),
            "neutral",
        )
    })
}

fn hedge_list() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| parse(include_str!("../../knowledge/stance/hedges.txt"), "hedge"))
}

/// Longest lexicon matches over the lowercase words of each sentence.
fn scan(text: &str, a: &Analysis, lexicon: &Lexicon) -> Vec<Framed> {
    let (map, longest) = lexicon;
    let mut out = Vec::new();
    for (si, r) in a.sentence_tokens.iter().enumerate() {
        let toks = &a.tokens[r.clone()];
        let lower: Vec<String> = toks
            .iter()
            .map(|t| t.text(text).to_lowercase().replace('’', "'"))
            .collect();
        let mut k = 0;
        while k < lower.len() {
            let mut found = None;
            let mut key = String::new();
            for n in 0..(*longest).min(lower.len() - k) {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(&lower[k + n]);
                if let Some(&(frame, intensity)) = map.get(&key) {
                    found = Some((n + 1, frame, intensity));
                }
            }
            match found {
                Some((n, frame, intensity)) => {
                    out.push(Framed {
                        sentence: si,
                        start: toks[k].start as usize,
                        end: toks[k + n - 1].end as usize,
                        frame,
                        intensity,
                    });
                    k += n;
                }
                None => k += 1,
            }
        }
    }
    out
}

/// Framing phrases of a document.
///
/// ```
/// let text = "Gunmen carried out a terrorist attack in IIOJK, a minor incident to some.";
/// let a = slant::entities::EntityTagger::default().analyze(text, None);
/// let f = slant::stance::framing::framing_phrases(text, &a);
/// let found: Vec<(&str, &str)> = f.iter().map(|x| (&text[x.start..x.end], x.frame)).collect();
/// assert_eq!(found, [("Gunmen", "neutral"), ("terrorist attack", "condemning"),
///                    ("IIOJK", "delegitimising"), ("incident", "minimising")]);
/// ```
pub fn framing_phrases(text: &str, a: &Analysis) -> Vec<Framed> {
    scan(text, a, framing())
}

/// Hedges of a document ("reportedly", "so-called"); `frame` is "hedge".
pub fn hedges(text: &str, a: &Analysis) -> Vec<Framed> {
    scan(text, a, hedge_list())
}
