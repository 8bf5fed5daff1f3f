//! Stage 3: time. Finds dates, date intervals and durations and resolves
//! them the way a news reader does: against the article's publication
//! date, with the verb's tense deciding the direction of bare weekdays and
//! month names, and chained references ("a day later") resolved against
//! the previous date in the article.
//!
//! # Accepted shapes
//!
//! | written | value | resolution |
//! |---|---|---|
//! | `2025-02-04`, `4 February 2025`, `February 4, 2025`, `Feb. 4th, 2025`, `Tuesday, February 4, 2025` | day | explicit |
//! | `4/2/2025`, `2025/02/04` | day; day/month order per [`DateOrder`], flagged ambiguous when both orders are valid | explicit |
//! | `November 2024`, `2024`, `the 1990s`, `Q3 2024`, `the third quarter of 2024`, `fiscal 2023` | month, year, decade, quarter | explicit |
//! | `January 20`, `the 20th of January`, `October`, `October's`, `Christmas`, `New Year's Eve` | day or month; the year from tense | tense |
//! | `on Monday`, `Monday`, `last Friday`, `next Tuesday`, `this Wednesday` | day; direction from tense ("will meet on Monday" forward, "said on Monday" back) | tense |
//! | `today`, `tonight`, `yesterday`, `tomorrow`, `this/last/next week`, `month`, `year`, `weekend` | day, week, month, year, weekend | relative |
//! | `two days ago`, `in three weeks`, `earlier this month`, `later this week`, `late last year`, `mid-December`, `early 2024`, `the end of the year` | day or part of a period | relative |
//! | `a day later`, `two days earlier`, `the next day`, `the following week`, `the following year`, `the previous month`, `the day before` | the unit after (before) the previous date in the article ("in 2022 … the following year" is 2023); "the next/following/previous" unit with no date before it counts from the publication date | chained |
//! | `from March to May`, `between 2015 and 2018`, `July 13-15`, `since October 7, 2023`, `until Friday`, `over the past year`, `in the past 24 hours` | interval (open ends allowed) | as their ends |
//! | `42-day`, `15 months`, `two years`, `over a year` (lower bound), `less than 24 hours`, `the 12-day June war` | duration with bounds (and a month) | explicit |
//! | `won in 2:19:07`, `his 2:04:31`, `ran 3:43.13`, `finished in 10:12:33` (no am/pm, zone, "o'clock" or "at"/"by"/"until" before, no date or part of the day next to it) | duration in seconds | explicit |
//! | `at 10:30`, `3pm`, `at 14:05:22 GMT`, `12:34:25`; an hour with no am/pm reads 1–6 as afternoon, 7–11 as morning, 12 as noon (the other reading in the alternatives) | time | explicit |
//!
//! Without a publication date, relative expressions are kept with their
//! span and an [`TimeValue::Unresolved`] value, never guessed.
//!
//! # Direction policy
//!
//! [`Direction::Tense`] (the default) reads the verb group of the clause:
//! future markers ("will", "is set to", "is expected to", "plans to")
//! look forward from the publication date, past forms ("said", "met",
//! "-ed") look back, both including the publication day itself; with no
//! cue the nearest occurrence wins. [`Direction::Forward`],
//! [`Direction::Backward`] and [`Direction::Nearest`] apply one rule
//! everywhere, as other normalizers do.
//!
//! # Example
//!
//! ```
//! use crosscheck::time::{self, TimeValue};
//! use crosscheck::Date;
//!
//! let published: Date = "2025-12-27".parse()?; // a Saturday
//! let text = "He will depart on Sunday and meet Trump a day later. Axios reported on Friday.";
//! let found = time::extract(text, Some(published));
//! let days: Vec<String> = found.iter().map(|m| m.value.to_string()).collect();
//! assert_eq!(days, ["2025-12-28", "2025-12-29", "2025-12-26"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod astro;
mod calendar;
mod clock;
mod date;
mod moment;
mod resolve;
mod scan;
mod tense;

use core::fmt;

pub use date::{Date, ParseDateError};
pub use moment::{DateTime, Moment, ParseTimeError, TimeOfDay, utc_offset_of};

