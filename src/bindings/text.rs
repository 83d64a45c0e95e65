//! Reading Python `str` objects as UTF-8 without losing offset alignment.

use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};
use std::borrow::Cow;

/// Borrow the UTF-8 of `s`; a string with lone surrogates is copied with each
/// surrogate read as one U+FFFD, so character offsets stay those of `s`.
pub(crate) fn read<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    match s.to_str() {
        Ok(t) => Ok(Cow::Borrowed(t)),
        Err(_) => {
            let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
            let bytes: Vec<u8> = encoded.extract()?;
            Ok(Cow::Owned(crate::text::repair_surrogates(bytes)))
        }
    }
}

/// Whether a batch item stands for a missing document: None, NaN, pandas.NA or NaT.
pub(crate) fn is_missing(obj: &Bound<'_, PyAny>) -> bool {
    if obj.is_none() {
        return true;
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    let name = super::errors::type_name(obj);
    name == "NAType" || name == "NaTType"
}
