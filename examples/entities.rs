//! Entity tagging from the command line, for development.
//!
//!   cargo run --release --example entities -- show FILE...   print each document's entities
//!   cargo run --release --example entities -- conll DEV [-v]  PER/LOC/ORG scores and words/s
//!
//! The CoNLL mode scores the whole pipeline the way the benchmark does: each sentence
//! is its tokens joined by single spaces, spans must match exactly, PERSON→PER,
//! GPE/LOC→LOC, ORG→ORG, other labels ignored.

use std::time::Instant;

use slant::entities::tagger::train::read_conll;
use slant::entities::{EntityTagger, Label};

/// A sentence and its gold (start, end, class) spans, class 0..3 = PER, LOC, ORG.
type Scored = (String, Vec<(usize, usize, u8)>);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tagger = EntityTagger::default();
    match args.first().map(String::as_str) {
        Some("show") => {
            for path in &args[1..] {
                let text = std::fs::read_to_string(path).expect("read file");
                println!("== {path}");
                for e in tagger.tag(&text, None) {
                    let extra = match (&e.date, e.number, e.role) {
                        (Some(d), _, _) => format!(" date={d}"),
                        (_, Some(n), Some(r)) => format!(" n={n} role={r}"),
                        _ => String::new(),
                    };
                    println!(
                        "{:>6} {:<9} {:<40} → {} [{}]{}",
                        e.start,
                        e.label.as_str(),
                        &text[e.start..e.end],
                        e.canonical,
                        e.id,
                        extra
                    );
                }
            }
        }
        Some("conll") => {
            let verbose = args.iter().any(|a| a == "-v");
            let docs = read_conll(&std::fs::read_to_string(&args[1]).expect("read DEV"));
            let sents: Vec<Scored> = docs
                .into_iter()
                .flatten()
                .map(|(t, spans)| {
                    let gold = spans
                        .into_iter()
                        .filter_map(|(s, e, c)| match c.as_str() {
                            "PER" => Some((s, e, 0)),
                            "LOC" => Some((s, e, 1)),
                            "ORG" => Some((s, e, 2)),
                            _ => None,
                        })
                        .collect();
                    (t, gold)
                })
                .collect();
            let words: usize = sents.iter().map(|(t, _)| t.split(' ').count()).sum();
            // Load the model and tables before timing; the best of REPEAT rounds is the
            // steady state.
            tagger.tag("Warm up.", None);
            let repeat: usize = std::env::var("REPEAT")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(1);
            let mut best = f64::INFINITY;
            for _ in 1..repeat {
                let t0 = Instant::now();
                for (t, _) in &sents {
                    std::hint::black_box(tagger.tag(t, None));
                }
                best = best.min(t0.elapsed().as_secs_f64());
            }
            let t0 = Instant::now();
            let preds: Vec<Vec<(usize, usize, u8)>> = sents
                .iter()
                .map(|(t, _)| {
                    tagger
                        .tag(t, None)
                        .into_iter()
                        .filter_map(|e| match e.label {
                            Label::Person => Some((e.start, e.end, 0)),
                            Label::Gpe | Label::Loc => Some((e.start, e.end, 1)),
                            Label::Org => Some((e.start, e.end, 2)),
                            _ => None,
                        })
                        .collect()
                })
                .collect();
            let secs = best.min(t0.elapsed().as_secs_f64());
            let (mut tp, mut fp, mut fn_) = ([0usize; 3], [0usize; 3], [0usize; 3]);
            for ((text, gold), pred) in sents.iter().zip(&preds) {
                for p in pred {
                    if gold.contains(p) {
                        tp[p.2 as usize] += 1
                    } else {
                        fp[p.2 as usize] += 1;
                        if verbose {
                            println!(
                                "FP {} {:?} | {text}",
                                ["PER", "LOC", "ORG"][p.2 as usize],
                                &text[p.0..p.1]
                            );
                        }
                    }
                }
                for g in gold {
                    if !pred.contains(g) {
                        fn_[g.2 as usize] += 1;
                        if verbose {
                            println!(
                                "FN {} {:?} | {text}",
                                ["PER", "LOC", "ORG"][g.2 as usize],
                                &text[g.0..g.1]
                            );
                        }
                    }
                }
            }
            let prf = |tp: usize, fp: usize, fn_: usize| {
                let p = tp as f64 / (tp + fp).max(1) as f64;
                let r = tp as f64 / (tp + fn_).max(1) as f64;
                (p, r, 2.0 * p * r / (p + r).max(1e-9))
            };
            for (k, name) in ["PER", "LOC", "ORG"].iter().enumerate() {
                let (p, r, f) = prf(tp[k], fp[k], fn_[k]);
                println!("{name}: P {p:.3} R {r:.3} F1 {f:.3}");
            }
            let (p, r, f) = prf(tp.iter().sum(), fp.iter().sum(), fn_.iter().sum());
            println!("micro: P {p:.3} R {r:.3} F1 {f:.4}");
            println!(
                "{words} words in {secs:.2}s = {:.0} words/s",
                words as f64 / secs
            );
        }
        _ => {
            eprintln!("usage: entities show FILE... | entities conll DEV [-v]");
            std::process::exit(2);
        }
    }
}
