//! `analyze_corpus`: the corpus layer's results as plain Python lists and dicts, which
//! `slant.Corpus` turns into DataFrames.

use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use super::catalogue::Catalogue;
use super::entities::{entity_objects, read_date, tagger_of, Gazetteer};
use super::errors::{type_error, type_name, value_error};
use super::text::{read, str_arg};
use crate::corpus::coverage;
use crate::corpus::referents::Referent;
use crate::corpus::stance as stance_targets;
use crate::entities::dates::Day;
use crate::incidents::lexicon::types;
use crate::text::CharOffsets;

/// Analyse texts as one corpus. Returns (documents, incidents, coverage): coverage
/// holds each document's story and the incident and actor coverage cells.
#[pyfunction]
#[pyo3(signature = (texts, dates, *, gazetteer=None, catalogue=None, n_threads=None, progress=None))]
pub(crate) fn analyze_corpus<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    dates: &Bound<'py, PyList>,
    gazetteer: Option<&Bound<'py, Gazetteer>>,
    catalogue: Option<&Bound<'py, Catalogue>>,
    n_threads: Option<usize>,
    progress: Option<&Bound<'py, super::progress::Progress>>,
) -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>, Bound<'py, PyDict>)> {
    let who = "Corpus";
    if texts.len() != dates.len() {
        return Err(value_error(
            py,
            format!("{who}: {} dates for {} texts", dates.len(), texts.len()),
        ));
    }
    let mut strings: Vec<Bound<'py, PyString>> = Vec::with_capacity(texts.len());
    for (i, t) in texts.iter().enumerate() {
        let name = type_name(&t);
        strings.push(t.cast_into::<PyString>().map_err(|_| {
            type_error(
                py,
                format!("{who}: text of document {i} is {name}, expected str"),
            )
        })?);
    }
    let mut days: Vec<Option<Day>> = Vec::with_capacity(dates.len());
    for (i, d) in dates.iter().enumerate() {
        days.push(read_date(
            py,
            Some(&d),
            &format!("{who}: date of document {i}"),
        )?);
    }
    let utf8: Vec<Cow<'_, str>> = strings.iter().map(read).collect::<PyResult<_>>()?;
    let tagger = tagger_of(gazetteer);
    let threads = crate::parallel::resolve_threads(n_threads);
    let docs: Vec<(&str, Option<Day>)> = utf8.iter().map(|t| t.as_ref()).zip(days).collect();
    let seeds: Vec<crate::incidents::Incident> = catalogue
        .map(|c| c.get().incidents.clone())
        .unwrap_or_default();
    let done = super::progress::counter(progress);
    let tick = || super::progress::tick(&done);
    let (result, incident_cells, (actors, actor_cells), targets, home) = py.detach(|| {
        let r = crate::corpus::analyze_with_progress(&tagger, &docs, &seeds, threads, &tick);
        let cells = coverage::incident_coverage(&r.docs, &r.incidents, &r.stories);
        let actors = coverage::actor_coverage(&r.docs, &r.stories, tagger.gazetteer());
        let names: std::collections::HashMap<String, String> = actors
            .0
            .iter()
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        let home = crate::corpus::homes(&r.docs, &r.incidents);
        let jobs: Vec<usize> = (0..r.docs.len()).collect();
        let targets: Vec<Vec<stance_targets::Target>> =
            crate::parallel::map_batch(&jobs, threads, |&d| {
                stance_targets::stance_targets(&r.docs[d], &home[d], &r.incidents, &names)
            });
        (r, cells, actors, targets, home)
    });
    let extra = PyDict::new(py);
    extra.set_item("stories", result.stories.clone())?;
    extra.set_item("incident_cells", cell_columns(py, &incident_cells)?)?;
    extra.set_item("actor_cells", cell_columns(py, &actor_cells)?)?;
    let kinds: Vec<&str> = actors.iter().map(|a| a.kind.as_str()).collect();
    let (ids, names): (Vec<String>, Vec<String>) =
        actors.into_iter().map(|a| (a.id, a.name)).unzip();
    extra.set_item("actor_ids", ids)?;
    extra.set_item("actor_names", names)?;
    extra.set_item("actor_kinds", kinds)?;

    let ty = types();
    let out_docs = PyList::empty(py);
    for ((d, doc), targets) in result.docs.into_iter().enumerate().zip(targets) {
        let text: &str = &utf8[d];
        let mut conv = CharOffsets::new(text);
        let item = PyDict::new(py);
        let stance = PyList::empty(py);
        for t in targets {
            stance.append((
                conv.to_char(t.start),
                conv.to_char(t.end),
                t.name,
                t.id,
                t.kind,
            ))?;
        }
        item.set_item("stance_targets", stance)?;
        let groups = PyList::empty(py);
        for g in &doc.groups {
            groups.append((conv.to_char(g.start), conv.to_char(g.end), &g.id, &g.name))?;
        }
        item.set_item("groups", groups)?;
        let mentions = PyList::empty(py);
        for (s, e, id, counted) in coverage::actor_mentions(&doc) {
            mentions.append((conv.to_char(s), conv.to_char(e), id, counted))?;
        }
        item.set_item("actor_mentions", mentions)?;
        let a = &doc.analysis;
        let sentences = PyList::empty(py);
        for s in &a.sentences {
            sentences.append((conv.to_char(s.start), conv.to_char(s.end)))?;
        }
        item.set_item("sentences", sentences)?;
        item.set_item("repeated", doc.repeated.clone())?;
        item.set_item("boilerplate", doc.boilerplate.clone())?;
        let counted: Vec<bool> = (0..a.sentences.len())
            .map(|k| coverage::counts(&doc, k))
            .collect();
        item.set_item("counted", counted)?;
        let keys: Vec<String> = a
            .entities
            .iter()
            .map(|e| coverage::actor_key(e).into_owned())
            .collect();
        item.set_item("actor_keys", keys)?;
        item.set_item("reference", a.reference.map(|r| r.iso()))?;
        let mentions = PyList::empty(py);
        for (i, m) in doc.mentions.iter().enumerate() {
            let md = PyDict::new(py);
            md.set_item("start", conv.to_char(m.start))?;
            md.set_item("end", conv.to_char(m.end))?;
            md.set_item("text", &text[m.start..m.end])?;
            md.set_item("sentence", m.sentence)?;
            md.set_item(
                "repeated",
                doc.repeated.get(m.sentence).copied().unwrap_or(false),
            )?;
            md.set_item(
                "boilerplate",
                doc.boilerplate.get(m.sentence).copied().flatten().is_some(),
            )?;
            md.set_item("type", ty.name(m.ty))?;
            md.set_item("places", m.places.clone())?;
            md.set_item("countries", m.countries.clone())?;
            md.set_item("date", m.date.map(|r| (r.first.iso(), r.last.iso())))?;
            md.set_item("name", m.name.clone())?;
            md.set_item("actors", m.actors.clone())?;
            md.set_item("participants", m.participants.clone())?;
            md.set_item("patients", m.patients.clone())?;
            md.set_item("figures", m.figures.clone())?;
            md.set_item("incident", home[d][i])?;
            mentions.append(md)?;
        }
        item.set_item("mentions", mentions)?;
        let claims = PyList::empty(py);
        for c in &doc.claims {
            let cd = PyDict::new(py);
            cd.set_item("sentence", c.sentence)?;
            cd.set_item("start", conv.to_char(c.start))?;
            cd.set_item("end", conv.to_char(c.end))?;
            cd.set_item("cue", &text[c.start..c.end])?;
            cd.set_item("claimant", c.claimant)?;
            cd.set_item("document", c.document)?;
            cd.set_item("omitted", c.omitted.clone())?;
            claims.append(cd)?;
        }
        item.set_item("claims", claims)?;
        item.set_item("quotes", quote_dicts(py, text, &mut conv, &doc.quotes)?)?;
        for (key, list) in [("frames", &doc.frames), ("hedges", &doc.hedges)] {
            let out = PyList::empty(py);
            for (k, f) in list.iter().enumerate() {
                let fd = PyDict::new(py);
                fd.set_item("sentence", f.sentence)?;
                fd.set_item("start", conv.to_char(f.start))?;
                fd.set_item("end", conv.to_char(f.end))?;
                fd.set_item("phrase", &text[f.start..f.end])?;
                fd.set_item("frame", f.frame)?;
                fd.set_item("intensity", f.intensity)?;
                if key == "frames" {
                    let about = match doc.referents.get(k) {
                        Some(Referent::Incident(i)) => {
                            result.incidents.get(*i).map(|x| x.name.clone())
                        }
                        Some(Referent::Entity(i)) => {
                            doc.analysis.entities.get(*i).map(|e| e.canonical.clone())
                        }
                        _ => None,
                    };
                    fd.set_item("referent", about.unwrap_or_else(|| "(general)".to_string()))?;
                }
                out.append(fd)?;
            }
            item.set_item(key, out)?;
        }
        let ents = doc.analysis.entities;
        item.set_item("entities", entity_objects(text, ents))?;
        out_docs.append(item)?;
    }
    let out_incidents = PyList::empty(py);
    for inc in &result.incidents {
        let d = PyDict::new(py);
        d.set_item("id", &inc.id)?;
        d.set_item("name", &inc.name)?;
        d.set_item("type", ty.name(inc.ty))?;
        d.set_item("places", inc.places.clone())?;
        d.set_item("countries", inc.countries.clone())?;
        d.set_item("date", inc.date.map(|r| (r.first.iso(), r.last.iso())))?;
        d.set_item("proper", inc.proper.clone())?;
        d.set_item("catalogued", inc.catalogued)?;
        d.set_item("aliases", inc.aliases.clone())?;
        out_incidents.append(d)?;
    }
    Ok((out_docs, out_incidents, extra))
}

