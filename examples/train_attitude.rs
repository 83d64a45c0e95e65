//! Train the attitude model on NewsMTSC and report macro-F1 on its dev sets.
//!
//!   cargo run --release --example train_attitude -- TRAIN.jsonl OUT C STEPS [DEV.jsonl...]
//!
//! C is the inverse regularisation strength per example set (as in the usual
//! logistic-regression convention: l2 = 1 / (C · n)).

use slant::stance::attitude::train::{example, fit, Example};
use slant::stance::attitude::{Model, Polarity};

fn read(path: &str) -> Vec<Example> {
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
            example(s, from..to, p)
        })
        .collect()
}

/// Macro-F1 and accuracy of a model on examples.
fn score(model: &Model, data: &[Example], offset: [f32; 3]) -> (f64, f64) {
    let mut conf = [[0usize; 3]; 3];
    for e in data {
        let p = model.probabilities(&e.features);
        let l: Vec<f32> = (0..3).map(|k| p[k].ln() + offset[k]).collect();
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        eprintln!("usage: train_attitude TRAIN.jsonl OUT C STEPS [DEV.jsonl...]");
        std::process::exit(2);
    }
    let train = read(&args[0]);
    let c: f64 = args[2].parse().expect("C");
    let steps: usize = args[3].parse().expect("STEPS");
    let t0 = std::time::Instant::now();
    let mut rows = fit(&train, 1.0 / (c * train.len() as f64), steps);
    let devs: Vec<(&String, Vec<Example>)> = args[4..].iter().map(|d| (d, read(d))).collect();
    // Class priors differ between training and news at large: tune one log-odds
    // offset per class on the dev sets (mean macro-F1), then fold it into the bias.
    let model = Model::from_bytes(&Model::to_bytes(&rows)).expect("model round-trips");
    let mut best = ([0f32; 3], f64::MIN);
    for a in -8..=8 {
        for b in -8..=8 {
            let off = [0.0, a as f32 * 0.1, b as f32 * 0.1];
            let m: f64 = devs
                .iter()
                .map(|(_, d)| score(&model, d, off).0)
                .sum::<f64>()
                / devs.len().max(1) as f64;
            if m > best.1 + 1e-9 {
                best = (off, m);
            }
        }
    }
    println!("class offsets (negative, neutral, positive): {:?}", best.0);
    let bias = slant::learn::feature(0, slant::stance::attitude::features::BIAS);
    if let Some(row) = rows.iter_mut().find(|r| r.0 == bias) {
        for k in 0..3 {
            row.1[k] += best.0[k];
        }
    }
    let bytes = Model::to_bytes(&rows);
    let model = Model::from_bytes(&bytes).expect("model round-trips");
    println!(
        "trained on {} sentences in {:.1}s: {} features, {:.1} MB",
        train.len(),
        t0.elapsed().as_secs_f64(),
        model.len(),
        bytes.len() as f64 / 1e6
    );
    let (f, a) = score(&model, &train, [0.0; 3]);
    println!("  train: macro-F1 {f:.3} accuracy {a:.3}");
    for (dev, data) in &devs {
        let (f, a) = score(&model, data, [0.0; 3]);
        println!("  {dev}: macro-F1 {f:.3} accuracy {a:.3}");
    }
    // Extra sets to report on without tuning anything on them.
    if let Ok(probe) = std::env::var("SLANT_ATTITUDE_PROBE") {
        let (f, a) = score(&model, &read(&probe), [0.0; 3]);
        println!("  {probe} (not tuned on): macro-F1 {f:.3} accuracy {a:.3}");
    }
    std::fs::write(&args[1], &bytes).expect("write OUT");
}
