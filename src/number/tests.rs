//! Data tables for the number stage: (text, expected mentions as
//! (quoted span, kind, value, low, high, qualifier, unit)).

use super::*;
use crate::text::Document;

type Row = (
    &'static str,
    &'static str,
    NumberKind,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Qualifier,
    Option<&'static str>,
);

fn check(text: &str, want: &[Row]) {
    let got = extract(text);
    let got_rows: Vec<String> = got
        .iter()
        .map(|m| {
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                &text[m.span],
                m.quantity.kind,
                m.quantity.value,
                m.quantity.low,
                m.quantity.high,
                m.quantity.qualifier,
                m.quantity.unit.as_ref().map(Unit::as_str)
            )
        })
        .collect();
    assert_eq!(got.len(), want.len(), "text {text:?}: got {got_rows:#?}");
    for (m, w) in got.iter().zip(want) {
        let q = &m.quantity;
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * y.abs().max(1.0),
            (None, None) => true,
            _ => false,
        };
        assert_eq!(&text[m.span], w.1, "span in {text:?}");
        assert_eq!(q.kind, w.2, "kind of {:?}", w.1);
        assert!(close(q.value, w.3), "value of {:?}: {:?} != {:?}", w.1, q.value, w.3);
        assert!(close(q.low, w.4), "low of {:?}: {:?} != {:?}", w.1, q.low, w.4);
        assert!(close(q.high, w.5), "high of {:?}: {:?} != {:?}", w.1, q.high, w.5);
        assert_eq!(q.qualifier, w.6, "qualifier of {:?}", w.1);
        assert_eq!(q.unit.as_ref().map(Unit::as_str), w.7, "unit of {:?}", w.1);
    }
}

use NumberKind::*;
use Qualifier::*;

#[test]
fn digits() {
    check(
        "at least 47,518 people",
        &[("", "at least 47,518", Cardinal, Some(47518.0), Some(47518.0), None, AtLeast, None)],
    );
    check(
        "1,210 people",
        &[("", "1,210", Cardinal, Some(1210.0), Some(1210.0), Some(1210.0), Exact, None)],
    );
    check(
        "47\u{a0}518 dead",
        &[("", "47\u{a0}518", Cardinal, Some(47518.0), Some(47518.0), Some(47518.0), Exact, None)],
    );
    check("a 2.5 rise", &[("", "2.5", Cardinal, Some(2.5), Some(2.5), Some(2.5), Exact, None)]);
    check(
        "temperatures of -5 overnight",
        &[("", "-5", Cardinal, Some(-5.0), Some(-5.0), Some(-5.0), Exact, None)],
    );
    check(
        "the 21st visit",
        &[("", "21st", Ordinal, Some(21.0), Some(21.0), Some(21.0), Exact, None)],
    );
    check("٤٧ people", &[("", "٤٧", Cardinal, Some(47.0), Some(47.0), Some(47.0), Exact, None)]);
    check("rose .77", &[("", ".77", Cardinal, Some(0.77), Some(0.77), Some(0.77), Exact, None)]);
    check("1e10", &[("", "1e10", Cardinal, Some(1e10), Some(1e10), Some(1e10), Exact, None)]);
    check(
        "12,34,567.89 rupees",
        &[(
            "",
            "12,34,567.89 rupees",
            Money,
            Some(1234567.89),
            Some(1234567.89),
            Some(1234567.89),
            Exact,
            Some("INR"),
        )],
    );
    check(
        "40 000 people",
        &[("", "40 000", Cardinal, Some(4e4), Some(4e4), Some(4e4), Exact, None)],
    );
    check(
        "population of 1 414 021 100.",
        &[(
            "",
            "1 414 021 100",
            Cardinal,
            Some(1414021100.0),
            Some(1414021100.0),
            Some(1414021100.0),
            Exact,
            None,
        )],
    );
    check(
        "⅔",
        &[("", "⅔", Fraction, Some(2.0 / 3.0), Some(2.0 / 3.0), Some(2.0 / 3.0), Exact, None)],
    );
    check("10½", &[("", "10½", Cardinal, Some(10.5), Some(10.5), Some(10.5), Exact, None)]);
    check(
        "10 1/2 miles",
        &[("", "10 1/2 miles", Measure, Some(10.5), Some(10.5), Some(10.5), Exact, Some("mi"))],
    );
    check("-4/5", &[("", "-4/5", Fraction, Some(-0.8), Some(-0.8), Some(-0.8), Exact, None)]);
    check(
        "1.1^23",
        &[(
            "",
            "1.1^23",
            Cardinal,
            Some(1.1f64.powi(23)),
            Some(1.1f64.powi(23)),
            Some(1.1f64.powi(23)),
            Exact,
            None,
        )],
    );
}

#[test]
fn signs_and_spoken_numbers() {
    check("minus 5", &[("", "minus 5", Cardinal, Some(-5.0), Some(-5.0), Some(-5.0), Exact, None)]);
    check(
        "fell to negative-5",
        &[("", "negative-5", Cardinal, Some(-5.0), Some(-5.0), Some(-5.0), Exact, None)],
    );
    check(
        "minus minus 5",
        &[("", "minus 5", Cardinal, Some(-5.0), Some(-5.0), Some(-5.0), Exact, None)],
    );
    // sign words do not nest: no stack depth grows with the input
    let long = format!("{}5", "minus ".repeat(200_000));
    assert_eq!(extract(&long).len(), 1);
    check(
        "2/1000 of a second",
        &[("", "2/1000", Fraction, Some(0.002), Some(0.002), Some(0.002), Exact, None)],
    );
    check(
        "negative five hundred and four",
        &[(
            "",
            "negative five hundred and four",
            Cardinal,
            Some(-504.0),
            Some(-504.0),
            Some(-504.0),
            Exact,
            None,
        )],
    );
    check(
        "two point five million",
        &[(
            "",
            "two point five million",
            Cardinal,
            Some(2.5e6),
            Some(2.45e6),
            Some(2.55e6),
            Exact,
            None,
        )],
    );
    check(
        "one and a half million",
        &[(
            "",
            "one and a half million",
            Cardinal,
            Some(1.5e6),
            Some(1.5e6),
            Some(1.5e6),
            Exact,
            None,
        )],
    );
    check(
        "a quarter of a million people",
        &[(
            "",
            "a quarter of a million",
            Cardinal,
            Some(2.5e5),
            Some(2.5e5),
            Some(2.5e5),
            Exact,
            None,
        )],
    );
    check(
        "4 thousand 3 hundred and 21",
        &[(
            "",
            "4 thousand 3 hundred and 21",
            Cardinal,
            Some(4321.0),
            Some(4321.0),
            Some(4321.0),
            Exact,
            None,
        )],
    );
    // a digit group after "and" and a large scale is a second figure
    check(
        "$2 million and 300 jobs",
        &[
            ("", "$2 million", Money, Some(2e6), Some(1.5e6), Some(2.5e6), Exact, Some("USD")),
            ("", "300", Cardinal, Some(300.0), Some(300.0), Some(300.0), Exact, None),
        ],
    );
    check(
        "one over three",
        &[(
            "",
            "one over three",
            Fraction,
            Some(1.0 / 3.0),
            Some(1.0 / 3.0),
            Some(1.0 / 3.0),
            Exact,
            None,
        )],
    );
}

