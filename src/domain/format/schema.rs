//! The plan file's JSON Schema (draft 2020-12), derived from the model's
//! types with schemars: their doc comments are its descriptions, serde's
//! attributes its shape, and the rules of single fields (non-blank names,
//! ranges, ISO codes) are declared on the fields themselves with
//! `schemars(...)`. Only the envelope is written here, by hand.
//!
//! `public/rondas-plan.schema.json` is this schema as committed: the test
//! `the_committed_schema_is_the_generated_one` (tests/format.rs) fails when
//! they differ, and rewrites the file when run with `UPDATE_SCHEMA=1`
//! (`rondas-cli schema` prints it too). Native only: nothing of it reaches
//! the wasm.

use super::{FORMAT_NAME, VERSION};
use crate::domain::date::{Date, TimeOfDay, Timestamp};
use crate::domain::model::{Plan, Response, SCORE_MAX, SCORE_MIN};
use schemars::generate::SchemaSettings;
use schemars::transform::{transform_subschemas, Transform};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;
use std::borrow::Cow;

/// Where the schema is published, relative to the repository.
pub const PATH: &str = "public/rondas-plan.schema.json";

/// The schema as the committed file holds it: pretty-printed, one final
/// line break.
pub fn schema_json() -> String {
    let text = serde_json::to_string_pretty(&plan_file_schema()).unwrap_or_default();
    text + "\n"
}

/// The schema of a plan or response file of any version Rondas reads.
pub fn plan_file_schema() -> Schema {
    let mut generator = SchemaSettings::draft2020_12().with_transform(Tidy).into_generator();
    let plan = with_description(
        generator.subschema_for::<Plan>(),
        "The workshop plan, in a plan file. A file holds either plan or response, never both.",
    );
    let response = with_description(
        generator.subschema_for::<Response>(),
        "One delegation's or evaluator's answers, in a response file (since version 2). A file holds either \
         plan or response, never both.",
    );
    let versions: Vec<u64> = (1..=VERSION).collect();
    let mut root = json_schema!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rondas.app/schema/rondas-plan.schema.json",
        "title": format!("Rondas plan file, versions 1 to {VERSION}"),
        "description": format!(
            "A Rondas plan file: a versioned envelope around either one workshop plan (`plan`) or one \
             delegation's or evaluator's answers (`response`, a response file). This schema checks the shape \
             of versions 1 to {VERSION} and the rules of single fields; the cross-record rules (unique ids, \
             references naming existing records, and the others of src/domain/validate.rs) are checked only \
             by Rondas when it reads a file. Every field added since version 1 is optional here, whatever the \
             file's version, as Rondas migrates older files on reading. Keys of the envelope other than \
             format, version, plan and response are ignored on reading and not written back. The meaning, \
             rules and migrations are told in src/domain/format/FORMAT.md."
        ),
        "type": "object",
        "required": ["format", "version"],
        "properties": {
            "format": {
                "description": format!("Always \"{FORMAT_NAME}\"; a file without it is refused as not a plan file."),
                "const": FORMAT_NAME,
            },
            "version": {
                "description": format!(
                    "Format version of the file, 1 to {VERSION} ({VERSION} is the version Rondas writes). A newer \
                     version than the reader knows is refused; earlier ones are migrated."
                ),
                "type": "integer",
                "enum": versions,
            },
            "plan": plan,
            "response": response,
        },
        "oneOf": [
            only_one("A plan file: it holds plan.", "plan", None),
            only_one("A response file: it holds response.", "response", None),
        ],
    });
    Tidy.transform(&mut root);
    root.insert("$defs".into(), Value::Object(generator.take_definitions(true)));
    root
}

/// `{ required: [field], properties: { field: true } }`, and not `other`:
/// one branch of a "this one, not that one" choice. The field is declared
/// again only for validators in strict mode; its schema is the one under
/// `properties`.
fn only_one(description: &str, field: &str, other: Option<&str>) -> Value {
    let mut branch = serde_json::json!({
        "description": description,
        "required": [field],
        "properties": { field: true },
    });
    if let Some(other) = other {
        branch["not"] = serde_json::json!({ "required": [other], "properties": { other: true } });
    }
    branch
}

fn with_description(mut schema: Schema, description: &str) -> Schema {
    schema.insert("description".into(), description.into());
    schema
}

/// A response names a country or an evaluator, never both (a `transform` of
/// [`Response`]'s derived schema).
pub fn one_responder(schema: &mut Schema) {
    let choice = serde_json::json!([
        only_one("A country's response: it names the country.", "country", Some("evaluator")),
        only_one("An evaluator's response: it names the evaluator.", "evaluator", Some("country")),
    ]);
    schema.insert("oneOf".into(), choice);
}

