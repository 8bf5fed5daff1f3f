//! `crosscheck conformance`: the scorer's stdin/stdout contract
//! (../shared/tools/README.md). Reads one case per line, prints
//! `{"id", "matches": [...]}` per case with every number and time mention
//! found, offsets in UTF-8 bytes.
//!
//! Numbers: a bound ("more than 400") is written twice on its span, as
//! the figure and as the interval; an amount of money is also written as
//! a number; a case's `locale` sets the number stage's home currency;
//! unit symbols get the contract's names; a metric mass is also written
//! in grams. See `docs/known-differences.md`.
//!
//! The conformance suites were written for forward-looking resolution
//! (Duckling always looks forward; Recognizers lists the future reading
//! first), so this mode resolves bare weekdays and months forward and
//! gives the backward reading as an alternative. News analysis (`check`)
//! uses the tense-driven default instead. The other per-suite policies:
//! the case's locale sets the region (holidays) and the day/month order
//! (`EN_GB`, Recognizers' `EnglishOthers`: day first); vague periods use
//! each suite's own widths ([`PeriodStyle::Wide`] for Duckling,
//! [`PeriodStyle::Narrow`] for Recognizers-Text); the reference's time of
//! day anchors "now", "in 2 hours" and bare clock times; a clock time
//! written with a zone ("4pm CET") is converted to the reference's UTC
//! offset when the reference carries one (Duckling's), and kept as
//! written otherwise (Recognizers').

use std::io::{BufRead as _, Write as _};
use std::process::ExitCode;

use crosscheck::Date;
use crosscheck::number::{NumberConfig, NumberKind, NumberParser, Qualifier, Quantity, Unit};
use crosscheck::text::Document;
use crosscheck::time::{
    DateOrder, DateTime, Direction, Grain, Moment, PeriodStyle, Region, TimeConfig, TimeMention,
    TimeParser, TimeValue, utc_offset_of,
};
use serde_json::{Value, json};

#[derive(serde::Deserialize)]
struct Case {
    id: Value,
    text: String,
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
}

/// The currency of an English-speaking region, by the region part of a
/// locale ("EN_AU" → AUD).
fn region_currency(locale: &str) -> Option<&'static str> {
    let region = locale.rsplit(['_', '-']).next()?;
    Some(match region.to_ascii_uppercase().as_str() {
        "US" => "USD",
        "GB" | "UK" => "GBP",
        "AU" => "AUD",
        "CA" => "CAD",
        "NZ" => "NZD",
        "IE" => "EUR",
        "IN" => "INR",
        "ZA" => "ZAR",
        "PH" => "PHP",
        "JM" => "JMD",
        "TT" => "TTD",
        "BZ" => "BZD",
        "SG" => "SGD",
        "HK" => "HKD",
        "NG" => "NGN",
        "KE" => "KES",
        "PK" => "PKR",
        _ => return None,
    })
}

/// The time configuration a case's suite was written for.
fn config_for(case: &Case, direction: Direction) -> TimeConfig {
    let mut cfg = TimeConfig::default();
    cfg.direction = direction;
    let region = case.locale.as_deref().and_then(Region::from_code).unwrap_or_default();
    cfg.region = region;
    cfg.date_order = region.date_order();
    if case.flags.iter().any(|f| f == "locale:EnglishOthers") {
        cfg.date_order = DateOrder::DayFirst;
    }
    cfg.periods = match case.source.as_deref() {
        Some("recognizers") => PeriodStyle::Narrow,
        Some("duckling") => PeriodStyle::Wide,
        _ => PeriodStyle::News,
    };
    cfg
}

