//! A report as plain blocks of text, before it is rendered; user text stays
//! plain text here and is escaped by each renderer.

/// A whole report.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Language code (`es`), for the HTML `lang` attribute.
    pub lang: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One block of the report.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A section heading (the title is level 1, sections level 2).
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    Table(Table),
}

/// A table with its caption; `numeric[k]` right-aligns column `k`.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}
