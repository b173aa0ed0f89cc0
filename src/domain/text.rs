//! Text folding for search: case- and accent-insensitive matching, so that
//! "nutricion" finds "Nutrición" and "familia" finds "Família", whether the
//! accent is one character (precomposed) or a letter followed by a combining
//! mark (decomposed: "e" + U+0301).

/// Lower case without diacritics, for comparison only.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase).filter(|&c| !is_combining_mark(c)) {
        match c {
            'æ' => folded.push_str("ae"),
            'œ' => folded.push_str("oe"),
            'ß' => folded.push_str("ss"),
            c => folded.push(strip_accent(c)),
        }
    }
    folded
}

/// Whether `c` is a combining diacritical mark: the accent of a decomposed
/// letter ("e" + U+0301 is "é").
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The base letter of a lower-case Latin letter with a diacritic.
fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
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
        assert_eq!(fold("Œuvre ÂGÉES"), "oeuvre agees");
    }

    #[test]
    fn folds_decomposed_accents() {
        assert_eq!(fold("Nutrici\u{F3}n"), fold("Nutricio\u{301}n"));
        assert_eq!(fold("A\u{303}E\u{301}"), "ae");
    }

    #[test]
    fn makes_file_names() {
        assert_eq!(slug("Taller regional — Rueda de negocios"), "taller-regional-rueda-de-negocios");
        assert_eq!(slug("¿?"), "plan");
    }
}
