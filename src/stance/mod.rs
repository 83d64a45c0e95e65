//! Stance: how a source tells the story: who speaks and with which reporting verb
//! ([`quotes`]), the words it chooses ([`framing`]), and its attitude toward each
//! actor ([`attitude`]).

pub mod attitude;
pub mod framing;
pub mod quotes;
