//! Reading Python `str` objects as UTF-8 without losing offset alignment.

use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};
use std::borrow::Cow;

use super::errors::{type_error, type_name};

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

/// The items of a batch argument: str, or None for a missing document (None, NaN,
/// pandas.NA). Anything else raises SlantTypeError naming `who`, the position and type.
pub(crate) fn read_batch<'py>(
    texts: &Bound<'py, PyAny>,
    who: &str,
) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    let py = texts.py();
    if texts.is_instance_of::<PyString>() {
        return Err(type_error(
            py,
            format!("{who}: texts must be an iterable of str, not a single str"),
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        type_error(
            py,
            format!(
                "{who}: texts must be an iterable of str, not {}",
                type_name(texts)
            ),
        )
    })?;
    let mut items = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        // The common case first: type names are looked up only for other objects.
        if item.is_instance_of::<PyString>() {
            items.push(Some(item.cast_into::<PyString>()?));
            continue;
        }
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
                    format!("{who}: texts[{i}] is {name}, expected str or None"),
                ))
            }
        }
    }
    Ok(items)
}

/// Records (a list of dicts) read by `slant._gazetteer.<reader>` from a path, JSON text,
/// a file object or a DataFrame; `who` names the class in error messages.
pub(crate) fn read_records<'py>(
    py: Python<'py>,
    reader: &str,
    source: &Bound<'py, PyAny>,
    who: &str,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("slant._gazetteer")?
        .call_method1(reader, (source, who))
}

/// The `text` argument of a one-text call as a str, or a TypeError naming the call
/// and the type given ("tag_entities: text must be str, not bytes").
pub(crate) fn str_arg<'a, 'py>(
    py: Python<'py>,
    text: &'a Bound<'py, PyAny>,
    who: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    text.cast::<PyString>().map_err(|_| {
        type_error(
            py,
            format!("{who}: text must be str, not {}", type_name(text)),
        )
    })
}
