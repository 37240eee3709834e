//! The screens' addresses: every screen parses from the address it writes, anything else is
//! Not found, and every screen has a title and a menu label.

use recovery_options::content::texts;
use recovery_options::route::Route;

fn every_route() -> Vec<Route> {
    let mut all: Vec<Route> = Route::menu().cloned().collect();
    all.extend([
        Route::ForClinics,
        Route::Article {
            id: "starting-safely".into(),
        },
        Route::OptionPage {
            id: "naltrexone-shot".into(),
        },
        Route::Share {
            data: "1.q0tHow".into(),
        },
        Route::NotFound,
    ]);
    all
}

#[test]
fn every_screen_reads_back_from_its_own_address() {
    for route in every_route() {
        if route == Route::NotFound {
            continue;
        }
        assert_eq!(Route::from_hash(&route.href()), route, "{}", route.href());
        // A trailing slash names the same screen.
        assert_eq!(Route::from_hash(&format!("{}/", route.href())), route);
    }
    assert_eq!(Route::from_hash(""), Route::Welcome);
    assert_eq!(Route::from_hash("#"), Route::Welcome);
}

#[test]
fn anything_else_is_not_found() {
    for hash in [
        "#/nope",
        "#/compare/extra",
        "#/library/a/b",
        "#/options/",
        "#/options/a/b",
        "#lineup",
        "#main",
        "#/ABOUT",
    ] {
        assert_eq!(Route::from_hash(hash), Route::NotFound, "{hash}");
    }
}

#[test]
fn the_steps_are_in_order_in_the_menu_and_counted() {
    let menu: Vec<&Route> = Route::menu().collect();
    let in_menu: Vec<usize> = Route::steps()
        .iter()
        .map(|s| menu.iter().position(|m| m == s).unwrap())
        .collect();
    assert!(in_menu.windows(2).all(|w| w[0] < w[1]), "{in_menu:?}");
    assert_eq!(Route::steps().len(), 6);
    for (at, step) in Route::steps().iter().enumerate() {
        assert_eq!(step.step(), Some(at));
        // Each step but the last leads on, in words of its own.
        let t = texts();
        assert_eq!(step.next_words(t).is_some(), at < 5, "{step:?}");
    }
    assert!(
        !menu.contains(&&Route::ForClinics),
        "staff pages stay out of the menu"
    );
    assert_eq!(Route::Welcome.step(), None);
    assert_eq!(Route::Library.step(), None);
}

#[test]
fn every_screen_has_a_title_and_a_label() {
    let t = texts();
    for route in every_route() {
        let (title, purpose) = route.intro(t);
        assert!(!title.is_empty() && !purpose.is_empty(), "{route:?}");
        assert!(
            !route.title(t).is_empty() && !route.label(t).is_empty(),
            "{route:?}"
        );
    }
    // A screen about one option or article is titled by it; an unknown one says so.
    assert_eq!(
        Route::OptionPage {
            id: "naltrexone-shot".into()
        }
        .title(t)
        .get(),
        "Naltrexone shot (Vivitrol)"
    );
    assert_eq!(
        Route::OptionPage { id: "nope".into() }.title(t).get(),
        t.pages.not_found.title.get()
    );
}
