//! The statistical tagger: an averaged perceptron over word shape, affixes, context,
//! gazetteer membership and document memory, trained on CoNLL-2003 English
//! (`scripts/train_ner`) and embedded in the library: two models, one for sentences
//! with nothing remembered behind them and one for sentences within a document.

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
static ALONE_BYTES: &[u8] = include_bytes!("../../../knowledge/entities/ner_alone.model");

/// The tagger's two models: one for sentences read after the document has named
/// something, one for sentences with nothing remembered behind them (a sentence given
/// alone, a headline, the first sentences of an article).
///
/// A model trained always with the document's memory leans on it and reads a sentence
/// alone worse; one trained with memory often dropped reads sentences alone better and
/// documents worse (see [`train::MEMORY_DROPOUT`]). Each reads what it was trained for.
pub struct Models {
    /// For sentences after the document has named something.
    pub within: Model,
    /// For sentences with no memory behind them.
    pub alone: Model,
}

impl Models {
    /// The model for a sentence, by whether the document remembers anything yet.
    #[inline]
    pub fn for_memory(&self, memory: &Memory) -> &Model {
        if memory.is_empty() {
            &self.alone
        } else {
            &self.within
        }
    }
}

/// The embedded models, loaded on first use.
pub fn embedded() -> &'static Models {
    static MODELS: OnceLock<Models> = OnceLock::new();
    MODELS.get_or_init(|| Models {
        within: Model::from_bytes(MODEL_BYTES).expect("embedded entity model is valid"),
        alone: Model::from_bytes(ALONE_BYTES).expect("embedded entity model is valid"),
    })
}

/// Tags the sentences of one document in order, remembering what it said about
/// each word for the sentences that follow.
pub struct DocumentTagger<'m> {
    models: &'m Models,
    memory: Memory,
    feats: Vec<u64>,
}

impl<'m> DocumentTagger<'m> {
    /// A tagger for one document.
    pub fn new(models: &'m Models) -> Self {
        DocumentTagger {
            models,
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
        let model = self.models.for_memory(&self.memory);
        decode(model, &ctx, &mut self.memory, &mut self.feats, |_, _, t| t)
    }
}

/// Tag the sentences of one document (each a range of `tokens`) with BIO tag indices.
pub fn tag_document(
    model: &Models,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_with_nothing_remembered_is_read_by_the_model_for_sentences_alone() {
        let models = embedded();
        let mut memory = Memory::default();
        assert!(std::ptr::eq(models.for_memory(&memory), &models.alone));
        memory.insert(7, 1);
        assert!(std::ptr::eq(models.for_memory(&memory), &models.within));
        // The two are different models, each trained for its reading.
        assert_ne!(models.alone.len(), models.within.len());
    }

    #[test]
    fn a_document_remembers_its_names_for_the_sentences_after() {
        // "Kelso" is unknown to the gazetteer; read as a person once, it is
        // remembered, and the document's later sentences are read by the model for
        // sentences within a document.
        let text = "Senator Amy Kelso spoke on Monday. Kelso said the bill would pass.";
        let tokens = crate::tokens::tokenize(text);
        let cut = tokens.iter().position(|t| t.text(text) == ".").unwrap() + 1;
        let tagger = crate::entities::EntityTagger::default();
        let prepare = |t: &str, toks: &[Token]| tagger.prepare(t, toks).0;
        let tags = tag_document(
            embedded(),
            text,
            &tokens,
            &[0..cut, cut..tokens.len()],
            &prepare,
        );
        let second = tokens
            .iter()
            .rposition(|t| t.text(text) == "Kelso")
            .unwrap();
        assert_eq!(model::class_of(tags[second]), 1, "{tags:?}");
    }
}