/// Coverage cells as columns (item, doc, mentions, first, omitted); `first` is -1 where
/// no mention counts.
fn cell_columns<'py>(py: Python<'py>, cells: &[coverage::Cell]) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("item", cells.iter().map(|c| c.item).collect::<Vec<_>>())?;
    d.set_item("doc", cells.iter().map(|c| c.doc).collect::<Vec<_>>())?;
    d.set_item(
        "mentions",
        cells.iter().map(|c| c.mentions).collect::<Vec<_>>(),
    )?;
    let first: Vec<i64> = cells
        .iter()
        .map(|c| c.first.map_or(-1, |f| f as i64))
        .collect();
    d.set_item("first", first)?;
    d.set_item(
        "omitted",
        cells.iter().map(|c| c.omitted).collect::<Vec<_>>(),
    )?;
    Ok(d)
}

/// Quotes as dicts with character offsets; `entity` indexes the document's entities.
fn quote_dicts<'py>(
    py: Python<'py>,
    text: &str,
    conv: &mut CharOffsets<'_>,
    quotes: &[crate::stance::quotes::Quote],
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for q in quotes {
        let d = PyDict::new(py);
        d.set_item("start", conv.to_char(q.start))?;
        d.set_item("end", conv.to_char(q.end))?;
        d.set_item("quote", &text[q.start..q.end])?;
        d.set_item("kind", q.kind)?;
        d.set_item("speaker", q.speaker.map(|(s, e)| &text[s..e]))?;
        d.set_item("entity", q.entity)?;
        d.set_item("verb", q.verb.map(|(s, e)| &text[s..e]))?;
        d.set_item("verb_class", q.verb_class)?;
        out.append(d)?;
    }
    Ok(out)
}

