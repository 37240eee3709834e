//! About: sources, how the evidence was chosen, dates, update policy, funding, readability,
//! accessibility, licence, and where the guide meets each decision aid standard.

use yew::prelude::*;

use crate::content::{fill, source_kind_words, texts, Text};
use crate::route::Route;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;

/// The About screen.
pub fn about() -> Html {
    let t = texts();
    let a = &t.about;
    let paragraphs = |list: &'static [Text]| {
        html! {
            for p in list.iter() { { para(*p) } }
        }
    };
    html! {
        <>
            { page_intro(&Route::About) }
            <p><strong>{ a.reviewed_label }</strong></p>
            <h2>{ a.evidence_heading }</h2>
            { paragraphs(a.evidence) }
            <h2>{ a.update_heading }</h2>
            { paragraphs(a.update) }
            <h2>{ a.funding_heading }</h2>
            { paragraphs(a.funding) }
            <h2>{ a.readability_heading }</h2>
            { para(a.readability) }
            // The figures are measured by tests/readability.rs, which fails if they go stale.
            <p id="readability-result">{ fill(fill(a.readability_result, "max", a.readability_max), "median", a.readability_median) }</p>
            // A translation says how far it has been checked (IPDAS: say what is not done).
            if crate::content::lang() != "en" {
                { para(a.translation) }
            }
            <h2>{ a.access_heading }</h2>
            { paragraphs(a.access) }
            <h2>{ a.licence_heading }</h2>
            { para(a.licence) }
            // Staff pages are not in the patient menu.
            <p><a href={Route::ForClinics.href()}>{ t.nav.for_clinics }</a></p>
            <h2 id="ipdas">{ a.ipdas_heading }</h2>
            { para(a.ipdas_intro) }
            <div class="table-scroll" role="region" aria-labelledby="ipdas" tabindex="0">
                <table class="ipdas">
                    <thead><tr>
                        <th scope="col">{ a.ipdas_item }</th>
                        <th scope="col">{ a.ipdas_where }</th>
                    </tr></thead>
                    <tbody>
                        for item in t.ipdas.iter() {
                            <tr data-status={item.status}>
                                <th scope="row">{ item.item }</th>
                                <td><strong>{ if item.status == "met" { a.ipdas_status_met } else { a.ipdas_status_not } }</strong>
                                    { ": " }{ item.place }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <h2 id="sources">{ a.sources_heading }</h2>
            <ul class="source-list">
                for s in t.sources.iter() {
                    <li id={format!("source-{}", s.id)} data-kind={s.kind}>
                        <strong>{ s.id }</strong>{ " " }<span class="source-list__kind">{ "(" }{ source_kind_words(t, s.kind) }{ ")" }</span>{ " " }{ s.reference }
                        // A new tab (an embedding page may not allow the source in its frame). The page's
                        // referrer policy sends no address with it.
                        for link in s.links.iter() {
                            <br /><a class="source-list__link" href={*link} target="_blank">{ *link }</a>
                        }
                    </li>
                }
            </ul>
        </>
    }
}