/// White space as JSON Schema's regular expressions must spell it.
const NOT_BLANK: &str =
    "[^\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
/// A date that exists, leap days included.
const DATE: &str = "(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)";
const TIME: &str = "(?:[01][0-9]|2[0-3]):[0-5][0-9]";

/// Text with at least one character that is not white space (`with =` of
/// names and titles).
pub struct NonBlank;

/// Labels by language code (`with =` of themes, action types, criteria).
pub struct Labels;

/// Declares the schema of types that are text in the file.
macro_rules! text_schema {
    ($($ty:ty => $name:literal, $body:expr;)*) => {$(
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $body
            }
        }
    )*};
}

text_schema! {
    NonBlank => "NonBlank", json_schema!({
        "description": "Text with at least one character that is not white space.",
        "type": "string",
        "pattern": NOT_BLANK,
    });
    Date => "Date", json_schema!({
        "description": "A calendar date, YYYY-MM-DD, that exists (2024-02-29 yes, 2023-02-29 no).",
        "type": "string",
        "format": "date",
        "pattern": format!("^{DATE}$"),
    });
    TimeOfDay => "Time", json_schema!({
        "description": "A time of day, HH:MM, 24-hour clock (00:00 to 23:59).",
        "type": "string",
        "pattern": format!("^{TIME}$"),
    });
    Timestamp => "Timestamp", json_schema!({
        "description": "A moment in UTC, YYYY-MM-DDTHH:MM:SSZ (2026-03-01T14:05:07Z): an existing date, a time \
            of day, seconds 00 to 59, a capital T and Z. A fraction of a second (2026-03-01T14:05:07.250Z, as a \
            browser writes it) is accepted on reading and dropped; Rondas writes whole seconds. Offsets other \
            than Z are refused.",
        "type": "string",
        "format": "date-time",
        "pattern": format!("^{DATE}T{TIME}:[0-5][0-9](?:\\.[0-9]+)?Z$"),
    });
}

impl JsonSchema for Labels {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Labels".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "additionalProperties": { "type": "string" },
            "minProperties": 1,
            "not": {
                "description": "Not every label blank.",
                "additionalProperties": { "not": generator.subschema_for::<NonBlank>() },
            },
        })
    }
}

/// Scores by criterion id, each from [`SCORE_MIN`] to [`SCORE_MAX`] (`with =`
/// of a score's values).
pub struct ScoreValues;

impl JsonSchema for ScoreValues {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "ScoreValues".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "additionalProperties": { "type": "integer", "minimum": SCORE_MIN, "maximum": SCORE_MAX },
        })
    }
}

/// The schema of every id type (`domain::ids` implements `JsonSchema` with
/// it): one definition, `RecordId`.
pub fn record_id() -> Schema {
    json_schema!({
        "description": "Id of a record: not blank. A record's own id is unique within its collection and kept \
            across saves, so that files can be merged record by record; an id that refers to a record names one \
            that exists (checked by Rondas).",
        "type": "string",
        "pattern": NOT_BLANK,
    })
}

/// Tidies what schemars derives, for readers and strict validators: whole
/// numbers get their bounds instead of Rust's `format` names (`uint32`, which
/// JSON Schema does not know), and descriptions are joined into paragraphs
/// (a doc comment's line breaks are only wrapping).
#[derive(Clone)]
struct Tidy;

impl Transform for Tidy {
    fn transform(&mut self, schema: &mut Schema) {
        let bounds = match schema.get("format").and_then(Value::as_str) {
            Some("uint8") => Some((0, u64::from(u8::MAX))),
            Some("uint16") => Some((0, u64::from(u16::MAX))),
            Some("uint32") => Some((0, u64::from(u32::MAX))),
            Some("uint64" | "uint") => Some((0, u64::MAX)),
            _ => None,
        };
        if let Some((low, high)) = bounds {
            schema.remove("format");
            if schema.get("minimum").and_then(Value::as_u64).is_none_or(|m| m < low) {
                schema.insert("minimum".into(), low.into());
            }
            if schema.get("maximum").is_none() {
                schema.insert("maximum".into(), high.into());
            }
        }
        if let Some(Value::String(text)) = schema.get_mut("description") {
            *text = text.split("\n\n").map(|p| p.replace('\n', " ")).collect::<Vec<_>>().join("\n\n");
        }
        transform_subschemas(self, schema);
    }
}
