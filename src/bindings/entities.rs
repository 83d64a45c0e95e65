//! `Entity`, `Gazetteer`, `tag_entities` and `tag_entities_batch`.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::errors::{type_error, type_name, value_error};
use super::text::{is_missing, read, read_batch, read_records, str_arg};
use crate::entities::dates::Day;
use crate::entities::gazetteer::Record;
use crate::entities::{Entity as CoreEntity, EntityTagger};
use crate::text::dual_spans;

/// One entity mention: `text[start:end] == entity.text`, offsets in characters.
#[pyclass(module = "slant", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Entity {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    label: &'static str,
    #[pyo3(get)]
    canonical: String,
    #[pyo3(get)]
    id: String,
    #[pyo3(get)]
    date: Option<String>,
    /// The number's bits, so that the class stays hashable.
    number: Option<u64>,
    #[pyo3(get)]
    role: Option<&'static str>,
    #[pyo3(get)]
    refers: Option<String>,
}

type EntityArgs = (
    usize,
    usize,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<f64>,
    Option<String>,
    Option<String>,
);

fn static_label(label: &str) -> PyResult<&'static str> {
    crate::entities::Label::parse(label)
        .map(|l| l.as_str())
        .ok_or_else(|| pyo3::exceptions::PyValueError::new_err(format!("unknown label {label:?}")))
}

fn static_role(role: &str) -> &'static str {
    const ROLES: [&str; 9] = [
        "killed",
        "injured",
        "hostages",
        "abducted",
        "missing",
        "arrested",
        "rescued",
        "passengers",
        "displaced",
    ];
    ROLES
        .iter()
        .find(|r| **r == role)
        .copied()
        .unwrap_or("other")
}

#[pymethods]
impl Entity {
    #[new]
    #[pyo3(signature = (start, end, text, label, canonical, id, date=None, number=None, role=None, refers=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        start: usize,
        end: usize,
        text: String,
        label: &str,
        canonical: String,
        id: String,
        date: Option<String>,
        number: Option<f64>,
        role: Option<String>,
        refers: Option<String>,
    ) -> PyResult<Self> {
        Ok(Entity {
            start,
            end,
            text,
            label: static_label(label)?,
            canonical,
            id,
            date,
            number: number.map(f64::to_bits),
            role: role.as_deref().map(static_role),
            refers,
        })
    }

    /// CARDINAL: the number.
    #[getter]
    fn number(&self) -> Option<f64> {
        self.number.map(f64::from_bits)
    }

    /// DATE: the ISO value; CARDINAL: the number; otherwise None.
    #[getter]
    fn value(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        if let Some(d) = &self.date {
            return Ok(PyString::new(py, d).into_any().unbind());
        }
        if let Some(n) = self.number() {
            if n.fract() == 0.0 && n.abs() < 9e15 {
                return Ok((n as i64).into_pyobject(py)?.into_any().unbind());
            }
            return Ok(n.into_pyobject(py)?.into_any().unbind());
        }
        Ok(py.None())
    }

    fn __repr__(&self) -> String {
        let mut s = format!(
            "Entity(start={}, end={}, text={:?}, label={:?}, canonical={:?}, id={:?}",
            self.start, self.end, self.text, self.label, self.canonical, self.id
        );
        if let Some(d) = &self.date {
            s.push_str(&format!(", date={d:?}"));
        }
        if let Some(n) = self.number() {
            s.push_str(&format!(", number={n}"));
        }
        if let Some(r) = self.role {
            s.push_str(&format!(", role={r:?}"));
        }
        s.push(')');
        s
    }

    fn __str__(&self) -> &str {
        &self.text
    }

    fn __len__(&self) -> usize {
        self.end - self.start
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, EntityArgs)> {
        let cls = py.get_type::<Entity>().into_any().unbind();
        Ok((
            cls,
            (
                self.start,
                self.end,
                self.text.clone(),
                self.label.to_string(),
                self.canonical.clone(),
                self.id.clone(),
                self.date.clone(),
                self.number(),
                self.role.map(str::to_string),
                self.refers.clone(),
            ),
        ))
    }
}

/// Known names merged over slant's embedded gazetteer; compiled once, immutable,
/// picklable (it pickles as its records and rebuilds).
#[pyclass(module = "slant", frozen)]
pub struct Gazetteer {
    tagger: EntityTagger,
    records: Py<PyList>,
    defaults: bool,
}

fn field_str(rec: &Bound<'_, PyAny>, key: &str, i: usize) -> PyResult<Option<String>> {
    let py = rec.py();
    let value = match rec.cast::<PyDict>() {
        Ok(d) => d.get_item(key)?,
        Err(_) => None,
    };
    match value {
        None => Ok(None),
        Some(v) if is_missing(&v) => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_str()?.to_string())),
            Err(_) => Err(type_error(
                py,
                format!(
                    "Gazetteer: records[{i}]: field {key:?} must be str, not {}",
                    type_name(&v)
                ),
            )),
        },
    }
}

