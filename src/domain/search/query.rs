//! What a user typed, as words and concepts, and the marks it leaves in a text.

use super::concepts::named_at;
use super::words::{words, Word};
use std::ops::Range;

/// One thing a query asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    /// A word: a text's word of the same stem matches; with `prefix` (the word
    /// being typed, three letters or more), so does a word it begins.
    Word { folded: String, stem: String, prefix: bool },
    /// A concept of the synonym table (index in [`super::concepts::CONCEPTS`]),
    /// named in the query by the words of `stems`.
    Concept { concept: usize, stems: Vec<String> },
}

/// How a text meets a [`Unit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Not at all.
    None,
    /// By the start of a word, or by a synonym.
    Near,
    /// By the query's own words (stemmed).
    Exact,
}

/// The most words and concepts a query reads: enough for any search, and a
/// bound on the work of each keystroke whatever is pasted.
pub const MAX_UNITS: usize = 12;

/// A search, parsed once: its words and concepts, each once (the first
/// [`MAX_UNITS`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub units: Vec<Unit>,
}

/// A run of a text, marked when it matches the query.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment<'t> {
    pub text: &'t str,
    pub marked: bool,
}

impl Query {
    /// The query `text` asks: the longest runs of words that name a concept
    /// become that concept, the other words stay words. The last word is
    /// still being typed unless a space follows it.
    pub fn parse(text: &str) -> Self {
        let found = words(text);
        let typing = !text.ends_with(char::is_whitespace);
        let mut units: Vec<Unit> = Vec::new();
        let mut at = 0;
        while let Some(word) = found.get(at).filter(|_| units.len() < MAX_UNITS) {
            let (unit, len) = match named_at(&found, at).max_by_key(|&(_, len)| len) {
                Some((concept, len)) => {
                    let stems = found[at..at + len].iter().map(|w| w.stem.clone()).collect();
                    (Unit::Concept { concept, stems }, len)
                }
                None => {
                    let prefix = typing && at + 1 == found.len() && word.folded.chars().count() >= 3;
                    (Unit::Word { folded: word.folded.clone(), stem: word.stem.clone(), prefix }, 1)
                }
            };
            if !units.contains(&unit) {
                units.push(unit);
            }
            at += len;
        }
        Self { units }
    }

    /// Whether the query asks for nothing (every text matches).
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Whether the query matches a word or a phrase of `text`.
    pub fn matches(&self, text: &str) -> bool {
        !self.spans(text).is_empty()
    }

    /// `text` cut into runs, those the query matches marked.
    pub fn mark<'t>(&self, text: &'t str) -> Vec<Segment<'t>> {
        segments(text, &self.spans(text), 0..text.len())
    }

    /// About `width` bytes of `text` around the first match, marked, with
    /// "…" where it is cut; `None` when the query does not match `text`.
    pub fn excerpt<'t>(&self, text: &'t str, width: usize) -> Option<Vec<Segment<'t>>> {
        let spans = self.spans(text);
        let first = spans.first()?;
        if text.len() <= width {
            return Some(segments(text, &spans, 0..text.len()));
        }
        let mut start = first.start.saturating_sub(width / 3);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        if start > 0 {
            // Start at a word.
            start = text[start..first.start]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
                .map_or(first.start, |(i, c)| start + i + c.len_utf8());
        }
        let mut end = (start + width).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if end < text.len() {
            // End after a word.
            end = text[..end].rfind(char::is_whitespace).unwrap_or(end);
        }
        let end = end.max(first.end);
        let mut cut = Vec::new();
        if start > 0 {
            cut.push(Segment { text: "…", marked: false });
        }
        cut.extend(segments(text, &spans, start..end));
        if end < text.len() {
            cut.push(Segment { text: "…", marked: false });
        }
        Some(cut)
    }

    /// Where the query matches `text`: sorted ranges that do not overlap.
    fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let found = words(text);
        let mut spans: Vec<Range<usize>> = Vec::new();
        for (at, word) in found.iter().enumerate() {
            for unit in &self.units {
                match unit {
                    Unit::Word { .. } => {
                        if unit.meets_word(word) > Strength::None {
                            spans.push(word.range.clone());
                        }
                    }
                    Unit::Concept { concept, .. } => {
                        for (_, len) in named_at(&found, at).filter(|(c, _)| c == concept) {
                            spans.push(word.range.start..found[at + len - 1].range.end);
                        }
                    }
                }
            }
        }
        spans.sort_by_key(|s| (s.start, s.end));
        let mut merged: Vec<Range<usize>> = Vec::new();
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        merged
    }
}