pub fn run() -> ExitCode {
    let numbers = NumberParser::new();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut bad = false;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("crosscheck conformance: line {}: {e}", n + 1);
                bad = true;
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = match serde_json::from_str(&line) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("crosscheck conformance: line {}: expected a case object: {e}", n + 1);
                bad = true;
                continue;
            }
        };
        let reference: Option<DateTime> = case.reference.as_deref().and_then(|r| r.parse().ok());
        let anchor = reference
            .map(|r| r.date)
            .or_else(|| case.reference.as_deref().and_then(|r| Date::parse_lenient(r).ok()));
        let clock = reference.map(|r| r.time);
        let offset = case.reference.as_deref().and_then(utc_offset_of);
        let forward = TimeParser::with_config(config_for(&case, Direction::Forward));
        let backward = TimeParser::with_config(config_for(&case, Direction::Backward));
        let doc = Document::new(&case.text);
        let mut matches: Vec<Value> = Vec::new();
        let regional = case.locale.as_deref().and_then(region_currency).and_then(|c| {
            let mut cfg = NumberConfig::default();
            cfg.home_currency = Some(Unit::new(c));
            NumberParser::with_config(cfg).ok()
        });
        for m in regional.as_ref().unwrap_or(&numbers).extract(&doc) {
            matches.extend(number_matches(&case.text, m.span, &m.quantity));
            // a measure in several units is also written in its first unit
            // ("5 ft 2 in" is 5.1667 ft), as Recognizers gives it
            if let Some(q) = m.first_unit.as_ref().and_then(|u| m.quantity.convert_to(u.as_str())) {
                matches.extend(number_matches(&case.text, m.span, &q));
            }
            if let Some(q) = age_in_years(&case.text, m.span, &m.quantity) {
                matches.extend(number_matches(&case.text, m.span, &q));
            }
        }
        let alts = backward.extract_at(&doc, anchor, clock);
        for m in forward.extract_at(&doc, anchor, clock) {
            let alt = alts.iter().find(|a| a.span == m.span && a.value != m.value);
            if let Some(v) = time_match(&case.text, &m, alt, offset) {
                matches.push(v);
            }
        }
        let line = json!({"id": case.id, "matches": matches});
        if writeln!(out, "{line}").is_err() {
            return ExitCode::from(1);
        }
    }
    let _ = out.flush();
    if bad { ExitCode::from(2) } else { ExitCode::SUCCESS }
}

/// An age in years ("29 years old", "3 years of age", "a 29-year-old") is a
/// plain number in crosscheck, as "Bekele, 29," is; Recognizers' age model
/// gives it as a quantity in years, so it is also read that way.
fn age_in_years(text: &str, span: crosscheck::Span, q: &Quantity) -> Option<Quantity> {
    if q.kind != NumberKind::Cardinal || q.unit.is_some() {
        return None;
    }
    let quote = span.get(text)?.to_ascii_lowercase();
    let age = quote.ends_with(" old")
        || quote.ends_with("-old")
        || quote.ends_with("-olds")
        || quote.ends_with(" of age");
    age.then(|| {
        let mut q = q.clone();
        q.kind = NumberKind::Measure;
        q.unit = Some(Unit::new("year"));
        q
    })
}

fn base(text: &str, span: crosscheck::Span, dimension: &str) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("span".into(), json!(span.get(text).unwrap_or("")));
    m.insert("byte_start".into(), json!(span.start));
    m.insert("byte_end".into(), json!(span.end));
    m.insert("dimension".into(), json!(dimension));
    m
}

/// The matches of one number mention. A bound ("more than 400", "under
/// 3.5 miles") has two readings: the figure as written (`value`, as
/// Recognizers reports it) and the interval it states (`min`/`max`, as
/// Duckling reports it); both are given, on the same span.
fn number_matches(text: &str, span: crosscheck::Span, q: &Quantity) -> Vec<Value> {
    let mut out = number_readings(text, span, q);
    // a metric mass is also written in grams, Duckling's unit for every
    // mass ("0.5 kg" is 500 g); the written unit stays first
    if q.kind == NumberKind::Measure
        && q.unit.as_ref().is_some_and(|u| matches!(u.as_str(), "t" | "kg" | "mg" | "µg"))
        && let Some(g) = q.convert_to("g")
    {
        out.extend(number_readings(text, span, &g));
    }
    out
}

