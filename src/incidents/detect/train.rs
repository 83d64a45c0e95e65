//! Training the event tagger: gold mention spans projected onto slant's tokens, an
//! averaged perceptron, and scoring by overlap. Used by `examples/train_events.rs`
//! (see `scripts/train_events`).

use super::{decode, model_bytes, read_model, spans, EventModel, Facts, Scorer, BIAS, NTAGS};
use crate::entities::{Entity, EntityTagger};
use crate::learn::{quantise, Perceptron};
use crate::tokens::Token;

/// One sentence for training: what the features read, its tokens and gold tags.
pub struct Sentence {
    facts: Facts,
    tokens: Vec<Token>,
    tags: Vec<u8>,
}

/// One document: its sentences and its gold mention spans (bytes).
pub struct Example {
    sentences: Vec<Sentence>,
    gold: Vec<(usize, usize)>,
}

impl Example {
    /// Analyse `text` with `tagger` and mark the tokens that overlap a gold span: the
    /// first of each span B, the others I.
    pub fn new(text: &str, gold: &[(usize, usize)], tagger: &EntityTagger) -> Example {
        // Read as slant reads a document (event names marked), as the tagger will see it.
        let (a, _) = crate::incidents::names::analyze(tagger, text, None);
        let mut sentences = Vec::new();
        for range in &a.sentence_tokens {
            let tokens: Vec<Token> = a.tokens[range.clone()].to_vec();
            let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
                continue;
            };
            let (s0, s1) = (first.start as usize, last.end as usize);
            let ents: Vec<Entity> = a
                .entities
                .iter()
                .filter(|e| e.start < s1 && s0 < e.end)
                .cloned()
                .collect();
            let mut tags = vec![0u8; tokens.len()];
            for &(gs, ge) in gold {
                let mut first_word = true;
                for (t, tag) in tokens.iter().zip(tags.iter_mut()) {
                    if (t.start as usize) < ge && gs < t.end as usize {
                        *tag = if first_word { 1 } else { 2 };
                        first_word = false;
                    }
                }
            }
            sentences.push(Sentence {
                facts: Facts::new(text, &tokens, &ents),
                tokens,
                tags,
            });
        }
        Example {
            sentences,
            gold: gold.to_vec(),
        }
    }
}

/// Mentions right by overlap: (predictions overlapping a gold mention, predictions,
/// gold mentions overlapped by a prediction, gold mentions).
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    /// Predictions that overlap some gold mention.
    pub right_predicted: usize,
    /// All predictions.
    pub predicted: usize,
    /// Gold mentions that some prediction overlaps.
    pub right_gold: usize,
    /// All gold mentions.
    pub gold: usize,
}

impl Counts {
    /// Add another set of counts to these.
    pub fn add(&mut self, o: &Counts) {
        self.right_predicted += o.right_predicted;
        self.predicted += o.predicted;
        self.right_gold += o.right_gold;
        self.gold += o.gold;
    }

    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (
            ratio(self.right_predicted, self.predicted),
            ratio(self.right_gold, self.gold),
        );
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    }
}

/// The mention spans (bytes) a model finds in an example.
pub fn predict<S: Scorer>(model: &S, ex: &Example) -> Vec<(usize, usize)> {
    let mut feats = Vec::new();
    let mut predicted = Vec::new();
    for s in &ex.sentences {
        let tags = decode(model, &s.facts, &mut feats, |_, _, best| best);
        predicted.extend(spans(&s.tokens, &tags));
    }
    predicted
}

/// Score a model on examples.
pub fn evaluate<S: Scorer>(model: &S, examples: &[&Example]) -> Counts {
    let mut c = Counts::default();
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    for ex in examples {
        let predicted = predict(model, ex);
        c.predicted += predicted.len();
        c.gold += ex.gold.len();
        c.right_predicted += predicted
            .iter()
            .filter(|p| ex.gold.iter().any(|g| overlaps(**p, *g)))
            .count();
        c.right_gold += ex
            .gold
            .iter()
            .filter(|g| predicted.iter().any(|p| overlaps(*p, **g)))
            .count();
    }
    c
}

/// An averaged perceptron being trained.
#[derive(Default)]
pub struct Trainer {
    perceptron: Perceptron<NTAGS>,
}

impl Trainer {
    /// No weights yet.
    pub fn new() -> Trainer {
        Trainer::default()
    }

    /// One pass over the examples, in the order given; returns the token errors.
    pub fn epoch(&mut self, examples: &[&Example]) -> usize {
        let mut errors = 0;
        let mut feats = Vec::new();
        for ex in examples {
            for s in &ex.sentences {
                let p = &mut self.perceptron;
                // The history features see the model's own guesses, as at prediction.
                let mut updates: Vec<(Vec<u64>, usize, usize)> = Vec::new();
                decode(&*p, &s.facts, &mut feats, |k, f, guess| {
                    let gold = s.tags[k];
                    if gold != guess {
                        errors += 1;
                    }
                    updates.push((f.to_vec(), usize::from(gold), usize::from(guess)));
                    guess
                });
                for (f, gold, guess) in updates {
                    p.update(&f, gold, guess);
                }
            }
        }
        errors
    }

    /// The averaged weights with |weight| >= `min_weight`, the B tag's prior raised by
    /// `offset` (more mentions when positive), quantised, as model bytes.
    pub fn finish(&self, min_weight: f32, offset: f32) -> Vec<u8> {
        let mut rows = self.perceptron.averaged(min_weight);
        match rows.binary_search_by_key(&BIAS, |r| r.0) {
            Ok(k) => rows[k].1[1] += offset,
            Err(k) => rows.insert(k, (BIAS, [0.0, offset, 0.0])),
        }
        let (q, _) = quantise(&rows);
        model_bytes(&q)
    }

    /// The averaged model, for scoring between epochs.
    pub fn model(&self, min_weight: f32, offset: f32) -> Result<EventModel, String> {
        read_model(&self.finish(min_weight, offset))
    }
}
