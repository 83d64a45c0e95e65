//! Score the splitter on gold sentence files and print the disagreements.
//!
//! `cargo run --release --example eval_sentences -- ../shared/data/ud_gum_dev_sentences.jsonl`
//! Gold files are JSON lines with `text` and `sentences` ([[start, end], ...] in
//! characters) or `sentences` as strings (the Golden Rules).

use std::collections::BTreeSet;

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Boundaries: sentence ends moved left over whitespace, without 0 and the text end.
fn boundaries(text: &str, ends: impl Iterator<Item = usize>) -> BTreeSet<usize> {
    let end = text.trim_end().len();
    ends.map(|e| text[..e].trim_end().len())
        .filter(|&e| e > 0 && e < end)
        .collect()
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    for path in std::env::args().skip(1).filter(|a| a != "-v") {
        let data = std::fs::read_to_string(&path).expect("readable gold file");
        let (mut tp, mut fp, mut fneg, mut docs_ok, mut docs) = (0usize, 0usize, 0usize, 0, 0);
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("json line");
            let text = doc["text"].as_str().unwrap_or_default();
            let c2b = char_to_byte(text);
            let gold_ends: Vec<usize> = match doc["sentences"].as_array() {
                Some(a) if a.first().is_some_and(|x| x.is_string()) => {
                    let mut pos = 0;
                    a.iter()
                        .filter_map(|s| {
                            let s = s.as_str()?;
                            let at = text[pos..].find(s)? + pos;
                            pos = at + s.len();
                            Some(pos)
                        })
                        .collect()
                }
                Some(a) => a
                    .iter()
                    .filter_map(|p| Some(c2b[p[1].as_u64()? as usize]))
                    .collect(),
                None => vec![],
            };
            let gold = boundaries(text, gold_ends.into_iter());
            let spans = slant::segment::split(text);
            let pred = boundaries(text, spans.iter().map(|r| r.end));
            let t = gold.intersection(&pred).count();
            tp += t;
            fp += pred.len() - t;
            fneg += gold.len() - t;
            docs += 1;
            if gold == pred {
                docs_ok += 1;
            } else if verbose {
                let ctx = |b: usize| {
                    let mut s = b.saturating_sub(50);
                    while !text.is_char_boundary(s) {
                        s -= 1;
                    }
                    let mut e = (b + 30).min(text.len());
                    while !text.is_char_boundary(e) {
                        e += 1;
                    }
                    format!("{}|||{}", &text[s..b], &text[b..e]).replace('\n', "⏎")
                };
                for b in pred.difference(&gold) {
                    println!("  FP {}", ctx(*b));
                }
                for b in gold.difference(&pred) {
                    println!("  FN {}", ctx(*b));
                }
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fneg).max(1) as f64;
        let f1 = 2.0 * p * r / (p + r).max(1e-9);
        println!("{path}: docs exact {docs_ok}/{docs}  P {p:.4} R {r:.4} F1 {f1:.4}  (tp {tp} fp {fp} fn {fneg})");
    }
}
