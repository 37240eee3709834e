//! One outcome of an option: the sentence, a picture of 100 people where the numbers allow,
//! who was studied, how sure the evidence is, and the sources.

use yew::prelude::*;

use crate::content::{certainty_words, fill, outcome_sentence, texts, TextsOptionsOutcomes};
use crate::ui::components::icon_array::icon_array;
use crate::ui::components::source_list::source_list;

/// One outcome, in words and pictures.
pub fn outcome(o: &'static TextsOptionsOutcomes) -> Html {
    let t = texts();
    let c = &t.compare;
    let label = |count: u32, total: u32| {
        let count = count.min(total);
        let text = fill(c.icons_label, "count", count.to_string());
        let text = fill(&text, "rest", (total - count).to_string());
        fill(&text, "total", total.to_string())
    };
    let with = o.with_option.to_string();
    let pictures = match o.kind.get() {
        "two-groups" => html! {
            <div class="icon-arrays">
                { icon_array(o.with_option, 100, c.icons_with.to_string(), label(o.with_option, 100)) }
                { icon_array(o.comparison, 100, fill(c.icons_comparison, "comparison_label", o.comparison_label), label(o.comparison, 100)) }
            </div>
        },
        "extra" => html! {
            <div class="icon-arrays">
                { icon_array(o.with_option, 100, fill(c.icons_extra, "with", &with), label(o.with_option, 100)) }
            </div>
        },
        "days" => html! {
            <div class="icon-arrays">
                { icon_array(o.with_option, 100, fill(c.icons_days, "with", &with), label(o.with_option, 100)) }
            </div>
        },
        "per-thousand" => html! {
            <>
                <p class="outcome__rare">{ c.outcome_rare }</p>
                <div class="icon-arrays">
                    { icon_array(o.with_option, 1000, c.icons_with_treatment.to_string(), label(o.with_option, 1000)) }
                    { icon_array(o.comparison, 1000, fill(c.icons_comparison_rare, "comparison_label", o.comparison_label), label(o.comparison, 1000)) }
                </div>
            </>
        },
        _ => html! {},
    };
    html! {
        <div class="outcome" data-outcome={o.kind} data-substance={o.substance}>
            <p class="outcome__sentence">{ outcome_sentence(t, o) }</p>
            { pictures }
            <p class="outcome__group">{ fill(c.outcome_group, "group", o.group) }</p>
            <p class="outcome__certainty">
                <strong>{ c.certainty_label }</strong>{ " " }{ certainty_words(t, &o.certainty) }
            </p>
            { source_list(o.sources) }
        </div>
    }
}