fn aliases_of(rec: &Bound<'_, PyAny>, i: usize) -> PyResult<Vec<String>> {
    let py = rec.py();
    let Some(v) = rec
        .cast::<PyDict>()
        .ok()
        .and_then(|d| d.get_item("aliases").ok().flatten())
    else {
        return Ok(Vec::new());
    };
    if is_missing(&v) {
        return Ok(Vec::new());
    }
    if let Ok(s) = v.cast::<PyString>() {
        // CSV cells hold aliases joined by "|".
        return Ok(s.to_str()?.split('|').map(str::to_string).collect());
    }
    let iter = v.try_iter().map_err(|_| {
        type_error(
            py,
            format!("Gazetteer: records[{i}]: field \"aliases\" must be a list of str or a \"|\"-separated str, not {}", type_name(&v)),
        )
    })?;
    let mut out = Vec::new();
    for (k, a) in iter.enumerate() {
        let a = a?;
        match a.cast::<PyString>() {
            Ok(s) => out.push(s.to_str()?.to_string()),
            Err(_) => {
                return Err(type_error(
                    py,
                    format!(
                        "Gazetteer: records[{i}]: aliases[{k}] must be str, not {}",
                        type_name(&a)
                    ),
                ))
            }
        }
    }
    Ok(out)
}

fn read_record(rec: &Bound<'_, PyAny>, i: usize) -> PyResult<Record> {
    let py = rec.py();
    if rec.cast::<PyDict>().is_err() {
        return Err(type_error(
            py,
            format!(
                "Gazetteer: records[{i}] must be a dict, not {}",
                type_name(rec)
            ),
        ));
    }
    let need = |key: &str| -> PyResult<String> {
        field_str(rec, key, i)?.ok_or_else(|| {
            value_error(
                py,
                format!("Gazetteer: records[{i}]: missing field {key:?}"),
            )
        })
    };
    Ok(Record {
        label: need("label")?,
        canonical: need("canonical")?,
        aliases: aliases_of(rec, i)?,
        id: field_str(rec, "id", i)?,
        parent: field_str(rec, "parent", i)?,
    })
}

#[pymethods]
impl Gazetteer {
    #[new]
    #[pyo3(signature = (records=None, *, defaults=true))]
    fn new(py: Python<'_>, records: Option<&Bound<'_, PyAny>>, defaults: bool) -> PyResult<Self> {
        let list = PyList::empty(py);
        let mut records_in = Vec::new();
        if let Some(records) = records {
            if records.is_instance_of::<PyString>() || records.is_instance_of::<PyDict>() {
                return Err(type_error(
                    py,
                    format!(
                        "Gazetteer: records must be a list of dicts, not {}",
                        type_name(records)
                    ),
                ));
            }
            let iter = records.try_iter().map_err(|_| {
                type_error(
                    py,
                    format!(
                        "Gazetteer: records must be a list of dicts, not {}",
                        type_name(records)
                    ),
                )
            })?;
            for (i, rec) in iter.enumerate() {
                let rec = rec?;
                records_in.push(read_record(&rec, i)?);
                list.append(rec)?;
            }
        }
        let merged = py
            .detach(|| crate::entities::gazetteer::with_user(records_in, defaults))
            .map_err(|(i, e)| {
                value_error(
                    py,
                    format!(
                        "Gazetteer: records[{i}]: field {:?}: {}",
                        e.field, e.message
                    ),
                )
            })?;
        Ok(Gazetteer {
            tagger: EntityTagger::with_gazetteer(Arc::new(merged)),
            records: list.unbind(),
            defaults,
        })
    }

    /// Build from a list of dicts (label, canonical, aliases, id, parent).
    #[classmethod]
    #[pyo3(signature = (records, *, defaults=true))]
    fn from_records(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        records: &Bound<'_, PyAny>,
        defaults: bool,
    ) -> PyResult<Self> {
        Self::new(py, Some(records), defaults)
    }

    /// Build from JSON: a path, or the JSON text of a list of records.
    #[classmethod]
    #[pyo3(signature = (source, *, defaults=true))]
    fn from_json(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        defaults: bool,
    ) -> PyResult<Self> {
        let records = read_records(py, "read_json", source, "Gazetteer")?;
        Self::new(py, Some(&records), defaults)
    }

    /// Build from a CSV file with a header row (aliases "|"-separated).
    #[classmethod]
    #[pyo3(signature = (source, *, defaults=true))]
    fn from_csv(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        defaults: bool,
    ) -> PyResult<Self> {
        let records = read_records(py, "read_csv", source, "Gazetteer")?;
        Self::new(py, Some(&records), defaults)
    }