#[test]
fn scales() {
    check(
        "2.4 million people",
        &[("", "2.4 million", Cardinal, Some(2.4e6), Some(2.35e6), Some(2.45e6), Exact, None)],
    );
    check(
        "a $3.2bn deal",
        &[("", "$3.2bn", Money, Some(3.2e9), Some(3.15e9), Some(3.25e9), Exact, Some("USD"))],
    );
    check(
        "10k runners",
        &[("", "10k", Cardinal, Some(1e4), Some(9500.0), Some(10500.0), Exact, None)],
    );
    check(
        "1.5m people fled",
        &[("", "1.5m", Cardinal, Some(1.5e6), Some(1.45e6), Some(1.55e6), Exact, None)],
    );
    check(
        "3 trillion",
        &[("", "3 trillion", Cardinal, Some(3e12), Some(2.5e12), Some(3.5e12), Exact, None)],
    );
    check(
        "two million",
        &[("", "two million", Cardinal, Some(2e6), Some(2e6), Some(2e6), Exact, None)],
    );
    // exact: not 16399999.999999998
    check(
        "$16.4 million",
        &[(
            "",
            "$16.4 million",
            Money,
            Some(16_400_000.0),
            Some(16_350_000.0),
            Some(16_450_000.0),
            Exact,
            Some("USD"),
        )],
    );
    check(
        "1.2M people",
        &[("", "1.2M", Cardinal, Some(1.2e6), Some(1.15e6), Some(1.25e6), Exact, None)],
    );
    check("10M.", &[("", "10M", Cardinal, Some(1e7), Some(9.5e6), Some(1.05e7), Exact, None)]);
    check(
        "three billions",
        &[("", "three billions", Cardinal, Some(3e9), Some(3e9), Some(3e9), Exact, None)],
    );
    check(
        "300 crore",
        &[("", "300 crore", Cardinal, Some(3e9), Some(2.995e9), Some(3.005e9), Exact, None)],
    );
    check(
        "three hundred koti",
        &[("", "three hundred koti", Cardinal, Some(3e9), Some(3e9), Some(3e9), Exact, None)],
    );
    check(
        "a $5 M deal",
        &[("", "$5 M", Money, Some(5e6), Some(4.5e6), Some(5.5e6), Exact, Some("USD"))],
    );
    check(
        "1,674,200.5 M",
        &[(
            "",
            "1,674,200.5 M",
            Cardinal,
            Some(1.6742005e12),
            Some(1.67420045e12),
            Some(1.67420055e12),
            Exact,
            None,
        )],
    );
    check("Category 5 M", &[("", "5", Ordinal, Some(5.0), Some(5.0), Some(5.0), Exact, None)]);
    check(
        "12 lakhs",
        &[("", "12 lakhs", Cardinal, Some(1.2e6), Some(1.15e6), Some(1.25e6), Exact, None)],
    );
}

#[test]
fn words_and_fractions() {
    check(
        "currently a quarter of their value",
        &[("", "a quarter", Fraction, Some(0.25), Some(0.25), Some(0.25), Exact, None)],
    );
    check(
        "more than a quarter of voters",
        &[("", "more than a quarter", Fraction, Some(0.25), Some(0.25), None, MoreThan, None)],
    );
    check(
        "roughly half of Gaza",
        &[("", "roughly half", Fraction, Some(0.5), Some(0.475), Some(0.525), Approximate, None)],
    );
    check(
        "two-thirds of voters",
        &[(
            "",
            "two-thirds",
            Fraction,
            Some(2.0 / 3.0),
            Some(2.0 / 3.0),
            Some(2.0 / 3.0),
            Exact,
            None,
        )],
    );
    check(
        "1/3 of the budget",
        &[("", "1/3", Fraction, Some(1.0 / 3.0), Some(1.0 / 3.0), Some(1.0 / 3.0), Exact, None)],
    );
    check(
        "one in five adults",
        &[("", "one in five", Fraction, Some(0.2), Some(0.2), Some(0.2), Exact, None)],
    );
    check(
        "his fifth visit",
        &[("", "fifth", Ordinal, Some(5.0), Some(5.0), Some(5.0), Exact, None)],
    );
    check(
        "phase two of the plan",
        &[("", "two", Ordinal, Some(2.0), Some(2.0), Some(2.0), Exact, None)],
    );
    check(
        "In 2019 thousands of people marched",
        &[("", "thousands", Cardinal, None, Some(2000.0), Some(10000.0), Vague, None)],
    );
    check("killed dozens", &[("", "dozens", Cardinal, None, Some(24.0), Some(144.0), Vague, None)]);
    check(
        "tens of thousands of people",
        &[("", "tens of thousands", Cardinal, None, Some(20000.0), Some(100000.0), Vague, None)],
    );
    check(
        "Four exchanges",
        &[("", "Four", Cardinal, Some(4.0), Some(4.0), Some(4.0), Exact, None)],
    );
}

