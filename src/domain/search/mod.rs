//! Search that understands words, in Spanish, Portuguese, French and English.
//!
//! A text is cut into [`words`], each folded (case and accents, precomposed
//! or decomposed) and stemmed lightly (gender and number: "adultas",
//! "adultos" and "adulto" are one word; "personas", "persons" and
//! "personnes" too); words that carry no meaning ("de", "the", "les", "das")
//! are left out. A [`Query`] is the words of what a user typed, where a run
//! naming a concept of the synonym table ([`concepts`]: "ancianos",
//! "tercera edad", "idosos", "personnes âgées", "elderly" …) becomes that
//! concept, met by any text that names it in any language. The last word,
//! still being typed, also matches the words it begins.
//!
//! The query marks the words it matches in a text ([`Query::mark`]), for the
//! `<mark>` of the results; what is searched and how the hits are ranked is
//! the catalogue's ([`crate::domain::catalogue`]).

pub mod concepts;
mod query;
mod words;

pub use query::{Query, Segment, Strength, Unit};
pub use words::{stem, words, Word};
