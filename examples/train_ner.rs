//! Train the entity tagger on CoNLL-2003 and write `knowledge/entities/ner.model`.
//!
//! Usage: cargo run --release --example train_ner -- TRAIN DEV OUT [MAX_EPOCHS] [-v] [--with-dev]
//! (`scripts/train_ner` passes the shared data paths.)
//!
//! The number of epochs is chosen by 5-fold cross-validation over the train documents
//! (within [`TIE`] of the best F1 the fewest epochs win). A model trained on train alone
//! with that choice is then scored on dev, which nothing was tuned on, and written.
//! With `--with-dev` the written weights are trained on train + dev instead (every
//! choice fixed by then), and dev figures of that model are in sample.
//!
//! Every figure is given two ways: each sentence alone (as the CoNLL benchmark and a
//! headline meet the tagger; epochs are chosen on this one) and each document whole,
//! its sentences as CoNLL gives them, so that the document's memory applies (as an
//! article meets it). `SLANT_NER_MEMORY_DROPOUT` trains with that share of sentences
//! tagged without memory (see `MEMORY_DROPOUT` in the tagger's `train` module).

use std::time::Instant;

use slant::entities::tagger::model::{class_of, is_begin, Model};
use slant::entities::tagger::train::{
    project, read_conll, Doc, GoldSentence, Trainer, MEMORY_DROPOUT,
};
use slant::entities::tagger::{tag_document, Models, Prepare};
use slant::entities::EntityTagger;

type Gold = Vec<Vec<GoldSentence>>;

/// Cross-validated F1 within this of the best is a tie, won by the fewest epochs.
const TIE: f64 = 0.002;
/// Features whose every averaged weight is smaller than this are dropped.
const MIN_WEIGHT: f32 = 0.002;
/// Folds of cross-validation.
const FOLDS: usize = 5;

/// True positives, false positives and false negatives per class (1 PER .. 4 MISC).
#[derive(Clone, Copy, Default)]
struct Counts {
    tp: [usize; 5],
    fp: [usize; 5],
    fn_: [usize; 5],
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        for k in 0..5 {
            self.tp[k] += o.tp[k];
            self.fp[k] += o.fp[k];
            self.fn_[k] += o.fn_[k];
        }
    }

    /// Micro P, R, F1 over PER, LOC, ORG.
    fn micro(&self) -> (f64, f64, f64) {
        prf(
            self.tp[1..4].iter().sum(),
            self.fp[1..4].iter().sum(),
            self.fn_[1..4].iter().sum(),
        )
    }

    /// One line: per class, then the micro figure.
    fn line(&self) -> String {
        let mut out = String::new();
        for (k, name) in [(1, "PER"), (2, "LOC"), (3, "ORG"), (4, "MISC")] {
            let (p, r, f1) = prf(self.tp[k], self.fp[k], self.fn_[k]);
            out.push_str(&format!("{name} {p:.3}/{r:.3}/{f1:.3}  "));
        }
        let (p, r, f1) = self.micro();
        out.push_str(&format!("| micro PER+LOC+ORG P {p:.3} R {r:.3} F1 {f1:.4}"));
        out
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

fn spans_of(tags: &[u8], tokens: &[slant::tokens::Token]) -> Vec<(usize, usize, u8)> {
    let mut out: Vec<(usize, usize, u8)> = Vec::new();
    for (t, &tag) in tokens.iter().zip(tags) {
        let class = class_of(tag);
        if class == 0 {
            continue;
        }
        match out.last_mut() {
            Some(last) if !is_begin(tag) && last.2 == class && last.1 <= t.start as usize => {
                last.1 = t.end as usize
            }
            _ => out.push((t.start as usize, t.end as usize, class)),
        }
    }
    out
}

/// Span counts of `model` on `gold`'s spans (`off`: where `text` sits in the tagged
/// text); `verbose` prints every error.
fn count(
    c: &mut Counts,
    text: &str,
    tags: &[u8],
    tokens: &[slant::tokens::Token],
    spans: &[(usize, usize, String)],
    off: usize,
    verbose: bool,
) {
    let pred: Vec<(usize, usize, u8)> = spans_of(tags, tokens)
        .into_iter()
        .filter(|p| p.0 >= off && p.1 <= off + text.len())
        .map(|(s, e, k)| (s - off, e - off, k))
        .collect();
    let gold: Vec<(usize, usize, u8)> = spans
        .iter()
        .map(|(s, e, c)| {
            let k = match c.as_str() {
                "PER" => 1,
                "LOC" => 2,
                "ORG" => 3,
                _ => 4,
            };
            (*s, *e, k)
        })
        .collect();
    for p in &pred {
        if gold.contains(p) {
            c.tp[p.2 as usize] += 1;
        } else {
            c.fp[p.2 as usize] += 1;
            if verbose && p.2 < 4 {
                println!("FP {:?} {}  | {}", p, &text[p.0..p.1], text);
            }
        }
    }
    for g in &gold {
        if !pred.contains(g) {
            c.fn_[g.2 as usize] += 1;
            if verbose && g.2 < 4 {
                println!("FN {:?} {}  | {}", g, &text[g.0..g.1], text);
            }
        }
    }
}

/// Token ranges of `sentences` (byte ranges) over `tokens`.
fn token_ranges(
    tokens: &[slant::tokens::Token],
    sentences: &[std::ops::Range<usize>],
) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut k = 0;
    for r in sentences {
        let a = k;
        while k < tokens.len() && (tokens[k].start as usize) < r.end {
            k += 1;
        }
        ranges.push(a..k);
    }
    ranges
}

