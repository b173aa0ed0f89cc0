//! Spreadsheets as the core sees them: sheets of cells, each cell as text.
//! A CSV or TSV file, or a paste of cells, is one sheet; a workbook is a
//! list of them. Importing reads sheets;
//! exporting writes them.

use serde::{Deserialize, Serialize};

/// One sheet: its name (a workbook's tab, or the file's name) and its rows
/// of cells, top to bottom, each cell as the text it shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}
