//! Clock times: a time of day, and a moment (a time of day on a date,
//! with the zone as written).

use core::fmt;
use core::str::FromStr;

use crate::time::Date;

/// A time of day, from 00:00:00 to 23:59:59.
///
/// With the `serde` feature, it serializes as `"HH:MM:SS"`.
///
/// ```
/// use crosscheck::time::TimeOfDay;
/// let t = TimeOfDay::new(15, 30, 0).unwrap();
/// assert_eq!(t.to_string(), "15:30");
/// assert_eq!("07:05:09".parse::<TimeOfDay>().unwrap().second(), 9);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeOfDay(u32);

/// The error of parsing a [`TimeOfDay`] or [`Moment`] from text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "expected a time of day as HH:MM[:SS] (or a date and time as YYYY-MM-DDTHH:MM[:SS]), found `{0}`"
)]
pub struct ParseTimeError(String);

impl TimeOfDay {
    /// Midnight, 00:00:00.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);

    /// The time `hour:minute:second`, or `None` when a field is out of
    /// range (hour 0–23, minute and second 0–59).
    #[must_use]
    pub fn new(hour: u32, minute: u32, second: u32) -> Option<TimeOfDay> {
        if hour < 24 && minute < 60 && second < 60 {
            Some(TimeOfDay(hour * 3600 + minute * 60 + second))
        } else {
            None
        }
    }

    /// The time `secs` seconds after midnight, or `None` from 86400 on.
    #[must_use]
    pub fn from_seconds(secs: u32) -> Option<TimeOfDay> {
        (secs < 86_400).then_some(TimeOfDay(secs))
    }

    /// The hour, 0–23.
    #[must_use]
    pub fn hour(self) -> u32 {
        self.0 / 3600
    }

    /// The minute, 0–59.
    #[must_use]
    pub fn minute(self) -> u32 {
        self.0 / 60 % 60
    }

    /// The second, 0–59.
    #[must_use]
    pub fn second(self) -> u32 {
        self.0 % 60
    }

    /// Seconds since midnight.
    #[must_use]
    pub fn seconds(self) -> u32 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.second() == 0 {
            write!(f, "{:02}:{:02}", self.hour(), self.minute())
        } else {
            write!(f, "{:02}:{:02}:{:02}", self.hour(), self.minute(), self.second())
        }
    }
}

impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeOfDay({self})")
    }
}

impl FromStr for TimeOfDay {
    type Err = ParseTimeError;

    /// Parses `HH:MM` or `HH:MM:SS` (one- or two-digit hour).
    fn from_str(s: &str) -> Result<TimeOfDay, ParseTimeError> {
        let err = || ParseTimeError(s.to_owned());
        let mut parts = s.trim().split(':');
        let mut field = |max_len: usize| -> Option<u32> {
            let p = parts.next()?;
            if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            p.parse().ok()
        };
        let h = field(2).ok_or_else(err)?;
        let m = field(2).ok_or_else(err)?;
        let sec = match parts.next() {
            None => 0,
            Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse().map_err(|_| err())?
            }
            Some(_) => return Err(err()),
        };
        if parts.next().is_some() {
            return Err(err());
        }
        TimeOfDay::new(h, m, sec).ok_or_else(err)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:02}:{:02}:{:02}", self.hour(), self.minute(), self.second()))
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TimeOfDay, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A time of day on a date (when one is known), with the zone the text
/// gave ("4pm CET"), as a UTC offset in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Moment {
    /// The date, when the text or the reference date gives one.
    pub date: Option<Date>,
    /// The wall-clock time, in `utc_offset` when one is given.
    pub time: TimeOfDay,
    /// The zone written with the time, as minutes east of UTC ("GMT" is
    /// 0, "PST" -480); `None` when no zone was written.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub utc_offset: Option<i32>,
}