use crate::error::Result;
use crate::number::Quantity;
use crate::span::Span;
use crate::text::Document;

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Grain {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week (Monday to Sunday).
    Week,
    /// Two weeks.
    Fortnight,
    /// A month.
    Month,
    /// Three months.
    Quarter,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Grain {
    /// The lower-case English name (`"day"`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Fortnight => "fortnight",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }

    /// Length in seconds, with a month of 30 days, a quarter of 90 and a
    /// year of 365 days (the convention of the conformance suites).
    #[must_use]
    pub fn seconds(self) -> f64 {
        const DAY: f64 = 86_400.0;
        match self {
            Grain::Second => 1.0,
            Grain::Minute => 60.0,
            Grain::Hour => 3_600.0,
            Grain::Day => DAY,
            Grain::Week => 7.0 * DAY,
            Grain::Fortnight => 14.0 * DAY,
            Grain::Month => 30.0 * DAY,
            Grain::Quarter => 90.0 * DAY,
            Grain::Year => 365.0 * DAY,
            Grain::Decade => 3_650.0 * DAY,
            Grain::Century => 36_500.0 * DAY,
        }
    }
}

/// The normalized value of a time mention.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TimeValue {
    /// A calendar unit: a day, week, weekend, month, quarter, year or
    /// decade, or a part of one ("mid-December"). It covers the days
    /// `start..=end`; `grain` is how precisely it was stated.
    Date {
        /// First day covered.
        start: Date,
        /// Last day covered (inclusive).
        end: Date,
        /// The precision as stated.
        grain: Grain,
    },
    /// An interval between two dates; `None` is an open end ("since
    /// October 7, 2023" has no end).
    Interval {
        /// First day, if bounded.
        start: Option<Date>,
        /// Last day (inclusive), if bounded.
        end: Option<Date>,
        /// The precision of the ends.
        grain: Grain,
    },
    /// A clock time ("3pm", "at 10:30", "noon", "tonight at 8"), on a
    /// date when the text or the reference gives one.
    Time {
        /// The date (when known), the time of day and the zone as written.
        at: Moment,
        /// The precision: hour, minute or second.
        grain: Grain,
    },
    /// An interval between two clock times ("3-4pm", "this evening",
    /// "from 9:30 to 11:00 on Thursday", "the past two hours"); `None` is
    /// an open end ("after 2pm"). The end is the last unit covered at the
    /// grain (the named end: "3-4pm" ends at 16:00, hour grain).
    TimeInterval {
        /// Start, if bounded.
        start: Option<Moment>,
        /// Last unit covered, if bounded.
        end: Option<Moment>,
        /// The precision of the ends.
        grain: Grain,
    },
    /// A length of time: a quantity of kind
    /// [`NumberKind::Duration`](crate::number::NumberKind::Duration) with
    /// the time unit as its unit, and the bounds the words gave it.
    Duration(Quantity),
    /// A relative expression that needs a reference date that is missing
    /// (no publication date, or no earlier date for "a day later").
    Unresolved,
}

/// Which end of a compared time value is open (see
/// [`TimeValue::compared_days`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum OpenEnd {
    /// A date or closed interval.
    Neither,
    /// "since 2019", "from Monday": no end.
    End,
    /// "until February 26", "by Christmas": no start.
    Start,
}

impl TimeValue {
    /// The days covered, as an inclusive `(start, end)` with open ends as
    /// `None`; `None` for durations and unresolved values.
    #[must_use]
    pub fn days(&self) -> Option<(Option<Date>, Option<Date>)> {
        match *self {
            TimeValue::Date { start, end, .. } => Some((Some(start), Some(end))),
            TimeValue::Interval { start, end, .. } => Some((start, end)),
            TimeValue::Time { at, .. } => at.date.map(|d| (Some(d), Some(d))),
            TimeValue::TimeInterval { start, end, .. } => {
                let (s, e) = (start.and_then(|m| m.date), end.and_then(|m| m.date));
                if s.is_none() && e.is_none() { None } else { Some((s, e)) }
            }
            TimeValue::Duration(_) | TimeValue::Unresolved => None,
        }
    }

