//! slant: compare how news sources tell the same story.
//!
//! The crate is a pure Rust core with optional Python bindings (feature `python`).
//! Text flows one way: [`text`] (offsets, whitespace) → [`segment`] (sentences) →
//! later layers (entities, incidents, corpus, stance). Everything works on byte
//! offsets inside a `&str`; [`text::CharOffsets`] converts them to the character
//! offsets Python uses, once per document.
//!
//! ```
//! let text = "Dr. Smith arrived at 5 p.m. on Monday. He left.";
//! let spans = slant::segment::split(text);
//! assert_eq!(&text[spans[1].clone()], "He left.");
//! ```

#![warn(missing_docs)]

pub mod cluster;
pub mod corpus;
pub mod entities;
pub mod incidents;
pub mod knowledge;
pub mod learn;
pub mod parallel;
pub mod segment;
pub mod stance;
pub mod text;
pub mod tokens;

#[cfg(feature = "python")]
mod bindings;
