//! Quotes and voices: direct quotations (straight or curly marks, over several
//! sentences, split around the speech verb), indirect speech ("X said that",
//! "according to X"), and who speaks, linked to an entity or described when unnamed.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::entities::{Analysis, Label};
use crate::knowledge::{word_list, FastBuild};

/// How a reporting verb presents what it reports.
pub fn verb_class(verb: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str, FastBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../../knowledge/stance/reporting_verbs.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (v, c) = l.split_once('\t')?;
                let class: &'static str = match c.trim() {
                    "neutral" => "neutral",
                    "distancing" => "distancing",
                    "endorsing" => "endorsing",
                    "denying" => "denying",
                    _ => return None,
                };
                Some((v.trim().to_string(), class))
            })
            .collect()
    })
    .get(verb.to_lowercase().as_str())
    .copied()
}

/// One quotation or piece of reported speech.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Byte span of what is quoted or reported (inside the marks for direct quotes).
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// "direct", "indirect", or "scare" (a few words in quotation marks, no speaker).
    pub kind: &'static str,
    /// Byte span of the speaker as written ("Rajnath Singh", "an unnamed Indian official").
    pub speaker: Option<(usize, usize)>,
    /// Index of the speaker's entity, when the speaker is a named entity (or a pronoun
    /// that refers back to one).
    pub entity: Option<usize>,
    /// Byte span of the reporting verb.
    pub verb: Option<(usize, usize)>,
    /// Class of the verb: neutral, distancing, endorsing, denying.
    pub verb_class: Option<&'static str>,
}

/// Nouns that head an unnamed speaker (`knowledge/stance/speaker_nouns.txt`).
fn speaker_noun(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../knowledge/stance/speaker_nouns.txt")))
        .contains(word)
}

fn is_open(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}
fn is_close(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Quoted spans: curly pairs, straight pairs, and an opening mark left unclosed, which
/// runs to the end of its paragraph.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match open {
            None if is_open(c) || c == '"' => open = Some((i + c.len_utf8(), c)),
            Some((s, o)) if (is_close(c) && o != '"') || (c == '"' && o == '"') => {
                if i > s {
                    out.push((s, i));
                }
                open = None;
            }
            Some((s, _)) if c == '\n' => {
                if i > s {
                    out.push((s, i));
                }
                open = None;
            }
            _ => {}
        }
    }
    if let Some((s, _)) = open {
        if text.len() > s {
            out.push((s, text.len()));
        }
    }
    out
}