    /// The days two sources' values are compared by, and which end (if
    /// any) is open: a date's or a closed interval's days as they are;
    /// for an interval open at one end, the unit of its grain at the
    /// bounded end ("since 2019" → 2019, "until February 26" → February
    /// 26). Two reports dating one thing "since 2019" and "in 2019" name
    /// one year; "since 2019" and "in 2021" do not, although the open
    /// interval contains 2021. `None` when no end is bounded or the value
    /// has no days.
    #[must_use]
    pub(crate) fn compared_days(&self) -> Option<(Date, Date, OpenEnd)> {
        let grain = self.grain().unwrap_or(Grain::Day).max(Grain::Day);
        let unit = |d: Date| {
            let t = calendar::trunc(calendar::midnight(d), grain);
            let first = calendar::date_of(t);
            let last = calendar::date_of(calendar::add(t, 1, grain)).add_days(-1);
            (first, last.max(first))
        };
        match self.days()? {
            (Some(s), Some(e)) => Some((s, e, OpenEnd::Neither)),
            (Some(s), None) => {
                let (a, b) = unit(s);
                Some((a, b, OpenEnd::End))
            }
            (None, Some(e)) => {
                let (a, b) = unit(e);
                Some((a, b, OpenEnd::Start))
            }
            (None, None) => None,
        }
    }

    /// The grain of a date or interval, or the unit of a duration.
    #[must_use]
    pub fn grain(&self) -> Option<Grain> {
        match self {
            TimeValue::Date { grain, .. }
            | TimeValue::Interval { grain, .. }
            | TimeValue::Time { grain, .. }
            | TimeValue::TimeInterval { grain, .. } => Some(*grain),
            TimeValue::Duration(q) => q.unit.as_ref().and_then(|u| grain_from_name(u.as_str())),
            TimeValue::Unresolved => None,
        }
    }
}

impl core::str::FromStr for Grain {
    type Err = UnknownGrain;

    /// Parses a lower-case unit name as printed by [`Grain::as_str`].
    fn from_str(s: &str) -> Result<Grain, UnknownGrain> {
        grain_from_name(s).ok_or_else(|| UnknownGrain(s.to_owned()))
    }
}

/// The error of parsing a [`Grain`] from an unknown name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "expected a unit of time (second, minute, hour, day, week, fortnight, month, quarter, year, decade, century), found `{0}`"
)]
pub struct UnknownGrain(String);

pub(crate) fn grain_from_name(s: &str) -> Option<Grain> {
    Some(match s {
        "second" => Grain::Second,
        "minute" => Grain::Minute,
        "hour" => Grain::Hour,
        "day" => Grain::Day,
        "week" => Grain::Week,
        "fortnight" => Grain::Fortnight,
        "month" => Grain::Month,
        "quarter" => Grain::Quarter,
        "year" => Grain::Year,
        "decade" => Grain::Decade,
        "century" => Grain::Century,
        _ => return None,
    })
}

impl fmt::Display for TimeValue {
    /// A day prints as `2025-12-29`, a month as `2025-10`, a year as
    /// `2025`, a clock time as `2025-12-29T15:30` (or `15:30` with no
    /// date), other spans as `start..end`, durations as their quantity.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Date { start, end, grain } => {
                if start == end {
                    write!(f, "{start}")
                } else if *grain == Grain::Month
                    && start.day() == 1
                    && *end == start.last_of_month()
                {
                    write!(f, "{:04}-{:02}", start.year(), start.month())
                } else if *grain == Grain::Year
                    && start.month() == 1
                    && start.day() == 1
                    && *end == start.last_of_year()
                {
                    write!(f, "{:04}", start.year())
                } else {
                    write!(f, "{start}..{end}")
                }
            }
            TimeValue::Interval { start, end, .. } => {
                let s = start.map(|d| d.to_string()).unwrap_or_default();
                let e = end.map(|d| d.to_string()).unwrap_or_default();
                write!(f, "{s}..{e}")
            }
            TimeValue::Time { at, .. } => write!(f, "{at}"),
            TimeValue::TimeInterval { start, end, .. } => {
                let s = start.map(|d| d.to_string()).unwrap_or_default();
                let e = end.map(|d| d.to_string()).unwrap_or_default();
                write!(f, "{s}..{e}")
            }
            TimeValue::Duration(q) => write!(f, "{q}"),
            TimeValue::Unresolved => f.write_str("unresolved"),
        }
    }
}

