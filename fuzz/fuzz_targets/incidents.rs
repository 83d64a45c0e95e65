//! One document through every per-document layer: incident mentions, learned event
//! mentions, quotes, framing, hedges, repeated passages and site lines.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::tagger;

fuzz_target!(|text: &str| {
    let a = tagger().analyze(text, None);
    for m in &a.mentions {
        assert!(m.start <= m.end && m.end <= text.len());
    }
    for e in slant::incidents::detect::detect(text, &a) {
        assert!(e.start < e.end && e.end <= text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
    for q in slant::stance::quotes::find_quotes(text, &a) {
        assert!(q.start <= q.end && q.end <= text.len());
    }
    let _ = slant::stance::framing::framing_phrases(text, &a);
    let _ = slant::stance::framing::hedges(text, &a);
});
