//! The clinic settings in the page address: every field, and hostile values for each. A value
//! that is not allowed keeps the default and is listed as refused, with why.

use recovery_options::embed::settings::{
    contrast_with_white, parse, percent_decode, ClinicSettings, Phone, Refused, Why,
    DEFAULT_QUICK_EXIT,
};

/// The one refusal of a query, or a failure naming what was refused instead.
fn refused(query: &str) -> Why {
    let parsed = parse(query);
    assert_eq!(parsed.settings, ClinicSettings::default(), "{query}");
    match parsed.refused.as_slice() {
        [one] => one.why.clone(),
        other => panic!("{query}: {other:?}"),
    }
}

#[test]
fn no_settings_are_the_defaults() {
    for query in ["", "?", "?&&"] {
        let parsed = parse(query);
        assert_eq!(parsed.settings, ClinicSettings::default());
        assert_eq!(parsed.refused, vec![]);
    }
    assert_eq!(ClinicSettings::default().quick_exit_url, DEFAULT_QUICK_EXIT);
}

#[test]
fn every_setting_is_read() {
    let parsed = parse(
        "?clinic=Riverside+Health%20Center&phone=%2B1%20(555)%20123-4567\
         &site=https://riverside.example/care&book=https://riverside.example/book?from=guide\
         &accent=%23005A9C&offers=naltrexone-shot,buprenorphine-daily,naltrexone-shot\
         &default-lang=es&lang=en&exit=/weather.html",
    );
    assert_eq!(parsed.refused, vec![]);
    let s = parsed.settings;
    assert_eq!(s.clinic.as_deref(), Some("Riverside Health Center"));
    assert_eq!(
        s.phone,
        Some(Phone {
            shown: "+1 (555) 123-4567".into(),
            href: "tel:+15551234567".into()
        })
    );
    assert_eq!(s.website.as_deref(), Some("https://riverside.example/care"));
    assert_eq!(
        s.booking.as_deref(),
        Some("https://riverside.example/book?from=guide")
    );
    assert_eq!(s.accent.as_deref(), Some("#005a9c"));
    assert_eq!(
        s.offered,
        Some(vec!["naltrexone-shot", "buprenorphine-daily"])
    );
    assert_eq!(s.default_lang, Some("es"));
    assert_eq!(s.quick_exit_url, "/weather.html");
}

#[test]
fn a_refused_setting_leaves_the_others_as_asked() {
    let parsed = parse("?clinic=<b>x</b>&phone=555-0100&accent=ffff00&exit=/a.html");
    assert_eq!(parsed.settings.quick_exit_url, "/a.html");
    assert_eq!(parsed.settings.phone.unwrap().href, "tel:5550100");
    assert_eq!(parsed.settings.clinic, None);
    assert_eq!(parsed.settings.accent, None);
    let keys: Vec<&str> = parsed.refused.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["clinic", "accent"]);
}

#[test]
fn quick_exit_accepts_only_same_site_paths() {
    for hostile in [
        "?exit=https://evil.example",
        "?exit=//evil.example/x",
        "?exit=javascript:alert(1)",
        "?exit=/%2F%2Fevil.example",
        "?exit=%2F%2Fevil.example",
        "?exit=/\\evil.example",
        "?exit=/%5Cevil.example",
        "?exit=",
    ] {
        assert_eq!(refused(hostile), Why::NotAllowed, "{hostile}");
    }
    assert_eq!(
        refused(&format!("?exit=/{}", "a".repeat(300))),
        Why::TooLong
    );
}

#[test]
fn a_clinic_name_is_plain_text_that_fits_a_header() {
    assert_eq!(
        parse("?clinic=%20%20Cl%C3%ADnica%20San%20Jos%C3%A9%20")
            .settings
            .clinic
            .as_deref(),
        Some("Clínica San José")
    );
    for hostile in [
        "?clinic=",
        "?clinic=%20%20",
        "?clinic=%3Cscript%3Ealert(1)%3C/script%3E",
        "?clinic=<img src=x onerror=alert(1)>",
        "?clinic=Line%0Abreak",
        "?clinic=%E2%80%AE%00",
        "?clinic=%E2%80%AEevil",
        "?clinic=a%E2%81%A6b",
        "?clinic=%ZZ",
        "?clinic=%C3",
        "?clinic=%FF%FE",
    ] {
        assert_eq!(refused(hostile), Why::NotAllowed, "{hostile}");
    }
    assert_eq!(
        refused(&format!("?clinic={}", "é".repeat(61))),
        Why::TooLong
    );
    assert!(parse(&format!("?clinic={}", "é".repeat(60)))
        .settings
        .clinic
        .is_some());
}