/// How a time value was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Resolution {
    /// Fully written: `2025-02-04`, `November 2024`, `42-day`.
    Explicit,
    /// Relative to the publication date with no choice to make: `today`,
    /// `last week`, `two days ago`.
    Relative,
    /// A year or direction chosen from the clause's tense (or the
    /// configured [`Direction`]): `on Monday`, `in October`, `January 20`.
    Tense,
    /// Relative to the previous date in the article: `a day later`.
    Chained,
    /// Not resolved: a reference date is missing.
    Unresolved,
}

/// A date, interval or duration found in a text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TimeMention {
    /// The bytes of the expression ("February 4, 2025", "a day later").
    pub span: Span,
    /// The normalized value.
    pub value: TimeValue,
    /// How it was resolved.
    pub resolution: Resolution,
    /// Probability that the value is the intended one, from the
    /// resolution rule (see [`Resolution`]): explicit dates 0.98, relative
    /// 0.95, tense-resolved 0.9 with a tense cue and 0.75 without, chained
    /// 0.85, ambiguous numeric dates 0.5.
    pub confidence: f64,
    /// Other readings of an ambiguous expression (`4/2/2025`: April 2 or
    /// 4 February), most likely first after `value`.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub alternatives: Vec<TimeValue>,
}

/// Which way bare weekdays, month names and day-months point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Direction {
    /// From the verb's tense; nearest when there is no cue (news default).
    #[default]
    Tense,
    /// Always the next occurrence (the publication day included).
    Forward,
    /// Always the last occurrence (the publication day included).
    Backward,
    /// Always the nearest occurrence.
    Nearest,
}

/// How to read numeric dates whose day and month could be swapped
/// (`4/2/2025`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateOrder {
    /// Month first (US style); the other reading is kept as an
    /// alternative and the confidence is lowered.
    #[default]
    MonthFirst,
    /// Day first (most of the world); the other reading is kept as an
    /// alternative.
    DayFirst,
    /// Ambiguous numeric dates are left unresolved.
    Reject,
}

/// How wide vague periods are: parts of the day, the weekend, and the
/// start, middle and end of a period. The sources disagree; each style
/// is one coherent convention.
///
/// | phrase | `News` (default) | `Wide` | `Narrow` |
/// |---|---|---|---|
/// | morning / afternoon / evening / night | 00–12 / 12–19 / 18–24 / 18–24 | same | 08–12 / 12–16 / 16–20 / 20–24 |
/// | the weekend | Saturday–Sunday | Friday 18:00 – Monday 00:00 | Saturday–Sunday |
/// | start / end of a year | first / last month | first three / last four months | first / second half |
/// | start / end of a month | first / last ten days | same | first / second half |
/// | start / end of a week | Monday–Tuesday / Friday–Sunday | Monday–Wednesday / Friday–Sunday | Monday–Wednesday / Thursday–Sunday |
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PeriodStyle {
    /// What a news reader means (the default).
    #[default]
    News,
    /// Wide periods, as Duckling resolves them.
    Wide,
    /// Narrow periods, as Microsoft Recognizers-Text resolves them.
    Narrow,
}

/// The English-speaking region a text was written for: it decides which
/// day "Thanksgiving", "Mother's Day" or "Labour Day" is, and (through
/// [`Region::date_order`]) how `4/2/2025` reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Region {
    /// No region: holidays as in the United States.
    #[default]
    Any,
    /// Australia.
    Au,
    /// Belize.
    Bz,
    /// Canada.
    Ca,
    /// The United Kingdom.
    Gb,
    /// Ireland.
    Ie,
    /// India.
    In,
    /// Jamaica.
    Jm,
    /// New Zealand.
    Nz,
    /// The Philippines.
    Ph,
    /// Trinidad and Tobago.
    Tt,
    /// The United States.
    Us,
    /// South Africa.
    Za,
}

