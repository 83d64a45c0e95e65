//! Raising slant's own exceptions, which are defined in Python (`slant.errors`) so that
//! they can subclass both `SlantError` and the matching built-in.

use pyo3::prelude::*;

fn raise(py: Python<'_>, class: &str, message: String) -> PyErr {
    let made = py
        .import("slant.errors")
        .and_then(|m| m.getattr(class))
        .and_then(|cls| cls.call1((message.clone(),)));
    match made {
        Ok(exc) => PyErr::from_value(exc),
        Err(_) => pyo3::exceptions::PyTypeError::new_err(message),
    }
}

/// `SlantTypeError` (a `TypeError`) with `message`.
pub(crate) fn type_error(py: Python<'_>, message: String) -> PyErr {
    raise(py, "SlantTypeError", message)
}

/// Python's name for the type of `obj`, for error messages.
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// `SlantValueError` (a `ValueError`) with `message`.
pub(crate) fn value_error(py: Python<'_>, message: String) -> PyErr {
    raise(py, "SlantValueError", message)
}