    /// Build from a pandas DataFrame with the record columns.
    #[classmethod]
    #[pyo3(signature = (frame, *, defaults=true))]
    fn from_dataframe(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        frame: &Bound<'_, PyAny>,
        defaults: bool,
    ) -> PyResult<Self> {
        let records = read_records(py, "read_dataframe", frame, "Gazetteer")?;
        Self::new(py, Some(&records), defaults)
    }

    fn __len__(&self) -> usize {
        self.tagger.gazetteer().len()
    }

    /// The entry a name refers to, as a dict, or None.
    fn lookup<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Option<Bound<'py, PyDict>>> {
        let g = self.tagger.gazetteer();
        let toks = crate::tokens::tokenize(name);
        let Some(idx) = g.lookup(name, &toks) else {
            return Ok(None);
        };
        let e = g.entry(idx);
        let d = PyDict::new(py);
        d.set_item("id", &e.id)?;
        d.set_item("label", e.label.as_str())?;
        d.set_item("canonical", &e.canonical)?;
        d.set_item("parent", &e.parent)?;
        d.set_item("refers", &e.refers)?;
        d.set_item("aliases", &e.aliases)?;
        Ok(Some(d))
    }

    fn __contains__(&self, name: &str) -> bool {
        let toks = crate::tokens::tokenize(name);
        self.tagger.gazetteer().lookup(name, &toks).is_some()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Gazetteer({} user records, {} entries{})",
            self.records.bind(py).len(),
            self.tagger.gazetteer().len(),
            if self.defaults {
                ""
            } else {
                ", defaults=False"
            }
        )
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        // Rebuild from the records: the compiled tables never travel.
        let rebuild = py.import("slant._gazetteer")?.getattr("_rebuild")?;
        let defaults = pyo3::types::PyBool::new(py, self.defaults)
            .to_owned()
            .into_any();
        let args = PyTuple::new(py, [self.records.bind(py).clone().into_any(), defaults])?;
        Ok((rebuild, args))
    }
}

impl Gazetteer {
    /// The tagger built over this gazetteer.
    pub(crate) fn tagger(&self) -> &EntityTagger {
        &self.tagger
    }
}

pub(crate) fn tagger_of(gazetteer: Option<&Bound<'_, Gazetteer>>) -> EntityTagger {
    match gazetteer {
        Some(g) => g.get().tagger.clone(),
        None => EntityTagger::default(),
    }
}

/// A reference date from None, an ISO "YYYY-MM-DD" str, or a datetime.date/datetime.
pub(crate) fn read_date(
    py: Python<'_>,
    date: Option<&Bound<'_, PyAny>>,
    who: &str,
) -> PyResult<Option<Day>> {
    let Some(d) = date else { return Ok(None) };
    if is_missing(d) {
        return Ok(None);
    }
    if let Ok(s) = d.cast::<PyString>() {
        let s = s.to_str()?;
        return Day::parse_iso(s.get(..10).unwrap_or(s))
            .map(Some)
            .ok_or_else(|| {
                value_error(
                    py,
                    format!("{who}: date {s:?} is not an ISO date (YYYY-MM-DD)"),
                )
            });
    }
    if let (Ok(y), Ok(m), Ok(dd)) = (d.getattr("year"), d.getattr("month"), d.getattr("day")) {
        let (y, m, dd): (i32, u32, u32) = (y.extract()?, m.extract()?, dd.extract()?);
        return Day::new(y, m, dd)
            .map(Some)
            .ok_or_else(|| value_error(py, format!("{who}: invalid date")));
    }
    Err(type_error(
        py,
        format!(
            "{who}: date must be None, an ISO str or a datetime.date, not {}",
            type_name(d)
        ),
    ))
}

/// `Entity` values for entities of `text`, offsets turned into characters.
///
/// It needs no GIL, so batch calls run it on their workers.
pub(crate) fn entity_objects(text: &str, ents: Vec<CoreEntity>) -> Vec<Entity> {
    let spans: Vec<std::ops::Range<usize>> = ents.iter().map(|e| e.start..e.end).collect();
    let dual = dual_spans(text, &spans);
    ents.into_iter()
        .zip(dual)
        .map(|(e, d)| Entity {
            start: d.chars.0,
            end: d.chars.1,
            text: text[e.start..e.end].to_string(),
            label: e.label.as_str(),
            canonical: e.canonical,
            id: e.id,
            date: e.date,
            number: e.number.map(f64::to_bits),
            role: e.role,
            refers: e.refers,
        })
        .collect()
}

/// Tag the entities of one text.
#[pyfunction]
#[pyo3(signature = (text, *, gazetteer=None, date=None))]
pub(crate) fn tag_entities(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    gazetteer: Option<&Bound<'_, Gazetteer>>,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Entity>> {
    let s = str_arg(py, text, "tag_entities")?;
    let day = read_date(py, date, "tag_entities")?;
    let tagger = tagger_of(gazetteer);
    let utf8 = read(s)?;
    let t: &str = &utf8;
    Ok(py.detach(|| entity_objects(t, crate::incidents::names::tag(&tagger, t, day))))
}