impl Unit {
    /// How the words of one text, naming `concepts` (sorted), meet this unit.
    pub fn meets(&self, words: &[Word], concepts: &[usize]) -> Strength {
        match self {
            Unit::Word { .. } => words.iter().map(|w| self.meets_word(w)).max().unwrap_or(Strength::None),
            Unit::Concept { concept, stems } => {
                if words.windows(stems.len()).any(|run| run.iter().zip(stems).all(|(w, s)| w.stem == *s)) {
                    Strength::Exact
                } else if concepts.binary_search(concept).is_ok() {
                    Strength::Near
                } else {
                    Strength::None
                }
            }
        }
    }

    /// How one word meets this unit, if it is a word.
    fn meets_word(&self, word: &Word) -> Strength {
        match self {
            Unit::Word { stem, .. } if word.stem == *stem => Strength::Exact,
            Unit::Word { folded, prefix: true, .. } if word.folded.starts_with(folded.as_str()) => Strength::Near,
            _ => Strength::None,
        }
    }
}

/// The runs of `text` within `window`, those in `spans` marked.
fn segments<'t>(text: &'t str, spans: &[Range<usize>], window: Range<usize>) -> Vec<Segment<'t>> {
    let mut runs = Vec::new();
    let mut at = window.start;
    for span in spans {
        let (start, end) = (span.start.max(at), span.end.min(window.end));
        if start >= end {
            continue;
        }
        if at < start {
            runs.push(Segment { text: &text[at..start], marked: false });
        }
        runs.push(Segment { text: &text[start..end], marked: true });
        at = end;
    }
    if at < window.end {
        runs.push(Segment { text: &text[at..window.end], marked: false });
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(query: &str, text: &str) -> Vec<String> {
        Query::parse(query).mark(text).into_iter().filter(|s| s.marked).map(|s| s.text.to_owned()).collect()
    }

    #[test]
    fn concepts_are_the_longest_runs() {
        let query = Query::parse("adultos mayores pobres");
        assert!(matches!(query.units.as_slice(), [Unit::Concept { .. }, Unit::Word { prefix: true, .. }]));
        assert!(Query::parse("  de la  ").is_empty());
        assert!(matches!(Query::parse("mayo ").units.as_slice(), [Unit::Word { prefix: false, .. }]));
        let pasted: String = (0..10_000).map(|i| format!("palabra{i} ")).collect();
        assert_eq!(Query::parse(&pasted).units.len(), MAX_UNITS);
    }

    #[test]
    fn marks_words_phrases_and_starts() {
        assert_eq!(marked("ancianos", "Cuidado de personas mayores"), ["personas mayores"]);
        assert_eq!(marked("ancianos", "Atención a personas mayores"), ["Atención a personas mayores"]);
        assert_eq!(marked("adulta mayor", "Personas Adultas Mayores"), ["Adultas Mayores"]);
        assert_eq!(marked("familia", "Programa Bolsa Família"), ["Família"]);
        assert_eq!(marked("nutricio\u{301}n", "Gran Cruzada por la Nutrición"), ["Nutrición"]);
        assert_eq!(marked("nutri", "Nutrición y nutricional"), ["Nutrición", "nutricional"]);
        assert!(marked("nutri ", "Nutrición").is_empty());
        let all: String = Query::parse("mayor").mark("Adulto Mayor, ya.").iter().map(|s| s.text).collect();
        assert_eq!(all, "Adulto Mayor, ya.");
    }

    #[test]
    fn excerpts_cut_at_words_around_the_match() {
        let text = "Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince";
        let cut = Query::parse("once").excerpt(text, 30).expect("a match");
        let shown: String = cut.iter().map(|s| s.text).collect();
        assert!(shown.starts_with('…') && shown.ends_with('…') && shown.contains("once"), "{shown}");
        assert!(cut.iter().any(|s| s.marked && s.text == "once"));
        assert!(Query::parse("veinte").excerpt(text, 30).is_none());
    }
}