/// Find the quotes of one analysed document.
///
/// ```
/// let text = "“We cannot sign this,” Defence Minister Rajnath Singh said. Pakistan denied any role.";
/// let a = slant::entities::EntityTagger::default().analyze(text, None);
/// let q = slant::stance::quotes::find_quotes(text, &a);
/// assert_eq!(&text[q[0].start..q[0].end], "We cannot sign this,");
/// assert_eq!(a.entities[q[0].entity.unwrap()].canonical, "Rajnath Singh");
/// assert_eq!(q[1].kind, "indirect");
/// assert_eq!(q[1].verb_class, Some("denying"));
/// ```
pub fn find_quotes(text: &str, a: &Analysis) -> Vec<Quote> {
    let toks = &a.tokens;
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // A reporting verb is written in lower case ("Member States" is no verb).
    let is_verb = |k: usize| {
        words[k].starts_with(|c: char| c.is_lowercase()) && verb_class(&lower[k]).is_some()
    };
    let sentence_of = |byte: usize| {
        a.sentences
            .iter()
            .position(|r| r.start <= byte && byte < r.end.max(r.start + 1))
    };
    let tok_at = |byte: usize| toks.partition_point(|t| (t.start as usize) < byte);
    let spans = quoted_spans(text);
    let inside = |byte: usize| spans.iter().any(|&(s, e)| s <= byte && byte < e);
    let entity_at = |s: usize, e: usize| a.entities.iter().position(|x| x.start <= s && e <= x.end);

    // "he" or "she" at token k: the last person named before it.
    let pron = |k: usize| matches!(lower.get(k).map(String::as_str), Some("he" | "she"));
    let pronoun_speaker = |k: usize| {
        let before = toks[k].start as usize;
        let last = a
            .entities
            .iter()
            .rposition(|e| e.label == Label::Person && e.end <= before);
        ((toks[k].start as usize, toks[k].end as usize), last)
    };

    // The speaker near a verb at token v: after it ("said Singh") or before it ("Singh said").
    let speaker_near =
        |v: usize, lo: usize, hi: usize| -> Option<((usize, usize), Option<usize>)> {
            // Before the verb, the subject: an unnamed speaker ("A Pakistani official at the
            // summit stated"), else the clause's first person, else its first body or state.
            if hi <= v + 1 {
                let noun = (lo..v).rev().take(8).find(|&k| speaker_noun(&lower[k]));
                let person = a.entities.iter().position(|e| {
                    e.label == Label::Person
                        && tok_at(e.start) >= lo
                        && tok_at(e.end) <= v
                        && !inside(e.start)
                });
                if let (Some(n), None) = (noun, person) {
                    let mut s = n;
                    while s > lo
                        && v - s < 9
                        && !matches!(words[s - 1], "," | "." | ":" | ";" | "“" | "”" | "\"")
                    {
                        s -= 1;
                        if matches!(lower[s].as_str(), "a" | "an" | "the") {
                            break;
                        }
                    }
                    return Some(((toks[s].start as usize, toks[n].end as usize), None));
                }
                if let Some(k) = person {
                    return Some(((a.entities[k].start, a.entities[k].end), Some(k)));
                }
                if let Some(k) = (lo..v).find(|&k| pron(k)) {
                    return Some(pronoun_speaker(k));
                }
                let body = a.entities.iter().position(|e| {
                    matches!(e.label, Label::Org | Label::Gpe | Label::Norp)
                        && tok_at(e.start) >= lo
                        && tok_at(e.end) <= v
                        && !inside(e.start)
                });
                if let Some(k) = body {
                    return Some(((a.entities[k].start, a.entities[k].end), Some(k)));
                }
            }
            // Named entity, nearest first.
            let mut best: Option<(usize, usize)> = None; // (distance, entity)
            for (k, e) in a.entities.iter().enumerate() {
                if !matches!(
                    e.label,
                    Label::Person | Label::Org | Label::Gpe | Label::Norp
                ) || inside(e.start)
                {
                    continue;
                }
                let (ts, te) = (tok_at(e.start), tok_at(e.end));
                if ts < lo || te > hi {
                    continue;
                }
                let dist = if te <= v {
                    v - te
                } else {
                    ts.saturating_sub(v + 1)
                };
                if dist <= 6
                    && best.is_none_or(|b| dist < b.0 || (dist == b.0 && e.label == Label::Person))
                {
                    best = Some((dist, k));
                }
            }
            // A pronoun right before or after the verb refers to the last person named.
            if (v > lo && pron(v - 1)) || pron(v + 1) {
                let k = if v > lo && pron(v - 1) { v - 1 } else { v + 1 };
                return Some(pronoun_speaker(k));
            }
            // An unnamed speaker: a noun phrase ending in a speaker noun right before the verb.
            if v > lo && speaker_noun(&lower[v - 1]) && best.is_none_or(|b| b.0 > 0) {
                let mut s = v - 1;
                while s > lo
                    && !matches!(words[s - 1], "," | "." | ":" | ";" | "“" | "”" | "\"")
                    && v - s < 7
                {
                    s -= 1;
                    if matches!(lower[s].as_str(), "a" | "an" | "the") {
                        break;
                    }
                }
                return Some(((toks[s].start as usize, toks[v - 1].end as usize), None));
            }
            best.map(|(_, k)| ((a.entities[k].start, a.entities[k].end), Some(k)))
        };

    // "according to X, ...": the token of "according" and the source X (its span, and
    // the entity when one is the whole source), up to the comma.
    #[allow(clippy::type_complexity)]
    let according_to =
        |lo: usize, hi: usize| -> Option<(usize, Option<((usize, usize), Option<usize>)>)> {
            let k = (lo..hi.saturating_sub(1))
                .find(|&k| lower[k] == "according" && lower[k + 1] == "to")?;
            let stop = (k + 2..hi).find(|&j| words[j] == ",").unwrap_or(hi);
            let named = a.entities.iter().position(|e| {
                tok_at(e.start) >= k + 2 && tok_at(e.end) <= stop && tok_at(e.start) <= k + 3
            });
            // "according to Indian media": the entity must be the whole source.
            let named = named.filter(|&e| tok_at(a.entities[e].end) >= stop);
            let found = match named {
                Some(e) => Some(((a.entities[e].start, a.entities[e].end), Some(e))),
                None if stop > k + 2 => Some((
                    (toks[k + 2].start as usize, toks[stop - 1].end as usize),
                    None,
                )),
                None => None,
            };
            Some((k, found))
        };

    let mut out = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for &(qs, qe) in &spans {
        // Sentences around the quote: where the verb may be.
        let (Some(s0), Some(s1)) = (
            sentence_of(qs.saturating_sub(1)),
            sentence_of(qe.saturating_sub(1)),
        ) else {
            continue;
        };
        let lo = tok_at(a.sentences[s0].start);
        let hi = tok_at(a.sentences[s1.min(a.sentences.len() - 1)].end);
        let (qa, qb) = (tok_at(qs), tok_at(qe));
        // A verb outside the quote: after it first ("...," X said), then before it.
        let after = (qb..hi.min(qb + 8)).find(|&k| is_verb(k) && !inside(toks[k].start as usize));
        let before = (lo..qa).rev().take(12).find(|&k| is_verb(k));
        let quoted_words = (qa..qb)
            .filter(|&k| words[k].chars().any(char::is_alphanumeric))
            .count();
        // A few quoted words are a partial quote only right by the verb ("claimed there
        // was “a lack of consensus”"); elsewhere they are scare quotes.
        // Before the quote, the verb also counts when the quote ends the clause it
        // reports ("said the response had been “shamefully slow”"): no comma,
        // semicolon or colon stands between them.
        let reports = |v: usize| {
            v + 4 >= qa
                || (qa - v <= 10 && !(v + 1..qa).any(|k| matches!(words[k], "," | ";" | ":")))
        };
        let verb = if quoted_words <= 3 {
            after
                .filter(|&v| v <= qb + 6)
                .or(before.filter(|&v| reports(v)))
        } else {
            after.or(before)
        };
        let found = verb.and_then(|v| {
            // After the quote the speaker follows ("...," said X / X said); before it,
            // the speaker is the clause's subject ("Asif ... said: “...”").
            let (slo, shi) = if Some(v) == after { (qb, hi) } else { (lo, v) };
            speaker_near(v, slo, shi).map(|sp| (v, sp))
        });
        // No verb of saying: a sentence told "according to X" is X's, quote and all.
        let sourced = if found.is_none() && quoted_words > 3 {
            according_to(lo, hi)
                .and_then(|(k, f)| Some((k, f?)))
                .filter(|&(k, _)| k + 1 < qa || k > qb)
                .map(|(k, (sp, ent))| (sp, ent, (toks[k].start as usize, toks[k + 1].end as usize)))
        } else {
            None
        };
        let (kind, speaker, entity, vspan, vclass) = match (found, sourced) {
            (Some((v, (sp, ent))), _) => (
                "direct",
                Some(sp),
                ent,
                Some((toks[v].start as usize, toks[v].end as usize)),
                verb_class(&lower[v]),
            ),
            (None, Some((sp, ent, vs))) => ("direct", Some(sp), ent, Some(vs), Some("neutral")),
            (None, None) if quoted_words <= 3 => ("scare", None, None, None, None),
            (None, None) => ("direct", None, None, None, None),
        };
        // Trim the marks' inner whitespace.
        let (mut s, mut e) = (qs, qe);
        while s < e && text[s..].starts_with(char::is_whitespace) {
            s += text[s..].chars().next().map_or(1, char::len_utf8);
        }
        while e > s && text[..e].ends_with(char::is_whitespace) {
            e -= text[..e].chars().next_back().map_or(1, char::len_utf8);
        }
        if s < e {
            covered.push((lo, hi));
            let entity = entity.or_else(|| speaker.and_then(|(a0, a1)| entity_at(a0, a1)));
            out.push(Quote {
                start: s,
                end: e,
                kind,
                speaker,
                entity,
                verb: vspan,
                verb_class: vclass,
            });
        }
    }

    // Indirect speech in sentences without a direct quote: "X said (that) ...",
    // "according to X, ...".
    for r in &a.sentence_tokens {
        let (lo, hi) = (r.start, r.end);
        if lo >= hi || covered.iter().any(|&(a0, a1)| a0 < hi && lo < a1) {
            continue;
        }
        if let Some((k, found)) = according_to(lo, hi) {
            if let Some((sp, ent)) = found {
                let (rs, re) = if k > lo + 2 {
                    (toks[lo].start as usize, toks[k - 1].end as usize)
                } else {
                    let after = tok_at(sp.1);
                    (
                        toks[(after + 1).min(hi - 1)].start as usize,
                        toks[hi - 1].end as usize,
                    )
                };
                if rs < re {
                    out.push(Quote {
                        start: rs,
                        end: re,
                        kind: "indirect",
                        speaker: Some(sp),
                        entity: ent,
                        verb: Some((toks[k].start as usize, toks[k + 1].end as usize)),
                        verb_class: Some("neutral"),
                    });
                }
            }
            continue;
        }
        let Some(v) = (lo..hi).find(|&k| is_verb(k) && k > lo) else {
            continue;
        };
        // "pointed out that", "told reporters that": the content starts after "that" or
        // after the verb and its object.
        let mut c = v + 1;
        let mut that = false;
        while c < hi
            && matches!(
                lower[c].as_str(),
                "out" | "reporters" | "journalists" | "media" | "that" | "on" | ","
            )
        {
            that |= lower[c] == "that";
            c += 1;
        }
        // Reported speech is a clause: after "that", or after a verb of saying or
        // denying that takes one bare ("claimed the lives of" reports nothing).
        let bare = matches!(
            lower[v].as_str(),
            "said"
                | "says"
                | "say"
                | "told"
                | "stated"
                | "added"
                | "denied"
                | "denies"
                | "rejected"
                | "refuted"
                | "dismissed"
        );
        if c >= hi.saturating_sub(2) {
            continue;
        }
        if let Some((sp, ent)) = speaker_near(v, lo, v) {
            // A person (or he/she) reports with any verb; anything else ("the omission
            // ... claimed the lives") only with a clause or a verb of saying.
            let person = ent.is_some_and(|k| a.entities[k].label == Label::Person)
                || matches!(text[sp.0..sp.1].to_lowercase().as_str(), "he" | "she");
            if !that && !bare && !person {
                continue;
            }
            out.push(Quote {
                start: toks[c].start as usize,
                end: toks[hi - 1].end as usize,
                kind: "indirect",
                speaker: Some(sp),
                entity: ent,
                verb: Some((toks[v].start as usize, toks[v].end as usize)),
                verb_class: verb_class(&lower[v]),
            });
        }
    }
    out.sort_by_key(|q| q.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityTagger;
    use proptest::prelude::*;

    const PIECES: [&str; 14] = [
        "“",
        "”",
        "\"",
        "said",
        "he said",
        "according to",
        "Rajnath Singh",
        "officials",
        "told reporters",
        "that",
        ",",
        ".",
        "\n",
        "denied",
    ];

    /// The one quote of a text.
    fn only_quote(text: &str) -> Quote {
        let a = EntityTagger::default().analyze(text, None);
        let mut quotes = find_quotes(text, &a);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        quotes.remove(0)
    }

    #[test]
    fn a_quote_told_according_to_someone_is_theirs() {
        let text = "According to officials close to the delegation, Norland had demanded wording that \"blamed a whole nation for the acts of a few militants\".";
        let q = only_quote(text);
        assert_eq!(q.kind, "direct");
        let (s, e) = q.speaker.expect("a speaker");
        assert_eq!(&text[s..e], "officials close to the delegation");
        let (vs, ve) = q.verb.expect("a verb");
        assert_eq!(&text[vs..ve], "According to");
    }

    #[test]
    fn a_quote_without_verb_or_source_has_no_speaker() {
        let q = only_quote(
            "Norland had demanded wording that \"blamed a whole nation for the acts of a few militants\".",
        );
        assert!(q.speaker.is_none(), "{q:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text: quotes lie inside it on character boundaries, in order.
        #[test]
        fn quotes_are_valid_spans(parts in prop::collection::vec(prop_oneof![
            prop::sample::select(&PIECES[..]).prop_map(str::to_string),
            any::<String>(),
        ], 0..25)) {
            let text = parts.join(" ");
            let a = EntityTagger::default().analyze(&text, None);
            let mut prev = 0;
            for q in find_quotes(&text, &a) {
                prop_assert!(q.start < q.end && q.end <= text.len() && prev <= q.start);
                prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
                if let Some((s, e)) = q.speaker {
                    prop_assert!(s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
                }
                prev = q.start;
            }
        }
    }
}
