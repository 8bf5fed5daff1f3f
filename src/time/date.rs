//! A civil calendar date, the unit every date value is expressed in.

use core::fmt;
use core::str::FromStr;

/// A proleptic Gregorian calendar date (year, month, day), without time zone.
///
/// Calendar arithmetic is delegated to the `jiff` crate, which stays a
/// private dependency: this type is what crosscheck's public API uses, so
/// upgrading jiff never breaks callers.
///
/// With the `serde` feature, a date serializes as its ISO 8601 string
/// (`"2025-12-29"`).
///
/// # Example
///
/// ```
/// use crosscheck::Date;
///
/// let d: Date = "2025-12-27".parse()?;
/// assert_eq!(d.weekday_name(), "Saturday");
/// assert_eq!(d.add_days(2).to_string(), "2025-12-29");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

/// The error of parsing a [`Date`] from text; see [`Date::from_str`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a calendar date as YYYY-MM-DD, found `{0}`")]
pub struct ParseDateError(String);

const WEEKDAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Date {
    /// The date for a year, month (1–12) and day (1–31), or `None` when no
    /// such date exists (2025-02-30) or the year is outside -9999..=9999.
    ///
    /// ```
    /// use crosscheck::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2025, 2, 29).is_none());
    /// ```
    #[must_use]
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let y = i16::try_from(year).ok()?;
        let m = i8::try_from(month).ok()?;
        let d = i8::try_from(day).ok()?;
        jiff::civil::Date::new(y, m, d).ok().map(Date)
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> i32 {
        i32::from(self.0.year())
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u32 {
        u32::try_from(self.0.month()).unwrap_or(1)
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub fn day(self) -> u32 {
        u32::try_from(self.0.day()).unwrap_or(1)
    }

    /// The day of the week, 0 = Monday … 6 = Sunday (ISO 8601 order).
    #[must_use]
    pub fn weekday(self) -> u32 {
        u32::try_from(self.0.weekday().to_monday_zero_offset()).unwrap_or(0)
    }

    /// The English name of the day of the week ("Monday").
    #[must_use]
    pub fn weekday_name(self) -> &'static str {
        WEEKDAY_NAMES.get(self.weekday() as usize).copied().unwrap_or("Monday")
    }

    /// This date plus `days` (negative goes back). Saturates at the ends of
    /// the supported range instead of failing.
    #[must_use]
    pub fn add_days(self, days: i64) -> Date {
        let days = days.clamp(-7_000_000, 7_000_000);
        // whole days of 24 hours: a fixed duration, cheaper than a span
        Date(self.0.saturating_add(jiff::SignedDuration::from_hours(days.saturating_mul(24))))
    }

    /// This date plus `months`, clamping the day to the target month's
    /// length (2025-01-31 plus one month is 2025-02-28). Saturates at the
    /// ends of the supported range.
    #[must_use]
    pub fn add_months(self, months: i64) -> Date {
        let months = months.clamp(-200_000, 200_000);
        Date(self.0.saturating_add(jiff::Span::new().months(months)))
    }

    /// This date plus `years`, clamping February 29 to February 28.
    #[must_use]
    pub fn add_years(self, years: i64) -> Date {
        self.add_months(years.saturating_mul(12))
    }

    /// The number of days from `self` to `other` (negative when `other` is
    /// earlier).
    #[must_use]
    pub fn days_until(self, other: Date) -> i64 {
        self.0.until((jiff::Unit::Day, other.0)).map(|s| i64::from(s.get_days())).unwrap_or(0)
    }

    /// The first day of this date's month.
    #[must_use]
    pub fn first_of_month(self) -> Date {
        Date(self.0.first_of_month())
    }

    /// The last day of this date's month.
    #[must_use]
    pub fn last_of_month(self) -> Date {
        Date(self.0.last_of_month())
    }

    /// The Monday starting this date's ISO week.
    #[must_use]
    pub fn start_of_week(self) -> Date {
        self.add_days(-i64::from(self.weekday()))
    }

    /// January 1 of this date's year.
    #[must_use]
    pub fn first_of_year(self) -> Date {
        Date(self.0.first_of_year())
    }

    /// December 31 of this date's year.
    #[must_use]
    pub fn last_of_year(self) -> Date {
        Date(self.0.last_of_year())
    }

    /// The jiff date (crate-internal: jiff stays out of the public API).
    pub(crate) fn civil(self) -> jiff::civil::Date {
        self.0
    }

    /// Wraps a jiff date.
    pub(crate) fn from_civil(d: jiff::civil::Date) -> Date {
        Date(d)
    }

    /// Parses the date at the start of `s`: `YYYY-MM-DD`, optionally
    /// followed by a time part starting with `T` or a space, which is
    /// ignored (`2025-12-27T08:30:00Z` is 2025-12-27).
    ///
    /// # Errors
    ///
    /// [`ParseDateError`] when `s` does not start with a valid date.
    pub fn parse_lenient(s: &str) -> Result<Date, ParseDateError> {
        let t = s.trim();
        let head = match t.find(['T', ' ', 't']) {
            Some(i) => t.get(..i).unwrap_or(t),
            None => t,
        };
        head.parse().map_err(|_| ParseDateError(s.to_owned()))
    }
}

impl FromStr for Date {
    type Err = ParseDateError;

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and
    /// day).
    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        let err = || ParseDateError(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(err());
        }
        let num = |r: core::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        Date::new(i32::try_from(y).map_err(|_| err())?, m, d).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = self.year();
        if (0..=9999).contains(&y) {
            write!(f, "{y:04}-{:02}-{:02}", self.month(), self.day())
        } else {
            write!(f, "{y:+05}-{:02}-{:02}", self.month(), self.day())
        }
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2025-12-27", Some("2025-12-27")),
            ("2024-02-29", Some("2024-02-29")),
            ("2025-02-29", None),
            ("2025-13-01", None),
            ("2025-1-01", None),
            ("25-12-27", None),
            ("2025-12-27x", None),
            ("", None),
            ("２０２５-12-27", None),
        ];
        for (input, want) in cases {
            let got = input.parse::<Date>().ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "input {input:?}");
        }
    }

    #[test]
    fn lenient_takes_date_part() {
        let d = Date::parse_lenient("2025-12-27T08:30:00Z").unwrap();
        assert_eq!(d.to_string(), "2025-12-27");
        assert!(Date::parse_lenient("yesterday").is_err());
    }

    #[test]
    fn arithmetic() {
        let d = Date::new(2025, 12, 27).unwrap();
        assert_eq!(d.weekday(), 5);
        assert_eq!(d.start_of_week().to_string(), "2025-12-22");
        assert_eq!(d.add_days(3).to_string(), "2025-12-30");
        assert_eq!(d.add_months(2).to_string(), "2026-02-27");
        assert_eq!(Date::new(2025, 1, 31).unwrap().add_months(1).to_string(), "2025-02-28");
        assert_eq!(d.days_until(Date::new(2026, 1, 1).unwrap()), 5);
        assert_eq!(d.add_days(i64::MAX).year(), 9999, "saturates");
    }
}
