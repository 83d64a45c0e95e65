//! Training the attitude model: multinomial logistic regression with L2
//! regularisation, fitted by full-batch Adam. Used by `examples/train_attitude.rs`
//! (see `scripts/train_attitude`).

use std::borrow::Borrow;
use std::ops::Range;

use super::features::{extract, Feature, BIAS};
use super::Polarity;
use crate::learn::{feature, FeatureMap};
use crate::tokens::tokenize;

/// One training example: a sentence's features toward its target, and the gold class.
pub struct Example {
    /// Features, as [`extract`] gives them.
    pub features: Vec<Feature>,
    /// Gold class (index into [`Polarity::ALL`]).
    pub gold: usize,
}

/// Build an example from a sentence, the target's byte span and its polarity.
pub fn example(sentence: &str, target: Range<usize>, polarity: Polarity) -> Example {
    let tokens = tokenize(sentence);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(sentence)).collect();
    let first = tokens.partition_point(|t| (t.end as usize) <= target.start);
    let last = tokens.partition_point(|t| (t.start as usize) < target.end);
    Example {
        features: extract(&words, first..last.max(first)),
        gold: Polarity::ALL
            .iter()
            .position(|p| *p == polarity)
            .unwrap_or(1),
    }
}

/// Fit weights minimising mean cross-entropy + `l2`/2 · ‖w‖² (the bias is not
/// penalised) with `steps` full-batch Adam steps. Returns (feature, weights) rows.
/// Takes examples or references to them, so folds need no copies.
pub fn fit<E: Borrow<Example>>(examples: &[E], l2: f64, steps: usize) -> Vec<(u64, [f32; 3])> {
    let examples: Vec<&Example> = examples.iter().map(Borrow::borrow).collect();
    // Dense indices for the features seen, and each example as (index, value) pairs.
    let mut index: FeatureMap<u32> = FeatureMap::default();
    let mut keys: Vec<u64> = Vec::new();
    let rows: Vec<Vec<(u32, f64)>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .map(|f| {
                    let i = *index.entry(f.key).or_insert_with(|| {
                        keys.push(f.key);
                        keys.len() as u32 - 1
                    });
                    (i, f64::from(f.value))
                })
                .collect()
        })
        .collect();
    let bias = feature(0, BIAS);
    let n = keys.len();
    let mut w = vec![[0f64; 3]; n];
    let (mut m, mut v) = (vec![[0f64; 3]; n], vec![[0f64; 3]; n]);
    let (b1, b2, lr, eps) = (0.9f64, 0.999f64, 0.05f64, 1e-8);
    let scale = 1.0 / examples.len().max(1) as f64;
    for step in 1..=steps {
        let mut grad = vec![[0f64; 3]; n];
        for (row, e) in rows.iter().zip(&examples) {
            let mut s = [0f64; 3];
            for &(i, x) in row {
                for k in 0..3 {
                    s[k] += w[i as usize][k] * x;
                }
            }
            let mx = s.iter().fold(f64::NEG_INFINITY, |a, b| a.max(*b));
            let ex = s.map(|x| (x - mx).exp());
            let z: f64 = ex.iter().sum();
            for k in 0..3 {
                let d = (ex[k] / z - f64::from(u8::from(k == e.gold))) * scale;
                for &(i, x) in row {
                    grad[i as usize][k] += d * x;
                }
            }
        }
        let t = step as i32;
        for i in 0..n {
            let penalise = keys[i] != bias;
            for k in 0..3 {
                let g = grad[i][k] + if penalise { l2 * w[i][k] } else { 0.0 };
                m[i][k] = b1 * m[i][k] + (1.0 - b1) * g;
                v[i][k] = b2 * v[i][k] + (1.0 - b2) * g * g;
                let mh = m[i][k] / (1.0 - b1.powi(t));
                let vh = v[i][k] / (1.0 - b2.powi(t));
                w[i][k] -= lr * mh / (vh.sqrt() + eps);
            }
        }
    }
    let mut out: Vec<(u64, [f32; 3])> = keys
        .iter()
        .zip(&w)
        .map(|(k, w)| (*k, w.map(|x| x as f32)))
        .filter(|(_, w)| w.iter().any(|x| x.abs() >= 0.01))
        .collect();
    out.sort_by_key(|r| r.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stance::attitude::Model;

    #[test]
    fn learns_a_separable_toy_problem() {
        let data = [
            (
                "Critics attacked Smith over the scandal.",
                "Smith",
                Polarity::Negative,
            ),
            (
                "Voters praised Jones for the rescue.",
                "Jones",
                Polarity::Positive,
            ),
            ("Brown arrived on Monday.", "Brown", Polarity::Neutral),
        ];
        let examples: Vec<Example> = data
            .iter()
            .map(|(s, t, p)| {
                let i = s.find(t).unwrap();
                example(s, i..i + t.len(), *p)
            })
            .collect();
        let model = Model::from_bytes(&Model::to_bytes(&fit(&examples, 1e-3, 200))).unwrap();
        for e in &examples {
            let p = model.probabilities(&e.features);
            let best = (0..3).max_by(|a, b| p[*a].total_cmp(&p[*b])).unwrap();
            assert_eq!(best, e.gold);
        }
    }
}