#[test]
fn percent_and_money() {
    check(
        "40% of voters",
        &[("", "40%", Percent, Some(40.0), Some(39.5), Some(40.5), Exact, None)],
    );
    check(
        "40 per cent",
        &[("", "40 per cent", Percent, Some(40.0), Some(39.5), Some(40.5), Exact, None)],
    );
    check(
        "rose 3 percentage points",
        &[(
            "",
            "3 percentage points",
            PercentagePoint,
            Some(3.0),
            Some(2.5),
            Some(3.5),
            Exact,
            None,
        )],
    );
    check("€5 fine", &[("", "€5", Money, Some(5.0), Some(5.0), Some(5.0), Exact, Some("EUR"))]);
    check("£20", &[("", "£20", Money, Some(20.0), Some(20.0), Some(20.0), Exact, Some("GBP"))]);
    check(
        "5 dollars",
        &[("", "5 dollars", Money, Some(5.0), Some(5.0), Some(5.0), Exact, Some("USD"))],
    );
    check(
        "3.2 billion dollars",
        &[(
            "",
            "3.2 billion dollars",
            Money,
            Some(3.2e9),
            Some(3.15e9),
            Some(3.25e9),
            Exact,
            Some("USD"),
        )],
    );
    check("USD 5", &[("", "USD 5", Money, Some(5.0), Some(5.0), Some(5.0), Exact, Some("USD"))]);
    check(
        "50 cents",
        &[("", "50 cents", Money, Some(50.0), Some(50.0), Some(50.0), Exact, Some("cent"))],
    );
    check("US$5", &[("", "US$5", Money, Some(5.0), Some(5.0), Some(5.0), Exact, Some("USD"))]);
    // a basis point is a hundredth of a percentage point
    check(
        "raised the rate by 25 basis points",
        &[(
            "",
            "25 basis points",
            PercentagePoint,
            Some(0.25),
            Some(0.25),
            Some(0.25),
            Exact,
            None,
        )],
    );
    check(
        "a 50bp cut",
        &[("", "50bp", PercentagePoint, Some(0.5), Some(0.5), Some(0.5), Exact, None)],
    );
    // a share of a point
    check(
        "it added a quarter-point",
        &[(
            "",
            "a quarter-point",
            PercentagePoint,
            Some(0.25),
            Some(0.25),
            Some(0.25),
            Exact,
            None,
        )],
    );
    check(
        "a half point cut",
        &[("", "a half point", PercentagePoint, Some(0.5), Some(0.5), Some(0.5), Exact, None)],
    );
    // with no article before it, and spelled out as a share of a point
    for (text, quote, v) in [
        ("markets priced in another quarter-point rise", "quarter-point", 0.25),
        ("a further half-point cut", "half-point", 0.5),
        (
            "lifted rates by a quarter of a percentage point.",
            "a quarter of a percentage point",
            0.25,
        ),
        ("cut by half a percentage point in May", "half a percentage point", 0.5),
        ("half of a percentage point more", "half of a percentage point", 0.5),
        ("by three-quarters of a percentage point", "three-quarters of a percentage point", 0.75),
        ("rose a tenth of a percentage point", "a tenth of a percentage point", 0.1),
        ("by a quarter of a basis point", "a quarter of a basis point", 0.0025),
    ] {
        check(text, &[("", quote, PercentagePoint, Some(v), Some(v), Some(v), Exact, None)]);
    }
    check(
        "five quarter point rises",
        &[
            ("", "five", Cardinal, Some(5.0), Some(5.0), Some(5.0), Exact, None),
            ("", "quarter point", PercentagePoint, Some(0.25), Some(0.25), Some(0.25), Exact, None),
        ],
    );
    check(
        "up half a percent",
        &[("", "half a percent", Percent, Some(0.5), Some(0.5), Some(0.5), Exact, None)],
    );
    check(
        "a quarter of a per cent",
        &[(
            "",
            "a quarter of a per cent",
            Percent,
            Some(0.25),
            Some(0.25),
            Some(0.25),
            Exact,
            None,
        )],
    );
    // a share of something else, and a place along the way, are not
    check(
        "won a quarter of the vote",
        &[("", "a quarter", Fraction, Some(0.25), Some(0.25), Some(0.25), Exact, None)],
    );
    check(
        "more than half of the percentage points",
        &[("", "more than half", Fraction, Some(0.5), Some(0.5), None, MoreThan, None)],
    );
    check("at the quarter point of the season", &[]);
    check("the quarter-point mark", &[]);
    check("the quarter-final", &[]);
    // a change from one sum to another is two figures, not a range
    check(
        "raised its pledge from €30 million to €45 million",
        &[
            ("", "€30 million", Money, Some(3e7), Some(2.95e7), Some(3.05e7), Exact, Some("EUR")),
            ("", "€45 million", Money, Some(4.5e7), Some(4.45e7), Some(4.55e7), Exact, Some("EUR")),
        ],
    );
}

#[test]
fn percent_shapes() {
    check(
        "thirty percentage",
        &[("", "thirty percentage", Percent, Some(30.0), Some(30.0), Some(30.0), Exact, None)],
    );
    check(
        "one hundred percents",
        &[(
            "",
            "one hundred percents",
            Percent,
            Some(100.0),
            Some(100.0),
            Some(100.0),
            Exact,
            None,
        )],
    );
    check(
        "minus five percent",
        &[("", "minus five percent", Percent, Some(-5.0), Some(-5.0), Some(-5.0), Exact, None)],
    );
    // nothing inside a web address is a figure
    check("see https://www.test.com/search?q=30%25%2020% for more", &[]);
    check(
        "www.example.com/2024/10/5 and 40%",
        &[("", "40%", Percent, Some(40.0), Some(39.5), Some(40.5), Exact, None)],
    );
}

