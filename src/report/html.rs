//! The report as a standalone HTML file: inline CSS (screen and print), no
//! scripts, every text escaped.

use super::document::{Block, Document};

const STYLE: &str =
    "body{font:16px/1.5 system-ui,sans-serif;color:#1d2733;max-width:60rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.8rem;margin-bottom:.25rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #c9d3de}\
table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}\
th,td{border:1px solid #c9d3de;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eef2f6}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr,caption{break-inside:avoid}}";

/// The HTML file of `doc`.
pub fn to_html(doc: &Document) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        escape(&doc.lang),
        escape(&doc.title),
        escape(&doc.title)
    );
    for block in &doc.blocks {
        match block {
            Block::Heading(text) => out.push_str(&format!("<h2>{}</h2>\n", escape(text))),
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => {
                let class = |k: usize| if t.numeric.get(k) == Some(&true) { " class=\"n\"" } else { "" };
                out.push_str(&format!("<table>\n<caption>{}</caption>\n<thead><tr>", escape(&t.caption)));
                for (k, h) in t.head.iter().enumerate() {
                    out.push_str(&format!("<th scope=\"col\"{}>{}</th>", class(k), escape(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in &t.rows {
                    out.push_str("<tr>");
                    for (k, cell) in row.iter().enumerate() {
                        out.push_str(&format!("<td{}>{}</td>", class(k), escape(cell)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// `text` safe inside HTML text and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
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
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
