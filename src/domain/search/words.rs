//! Words of a text, folded and lightly stemmed.

use crate::domain::text::{fold, is_combining_mark};
use std::ops::Range;

/// A word of a text that carries meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// Where it is in the text (bytes), accents included.
    pub range: Range<usize>,
    /// Lower case, without accents.
    pub folded: String,
    /// Its [`stem`].
    pub stem: String,
}

/// The words of `text` that carry meaning, in order: letters and digits, cut
/// at spaces, punctuation, apostrophes and dashes; one-letter words and the
/// [`STOPWORDS`] left out.
pub fn words(text: &str) -> Vec<Word> {
    let mut found = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, c.is_alphanumeric() || is_combining_mark(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                start = None;
                let folded = fold(&text[s..i]);
                if folded.chars().count() > 1 && !STOPWORDS.contains(&folded.as_str()) {
                    found.push(Word { range: s..i, stem: stem(&folded), folded });
                }
            }
            _ => {}
        }
    }
    found
}

/// Words of the four languages that carry no meaning in a search, folded.
const STOPWORDS: &[&str] = &[
    // Spanish
    "al", "con", "de", "del", "el", "en", "la", "las", "lo", "los", "para", "por", "su", "sus", "un", "una", "y",
    // Portuguese
    "as", "com", "da", "das", "do", "dos", "em", "na", "nas", "no", "nos", "os", "um", "uma", // French
    "au", "aux", "des", "du", "et", "le", "les", "ou", "pour", "une", // English
    "an", "and", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// The word without its marks of gender and number, for the four languages
/// at once: `folded` is a word already [`fold`]ed. Short and non-Latin words
/// stay as they are.
///
/// Plurals: Portuguese "-ões" ("ações" as "ação"), "-ais", "-eis"; French
/// "-aux"; English "-ies"; then a final "s" (not of "-ss", "-us", "-is":
/// "análisis", "status"). Gender: a final "a", "o" or "e" goes ("adultas",
/// "adulto" → "adult"; "âgées" → "age"). Then English "-y" reads as "-i"
/// ("family" meets "familia"), Portuguese "-em" as "-en" ("jovem" meets
/// "jovens" and "jóvenes"), and a doubled last consonant as one ("personne"
/// meets "persona").
pub fn stem(folded: &str) -> String {
    if folded.len() <= 3 || !folded.is_ascii() {
        return folded.to_owned();
    }
    let mut w = folded.to_owned();
    let plural = [("oes", "ao"), ("ais", "al"), ("eis", "el"), ("aux", "al"), ("ies", "i")]
        .into_iter()
        .find(|(plural, _)| w.len() >= 5 && w.ends_with(plural));
    if let Some((plural, singular)) = plural {
        w.truncate(w.len() - plural.len());
        w.push_str(singular);
    } else if w.ends_with('s') && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) {
        w.pop();
    }
    if w.len() > 3 && w.ends_with(['a', 'o', 'e']) {
        w.pop();
    }
    if w.ends_with('y') {
        w.pop();
        w.push('i');
    } else if w.ends_with("em") {
        w.pop();
        w.push('n');
    }
    let bytes = w.as_bytes();
    if let [.., a, b] = bytes {
        if a == b && !b"aeiou".contains(b) && b.is_ascii_alphabetic() {
            w.pop();
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.stem).collect()
    }

    #[test]
    fn gender_and_number_meet() {
        for group in [
            &["adultos", "adultas", "adulto", "adulta", "adults", "adult"][..],
            &["mayores", "mayor"],
            &["personas", "persona", "personnes", "personne", "persons", "person"],
            &["idosos", "idosas", "idoso", "idosa"],
            &["âgées", "âgée", "âgés", "âgé"],
            &["sociales", "social", "sociaux", "sociais"],
            &["familias", "familia", "families", "family"],
            &["jóvenes", "joven", "jovens", "jovem"],
            &["ações", "ação"],
            &["programas", "programa", "programmes", "program"],
            &["discapacidades", "discapacidad"],
        ] {
            let first = stem(&fold(group[0]));
            for w in group {
                assert_eq!(stem(&fold(w)), first, "{w} and {}", group[0]);
            }
        }
    }

    #[test]
    fn different_words_stay_apart() {
        assert_ne!(stem("mayo"), stem("mayor"));
        assert_eq!(stem("analisis"), "analisis");
        assert_eq!(stem("crisis"), "crisis");
        assert_eq!(stem("pie"), "pie");
    }

    #[test]
    fn cuts_text_into_meaningful_words() {
        let text = "Atención a las personas mayores (l'enfant, 65 años)";
        let found = words(text);
        assert_eq!(stems(text), ["atencion", "person", "mayor", "enfant", "65", "ano"]);
        assert_eq!(&text[found[0].range.clone()], "Atención");
        assert_eq!(stems("Atencio\u{301}n"), ["atencion"]);
        assert_eq!(&"Atencio\u{301}n ya"[words("Atencio\u{301}n ya")[0].range.clone()], "Atencio\u{301}n");
    }
}
