//! Library: short sourced articles, and one article at a time.

use yew::prelude::*;

use crate::content::{article, fill, texts};
use crate::route::Route;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;
use crate::ui::components::source_list::source_list;

/// The Library screen.
pub fn library() -> Html {
    let t = texts();
    html! {
        <>
            { page_intro(&Route::Library) }
            <ul class="library-list">
                for a in t.articles.iter() {
                    <li><a href={Route::Article { id: a.id.to_string() }.href()}>{ a.title }</a></li>
                }
            </ul>
        </>
    }
}

/// One article of the Library.
pub fn article_page(id: &str) -> Html {
    let t = texts();
    let l = &t.library;
    let Some(a) = article(t, id) else {
        return html! {
            <>
                <h1 id="page-title" tabindex="-1">{ l.not_found }</h1>
                <p class="purpose"><a href={Route::Library.href()}>{ l.back }</a></p>
            </>
        };
    };
    html! {
        <article class="article" data-article={a.id}>
            <h1 id="page-title" tabindex="-1">{ a.title }</h1>
            <p class="purpose">{ fill(l.reviewed, "date", a.reviewed) }</p>
            for p in a.paragraphs.iter() {
                { para(*p) }
            }
            <h2>{ l.sources }</h2>
            { source_list(a.sources) }
            <p><a href={Route::Library.href()}>{ l.back }</a></p>
        </article>
    }
}