/// Quotes and reported speech in one text, with their speakers.
#[pyfunction]
#[pyo3(signature = (text, *, gazetteer=None))]
pub(crate) fn find_quotes<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    gazetteer: Option<&Bound<'py, Gazetteer>>,
) -> PyResult<Bound<'py, PyList>> {
    let s = str_arg(py, text, "find_quotes")?;
    let utf8 = read(s)?;
    let t: &str = &utf8;
    let tagger = tagger_of(gazetteer);
    let (analysis, quotes) = py.detach(|| {
        let (a, _) = crate::incidents::names::analyze(&tagger, t, None);
        let q = crate::stance::quotes::find_quotes(t, &a);
        (a, q)
    });
    let mut conv = CharOffsets::new(t);
    let out = quote_dicts(py, t, &mut conv, &quotes)?;
    // Speakers by name: the entity's canonical name and id.
    for (item, q) in out.iter().zip(&quotes) {
        let e = q.entity.map(|k| &analysis.entities[k]);
        item.set_item("canonical", e.map(|e| e.canonical.clone()))?;
        item.set_item("id", e.map(|e| e.id.clone()))?;
    }
    Ok(out)
}

/// Event mentions of any kind in one text, from the learned event tagger.
#[pyfunction]
#[pyo3(signature = (text, *, gazetteer=None, date=None))]
pub(crate) fn find_events<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    gazetteer: Option<&Bound<'py, Gazetteer>>,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let s = str_arg(py, text, "find_events")?;
    let reference = read_date(py, date, "find_events")?;
    let utf8 = read(s)?;
    let t: &str = &utf8;
    let tagger = tagger_of(gazetteer);
    let events = py.detach(|| {
        let (a, _) = crate::incidents::names::analyze(&tagger, t, reference);
        crate::incidents::detect::detect(t, &a)
    });
    let ty = types();
    let mut conv = CharOffsets::new(t);
    let out = PyList::empty(py);
    for m in &events {
        let d = PyDict::new(py);
        d.set_item("start", conv.to_char(m.start))?;
        d.set_item("end", conv.to_char(m.end))?;
        d.set_item("text", &t[m.start..m.end])?;
        d.set_item("type", m.ty.map(|x| ty.name(x)))?;
        d.set_item("class", m.ty.map(|x| ty.name(ty.class_of(x))))?;
        d.set_item("score", m.score)?;
        out.append(d)?;
    }
    Ok(out)
}

