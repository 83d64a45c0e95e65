//! Train the entity tagger on CoNLL-2003 and write `knowledge/entities/ner.model`.
//!
//! Usage: cargo run --release --example train_ner -- TRAIN DEV OUT [EPOCHS]
//! (`scripts/train_ner` passes the shared data paths.)

use std::time::Instant;

use slant::entities::tagger::model::{class_of, is_begin, Model};
use slant::entities::tagger::train::{project, read_conll, Doc, GoldSentence, Trainer};
use slant::entities::tagger::{tag_document, Prepare};
use slant::entities::EntityTagger;

type Gold = Vec<Vec<GoldSentence>>;

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

/// Micro P/R/F1 over PER, LOC, ORG (classes 1..=3), per class too.
fn evaluate(model: &Model, gold: &Gold, prepare: &Prepare<'_>, verbose: bool) -> f64 {
    let mut tp = [0usize; 5];
    let mut fp = [0usize; 5];
    let mut fn_ = [0usize; 5];
    let by_doc = std::env::var("BY_DOC").is_ok();
    for doc in gold {
        // Either each sentence alone, or the document's sentences joined by single
        // spaces and split again by slant (so that document memory applies).
        let units: Vec<GoldSentence> = if by_doc {
            let mut text = String::new();
            let mut spans = Vec::new();
            for (t, ss) in doc {
                if !text.is_empty() {
                    text.push(' ');
                }
                let off = text.len();
                text.push_str(t);
                spans.extend(ss.iter().map(|(s, e, c)| (s + off, e + off, c.clone())));
            }
            vec![(text, spans)]
        } else {
            doc.clone()
        };
        for (text, spans) in &units {
            let text = text.as_str();
            let tokens = slant::tokens::tokenize(text);
            let sents = slant::segment::split(text);
            let mut ranges = Vec::new();
            let mut k = 0;
            for r in &sents {
                let a = k;
                while k < tokens.len() && (tokens[k].start as usize) < r.end {
                    k += 1;
                }
                ranges.push(a..k);
            }
            let tags = tag_document(model, text, &tokens, &ranges, prepare);
            let pred = spans_of(&tags, &tokens);
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
                    tp[p.2 as usize] += 1;
                } else {
                    fp[p.2 as usize] += 1;
                    if verbose && p.2 < 4 {
                        println!("FP {:?} {}  | {}", p, &text[p.0..p.1], text);
                    }
                }
            }
            for g in &gold {
                if !pred.contains(g) {
                    fn_[g.2 as usize] += 1;
                    if verbose && g.2 < 4 {
                        println!("FN {:?} {}  | {}", g, &text[g.0..g.1], text);
                    }
                }
            }
        }
    }
    let f = |tp: usize, fp: usize, fn_: usize| {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        (p, r, 2.0 * p * r / (p + r).max(1e-9))
    };
    for (k, name) in [(1, "PER"), (2, "LOC"), (3, "ORG"), (4, "MISC")] {
        let (p, r, f1) = f(tp[k], fp[k], fn_[k]);
        print!("{name} {p:.3}/{r:.3}/{f1:.3}  ");
    }
    let (p, r, f1) = f(
        tp[1..4].iter().sum(),
        fp[1..4].iter().sum(),
        fn_[1..4].iter().sum(),
    );
    println!("| micro PER+LOC+ORG P {p:.3} R {r:.3} F1 {f1:.4}");
    f1
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: train_ner TRAIN DEV OUT [EPOCHS] [-v]");
        std::process::exit(2);
    }
    let epochs: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(12);
    let verbose = args.iter().any(|a| a == "-v");
    let train = read_conll(&std::fs::read_to_string(&args[0]).expect("read TRAIN"));
    let dev = read_conll(&std::fs::read_to_string(&args[1]).expect("read DEV"));
    let mut docs: Vec<Doc> = train
        .iter()
        .map(|d| d.iter().map(|(t, s)| project(t, s)).collect())
        .collect();
    let tagger = EntityTagger::default();
    let prepare = |text: &str, toks: &[slant::tokens::Token]| tagger.prepare(text, toks).0;
    let mut trainer = Trainer::new();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for epoch in 0..epochs {
        let t0 = Instant::now();
        // Deterministic shuffle (xorshift) so that training is reproducible.
        for i in (1..docs.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            docs.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let errors = trainer.epoch(&docs, &prepare);
        let bytes = trainer.finish(0.0);
        let model = Model::from_bytes(&bytes).expect("model round-trips");
        print!(
            "epoch {epoch} errors {errors} ({:.1}s) ",
            t0.elapsed().as_secs_f64()
        );
        evaluate(&model, &dev, &prepare, false);
    }
    let bytes = trainer.finish(0.002);
    let model = Model::from_bytes(&bytes).expect("model round-trips");
    print!(
        "final (pruned, {} features, {:.1} MB): ",
        model.len(),
        bytes.len() as f64 / 1e6
    );
    evaluate(&model, &dev, &prepare, verbose);
    std::fs::write(&args[2], &bytes).expect("write OUT");
}
