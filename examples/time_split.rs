//! Time the core splitter (no Python) on files given as arguments.
//!
//! `cargo run --release --example time_split -- FILE...`: JSON-lines files contribute
//! their `text` fields, other files their whole content.

use std::time::Instant;

fn main() {
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        let data = std::fs::read_to_string(&path).expect("readable file");
        if path.ends_with(".jsonl") {
            for line in data.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).expect("json line");
                texts.push(v["text"].as_str().unwrap_or_default().to_string());
            }
        } else {
            texts.push(data);
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    let mut sentences = 0;
    for _ in 0..50 {
        let t0 = Instant::now();
        sentences = texts
            .iter()
            .map(|t| slant::segment::split(t).len())
            .sum::<usize>();
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "{} texts, {bytes} bytes, {sentences} sentences: {:.0} MB/s",
        texts.len(),
        bytes as f64 / best / 1e6
    );
    // The same work through the batch helper, to see how the core alone scales with threads.
    for threads in [1, 2] {
        let mut best = f64::INFINITY;
        for _ in 0..50 {
            let t0 = Instant::now();
            let out =
                slant::parallel::map_batch(&texts, threads, |t| slant::segment::split(t).len());
            std::hint::black_box(out);
            best = best.min(t0.elapsed().as_secs_f64());
        }
        println!(
            "map_batch on {threads} thread(s): {:.0} MB/s",
            bytes as f64 / best / 1e6
        );
    }
}
