//! Stories: documents grouped by the names, numbers and rarer words they share. Two
//! articles that both say "Jackman", "Oscars" and "81st" tell one story; two that share
//! only "host" and "announced" need not. Event coreference reads the groups: the same
//! verb in two stories is two events.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::cluster::average_link;
use crate::knowledge::{word_list, FastBuild};

/// Terms found in more documents than this are skipped: their weight is near zero,
/// and their pairs would cost quadratic time on a large corpus.
const MAX_DF: usize = 2_000;

/// How many of its heaviest terms stand for a document.
const TOP_TERMS: usize = 40;

/// English function words, which say nothing about a story.
pub fn function_words() -> &'static HashSet<&'static str, FastBuild> {
    static SET: OnceLock<HashSet<&'static str, FastBuild>> = OnceLock::new();
    SET.get_or_init(|| {
        word_list(include_str!(
            "../../../knowledge/incidents/function_words.txt"
        ))
    })
}

/// One word of a text: its byte span and whether it is a name or a number (a
/// capitalised word that does not open a sentence, or digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// A capitalised word inside a sentence, or a number.
    pub name: bool,
}

/// The end of the run that starts at `i` with `c` and goes on while `more` holds.
fn run_end(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    i: usize,
    c: char,
    more: fn(char) -> bool,
) -> usize {
    let mut end = i + c.len_utf8();
    while let Some(&(j, d)) = chars.peek() {
        if !more(d) {
            break;
        }
        end = j + d.len_utf8();
        chars.next();
    }
    end
}

/// The words of `text`: a letter followed by letters, digits, `_`, `'` or `-`, or a run
/// of digits.
///
/// ```
/// use slant::incidents::coref::stories::words;
/// let text = "Hugh Jackman will host the 81st Oscars.";
/// let w: Vec<(&str, bool)> = words(text).iter().map(|w| (&text[w.start..w.end], w.name)).collect();
/// assert_eq!(w[0], ("Hugh", false)); // opens the sentence
/// assert_eq!(w[1], ("Jackman", true));
/// assert_eq!(w[5], ("81", true));
/// assert_eq!(w[6], ("st", false));
/// ```
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    // Whether the next word opens a sentence: at the start, or after . ! ? or a line end.
    let mut opens = true;
    while let Some((i, c)) = chars.next() {
        if c.is_alphabetic() {
            let end = run_end(&mut chars, i, c, |d| {
                d.is_alphanumeric() || matches!(d, '_' | '\'' | '-')
            });
            out.push(Word {
                start: i,
                end,
                name: c.is_uppercase() && !opens,
            });
            opens = false;
        } else if c.is_ascii_digit() {
            let end = run_end(&mut chars, i, c, |d| d.is_ascii_digit());
            out.push(Word {
                start: i,
                end,
                name: true,
            });
            opens = false;
        } else if matches!(c, '.' | '!' | '?' | '\n') {
            opens = true;
        }
    }
    out
}

/// How many document pairs the similarities may sum over: a few seconds' work at most.
const PAIR_BUDGET: usize = 2_000_000;

/// How many document links story grouping reads at most.
const EDGE_BUDGET: usize = 200_000;

/// The largest posting-list length such that the lists no longer than it make at most
/// [`PAIR_BUDGET`] pairs in all.
fn df_cap(lengths: impl Iterator<Item = usize>) -> usize {
    let mut lengths: Vec<usize> = lengths.collect();
    lengths.sort_unstable();
    let mut pairs = 0usize;
    let mut kept = 0;
    // Lists of one length are kept or dropped together.
    for run in lengths.chunk_by(|a, b| a == b) {
        let n = run[0];
        pairs = pairs.saturating_add(run.len().saturating_mul(n * n.saturating_sub(1) / 2));
        if pairs > PAIR_BUDGET {
            return kept;
        }
        kept = n;
    }
    usize::MAX
}

/// Documents grouped into stories, with the similarity of every pair that shares a term.
#[derive(Clone, Debug)]
pub struct Stories {
    /// Each document's story, numbered from 0 in order of first document.
    pub story: Vec<usize>,
    similar: HashMap<(usize, usize), f32, FastBuild>,
}

impl Stories {
    /// Cosine similarity of two documents' term weights (0 when they share no term).
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        if a == b {
            return 1.0;
        }
        let key = if a < b { (a, b) } else { (b, a) };
        self.similar.get(&key).copied().unwrap_or(0.0)
    }

    /// Whether two documents tell the same story.
    pub fn same(&self, a: usize, b: usize) -> bool {
        self.story.get(a).is_some() && self.story.get(a) == self.story.get(b)
    }
}

