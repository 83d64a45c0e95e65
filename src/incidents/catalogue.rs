//! Catalogues of known incidents: records a user supplies (id, name, type, place, date,
//! aliases), validated into incidents that mentions can link to.

use super::lexicon::types;
use super::mentions::DayRange;
use super::resolve::Incident;
use crate::entities::gazetteer::Gazetteer;
use crate::tokens::tokenize;

/// One catalogue record before validation.
#[derive(Clone, Debug, Default)]
pub struct CatalogueRecord {
    /// Stable id the user chose.
    pub id: String,
    /// Readable name.
    pub name: String,
    /// Type name from the hierarchy ("attack", "armed-clash", ...).
    pub ty: String,
    /// One place or several (the states in a clash): gazetteer ids or names.
    pub places: Vec<String>,
    /// A day ("2025-04-22"), a month ("2025-05"), a year, or a range "first/last".
    pub date: Option<String>,
    /// Other names ("Jaffar Express").
    pub aliases: Vec<String>,
}

/// A record that failed validation: the field at fault and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    /// Field name.
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

fn place_id(g: &Gazetteer, place: &str) -> Option<String> {
    if g.get(place).is_some() {
        return Some(place.to_string());
    }
    let toks = tokenize(place);
    g.lookup(place, &toks).map(|e| g.entry(e).id.clone())
}

impl CatalogueRecord {
    /// Validate against the type hierarchy and a gazetteer.
    ///
    /// ```
    /// use slant::incidents::CatalogueRecord;
    /// let g = slant::entities::gazetteer::embedded();
    /// let r = CatalogueRecord { id: "clash-2025".into(), name: "May 2025 clashes".into(),
    ///     ty: "armed-clash".into(), places: vec!["India".into(), "Pakistan".into()],
    ///     date: Some("2025-05-06/2025-05-10".into()), aliases: vec![] };
    /// let inc = r.into_incident(g).unwrap();
    /// assert_eq!(inc.countries, ["iso:IN", "iso:PK"]);
    /// let bad = CatalogueRecord { id: "x".into(), name: "X".into(), ty: "riot".into(), ..Default::default() };
    /// assert_eq!(bad.into_incident(g).unwrap_err().field, "type");
    /// ```
    pub fn into_incident(self, g: &Gazetteer) -> Result<Incident, CatalogueError> {
        let err = |field, message: String| Err(CatalogueError { field, message });
        let id = self.id.trim().to_string();
        if id.is_empty() {
            return err("id", "must be a non-empty string".into());
        }
        let name = self.name.trim().to_string();
        if name.is_empty() {
            return err("name", "must be a non-empty string".into());
        }
        let Some(ty) = types().id(self.ty.trim()) else {
            return err(
                "type",
                format!("unknown type {:?}; known types: {}", self.ty, known_types()),
            );
        };
        let mut ids = Vec::new();
        for (k, p) in self.places.iter().enumerate() {
            match place_id(g, p.trim()) {
                Some(id) => ids.push(id),
                None => {
                    return err(
                        "place",
                        format!("place[{k}] {p:?} is neither a gazetteer id nor a known name; add it to the gazetteer"),
                    )
                }
            }
        }
        let (countries, places): (Vec<String>, Vec<String>) =
            if ids.len() >= 2 && ids.iter().all(|p| p.starts_with("iso:")) {
                (ids, Vec::new())
            } else {
                (Vec::new(), ids)
            };
        let date = match self
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            None => None,
            Some(d) => {
                let parsed = match d.split_once('/') {
                    Some((a, b)) => {
                        DayRange::from_iso(a)
                            .zip(DayRange::from_iso(b))
                            .map(|(a, b)| DayRange {
                                first: a.first,
                                last: b.last,
                            })
                    }
                    None => DayRange::from_iso(d),
                };
                match parsed {
                    Some(r) if r.first <= r.last => Some(r),
                    _ => {
                        return err(
                            "date",
                            format!("{d:?} is not a day, month, year or range (2025-04-22, 2025-05, 2025, 2025-05-06/2025-05-10)"),
                        )
                    }
                }
            }
        };
        let aliases: Vec<String> = self
            .aliases
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect();
        Ok(Incident {
            id,
            name: name.clone(),
            ty,
            places,
            countries,
            targets: Vec::new(),
            date,
            proper: None,
            aliases: std::iter::once(name).chain(aliases).collect(),
            catalogued: true,
            mentions: Vec::new(),
            participants: Vec::new(),
            patients: Vec::new(),
            described: Vec::new(),
        })
    }
}

fn known_types() -> String {
    let t = types();
    (0..t.len() as u16)
        .map(|i| t.name(i))
        .collect::<Vec<_>>()
        .join(", ")
}