/// Group event mentions of several texts into events: one group number per mention.
#[pyfunction]
pub(crate) fn cluster_events<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    mentions: &Bound<'py, PyAny>,
) -> PyResult<Vec<usize>> {
    let who = "cluster_events";
    let mut strings: Vec<Bound<'py, PyString>> = Vec::new();
    for (i, t) in texts.try_iter()?.enumerate() {
        let t = t?;
        let name = type_name(&t);
        strings.push(
            t.cast_into::<PyString>()
                .map_err(|_| type_error(py, format!("{who}: text {i} is {name}, expected str")))?,
        );
    }
    let utf8: Vec<Cow<'_, str>> = strings.iter().map(read).collect::<PyResult<_>>()?;
    let offsets: Vec<crate::text::ByteOffsets> = utf8
        .iter()
        .map(|t| crate::text::ByteOffsets::new(t))
        .collect();
    let mut spans = Vec::new();
    for (k, m) in mentions.try_iter()?.enumerate() {
        let m = m?;
        let (doc, start, end): (usize, usize, usize) = m.extract().map_err(|_| {
            type_error(
                py,
                format!(
                    "{who}: mention {k} is {}, expected a (text index, start, end) tuple of non-negative ints",
                    type_name(&m)
                ),
            )
        })?;
        let Some(bytes) = offsets.get(doc) else {
            return Err(value_error(
                py,
                format!(
                    "{who}: mention {k} names text {doc}, but there are {} texts",
                    utf8.len()
                ),
            ));
        };
        match (bytes.to_byte(start), bytes.to_byte(end)) {
            (Some(s), Some(e)) if start < end => spans.push(crate::incidents::coref::EventSpan { doc, start: s, end: e }),
            _ => {
                return Err(value_error(
                    py,
                    format!(
                        "{who}: mention {k} spans {start}..{end}, not a non-empty span of text {doc} ({} characters)",
                        bytes.chars()
                    ),
                ))
            }
        }
    }
    let docs: Vec<&str> = utf8.iter().map(|t| t.as_ref()).collect();
    Ok(py.detach(|| crate::incidents::coref::cluster(&docs, &spans)))
}
