//! `Catalogue`: known incidents a corpus links its mentions to.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};

use super::entities::Gazetteer;
use super::errors::{type_error, type_name, value_error};
use super::text::{is_missing, read_records};
use crate::entities::gazetteer::embedded;
use crate::incidents::{CatalogueRecord, Incident};

/// Known incidents (id, name, type, place, date, aliases); immutable, picklable.
#[pyclass(module = "slant", frozen)]
pub struct Catalogue {
    pub(crate) incidents: Vec<Incident>,
    records: Py<PyList>,
    /// The gazetteer its places were read against, kept so that a pickle rebuilds alike.
    gazetteer: Option<Py<Gazetteer>>,
}

fn text_field(rec: &Bound<'_, PyDict>, key: &str, i: usize) -> PyResult<Option<String>> {
    let py = rec.py();
    match rec.get_item(key)? {
        None => Ok(None),
        Some(v) if is_missing(&v) => Ok(None),
        Some(v) => {
            if let Ok(s) = v.cast::<PyString>() {
                return Ok(Some(s.to_str()?.to_string()));
            }
            // Dates may come as datetime.date.
            if key == "date" && v.hasattr("isoformat")? {
                return Ok(Some(v.call_method0("isoformat")?.extract::<String>()?));
            }
            Err(type_error(
                py,
                format!(
                    "Catalogue: records[{i}]: field {key:?} must be str, not {}",
                    type_name(&v)
                ),
            ))
        }
    }
}

fn list_field(rec: &Bound<'_, PyDict>, key: &str, i: usize) -> PyResult<Vec<String>> {
    let py = rec.py();
    let Some(v) = rec.get_item(key)? else {
        return Ok(Vec::new());
    };
    if is_missing(&v) {
        return Ok(Vec::new());
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(s.to_str()?.split('|').map(str::to_string).collect());
    }
    let mut out = Vec::new();
    let iter = v.try_iter().map_err(|_| {
        type_error(
            py,
            format!(
                "Catalogue: records[{i}]: field {key:?} must be a str or a list of str, not {}",
                type_name(&v)
            ),
        )
    })?;
    for (k, x) in iter.enumerate() {
        let x = x?;
        let s = x.cast::<PyString>().map_err(|_| {
            type_error(
                py,
                format!(
                    "Catalogue: records[{i}]: {key}[{k}] must be str, not {}",
                    type_name(&x)
                ),
            )
        })?;
        out.push(s.to_str()?.to_string());
    }
    Ok(out)
}

#[pymethods]
impl Catalogue {
    #[new]
    #[pyo3(signature = (records, *, gazetteer=None))]
    fn new(
        py: Python<'_>,
        records: &Bound<'_, PyAny>,
        gazetteer: Option<&Bound<'_, Gazetteer>>,
    ) -> PyResult<Self> {
        if records.is_instance_of::<PyString>() || records.is_instance_of::<PyDict>() {
            return Err(type_error(
                py,
                format!(
                    "Catalogue: records must be a list of dicts, not {}",
                    type_name(records)
                ),
            ));
        }
        let iter = records.try_iter().map_err(|_| {
            type_error(
                py,
                format!(
                    "Catalogue: records must be a list of dicts, not {}",
                    type_name(records)
                ),
            )
        })?;
        let g = match gazetteer {
            Some(g) => g.get().tagger().gazetteer().clone(),
            None => embedded().clone(),
        };
        let kept = PyList::empty(py);
        let mut incidents: Vec<Incident> = Vec::new();
        for (i, rec) in iter.enumerate() {
            let rec = rec?;
            let d = rec.cast::<PyDict>().map_err(|_| {
                type_error(
                    py,
                    format!(
                        "Catalogue: records[{i}] must be a dict, not {}",
                        type_name(&rec)
                    ),
                )
            })?;
            let need = |key: &str| -> PyResult<String> {
                text_field(d, key, i)?.ok_or_else(|| {
                    value_error(
                        py,
                        format!("Catalogue: records[{i}]: missing field {key:?}"),
                    )
                })
            };
            let record = CatalogueRecord {
                id: need("id")?,
                name: need("name")?,
                ty: need("type")?,
                places: list_field(d, "place", i)?,
                date: text_field(d, "date", i)?,
                aliases: list_field(d, "aliases", i)?,
            };
            let inc = record.into_incident(&g).map_err(|e| {
                value_error(
                    py,
                    format!(
                        "Catalogue: records[{i}]: field {:?}: {}",
                        e.field, e.message
                    ),
                )
            })?;
            if incidents.iter().any(|x| x.id == inc.id) {
                return Err(value_error(
                    py,
                    format!(
                        "Catalogue: records[{i}]: field \"id\": duplicate id {:?}",
                        inc.id
                    ),
                ));
            }
            incidents.push(inc);
            kept.append(d)?;
        }
        Ok(Catalogue {
            incidents,
            records: kept.unbind(),
            gazetteer: gazetteer.map(|g| g.clone().unbind()),
        })
    }

    /// Build from a list of dicts.
    #[classmethod]
    #[pyo3(signature = (records, *, gazetteer=None))]
    fn from_records(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        records: &Bound<'_, PyAny>,
        gazetteer: Option<&Bound<'_, Gazetteer>>,
    ) -> PyResult<Self> {
        Self::new(py, records, gazetteer)
    }

    /// Build from JSON: a path, or the JSON text of a list of records.
    #[classmethod]
    #[pyo3(signature = (source, *, gazetteer=None))]
    fn from_json(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        gazetteer: Option<&Bound<'_, Gazetteer>>,
    ) -> PyResult<Self> {
        let records = read_records(py, "read_json", source, "Catalogue")?;
        Self::new(py, &records, gazetteer)
    }

    /// Build from a CSV file with a header row (place and aliases "|"-separated).
    #[classmethod]
    #[pyo3(signature = (source, *, gazetteer=None))]
    fn from_csv(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        gazetteer: Option<&Bound<'_, Gazetteer>>,
    ) -> PyResult<Self> {
        let records = read_records(py, "read_csv", source, "Catalogue")?;
        Self::new(py, &records, gazetteer)
    }

    /// Build from a pandas DataFrame with the record columns.
    #[classmethod]
    #[pyo3(signature = (frame, *, gazetteer=None))]
    fn from_dataframe(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        frame: &Bound<'_, PyAny>,
        gazetteer: Option<&Bound<'_, Gazetteer>>,
    ) -> PyResult<Self> {
        let records = read_records(py, "read_dataframe", frame, "Catalogue")?;
        Self::new(py, &records, gazetteer)
    }

    fn __len__(&self) -> usize {
        self.incidents.len()
    }

    fn __repr__(&self) -> String {
        format!("Catalogue({} incidents)", self.incidents.len())
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let rebuild = py
            .import("slant._gazetteer")?
            .getattr("_rebuild_catalogue")?;
        let gazetteer = match &self.gazetteer {
            Some(g) => g.bind(py).clone().into_any(),
            None => py.None().into_bound(py),
        };
        let args = PyTuple::new(py, [self.records.bind(py).clone().into_any(), gazetteer])?;
        Ok((rebuild, args))
    }
}
