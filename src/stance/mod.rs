//! Stance: how a source tells the story: who speaks and with which reporting verb
//! ([`quotes`]), and the words it chooses ([`framing`]).

pub mod framing;
pub mod quotes;