impl Region {
    /// The region of a locale or country code: `EN_GB`, `en-GB`, `GB`,
    /// `UK` (case-insensitive); `None` when unknown.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Region> {
        let c = code.trim().to_ascii_uppercase().replace('-', "_");
        let cc = c.strip_prefix("EN_").unwrap_or(&c);
        Some(match cc {
            "AU" => Region::Au,
            "BZ" => Region::Bz,
            "CA" => Region::Ca,
            "GB" | "UK" => Region::Gb,
            "IE" => Region::Ie,
            "IN" => Region::In,
            "JM" => Region::Jm,
            "NZ" => Region::Nz,
            "PH" => Region::Ph,
            "TT" => Region::Tt,
            "US" => Region::Us,
            "ZA" => Region::Za,
            "EN" | "" => Region::Any,
            _ => return None,
        })
    }

    /// How numeric dates read there: month first in the United States,
    /// Canada and the Philippines (and with no region), day first
    /// elsewhere.
    #[must_use]
    pub fn date_order(self) -> DateOrder {
        match self {
            Region::Any | Region::Us | Region::Ca | Region::Ph => DateOrder::MonthFirst,
            _ => DateOrder::DayFirst,
        }
    }
}

/// Configuration of the time stage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct TimeConfig {
    /// Direction of bare weekdays and month names.
    pub direction: Direction,
    /// Reading of ambiguous numeric dates.
    pub date_order: DateOrder,
    /// Width of vague periods ("this evening", "the end of the year").
    pub periods: PeriodStyle,
    /// The region, for regional holidays.
    pub region: Region,
}

impl TimeConfig {
    /// Checks the configuration (all values are currently valid).
    ///
    /// # Errors
    ///
    /// Never, today; kept for symmetry with the other stages.
    pub fn validate(&self) -> Result<()> {
        Ok(())
    }
}

/// Finds and resolves time expressions.
#[derive(Clone, Debug, Default)]
pub struct TimeParser {
    config: TimeConfig,
}

impl TimeParser {
    /// A parser with the default configuration.
    #[must_use]
    pub fn new() -> TimeParser {
        TimeParser::default()
    }

    /// A parser with `config`.
    #[must_use]
    pub fn with_config(config: TimeConfig) -> TimeParser {
        TimeParser { config }
    }

    /// Every time expression in the document, in text order, resolved
    /// against `published` (the article's publication date).
    #[must_use]
    pub fn extract(&self, doc: &Document<'_>, published: Option<Date>) -> Vec<TimeMention> {
        self.extract_at(doc, published, None)
    }

    /// As [`TimeParser::extract`], with the publication time of day when
    /// it is known: "now", "in two hours" and "the past 30 minutes" then
    /// resolve to clock times, and a bare "at 3am" picks its day by the
    /// direction policy. Without it they stay at day precision (or
    /// unresolved when they need the clock).
    #[must_use]
    pub fn extract_at(
        &self,
        doc: &Document<'_>,
        published: Option<Date>,
        clock: Option<TimeOfDay>,
    ) -> Vec<TimeMention> {
        let ids = doc.ids();
        let raws = scan::scan(doc, ids);
        resolve::resolve_all(doc, ids, raws, published, clock, &self.config)
    }
}

/// Every time expression in `text`, resolved against `published`, with
/// the default configuration.
#[must_use]
pub fn extract(text: &str, published: Option<Date>) -> Vec<TimeMention> {
    TimeParser::new().extract(&Document::new(text), published)
}

/// The first time expression in `s`, resolved against `published`.
///
/// ```
/// use crosscheck::time::{self, TimeValue, Grain};
/// let v = time::parse("November 2024", None).unwrap();
/// assert_eq!(v.to_string(), "2024-11");
/// assert_eq!(v.grain(), Some(Grain::Month));
/// ```
#[must_use]
pub fn parse(s: &str, published: Option<Date>) -> Option<TimeValue> {
    extract(s, published).into_iter().next().map(|m| m.value)
}

#[cfg(test)]
mod tests;