/// The readings of one quantity on `span`; see [`number_matches`].
fn number_readings(text: &str, span: crosscheck::Span, q: &Quantity) -> Vec<Value> {
    let dim = match q.kind {
        NumberKind::Cardinal | NumberKind::Fraction => "number",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Percent => "percent",
        NumberKind::Money => "money",
        NumberKind::Measure => "quantity",
        _ => return Vec::new(),
    };
    if q.qualifier == Qualifier::Vague {
        return Vec::new();
    }
    let reading = |value: Option<f64>, min: Option<f64>, max: Option<f64>| {
        let mut m = base(text, span, dim);
        match value {
            Some(v) => {
                m.insert("value".into(), json!(v));
            }
            None => {
                m.insert("value".into(), Value::Null);
                m.insert("min".into(), json!(min));
                m.insert("max".into(), json!(max));
            }
        }
        if let Some(u) = &q.unit {
            let name = if dim == "quantity" { unit_name(u.as_str()) } else { u.as_str() };
            m.insert("unit".into(), json!(name));
        }
        Value::Object(m)
    };
    let mut out = match (q.qualifier, q.value) {
        (Qualifier::Range, _) | (_, None) => vec![reading(None, q.low, q.high)],
        (qual, Some(v)) if qual.is_bound() => {
            vec![reading(Some(v), None, None), reading(None, q.low, q.high)]
        }
        (_, Some(v)) => vec![reading(Some(v), None, None)],
    };
    // the figure of an amount of money is also a number ("$20" holds 20),
    // as the Recognizers number model reports it
    if q.kind == NumberKind::Money {
        let numbers: Vec<Value> = out
            .iter()
            .filter_map(|m| {
                let mut m = m.as_object()?.clone();
                m.insert("dimension".into(), json!("number"));
                m.remove("unit");
                Some(Value::Object(m))
            })
            .collect();
        out.extend(numbers);
    }
    out
}

/// The contract's unit names for crosscheck's unit symbols ("km" →
/// "kilometer", "MB" → "megabyte"), so that both sides go through the
/// scorer's alias table the same way.
fn unit_name(symbol: &str) -> &str {
    match symbol {
        "km" => "kilometer",
        "m" => "meter",
        "dm" => "decimeter",
        "cm" => "centimeter",
        "mm" => "millimeter",
        "µm" => "micrometer",
        "nm" => "nanometer",
        "pm" => "picometer",
        "mi" => "mile",
        "nmi" => "nautical_mile",
        "yd" => "yard",
        "ft" => "foot",
        "in" => "inch",
        "ly" => "light_year",
        "t" => "metric_ton",
        "kg" => "kilogram",
        "g" => "gram",
        "mg" => "milligram",
        "µg" => "microgram",
        "lb" => "pound",
        "oz" => "ounce",
        "st" => "stone",
        "kt" => "kiloton",
        "Mt" => "megaton",
        "ct" => "carat",
        "l" => "liter",
        "cl" => "centiliter",
        "ml" => "milliliter",
        "hl" => "hectoliter",
        "gal" => "gallon",
        "pt" => "pint",
        "qt" => "quart",
        "tbsp" => "tablespoon",
        "tsp" => "teaspoon",
        "fl oz" => "fluid_ounce",
        "bbl" => "barrel",
        "m3" => "cubic_meter",
        "ft3" => "cubic_foot",
        "in3" => "cubic_inch",
        "cm3" => "cubic_centimeter",
        "km2" => "square_kilometer",
        "mi2" => "square_mile",
        "m2" => "square_meter",
        "ft2" => "square_foot",
        "ha" => "hectare",
        "yd2" => "square_yard",
        "in2" => "square_inch",
        "cm2" => "square_centimeter",
        "km3" => "cubic_kilometer",
        "m/s" => "meter_per_second",
        "kWh" => "kilowatt_hour",
        "MWh" => "megawatt_hour",
        "GWh" => "gigawatt_hour",
        "TWh" => "terawatt_hour",
        "W" => "watt",
        "kW" => "kilowatt",
        "MW" => "megawatt",
        "GW" => "gigawatt",
        "kbit" => "kilobit",
        "Mbit" => "megabit",
        "Gbit" => "gigabit",
        "kbit/s" => "kilobit_per_second",
        "Mbit/s" => "megabit_per_second",
        "Gbit/s" => "gigabit_per_second",
        "km/h" => "kilometer_per_hour",
        "mph" => "mile_per_hour",
        "kn" => "knot",
        "C" => "celsius",
        "F" => "fahrenheit",
        "K" => "kelvin",
        "B" => "byte",
        "kB" => "kilobyte",
        "MB" => "megabyte",
        "GB" => "gigabyte",
        "TB" => "terabyte",
        "PB" => "petabyte",
        other => other,
    }
}

