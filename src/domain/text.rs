//! Text folding for search: case- and accent-insensitive matching, so that
//! "nutricion" finds "Nutrición" and "familia" finds "Família".

/// Lower case without diacritics, for comparison only.
pub fn fold(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).map(strip_accent).collect()
}

/// The base letter of a Latin letter with a diacritic.
fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// A file-name-safe form of `text`: folded, words joined by dashes.
pub fn slug(text: &str) -> String {
    let folded: String = fold(text).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let words: Vec<&str> = folded.split_whitespace().take(8).collect();
    if words.is_empty() {
        "plan".into()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_case_and_accents() {
        assert_eq!(fold("Nutrición Família ÑANDÚ"), "nutricion familia nandu");
    }

    #[test]
    fn makes_file_names() {
        assert_eq!(slug("Taller regional — Rueda de negocios"), "taller-regional-rueda-de-negocios");
        assert_eq!(slug("¿?"), "plan");
    }
}
