//! The synonym table: the themes of social protection the region's catalogues
//! share, each named in Spanish, Portuguese, French and English. A query that
//! names a concept in any of its phrases finds every text that names it in
//! another ("ancianos" finds "personas mayores", "idosos" and "elderly").
//!
//! Phrases are written once each in their natural form: gender and number
//! come from the stemming ("adultos mayores" covers "adulta mayor"), and
//! "de", "the", "des" … are skipped when phrases are compared. A concept may
//! also stand for kinds of program: "transferencias condicionadas" finds the
//! conditional cash transfers whatever their words.

use super::words::{words, Word};
use crate::domain::model::ProgramType;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A theme of social protection and the ways people name it.
#[derive(Debug)]
pub struct Concept {
    /// What it is, in English (for tests and readers of this table).
    pub name: &'static str,
    /// Its names and close synonyms, in the four languages.
    pub phrases: &'static [&'static str],
    /// The kinds of program it stands for.
    pub programs: &'static [ProgramType],
}

/// Every concept, a theme of the demo's catalogue (and of the region's) or a
/// kind of program.
pub const CONCEPTS: &[Concept] = &[
    Concept {
        name: "elderly care",
        phrases: &[
            "atención a personas mayores",
            "cuidado de pessoas idosas",
            "prise en charge des personnes âgées",
            "elderly care",
            "ancianos",
            "adultos mayores",
            "personas mayores",
            "tercera edad",
            "vejez",
            "envejecimiento",
            "idosos",
            "pessoas idosas",
            "terceira idade",
            "velhice",
            "envelhecimento",
            "personnes âgées",
            "aînés",
            "troisième âge",
            "vieillesse",
            "vieillissement",
            "elderly",
            "older persons",
            "older people",
            "older adults",
            "senior citizens",
            "seniors",
            "old age",
            "ageing",
            "aging",
        ],
        programs: &[],
    },
    Concept {
        name: "food security",
        phrases: &[
            "seguridad alimentaria",
            "inseguridad alimentaria",
            "alimentación",
            "alimentos",
            "nutrición",
            "desnutrición",
            "hambre",
            "alimentación escolar",
            "segurança alimentar",
            "insegurança alimentar",
            "alimentação",
            "nutrição",
            "desnutrição",
            "fome",
            "merenda escolar",
            "sécurité alimentaire",
            "insécurité alimentaire",
            "alimentation",
            "malnutrition",
            "faim",
            "aide alimentaire",
            "cantines scolaires",
            "food security",
            "food insecurity",
            "food",
            "nutrition",
            "hunger",
            "school meals",
            "school feeding",
        ],
        programs: &[ProgramType::FoodAndNutrition],
    },
    Concept {
        name: "child welfare and early childhood",
        phrases: &[
            "primera infancia",
            "infancia",
            "niñez",
            "niños",
            "infantil",
            "bienestar infantil",
            "desarrollo infantil",
            "crianza",
            "primeira infância",
            "infância",
            "crianças",
            "bem-estar infantil",
            "desenvolvimento infantil",
            "petite enfance",
            "enfance",
            "enfants",
            "bien-être de l'enfant",
            "protection de l'enfance",
            "early childhood",
            "childhood",
            "children",
            "child",
            "child welfare",
            "child development",
            "childcare",
        ],
        programs: &[ProgramType::EarlyChildhood],
    },
    Concept {
        name: "poverty measurement",
        phrases: &[
            "medición de la pobreza multidimensional",
            "medição da pobreza multidimensional",
            "mesure de la pauvreté multidimensionnelle",
            "multidimensional poverty measurement",
            "medición de la pobreza",
            "pobreza multidimensional",
            "índice de pobreza multidimensional",
            "línea de pobreza",
            "medição da pobreza",
            "linha de pobreza",
            "mesure de la pauvreté",
            "pauvreté multidimensionnelle",
            "seuil de pauvreté",
            "poverty measurement",
            "measuring poverty",
            "multidimensional poverty",
            "poverty index",
            "poverty line",
        ],
        programs: &[ProgramType::PovertyMeasurement],
    },
    Concept {
        name: "cash transfers",
        phrases: &[
            "transferencias monetarias",
            "transferencias condicionadas",
            "transferencias en efectivo",
            "transferencias de ingreso",
            "bono",
            "transferência de renda",
            "transferências condicionadas",
            "transferências monetárias",
            "transferts monétaires",
            "transferts en espèces",
            "transferts conditionnels",
            "cash transfers",
            "conditional cash transfers",
            "unconditional cash transfers",
        ],
        programs: &[ProgramType::ConditionalCashTransfer, ProgramType::UnconditionalCashTransfer],
    },
    Concept {
        name: "social pensions",
        phrases: &[
            "pensión no contributiva",
            "pensión social",
            "pensión universal",
            "pensão não contributiva",
            "benefício de prestação continuada",
            "pension non contributive",
            "pension sociale",
            "non-contributory pension",
            "social pension",
        ],
        programs: &[ProgramType::NonContributoryPension],
    },
    Concept {
        name: "disability",
        phrases: &[
            "discapacidad",
            "personas con discapacidad",
            "discapacitados",
            "deficiência",
            "pessoas com deficiência",
            "handicap",
            "personnes handicapées",
            "invalidité",
            "disability",
            "persons with disabilities",
            "disabled",
        ],
        programs: &[],
    },
    Concept {
        name: "social registries",
        phrases: &[
            "registros sociales",
            "cadastros sociais",
            "registres sociaux",
            "social registries",
            "registro social",
            "registro único",
            "registro de beneficiarios",
            "padrón de beneficiarios",
            "focalización",
            "cadastro único",
            "cadastro social",
            "focalização",
            "registre social",
            "registre unique",
            "ciblage",
            "social registry",
            "single registry",
            "beneficiary registry",
            "targeting",
        ],
        programs: &[ProgramType::SocialRegistry],
    },
    Concept {
        name: "care systems",
        phrases: &[
            "sistemas de cuidados",
            "sistema nacional de cuidados",
            "políticas de cuidado",
            "cuido",
            "cuidadoras",
            "cuidadores",
            "economia do cuidado",
            "política de cuidados",
            "systèmes de prise en charge",
            "aidants",
            "soins de longue durée",
            "care systems",
            "care services",
            "long-term care",
            "caregivers",
            "carers",
        ],
        programs: &[ProgramType::CareServices],
    },
    Concept {
        name: "productive inclusion",
        phrases: &[
            "inclusión productiva",
            "inclusión laboral",
            "emprendimiento",
            "medios de vida",
            "generación de ingresos",
            "inclusão produtiva",
            "empreendedorismo",
            "geração de renda",
            "inclusion productive",
            "insertion professionnelle",
            "entrepreneuriat",
            "moyens de subsistance",
            "productive inclusion",
            "livelihoods",
            "entrepreneurship",
            "income generation",
        ],
        programs: &[ProgramType::ProductiveInclusion],
    },
    Concept {
        name: "youth employment",
        phrases: &[
            "empleo juvenil",
            "empleo de jóvenes",
            "jóvenes",
            "juventud",
            "emprego juvenil",
            "juventude",
            "emploi des jeunes",
            "jeunes",
            "jeunesse",
            "youth employment",
            "youth",
            "young people",
        ],
        programs: &[],
    },
    Concept {
        name: "gender equality",
        phrases: &[
            "igualdad de género",
            "equidad de género",
            "género",
            "autonomía económica de las mujeres",
            "empoderamiento de las mujeres",
            "igualdade de gênero",
            "equidade de gênero",
            "empoderamento das mulheres",
            "égalité de genre",
            "égalité femmes-hommes",
            "égalité entre les femmes et les hommes",
            "gender equality",
            "gender",
            "women's empowerment",
        ],
        programs: &[],
    },
    Concept {
        name: "social protection financing",
        phrases: &[
            "financiamiento de la protección social",
            "financiación de la protección social",
            "espacio fiscal",
            "financiamento da proteção social",
            "espaço fiscal",
            "financement de la protection sociale",
            "espace budgétaire",
            "social protection financing",
            "fiscal space",
        ],
        programs: &[],
    },
    Concept {
        name: "digital inclusion",
        phrases: &[
            "inclusión digital",
            "brecha digital",
            "alfabetización digital",
            "inclusão digital",
            "exclusão digital",
            "inclusion numérique",
            "fracture numérique",
            "digital inclusion",
            "digital divide",
            "digital literacy",
        ],
        programs: &[],
    },
    Concept {
        name: "climate resilience",
        phrases: &[
            "resiliencia climática",
            "cambio climático",
            "gestión del riesgo de desastres",
            "resiliência climática",
            "mudanças climáticas",
            "résilience climatique",
            "changement climatique",
            "climate resilience",
            "climate change",
            "disaster risk",
        ],
        programs: &[],
    },
];

