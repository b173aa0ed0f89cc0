//! Name badges: who gets one, how they fill a sheet, and QR codes that a decoder reads back.

use rondas::domain::badge::{badges, BadgeSize};
use rondas::domain::checkin_code::checkin_code;
use rondas::domain::demo::demo_plan;
use rondas::domain::ids::CountryId;
use rondas::domain::qr::{QrMatrix, QUIET_ZONE};
use rondas::domain::text::fold;

/// Pixels per module in the images given to the decoder.
const SCALE: usize = 4;

/// The text a QR decoder (rqrr) reads in a greyscale image of `dark` (a side of `side` modules).
fn decode(side: usize, dark: impl Fn(usize, usize) -> bool) -> Vec<String> {
    let pixels = side * SCALE;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(
            pixels,
            pixels,
            |x, y| {
                if dark(x / SCALE, y / SCALE) {
                    0
                } else {
                    255
                }
            },
        );
    image.detect_grids().iter().filter_map(|g| g.decode().ok()).map(|(_, text)| text).collect()
}

/// The modules the SVG path paints, read back from its `M x y h n v1 h-n z` rectangles.
fn painted(qr: &QrMatrix) -> Vec<Vec<bool>> {
    let side = qr.width() + 2 * QUIET_ZONE;
    let mut grid = vec![vec![false; side]; side];
    for rect in qr.svg_path().split('z').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> = rect
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().expect("a number"))
            .collect();
        let [x, y, run, 1, back] = numbers[..] else { panic!("an unexpected rectangle: {rect}") };
        assert_eq!(run, back, "{rect}");
        grid[y][x..x + run].iter_mut().for_each(|m| *m = true);
    }
    grid
}

#[test]
fn every_badge_qr_code_decodes_back_to_its_check_in_code() {
    let plan = demo_plan().expect("the demo reads");
    let all = badges(&plan, None);
    assert_eq!(all.len(), plan.delegates.len());
    for badge in &all {
        assert_eq!(badge.code, checkin_code(&badge.delegate.id));
        let qr = QrMatrix::new(&badge.code).expect("a code fits a QR code");
        let side = qr.width() + 2 * QUIET_ZONE;
        let from_matrix =
            decode(side, |x, y| x >= QUIET_ZONE && y >= QUIET_ZONE && qr.is_dark(x - QUIET_ZONE, y - QUIET_ZONE));
        assert_eq!(from_matrix, [badge.code.as_str()], "{}", badge.delegate.name);
        let grid = painted(&qr);
        assert_eq!(decode(side, |x, y| grid[y][x]), [badge.code.as_str()], "the SVG of {}", badge.delegate.name);
    }
}

#[test]
fn the_svg_paints_exactly_the_dark_modules_inside_the_quiet_zone() {
    let qr = QrMatrix::new("7K3M9Q").expect("fits");
    let grid = painted(&qr);
    for (y, row) in grid.iter().enumerate() {
        for (x, &painted) in row.iter().enumerate() {
            let inside = (QUIET_ZONE..QUIET_ZONE + qr.width()).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + qr.width()).contains(&y);
            let expected = inside && qr.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
            assert_eq!(painted, expected, "module ({x}, {y})");
        }
    }
}

#[test]
fn badges_go_by_country_then_name_and_filter_by_country() {
    let plan = demo_plan().expect("the demo reads");
    let all = badges(&plan, None);
    let keys: Vec<_> = all.iter().map(|b| (fold(&b.country), fold(&b.delegate.name))).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "sorted by country, then name");
    let with_agency = all.iter().find(|b| b.delegate.agency.is_some()).expect("a delegate of an agency");
    assert!(!with_agency.agency.is_empty());
    let peru = CountryId::from("pe");
    let some = badges(&plan, Some(&peru));
    assert!(!some.is_empty());
    assert!(some.iter().all(|b| b.delegate.country == peru));
    assert_eq!(some.len(), plan.delegates.iter().filter(|d| d.country == peru).count());
    assert!(badges(&plan, Some(&CountryId::from("nowhere"))).is_empty());
}

#[test]
fn standard_sizes_fill_an_a4_sheet() {
    let per_sheet: Vec<_> = BadgeSize::ALL.iter().map(|s| s.per_sheet()).collect();
    assert_eq!(per_sheet, [10, 6, 4]);
    for size in BadgeSize::ALL {
        let ((w, h), (columns, rows)) = (size.tenths_mm(), size.grid());
        assert!(w * columns as u32 <= 2100 && h * rows as u32 <= 2970, "{size:?} fits A4");
        assert_eq!(BadgeSize::from_code(size.code()), Some(size));
    }
    assert_eq!(BadgeSize::from_code("huge"), None);
}
