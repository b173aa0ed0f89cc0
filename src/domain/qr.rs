//! QR codes made in the app: the module matrix of a text (by the `qrcode`
//! crate, with its image renderers left out) and the SVG path that draws it.

use qrcode::{Color, EcLevel, QrCode};

/// The light modules kept around a code so that readers find it (the standard's quiet zone).
pub const QUIET_ZONE: usize = 4;

/// A QR code's square of modules, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The code of `text` with medium error correction (a badge may be creased or smudged);
    /// `None` when the text is too long for any QR code.
    pub fn new(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        let width = code.width();
        let dark = code.into_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(Self { width, dark })
    }

    /// Modules on a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark (outside the square: light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The SVG path data of the dark modules, one rectangle per run of a row, in a square of
    /// `width() + 2 * QUIET_ZONE` units whose quiet zone is the margin.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for (y, row) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                let run = row[x..].iter().take_while(|&&d| d == row[x]).count();
                if row[x] {
                    path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE));
                }
                x += run;
            }
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_has_its_finder_patterns_and_a_path_per_run() {
        let qr = QrMatrix::new("ABC123").expect("six characters fit");
        assert_eq!(qr.width(), 21, "version 1");
        // The top-left finder: a dark ring around a light ring around a dark 3×3 square.
        assert!((0..7).all(|i| qr.is_dark(i, 0) && qr.is_dark(0, i) && qr.is_dark(i, 6)));
        assert!(!qr.is_dark(1, 1) && qr.is_dark(3, 3) && !qr.is_dark(7, 0));
        assert!(!qr.is_dark(21, 0), "outside the square is light");
        assert!(qr.svg_path().starts_with("M4 4h7v1h-7z"), "the finder's top edge is one run");
    }

    #[test]
    fn too_long_a_text_has_no_code() {
        assert!(QrMatrix::new(&"9".repeat(8000)).is_none());
    }
}
