//! Stance: how a source tells the story. This release reads quotes and voices: who
//! speaks, in direct or reported speech, with which reporting verb.

pub mod quotes;
