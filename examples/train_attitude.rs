//! Train the attitude model on NewsMTSC: every choice by cross-validation on train,
//! dev sets only reported.
//!
//!   cargo run --release --example train_attitude -- TRAIN.jsonl OUT [DEV.jsonl...]
//!
//! The regularisation strength C (l2 = 1 / (C · n), the usual logistic-regression
//! convention) and one log-odds offset per class are chosen by 5-fold
//! cross-validation over train sentences (all targets of a sentence in one fold), by
//! pooled out-of-fold macro-F1. The written weights are then fitted on all of train
//! with those choices. `SLANT_ATTITUDE_C` fixes C (a comma list is a grid);
//! `SLANT_ATTITUDE_STEPS` sets the Adam steps (300).

use rayon::prelude::*;
use slant::learn::hash_bytes;
use slant::stance::attitude::train::{example, fit, Example};
use slant::stance::attitude::{Model, Polarity};

const FOLDS: u64 = 5;

/// Examples and, for each, the hash of its sentence (the unit kept in one fold).
fn read(path: &str) -> (Vec<Example>, Vec<u64>) {
    let data = std::fs::read_to_string(path).expect("read jsonl");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            let s = v["sentence"].as_str().expect("sentence");
            let byte = |c: u64| s.char_indices().nth(c as usize).map_or(s.len(), |(b, _)| b);
            let (from, to) = (
                byte(v["from"].as_u64().unwrap()),
                byte(v["to"].as_u64().unwrap()),
            );
            let p = Polarity::parse(v["polarity"].as_str().unwrap()).expect("polarity");
            (example(s, from..to, p), hash_bytes(s.as_bytes()))
        })
        .unzip()
}

/// Log-probabilities of each example under a model.
fn log_probs(model: &Model, data: &[Example]) -> Vec<[f32; 3]> {
    data.iter()
        .map(|e| model.probabilities(&e.features).map(|p| p.max(1e-30).ln()))
        .collect()
}

/// Macro-F1 and accuracy of log-probabilities shifted by one offset per class.
fn score(lp: &[[f32; 3]], data: &[Example], offset: [f32; 3]) -> (f64, f64) {
    let mut conf = [[0usize; 3]; 3];
    for (l, e) in lp.iter().zip(data) {
        let l: Vec<f32> = (0..3).map(|k| l[k] + offset[k]).collect();
        let best = (0..3).fold(1, |b, k| if l[k] > l[b] { k } else { b });
        conf[e.gold][best] += 1;
    }
    let mut f1 = 0.0;
    for (k, row) in conf.iter().enumerate() {
        let tp = row[k] as f64;
        let predicted: usize = conf.iter().map(|g| g[k]).sum();
        let gold: usize = row.iter().sum();
        let (p, r) = (tp / predicted.max(1) as f64, tp / gold.max(1) as f64);
        f1 += if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
    }
    let correct: usize = (0..3).map(|k| conf[k][k]).sum();
    (f1 / 3.0, correct as f64 / data.len().max(1) as f64)
}

/// The offsets (neutral and positive against negative, steps of 0.1 in ±0.8) that
/// maximise macro-F1; ties keep the smaller shift.
fn best_offsets(lp: &[[f32; 3]], data: &[Example]) -> ([f32; 3], f64) {
    let mut best = ([0f32; 3], score(lp, data, [0.0; 3]).0);
    for a in -8i32..=8 {
        for b in -8i32..=8 {
            let off = [0.0, a as f32 * 0.1, b as f32 * 0.1];
            let m = score(lp, data, off).0;
            let shorter = a.abs() + b.abs() < ((best.0[1].abs() + best.0[2].abs()) * 10.0) as i32;
            if m > best.1 + 1e-9 || (m > best.1 - 1e-9 && shorter) {
                best = (off, m);
            }
        }
    }
    best
}

/// Out-of-fold log-probabilities for every training example at one C.
fn out_of_fold(train: &[Example], keys: &[u64], c: f64, steps: usize) -> Vec<[f32; 3]> {
    let per_fold: Vec<(Vec<usize>, Vec<[f32; 3]>)> = (0..FOLDS)
        .into_par_iter()
        .map(|k| {
            let (held, kept): (Vec<usize>, Vec<usize>) =
                (0..train.len()).partition(|&i| keys[i] % FOLDS == k);
            let fit_on: Vec<&Example> = kept.iter().map(|&i| &train[i]).collect();
            let rows = fit(&fit_on, 1.0 / (c * fit_on.len() as f64), steps);
            let model = Model::from_bytes(&Model::to_bytes(&rows)).expect("model round-trips");
            let test: Vec<&Example> = held.iter().map(|&i| &train[i]).collect();
            let lp = test
                .iter()
                .map(|e| model.probabilities(&e.features).map(|p| p.max(1e-30).ln()))
                .collect();
            (held, lp)
        })
        .collect();
    let mut out = vec![[0f32; 3]; train.len()];
    for (held, lp) in per_fold {
        for (i, l) in held.into_iter().zip(lp) {
            out[i] = l;
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: train_attitude TRAIN.jsonl OUT [DEV.jsonl...]");
        std::process::exit(2);
    }
    let (train, keys) = read(&args[0]);
    let env = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let grid: Vec<f64> = env("SLANT_ATTITUDE_C", "0.02,0.05,0.1,0.2")
        .split(',')
        .map(|c| c.trim().parse().expect("C is a number"))
        .collect();
    let steps: usize = env("SLANT_ATTITUDE_STEPS", "300")
        .parse()
        .expect("steps is a number");
    let t0 = std::time::Instant::now();
    println!("{FOLDS}-fold cross-validation on train (pooled out-of-fold macro-F1):");
    let mut chosen = (grid[0], [0f32; 3], f64::MIN);
    for &c in &grid {
        let lp = out_of_fold(&train, &keys, c, steps);
        let (plain, _) = score(&lp, &train, [0.0; 3]);
        let (off, tuned) = best_offsets(&lp, &train);
        println!("  C {c}: macro-F1 {plain:.4}, with offsets {off:?} {tuned:.4}");
        if tuned > chosen.2 + 1e-9 {
            chosen = (c, off, tuned);
        }
    }
    let (c, offsets, cv) = chosen;
    println!("chosen: C {c}, class offsets (negative, neutral, positive) {offsets:?}, CV macro-F1 {cv:.4}");
    let all: Vec<&Example> = train.iter().collect();
    let mut rows = fit(&all, 1.0 / (c * train.len() as f64), steps);
    let bias = slant::learn::feature(0, slant::stance::attitude::features::BIAS);
    if let Some(row) = rows.iter_mut().find(|r| r.0 == bias) {
        for (w, o) in row.1.iter_mut().zip(offsets) {
            *w += o;
        }
    }
    let bytes = Model::to_bytes(&rows);
    let model = Model::from_bytes(&bytes).expect("model round-trips");
    println!(
        "trained on {} sentences ({:.1}s with cross-validation): {} features, {:.1} MB",
        train.len(),
        t0.elapsed().as_secs_f64(),
        model.len(),
        bytes.len() as f64 / 1e6
    );
    let (f, a) = score(&log_probs(&model, &train), &train, [0.0; 3]);
    println!("  train (in sample): macro-F1 {f:.3} accuracy {a:.3}");
    for dev in &args[2..] {
        let (data, _) = read(dev);
        let (f, a) = score(&log_probs(&model, &data), &data, [0.0; 3]);
        println!("  {dev} (not tuned on): macro-F1 {f:.3} accuracy {a:.3}");
    }
    std::fs::write(&args[1], &bytes).expect("write OUT");
}