/// A moment as ISO text: `YYYY-MM-DDTHH:MM:SS`, or `HH:MM:SS` with no
/// date; a written zone is converted to `offset` (minutes east of UTC)
/// when the reference has one.
fn moment_json(m: &Moment, offset: Option<i32>) -> String {
    let mut secs = i64::from(m.time.seconds());
    let mut date = m.date;
    if let (Some(z), Some(r)) = (m.utc_offset, offset) {
        secs += i64::from(r - z) * 60;
        let days = secs.div_euclid(86_400);
        secs = secs.rem_euclid(86_400);
        date = date.map(|d| d.add_days(days));
    }
    let t = format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    match date {
        Some(d) => format!("{d}T{t}"),
        None => t,
    }
}

/// `d` starts a unit of `g`.
fn aligned(d: Date, g: Grain) -> bool {
    unit_start(d, g) == d
}

/// The first day of the unit of `g` containing `d`.
fn unit_start(d: Date, g: Grain) -> Date {
    match g {
        Grain::Week | Grain::Fortnight => d.start_of_week(),
        Grain::Month => d.first_of_month(),
        Grain::Quarter => d.first_of_month().add_months(-i64::from((d.month() - 1) % 3)),
        Grain::Year => d.first_of_year(),
        Grain::Decade => d.first_of_year().add_years(-i64::from(d.year().rem_euclid(10))),
        Grain::Century => d.first_of_year().add_years(-i64::from(d.year().rem_euclid(100))),
        _ => d,
    }
}

fn time_json(v: &TimeValue, offset: Option<i32>) -> Option<serde_json::Map<String, Value>> {
    let mut m = serde_json::Map::new();
    match v {
        TimeValue::Date { start, end, grain } => {
            m.insert("start".into(), json!(start.to_string()));
            m.insert(
                "end".into(),
                if start == end || grain.as_str() != "day" {
                    Value::Null
                } else {
                    json!(end.to_string())
                },
            );
            m.insert("grain".into(), json!(grain.as_str()));
        }
        TimeValue::Interval { start, end, grain } => {
            // the end as named: the first day of its last unit when the
            // interval is made of whole units ("between 2015 and 2018"
            // ends in 2018), else its last day
            let end = match (start, end) {
                (Some(s), Some(e)) if aligned(*s, *grain) => Some(unit_start(*e, *grain)),
                (_, e) => *e,
            };
            m.insert("start".into(), json!(start.map(|d| d.to_string())));
            m.insert("end".into(), json!(end.map(|d| d.to_string())));
            m.insert("grain".into(), json!(grain.as_str()));
        }
        TimeValue::Time { at, grain } => {
            m.insert("start".into(), json!(moment_json(at, offset)));
            m.insert("end".into(), Value::Null);
            m.insert("grain".into(), json!(grain.as_str()));
        }
        TimeValue::TimeInterval { start, end, grain } => {
            m.insert("start".into(), json!(start.map(|x| moment_json(&x, offset))));
            m.insert("end".into(), json!(end.map(|x| moment_json(&x, offset))));
            m.insert("grain".into(), json!(grain.as_str()));
        }
        _ => return None,
    }
    Some(m)
}

fn time_match(
    text: &str,
    t: &TimeMention,
    alt: Option<&TimeMention>,
    offset: Option<i32>,
) -> Option<Value> {
    match &t.value {
        TimeValue::Duration(q) => {
            let unit = q.unit.as_ref()?.as_str();
            let secs = unit.parse::<Grain>().ok()?.seconds();
            let mut m = base(text, t.span, "duration");
            m.insert("duration_seconds".into(), json!(q.value? * secs));
            m.insert("duration".into(), json!({"value": q.value, "unit": unit}));
            Some(Value::Object(m))
        }
        TimeValue::Unresolved => None,
        v => {
            let dim = match v {
                TimeValue::Interval { .. } | TimeValue::TimeInterval { .. } => "datetime_interval",
                TimeValue::Time { .. } => "time",
                _ => "date",
            };
            let mut m = base(text, t.span, dim);
            m.extend(time_json(v, offset)?);
            let mut alts: Vec<Value> = t
                .alternatives
                .iter()
                .filter_map(|a| time_json(a, offset).map(Value::Object))
                .collect();
            if let Some(a) = alt {
                alts.extend(time_json(&a.value, offset).map(Value::Object));
                alts.extend(
                    a.alternatives.iter().filter_map(|x| time_json(x, offset).map(Value::Object)),
                );
            }
            if !alts.is_empty() {
                m.insert("alternatives".into(), Value::Array(alts));
            }
            Some(Value::Object(m))
        }
    }
}
