//! Data tables for the time stage: text, publication date, expected
//! (quoted span, value as printed).

use super::*;

fn d(s: &str) -> Date {
    s.parse().unwrap_or_else(|_| panic!("bad date {s}"))
}

#[track_caller]
fn check(text: &str, published: Option<&str>, want: &[(&str, &str)]) {
    let found = extract(text, published.map(d));
    let got: Vec<(String, String)> =
        found.iter().map(|m| (text[m.span].to_owned(), m.value.to_string())).collect();
    let want: Vec<(String, String)> =
        want.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect();
    assert_eq!(got, want, "text {text:?} published {published:?}");
}

#[test]
fn absolute_dates() {
    check("on 2025-02-04 at noon", None, &[("2025-02-04 at noon", "2025-02-04T12:00")]);
    check("on 4 February 2025", None, &[("4 February 2025", "2025-02-04")]);
    check("on February 4, 2025,", None, &[("February 4, 2025", "2025-02-04")]);
    check("on Feb. 4th, 2025", None, &[("Feb. 4th, 2025", "2025-02-04")]);
    check("on Tuesday, February 4, 2025", None, &[("Tuesday, February 4, 2025", "2025-02-04")]);
    check(
        "after Hamas attacked Israel on October 7, 2023.",
        None,
        &[("October 7, 2023", "2023-10-07")],
    );
    check("agreed in November 2024, which", None, &[("November 2024", "2024-11")]);
    check("in 2024", None, &[("2024", "2024")]);
    check("in the 1990s", None, &[("1990s", "1990-01-01..1999-12-31")]);
    check("in Q3 2024", None, &[("Q3 2024", "2024-07-01..2024-09-30")]);
    check(
        "the third quarter of 2024",
        None,
        &[("the third quarter of 2024", "2024-07-01..2024-09-30")],
    );
    check("on 2025/02/04", None, &[("2025/02/04", "2025-02-04")]);
    check("on 25/12/2025", None, &[("25/12/2025", "2025-12-25")]);
}

#[test]
fn ambiguous_numeric_dates_keep_both_readings() {
    let found = extract("on 4/2/2025", None);
    assert_eq!(found.len(), 1);
    let m = &found[0];
    assert_eq!(m.value.to_string(), "2025-04-02");
    assert_eq!(m.alternatives.iter().map(ToString::to_string).collect::<Vec<_>>(), ["2025-02-04"]);
    assert!(m.confidence <= 0.5);
    let p = TimeParser::with_config(TimeConfig {
        date_order: DateOrder::Reject,
        ..TimeConfig::default()
    });
    let found = p.extract(&Document::new("on 4/2/2025"), None);
    assert_eq!(found[0].value, TimeValue::Unresolved);
}

#[test]
fn weekdays_follow_tense() {
    // 2025-12-27 is a Saturday
    let sat = Some("2025-12-27");
    check("Netanyahu will depart for the US on Sunday.", sat, &[("Sunday", "2025-12-28")]);
    check(
        "Yedioth reported on Wednesday that talks were due.",
        sat,
        &[("Wednesday", "2025-12-24")],
    );
    check("On Friday, Axios reported that the talks mattered.", sat, &[("Friday", "2025-12-26")]);
    check("They will meet on Monday.", sat, &[("Monday", "2025-12-29")]);
    check("They met on Monday.", sat, &[("Monday", "2025-12-22")]);
    check("They said on Monday.", sat, &[("Monday", "2025-12-22")]);
    check("The talks on Monday matter.", sat, &[("Monday", "2025-12-29")]);
    // the publication day itself, in both directions
    let tue = Some("2025-02-04");
    check("Netanyahu is set to meet Trump on Tuesday.", tue, &[("Tuesday", "2025-02-04")]);
    check("On Tuesday, the military said it struck.", tue, &[("Tuesday", "2025-02-04")]);
    check("Trump said Sunday that talks were progressing.", tue, &[("Sunday", "2025-02-02")]);
    check("It happened last Friday.", sat, &[("last Friday", "2025-12-26")]);
    check("It happened last Friday.", Some("2025-12-26"), &[("last Friday", "2025-12-19")]);
    check("It happens next Friday.", sat, &[("next Friday", "2026-01-02")]);
    // what is due, expected or scheduled is still to come, unless it was
    let wed = Some("2025-12-24");
    check(
        "The report is due by Monday morning.",
        wed,
        &[("by Monday morning", "2025-12-24T00:00..2025-12-29T12:00")],
    );
    check("A verdict is expected on Monday.", wed, &[("Monday", "2025-12-29")]);
    check("The ruling was due on Monday.", wed, &[("Monday", "2025-12-22")]);
    check("Flights were cancelled due to the storm on Monday.", wed, &[("Monday", "2025-12-22")]);
    // a point of the day before a date, inside a quotation: the quoted
    // verb dates it, not the frame's
    let sun = Some("2025-12-28");
    check(
        "It is worth going back to the first dispatch: \"The mine gave way before dawn on \
         Tuesday, trapping 47 men.\"",
        sun,
        &[("Tuesday", "2025-12-23")],
    );
    check("Talks will resume after the vote on Tuesday.", sun, &[("Tuesday", "2025-12-30")]);
}

