//! Average-link agglomerative clustering over a sparse similarity graph: how stories
//! group documents and how event mentions group into events across documents.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use crate::knowledge::FastBuild;

/// A candidate merge: the mean similarity of two groups.
struct Candidate {
    mean: f64,
    a: usize,
    b: usize,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    // Highest mean first; among equal means the lowest item numbers, so that the
    // result never depends on the order of the edges.
    fn cmp(&self, other: &Self) -> Ordering {
        self.mean
            .total_cmp(&other.mean)
            .then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

/// Group `n` items by average link: while two groups have a mean pairwise similarity
/// above `threshold`, the two with the highest mean merge. A pair missing from `edges`
/// has similarity 0; edges naming an item `>= n`, an item with itself, or a similarity
/// that is not finite are ignored, and repeated pairs add up. Returns each item's group,
/// numbered 0, 1, ... in the order of each group's first item.
///
/// Runs in about `E log E` for `E` edges, so a sparse graph of many items is cheap.
///
/// ```
/// let edges = [(0, 1, 0.9), (1, 2, 0.2), (2, 3, 0.8)];
/// assert_eq!(slant::cluster::average_link(4, &edges, 0.5), vec![0, 0, 1, 1]);
/// // A low threshold lets the weak pair join the groups: their mean, 0.2 / 4, is 0.05.
/// assert_eq!(slant::cluster::average_link(4, &edges, 0.01), vec![0, 0, 0, 0]);
/// ```
pub fn average_link(n: usize, edges: &[(usize, usize, f32)], threshold: f32) -> Vec<usize> {
    let mut sums: Vec<HashMap<usize, f64, FastBuild>> = vec![HashMap::default(); n];
    for &(a, b, s) in edges {
        if a >= n || b >= n || a == b || !s.is_finite() {
            continue;
        }
        *sums[a].entry(b).or_insert(0.0) += f64::from(s);
        *sums[b].entry(a).or_insert(0.0) += f64::from(s);
    }
    let threshold = f64::from(threshold);
    let mut size = vec![1usize; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mean = |sums: &[HashMap<usize, f64, FastBuild>], size: &[usize], a: usize, b: usize| {
        sums[a].get(&b).copied().unwrap_or(0.0) / (size[a] * size[b]) as f64
    };
    let mut heap = BinaryHeap::new();
    for (a, row) in sums.iter().enumerate() {
        for (&b, &s) in row {
            if a < b && s > threshold {
                heap.push(Candidate { mean: s, a, b });
            }
        }
    }
    while let Some(Candidate { mean: m, a, b }) = heap.pop() {
        if !alive[a] || !alive[b] || mean(&sums, &size, a, b).to_bits() != m.to_bits() {
            continue; // stale: one side has merged since
        }
        if m <= threshold {
            break;
        }
        let (keep, gone) = if size[a] >= size[b] { (a, b) } else { (b, a) };
        let row = std::mem::take(&mut sums[gone]);
        sums[keep].remove(&gone);
        for (c, s) in row {
            if c == keep {
                continue;
            }
            sums[c].remove(&gone);
            *sums[keep].entry(c).or_insert(0.0) += s;
            *sums[c].entry(keep).or_insert(0.0) += s;
        }
        size[keep] += size[gone];
        alive[gone] = false;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        let neighbours: Vec<usize> = sums[keep].keys().copied().collect();
        for c in neighbours {
            let m = mean(&sums, &size, keep, c);
            if m > threshold {
                let (x, y) = if keep < c { (keep, c) } else { (c, keep) };
                heap.push(Candidate {
                    mean: m,
                    a: x,
                    b: y,
                });
            }
        }
    }
    // Number the groups by their first item.
    let mut root = vec![0usize; n];
    for (r, ms) in members.iter().enumerate() {
        for &i in ms {
            root[i] = r;
        }
    }
    let mut number: HashMap<usize, usize> = HashMap::new();
    root.iter()
        .map(|r| {
            let next = number.len();
            *number.entry(*r).or_insert(next)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_mean_decides_not_the_strongest_pair() {
        // Item 2 is close to 0 but far from 1: its mean to {0, 1} is 0.35.
        let edges = [(0, 1, 0.9), (0, 2, 0.7)];
        assert_eq!(average_link(3, &edges, 0.4), vec![0, 0, 1]);
        assert_eq!(average_link(3, &edges, 0.3), vec![0, 0, 0]);
    }

    #[test]
    fn nothing_merges_at_or_below_the_threshold() {
        assert_eq!(average_link(2, &[(0, 1, 0.5)], 0.5), vec![0, 1]);
        assert_eq!(average_link(0, &[], 0.5), Vec::<usize>::new());
    }

    #[test]
    fn bad_edges_are_ignored() {
        let edges = [(0, 7, 1.0), (1, 1, 1.0), (0, 1, f32::NAN)];
        assert_eq!(average_link(2, &edges, 0.1), vec![0, 1]);
    }

    proptest! {
        #[test]
        fn groups_do_not_depend_on_edge_order(
            edges in prop::collection::vec((0usize..12, 0usize..12, 0.0f32..1.0), 0..60),
            threshold in 0.0f32..1.0,
        ) {
            let mut reversed = edges.clone();
            reversed.reverse();
            let a = average_link(12, &edges, threshold);
            prop_assert_eq!(a.len(), 12);
            prop_assert_eq!(&a, &average_link(12, &reversed, threshold));
            // Groups are numbered in order of first appearance.
            let mut next = 0;
            for &g in &a {
                prop_assert!(g <= next);
                if g == next { next += 1; }
            }
        }
    }
}
