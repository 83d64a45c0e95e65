//! One document through every per-document layer: incident mentions, learned event
//! mentions and their coreference, quotes, framing, hedges, repeated passages and site lines.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::tagger;

fuzz_target!(|text: &str| {
    let (a, mentions) = slant::incidents::names::analyze(tagger(), text, None);
    for m in &mentions {
        assert!(m.start <= m.end && m.end <= text.len());
    }
    let events = slant::incidents::detect::detect(text, &a);
    for e in &events {
        assert!(e.start < e.end && e.end <= text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
    // The text's events across two copies of it (halves of the text as documents).
    let half = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let docs = [text, &text[half..]];
    let spans: Vec<slant::incidents::coref::EventSpan> = events
        .iter()
        .flat_map(|e| {
            [
                slant::incidents::coref::EventSpan { doc: 0, start: e.start, end: e.end },
                slant::incidents::coref::EventSpan { doc: 1, start: e.start, end: e.end },
            ]
        })
        .collect();
    assert_eq!(slant::incidents::coref::cluster(&docs, &spans).len(), spans.len());
    for q in slant::stance::quotes::find_quotes(text, &a) {
        assert!(q.start <= q.end && q.end <= text.len());
    }
    let _ = slant::stance::framing::framing_phrases(text, &a);
    let _ = slant::stance::framing::hedges(text, &a);
});
