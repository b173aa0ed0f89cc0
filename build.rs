//! Generates the typed translation table from `src/i18n/locales/*.txt`.
//!
//! English (`en.txt`) defines the keys: each becomes a variant of `Key`
//! (`catalogue.search_label` → `Key::CatalogueSearchLabel`). Every other
//! file must hold exactly the same keys with the same `{placeholders}`, so a
//! new language is one new file, and a missing string fails the build.
//!
//! Each key with placeholders also gets a struct in `fill` with one field per
//! placeholder (`fill::ViolationTooFew { offer, min, session, attendees }`),
//! so a misspelt or missing placeholder fails to compile. A key `x` with a
//! sibling `x_one` is a count: one struct `fill::X` with `n: usize` chooses
//! the singular or the plural text.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const DIR: &str = "src/i18n/locales";

fn parse(name: &str, text: &str) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    let mut seen = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        // ASCII only: a no-break space may be a whole value (French thousands).
        let line = line.trim_ascii();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            panic!("{name}:{}: expected `key = text`", n + 1);
        };
        let key = key.trim().to_owned();
        assert!(seen.insert(key.clone()), "{name}:{}: key {key} appears twice", n + 1);
        entries.push((key, value.trim_ascii().replace("\\n", "\n")));
    }
    entries
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(p, _)| p)).collect()
}

fn variant(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
        })
        .collect()
}

/// The `fill` module: a struct per key with placeholders, a count's pair
/// (`x`, `x_one`) as one struct with `n`.
fn fill_structs(english: &[(String, String)]) -> String {
    let texts: BTreeMap<&str, &str> = english.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut out = String::from(
        "/// The placeholders of each key, as named fields: `lang.fill(fill::Key { … })`.\npub mod fill {\n    use super::{Fill, Key, Lang};\n",
    );
    for (key, text) in english {
        if key.ends_with("_one") && texts.contains_key(key.trim_end_matches("_one")) {
            continue;
        }
        let one = texts.get(format!("{key}_one").as_str());
        if let Some(one) = one {
            assert_eq!(placeholders(one), placeholders(text), "en.txt: {key}_one has other placeholders than {key}");
        }
        let names: Vec<&str> = placeholders(text).into_iter().filter(|p| one.is_none() || *p != "n").collect();
        if names.is_empty() && one.is_none() {
            continue;
        }
        for name in &names {
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "en.txt: {key} has placeholder {{{name}}}: use lowercase letters, digits and _"
            );
        }
        let name = variant(key);
        let life = if names.is_empty() { "" } else { "<'a>" };
        let shown = match one {
            Some(one) => format!("{one:?} / {text:?}"),
            None => format!("{text:?}"),
        };
        writeln!(
            out,
            "\n    /// `{key}`: {}\n    #[derive(Clone, Copy, Debug)]\n    pub struct {name}{life} {{",
            shown.replace('`', "'")
        )
        .unwrap();
        if one.is_some() {
            out.push_str("        /// The count that chooses singular or plural (`{n}`).\n        pub n: usize,\n");
        }
        for p in &names {
            writeln!(out, "        pub {p}: &'a str,").unwrap();
        }
        let key_fn = match one {
            Some(_) => format!("if lang.is_singular(self.n) {{ Key::{}One }} else {{ Key::{name} }}", name),
            None => format!("let _ = lang;\n            Key::{name}"),
        };
        let mut put = String::new();
        if one.is_some() {
            let back = if names.is_empty() { "" } else { "\n                return;" };
            let n = "out.push_str(&lang.integer(self.n as i64));";
            writeln!(put, "            if name == \"n\" {{\n                {n}{back}\n            }}").unwrap();
        }
        if !names.is_empty() {
            let arms: Vec<String> = names.iter().map(|p| format!("                {p:?} => self.{p},")).collect();
            let arms = arms.join("\n");
            writeln!(
                put,
                "            let value = match name {{\n{arms}\n                _ => return,\n            }};"
            )
            .unwrap();
            put.push_str("            out.push_str(value);\n");
        }
        let uses_lang = if one.is_some() { "lang" } else { "_lang" };
        writeln!(
            out,
            "    }}\n\n    impl Fill for {name}{life2} {{\n        fn key(&self, lang: Lang) -> Key {{\n            {key_fn}\n        }}\n\n        fn put(&self, {uses_lang}: Lang, name: &str, out: &mut String) {{\n{put}        }}\n    }}",
            life2 = if names.is_empty() { "" } else { "<'_>" },
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

fn main() {
    println!("cargo:rerun-if-changed={DIR}");
    let mut files: Vec<_> = fs::read_dir(DIR)
        .expect("locales folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut locales = BTreeMap::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path.file_stem().and_then(|s| s.to_str()).expect("file name").to_owned();
        let text = fs::read_to_string(path).expect("readable locale file");
        locales.insert(code.clone(), parse(&code, &text));
    }
    let english = locales.remove("en").expect("src/i18n/locales/en.txt");
    let mut out = String::from(
        "/// A translatable string.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n",
    );
    for (key, _) in &english {
        writeln!(out, "    /// `{key}`\n    {},", variant(key)).unwrap();
    }
    out.push_str("}\n\n/// The tables, English first.\npub static LOCALES: &[LocaleTable] = &[\n");
    let ordered = std::iter::once(("en".to_owned(), english.clone())).chain(locales);
    for (code, entries) in ordered {
        let map: BTreeMap<_, _> = entries.into_iter().collect();
        let mut strings = Vec::new();
        for (key, en_text) in &english {
            let text = map.get(key).unwrap_or_else(|| panic!("{code}.txt lacks key {key}"));
            assert_eq!(
                placeholders(text),
                placeholders(en_text),
                "{code}.txt: {key} has other placeholders than en.txt"
            );
            strings.push(format!("{text:?}"));
        }
        let extra: Vec<_> = map.keys().filter(|k| !english.iter().any(|(e, _)| e == *k)).collect();
        assert!(extra.is_empty(), "{code}.txt has keys en.txt lacks: {extra:?}");
        writeln!(out, "    LocaleTable {{ code: {code:?}, strings: &[{}] }},", strings.join(", ")).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(&fill_structs(&english));
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("i18n.rs");
    fs::write(dest, out).expect("write generated table");
}
