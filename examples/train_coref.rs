//! Train the event coreference pair model on ECB+ and write `knowledge/incidents/coref.tsv`.
//!
//! Usage: cargo run --release --example train_coref -- TRAIN DEV OUT
//! (`scripts/train_coref` passes the shared data paths.)
//!
//! Logistic regression (full-batch Adam, L2) over the pair facts of
//! `slant::incidents::coref`, on every candidate pair of ECB+ train's gold event
//! mentions (all types), labelled by whether the two share a chain. The story and link
//! thresholds are chosen by 5-fold cross-validation over whole train topics, by the
//! CoNLL F1 (mean of MUC, B-cubed and CEAF-e F1) on the held-out topics; the shipped weights are then
//! trained on all of train with the chosen story threshold. Dev is only reported.

use std::collections::HashMap;
use std::time::Instant;

use slant::incidents::coref::{cluster_pairs, prepare, CorefModel, EventSpan, Prepared, NFEAT};

const STORY_THRESHOLDS: [f32; 6] = [0.06, 0.07, 0.08, 0.09, 0.1, 0.12];
const LINK_THRESHOLDS: [f32; 8] = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const L2: f64 = 1e-3;
const STEPS: usize = 300;

/// One topic: its texts and its gold mentions with their chain numbers.
struct Topic {
    docs: Vec<String>,
    mentions: Vec<EventSpan>,
    chains: Vec<usize>,
}

fn read_topics(path: &str) -> Vec<Topic> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut topics = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let topic: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let mut docs: Vec<String> = Vec::new();
        let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
        for d in topic["docs"].as_array().into_iter().flatten() {
            let id = d["doc"].as_str().unwrap_or_default().to_string();
            by_id.entry(id).or_default().push(docs.len());
            docs.push(d["text"].as_str().unwrap_or_default().to_string());
        }
        let mut chain_ids: HashMap<String, usize> = HashMap::new();
        let (mut mentions, mut chains) = (Vec::new(), Vec::new());
        for m in topic["mentions"].as_array().into_iter().flatten() {
            let id = m["doc"].as_str().unwrap_or_default();
            let (s, e) = (
                m["start"].as_u64().unwrap_or(0) as usize,
                m["end"].as_u64().unwrap_or(0) as usize,
            );
            let want = m["text"].as_str().unwrap_or_default();
            // The release reuses a document id for two texts: a mention belongs to the
            // text whose characters it matches. Offsets count characters.
            for &k in by_id.get(id).into_iter().flatten() {
                let text = &docs[k];
                let bytes = slant::text::ByteOffsets::new(text);
                if let (Some(bs), Some(be)) = (bytes.to_byte(s), bytes.to_byte(e)) {
                    if text.get(bs..be) == Some(want) {
                        mentions.push(EventSpan {
                            doc: k,
                            start: bs,
                            end: be,
                        });
                        let next = chain_ids.len();
                        chains.push(
                            *chain_ids
                                .entry(m["chain"].as_str().unwrap_or_default().to_string())
                                .or_insert(next),
                        );
                        break;
                    }
                }
            }
        }
        topics.push(Topic {
            docs,
            mentions,
            chains,
        });
    }
    topics
}

/// A topic read for one story threshold: its prepared mentions and candidate pairs
/// with their labels.
struct Ready {
    prepared: Prepared,
    pairs: Vec<(usize, usize, [f32; NFEAT])>,
    labels: Vec<bool>,
}

fn ready(t: &Topic, story_threshold: f32) -> Ready {
    let docs: Vec<&str> = t.docs.iter().map(String::as_str).collect();
    let prepared = prepare(&docs, &t.mentions, story_threshold);
    let pairs = prepared.pairs();
    let labels = pairs
        .iter()
        .map(|(i, j, _)| t.chains[*i] == t.chains[*j])
        .collect();
    Ready {
        prepared,
        pairs,
        labels,
    }
}

/// Logistic regression by full-batch Adam with L2.
fn fit(topics: &[&Ready]) -> [f32; NFEAT] {
    let rows: Vec<(&[f32; NFEAT], bool)> = topics
        .iter()
        .flat_map(|r| r.pairs.iter().map(|p| &p.2).zip(r.labels.iter().copied()))
        .collect();
    let n = rows.len().max(1) as f64;
    let (mut w, mut m, mut v) = ([0f64; NFEAT], [0f64; NFEAT], [0f64; NFEAT]);
    for step in 1..=STEPS {
        let mut g = [0f64; NFEAT];
        for (x, y) in &rows {
            let z: f64 = w.iter().zip(x.iter()).map(|(a, b)| a * f64::from(*b)).sum();
            let err = 1.0 / (1.0 + (-z).exp()) - if *y { 1.0 } else { 0.0 };
            for (gk, xk) in g.iter_mut().zip(x.iter()) {
                *gk += err * f64::from(*xk);
            }
        }
        for k in 0..NFEAT {
            let gk = g[k] / n + L2 * w[k];
            m[k] = 0.9 * m[k] + 0.1 * gk;
            v[k] = 0.999 * v[k] + 0.001 * gk * gk;
            let mh = m[k] / (1.0 - 0.9f64.powi(step as i32));
            let vh = v[k] / (1.0 - 0.999f64.powi(step as i32));
            w[k] -= 0.1 * mh / (vh.sqrt() + 1e-8);
        }
    }
    w.map(|x| x as f32)
}

