//! Entity tagging of any text: spans inside the text, on character boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::tagger;

fuzz_target!(|text: &str| {
    for e in tagger().tag(text, None) {
        assert!(e.start < e.end && e.end <= text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
});