/// The stems of every phrase, by their first stem: (concept, stems).
type Table = HashMap<String, Vec<(usize, Vec<String>)>>;

/// The table, stemmed once for the life of the program.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table::new();
        for (concept, c) in CONCEPTS.iter().enumerate() {
            for phrase in c.phrases {
                let stems: Vec<String> = words(phrase).into_iter().map(|w| w.stem).collect();
                if let Some(first) = stems.first() {
                    table.entry(first.clone()).or_default().push((concept, stems));
                }
            }
        }
        table
    })
}

/// The concepts named by a phrase that starts at `words[at]`, each with the
/// number of words its phrase takes.
pub(super) fn named_at(words: &[Word], at: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let rest = words.get(at..).unwrap_or_default();
    let candidates = rest.first().and_then(|w| table().get(&w.stem)).map_or(&[][..], Vec::as_slice);
    candidates
        .iter()
        .filter(move |(_, stems)| {
            stems.len() <= rest.len() && stems.iter().zip(rest).all(|(stem, word)| *stem == word.stem)
        })
        .map(|(concept, stems)| (*concept, stems.len()))
}

/// The concepts `words` name, each once.
pub fn named_in(words: &[Word]) -> Vec<usize> {
    let mut found: Vec<usize> = (0..words.len()).flat_map(|at| named_at(words, at).map(|(c, _)| c)).collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts(text: &str) -> Vec<&'static str> {
        named_in(&words(text)).into_iter().map(|c| CONCEPTS[c].name).collect()
    }

    #[test]
    fn names_in_every_language_meet() {
        for text in ["ancianos", "Adulta mayor", "tercera edad", "idosos", "Pessoa idosa", "personnes âgées", "Elderly"]
        {
            assert_eq!(concepts(text), ["elderly care"], "{text}");
        }
        assert_eq!(concepts("Atención a personas mayores"), ["elderly care"]);
        assert_eq!(concepts("Personas con discapacidad"), ["disability"]);
        assert!(concepts("mayores").is_empty() && concepts("personas").is_empty());
    }

    #[test]
    fn every_phrase_has_words() {
        for c in CONCEPTS {
            for phrase in c.phrases {
                assert!(!words(phrase).is_empty(), "{phrase}");
            }
        }
    }
}
