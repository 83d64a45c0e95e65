//! `attitude` and `attitude_batch`: the attitude model's results as `slant.Attitude`.

use pyo3::prelude::*;
use pyo3::types::PyList;
use std::borrow::Cow;
use std::sync::OnceLock;

use super::errors::{type_error, type_name, value_error};
use super::text::{read, read_batch, str_arg};
use crate::stance::attitude::{attitudes, Attitude as Core};
use crate::text::{ByteOffsets, CharOffsets};

/// The attitude a text expresses toward a target span.
#[pyclass(module = "slant", frozen)]
#[derive(Clone)]
pub(crate) struct Attitude {
    #[pyo3(get)]
    label: &'static str,
    #[pyo3(get)]
    score: f32,
    #[pyo3(get)]
    probabilities: (f32, f32, f32),
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    target: String,
    #[pyo3(get)]
    sentence_start: usize,
    #[pyo3(get)]
    sentence_end: usize,
    #[pyo3(get)]
    evidence: String,
    #[pyo3(get)]
    cues: Vec<(usize, usize, String, f32)>,
}

type AttitudeArgs = (
    &'static str,
    f32,
    (f32, f32, f32),
    usize,
    usize,
    String,
    usize,
    usize,
    String,
    Vec<(usize, usize, String, f32)>,
);

#[pymethods]
impl Attitude {
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn new(
        label: &str,
        score: f32,
        probabilities: (f32, f32, f32),
        start: usize,
        end: usize,
        target: String,
        sentence_start: usize,
        sentence_end: usize,
        evidence: String,
        cues: Vec<(usize, usize, String, f32)>,
    ) -> PyResult<Self> {
        let label = crate::stance::attitude::Polarity::parse(label)
            .ok_or_else(|| {
                pyo3::exceptions::PyValueError::new_err(format!(
                    "Attitude: label must be negative, neutral or positive, not {label:?}"
                ))
            })?
            .as_str();
        Ok(Attitude {
            label,
            score,
            probabilities,
            start,
            end,
            target,
            sentence_start,
            sentence_end,
            evidence,
            cues,
        })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, AttitudeArgs)> {
        let a = slf.get();
        Ok((
            slf.get_type().into_any(),
            (
                a.label,
                a.score,
                a.probabilities,
                a.start,
                a.end,
                a.target.clone(),
                a.sentence_start,
                a.sentence_end,
                a.evidence.clone(),
                a.cues.clone(),
            ),
        ))
    }

    fn __eq__(&self, other: &Self) -> bool {
        self.label == other.label
            && self.score == other.score
            && self.start == other.start
            && self.end == other.end
            && self.sentence_start == other.sentence_start
            && self.cues == other.cues
    }

    fn __repr__(&self) -> String {
        format!(
            "Attitude(label={:?}, score={:.2}, target={:?}, cues={:?})",
            self.label,
            self.score,
            self.target,
            self.cues.iter().map(|c| c.2.as_str()).collect::<Vec<_>>()
        )
    }
}

/// Character spans of one text checked and turned into byte spans.
fn byte_spans(
    py: Python<'_>,
    text: &str,
    spans: &[(usize, usize)],
    who: &str,
) -> PyResult<Vec<std::ops::Range<usize>>> {
    let index = ByteOffsets::new(text);
    spans
        .iter()
        .enumerate()
        .map(|(k, &(s, e))| {
            match (index.to_byte(s), index.to_byte(e)) {
                (Some(bs), Some(be)) if s < e => Ok(bs..be),
                _ => Err(value_error(
                    py,
                    format!(
                        "{who}: target {k} is ({s}, {e}); it must satisfy 0 <= start < end <= len(text) = {}",
                        index.chars()
                    ),
                )),
            }
        })
        .collect()
}

/// Convert one result; `target` is the span in characters as the caller gave it.
fn to_python(
    text: &str,
    target: (usize, usize),
    bytes: &std::ops::Range<usize>,
    a: Core,
) -> Attitude {
    let mut conv = CharOffsets::new(text);
    let sentence = (conv.to_char(a.sentence.start), conv.to_char(a.sentence.end));
    let mut cues: Vec<(usize, usize, String, f32)> = a
        .cues
        .iter()
        .map(|c| {
            (
                c.span.start,
                c.span.end,
                text[c.span.clone()].to_string(),
                c.weight,
            )
        })
        .collect();
    // Cues come strongest first; convert in text order (the converter runs forward).
    let mut order: Vec<usize> = (0..cues.len()).collect();
    order.sort_by_key(|&k| cues[k].0);
    for k in order {
        cues[k].0 = conv.to_char(cues[k].0);
        cues[k].1 = conv.to_char(cues[k].1);
    }
    Attitude {
        label: a.polarity.as_str(),
        score: a.score,
        probabilities: (a.probabilities[0], a.probabilities[1], a.probabilities[2]),
        start: target.0,
        end: target.1,
        target: text[bytes.clone()].to_string(),
        sentence_start: sentence.0,
        sentence_end: sentence.1,
        evidence: text[a.sentence.clone()].to_string(),
        cues,
    }
}

/// The attitude of `text` toward `text[start:end]` (character offsets).
#[pyfunction]
pub(crate) fn attitude(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    start: usize,
    end: usize,
) -> PyResult<Attitude> {
    let s = str_arg(py, text, "attitude")?;
    let utf8 = read(s)?;
    let t: &str = &utf8;
    let spans = byte_spans(py, t, &[(start, end)], "attitude")?;
    let result = py.detach(|| attitudes(t, &spans)).remove(0);
    Ok(to_python(t, (start, end), &spans[0], result))
}

