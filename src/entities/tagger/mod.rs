//! The statistical tagger: an averaged perceptron over word shape, affixes, context,
//! gazetteer membership and document memory, trained on CoNLL-2003 English
//! (`scripts/train_ner`) and embedded in the library.

pub mod features;
pub mod model;
pub mod train;

use std::sync::OnceLock;

use features::{Context, Word};
use model::{decode, Memory, Model};

use crate::tokens::Token;

/// A sentence ready for the tagger: its words (with gazetteer bits) and line flags.
pub struct Prepared {
    /// Word facts, one per token.
    pub words: Vec<Word>,
    /// Most letters are uppercase (a wire headline).
    pub caps_line: bool,
    /// Most words are capitalised (a title-case headline).
    pub title_line: bool,
}

/// Turns a sentence's tokens into [`Prepared`] words (the pipeline adds gazetteer bits).
pub type Prepare<'a> = dyn Fn(&str, &[Token]) -> Prepared + Sync + 'a;

static MODEL_BYTES: &[u8] = include_bytes!("../../../knowledge/entities/ner.model");

/// The embedded model, loaded on first use.
pub fn embedded() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).expect("embedded entity model is valid"))
}

/// Tags the sentences of one document in order, remembering what it said about
/// each word for the sentences that follow.
pub struct DocumentTagger<'m> {
    model: &'m Model,
    memory: Memory,
    feats: Vec<u64>,
}

impl<'m> DocumentTagger<'m> {
    /// A tagger for one document.
    pub fn new(model: &'m Model) -> Self {
        DocumentTagger {
            model,
            memory: Memory::default(),
            feats: Vec::with_capacity(64),
        }
    }

    /// BIO tag indices of one prepared sentence.
    pub fn tag(&mut self, sentence: &Prepared) -> Vec<u8> {
        let ctx = Context {
            words: &sentence.words,
            caps_line: sentence.caps_line,
            title_line: sentence.title_line,
        };
        decode(
            self.model,
            &ctx,
            &mut self.memory,
            &mut self.feats,
            |_, _, t| t,
        )
    }
}

/// Tag the sentences of one document (each a range of `tokens`) with BIO tag indices.
pub fn tag_document(
    model: &Model,
    text: &str,
    tokens: &[Token],
    sentences: &[std::ops::Range<usize>],
    prepare: &Prepare<'_>,
) -> Vec<u8> {
    let mut tagger = DocumentTagger::new(model);
    let mut tags = Vec::with_capacity(tokens.len());
    for range in sentences {
        tags.extend(tagger.tag(&prepare(text, &tokens[range.clone()])));
    }
    tags
}
