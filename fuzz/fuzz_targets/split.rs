//! Sentences and tokens of any text: spans ordered, on character boundaries, no panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let spans = slant::segment::split(text);
    let mut last = 0;
    for s in &spans {
        assert!(last <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
    for t in slant::tokens::tokenize(text) {
        assert!(text.is_char_boundary(t.start as usize) && text.is_char_boundary(t.end as usize));
    }
});
