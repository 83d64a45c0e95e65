//! `Sentence`, `split_sentences` and `split_sentences_batch`.

use super::text::{read, read_batch, str_arg};
use crate::text::{dual_spans, DualSpan};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::{PyList, PyString, PyTuple};
use std::borrow::Cow;
use std::sync::OnceLock;

/// What `__reduce__` returns: the class and its constructor arguments.
type Reduced = (Py<PyAny>, (usize, usize, Py<PyString>));

/// One sentence: `text[start:end] == sentence.text`, offsets in characters.
///
/// It holds the document and slices `text` on access: building a sentence then costs
/// one small object, and a user who reads only offsets never pays for copies.
#[pyclass(module = "slant", frozen)]
pub(crate) struct Sentence {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    /// The string the offsets point into, and the document offset of its first character.
    doc: Py<PyString>,
    base: usize,
}

/// `s[start:end]` for character offsets already known to be in range.
fn substring<'py>(
    s: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    let (start, end) = (start as pyo3::ffi::Py_ssize_t, end as pyo3::ffi::Py_ssize_t);
    // SAFETY: `s` is a live str; PyUnicode_Substring returns a new reference or NULL
    // with an exception set, which `from_owned_ptr_or_err` turns into a PyErr.
    unsafe {
        let ptr = pyo3::ffi::PyUnicode_Substring(s.as_ptr(), start, end);
        Ok(Bound::from_owned_ptr_or_err(s.py(), ptr)?.cast_into_unchecked())
    }
}

#[pymethods]
impl Sentence {
    #[new]
    fn new(start: usize, end: usize, text: Py<PyString>) -> Self {
        Sentence {
            start,
            end,
            doc: text,
            base: start,
        }
    }

    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        substring(
            self.doc.bind(py),
            self.start - self.base,
            self.end - self.base,
        )
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text(py)?.repr()?;
        Ok(format!(
            "Sentence(start={}, end={}, text={})",
            self.start, self.end, text
        ))
    }

    fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.text(py)
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
        let same =
            self.start == o.start && self.end == o.end && self.text(py)?.as_any().eq(o.text(py)?)?;
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
                self.text(py)?.into_any(),
            ],
        )?
        .hash()
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<Reduced> {
        let cls = py.get_type::<Sentence>().into_any().unbind();
        Ok((cls, (self.start, self.end, self.text(py)?.unbind())))
    }
}

fn split_dual(text: &str) -> Vec<DualSpan> {
    dual_spans(text, &crate::segment::split(text))
}

/// The Python list of Sentence objects that point into `original`.
fn build<'py>(original: &Bound<'py, PyString>, spans: &[DualSpan]) -> PyResult<Bound<'py, PyList>> {
    let py = original.py();
    let objects = spans
        .iter()
        .map(|s| {
            let doc = original.clone().unbind();
            Bound::new(
                py,
                Sentence {
                    start: s.chars.0,
                    end: s.chars.1,
                    doc,
                    base: 0,
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objects)
}

/// Split one text into sentences.
#[pyfunction]
pub(crate) fn split_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let s = str_arg(py, text, "split_sentences")?;
    let utf8 = read(s)?;
    let spans = {
        let t: &str = &utf8;
        py.detach(|| split_dual(t))
    };
    build(s, &spans)
}

/// Split many texts on several threads; None/NaN items give None.
#[pyfunction]
#[pyo3(signature = (texts, n_threads=None, *, progress=None))]
pub(crate) fn split_sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    n_threads: Option<usize>,
    progress: Option<&Bound<'py, super::progress::Progress>>,
) -> PyResult<Vec<Option<Bound<'py, PyList>>>> {
    let items = read_batch(texts, "split_sentences_batch")?;
    let threads = crate::parallel::resolve_threads(n_threads);
    let done = super::progress::counter(progress);
    let split = |t: &Option<Cow<'_, str>>| {
        let r = t.as_deref().map(split_dual);
        super::progress::tick(&done);
        r
    };
    // This thread reads each str as UTF-8 and hands it to the workers at once, then,
    // holding the GIL, builds the Python objects of the documents already split; when
    // none is ready it lets the GIL go and splits one itself (with one thread, it
    // splits every document that way).
    let slots: Vec<OnceLock<Option<Cow<'_, str>>>> =
        items.iter().map(|_| OnceLock::new()).collect();
    let mut out: Vec<Option<Bound<'py, PyList>>> = (0..items.len()).map(|_| None).collect();
    crate::parallel::map_streamed(&slots, threads, split, |stream| {
        for s in &items {
            // One input per slot, from this thread alone: none comes back.
            let _ = stream.publish(s.as_ref().map(read).transpose()?);
        }
        super::stream::drain(py, stream, |i, spans| {
            if let (Some(s), Some(sp)) = (&items[i], spans) {
                out[i] = Some(build(s, &sp)?);
            }
            Ok(())
        })
    })?;
    Ok(out)
}
