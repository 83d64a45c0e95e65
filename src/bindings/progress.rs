//! `slant._slant.Progress`: a counter that batch calls advance from their worker
//! threads, so that Python can draw a progress bar while the GIL is released.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use pyo3::prelude::*;

/// Documents finished by the batch call it is passed to.
#[pyclass(module = "slant", frozen)]
#[derive(Default)]
pub(crate) struct Progress {
    done: Arc<AtomicUsize>,
}

#[pymethods]
impl Progress {
    #[new]
    fn new() -> Self {
        Progress::default()
    }

    /// How many documents are done.
    #[getter]
    fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }
}

/// The counter of an optional progress object, to move into worker closures.
pub(crate) fn counter(progress: Option<&Bound<'_, Progress>>) -> Option<Arc<AtomicUsize>> {
    progress.map(|p| Arc::clone(&p.get().done))
}

/// Count one finished document.
#[inline]
pub(crate) fn tick(counter: &Option<Arc<AtomicUsize>>) {
    if let Some(c) = counter {
        c.fetch_add(1, Ordering::Relaxed);
    }
}