impl Moment {
    /// A moment with no zone.
    #[must_use]
    pub fn new(date: Option<Date>, time: TimeOfDay) -> Moment {
        Moment { date, time, utc_offset: None }
    }

    /// The same moment with a zone (minutes east of UTC).
    #[must_use]
    pub fn with_utc_offset(mut self, minutes: Option<i32>) -> Moment {
        self.utc_offset = minutes;
        self
    }
}

impl fmt::Display for Moment {
    /// `2025-12-27T15:30`, or `15:30` with no date; a zone prints as
    /// `+01:00` after the time.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.date {
            write!(f, "{d}T")?;
        }
        write!(f, "{}", self.time)?;
        if let Some(o) = self.utc_offset {
            let sign = if o < 0 { '-' } else { '+' };
            let a = o.unsigned_abs();
            write!(f, "{sign}{:02}:{:02}", a / 60, a % 60)?;
        }
        Ok(())
    }
}

/// A date and a time of day: the reference moment of a text (its
/// publication time), parsed from `YYYY-MM-DDTHH:MM[:SS]` (an offset or
/// `Z` after it is ignored: the time is read as local wall-clock time).
///
/// ```
/// use crosscheck::time::DateTime;
/// let r: DateTime = "2013-02-12T04:30:00-02:00".parse().unwrap();
/// assert_eq!(r.date.to_string(), "2013-02-12");
/// assert_eq!(r.time.to_string(), "04:30");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateTime {
    /// The date.
    pub date: Date,
    /// The time of day.
    pub time: TimeOfDay,
}

impl FromStr for DateTime {
    type Err = ParseTimeError;

    fn from_str(s: &str) -> Result<DateTime, ParseTimeError> {
        let err = || ParseTimeError(s.to_owned());
        let t = s.trim();
        let date: Date = t.get(..10).ok_or_else(err)?.parse().map_err(|_| err())?;
        let rest = t.get(10..).unwrap_or("");
        let Some(rest) = rest.strip_prefix(['T', 't', ' ']) else {
            return if rest.is_empty() {
                Ok(DateTime { date, time: TimeOfDay(0) })
            } else {
                Err(err())
            };
        };
        // drop a zone suffix and fractional seconds
        let end = rest.find(['Z', 'z', '+', '-', '.']).unwrap_or(rest.len());
        let time: TimeOfDay = rest.get(..end).ok_or_else(err)?.parse().map_err(|_| err())?;
        Ok(DateTime { date, time })
    }
}

/// The UTC offset written at the end of an ISO 8601 date-time
/// (`2013-02-12T04:30:00-02:00` gives -120), if any.
#[must_use]
pub fn utc_offset_of(iso: &str) -> Option<i32> {
    let t = iso.trim();
    let time = t.get(11..)?;
    if time.ends_with(['Z', 'z']) {
        return Some(0);
    }
    let i = time.rfind(['+', '-'])?;
    let sign = if time.get(i..=i) == Some("-") { -1 } else { 1 };
    let z = time.get(i + 1..)?.replace(':', "");
    if z.len() != 4 || !z.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = z.get(..2)?.parse().ok()?;
    let m: i32 = z.get(2..)?.parse().ok()?;
    Some(sign * (h * 60 + m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        assert_eq!("7:05".parse::<TimeOfDay>().map(|t| t.to_string()), Ok("07:05".into()));
        assert!("24:00".parse::<TimeOfDay>().is_err());
        assert!("7".parse::<TimeOfDay>().is_err());
        let r: DateTime = "2016-11-07T00:00:00".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.time, TimeOfDay::MIDNIGHT);
        assert_eq!(utc_offset_of("2013-02-12T04:30:00-02:00"), Some(-120));
        assert_eq!(utc_offset_of("2016-11-07T00:00:00"), None);
        let m = Moment::new(None, TimeOfDay::new(16, 0, 0).unwrap_or_default())
            .with_utc_offset(Some(60));
        assert_eq!(m.to_string(), "16:00+01:00");
    }
}
