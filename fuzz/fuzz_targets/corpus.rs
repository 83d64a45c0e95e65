//! Several documents (separated by U+001E) analysed as one corpus.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::tagger;

fuzz_target!(|text: &str| {
    let docs: Vec<(&str, Option<slant::entities::dates::Day>)> =
        text.split('\u{1e}').take(8).map(|d| (d, None)).collect();
    let r = slant::corpus::analyze(tagger(), &docs, &[], 1);
    assert_eq!(r.docs.len(), docs.len());
    for inc in &r.incidents {
        for &(d, m) in &inc.mentions {
            assert!(d < docs.len() && m < r.docs[d].mentions.len());
        }
    }
});
