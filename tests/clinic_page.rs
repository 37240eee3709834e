//! The page for clinics (`static/clinics.html`) lists the options a clinic can offer by hand:
//! this keeps that list the guide's own, every option once, by its id and its name in the
//! guide's English words.

use recovery_options::content::{in_lang, texts};
use recovery_options::domain::ids::option;

#[test]
fn the_clinic_page_offers_every_option_of_the_guide_by_its_id_and_name() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/clinics.html"))
        .unwrap();
    let listed: Vec<(String, String)> = page
        .split(r#"<input type="checkbox" name="offers" id="offer-"#)
        .skip(1)
        .map(|item| {
            let id = item.split('"').next().unwrap().to_string();
            assert!(
                item.contains(&format!(r#"value="{id}">"#)),
                "{id}: its value"
            );
            let name = item
                .split_once(&format!(r#"<label for="offer-{id}">"#))
                .and_then(|(_, rest)| rest.split_once("</label>"))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            (id, name)
        })
        .collect();
    let guide: Vec<(String, String)> = in_lang("en", || {
        texts()
            .options
            .iter()
            .map(|o| (o.id.to_string(), o.list_name.to_string()))
            .collect()
    });
    assert_eq!(listed, guide);
    assert_eq!(
        listed.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
        option::ALL.to_vec()
    );
}