/// One text of a batch (None when missing) and its targets in bytes.
type Job<'a> = (Option<Cow<'a, str>>, Vec<std::ops::Range<usize>>);

/// The `(start, end)` pairs of `targets[i]`; None stands for no targets.
fn target_pairs(spans: &Bound<'_, PyAny>, who: &str, i: usize) -> PyResult<Vec<(usize, usize)>> {
    if spans.is_none() {
        return Ok(Vec::new());
    }
    spans.extract().map_err(|_| {
        type_error(
            spans.py(),
            format!(
                "{who}: targets[{i}] is {}, expected a list of (start, end) pairs",
                type_name(spans)
            ),
        )
    })
}

/// Attitudes toward several targets in each of several texts, in parallel.
#[pyfunction]
#[pyo3(signature = (texts, targets, *, n_threads=None, progress=None))]
pub(crate) fn attitude_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    targets: &Bound<'py, PyAny>,
    n_threads: Option<usize>,
    progress: Option<&Bound<'py, super::progress::Progress>>,
) -> PyResult<Bound<'py, PyList>> {
    let who = "attitude_batch";
    let items = read_batch(texts, who)?;
    let spans_in: Vec<Bound<'py, PyAny>> = targets
        .try_iter()
        .map_err(|_| {
            type_error(
                py,
                format!(
                    "{who}: targets must be an iterable of lists of (start, end), not {}",
                    type_name(targets)
                ),
            )
        })?
        .collect::<PyResult<_>>()?;
    if spans_in.len() != items.len() {
        return Err(value_error(
            py,
            format!(
                "{who}: {} target lists for {} texts",
                spans_in.len(),
                items.len()
            ),
        ));
    }
    let threads = crate::parallel::resolve_threads(n_threads);
    let done = super::progress::counter(progress);
    let judge = |(t, spans): &Job<'_>| {
        let r = t.as_deref().map(|t| attitudes(t, spans));
        super::progress::tick(&done);
        r
    };
    // As in split_sentences_batch: each text goes to the workers as soon as it and its
    // targets are read; this thread builds the results that are done, and judges one
    // itself with the GIL released when none is.
    let slots: Vec<OnceLock<Job<'_>>> = items.iter().map(|_| OnceLock::new()).collect();
    let mut chars: Vec<Vec<(usize, usize)>> = Vec::with_capacity(items.len());
    let mut rows: Vec<Option<Bound<'py, PyList>>> = (0..items.len()).map(|_| None).collect();
    crate::parallel::map_streamed(&slots, threads, judge, |stream| {
        for (i, (item, spans)) in items.iter().zip(&spans_in).enumerate() {
            let text = item.as_ref().map(read).transpose()?;
            let pairs = target_pairs(spans, who, i)?;
            let (pairs, bytes) = match &text {
                Some(t) => {
                    let bytes = byte_spans(py, t, &pairs, &format!("{who}: texts[{i}]"))?;
                    (pairs, bytes)
                }
                None => (Vec::new(), Vec::new()),
            };
            chars.push(pairs);
            // One input per slot, from this thread alone: none comes back.
            let _ = stream.publish((text, bytes));
        }
        super::stream::drain(py, stream, |i, found| {
            let row = PyList::empty(py);
            if let (Some(found), Some((Some(text), bytes))) = (found, slots[i].get()) {
                for ((pair, b), a) in chars[i].iter().zip(bytes).zip(found) {
                    row.append(to_python(text, *pair, b, a))?;
                }
            }
            rows[i] = Some(row);
            Ok(())
        })
    })?;
    let out = PyList::empty(py);
    for row in rows {
        match row {
            Some(row) => out.append(row)?,
            None => out.append(PyList::empty(py))?,
        }
    }
    Ok(out)
}

/// Attitude rows added up per (source, target): rows are parallel lists of source and
/// target numbers, labels ("negative", "neutral", "positive") and scores. Returns the
/// groups as columns (source, target, mentions, negative, neutral, positive, score,
/// evidence: the row with the strongest attitude).
#[pyfunction]
pub(crate) fn lean_rows<'py>(
    py: Python<'py>,
    sources: Vec<usize>,
    targets: Vec<usize>,
    labels: Vec<String>,
    scores: Vec<f32>,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let n = sources.len();
    if targets.len() != n || labels.len() != n || scores.len() != n {
        return Err(value_error(
            py,
            format!(
                "lean_rows: {n} sources, {} targets, {} labels, {} scores",
                targets.len(),
                labels.len(),
                scores.len()
            ),
        ));
    }
    let mut rows = Vec::with_capacity(n);
    for (i, label) in labels.iter().enumerate() {
        let l = match label.as_str() {
            "negative" => -1,
            "neutral" => 0,
            "positive" => 1,
            other => {
                return Err(value_error(
                    py,
                    format!("lean_rows: label of row {i} is {other:?}, expected negative, neutral or positive"),
                ))
            }
        };
        rows.push((sources[i], targets[i], l, scores[i]));
    }
    let groups = crate::corpus::stance::lean(&rows);
    let d = pyo3::types::PyDict::new(py);
    d.set_item(
        "source",
        groups.iter().map(|g| g.source).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "target",
        groups.iter().map(|g| g.target).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "mentions",
        groups.iter().map(|g| g.mentions).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "negative",
        groups.iter().map(|g| g.negative).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "neutral",
        groups.iter().map(|g| g.neutral).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "positive",
        groups.iter().map(|g| g.positive).collect::<Vec<_>>(),
    )?;
    d.set_item("score", groups.iter().map(|g| g.score).collect::<Vec<_>>())?;
    d.set_item(
        "evidence",
        groups.iter().map(|g| g.evidence).collect::<Vec<_>>(),
    )?;
    Ok(d)
}