#[test]
fn weekdays_under_fixed_policies() {
    let sat = Some(d("2025-12-27"));
    let run = |dir: Direction, text: &str| {
        let p = TimeParser::with_config(TimeConfig { direction: dir, ..TimeConfig::default() });
        p.extract(&Document::new(text), sat)
            .into_iter()
            .map(|m| m.value.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(run(Direction::Forward, "They met on Monday."), ["2025-12-29"]);
    assert_eq!(run(Direction::Backward, "They will meet on Monday."), ["2025-12-22"]);
    assert_eq!(run(Direction::Nearest, "They met on Monday."), ["2025-12-29"]);
}

#[test]
fn relative_expressions() {
    let sun = Some("2025-12-28");
    check("Rubio said last week that", sun, &[("last week", "2025-12-15..2025-12-21")]);
    check("this weekend", Some("2025-12-27"), &[("this weekend", "2025-12-27..2025-12-28")]);
    check(
        "since Trump returned to power last month",
        Some("2025-02-04"),
        &[("last month", "2025-01")],
    );
    check(
        "later this week for talks",
        Some("2025-02-04"),
        &[("later this week", "2025-02-04..2025-02-09")],
    );
    check(
        "at the end of this week",
        Some("2025-02-04"),
        &[("the end of this week", "2025-02-07..2025-02-09")],
    );
    check("two days ago", sun, &[("two days ago", "2025-12-26")]);
    check(
        "yesterday and today and tomorrow",
        sun,
        &[("yesterday", "2025-12-27"), ("today", "2025-12-28"), ("tomorrow", "2025-12-29")],
    );
    check(
        "told reporters in mid-December that",
        Some("2025-12-27"),
        &[("mid-December", "2025-12-11..2025-12-20")],
    );
    check(
        "the end of the year would act as a deadline",
        sun,
        &[("the end of the year", "2025-12-01..2025-12-31")],
    );
    check("late last year", sun, &[("late last year", "2024-09-01..2024-12-31")]);
    check("earlier this month", sun, &[("earlier this month", "2025-12-01..2025-12-28")]);
    check("early 2024", None, &[("early 2024", "2024-01-01..2024-04-30")]);
    check("in the past year", sun, &[("the past year", "2024-12-28..2025-12-28")]);
    check("in the past 24 hours", sun, &[("the past 24 hours", "2025-12-27..2025-12-28")]);
    check("this year", sun, &[("this year", "2025")]);
}

#[test]
fn months_and_days_without_year() {
    let dec = Some("2025-12-28");
    check(
        "the ceasefire, brokered by the United States in October, stalled",
        dec,
        &[("October", "2025-10")],
    );
    check("phase two will begin in January.", dec, &[("January", "2026-01")]);
    check(
        "mandated by a November 17 U.N. Security Council resolution",
        dec,
        &[("November 17", "2025-11-17")],
    );
    check("since his January 20 inauguration", Some("2025-02-04"), &[("January 20", "2025-01-20")]);
    check("the second phase of October's Gaza ceasefire agreement", dec, &[("October", "2025-10")]);
    check(
        "just six months after the 12-day June war",
        dec,
        &[("six months", "6 month"), ("12-day", "12 day"), ("June", "2025-06")],
    );
    check(
        "during the Christmas holidays",
        Some("2025-12-27"),
        &[("the Christmas holidays", "2025-12-24..2026-01-01")],
    );
    check("on Christmas Eve", Some("2025-12-01"), &[("Christmas Eve", "2025-12-24")]);
}

#[test]
fn chained_references() {
    let sat = Some("2025-12-27");
    check(
        "Netanyahu will depart for the US on Sunday and meet with President Donald Trump in Florida a day later, an official said.",
        sat,
        &[("Sunday", "2025-12-28"), ("a day later", "2025-12-29")],
    );
    check(
        "The attack came on January 5. Two days later, talks began.",
        None,
        &[("January 5", "unresolved"), ("Two days later", "unresolved")],
    );
    check(
        "It began on 5 January 2025. The next day, talks began.",
        None,
        &[("5 January 2025", "2025-01-05"), ("The next day", "2025-01-06")],
    );
    check("A day later nothing happened.", sat, &[("A day later", "unresolved")]);
    // "the following year" follows the year told before it, "the
    // following day" the day; with no date before, the publication date's
    check(
        "The case began with a tip-off in 2022, and he was arrested the following year.",
        Some("2025-05-22"),
        &[("2022", "2022"), ("the following year", "2023")],
    );
    check(
        "The storm hit on March 3, and the dam burst the following day.",
        Some("2025-05-22"),
        &[("March 3", "2025-03-03"), ("the following day", "2025-03-04")],
    );
    check(
        "Talks began in May 2023; a deal came the following month.",
        None,
        &[("May 2023", "2023-05"), ("the following month", "2023-06")],
    );
    check("Turnout was lower the previous year.", sat, &[("the previous year", "2024")]);
}

#[test]
fn intervals() {
    check("from March to May 2024", None, &[("from March to May 2024", "2024-03-01..2024-05-31")]);
    check("between 2015 and 2018", None, &[("between 2015 and 2018", "2015-01-01..2018-12-31")]);
    // "in" after a year is the preposition, not inches
    check(
        "pocketed the money between 2016 and 2022 in exchange for contracts",
        None,
        &[("between 2016 and 2022", "2016-01-01..2022-12-31")],
    );
    check("on July 13-15, 2024", None, &[("July 13-15, 2024", "2024-07-13..2024-07-15")]);
    check("since October 7, 2023", None, &[("since October 7, 2023", "2023-10-07..")]);
    check("until Friday", Some("2025-12-27"), &[("until Friday", "..2025-12-26")]);
    // "by" a time already past when written: up to it, never inverted
    check(
        "It had burned 1,800 hectares by Monday.",
        Some("2026-02-12"),
        &[("by Monday", "..2026-02-09")],
    );
}

#[test]
fn durations() {
    check("the ongoing 42-day first phase", None, &[("42-day", "42 day")]);
    // an age compound is no duration
    check("The 27-year-old pulled clear", None, &[]);
    check("two 27-year-olds and a six-month-old were hurt", None, &[]);
    check("The driver, who was 29 years old, died", None, &[]);
    check("a girl three years of age and a baby six weeks old", None, &[]);
    check("jailed for 29 years", None, &[("29 years", "29 year")]);
    check("more than 200 mm in a single day", None, &[("in a single day", "1 day")]);
    check("after 15 months of war", None, &[("15 months", "15 month")]);
    check("halted two years of war", None, &[("two years", "2 year")]);
    check("ended over a year of fighting", None, &[("over a year", ">1 year")]);
    check("less than 24 hours", None, &[("less than 24 hours", "<24 hour")]);
    check("a halt to a year of open warfare", None, &[("a year", "1 year")]);
    check("$5 billion a year", None, &[]);
    check("twice a day", None, &[]);
    check(
        "talks lasted one and a quarter of an hour",
        None,
        &[("one and a quarter of an hour", "1.25 hour")],
    );
    // a quarter of something other than time is a share, not a duration
    check("the tariff, currently a quarter of their value", None, &[]);
    check("One quarter of the budget went to defence", None, &[]);
    check("about a quarter of the homes", None, &[]);
    check("a quarter of a century", None, &[("a quarter of a century", "0.25 century")]);
    check("profits doubled in a quarter", None, &[("in a quarter", "1 quarter")]);
    check(
        "sales fell in the third quarter",
        Some("2025-12-27"),
        &[("the third quarter", "2025-07-01..2025-09-30")],
    );
    check(
        "a delay of three quarters of an hour",
        None,
        &[("three quarters of an hour", "0.75 hour")],
    );
}

#[test]
fn race_times_are_durations() {
    let sat = Some("2025-12-27");
    check(
        "Wanjiru won in 2:19:07, 12 seconds outside",
        sat,
        &[("2:19:07", "8347 second"), ("12 seconds", "12 second")],
    );
    check(
        "His 2:04:31 on Sunday was a record.",
        sat,
        &[("2:04:31", "7471 second"), ("Sunday", "2025-12-21")],
    );
    check("She ran 3:43.13 to win.", sat, &[("3:43.13", "223.13 second")]);
    check("He ran 2:04:31.5 there.", sat, &[("2:04:31.5", "7471.5 second")]);
    check("He finished in 10:12:33.", sat, &[("10:12:33", "36753 second")]);
    // a cue makes it a time of day
    check("The blast came at 2:46:23.", sat, &[("2:46:23", "2025-12-27T14:46:23")]);
    check("The blast came 2:46:23 am.", sat, &[("2:46:23 am", "2025-12-27T02:46:23")]);
    check("It ended at 14:05:22 GMT.", sat, &[("14:05:22 GMT", "2025-12-27T14:05:22+00:00")]);
    check("It ended 14:05:22.", sat, &[("14:05:22", "2025-12-27T14:05:22")]);
    check("They met at 10:30.", sat, &[("10:30", "2025-12-27T10:30")]);
}

#[test]
fn twelve_without_am_pm_is_noon() {
    let sat = Some("2025-12-27");
    check("They met at 12.", sat, &[("12", "2025-12-27T12:00")]);
    check("It ended 12:34:25.", sat, &[("12:34:25", "2025-12-27T12:34:25")]);
    check("They met at 12 am.", sat, &[("12 am", "2025-12-27T00:00")]);
}

#[test]
fn clock_times_with_a_part_of_the_day() {
    let sat = Some("2025-12-27");
    check("the blast hit at 3 in the morning", sat, &[("3 in the morning", "2025-12-27T03:00")]);
    check(
        "talks resume at 5 tomorrow afternoon",
        sat,
        &[("5 tomorrow afternoon", "2025-12-28T17:00")],
    );
    check(
        "the train left at twelve-oh-three pm",
        sat,
        &[("twelve-oh-three pm", "2025-12-27T12:03")],
    );
    // "in" after a figure is otherwise an inch
    check("a 3 in pipe", sat, &[]);
}

#[test]
fn counts_of_things_are_not_times() {
    for text in [
        "The convoy of 120 trucks travelled on",
        "the third round of talks",
        "It pledged $3.4bn, or 12% of its budget",
        "from 10 dollars to 20 dollars",
        "runners set off in temperatures of about 12C",
        "a high of around 40F",
        "at about 12°C",
        // the level a count is put at
        "the UN had put the toll at 240",
        "the total stood at 1030",
        // compounds and shares of a point, not clock times or quarters
        "rates rose by three-quarters of a percentage point",
        "a quarter-point rise",
        "another quarter-point rise",
        "a quarter of a percentage point",
        // ages
        "The driver, who was 29 years old, died",
        "the man, aged 29, was",
        "She died at the age of 91.",
    ] {
        let found = extract(text, Some(d("2025-01-01")));
        let got: Vec<&str> = found.iter().map(|m| &text[m.span]).collect();
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

#[test]
fn unresolved_without_publication_date() {
    let found = extract("They met on Monday and will meet next week.", None);
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|m| m.value == TimeValue::Unresolved && m.resolution == Resolution::Unresolved)
    );
}

#[test]
fn not_dates() {
    for text in [
        "2000 people marched",
        "May I ask",
        "we march on",
        "The Sun newspaper",
        "he will sat down",
        "Jan Smith spoke",
        "Mondays are busy",
    ] {
        let found = extract(text, Some(d("2025-01-01")));
        let got: Vec<&str> = found.iter().map(|m| &text[m.span]).collect();
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}
