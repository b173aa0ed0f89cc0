//! The supply-demand matrix: offers by row, countries by column, each cell
//! the priority of a country's interest in an offer, with totals and the
//! gaps organizers look for (offers nobody asked for, countries that asked
//! for little, themes asked for that nobody offers).

use super::export::csv::Table;
use super::ids::{CountryId, OfferId, ThemeId};
use super::model::{code_of, Plan, Priority};
use std::collections::{BTreeMap, HashMap};

/// How the rows are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RowOrder {
    /// As in the catalogue.
    #[default]
    Catalogue,
    /// Most demanded (by weight) first.
    Demand,
    /// By offering country's name.
    Country,
    /// By first theme.
    Theme,
}

/// How rows are grouped under headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Grouping {
    #[default]
    None,
    /// Under the offer's first theme.
    Theme,
    /// Under the offering country.
    Country,
}

/// One offer's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub offer: OfferId,
    /// One cell per column: the priority of that country's interest.
    pub cells: Vec<Option<Priority>>,
    /// Countries interested.
    pub count: usize,
    /// Sum of the interests' weights.
    pub weight: u32,
}

/// A line of the matrix as shown: a group heading or an offer's row.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Group { label: String, offers: usize },
    Offer(usize),
}

/// The whole matrix, derived from a plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Matrix {
    /// Columns, by country name.
    pub columns: Vec<CountryId>,
    pub rows: Vec<Row>,
    /// Rows (indexes into `rows`) with their group headings, in display order.
    pub lines: Vec<Line>,
    /// Per column: interests and their weight.
    pub column_totals: Vec<(usize, u32)>,
    /// Columns whose country asked for fewer offers than `few_threshold`.
    pub few_interests: Vec<CountryId>,
    pub few_threshold: usize,
    /// Themes with interest (theme interests or interests) but no offer,
    /// with the number of countries asking.
    pub themes_without_offer: Vec<(ThemeId, usize)>,
}

impl Matrix {
    /// Builds the matrix of `plan`, its rows ordered and grouped.
    pub fn of(plan: &Plan, order: RowOrder, grouping: Grouping, lang: &str) -> Self {
        let mut columns: Vec<&_> = plan.countries.iter().collect();
        columns.sort_by(|a, b| a.name.cmp(&b.name));
        let column_of: HashMap<&CountryId, usize> = columns.iter().enumerate().map(|(i, c)| (&c.id, i)).collect();
        let row_of: HashMap<&OfferId, usize> = plan.offers.iter().enumerate().map(|(i, o)| (&o.id, i)).collect();
        let mut rows: Vec<Row> = plan
            .offers
            .iter()
            .map(|o| Row { offer: o.id.clone(), cells: vec![None; columns.len()], count: 0, weight: 0 })
            .collect();
        let mut column_totals = vec![(0, 0); columns.len()];
        for i in &plan.interests {
            let (Some(&r), Some(&c)) = (row_of.get(&i.offer), column_of.get(&i.country)) else { continue };
            rows[r].cells[c] = Some(i.priority);
            rows[r].count += 1;
            rows[r].weight += i.priority.weight();
            column_totals[c].0 += 1;
            column_totals[c].1 += i.priority.weight();
        }
        let first_theme: Vec<String> = plan
            .offers
            .iter()
            .map(|o| o.themes.first().map(|t| plan.theme_label(t, lang)).unwrap_or_default())
            .collect();
        let offering: Vec<String> = plan.offers.iter().map(|o| plan.country_name(&o.country)).collect();
        let group: Vec<&str> = (0..rows.len())
            .map(|i| match grouping {
                Grouping::None => "",
                Grouping::Theme => first_theme[i].as_str(),
                Grouping::Country => offering[i].as_str(),
            })
            .collect();
        let mut order_index: Vec<usize> = (0..rows.len()).collect();
        order_index.sort_by_key(|&i| {
            let within = match order {
                RowOrder::Catalogue => (0, ""),
                RowOrder::Demand => (u32::MAX - rows[i].weight, ""),
                RowOrder::Country => (0, offering[i].as_str()),
                RowOrder::Theme => (0, first_theme[i].as_str()),
            };
            (group[i], within, i)
        });
        let mut lines = Vec::with_capacity(rows.len());
        for (n, &i) in order_index.iter().enumerate() {
            let starts_group = n == 0 || group[order_index[n - 1]] != group[i];
            if grouping != Grouping::None && starts_group {
                let offers = order_index[n..].iter().take_while(|&&j| group[j] == group[i]).count();
                lines.push(Line::Group { label: group[i].to_owned(), offers });
            }
            lines.push(Line::Offer(i));
        }
        let few_threshold = few_threshold(&column_totals);
        let few_interests = columns
            .iter()
            .zip(&column_totals)
            .filter(|(_, (n, _))| *n < few_threshold)
            .map(|(c, _)| c.id.clone())
            .collect();
        Self {
            columns: columns.iter().map(|c| c.id.clone()).collect(),
            rows,
            lines,
            column_totals,
            few_interests,
            few_threshold,
            themes_without_offer: themes_without_offer(plan),
        }
    }

