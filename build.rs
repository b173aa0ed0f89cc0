//! Generates the typed translation table from `src/i18n/locales/*.txt`.
//!
//! English (`en.txt`) defines the keys: each becomes a variant of `Key`
//! (`catalogue.search_label` → `Key::CatalogueSearchLabel`). Every other
//! file must hold exactly the same keys with the same `{placeholders}`, so a
//! new language is one new file, and a missing string fails the build.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const DIR: &str = "src/i18n/locales";

fn parse(name: &str, text: &str) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    let mut seen = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            panic!("{name}:{}: expected `key = text`", n + 1);
        };
        let key = key.trim().to_owned();
        assert!(seen.insert(key.clone()), "{name}:{}: key {key} appears twice", n + 1);
        entries.push((key, value.trim().replace("\\n", "\n")));
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
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("i18n.rs");
    fs::write(dest, out).expect("write generated table");
}
