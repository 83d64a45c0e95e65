//! Incidents: mentions of attacks, clashes, meetings and other events, and their
//! resolution into incidents shared across documents.
//!
//! A mention is a trigger from the lexicon (`knowledge/incidents/triggers.tsv`), or a
//! word the learned tagger ([`detect`]) marks, with the arguments around it: places,
//! participating countries, date, a proper name, actors, participants and casualty
//! figures, read from the entity layer ([`names`] reads a document up to them). In a
//! corpus, event coreference ([`coref`]) groups mentions across articles; [`resolve()`]
//! merges mentions whose types are compatible in the hierarchy (`types.tsv`) and whose
//! anchors (group included) agree. A mention of no known class (the `open` type) is an
//! incident only when several articles tell it.

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
