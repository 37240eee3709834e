//! Calendar files (iCalendar, RFC 5545) for a doctor visit and for repeating shot reminders.
//! Pure text building: lines end in CRLF, long lines are folded at 75 octets without splitting
//! a character, and text values are escaped.

use std::fmt::Write as _;

use super::ids::option;

/// A wall-clock time in the person's own time zone ("floating" in RFC 5545 terms), so the
/// event shows at the time they typed wherever their device thinks it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    /// A valid time, or `None` (month 1-12, a real day of that month, hour 0-23, minute 0-59).
    pub fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8) -> Option<LocalTime> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        let ok =
            (1..=9999).contains(&year) && (1..=days).contains(&day) && hour < 24 && minute < 60;
        ok.then_some(LocalTime {
            year,
            month,
            day,
            hour,
            minute,
        })
    }

    /// A time from a date field (`YYYY-MM-DD`) and a time field (`HH:MM`), as browsers give
    /// them; `None` for anything else.
    pub fn parse(date: &str, time: &str) -> Option<LocalTime> {
        let number = |s: &str, len: usize| -> Option<u16> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let mut d = date.split('-');
        let (year, month, day) = (d.next()?, d.next()?, d.next()?);
        let (hour, minute) = time.split_once(':')?;
        if d.next().is_some() {
            return None;
        }
        LocalTime::new(
            number(year, 4)?,
            u8::try_from(number(month, 2)?).ok()?,
            u8::try_from(number(day, 2)?).ok()?,
            u8::try_from(number(hour, 2)?).ok()?,
            u8::try_from(number(minute, 2)?).ok()?,
        )
    }

    fn ical(&self) -> String {
        format!(
            "{:04}{:02}{:02}T{:02}{:02}00",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

/// How an event repeats: every `every_days` days, `count` times in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repeat {
    pub every_days: u16,
    pub count: u16,
}

/// A shot a person may want reminders for, and how often it is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shot {
    /// Stable id, the value of the form's choice.
    pub id: &'static str,
    /// The option it belongs to (`content/en/options.toml`).
    pub option: &'static str,
    pub every_days: u16,
}

/// The shot reminders on offer: the naltrexone shot every 4 weeks; the buprenorphine shot
/// monthly (Sublocade at least 26 days apart, Brixadi monthly) or weekly (Brixadi).
pub const SHOTS: [Shot; 3] = [
    Shot {
        id: "naltrexone",
        option: option::NALTREXONE_SHOT,
        every_days: 28,
    },
    Shot {
        id: "buprenorphine-monthly",
        option: option::BUPRENORPHINE_SHOT,
        every_days: 28,
    },
    Shot {
        id: "buprenorphine-weekly",
        option: option::BUPRENORPHINE_SHOT,
        every_days: 7,
    },
];

impl Shot {
    /// The shot with this id; the first when the id is unknown (a tampered form).
    pub fn find(id: &str) -> Shot {
        SHOTS
            .iter()
            .copied()
            .find(|s| s.id == id)
            .unwrap_or(SHOTS[0])
    }

    /// The shot to offer first: the first option the person is considering that is a shot
    /// (for buprenorphine, the monthly one), so that keeping the default never gives a person
    /// on a monthly shot weekly reminders; the naltrexone shot when they consider none.
    pub fn default_for(considered: &[String]) -> Shot {
        considered
            .iter()
            .find_map(|id| SHOTS.iter().copied().find(|s| s.option == id.as_str()))
            .unwrap_or(SHOTS[0])
    }

    /// About a year of reminders: every shot due within 364 days of the first.
    pub fn repeat(self) -> Repeat {
        Repeat {
            every_days: self.every_days,
            count: 364 / self.every_days,
        }
    }
}

/// One calendar event with a reminder before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable for this event (RFC 5545 UID).
    pub uid: String,
    pub start: LocalTime,
    pub minutes: u16,
    pub summary: String,
    pub description: String,
    /// Minutes before the start to remind.
    pub remind_before: u16,
    pub repeat: Option<Repeat>,
}

/// A calendar file holding `events`. `stamp` is the UTC creation time as `YYYYMMDDTHHMMSSZ`.
pub fn calendar(events: &[Event], stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Recovery Options//Visit planner//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
    ];
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape(&e.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART:{}", e.start.ical()));
        lines.push(format!("DURATION:PT{}M", e.minutes.max(1)));
        lines.push(format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if let Some(r) = e.repeat {
            lines.push(format!(
                "RRULE:FREQ=DAILY;INTERVAL={};COUNT={}",
                r.every_days, r.count
            ));
        }
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("TRIGGER:-PT{}M", e.remind_before));
        lines.push(format!("DESCRIPTION:{}", escape(&e.summary)));
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        let _ = write!(out, "{}\r\n", fold(&line));
    }
    out
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
/// Other control characters are dropped: they have no meaning in a calendar.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line into lines of at most 75 octets; each continuation starts with a
/// space (RFC 5545 3.1). A multi-byte character is never split.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}
