//! Train the event tagger on ECB+ and write `knowledge/incidents/events.model`.
//!
//! Usage: cargo run --release --example train_events -- TRAIN DEV OUT [MAX_EPOCHS]
//! (`scripts/train_events` passes the shared data paths.)
//!
//! The number of epochs is chosen by 5-fold cross-validation over the train topics
//! (whole topics per fold, so no event is seen in training and testing; within
//! [`TIE`] of the best F1 the fewest epochs win); the shipped
//! weights are then trained on all of train. Dev is only reported. Gold mentions are
//! ECB+'s event mentions, except reporting ones ("said", "told"): slant does not count
//! a report as an event.

use std::collections::HashMap;
use std::time::Instant;

use slant::entities::EntityTagger;
use slant::incidents::detect::train::{evaluate, Counts, Example, Trainer};

/// Cross-validated F1 within this of the best is a tie, and the fewest epochs win: on
/// equal evidence the less fitted model, and the choice does not flip on noise (2 and
/// 3 epochs differ by less than 0.001).
const TIE: f64 = 0.002;
/// Features whose every averaged weight is smaller than this are dropped.
const MIN_WEIGHT: f32 = 0.05;
/// Offsets of the B tag's prior tried in cross-validation (averaged-weight units).
const OFFSETS: [f32; 10] = [0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 65.0];

/// A topic's texts that carry mentions, each with its gold byte spans.
type Topic = Vec<(String, Vec<(usize, usize)>)>;

fn read_topics(path: &str) -> Vec<Topic> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut topics = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let topic: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        // The release reuses a document id for two texts: a mention belongs to the
        // text whose characters it matches.
        let mut texts: HashMap<String, Vec<String>> = HashMap::new();
        for d in topic["docs"].as_array().into_iter().flatten() {
            let id = d["doc"].as_str().unwrap_or_default().to_string();
            texts
                .entry(id)
                .or_default()
                .push(d["text"].as_str().unwrap_or_default().to_string());
        }
        let mut gold: HashMap<(String, usize), Vec<(usize, usize)>> = HashMap::new();
        for m in topic["mentions"].as_array().into_iter().flatten() {
            if m["type"].as_str() == Some("ACTION_REPORTING") {
                continue;
            }
            let id = m["doc"].as_str().unwrap_or_default();
            let (s, e) = (
                m["start"].as_u64().unwrap_or(0) as usize,
                m["end"].as_u64().unwrap_or(0) as usize,
            );
            let want = m["text"].as_str().unwrap_or_default();
            for (k, text) in texts.get(id).into_iter().flatten().enumerate() {
                // Offsets count characters; slant works in bytes.
                let bytes = slant::text::ByteOffsets::new(text);
                if let (Some(bs), Some(be)) = (bytes.to_byte(s), bytes.to_byte(e)) {
                    if text.get(bs..be) == Some(want) {
                        gold.entry((id.to_string(), k)).or_default().push((bs, be));
                        break;
                    }
                }
            }
        }
        let mut docs: Topic = Vec::new();
        for ((id, k), spans) in gold {
            docs.push((texts[&id][k].clone(), spans));
        }
        docs.sort();
        topics.push(docs);
    }
    topics
}

