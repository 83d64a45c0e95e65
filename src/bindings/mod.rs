//! The Python module `slant._slant`: the only place that knows about pyo3.
//!
//! Bindings convert and nothing more: borrow Python strings, release the GIL while
//! the core works, then build Python objects once per result.

mod allocator;
mod catalogue;
mod corpus;
mod entities;
mod errors;
mod progress;
mod sentences;
mod stance;
mod stream;
mod text;

use pyo3::prelude::*;

#[pymodule]
fn _slant(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("_allocator_tuned", allocator::configure())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<progress::Progress>()?;
    m.add_class::<sentences::Sentence>()?;
    m.add_function(wrap_pyfunction!(sentences::split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(sentences::split_sentences_batch, m)?)?;
    m.add_class::<entities::Entity>()?;
    m.add_class::<entities::Gazetteer>()?;
    m.add_function(wrap_pyfunction!(entities::tag_entities, m)?)?;
    m.add_function(wrap_pyfunction!(entities::tag_entities_batch, m)?)?;
    m.add_class::<catalogue::Catalogue>()?;
    m.add_function(wrap_pyfunction!(corpus::analyze_corpus, m)?)?;
    m.add_function(wrap_pyfunction!(corpus::find_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(corpus::find_events, m)?)?;
    m.add_function(wrap_pyfunction!(corpus::cluster_events, m)?)?;
    m.add_class::<stance::Attitude>()?;
    m.add_function(wrap_pyfunction!(stance::attitude, m)?)?;
    m.add_function(wrap_pyfunction!(stance::attitude_batch, m)?)?;
    m.add_function(wrap_pyfunction!(stance::lean_rows, m)?)?;
    Ok(())
}