/// Group `docs` into stories: term weights are log term frequency times inverse
/// document frequency, where names and numbers count twice and function words and
/// terms of a single document not at all; documents join by average link on the
/// cosine of their weights while it exceeds `threshold`.
///
/// ```
/// use slant::incidents::coref::stories::group;
/// let docs = [
///     "The Academy named Hugh Jackman host of the Oscars.",
///     "Jackman will host the Oscars in February, the Academy said.",
///     "A magnitude 6.1 earthquake struck Aceh on Tuesday.",
///     "The earthquake in Aceh killed 12, officials said on Tuesday.",
/// ];
/// let s = group(&docs, 0.1);
/// assert_eq!(s.story, vec![0, 0, 1, 1]);
/// assert!(s.similarity(0, 1) > s.similarity(0, 2));
/// ```
pub fn group(docs: &[&str], threshold: f32) -> Stories {
    group_on(docs, threshold, 1)
}

/// [`group`], reading the documents on up to `threads` threads.
pub fn group_on(docs: &[&str], threshold: f32, threads: usize) -> Stories {
    let stop = function_words();
    let counts: Vec<HashMap<String, u32>> = crate::parallel::map_batch(docs, threads, |text| {
        let mut c: HashMap<String, u32> = HashMap::new();
        for w in words(text) {
            let lower = text[w.start..w.end].to_lowercase();
            if stop.contains(lower.as_str()) {
                continue;
            }
            *c.entry(lower).or_insert(0) += if w.name { 2 } else { 1 };
        }
        c
    });
    let mut df: HashMap<&str, usize> = HashMap::new();
    for c in &counts {
        for term in c.keys() {
            *df.entry(term.as_str()).or_insert(0) += 1;
        }
    }
    let n = docs.len() as f64;
    // Postings of each shared term: (document, normalised weight).
    let order: Vec<usize> = (0..counts.len()).collect();
    let weighted: Vec<Vec<(&str, f64)>> = crate::parallel::map_batch(&order, threads, |&d| {
        let mut weights: Vec<(&str, f64)> = counts[d]
            .iter()
            .filter_map(|(term, &tf)| {
                let f = df[term.as_str()];
                (f > 1 && f <= MAX_DF).then(|| {
                    let w = (1.0 + f64::from(tf).ln()) * ((n + 1.0) / f as f64).ln();
                    (term.as_str(), w)
                })
            })
            .collect();
        // A document is its heaviest terms: the rest weigh little in any cosine, and
        // keeping them would make a large corpus cost quadratic time.
        weights.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(y.0)));
        weights.truncate(TOP_TERMS);
        let norm = weights.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        if norm <= 0.0 {
            weights.clear();
        }
        for (_, w) in &mut weights {
            *w /= norm;
        }
        weights
    });
    let mut postings: HashMap<&str, Vec<(usize, f32)>> = HashMap::new();
    for (d, weights) in weighted.into_iter().enumerate() {
        for (term, w) in weights {
            postings.entry(term).or_default().push((d, w as f32));
        }
    }
    let mut similar: HashMap<(usize, usize), f32, FastBuild> = HashMap::default();
    // Terms in sorted order, so that the sums, and what is trained on them, are the
    // same in every run.
    let mut terms: Vec<&&str> = postings.keys().collect();
    terms.sort();
    // The commonest terms go first when the pairs they make exceed the budget: they
    // weigh least, and on a large corpus they would cost quadratic time.
    let cap = df_cap(terms.iter().map(|t| postings[*t].len()));
    for list in terms
        .iter()
        .map(|t| &postings[*t])
        .filter(|l| l.len() <= cap)
    {
        for (k, &(a, wa)) in list.iter().enumerate() {
            for &(b, wb) in &list[k + 1..] {
                *similar.entry((a, b)).or_insert(0.0) += wa * wb;
            }
        }
    }
    let mut edges: Vec<(usize, usize, f32)> =
        similar.iter().map(|(&(a, b), &s)| (a, b, s)).collect();
    edges.sort_by_key(|e| (e.0, e.1));
    // On a large corpus only the strongest links take part in grouping: the weakest
    // barely move an average, and every link costs time in each merge.
    if edges.len() > EDGE_BUDGET {
        let strongest = |x: &(usize, usize, f32), y: &(usize, usize, f32)| {
            y.2.total_cmp(&x.2)
                .then_with(|| (x.0, x.1).cmp(&(y.0, y.1)))
        };
        // A total order, so the links kept are the same in every run; their order
        // does not matter to the grouping.
        edges.select_nth_unstable_by(EDGE_BUDGET, strongest);
        edges.truncate(EDGE_BUDGET);
    }
    let story = average_link(docs.len(), &edges, threshold);
    Stories { story, similar }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_not_function_words_make_a_story() {
        let docs = [
            "Police arrested the man in Boston on Monday.",
            "The man was arrested in Boston, police said.",
            "It was the first time that it was in the news.",
        ];
        let s = group(&docs, 0.1);
        assert!(s.same(0, 1));
        assert!(!s.same(0, 2));
        assert_eq!(s.similarity(0, 2), 0.0);
    }

    #[test]
    fn empty_and_odd_documents_stand_alone() {
        let s = group(&["", "...", "Ünïcode Ärger 12"], 0.1);
        assert_eq!(s.story, vec![0, 1, 2]);
        assert!(!s.same(0, 9));
    }
}