/// A fixed-seed shuffle (xorshift), so that runs are repeatable.
fn shuffle<T>(items: &mut [T], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        items.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

fn train(examples: &[&Example], epochs: usize, mut each: impl FnMut(usize, &Trainer)) -> Trainer {
    let mut t = Trainer::new();
    let mut order: Vec<&Example> = examples.to_vec();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for epoch in 1..=epochs {
        shuffle(&mut order, &mut seed);
        t.epoch(&order);
        each(epoch, &t);
    }
    t
}

fn show(c: &Counts) -> String {
    let (p, r, f) = c.prf();
    format!("P {p:.3} R {r:.3} F1 {f:.3}")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: train_events TRAIN DEV OUT [MAX_EPOCHS]");
        std::process::exit(2);
    }
    let max_epochs: usize = args.get(4).and_then(|a| a.parse().ok()).unwrap_or(12);
    let tagger = EntityTagger::default();
    let t0 = Instant::now();
    let as_examples = |topics: &[Topic]| -> Vec<Vec<Example>> {
        topics
            .iter()
            .map(|t| {
                t.iter()
                    .map(|(text, gold)| Example::new(text, gold, &tagger))
                    .collect()
            })
            .collect()
    };
    let train_topics = as_examples(&read_topics(&args[1]));
    let dev_topics = as_examples(&read_topics(&args[2]));
    let dev: Vec<Example> = dev_topics.into_iter().flatten().collect();
    println!(
        "read {} train topics ({} documents), {} dev documents in {:.1}s",
        train_topics.len(),
        train_topics.iter().map(Vec::len).sum::<usize>(),
        dev.len(),
        t0.elapsed().as_secs_f64()
    );

    // Epochs and the B tag's offset by 5-fold cross-validation over whole train topics.
    let folds = 5;
    let mut per_setting = vec![vec![Counts::default(); OFFSETS.len()]; max_epochs + 1];
    for fold in 0..folds {
        let part = |keep: bool| -> Vec<&Example> {
            train_topics
                .iter()
                .enumerate()
                .filter(|(i, _)| (i % folds == fold) != keep)
                .flat_map(|(_, t)| t.iter())
                .collect()
        };
        let (fit, held_out) = (part(true), part(false));
        train(&fit, max_epochs, |epoch, t| {
            for (o, &offset) in OFFSETS.iter().enumerate() {
                if let Ok(model) = t.model(MIN_WEIGHT, offset) {
                    per_setting[epoch][o].add(&evaluate(&model, &held_out));
                }
            }
        });
    }
    // The best offset of each epoch count.
    let mut per_epoch: Vec<(f64, usize, f32)> = Vec::new();
    for (epoch, row) in per_setting.iter().enumerate().skip(1) {
        let line: Vec<String> = row
            .iter()
            .zip(OFFSETS)
            .map(|(c, o)| format!("{o:+}: {:.3}", c.prf().2))
            .collect();
        println!(
            "cross-validated F1 (5 folds of train topics), epoch {epoch}, by B offset: {}",
            line.join("  ")
        );
        let mut best = (0.0, epoch, 0.0);
        for (c, &o) in row.iter().zip(&OFFSETS) {
            if c.prf().2 > best.0 {
                best = (c.prf().2, epoch, o);
            }
        }
        per_epoch.push(best);
    }
    let top = per_epoch.iter().map(|b| b.0).fold(0.0, f64::max);
    let chosen = per_epoch
        .iter()
        .find(|b| b.0 >= top - TIE)
        .copied()
        .unwrap_or((0.0, 1, 0.0));
    let (epochs, offset) = (chosen.1, chosen.2);
    println!(
        "chosen: {epochs} epochs, B offset {offset:+} (cross-validated {})",
        show(&per_setting[epochs][OFFSETS.iter().position(|&o| o == offset).unwrap_or(0)])
    );

    let all: Vec<&Example> = train_topics.iter().flatten().collect();
    let t = train(&all, epochs, |_, _| {});
    let bytes = t.finish(MIN_WEIGHT, offset);
    let model = match slant::incidents::detect::read_model(&bytes) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!(
        "trained on all of train ({} documents, {epochs} epochs): {} features, {:.1} MB",
        all.len(),
        model.len(),
        bytes.len() as f64 / 1e6
    );
    println!(
        "dev (not tuned on): {}",
        show(&evaluate(&model, &dev.iter().collect::<Vec<_>>()))
    );
    if let Err(e) = std::fs::write(&args[3], &bytes) {
        eprintln!("{}: {e}", args[3]);
        std::process::exit(1);
    }
    println!("wrote {} in {:.1}s", args[3], t0.elapsed().as_secs_f64());
}