/// Span counts of `model` on `gold` read two ways: each sentence alone (split again by
/// slant, as the benchmark gives it), and each document whole, its sentences as
/// CoNLL gives them (one per line), so that document memory applies. `verbose` prints
/// the first way's errors.
fn evaluate(
    model: &Models,
    gold: &[Vec<GoldSentence>],
    prepare: &Prepare<'_>,
    verbose: bool,
) -> (Counts, Counts) {
    let (mut alone, mut whole) = (Counts::default(), Counts::default());
    for doc in gold {
        for (text, spans) in doc {
            let tokens = slant::tokens::tokenize(text);
            let ranges = token_ranges(&tokens, &slant::segment::split(text));
            let tags = tag_document(model, text, &tokens, &ranges, prepare);
            count(&mut alone, text, &tags, &tokens, spans, 0, verbose);
        }
        let text = doc
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let tokens = slant::tokens::tokenize(&text);
        let mut lines = Vec::new();
        let mut off = 0;
        for (t, _) in doc {
            lines.push(off..off + t.len());
            off += t.len() + 1;
        }
        let tags = tag_document(
            model,
            &text,
            &tokens,
            &token_ranges(&tokens, &lines),
            prepare,
        );
        for ((t, spans), line) in doc.iter().zip(&lines) {
            count(&mut whole, t, &tags, &tokens, spans, line.start, false);
        }
    }
    (alone, whole)
}

