//! Incidents: mentions of attacks, clashes, meetings and other events, and their
//! resolution into incidents shared across documents.
//!
//! A mention is a trigger from the lexicon (`knowledge/incidents/triggers.tsv`) with the
//! arguments around it: places, participating countries, date, a proper name, actors
//! and casualty figures, read from the entity layer. [`resolve`] merges mentions whose
//! types are compatible in the hierarchy (`types.tsv`) and whose anchors agree.

pub mod catalogue;
pub mod claims;
pub mod coref;
pub mod detect;
pub mod lexicon;
pub mod mentions;
pub mod names;
pub mod resolve;

pub use catalogue::{CatalogueError, CatalogueRecord};
pub use mentions::{DayRange, Mention};
pub use resolve::{resolve, Incident};
