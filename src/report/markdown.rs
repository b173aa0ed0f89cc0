//! The report as Markdown (CommonMark with pipe tables), user text escaped.

use super::document::{Block, Document};

/// The Markdown text of `doc`.
pub fn to_markdown(doc: &Document) -> String {
    let mut out = format!("# {}\n", escape(&doc.title));
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading(text) => out.push_str(&format!("## {}\n", escape(text))),
            Block::Paragraph(text) => out.push_str(&format!("{}\n", escape(text))),
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape(item)));
                }
            }
            Block::Table(t) => {
                out.push_str(&format!("*{}*\n\n", escape(&t.caption)));
                let cells = |row: &[String]| row.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" | ");
                out.push_str(&format!("| {} |\n", cells(&t.head)));
                let rule: Vec<&str> =
                    (0..t.head.len()).map(|k| if t.numeric.get(k) == Some(&true) { "---:" } else { "---" }).collect();
                out.push_str(&format!("| {} |\n", rule.join(" | ")));
                for row in &t.rows {
                    out.push_str(&format!("| {} |\n", cells(row)));
                }
            }
        }
    }
    out
}

/// `text` with Markdown's special characters backslash-escaped and line
/// breaks turned to spaces, so it reads as the same plain text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_user_text() {
        assert_eq!(escape("a|b *c* <script>\n#1"), "a\\|b \\*c\\* \\<script\\> \\#1");
    }
}