#[test]
fn units() {
    check(
        "10 km away",
        &[("", "10 km", Measure, Some(10.0), Some(10.0), Some(10.0), Exact, Some("km"))],
    );
    check(
        "300 hectares",
        &[("", "300 hectares", Measure, Some(300.0), Some(300.0), Some(300.0), Exact, Some("ha"))],
    );
    check(
        "40°C heat",
        &[("", "40°C", Measure, Some(40.0), Some(40.0), Some(40.0), Exact, Some("C"))],
    );
    check(
        "in temperatures of about 12C.",
        &[("", "about 12C", Measure, Some(12.0), Some(11.4), Some(12.6), Approximate, Some("C"))],
    );
    check(
        "lows of -3C.",
        &[("", "-3C", Measure, Some(-3.0), Some(-3.0), Some(-3.0), Exact, Some("C"))],
    );
    // a glued "C" before a word saying when is Celsius too
    check(
        "Temperatures fell to -3C overnight.",
        &[("", "-3C", Measure, Some(-3.0), Some(-3.0), Some(-3.0), Exact, Some("C"))],
    );
    check(
        "It will be minus 3C tonight",
        &[("", "minus 3C", Measure, Some(-3.0), Some(-3.0), Some(-3.0), Exact, Some("C"))],
    );
    check(
        "highs of 31C on Tuesday",
        &[("", "31C", Measure, Some(31.0), Some(31.0), Some(31.0), Exact, Some("C"))],
    );
    check(
        "temperatures of 40F overnight",
        &[("", "40F", Measure, Some(40.0), Some(40.0), Some(40.0), Exact, Some("F"))],
    );
    // but not before a unit of time, and "F" still needs a temperature
    // word
    check("took 3C days", &[]);
    check("filed its 13F yesterday", &[]);
    check(
        "a high of 40F",
        &[("", "40F", Measure, Some(40.0), Some(40.0), Some(40.0), Exact, Some("F"))],
    );
    check("12 °C", &[("", "12 °C", Measure, Some(12.0), Some(12.0), Some(12.0), Exact, Some("C"))]);
    check(
        "temperatures of 12 C and 54 F",
        &[
            ("", "12 C", Measure, Some(12.0), Some(12.0), Some(12.0), Exact, Some("C")),
            ("", "54 F", Measure, Some(54.0), Some(54.0), Some(54.0), Exact, Some("F")),
        ],
    );
    // a spaced letter with no word about temperature is a grade or a class
    check(
        "She earned 12 C, 3 B.",
        &[
            ("", "12", Cardinal, Some(12.0), Some(12.0), Some(12.0), Exact, None),
            ("", "3", Cardinal, Some(3.0), Some(3.0), Some(3.0), Exact, None),
        ],
    );
    check(
        "2 million barrels",
        &[(
            "",
            "2 million barrels",
            Measure,
            Some(2e6),
            Some(1.5e6),
            Some(2.5e6),
            Exact,
            Some("bbl"),
        )],
    );
}

#[test]
fn modifiers() {
    let t = 0.05;
    check(
        "about 43",
        &[(
            "",
            "about 43",
            Cardinal,
            Some(43.0),
            Some(43.0 * (1.0 - t)),
            Some(43.0 * (1.0 + t)),
            Approximate,
            None,
        )],
    );
    check(
        "about 40",
        &[("", "about 40", Cardinal, Some(40.0), Some(35.0), Some(45.0), Approximate, None)],
    );
    check(
        "some 600 prisoners",
        &[("", "some 600", Cardinal, Some(600.0), Some(550.0), Some(650.0), Approximate, None)],
    );
    check(
        "nearly 600",
        &[("", "nearly 600", Cardinal, Some(600.0), Some(550.0), Some(600.0), Nearly, None)],
    );
    check(
        "around 1,900 people",
        &[(
            "",
            "around 1,900",
            Cardinal,
            Some(1900.0),
            Some(1805.0),
            Some(1995.0),
            Approximate,
            None,
        )],
    );
    check(
        "more than 400 Palestinians",
        &[("", "more than 400", Cardinal, Some(400.0), Some(400.0), None, MoreThan, None)],
    );
    check(
        "over 400",
        &[("", "over 400", Cardinal, Some(400.0), Some(400.0), None, MoreThan, None)],
    );
    check(
        "fewer than 10",
        &[("", "fewer than 10", Cardinal, Some(10.0), None, Some(10.0), LessThan, None)],
    );
    check("up to 10", &[("", "up to 10", Cardinal, Some(10.0), None, Some(10.0), AtMost, None)]);
    check(
        "40 or more",
        &[("", "40 or more", Cardinal, Some(40.0), Some(40.0), None, AtLeast, None)],
    );
    check(
        "47,000+ dead",
        &[("", "47,000+", Cardinal, Some(47000.0), Some(47000.0), None, AtLeast, None)],
    );
    check(
        "an estimated 2,000",
        &[(
            "",
            "an estimated 2,000",
            Cardinal,
            Some(2000.0),
            Some(1500.0),
            Some(2500.0),
            Approximate,
            None,
        )],
    );
}

#[test]
fn ranges() {
    check(
        "between 10 and 20 people",
        &[("", "between 10 and 20", Cardinal, None, Some(10.0), Some(20.0), Range, None)],
    );
    check("10-20 people", &[("", "10-20", Cardinal, None, Some(10.0), Some(20.0), Range, None)]);
    check(
        "10 to 20 percent",
        &[("", "10 to 20 percent", Percent, None, Some(10.0), Some(20.0), Range, None)],
    );
    check(
        "$10-20 million",
        &[("", "$10-20 million", Money, None, Some(1e7), Some(2e7), Range, Some("USD"))],
    );
    check(
        "rose from 40 to 50",
        &[
            ("", "40", Cardinal, Some(40.0), Some(40.0), Some(40.0), Exact, None),
            ("", "50", Cardinal, Some(50.0), Some(50.0), Some(50.0), Exact, None),
        ],
    );
    check("won 2-1", &[]);
    check("3km-5km", &[("", "3km-5km", Measure, None, Some(3.0), Some(5.0), Range, Some("km"))]);
    check(
        "around 3-5 kilometers",
        &[("", "around 3-5 kilometers", Measure, None, Some(3.0), Some(5.0), Range, Some("km"))],
    );
    check(
        "100 - 1000 litres",
        &[("", "100 - 1000 litres", Measure, None, Some(100.0), Some(1000.0), Range, Some("l"))],
    );
    check(
        "100-1000 gram",
        &[("", "100-1000 gram", Measure, None, Some(100.0), Some(1000.0), Range, Some("g"))],
    );
    check(
        "between 2l and about 7l",
        &[("", "between 2l and about 7l", Measure, None, Some(2.0), Some(7.0), Range, Some("l"))],
    );
    check(
        "from 10 dollars to 20 dollars",
        &[(
            "",
            "from 10 dollars to 20 dollars",
            Money,
            None,
            Some(10.0),
            Some(20.0),
            Range,
            Some("USD"),
        )],
    );
    // different units: a change, not a range
    check(
        "rose 4% to $13bn",
        &[
            ("", "4%", Percent, Some(4.0), Some(3.5), Some(4.5), Exact, None),
            ("", "$13bn", Money, Some(1.3e10), Some(1.25e10), Some(1.35e10), Exact, Some("USD")),
        ],
    );
    // a sequence, not a range
    check(
        "three-nought-four",
        &[
            ("", "three", Cardinal, Some(3.0), Some(3.0), Some(3.0), Exact, None),
            ("", "nought", Cardinal, Some(0.0), Some(0.0), Some(0.0), Exact, None),
            ("", "four", Cardinal, Some(4.0), Some(4.0), Some(4.0), Exact, None),
        ],
    );
}

