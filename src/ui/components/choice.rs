//! One optional multiple-choice question: radio buttons in a fieldset, plus a way to clear
//! the answer, so every question can be left unanswered again.

use yew::prelude::*;

use crate::content::{texts, Text};

/// What a question shows.
pub struct Props {
    /// A stable id for the question, used for the input names and ids.
    pub name: AttrValue,
    pub legend: Text,
    /// A plain explanation under the question.
    pub hint: Option<Text>,
    /// (value id, label) for each answer, in order.
    pub options: Vec<(&'static str, Text)>,
    pub selected: Option<&'static str>,
    pub onchange: Callback<Option<&'static str>>,
}

/// Renders one question. (A function, not a component: it keeps no state of its own.)
pub fn choice(props: Props) -> Html {
    let t = texts();
    let clear = {
        let onchange = props.onchange.clone();
        Callback::from(move |_| onchange.emit(None))
    };
    html! {
        <fieldset class="choice" id={format!("q-{}", props.name)}>
            <legend>{ props.legend }</legend>
            if let Some(hint) = props.hint {
                <p class="choice__hint">{ hint }</p>
            }
            for (value, label) in props.options.iter().copied() {
                <div class="choice__option">
                    <input type="radio" name={props.name.clone()} id={format!("{}-{value}", props.name)}
                        value={value} checked={props.selected == Some(value)}
                        onchange={
                            let onchange = props.onchange.clone();
                            Callback::from(move |_| onchange.emit(Some(value)))
                        } />
                    <label for={format!("{}-{value}", props.name)}>{ label }</label>
                </div>
            }
            if props.selected.is_some() {
                <button type="button" class="choice__clear link-button" onclick={clear}>
                    { t.questions.clear }
                </button>
            }
        </fieldset>
    }
}
