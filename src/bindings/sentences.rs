//! `Sentence`, `split_sentences` and `split_sentences_batch`.

use super::errors::{type_error, type_name};
use super::text::{is_missing, read};
use crate::text::{dual_spans, DualSpan};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::{PySlice, PyString, PyTuple};
use std::borrow::Cow;

/// What `__reduce__` returns: the class and its constructor arguments.
type Reduced = (Py<PyAny>, (usize, usize, Py<PyString>));

/// One sentence: `text[start:end] == sentence.text`, offsets in characters.
#[pyclass(module = "slant", frozen)]
pub(crate) struct Sentence {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: Py<PyString>,
}

#[pymethods]
impl Sentence {
    #[new]
    fn new(start: usize, end: usize, text: Py<PyString>) -> Self {
        Sentence { start, end, text }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py).repr()?;
        Ok(format!(
            "Sentence(start={}, end={}, text={})",
            self.start, self.end, text
        ))
    }

    fn __str__(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    fn __len__(&self) -> usize {
        self.end - self.start
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<Sentence>() else {
            return Ok(py.NotImplemented());
        };
        let o = other.get();
        let same = self.start == o.start
            && self.end == o.end
            && self.text.bind(py).as_any().eq(o.text.bind(py))?;
        match op {
            CompareOp::Eq => Ok(same.into_pyobject(py)?.to_owned().into_any().unbind()),
            CompareOp::Ne => Ok((!same).into_pyobject(py)?.to_owned().into_any().unbind()),
            _ => Ok(py.NotImplemented()),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        PyTuple::new(
            py,
            [
                self.start.into_pyobject(py)?.into_any(),
                self.end.into_pyobject(py)?.into_any(),
                self.text.bind(py).clone().into_any(),
            ],
        )?
        .hash()
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<Reduced> {
        let cls = py.get_type::<Sentence>().into_any().unbind();
        Ok((cls, (self.start, self.end, self.text.clone_ref(py))))
    }
}

fn split_dual(text: &str) -> Vec<DualSpan> {
    dual_spans(text, &crate::segment::split(text))
}

/// Build Sentence objects. When the UTF-8 had to be repaired (lone surrogates), the
/// text of each sentence is sliced from the original Python string instead.
fn build(
    py: Python<'_>,
    original: &Bound<'_, PyString>,
    text: &str,
    repaired: bool,
    spans: &[DualSpan],
) -> PyResult<Vec<Sentence>> {
    spans
        .iter()
        .map(|s| {
            let piece = if repaired {
                let slice = PySlice::new(py, s.chars.0 as isize, s.chars.1 as isize, 1);
                original.get_item(slice)?.cast_into::<PyString>()?
            } else {
                PyString::new(py, &text[s.bytes.0..s.bytes.1])
            };
            Ok(Sentence {
                start: s.chars.0,
                end: s.chars.1,
                text: piece.unbind(),
            })
        })
        .collect()
}

/// Split one text into sentences.
#[pyfunction]
pub(crate) fn split_sentences(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Sentence>> {
    let Ok(s) = text.cast::<PyString>() else {
        return Err(type_error(
            py,
            format!("split_sentences: text must be str, not {}", type_name(text)),
        ));
    };
    let utf8 = read(s)?;
    let spans = {
        let t: &str = &utf8;
        py.detach(|| split_dual(t))
    };
    build(py, s, &utf8, matches!(utf8, Cow::Owned(_)), &spans)
}

/// Split many texts on several threads; None/NaN items give None.
#[pyfunction]
#[pyo3(signature = (texts, n_threads=None))]
pub(crate) fn split_sentences_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    n_threads: Option<usize>,
) -> PyResult<Vec<Option<Vec<Sentence>>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(type_error(
            py,
            "split_sentences_batch: texts must be an iterable of str, not a single str".into(),
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        type_error(
            py,
            format!(
                "split_sentences_batch: texts must be an iterable of str, not {}",
                type_name(texts)
            ),
        )
    })?;
    let mut items: Vec<Option<Bound<'_, PyString>>> = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        if is_missing(&item) {
            items.push(None);
            continue;
        }
        let name = type_name(&item);
        match item.cast_into::<PyString>() {
            Ok(s) => items.push(Some(s)),
            Err(_) => {
                return Err(type_error(
                    py,
                    format!("split_sentences_batch: texts[{i}] is {name}, expected str or None"),
                ))
            }
        }
    }
    let utf8: Vec<Option<Cow<'_, str>>> = items
        .iter()
        .map(|s| s.as_ref().map(read).transpose())
        .collect::<PyResult<_>>()?;
    let threads = crate::parallel::resolve_threads(n_threads);
    let spans =
        py.detach(|| crate::parallel::map_batch(&utf8, threads, |t| t.as_deref().map(split_dual)));
    items
        .iter()
        .zip(&utf8)
        .zip(&spans)
        .map(|((item, text), spans)| match (item, text, spans) {
            (Some(s), Some(t), Some(sp)) => {
                build(py, s, t, matches!(t, Cow::Owned(_)), sp).map(Some)
            }
            _ => Ok(None),
        })
        .collect()
}