/// The best total weight of a one-to-one matching of rows to columns (Hungarian
/// method on the square matrix padded with zeros), for CEAF-e's alignment.
fn best_matching(weights: &[Vec<f64>]) -> f64 {
    let rows = weights.len();
    let cols = weights.iter().map(Vec::len).max().unwrap_or(0);
    let n = rows.max(cols);
    if n == 0 {
        return 0.0;
    }
    let cost = |i: usize, j: usize| -> f64 {
        -weights
            .get(i)
            .and_then(|r| r.get(j))
            .copied()
            .unwrap_or(0.0)
    };
    // Potentials and matching, 1-based with column 0 as the free slot.
    let (mut u, mut v) = (vec![0.0f64; n + 1], vec![0.0f64; n + 1]);
    let (mut p, mut way) = (vec![0usize; n + 1], vec![0usize; n + 1]);
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let (mut delta, mut j1) = (f64::INFINITY, 0);
            for j in 1..=n {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=n)
        .filter(|&j| p[j] > 0)
        .map(|j| -cost(p[j] - 1, j - 1))
        .sum()
}

/// MUC, B-cubed and CEAF-e counts, pooled over topics.
#[derive(Default, Clone, Copy)]
struct Scores {
    muc: [f64; 4],   // recall num, recall den, precision num, precision den
    b3: [f64; 3],    // precision sum, recall sum, mentions
    ceafe: [f64; 3], // aligned similarity, key clusters, response clusters
}

impl Scores {
    fn add(&mut self, key: &[usize], response: &[usize]) {
        let muc = |gold: &[usize], sys: &[usize]| {
            let mut parts: HashMap<usize, std::collections::HashSet<usize>> = HashMap::new();
            for (g, s) in gold.iter().zip(sys) {
                parts.entry(*g).or_default().insert(*s);
            }
            let mut sizes: HashMap<usize, usize> = HashMap::new();
            for g in gold {
                *sizes.entry(*g).or_insert(0) += 1;
            }
            let num: usize = parts.iter().map(|(g, p)| sizes[g] - p.len()).sum();
            let den: usize = sizes.values().map(|s| s - 1).sum();
            (num as f64, den as f64)
        };
        let (rn, rd) = muc(key, response);
        let (pn, pd) = muc(response, key);
        self.muc[0] += rn;
        self.muc[1] += rd;
        self.muc[2] += pn;
        self.muc[3] += pd;
        let mut both: HashMap<(usize, usize), f64> = HashMap::new();
        let (mut ks, mut rs): (HashMap<usize, f64>, HashMap<usize, f64>) = Default::default();
        for (k, r) in key.iter().zip(response) {
            *both.entry((*k, *r)).or_insert(0.0) += 1.0;
            *ks.entry(*k).or_insert(0.0) += 1.0;
            *rs.entry(*r).or_insert(0.0) += 1.0;
        }
        for (k, r) in key.iter().zip(response) {
            let common = both[&(*k, *r)];
            self.b3[0] += common / rs[r];
            self.b3[1] += common / ks[k];
            self.b3[2] += 1.0;
        }
        // CEAF-e: key and response clusters aligned one to one, by connected groups
        // of overlapping clusters (a cluster overlaps few others).
        let kid: Vec<usize> = {
            let mut v: Vec<usize> = ks.keys().copied().collect();
            v.sort();
            v
        };
        let rid: Vec<usize> = {
            let mut v: Vec<usize> = rs.keys().copied().collect();
            v.sort();
            v
        };
        let kpos: HashMap<usize, usize> = kid.iter().enumerate().map(|(i, k)| (*k, i)).collect();
        let rpos: HashMap<usize, usize> = rid
            .iter()
            .enumerate()
            .map(|(i, r)| (*r, i + kid.len()))
            .collect();
        let mut parent: Vec<usize> = (0..kid.len() + rid.len()).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        for (k, r) in both.keys() {
            let (a, b) = (find(&mut parent, kpos[k]), find(&mut parent, rpos[r]));
            parent[a] = b;
        }
        let mut parts: HashMap<usize, (Vec<usize>, Vec<usize>)> = HashMap::new();
        for k in &kid {
            let root = find(&mut parent, kpos[k]);
            parts.entry(root).or_default().0.push(*k);
        }
        for r in &rid {
            let root = find(&mut parent, rpos[r]);
            parts.entry(root).or_default().1.push(*r);
        }
        let mut aligned = 0.0;
        for (keys, resps) in parts.values() {
            let w: Vec<Vec<f64>> = keys
                .iter()
                .map(|k| {
                    resps
                        .iter()
                        .map(|r| {
                            2.0 * both.get(&(*k, *r)).copied().unwrap_or(0.0) / (ks[k] + rs[r])
                        })
                        .collect()
                })
                .collect();
            aligned += best_matching(&w);
        }
        self.ceafe[0] += aligned;
        self.ceafe[1] += kid.len() as f64;
        self.ceafe[2] += rid.len() as f64;
    }

