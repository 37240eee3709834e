//! Calendar files follow RFC 5545: CRLF line ends, folding at 75 octets, escaped text, a UID
//! and DTSTAMP on every event, RRULE for repeating shots, and a reminder.

use recovery_options::content::{option, texts};
use recovery_options::domain::calendar::{calendar, escape, fold, Event, LocalTime, Shot, SHOTS};

const STAMP: &str = "20261129T120000Z";

fn visit() -> Event {
    Event {
        uid: "visit-1@recovery-options".into(),
        start: LocalTime::new(2026, 12, 3, 9, 30).unwrap(),
        minutes: 30,
        summary: "Doctor visit: questions, notes; bring the list".into(),
        description: "Ask about the wait, line 1\nline 2, with a back\\slash".into(),
        remind_before: 24 * 60,
        repeat: None,
    }
}

fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

#[test]
fn every_line_ends_in_crlf_and_fits_75_octets() {
    let mut long = visit();
    long.description = "é".repeat(200) + &"x".repeat(300);
    let ics = calendar(&[long], STAMP);
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
    // Unfolding gives back the whole escaped value.
    assert!(unfold(&ics).contains(&format!(
        "DESCRIPTION:{}{}",
        "é".repeat(200),
        "x".repeat(300)
    )));
}

#[test]
fn folding_never_splits_a_character() {
    let line = format!("SUMMARY:{}", "💊".repeat(40));
    let folded = fold(&line);
    for part in folded.split("\r\n") {
        assert!(part.len() <= 75);
        assert!(std::str::from_utf8(part.as_bytes()).is_ok());
    }
    assert_eq!(unfold(&folded), line);
}

#[test]
fn text_values_are_escaped() {
    assert_eq!(escape("a;b,c\\d\ne\r\nf"), "a\\;b\\,c\\\\d\\ne\\nf");
    assert_eq!(escape("bell\u{7}"), "bell");
    let ics = unfold(&calendar(&[visit()], STAMP));
    assert!(ics.contains("SUMMARY:Doctor visit: questions\\, notes\\; bring the list\r\n"));
    assert!(ics
        .contains("DESCRIPTION:Ask about the wait\\, line 1\\nline 2\\, with a back\\\\slash\r\n"));
}

#[test]
fn an_event_has_uid_stamp_start_duration_and_a_reminder() {
    let ics = calendar(&[visit()], STAMP);
    for needed in [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:",
        "UID:visit-1@recovery-options\r\n",
        "DTSTAMP:20261129T120000Z\r\n",
        "DTSTART:20261203T093000\r\n",
        "DURATION:PT30M\r\n",
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT1440M\r\n",
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
    ] {
        assert!(ics.contains(needed), "missing {needed:?} in\n{ics}");
    }
    assert!(!ics.contains("RRULE"), "a visit does not repeat");
}

/// The app's own shot rules (the ones My visit uses): the naltrexone shot every 4 weeks, the
/// buprenorphine shot monthly or weekly, each for about a year, each for an option that is a
/// shot given at that interval.
#[test]
fn shot_reminders_follow_each_shot_s_schedule_for_about_a_year() {
    let t = texts();
    let every: Vec<(&str, u16)> = SHOTS.iter().map(|s| (s.id, s.every_days)).collect();
    assert_eq!(
        every,
        [
            ("naltrexone", 28),
            ("buprenorphine-monthly", 28),
            ("buprenorphine-weekly", 7)
        ]
    );
    for shot in SHOTS {
        let o = option(t, shot.option).unwrap_or_else(|| panic!("{}: no option", shot.id));
        assert!(
            o.how_taken.text.to_lowercase().contains("shot"),
            "{}: {} is a shot",
            shot.id,
            o.id
        );
        let wording = if shot.every_days == 7 {
            "week"
        } else {
            "month"
        };
        assert!(
            o.how_taken.text.contains(wording) || o.how_taken.text.contains("4 weeks"),
            "{}: the option says how often: {}",
            shot.id,
            o.how_taken.text
        );
        let repeat = shot.repeat();
        let last_day = u32::from(repeat.every_days) * u32::from(repeat.count - 1);
        let next = last_day + u32::from(repeat.every_days);
        assert!(
            last_day <= 365 && next > 364 - u32::from(repeat.every_days),
            "{}: about a year of reminders ({} every {} days)",
            shot.id,
            repeat.count,
            repeat.every_days
        );
        let mut event = visit();
        event.repeat = Some(repeat);
        let ics = calendar(&[event], STAMP);
        assert!(
            ics.contains(&format!(
                "RRULE:FREQ=DAILY;INTERVAL={};COUNT={}\r\n",
                repeat.every_days, repeat.count
            )),
            "{ics}"
        );
    }
    assert_eq!(Shot::find("buprenorphine-weekly").every_days, 7);
    assert_eq!(Shot::find("tampered"), SHOTS[0], "an unknown choice");
}

#[test]
fn several_events_in_one_file_keep_their_own_ids() {
    let mut monthly = visit();
    monthly.uid = "shot@recovery-options".into();
    monthly.repeat = Some(Shot::find("naltrexone").repeat());
    let mut weekly = visit();
    weekly.uid = "weekly@recovery-options".into();
    weekly.repeat = Some(Shot::find("buprenorphine-weekly").repeat());
    let ics = calendar(&[monthly, weekly], STAMP);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    let uids: Vec<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), 2);
    assert_ne!(uids[0], uids[1]);
}

#[test]
fn only_real_times_are_accepted() {
    assert!(LocalTime::new(2028, 2, 29, 0, 0).is_some());
    assert!(LocalTime::new(2026, 2, 29, 0, 0).is_none());
    assert!(LocalTime::new(2026, 4, 31, 0, 0).is_none());
    assert!(LocalTime::new(2026, 13, 1, 0, 0).is_none());
    assert!(LocalTime::new(2026, 1, 1, 24, 0).is_none());
    assert!(LocalTime::new(2026, 1, 1, 23, 60).is_none());
    assert!(LocalTime::new(2026, 1, 0, 1, 0).is_none());
}

#[test]
fn dates_and_times_from_the_form_are_read_strictly() {
    use recovery_options::domain::calendar::LocalTime;
    assert_eq!(
        LocalTime::parse("2027-02-28", "09:30"),
        LocalTime::new(2027, 2, 28, 9, 30)
    );
    for (date, time) in [
        ("2027-02-29", "09:30"),
        ("2027-2-28", "09:30"),
        ("2027-02-28", "9:30"),
        ("2027-02-28", "24:00"),
        ("2027-02-28-1", "09:30"),
        ("", ""),
        ("+027-02-28", "09:30"),
    ] {
        assert_eq!(LocalTime::parse(date, time), None, "{date} {time}");
    }
}

/// The shot reminder menu starts on a shot the person is considering, never on the weekly one
/// by accident.
#[test]
fn the_first_shot_offered_is_one_the_person_is_considering() {
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(Shot::default_for(&[]).id, "naltrexone");
    assert_eq!(
        Shot::default_for(&ids(&["methadone", "buprenorphine-shot"])).id,
        "buprenorphine-monthly"
    );
    assert_eq!(
        Shot::default_for(&ids(&["naltrexone-shot", "buprenorphine-shot"])).id,
        "naltrexone"
    );
    assert_eq!(Shot::default_for(&ids(&["acamprosate"])).id, "naltrexone");
}
