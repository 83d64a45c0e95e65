//! Entities: people, organisations, places, groups, events, dates and figures.
//!
//! [`EntityTagger`] merges three sources: a statistical tagger trained on CoNLL-2003
//! ([`tagger`]), the embedded [`gazetteer`] of countries, places, peoples and
//! organisations, and rules for what neither covers (titles before names, acronym
//! definitions, [`dates`], [`numbers`]). [`linking`] then gives every mention a
//! canonical name and an id shared across documents.
//!
//! ```
//! let text = "India's Defence Minister Rajnath Singh met officials in Qingdao.";
//! let ents = slant::entities::EntityTagger::default().tag(text, None);
//! let names: Vec<&str> = ents.iter().map(|e| &text[e.start..e.end]).collect();
//! assert_eq!(names, ["India", "Rajnath Singh", "Qingdao"]);
//! ```

pub mod dates;
pub mod gazetteer;
pub mod holidays;
pub mod linking;
pub mod numbers;
mod pipeline;
pub mod tagger;

pub(crate) use pipeline::{is_common, is_given_name, is_small_town, is_title_word};
pub use pipeline::{Analysis, Entity, EntityTagger};
/// Entity labels, with spaCy's (OntoNotes) names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// People, real or fictional.
    Person,
    /// Companies, agencies, institutions, armed groups.
    Org,
    /// Countries, cities, states: places with a government.
    Gpe,
    /// Other places: regions, seas, mountains.
    Loc,
    /// Nationalities, religious and political groups.
    Norp,
    /// Named incidents, wars, meetings.
    Event,
    /// Dates and periods.
    Date,
    /// Numbers that count something.
    Cardinal,
}

impl Label {
    /// All labels in a fixed order.
    pub const ALL: [Label; 8] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
        Label::Event,
        Label::Date,
        Label::Cardinal,
    ];

    /// The label's name ("PERSON", "GPE", ...).
    ///
    /// ```
    /// assert_eq!(slant::entities::Label::Gpe.as_str(), "GPE");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Event => "EVENT",
            Label::Date => "DATE",
            Label::Cardinal => "CARDINAL",
        }
    }

    /// Parse a label name.
    ///
    /// ```
    /// use slant::entities::Label;
    /// assert_eq!(Label::parse("NORP"), Some(Label::Norp));
    /// assert_eq!(Label::parse("norp"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}