#[test]
fn not_quantities() {
    for text in [
        "in 2024",
        "the 2024 election",
        "on January 20",
        "on 4 February",
        "Jan. 4",
        "the 20th of January",
        "at 10:30",
        "at 3 p.m.",
        "at 3pm",
        "on 4/2/2025",
        "2025-02-04",
        "COVID-19",
        "an F-35 jet",
        "the G7",
        "Resolution 2803",
        "Article 5",
        "No. 10",
        "item #3",
        "in the 1990s",
        "call 555-0100",
        "open 24/7",
        "5G networks",
        "Air Force One",
        "no one came",
        "one another",
        "a second later",
        "Sign up at one's own risk",
        "3M said on Tuesday",
        "call 212-5550",
        "the #3e4e5f colour",
        "version 2.3.1 is out",
        "from 192.168.1.2",
    ] {
        let got: Vec<&str> = extract(text).iter().map(|m| &text[m.span]).collect();
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

#[test]
fn counts_that_look_like_years() {
    check(
        "2000 people marched",
        &[("", "2000", Cardinal, Some(2000.0), Some(2000.0), Some(2000.0), Exact, None)],
    );
    check(
        "about 2000 people",
        &[(
            "",
            "about 2000",
            Cardinal,
            Some(2000.0),
            Some(1500.0),
            Some(2500.0),
            Approximate,
            None,
        )],
    );
    check(
        "$2024 in fees",
        &[("", "$2024", Money, Some(2024.0), Some(2024.0), Some(2024.0), Exact, Some("USD"))],
    );
}

#[test]
fn list_markers() {
    let text = "Key points:\n1. Talks resume\n2. 40 people freed";
    let got: Vec<&str> = extract(text).iter().map(|m| &text[m.span]).collect();
    assert_eq!(got, ["40"]);
}

#[test]
fn interval_semantics() {
    let q = |s: &str| parse(s).unwrap_or_else(|| panic!("no figure in {s:?}"));
    assert!(q("more than 400").overlaps(&q("about 450")));
    assert!(q("2.4 million").overlaps(&q("2,375,000")));
    assert!(q("some 600").overlaps(&q("nearly 600")));
    assert!(!q("fifth").overlaps(&q("sixth")));
    assert!(!q("47,518").overlaps(&q("47,519")));
    assert!(!q("fewer than 10").overlaps(&q("about 20")));
    // the same figure written differently
    assert!(q("a quarter of a million").overlaps(&q("250,000")));
    assert!(q("two and a half million").overlaps(&q("2.5m people")));
    assert!(q("5 feet 2 inches").overlaps(&q("62 inches")));
    assert!(q("20 dollars 43 cents").overlaps(&q("$20.43")));
    assert!(q("between 2l and about 7l").overlaps(&q("5 litres")));
    assert!(!q("3km-5km").overlaps(&q("6 km")));
    assert!(q("under 3.5 miles").overlaps(&q("3 miles")));
    assert!(!q("under 3.5 miles").overlaps(&q("4 miles")));
}

#[test]
fn config_is_validated() {
    let bad = NumberConfig { approx_tolerance: 1.5, ..NumberConfig::default() };
    let e = NumberParser::with_config(bad).unwrap_err();
    assert_eq!(e.field(), Some("number.approx_tolerance"));
    assert!(
        NumberParser::with_config(NumberConfig {
            approx_tolerance: 0.1,
            ..NumberConfig::default()
        })
        .is_ok()
    );
    let bad = NumberConfig { home_currency: Some(Unit::new("aud")), ..NumberConfig::default() };
    let e = NumberParser::with_config(bad).unwrap_err();
    assert_eq!(e.field(), Some("number.home_currency"));
}

#[test]
fn display() {
    let cases = [
        ("more than 400", ">400"),
        ("about 600", "~600"),
        ("$3.2bn", "3200000000 USD"),
        ("fifth", "5th"),
        ("first", "1st"),
        ("second", "2nd"),
        ("23rd", "23rd"),
        ("eleventh", "11th"),
        ("twelfth", "12th"),
        ("112th", "112th"),
        ("101st", "101st"),
        ("40%", "40%"),
        ("between 10 and 20", "10–20"),
    ];
    for (s, want) in cases {
        assert_eq!(parse(s).unwrap().to_string(), want, "{s:?}");
    }
}

#[test]
fn money_shapes() {
    let usd = Some("USD");
    check(
        "20 dollars 43 cents",
        &[("", "20 dollars 43 cents", Money, Some(20.43), Some(20.43), Some(20.43), Exact, usd)],
    );
    check(
        "it cost thirteen dollars and forty-five cents",
        &[(
            "",
            "thirteen dollars and forty-five cents",
            Money,
            Some(13.45),
            Some(13.45),
            Some(13.45),
            Exact,
            usd,
        )],
    );
    check(
        "up to 17 USD 25.",
        &[("", "up to 17 USD 25", Money, Some(17.25), None, Some(17.25), AtMost, usd)],
    );
    check("10 grand", &[("", "10 grand", Money, Some(1e4), Some(1e4), Some(1e4), Exact, usd)]);
    check("a grand jury", &[]);
    check(
        "twenty nickels",
        &[("", "twenty nickels", Money, Some(1.0), Some(1.0), Some(1.0), Exact, usd)],
    );
    check("a dime", &[("", "a dime", Money, Some(0.1), Some(0.1), Some(0.1), Exact, usd)]);
    check("a nickel mine", &[]);
    // a currency name before the figure, and the Egyptian "LE"
    check(
        "Malaysian ringgit 42 million",
        &[(
            "",
            "Malaysian ringgit 42 million",
            Money,
            Some(4.2e7),
            Some(4.15e7),
            Some(4.25e7),
            Exact,
            Some("MYR"),
        )],
    );
    check(
        "LE 500",
        &[("", "LE 500", Money, Some(500.0), Some(500.0), Some(500.0), Exact, Some("EGP"))],
    );
    check(
        "500 LE",
        &[("", "500 LE", Money, Some(500.0), Some(500.0), Some(500.0), Exact, Some("EGP"))],
    );
    check(
        "paid 20 US cents a share",
        &[("", "20 US cents", Money, Some(0.2), Some(0.2), Some(0.2), Exact, usd)],
    );
    check(
        "5 euro cents",
        &[("", "5 euro cents", Money, Some(0.05), Some(0.05), Some(0.05), Exact, Some("EUR"))],
    );
    check(
        "shares rose 2.5p.",
        &[("", "2.5p", Money, Some(2.5), Some(2.5), Some(2.5), Exact, Some("pence"))],
    );
    check("streams in 1080p", &[]);
    check("at 3p.m. today", &[]);
    let rand = extract("Ayn Rand 1957 novel");
    assert!(rand.iter().all(|m| m.quantity.kind != Money), "{rand:?}");
    check(
        "Rupees 500 were paid",
        &[("", "Rupees 500", Money, Some(500.0), Some(500.0), Some(500.0), Exact, Some("INR"))],
    );
    check(
        "won 3 Le Mans races",
        &[("", "3", Cardinal, Some(3.0), Some(3.0), Some(3.0), Exact, None)],
    );
    check(
        "the ringgit 3% weaker",
        &[("", "3%", Percent, Some(3.0), Some(2.5), Some(3.5), Exact, None)],
    );
    check(
        "10 $ 30 $",
        &[
            ("", "10 $", Money, Some(10.0), Some(10.0), Some(10.0), Exact, usd),
            ("", "30 $", Money, Some(30.0), Some(30.0), Some(30.0), Exact, usd),
        ],
    );
    check(
        "the euro 1.12",
        &[("", "1.12", Cardinal, Some(1.12), Some(1.12), Some(1.12), Exact, None)],
    );
    check(
        "a dollar a day",
        &[("", "a dollar", Money, Some(1.0), Some(1.0), Some(1.0), Exact, usd)],
    );
    check("$80 a barrel", &[("", "$80", Money, Some(80.0), Some(80.0), Some(80.0), Exact, usd)]);
    check(
        "a 12-cent dividend",
        &[("", "12-cent", Money, Some(12.0), Some(12.0), Some(12.0), Exact, Some("cent"))],
    );
    check(
        "42 Kuwaiti dinars",
        &[("", "42 Kuwaiti dinars", Money, Some(42.0), Some(42.0), Some(42.0), Exact, Some("KWD"))],
    );
    check(
        "10 riyals",
        &[("", "10 riyals", Money, Some(10.0), Some(10.0), Some(10.0), Exact, Some("riyal"))],
    );
    check(
        "1,015 francs",
        &[(
            "",
            "1,015 francs",
            Money,
            Some(1015.0),
            Some(1015.0),
            Some(1015.0),
            Exact,
            Some("franc"),
        )],
    );
    check(
        "10,000 Swiss francs",
        &[("", "10,000 Swiss francs", Money, Some(1e4), Some(1e4), Some(1e4), Exact, Some("CHF"))],
    );
    check(
        "c $ 16.4 million",
        &[(
            "",
            "c $ 16.4 million",
            Money,
            Some(1.64e7),
            Some(1.635e7),
            Some(1.645e7),
            Exact,
            Some("CAD"),
        )],
    );
    check(
        "HK$10 billion",
        &[("", "HK$10 billion", Money, Some(1e10), Some(9.5e9), Some(1.05e10), Exact, Some("HKD"))],
    );
    check(
        "100元",
        &[("", "100元", Money, Some(100.0), Some(100.0), Some(100.0), Exact, Some("CNY"))],
    );
    check(
        "5 €, 10 €",
        &[
            ("", "5 €", Money, Some(5.0), Some(5.0), Some(5.0), Exact, Some("EUR")),
            ("", "10 €", Money, Some(10.0), Some(10.0), Some(10.0), Exact, Some("EUR")),
        ],
    );
    check(
        "GBP3.01",
        &[("", "GBP3.01", Money, Some(3.01), Some(3.01), Some(3.01), Exact, Some("GBP"))],
    );
    check("Rs20", &[("", "Rs20", Money, Some(20.0), Some(20.0), Some(20.0), Exact, Some("INR"))]);
    check("30 MUSD", &[("", "30 MUSD", Money, Some(3e7), Some(3e7), Some(3e7), Exact, usd)]);
    check(
        "75 USD million",
        &[("", "75 USD million", Money, Some(7.5e7), Some(7.45e7), Some(7.55e7), Exact, usd)],
    );
    check(
        "music's $500 million",
        &[("", "$500 million", Money, Some(5e8), Some(4.995e8), Some(5.005e8), Exact, usd)],
    );
    // weight unless a scale or "sterling" says money
    check(
        "ten pounds",
        &[("", "ten pounds", Measure, Some(10.0), Some(10.0), Some(10.0), Exact, Some("lb"))],
    );
    check(
        "5 million pounds",
        &[("", "5 million pounds", Money, Some(5e6), Some(4.5e6), Some(5.5e6), Exact, Some("GBP"))],
    );
}

#[test]
fn home_currency() {
    let parse_in = |home: &str, text: &str| {
        let cfg = NumberConfig {
            home_currency: Some(Unit::new(home.to_owned())),
            ..NumberConfig::default()
        };
        let p = NumberParser::with_config(cfg).unwrap();
        p.extract(&Document::new(text))
            .into_iter()
            .map(|m| (m.quantity.value, m.quantity.unit.map(|u| u.as_str().to_owned())))
            .collect::<Vec<_>>()
    };
    let aud = Some("AUD".to_owned());
    assert_eq!(parse_in("AUD", "$5"), [(Some(5.0), aud.clone())]);
    assert_eq!(parse_in("AUD", "10 grand"), [(Some(1e4), aud.clone())]);
    assert_eq!(parse_in("AUD", "two nickels"), [(Some(0.1), aud)]);
    assert_eq!(parse_in("AUD", "US$5"), [(Some(5.0), Some("USD".to_owned()))]);
    // a pound region: dollars stay US dollars, "a grand" is pounds
    assert_eq!(parse_in("GBP", "$5"), [(Some(5.0), Some("USD".to_owned()))]);
    assert_eq!(parse_in("GBP", "a grand"), [(Some(1e3), Some("GBP".to_owned()))]);
}

#[test]
fn measure_shapes() {
    check(
        "a liter",
        &[("", "a liter", Measure, Some(1.0), Some(1.0), Some(1.0), Exact, Some("l"))],
    );
    check("a degree in law", &[]);
    check(
        "half a gallon",
        &[("", "half a gallon", Measure, Some(0.5), Some(0.5), Some(0.5), Exact, Some("gal"))],
    );
    check(
        "a quarter-mile",
        &[("", "a quarter-mile", Measure, Some(0.25), Some(0.25), Some(0.25), Exact, Some("mi"))],
    );
    check(
        "tenth of a gallon",
        &[("", "tenth of a gallon", Measure, Some(0.1), Some(0.1), Some(0.1), Exact, Some("gal"))],
    );
    check(
        "a third of a mile",
        &[(
            "",
            "a third of a mile",
            Measure,
            Some(1.0 / 3.0),
            Some(1.0 / 3.0),
            Some(1.0 / 3.0),
            Exact,
            Some("mi"),
        )],
    );
    check(
        "a 3-inch gap",
        &[("", "3-inch", Measure, Some(3.0), Some(3.0), Some(3.0), Exact, Some("in"))],
    );
    check(
        "a six-mile trip",
        &[("", "six-mile", Measure, Some(6.0), Some(6.0), Some(6.0), Exact, Some("mi"))],
    );
    check(
        "2 degrees below zero",
        &[(
            "",
            "2 degrees below zero",
            Measure,
            Some(-2.0),
            Some(-2.0),
            Some(-2.0),
            Exact,
            Some("degree"),
        )],
    );
    // an age in years is a plain number however it is written; the
    // claim stage reads it as an age
    check(
        "29 years old",
        &[("", "29 years old", Cardinal, Some(29.0), Some(29.0), Some(29.0), Exact, None)],
    );
    check(
        "a girl 3 years of age",
        &[("", "3 years of age", Cardinal, Some(3.0), Some(3.0), Some(3.0), Exact, None)],
    );
    check(
        "The writer died at age 87.",
        &[("", "87", Cardinal, Some(87.0), Some(87.0), Some(87.0), Exact, None)],
    );
    check(
        "She died at the age of 91.",
        &[("", "91", Cardinal, Some(91.0), Some(91.0), Some(91.0), Exact, None)],
    );
    // younger ages and other durations stay measures
    check(
        "a baby six weeks old",
        &[("", "six weeks old", Measure, Some(6.0), Some(6.0), Some(6.0), Exact, Some("week"))],
    );
    // (a duration is the time stage's)
    check(
        "jailed for 29 years",
        &[("", "29", Cardinal, Some(29.0), Some(29.0), Some(29.0), Exact, None)],
    );
    check(
        "a 29-year-old man",
        &[("", "29-year-old", Cardinal, Some(29.0), Some(29.0), Some(29.0), Exact, None)],
    );
    check(
        "The 27-year-old pulled clear",
        &[("", "27-year-old", Cardinal, Some(27.0), Some(27.0), Some(27.0), Exact, None)],
    );
    check(
        "two 27-year-olds were hurt",
        &[
            ("", "two", Cardinal, Some(2.0), Some(2.0), Some(2.0), Exact, None),
            ("", "27-year-olds", Cardinal, Some(27.0), Some(27.0), Some(27.0), Exact, None),
        ],
    );
    check(
        "a six-month-old baby",
        &[("", "six-month-old", Measure, Some(6.0), Some(6.0), Some(6.0), Exact, Some("month"))],
    );
    check(
        "Bekele, 27, won",
        &[("", "27", Cardinal, Some(27.0), Some(27.0), Some(27.0), Exact, None)],
    );
    check(
        "the man, aged 27, was",
        &[("", "27", Cardinal, Some(27.0), Some(27.0), Some(27.0), Exact, None)],
    );
    check("5\" long", &[("", "5\"", Measure, Some(5.0), Some(5.0), Some(5.0), Exact, Some("in"))]);
    check(
        "\"We lost 40\"",
        &[("", "40", Cardinal, Some(40.0), Some(40.0), Some(40.0), Exact, None)],
    );
    check(
        "scored 5 \"goals\"",
        &[("", "5", Cardinal, Some(5.0), Some(5.0), Some(5.0), Exact, None)],
    );
    check("8 mi", &[("", "8 mi", Measure, Some(8.0), Some(8.0), Some(8.0), Exact, Some("mi"))]);
    check("5 in", &[("", "5 in", Measure, Some(5.0), Some(5.0), Some(5.0), Exact, Some("in"))]);
    check("5 in the morning", &[("", "5", Cardinal, Some(5.0), Some(5.0), Some(5.0), Exact, None)]);
    check(
        "2 yd 7'",
        &[("", "2 yd 7'", Measure, Some(13.0), Some(13.0), Some(13.0), Exact, Some("ft"))],
    );
    check(
        "he stands 6ft 2.",
        &[("", "6ft 2", Measure, Some(74.0), Some(74.0), Some(74.0), Exact, Some("in"))],
    );
    check(
        "6 ft 3 players",
        &[
            ("", "6 ft", Measure, Some(6.0), Some(6.0), Some(6.0), Exact, Some("ft")),
            ("", "3", Cardinal, Some(3.0), Some(3.0), Some(3.0), Exact, None),
        ],
    );
    check("5kgs", &[("", "5kgs", Measure, Some(5.0), Some(5.0), Some(5.0), Exact, Some("kg"))]);
    check(
        "3 sq miles",
        &[("", "3 sq miles", Measure, Some(3.0), Some(3.0), Some(3.0), Exact, Some("mi2"))],
    );
    check("3 m³", &[("", "3 m³", Measure, Some(3.0), Some(3.0), Some(3.0), Exact, Some("m3"))]);
    check("5 cm²", &[("", "5 cm²", Measure, Some(5.0), Some(5.0), Some(5.0), Exact, Some("cm2"))]);
    check("the 3 M3 cars", &[("", "3", Cardinal, Some(3.0), Some(3.0), Some(3.0), Exact, None)]);
    check("the '7' key", &[("", "7", Cardinal, Some(7.0), Some(7.0), Some(7.0), Exact, None)]);
    let m = extract("he is 5 feet 2 inches tall");
    let first = m.first().and_then(|m| m.first_unit.clone());
    assert_eq!(first.as_ref().map(Unit::as_str), Some("ft"));
    let ft = m.first().and_then(|m| m.quantity.convert_to("ft")).and_then(|q| q.value);
    assert!(ft.is_some_and(|v| (v - 62.0 / 12.0).abs() < 1e-12), "{ft:?}");
    assert_eq!(extract("5 feet tall").first().and_then(|m| m.first_unit.clone()), None);
    check(
        "2 yards 7 ft 10 inches",
        &[(
            "",
            "2 yards 7 ft 10 inches",
            Measure,
            Some(166.0),
            Some(166.0),
            Some(166.0),
            Exact,
            Some("in"),
        )],
    );
    check(
        "he is 5 feet and 2 inches.",
        &[(
            "",
            "5 feet and 2 inches",
            Measure,
            Some(62.0),
            Some(62.0),
            Some(62.0),
            Exact,
            Some("in"),
        )],
    );
    check(
        "2 km and 1 metre",
        &[(
            "",
            "2 km and 1 metre",
            Measure,
            Some(2001.0),
            Some(2001.0),
            Some(2001.0),
            Exact,
            Some("m"),
        )],
    );
    // not a compound: the second unit is not smaller
    check(
        "10 km, 5 km",
        &[
            ("", "10 km", Measure, Some(10.0), Some(10.0), Some(10.0), Exact, Some("km")),
            ("", "5 km", Measure, Some(5.0), Some(5.0), Some(5.0), Exact, Some("km")),
        ],
    );
    check(
        "37 ° celsius",
        &[("", "37 ° celsius", Measure, Some(37.0), Some(37.0), Some(37.0), Exact, Some("C"))],
    );
    check(
        "70 degrees F",
        &[("", "70 degrees F", Measure, Some(70.0), Some(70.0), Some(70.0), Exact, Some("F"))],
    );
    check(
        "a 16-bit chip",
        &[("", "16-bit", Measure, Some(16.0), Some(16.0), Some(16.0), Exact, Some("bit"))],
    );
    check(
        "½ teaspoon",
        &[("", "½ teaspoon", Measure, Some(0.5), Some(0.5), Some(0.5), Exact, Some("tsp"))],
    );
    check(
        "10kmph",
        &[("", "10kmph", Measure, Some(10.0), Some(10.0), Some(10.0), Exact, Some("km/h"))],
    );
    check(
        "1000 g of flour",
        &[("", "1000 g", Measure, Some(1000.0), Some(1000.0), Some(1000.0), Exact, Some("g"))],
    );
    check(
        "24703 L-202",
        &[("", "24703", Cardinal, Some(24703.0), Some(24703.0), Some(24703.0), Exact, None)],
    );
    check(
        "The weight is 20 (kg)",
        &[("", "20 (kg)", Measure, Some(20.0), Some(20.0), Some(20.0), Exact, Some("kg"))],
    );
    check(
        "120 μg",
        &[("", "120 μg", Measure, Some(120.0), Some(120.0), Some(120.0), Exact, Some("µg"))],
    );
    check(
        "that one mile",
        &[("", "one mile", Measure, Some(1.0), Some(1.0), Some(1.0), Exact, Some("mi"))],
    );
    check(
        "petrol rose 10c a litre",
        &[("", "10c", Money, Some(10.0), Some(10.0), Some(10.0), Exact, Some("cent"))],
    );
    check("1.2b", &[("", "1.2b", Cardinal, Some(1.2e9), Some(1.15e9), Some(1.25e9), Exact, None)]);
    check(
        "A$5 million",
        &[("", "A$5 million", Money, Some(5e6), Some(4.5e6), Some(5.5e6), Exact, Some("AUD"))],
    );
    check(
        "a $5 million deal",
        &[("", "$5 million", Money, Some(5e6), Some(4.5e6), Some(5.5e6), Exact, Some("USD"))],
    );
    check(
        "a pound of beef",
        &[("", "a pound", Measure, Some(1.0), Some(1.0), Some(1.0), Exact, Some("lb"))],
    );
    check(
        "It was 30C in Paris",
        &[("", "30C", Measure, Some(30.0), Some(30.0), Some(30.0), Exact, Some("C"))],
    );
    check("a nickel-plated gun", &[]);
    check(
        "his 6ft 2in frame",
        &[("", "6ft 2in", Measure, Some(74.0), Some(74.0), Some(74.0), Exact, Some("in"))],
    );
    check(
        "He stands 6'2\"",
        &[("", "6'2\"", Measure, Some(74.0), Some(74.0), Some(74.0), Exact, Some("in"))],
    );
}

mod laws {
    use proptest::prelude::*;

    use crate::number::extract;

    /// Tokens that start, continue or end figures, mixed with prose.
    fn soup() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "minus", "negative", "-", "5", "1,210", "2.4", "M", "million", "lakh", "koti", "$",
            "€", "£", "US", "euro", "cents", "ringgit", "LE", "Le", "p", "1080p", "50p", "ft",
            "in", "'", "\"", "2/1000", "1/3", "to", "and", "between", "from", "about", "more",
            "than", "half", "a", "of", "kg", "m³", "M3", "2.3.1", ".", ",", "%", "percent",
            "dozen", "the", "twenty", "one", "hundred", "first", "Rand", "1957", "\u{a0}",
        ]);
        prop::collection::vec(words, 0..40).prop_map(|w| {
            // glue some neighbours: "5 ft" and "5ft", "- 5" and "-5"
            let mut s = String::new();
            for (i, t) in w.iter().enumerate() {
                if i % 3 != 1 {
                    s.push(' ');
                }
                s.push_str(t);
            }
            s
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Mentions are in text order, do not overlap, quote valid text,
        /// and their intervals are ordered.
        #[test]
        fn mentions_are_ordered_valid_intervals(text in soup()) {
            let mut last = 0;
            for m in extract(&text) {
                prop_assert!(m.span.get(&text).is_some());
                prop_assert!(m.span.start >= last, "{text:?}");
                last = m.span.end;
                let (lo, hi) = m.quantity.bounds();
                prop_assert!(lo <= hi, "{text:?}: {:?}", m.quantity);
            }
        }
    }
}