#[test]
fn a_phone_is_digits_with_separators() {
    assert_eq!(
        parse("?phone=(555)%20010.0199")
            .settings
            .phone
            .unwrap()
            .href,
        "tel:5550100199"
    );
    for hostile in [
        "?phone=",
        "?phone=12",
        "?phone=555-CALL-NOW",
        "?phone=1234567890123456",
        "?phone=5551234;ext=9",
        "?phone=555%20123%0A4567",
        "?phone=%2B%2B15551234",
        "?phone=555%2B123",
        "?phone=javascript:alert(1)",
    ] {
        assert_eq!(refused(hostile), Why::NotAllowed, "{hostile}");
    }
    assert_eq!(refused(&format!("?phone={}", "5".repeat(31))), Why::TooLong);
}

#[test]
fn links_are_https_only() {
    for link in ["site", "book"] {
        for not_https in [
            "http://clinic.example",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,hi",
            "//clinic.example",
            "clinic.example",
            "",
        ] {
            assert_eq!(
                refused(&format!("?{link}={not_https}")),
                Why::NotHttps,
                "{link}={not_https}"
            );
        }
        for hostile in [
            "https://",
            "https://user@evil.example",
            "https://clinic.example:/x",
            "https://clinic.example:99999999",
            "https://clinic.example/\"onmouseover=alert(1)",
            "https://clinic.example/<script>",
            "https://clinic.example/a%20b%0A",
            "https://.example",
            "https://clinic.example\\@evil.example",
        ] {
            assert_eq!(
                refused(&format!("?{link}={hostile}")),
                Why::NotAllowed,
                "{link}={hostile}"
            );
        }
        let long = format!("?{link}=https://clinic.example/{}", "a".repeat(300));
        assert_eq!(refused(&long), Why::TooLong);
    }
    assert!(parse("?site=https://127.0.0.1:8443/x#top")
        .settings
        .website
        .is_some());
}

#[test]
fn an_accent_colour_must_be_readable_with_white() {
    assert_eq!(
        parse("?accent=1d4ed8").settings.accent.as_deref(),
        Some("#1d4ed8")
    );
    // Yellow, a light grey and a mid blue are too light for white text.
    assert_eq!(refused("?accent=%23ffff00"), Why::LowContrast(1.07));
    assert!(matches!(refused("?accent=%23999999"), Why::LowContrast(r) if r < 4.5));
    assert!(matches!(refused("?accent=%234a90e2"), Why::LowContrast(r) if r < 4.5));
    for hostile in [
        "?accent=red",
        "?accent=%23fff",
        "?accent=%2312345",
        "?accent=%231234567",
        "?accent=%23gggggg",
        "?accent=expression(alert(1))",
        "?accent=%23000000;background:url(x)",
        "?accent=",
    ] {
        assert_eq!(refused(hostile), Why::NotAllowed, "{hostile}");
    }
}

#[test]
fn the_contrast_follows_the_wcag_formula() {
    // The formula with powf, compared with the guide's own power over every grey and a spread
    // of colours.
    let exact = |rgb: u32| {
        let channel = |shift: u32| {
            let c = f64::from((rgb >> shift) & 0xff) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        1.05 / (0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0) + 0.05)
    };
    for v in 0..=255u32 {
        for rgb in [v * 0x010101, v << 16, v << 8, v, (v << 16) | 0x00_40_80] {
            let (ours, want) = (contrast_with_white(rgb), exact(rgb));
            assert!((ours - want).abs() < 1e-9, "{rgb:06x}: {ours} {want}");
        }
    }
    assert!((contrast_with_white(0x000000) - 21.0).abs() < 1e-9);
    assert!((contrast_with_white(0xffffff) - 1.0).abs() < 1e-9);
    // The darkest grey that passes: #767676 (4.54), and #777777 does not (4.48).
    assert!(contrast_with_white(0x767676) >= 4.5);
    assert!(contrast_with_white(0x777777) < 4.5);
}

#[test]
fn offered_options_are_known_ids() {
    assert_eq!(
        refused("?offers=naltrexone-shot,vivitrol"),
        Why::UnknownOption("vivitrol".into())
    );
    assert_eq!(
        refused("?offers=<script>"),
        Why::UnknownOption("<script>".into())
    );
    assert_eq!(refused("?offers="), Why::NotAllowed);
    assert_eq!(refused("?offers=,,"), Why::NotAllowed);
    let every = recovery_options::domain::ids::option::ALL.join(",");
    assert_eq!(
        parse(&format!("?offers={every}"))
            .settings
            .offered
            .unwrap()
            .len(),
        recovery_options::domain::ids::option::ALL.len()
    );
}