/// A fixed-seed shuffle (xorshift), so that training is reproducible.
fn shuffle<T>(items: &mut [T], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        items.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Train on `docs` for `epochs` with `dropout` (the share of sentences tagged without
/// the document's memory), calling `each(epoch, model bytes)` after every epoch.
fn train(
    docs: &[&Doc],
    epochs: usize,
    prepare: &Prepare<'_>,
    dropout: f64,
    mut each: impl FnMut(usize, Vec<u8>),
) -> Trainer {
    let mut order: Vec<&Doc> = docs.to_vec();
    let mut trainer = Trainer::with_memory_dropout(dropout);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for epoch in 1..=epochs {
        shuffle(&mut order, &mut seed);
        trainer.epoch(&order, prepare);
        each(epoch, trainer.finish(0.0));
    }
    trainer
}

/// The two models from their bytes.
fn models(within: &[u8], alone: &[u8]) -> Models {
    Models {
        within: Model::from_bytes(within).expect("model round-trips"),
        alone: Model::from_bytes(alone).expect("model round-trips"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: train_ner TRAIN DEV OUT [MAX_EPOCHS] [-v] [--with-dev]");
        std::process::exit(2);
    }
    let max_epochs: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(15);
    let verbose = args.iter().any(|a| a == "-v");
    let t0 = Instant::now();
    let train_gold = read_conll(&std::fs::read_to_string(&args[0]).expect("read TRAIN"));
    let dev_gold = read_conll(&std::fs::read_to_string(&args[1]).expect("read DEV"));
    let project_all = |gold: &Gold| -> Vec<Doc> {
        gold.iter()
            .map(|d| d.iter().map(|(t, s)| project(t, s)).collect())
            .collect()
    };
    let train_docs = project_all(&train_gold);
    let dev_docs = project_all(&dev_gold);
    let tagger = EntityTagger::default();
    let prepare = |text: &str, toks: &[slant::tokens::Token]| tagger.prepare(text, toks).0;
    // The model for sentences with nothing remembered is trained with memory dropped
    // from a share of its sentences; the one for sentences within a document, never.
    let alone_dropout: f64 = std::env::var("SLANT_NER_MEMORY_DROPOUT")
        .map(|p| p.parse().expect("a share from 0 to 1"))
        .unwrap_or(MEMORY_DROPOUT);

    // Cross-validation: documents k, k+5, ... form fold k.
    let mut by_epoch = vec![(Counts::default(), Counts::default()); max_epochs];
    for fold in 0..FOLDS {
        let fit: Vec<&Doc> = (0..train_docs.len())
            .filter(|i| i % FOLDS != fold)
            .map(|i| &train_docs[i])
            .collect();
        let held: Gold = (0..train_gold.len())
            .filter(|i| i % FOLDS == fold)
            .map(|i| train_gold[i].clone())
            .collect();
        let mut alone_by_epoch = Vec::new();
        train(&fit, max_epochs, &prepare, alone_dropout, |_, b| {
            alone_by_epoch.push(b)
        });
        train(&fit, max_epochs, &prepare, 0.0, |epoch, b| {
            let pair = models(&b, &alone_by_epoch[epoch - 1]);
            let (alone, whole) = evaluate(&pair, &held, &prepare, false);
            by_epoch[epoch - 1].0.add(&alone);
            by_epoch[epoch - 1].1.add(&whole);
        });
    }
    let scores: Vec<f64> = by_epoch.iter().map(|c| c.0.micro().2).collect();
    for (k, (alone, whole)) in by_epoch.iter().enumerate() {
        println!(
            "cross-validated ({FOLDS} folds of train documents), epoch {}, sentences alone: {}\n    documents whole: {}",
            k + 1,
            alone.line(),
            whole.line()
        );
    }
    let best = scores.iter().copied().fold(0.0, f64::max);
    let epochs = scores.iter().position(|&f| f >= best - TIE).unwrap_or(0) + 1;
    println!(
        "chosen: {epochs} epochs (cross-validated F1 {:.4}; best {best:.4})",
        scores[epochs - 1]
    );

    // Train alone, scored on dev (not tuned on), and written; with --with-dev the
    // written weights are trained on train + dev (every choice is fixed by then, and
    // dev figures of that model are in sample).
    let mut docs: Vec<&Doc> = train_docs.iter().collect();
    let fit_both = |docs: &[&Doc]| {
        (
            train(docs, epochs, &prepare, 0.0, |_, _| {}).finish(MIN_WEIGHT),
            train(docs, epochs, &prepare, alone_dropout, |_, _| {}).finish(MIN_WEIGHT),
        )
    };
    let mut bytes = fit_both(&docs);
    let (alone, whole) = evaluate(&models(&bytes.0, &bytes.1), &dev_gold, &prepare, verbose);
    println!(
        "trained on train, dev (not tuned on), sentences alone: {}\n    documents whole: {}",
        alone.line(),
        whole.line()
    );
    let with_dev = args.iter().any(|a| a == "--with-dev");
    if with_dev {
        docs.extend(dev_docs.iter());
        bytes = fit_both(&docs);
    }
    let out = std::path::Path::new(&args[2]);
    let stem = out.file_stem().and_then(|s| s.to_str()).unwrap_or("ner");
    let alone_out = out.with_file_name(format!("{stem}_alone.model"));
    println!(
        "written: trained on {} ({} documents, {epochs} epochs), {:.1} + {:.1} MB, to {} and {} in {:.1}s",
        if with_dev { "train + dev" } else { "train" },
        docs.len(),
        bytes.0.len() as f64 / 1e6,
        bytes.1.len() as f64 / 1e6,
        out.display(),
        alone_out.display(),
        t0.elapsed().as_secs_f64()
    );
    std::fs::write(out, &bytes.0).expect("write OUT");
    std::fs::write(&alone_out, &bytes.1).expect("write the alone model beside OUT");
}