    fn f1(p: f64, r: f64) -> f64 {
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// F1 from recall and precision as (numerator, denominator) pairs.
    fn f1_of(recall: (f64, f64), precision: (f64, f64)) -> f64 {
        let ratio = |(num, den): (f64, f64)| if den > 0.0 { num / den } else { 0.0 };
        Self::f1(ratio(precision), ratio(recall))
    }

    fn muc_f1(&self) -> f64 {
        Self::f1_of((self.muc[0], self.muc[1]), (self.muc[2], self.muc[3]))
    }

    fn b3_f1(&self) -> f64 {
        let n = self.b3[2].max(1.0);
        Self::f1(self.b3[0] / n, self.b3[1] / n)
    }

    fn ceafe_f1(&self) -> f64 {
        Self::f1_of(
            (self.ceafe[0], self.ceafe[1]),
            (self.ceafe[0], self.ceafe[2]),
        )
    }

    /// The CoNLL F1: the mean of MUC, B-cubed and CEAF-e F1.
    fn conll(&self) -> f64 {
        (self.muc_f1() + self.b3_f1() + self.ceafe_f1()) / 3.0
    }
}

fn model(weights: [f32; NFEAT], story_threshold: f32, link_threshold: f32) -> CorefModel {
    CorefModel {
        weights,
        story_threshold,
        link_threshold,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: train_coref TRAIN DEV OUT");
        std::process::exit(2);
    }
    let t0 = Instant::now();
    let (train, dev) = (read_topics(&args[1]), read_topics(&args[2]));
    println!(
        "read {} train topics ({} mentions), {} dev topics ({} mentions)",
        train.len(),
        train.iter().map(|t| t.mentions.len()).sum::<usize>(),
        dev.len(),
        dev.iter().map(|t| t.mentions.len()).sum::<usize>()
    );
    let folds = 5;
    let mut best = (f64::MIN, STORY_THRESHOLDS[0], LINK_THRESHOLDS[0]);
    for &st in &STORY_THRESHOLDS {
        let topics: Vec<Ready> = train.iter().map(|t| ready(t, st)).collect();
        let mut scores = [Scores::default(); LINK_THRESHOLDS.len()];
        for fold in 0..folds {
            let fit_on: Vec<&Ready> = topics
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != fold)
                .map(|(_, r)| r)
                .collect();
            let weights = fit(&fit_on);
            for (i, r) in topics.iter().enumerate().filter(|(i, _)| i % folds == fold) {
                for (s, &lt) in scores.iter_mut().zip(&LINK_THRESHOLDS) {
                    let groups = cluster_pairs(&r.prepared, &r.pairs, &model(weights, st, lt));
                    s.add(&train[i].chains, &groups);
                }
            }
        }
        let line: Vec<String> = scores
            .iter()
            .zip(LINK_THRESHOLDS)
            .map(|(s, lt)| format!("{lt}: {:.3}", s.conll()))
            .collect();
        println!(
            "story threshold {st}: cross-validated CoNLL F1 by link threshold: {}",
            line.join("  ")
        );
        for (s, &lt) in scores.iter().zip(&LINK_THRESHOLDS) {
            if s.conll() > best.0 {
                best = (s.conll(), st, lt);
            }
        }
    }
    let (cv, st, lt) = best;
    println!("chosen: story threshold {st}, link threshold {lt} (cross-validated {cv:.3})");
    let topics: Vec<Ready> = train.iter().map(|t| ready(t, st)).collect();
    let all: Vec<&Ready> = topics.iter().collect();
    let shipped = model(fit(&all), st, lt);
    let mut on_dev = Scores::default();
    for t in &dev {
        let r = ready(t, st);
        on_dev.add(&t.chains, &cluster_pairs(&r.prepared, &r.pairs, &shipped));
    }
    println!(
        "dev (reported, not tuned on): MUC F1 {:.3}, B3 F1 {:.3}, CEAF-e F1 {:.3}, CoNLL F1 {:.3}",
        on_dev.muc_f1(),
        on_dev.b3_f1(),
        on_dev.ceafe_f1(),
        on_dev.conll()
    );
    let header = format!(
        "# Event coreference pair model: logistic weights per pair fact and the two\n\
         # average-link thresholds. Written by scripts/train_coref from ECB+ train;\n\
         # thresholds chosen by 5-fold cross-validation over train topics (CoNLL F1\n\
         # {cv:.3}); dev CoNLL F1 {:.3}, reported only.\n",
        on_dev.conll()
    );
    let out = format!("{header}{}", shipped.to_tsv());
    std::fs::write(&args[3], out).unwrap_or_else(|e| panic!("{}: {e}", args[3]));
    println!("wrote {} in {:.1}s", args[3], t0.elapsed().as_secs_f64());
}