#[test]
fn languages_are_the_guides_own() {
    assert_eq!(parse("?default-lang=en").settings.default_lang, Some("en"));
    for hostile in [
        "?default-lang=fr",
        "?default-lang=ES",
        "?default-lang=",
        "?lang=xx",
    ] {
        assert_eq!(refused(hostile), Why::NotAllowed, "{hostile}");
    }
}

#[test]
fn unknown_repeated_and_huge_settings_are_refused() {
    assert_eq!(refused("?colour=%23000000"), Why::Unknown);
    assert_eq!(refused("?<script>=1"), Why::Unknown);
    let parsed = parse("?clinic=First&clinic=Second");
    assert_eq!(parsed.settings.clinic.as_deref(), Some("First"));
    assert_eq!(
        parsed.refused,
        vec![Refused {
            key: "clinic".into(),
            why: Why::Repeated
        }]
    );
    // A hostile key is cut short in the list.
    let parsed = parse(&format!("?{}=1", "k".repeat(500)));
    assert_eq!(parsed.refused[0].key.len(), 40);
    // An address too long to be a clinic's is not read at all.
    let huge = format!("?clinic=Riverside&x={}", "a".repeat(5000));
    let parsed = parse(&huge);
    assert_eq!(parsed.settings, ClinicSettings::default());
    assert_eq!(parsed.refused.len(), 1);
    assert_eq!(parsed.refused[0].why, Why::TooLong);
}

#[test]
fn percent_decoding_is_strict() {
    assert_eq!(percent_decode("a+b%20c%2B").as_deref(), Some("a b c+"));
    assert_eq!(percent_decode("%E2%9C%93").as_deref(), Some("✓"));
    for broken in ["%", "%4", "%G0", "%C3%28", "%FF"] {
        assert_eq!(percent_decode(broken), None, "{broken}");
    }
}

#[test]
fn the_guide_starts_with_the_allowed_settings_and_defaults_for_the_rest() {
    let settings = ClinicSettings::from_query(
        "?clinic=Riverside%20Clinic&phone=bad&accent=%23ffff00&offers=naltrexone-shot,methadone&site=https://riverside.example",
    );
    assert_eq!(settings.clinic.as_deref(), Some("Riverside Clinic"));
    assert_eq!(settings.phone, None, "refused: not a phone number");
    assert_eq!(settings.accent, None, "refused: too light");
    assert_eq!(
        settings.website.as_deref(),
        Some("https://riverside.example")
    );
    assert!(settings.offers("methadone"));
    assert!(!settings.offers("buprenorphine-daily"));
    // A clinic that does not say offers everything: nothing is marked.
    assert!(ClinicSettings::default().offers("buprenorphine-daily"));
}

#[test]
fn the_guide_reads_its_quick_exit_by_the_same_rule() {
    assert_eq!(
        ClinicSettings::from_query("?lang=es&exit=/weather.html").quick_exit_url,
        "/weather.html"
    );
    for hostile in [
        "?exit=https://evil.example",
        "?exit=//evil.example",
        "?exit=",
    ] {
        assert_eq!(
            ClinicSettings::from_query(hostile).quick_exit_url,
            DEFAULT_QUICK_EXIT,
            "{hostile}"
        );
    }
}

#[test]
fn each_refusal_is_explained_in_words_for_the_clinics_staff() {
    let parsed =
        parse("?colour=red&clinic=A&clinic=B&site=http://a.example&accent=%23ffff00&offers=pills");
    let said: Vec<(String, String)> = parsed
        .refused
        .iter()
        .map(|r| (r.key.clone(), r.why.explain()))
        .collect();
    assert_eq!(
        said,
        [
            ("colour", "not a setting the guide knows"),
            ("clinic", "given twice: the first is used"),
            ("site", "not an https:// link"),
            (
                "accent",
                "too light: its contrast with white is 1.07:1, and it needs 4.5:1 so that text stays easy to read"
            ),
            ("offers", "no option is called \"pills\""),
        ]
        .map(|(k, w)| (k.to_string(), w.to_string()))
    );
}

#[test]
fn a_contrast_is_written_as_people_write_numbers() {
    for (ratio, written) in [
        (1.07, "1.07:1"),
        (2.5, "2.5:1"),
        (3.0, "3:1"),
        (4.49, "4.49:1"),
    ] {
        let said = Why::LowContrast(ratio).explain();
        assert!(said.contains(&format!(" {written},")), "{said}");
    }
}