/// One text of a batch (None when missing) and its reference date.
type Dated<'a> = (Option<Cow<'a, str>>, Option<Day>);

/// Tag many texts on several threads; None/NaN items give None.
#[pyfunction]
#[pyo3(signature = (texts, *, gazetteer=None, date=None, n_threads=None, link_across=false, progress=None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn tag_entities_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    gazetteer: Option<&Bound<'py, Gazetteer>>,
    date: Option<&Bound<'py, PyAny>>,
    n_threads: Option<usize>,
    link_across: bool,
    progress: Option<&Bound<'py, super::progress::Progress>>,
) -> PyResult<Vec<Option<Bound<'py, PyList>>>> {
    let who = "tag_entities_batch";
    let items = read_batch(texts, who)?;
    // One date for all, or one per text.
    let dates: Vec<Option<Day>> = match date {
        Some(d)
            if !d.is_instance_of::<PyString>() && !is_missing(d) && d.getattr("year").is_err() =>
        {
            let mut out = Vec::new();
            for (i, x) in d.try_iter()?.enumerate() {
                out.push(read_date(py, Some(&x?), &format!("{who}: date[{i}]"))?);
            }
            if out.len() != items.len() {
                return Err(value_error(
                    py,
                    format!("{who}: {} dates for {} texts", out.len(), items.len()),
                ));
            }
            out
        }
        d => vec![read_date(py, d, who)?; items.len()],
    };
    let tagger = tagger_of(gazetteer);
    let threads = crate::parallel::resolve_threads(n_threads);
    let done = super::progress::counter(progress);
    if link_across {
        return tag_linked(py, &items, dates, &tagger, threads, &done);
    }
    let tag = |(t, d): &Dated<'_>| {
        let r = t
            .as_deref()
            .map(|t| entity_objects(t, crate::incidents::names::tag(&tagger, t, *d)));
        super::progress::tick(&done);
        r
    };
    // As in split_sentences_batch: each text goes to the workers as soon as it is read;
    // this thread turns finished results into Python lists, and tags one itself with
    // the GIL released when none is ready.
    let slots: Vec<OnceLock<Dated<'_>>> = items.iter().map(|_| OnceLock::new()).collect();
    let mut out: Vec<Option<Bound<'py, PyList>>> = (0..items.len()).map(|_| None).collect();
    crate::parallel::map_streamed(&slots, threads, tag, |stream| {
        for (s, d) in items.iter().zip(dates) {
            // One input per slot, from this thread alone: none comes back.
            let _ = stream.publish((s.as_ref().map(read).transpose()?, d));
        }
        super::stream::drain(py, stream, |i, ents| {
            if let Some(ents) = ents {
                out[i] = Some(PyList::new(py, ents)?);
            }
            Ok(())
        })
    })?;
    Ok(out)
}

/// `tag_entities_batch(link_across=True)`: every text is tagged before names are
/// linked across them, so results are built only at the end.
fn tag_linked<'py>(
    py: Python<'py>,
    items: &[Option<Bound<'py, PyString>>],
    dates: Vec<Option<Day>>,
    tagger: &EntityTagger,
    threads: usize,
    done: &Option<Arc<std::sync::atomic::AtomicUsize>>,
) -> PyResult<Vec<Option<Bound<'py, PyList>>>> {
    let utf8: Vec<Option<Cow<'_, str>>> = items
        .iter()
        .map(|s| s.as_ref().map(read).transpose())
        .collect::<PyResult<_>>()?;
    let work: Vec<(Option<&str>, Option<Day>)> =
        utf8.iter().map(|t| t.as_deref()).zip(dates).collect();
    let results = py.detach(|| {
        let mut results = crate::parallel::map_batch(&work, threads, |(t, d)| {
            let r = t.map(|t| crate::incidents::names::tag(tagger, t, *d));
            super::progress::tick(done);
            r
        });
        // Missing documents stay None; the others are linked as one corpus.
        let mut present: Vec<Vec<CoreEntity>> =
            results.iter_mut().flatten().map(std::mem::take).collect();
        crate::entities::linking::link_across(&mut present);
        let mut linked = present.into_iter();
        for slot in results.iter_mut().flatten() {
            *slot = linked.next().unwrap_or_default();
        }
        results
            .into_iter()
            .zip(&work)
            .map(|(r, (t, _))| Some(entity_objects((*t)?, r?)))
            .collect::<Vec<_>>()
    });
    results
        .into_iter()
        .map(|r| r.map(|ents| PyList::new(py, ents)).transpose())
        .collect()
}
