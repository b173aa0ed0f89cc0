//! The demo workshop embedded in the app and the CLI: the regional
//! social-protection workshop told in `DEVELOPERS.md`, in one data file
//! (`demo/workshop.json`) that later features extend.

use super::format::{from_json, FormatError};
use super::model::Plan;

/// The demo plan file, as shipped.
pub const DEMO_FILE: &str = include_str!("demo/workshop.json");

/// The demo plan. The embedded file is checked by the test suite, so this
/// only fails if a build ships a broken demo.
pub fn demo_plan() -> Result<Plan, FormatError> {
    from_json(DEMO_FILE)
}