    /// Offers nobody asked for.
    pub fn unwanted(&self) -> impl Iterator<Item = &OfferId> {
        self.rows.iter().filter(|r| r.count == 0).map(|r| &r.offer)
    }

    /// The matrix as CSV: a header of country names, one line per offer
    /// (priority codes in the cells), totals last; cells that a spreadsheet
    /// would run as formulas are neutralised ([`Table`]).
    pub fn to_csv(&self, plan: &Plan) -> Result<String, csv::Error> {
        let header = ["offer_id", "offer", "offering_country"]
            .into_iter()
            .map(str::to_owned)
            .chain(self.columns.iter().map(|c| plan.country_name(c)))
            .chain(["countries".to_owned(), "weight".to_owned()]);
        let mut out = Table::new(header)?;
        for line in &self.lines {
            let Line::Offer(i) = line else { continue };
            let row = &self.rows[*i];
            let offer = plan.offer(&row.offer);
            let record = [
                row.offer.to_string(),
                offer.map(|o| plan.title_for_plan(o).to_owned()).unwrap_or_default(),
                offer.map(|o| plan.country_name(&o.country)).unwrap_or_default(),
            ]
            .into_iter()
            .chain(row.cells.iter().map(|c| c.map(|p| code_of(&p)).unwrap_or_default()))
            .chain([row.count.to_string(), row.weight.to_string()]);
            out.row(record)?;
        }
        let totals = ["".to_owned(), "total".to_owned(), String::new()]
            .into_iter()
            .chain(self.column_totals.iter().map(|(n, _)| n.to_string()))
            .chain([
                self.rows.iter().map(|r| r.count).sum::<usize>().to_string(),
                self.rows.iter().map(|r| r.weight).sum::<u32>().to_string(),
            ]);
        out.row(totals)?;
        out.finish()
    }
}

/// A country "asked for little" below half the median number of interests
/// per country (and always below 1).
fn few_threshold(totals: &[(usize, u32)]) -> usize {
    let mut counts: Vec<usize> = totals.iter().map(|t| t.0).collect();
    counts.sort_unstable();
    let median = counts.get(counts.len() / 2).copied().unwrap_or(0);
    (median / 2).max(1)
}

/// Themes some country wants (by theme interest) that no offer covers.
pub fn themes_without_offer(plan: &Plan) -> Vec<(ThemeId, usize)> {
    let mut asking: BTreeMap<&ThemeId, usize> = BTreeMap::new();
    for i in &plan.theme_interests {
        if !plan.offers.iter().any(|o| o.themes.contains(&i.theme)) {
            *asking.entry(&i.theme).or_default() += 1;
        }
    }
    asking.into_iter().map(|(t, n)| (t.clone(), n)).collect()
}
