//! Shared machinery of slant's learned models: feature hashing and quantised
//! weight tables with a small binary format.
//!
//! The entity tagger and the attitude model both describe their input as 64-bit
//! feature hashes and keep one row of 16-bit weights per feature that earned one.
//!
//! ```
//! use slant::learn::{feature, hash_bytes, Weights};
//! let f = feature(1, hash_bytes(b"attack"));
//! let bytes = Weights::<3>::to_bytes(&[(f, [-300, 0, 12])], b"EXAMPLE1");
//! let w = Weights::<3>::from_bytes(&bytes, b"EXAMPLE1", "example").unwrap();
//! assert_eq!(w.get(f), Some(&[-300, 0, 12]));
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over bytes: the values are short, and the models' keys must be identical
/// across platforms, so a fixed, simple hash is the right tool.
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Mix a template id into a value hash (splitmix64 finaliser).
#[inline]
pub fn feature(template: u64, value: u64) -> u64 {
    let mut z = value ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Keys are already well-mixed hashes: pass them through.
#[derive(Default)]
pub struct Identity(u64);
impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are used; fold anything else in rather than panic.
        self.0 = hash_bytes(bytes) ^ self.0.rotate_left(5);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Hash map keyed by feature hashes.
pub type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// A table of `N` 16-bit weights per feature. Each feature's weights sit in its
/// hash-table slot, so a lookup that finds the key has the weights at hand.
pub struct Weights<const N: usize> {
    rows: FeatureMap<[i16; N]>,
}

impl<const N: usize> Weights<N> {
    /// Read the format written by [`Weights::to_bytes`]: `magic`, N, row count,
    /// the keys, then the weights row by row (little-endian). `what` names the
    /// model in errors.
    pub fn from_bytes(bytes: &[u8], magic: &[u8; 8], what: &str) -> Result<Self, String> {
        let bad = || format!("{what}: truncated or corrupt file");
        if bytes.len() < 16 || &bytes[..8] != magic {
            return Err(format!("{what}: not a slant model file"));
        }
        let word = |at: usize| -> Result<usize, String> {
            let b: [u8; 4] = bytes[at..at + 4].try_into().map_err(|_| bad())?;
            Ok(u32::from_le_bytes(b) as usize)
        };
        let (width, n) = (word(8)?, word(12)?);
        if width != N {
            return Err(format!("{what}: {width} weights per row, expected {N}"));
        }
        let keys_end = 16 + n * 8;
        if bytes.len() != keys_end + n * N * 2 {
            return Err(bad());
        }
        let mut rows = FeatureMap::with_capacity_and_hasher(n, Default::default());
        let weights = bytes[keys_end..].chunks_exact(2 * N);
        for (key, row) in bytes[16..keys_end].chunks_exact(8).zip(weights) {
            let key = u64::from_le_bytes(key.try_into().map_err(|_| bad())?);
            let mut w = [0i16; N];
            for (x, c) in w.iter_mut().zip(row.chunks_exact(2)) {
                *x = i16::from_le_bytes([c[0], c[1]]);
            }
            rows.insert(key, w);
        }
        Ok(Weights { rows })
    }

    /// Serialise rows of (feature, weights) with the given magic bytes.
    pub fn to_bytes(rows: &[(u64, [i16; N])], magic: &[u8; 8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + rows.len() * (8 + 2 * N));
        out.extend_from_slice(magic);
        out.extend_from_slice(&(N as u32).to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (k, _) in rows {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, w) in rows {
            for x in w {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// The weights of one feature, if it has any.
    #[inline]
    pub fn get(&self, feature: u64) -> Option<&[i16; N]> {
        self.rows.get(&feature)
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Quantise float rows to 16 bits with one scale for the whole table (the largest
/// magnitude maps to 32,000). Returns the rows and the scale applied.
pub fn quantise<const N: usize>(rows: &[(u64, [f32; N])]) -> (Vec<(u64, [i16; N])>, f32) {
    let max_abs = rows
        .iter()
        .flat_map(|(_, w)| w.iter())
        .fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max_abs > 0.0 {
        32000.0 / max_abs
    } else {
        1.0
    };
    let q = rows
        .iter()
        .map(|(f, w)| {
            let mut out = [0i16; N];
            for (o, x) in out.iter_mut().zip(w) {
                *o = (x * scale).round() as i16;
            }
            (*f, out)
        })
        .collect();
    (q, scale)
}

/// An averaged perceptron over hashed features with `N` classes, for training.
///
/// Each update moves the weights of the gold class up and of the guessed class down;
/// [`Perceptron::averaged`] returns every weight averaged over all updates, which
/// generalises better than the last weights. Totals are kept lazily (a weight's
/// running sum is brought up to date only when that weight changes).
///
/// ```
/// use slant::learn::Perceptron;
/// let mut p = Perceptron::<2>::new();
/// for _ in 0..3 {
///     p.update(&[1, 7], 1, 0);
///     p.update(&[2, 7], 0, 0);
/// }
/// let mut scores = [0.0; 2];
/// p.score(&[1], &mut scores);
/// assert!(scores[1] > scores[0]);
/// let rows = p.averaged(0.0);
/// assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), vec![1, 7]);
/// ```
pub struct Perceptron<const N: usize> {
    weights: FeatureMap<[f32; N]>,
    totals: FeatureMap<[f64; N]>,
    stamps: FeatureMap<[u64; N]>,
    clock: u64,
}

impl<const N: usize> Default for Perceptron<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Perceptron<N> {
    /// No weights yet.
    pub fn new() -> Self {
        Perceptron {
            weights: FeatureMap::default(),
            totals: FeatureMap::default(),
            stamps: FeatureMap::default(),
            clock: 0,
        }
    }

    /// Add the current weights of `feats` to `scores`.
    pub fn score(&self, feats: &[u64], scores: &mut [f32; N]) {
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
    }

    fn bump(&mut self, f: u64, class: usize, delta: f32) {
        let w = self.weights.entry(f).or_insert([0.0; N]);
        let t = self.totals.entry(f).or_insert([0.0; N]);
        let s = self.stamps.entry(f).or_insert([0; N]);
        t[class] += f64::from(w[class]) * (self.clock - s[class]) as f64;
        s[class] = self.clock;
        w[class] += delta;
    }

    /// One example seen: when the guess was wrong, move toward the gold class.
    pub fn update(&mut self, feats: &[u64], gold: usize, guess: usize) {
        self.clock += 1;
        if gold == guess || gold >= N || guess >= N {
            return;
        }
        for &f in feats {
            self.bump(f, gold, 1.0);
            self.bump(f, guess, -1.0);
        }
    }

    /// The averaged weights of every feature with some |weight| >= `min_weight`,
    /// sorted by feature.
    pub fn averaged(&self, min_weight: f32) -> Vec<(u64, [f32; N])> {
        let clock = self.clock.max(1);
        let mut rows: Vec<(u64, [f32; N])> = Vec::with_capacity(self.weights.len());
        for (f, w) in &self.weights {
            let (t, s) = (&self.totals[f], &self.stamps[f]);
            let mut avg = [0f32; N];
            for k in 0..N {
                let total = t[k] + f64::from(w[k]) * (clock - s[k]) as f64;
                avg[k] = (total / clock as f64) as f32;
            }
            if avg.iter().any(|x| x.abs() >= min_weight) {
                rows.push((*f, avg));
            }
        }
        rows.sort_by_key(|r| r.0);
        rows
    }
}
