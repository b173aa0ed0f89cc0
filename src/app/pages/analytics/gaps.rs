//! The demand left without an answer: themes nobody offers, offers nobody
//! asked for, and the interests the rounds did not meet.

use crate::app::i18n::use_i18n;
use crate::domain::analytics::Report;
use crate::i18n::{fill, Key};
use crate::report::sentences;
use leptos::prelude::*;

/// The gaps card.
#[component]
pub fn Gaps(report: Memo<Report>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let r = report.get();
        let label = |id: &str| {
            r.themes
                .iter()
                .find(|t| t.theme.id.as_str() == id)
                .map_or(id.to_owned(), |t| t.theme.label(lang.code()).to_owned())
        };
        let themes = if r.unmet.themes_without_offer.is_empty() {
            view! { <p>{lang.t(Key::ReportEveryThemeOffered)}</p> }.into_any()
        } else {
            let items = r
                .unmet
                .themes_without_offer
                .iter()
                .map(|t| {
                    let asking = lang.fill(fill::ReportCountries { n: t.countries });
                    view! { <li>{label(&t.theme)} " (" {asking} ")"</li> }
                })
                .collect_view();
            view! {
                <p>{lang.t(Key::ReportThemesWithoutOffer)}</p>
                <ul data-testid="themes-without-offer">{items}</ul>
            }
            .into_any()
        };
        let offers = (!r.unmet.offers_without_interest.is_empty()).then(|| {
            let items = r
                .unmet
                .offers_without_interest
                .iter()
                .map(|o| view! { <li>{o.title.clone()} " (" {o.country.clone()} ")"</li> })
                .collect_view();
            view! {
                <p>{lang.t(Key::ReportOffersWithoutInterest)}</p>
                <ul>{items}</ul>
            }
        });
        let rounds = match &r.coverage {
            None => view! { <p>{lang.t(Key::ReportNoRounds)}</p> }.into_any(),
            Some(c) => {
                let text = sentences::rounds(c, lang);
                let rows = r
                    .unmet
                    .interests_not_met
                    .iter()
                    .map(|i| {
                        view! {
                            <tr>
                                <td>{i.country_name.clone()}</td>
                                <td>{i.offer_title.clone()}</td>
                                <td class="num">{lang.integer(i64::from(i.weight))}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let caption = lang.fill(fill::ReportNotMetCaption { n: r.unmet.interests_not_met.len() });
                view! {
                    <p data-testid="coverage">{text}</p>
                    {c.stale.then(|| view! { <p class="warn">{lang.t(Key::ReportRoundsStale)}</p> })}
                    <div class="table-scroll">
                        <table data-testid="not-met">
                            <caption>{caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{lang.t(Key::ReportColCountry)}</th>
                                    <th scope="col">{lang.t(Key::ReportColProgram)}</th>
                                    <th scope="col" class="num">{lang.t(Key::ReportColWeight)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        };
        view! {
            <section class="card" data-testid="gaps">
                <h2>{lang.t(Key::ReportSectionGaps)}</h2>
                {themes}
                {offers}
                <h3>{lang.t(Key::ReportSectionRounds)}</h3>
                {rounds}
            </section>
        }
    }
}
