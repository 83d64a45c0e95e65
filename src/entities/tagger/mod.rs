//! The statistical tagger: an averaged perceptron over word shape, affixes, context,
//! gazetteer membership and document memory, trained on CoNLL-2003 English
//! (`scripts/train_ner`) and embedded in the library.

pub mod features;
pub mod model;
pub mod train;

use std::sync::OnceLock;

use features::{line_flags, Context, Word};
use model::{decode, Memory, Model};

use crate::tokens::Token;

/// Marks gazetteer evidence on the words of a sentence (see [`features::gaz`]).
pub type Annotator<'a> = dyn Fn(&str, &[Token], &mut [Word]) + Sync + 'a;

/// Words and line flags of one sentence.
pub fn sentence_words(
    text: &str,
    tokens: &[Token],
    annotate: &Annotator<'_>,
) -> (Vec<Word>, bool, bool) {
    let mut words: Vec<Word> = tokens.iter().map(|t| Word::new(t.text(text))).collect();
    annotate(text, tokens, &mut words);
    let (caps, title) = line_flags(text, tokens, &words);
    (words, caps, title)
}

static MODEL_BYTES: &[u8] = include_bytes!("../../../knowledge/entities/ner.model");

/// The embedded model, loaded on first use.
pub fn embedded() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).expect("embedded entity model is valid"))
}

/// Tag the sentences of one document (each a slice of `tokens`) with BIO tag indices.
pub fn tag_document(
    model: &Model,
    text: &str,
    tokens: &[Token],
    sentences: &[std::ops::Range<usize>],
    annotate: &Annotator<'_>,
) -> Vec<u8> {
    let mut tags = Vec::with_capacity(tokens.len());
    let mut memory = Memory::default();
    let mut feats = Vec::with_capacity(64);
    for range in sentences {
        let toks = &tokens[range.clone()];
        let (words, caps, title) = sentence_words(text, toks, annotate);
        let ctx = Context {
            words: &words,
            caps_line: caps,
            title_line: title,
        };
        tags.extend(decode(model, &ctx, &mut memory, &mut feats, |_, _, t| t));
    }
    tags
}
