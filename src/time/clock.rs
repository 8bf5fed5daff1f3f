//! Clock times and parts of the day: "3pm", "3:30 p.m.", "15h00",
//! "noon", "half past three", "a quarter to 8", "seven thirty", "4pm
//! CET", "tonight", "in the morning".

use crate::lexicon::en::DayPart;
use crate::text::TokenKind;
use crate::time::Grain;
use crate::time::scan::{Raw, Scanner, duration};

/// Morning or afternoon, as written ("am", "p.m.").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Half {
    Am,
    Pm,
}

/// How sure the scanner is that a number is a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A bare number ("at 3", "7"): a time only in a time context.
    Weak,
    /// Written as a time: "3pm", "15:30", "noon", "half past three".
    Strong,
}

/// A clock time as written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Clock {
    /// Hour as written, 0–24.
    pub(crate) h: u32,
    pub(crate) m: u32,
    pub(crate) s: u32,
    /// Hour, minute or second.
    pub(crate) grain: Grain,
    pub(crate) half: Option<Half>,
    /// Written on a 12-hour clock with no am/pm: "3:30", "at 7".
    pub(crate) ambiguous: bool,
    /// Zone written after it, minutes east of UTC.
    pub(crate) zone: Option<i32>,
    pub(crate) strength: Strength,
}

impl Clock {
    fn new(h: u32, m: u32, s: u32, grain: Grain, strength: Strength) -> Clock {
        Clock { h, m, s, grain, half: None, ambiguous: (1..=12).contains(&h), zone: None, strength }
    }

    /// The 24-hour time in seconds, reading an ambiguous hour in `half`
    /// (or as written when `None`).
    pub(crate) fn seconds(&self, half: Option<Half>) -> u32 {
        let h = match (self.half.or(half), self.h) {
            (Some(Half::Am), 12) => 0,
            (Some(Half::Pm), h) if h < 12 => h + 12,
            (_, 24) => 0,
            (_, h) => h,
        };
        (h * 3600 + self.m * 60 + self.s) % 86_400
    }

    /// Sets am/pm from a part of the day ("3 in the afternoon", "tonight
    /// at 8") when the time did not say.
    pub(crate) fn in_part(mut self, part: DayPart) -> Clock {
        if self.half.is_none() && self.ambiguous {
            let pm = match part {
                DayPart::Afternoon | DayPart::MidAfternoon | DayPart::LateNight => true,
                // "this evening at 12": midnight
                DayPart::Evening => self.h != 12,
                // "night": 8 to 11 are evening hours, 12 is midnight
                DayPart::Night | DayPart::NightTime => (5..12).contains(&self.h),
                DayPart::Lunch => self.h < 6,
                _ => false,
            };
            let am = matches!(part, DayPart::Morning | DayPart::EarlyMorning | DayPart::MidMorning)
                || matches!(part, DayPart::Night | DayPart::NightTime | DayPart::Evening)
                    && self.h == 12;
            if pm {
                self.half = Some(Half::Pm);
                self.ambiguous = false;
            } else if am {
                self.half = Some(Half::Am);
                self.ambiguous = false;
            }
        }
        self
    }
}

impl Scanner<'_, '_> {
    /// am/pm after a time at `j`: "pm", "p.m.", "p", "a m", "p . m .",
    /// "in the am"; its half and end.
    fn half_at(&self, j: usize, adjacent_only_letter: bool) -> Option<(Option<Half>, usize)> {
        let t = self.lower(j);
        let half = |c: u8| if c == b'a' { Half::Am } else { Half::Pm };
        match t.as_str() {
            "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m" => {
                let h = half(t.as_bytes().first().copied().unwrap_or(b'a'));
                // "a.m" followed by its closing period
                let e = if t.len() == 3 && self.text(j + 1) == "." && self.adjacent(j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                Some((Some(h), e))
            }
            "ampm" => Some((None, j + 1)),
            "a" | "p" => {
                let h = half(t.as_bytes().first().copied().unwrap_or(b'a'));
                // "a m", "p m", "p . m ."
                if self.is(j + 1, "m") {
                    let e = if self.text(j + 2) == "." { j + 3 } else { j + 2 };
                    return Some((Some(h), e));
                }
                if self.text(j + 1) == "." && self.is(j + 2, "m") {
                    let e = if self.text(j + 3) == "." { j + 4 } else { j + 3 };
                    return Some((Some(h), e));
                }
                // "3p", "7a": glued single letters only
                if adjacent_only_letter && !self.adjacent(j) {
                    return None;
                }
                // "a" is also the article: "at 3 a day"
                if t == "a" && !self.adjacent(j) {
                    return None;
                }
                let e = if self.text(j + 1) == "." && self.adjacent(j + 1) { j + 2 } else { j + 1 };
                Some((Some(h), e))
            }
            "." if self.adjacent(j) && matches!(self.lower(j + 1).as_str(), "am" | "pm") => {
                // "9.am"
                let h = half(self.lower(j + 1).as_bytes().first().copied().unwrap_or(b'a'));
                let e = if self.text(j + 2) == "." && self.adjacent(j + 2) { j + 3 } else { j + 2 };
                Some((Some(h), e))
            }
            "in" if self.is(j + 1, "the") && matches!(self.lower(j + 2).as_str(), "am" | "pm") => {
                let h = half(self.lower(j + 2).as_bytes().first().copied().unwrap_or(b'a'));
                Some((Some(h), j + 3))
            }
            _ => None,
        }
    }

    /// Suffixes after a time: am/pm, "o'clock", "ish", "sharp", a zone.
    fn clock_suffix(&self, mut c: Clock, mut e: usize) -> (Clock, usize) {
        if self.is(e, "ish") && self.adjacent(e) {
            c.strength = Strength::Strong;
            e += 1;
        }
        if self.is(e, "o'clock") || self.is(e, "oclock") || self.is(e, "o’clock") {
            c.strength = Strength::Strong;
            e += 1;
        } else if self.is(e, "o") && self.is(e + 1, "clock") {
            c.strength = Strength::Strong;
            e += 2;
        }
        if self.is(e, "ish") {
            e += 1;
        }
        if c.h <= 12
            && let Some((half, e2)) = self.half_at(e, false)
        {
            match half {
                Some(h) => {
                    c.half = Some(h);
                    c.ambiguous = false;
                }
                // "7ampm": either
                None => c.ambiguous = true,
            }
            c.strength = Strength::Strong;
            e = e2;
        }
        if self.is(e, "ish") && self.adjacent(e) {
            e += 1;
        }
        if self.is(e, "sharp") {
            e += 1;
        }
        // a zone: "GMT", "(PDT)", "eastern time"
        let paren = self.text(e) == "(";
        let z0 = if paren { e + 1 } else { e };
        if let Some((off, len)) = self.lx.time_zones.longest(self.window(z0, 4)) {
            let single = len == 1 && self.text(z0).len() <= 2;
            // one- and two-letter zones ("Z", "ET", "PT") only in capitals
            let ok = !single || self.text(z0).bytes().all(|b| b.is_ascii_uppercase());
            let close = !paren || self.text(z0 + len) == ")";
            if ok && close {
                c.zone = Some(off);
                c.strength = Strength::Strong;
                e = z0 + len + usize::from(paren);
                if self.is(e, "time") || self.is(e, "timezone") {
                    e += 1;
                }
            }
        }
        (c, e)
    }

    /// A number token of plain ASCII digits: its value and length.
    pub(crate) fn plain(&self, i: usize) -> Option<(u32, usize)> {
        let v = *self.plains.get(i)?;
        if v == u32::MAX {
            return None;
        }
        let t = self.doc.tok(i)?;
        Some((v, t.span.end.saturating_sub(t.span.start)))
    }

    /// Minutes written as words after an hour: "thirty", "fifteen",
    /// "forty five", "twenty-three", "oh three", "zero three",
    /// "oh-three".
    fn word_minutes(&self, j: usize) -> Option<(u32, usize)> {
        if matches!(self.lower(j).as_str(), "oh" | "o" | "zero" | "ou") {
            let k = if self.text(j + 1) == "-" && self.adjacent(j + 1) && self.adjacent(j + 2) {
                j + 2
            } else {
                j + 1
            };
            let (d, e) = self.cardinal_word(k)?;
            return (d < 10).then_some((d, e));
        }
        let (m, e) = self.cardinal_word(j)?;
        (10..60).contains(&m).then_some((m, e))
    }

    /// A clock time at `i`: numeric ("3pm", "15:30", "8.30pm", "1030",
    /// "15h00"), words ("noon", "seven thirty pm", "three o'clock") or
    /// relative ("half past three", "a quarter to noon").
    pub(crate) fn clock(&self, i: usize) -> Option<(usize, Clock)> {
        if i >= self.n {
            return None;
        }
        if let Some(r) = self.clock_relative(i) {
            return Some(r);
        }
        self.clock_plain(i)
    }

    /// A clock time that is not relative to another: the hour of "half
    /// past three" (never itself relative, so "1 to 1 to 1 …" cannot
    /// recurse once per figure).
    fn clock_plain(&self, i: usize) -> Option<(usize, Clock)> {
        if i >= self.n {
            return None;
        }
        if let Some(r) = self.clock_named(i) {
            return Some(r);
        }
        let (c, e) = match self.kind(i)? {
            TokenKind::Number => self.clock_digits(i)?,
            TokenKind::Word => self.clock_words(i)?,
            _ => return None,
        };
        Some({
            let (c, e) = self.clock_suffix(c, e);
            (e, c)
        })
    }

    /// noon, midnight, midday, midmorning, "12 noon".
    fn clock_named(&self, i: usize) -> Option<(usize, Clock)> {
        let mut j = i;
        // "12 noon", "12 midnight", "1 o'clock midnight"
        let lead = self.plain(i).filter(|&(v, l)| l <= 2 && v <= 12);
        if lead.is_some() {
            j = i + 1;
            if self.is(j, "o'clock") || self.is(j, "oclock") {
                j += 1;
            }
        }
        let w = self.lower(j);
        let (h, e) = match w.as_str() {
            "noon" | "midday" | "noonish" | "middday" => (12, j + 1),
            "midnight" => (0, j + 1),
            "midmorning" => (10, j + 1),
            "midafternoon" => (14, j + 1),
            "mid" | "middle" => {
                let k = if self.text(j + 1) == "-" { j + 2 } else { j + 1 };
                match self.lower(k).as_str() {
                    "day" => (12, k + 1),
                    "night" => (0, k + 1),
                    "morning" => (10, k + 1),
                    "afternoon" => (14, k + 1),
                    _ => return None,
                }
            }
            "lunchtime" if lead.is_some() => (12, j + 1),
            _ => return None,
        };
        let h = match lead {
            Some((v, _)) if w == "midnight" && v != 12 => v,
            Some((v, _)) if w == "lunchtime" => {
                if v < 6 {
                    v + 12
                } else {
                    v
                }
            }
            _ => h,
        };
        let mut c = Clock::new(h, 0, 0, Grain::Hour, Strength::Strong);
        c.ambiguous = false;
        let e = if self.is(e, "ish") && self.adjacent(e) { e + 1 } else { e };
        let (c, e) = self.clock_suffix(c, e);
        Some((e, c))
    }

    fn clock_digits(&self, i: usize) -> Option<(Clock, usize)> {
        let t = self.text(i);
        // "8.30", "11.00": a decimal number token read as hours.minutes
        if let Some((a, b)) = t.split_once('.') {
            if a.is_empty() || a.len() > 2 || b.len() != 2 {
                return None;
            }
            let h: u32 = a.parse().ok()?;
            let m: u32 = b.parse().ok()?;
            if h > 24 || m > 59 {
                return None;
            }
            return Some((Clock::new(h, m, 0, Grain::Minute, Strength::Weak), i + 1));
        }
        let (v, len) = self.plain(i)?;
        // "15:30", "3:30:15"
        if len <= 2
            && self.text(i + 1) == ":"
            && self.adjacent(i + 1)
            && self.adjacent(i + 2)
            && let Some((m, 2)) = self.plain(i + 2)
        {
            if v > 24 || m > 59 {
                return None;
            }
            if self.text(i + 3) == ":"
                && self.adjacent(i + 3)
                && self.adjacent(i + 4)
                && let Some((s, 2)) = self.plain(i + 4)
            {
                if s > 59 {
                    return None;
                }
                let mut c = Clock::new(v, m, s, Grain::Second, Strength::Strong);
                c.ambiguous &= v != 0 && !t.starts_with('0') || v == 12;
                return Some((c, i + 5));
            }
            let mut c = Clock::new(v, m, 0, Grain::Minute, Strength::Strong);
            c.ambiguous &= !(t.starts_with('0') && len == 2) || v == 12;
            return Some((c, i + 3));
        }
        // "at 3 15": hours and minutes written apart, after "at"
        if len <= 2
            && v <= 24
            && !self.adjacent(i + 1)
            && self.marker_before(i)
            && let Some((m, 2)) = self.plain(i + 1)
            && m < 60
            && self.entry(i + 2).time_unit.is_none()
        {
            return Some((Clock::new(v, m, 0, Grain::Minute, Strength::Weak), i + 2));
        }
        // "15h00", "15h", "19h30", "10 H 10"
        if len <= 2 && v <= 24 {
            let h_tok = self.lower(i + 1);
            if let Some(rest) = h_tok.strip_prefix('h')
                && (rest.is_empty() || rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()))
            {
                let glued = self.adjacent(i + 1);
                if !rest.is_empty() {
                    let m: u32 = rest.parse().ok()?;
                    if m > 59 || !glued {
                        return None;
                    }
                    let mut c = Clock::new(v, m, 0, Grain::Minute, Strength::Strong);
                    c.ambiguous = false;
                    return Some((c, i + 2));
                }
                // "10 H 10"
                if let Some((m, 2)) = self.plain(i + 2)
                    && m < 60
                {
                    let c = Clock::new(v, m, 0, Grain::Minute, Strength::Strong);
                    return Some((c, i + 3));
                }
                // "15h": a clock when it cannot be a number of hours
                let zone_after = self.lx.time_zones.longest(self.window(i + 2, 3)).is_some();
                if glued && (v > 12 || self.marker_before(i) || zone_after) {
                    let mut c = Clock::new(v, 0, 0, Grain::Minute, Strength::Strong);
                    c.ambiguous = false;
                    return Some((c, i + 2));
                }
                return None;
            }
        }
        // "1030", "330 p.m.", "715ampm"
        if len == 3 || len == 4 {
            let h = v / 100;
            let m = v % 100;
            if h > 24 || m > 59 || len == 4 && t.starts_with('0') && h == 0 {
                return None;
            }
            let mut c = Clock::new(h, m, 0, Grain::Minute, Strength::Weak);
            if len == 4 && h > 12 {
                c.ambiguous = false;
            }
            return Some((c, i + 1));
        }
        if len <= 2 && v <= 24 {
            let mut c = Clock::new(v, 0, 0, Grain::Hour, Strength::Weak);
            if t.starts_with('0') && len == 2 {
                c.ambiguous = false;
            }
            return Some((c, i + 1));
        }
        None
    }

    /// "seven thirty", "nine fifty nine", "twelve oh three", "ten-thirty",
    /// "three" (weak).
    fn clock_words(&self, i: usize) -> Option<(Clock, usize)> {
        let (h, e) = self.cardinal_word(i)?;
        if !(1..=23).contains(&h) || e != i + 1 {
            return None;
        }
        let k =
            if self.text(e) == "-" && self.adjacent(e) && self.adjacent(e + 1) { e + 1 } else { e };
        let mut c = if let Some((m, e2)) = self.word_minutes(k) {
            // "ten-thirty", "twelve oh three" are written as times
            let oh = matches!(self.lower(k).as_str(), "oh" | "o" | "zero" | "ou");
            let s = if k > e || oh { Strength::Strong } else { Strength::Weak };
            (Clock::new(h, m, 0, Grain::Minute, s), e2)
        } else if let Some((m, e2)) = self.cardinal_word(k)
            && (1..10).contains(&m)
            && self.marker_before(i)
        {
            // "at eleven five"
            (Clock::new(h, m, 0, Grain::Minute, Strength::Weak), e2)
        } else {
            (Clock::new(h, 0, 0, Grain::Hour, Strength::Weak), e)
        };
        // "seven thirty" after "at" or "for" is a time; "three twenty"
        // alone is too weak
        if c.0.grain == Grain::Minute
            && i > 0
            && matches!(self.lower(i - 1).as_str(), "at" | "for" | "@" | "around" | "by" | "until")
        {
            c.0.strength = Strength::Strong;
        }
        if h > 12 {
            // "fifteen fifteen p m": only with am/pm after
            c.0.ambiguous = false;
            self.half_at(c.1, false)?;
        }
        Some(c)
    }

    /// "half past three", "a quarter past 3pm", "20 past 3", "15 minutes
    /// past noon", "a quarter to noon", "ten to eight", "half three".
    fn clock_relative(&self, i: usize) -> Option<(usize, Clock)> {
        let mut j = i;
        if self.is(j, "a") {
            j += 1;
        }
        let (mins, mut k, strong_n) = if self.is(j, "quarter") {
            (15, j + 1, true)
        } else if j == i && self.is(j, "three") && self.is(j + 1, "quarters") {
            (45, j + 2, true)
        } else if self.is(j, "half") {
            (30, j + 1, true)
        } else if j == i {
            let (m, e) = self.minute_count(j)?;
            (m, e, false)
        } else {
            return None;
        };
        let mut unit_word = false;
        if matches!(self.lower(k).as_str(), "minutes" | "minute" | "min" | "mins") {
            unit_word = true;
            k += 1;
        }
        let dir = match self.lower(k).as_str() {
            "past" | "after" => 1i32,
            "to" | "before" | "till" | "of" => -1,
            // "half three" (British: 3:30)
            _ if mins == 30 && strong_n && j == i => {
                let (e, mut c) = self.clock_plain(k)?;
                if c.grain != Grain::Hour {
                    return None;
                }
                c.m = 30;
                c.grain = Grain::Minute;
                c.strength = Strength::Strong;
                return Some((e, c));
            }
            _ => return None,
        };
        let (e, hour) = self.clock_plain(k + 1)?;
        if hour.grain != Grain::Hour && hour.m != 0 {
            // "three min past 10 H 10 pm": add to a full time
            if dir < 0 || !unit_word {
                return None;
            }
        }
        // "5 to seven" is a range; "15 to noon", "ten to eight" with a
        // unit word or a quarter/half are times
        if dir < 0 && !(strong_n || unit_word || hour.h == 12 && !hour.ambiguous || hour.h == 0) {
            return None;
        }
        if !(strong_n || unit_word) && hour.strength == Strength::Weak && mins <= 12 {
            // "3 past 4": too weak without "minutes"
            if !self.marker_before(i) {
                return None;
            }
        }
        let base = i64::from(hour.h) * 60 + i64::from(hour.m);
        let t = if dir > 0 { base + i64::from(mins) } else { base - i64::from(mins) };
        let t = t.rem_euclid(24 * 60);
        let h = u32::try_from(t / 60).ok()?;
        let m = u32::try_from(t % 60).ok()?;
        let mut c = Clock::new(h, m, 0, Grain::Minute, Strength::Strong);
        c.half = hour.half;
        c.ambiguous = hour.ambiguous;
        if hour.h == 12 && !hour.ambiguous {
            // noon / midnight: absolute
            c.ambiguous = false;
            c.half = None;
        }
        if dir < 0 && hour.h == 12 && hour.half.is_none() && !hour.ambiguous {
            // "a quarter to noon" is 11:45 (am)
            c.half = None;
        }
        c.zone = hour.zone;
        Some((e, c))
    }

    /// A count of minutes 1–59 in digits or words.
    pub(crate) fn minute_count(&self, j: usize) -> Option<(u32, usize)> {
        if let Some((v, len)) = self.plain(j) {
            return (len <= 2 && (1..60).contains(&v)).then_some((v, j + 1));
        }
        let (v, e) = self.cardinal_word(j)?;
        (1..60).contains(&v).then_some((v, e))
    }

    /// A cardinal 0–99 in words: "seven", "twenty three", "thirty-six".
    pub(crate) fn cardinal_word(&self, j: usize) -> Option<(u32, usize)> {
        if self.kind(j) != Some(TokenKind::Word) {
            return None;
        }
        let c = u32::try_from(self.entry(j).cardinal?).ok()?;
        if c >= 100 {
            return None;
        }
        if c >= 20 && c % 10 == 0 {
            let k = if self.text(j + 1) == "-" && self.adjacent(j + 1) && self.adjacent(j + 2) {
                j + 2
            } else {
                j + 1
            };
            if self.kind(k) == Some(TokenKind::Word)
                && let Some(u) = self.entry(k).cardinal
                && (1..=9).contains(&u)
            {
                return Some((c + u32::try_from(u).ok()?, k + 1));
            }
        }
        Some((c, j + 1))
    }

    /// A race or elapsed time written like a clock: "won in 2:19:07"
    /// (8347 s), "his 2:04:31", "ran 3:43.13" (223.13 s), "2:04:31.5".
    /// Minutes and seconds with a decimal fraction are always elapsed
    /// time. Hours, minutes and seconds are elapsed time when nothing
    /// makes them a time of day: no am/pm, zone, "o'clock" or "sharp"
    /// after, no "at", "by", "until" … before ([`Self::marker_before`]),
    /// no date or part of the day next to them; and the hour is written
    /// as one digit ("2:19:07", where a time of day with seconds is
    /// mostly "07:19:07" or "14:19:07") or follows "in", "of" or a
    /// determiner ("finished in 10:12:33", "a time of 2:05:12").
    /// The value is in seconds.
    pub(crate) fn race_time(&self, i: usize) -> Option<(usize, Raw)> {
        let (first, len) = self.plain(i)?;
        if len > 2 {
            return None;
        }
        // the fields after the first, each after a glued ":"
        let mut fields: Vec<f64> = Vec::with_capacity(2);
        let mut decimal = false;
        let mut j = i + 1;
        while self.text(j) == ":" && self.adjacent(j) && self.adjacent(j + 1) && !decimal {
            let t = self.text(j + 1);
            let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
            if whole.len() != 2
                || !whole.bytes().all(|b| b.is_ascii_digit())
                || !frac.bytes().all(|b| b.is_ascii_digit())
                || t.contains('.') && frac.is_empty()
            {
                return None;
            }
            let v: f64 = t.parse().ok()?;
            if v >= 60.0 || fields.len() == 2 {
                return None;
            }
            decimal = !frac.is_empty();
            fields.push(v);
            j += 2;
        }
        // "12:34:56:78", "3:43.13.2": a code, not a time
        if matches!(self.text(j), ":" | ".") && self.adjacent(j) && self.adjacent(j + 1) {
            return None;
        }
        let first = f64::from(first);
        let secs = match *fields.as_slice() {
            // "3:43.13": minutes, seconds and a fraction
            [s] if decimal => first * 60.0 + s,
            [m, s] => first * 3600.0 + m * 60.0 + s,
            _ => return None,
        };
        if !decimal {
            // a time of day: a cue after it or before it
            let probe = Clock::new(0, 0, 0, Grain::Second, Strength::Weak);
            let (_, after) = self.clock_suffix(probe, j);
            let k = if self.text(j) == "," { j + 1 } else { j };
            if after > j || self.day_part(k).is_some() || self.marker_before(i) {
                return None;
            }
            if let Some(p) = i.checked_sub(1) {
                let e = self.entry(p);
                let dated = self.kind(p) == Some(TokenKind::Number)
                    || e.month.is_some()
                    || e.weekday.is_some()
                    || self.day_part(p).is_some_and(|(end, _)| end == i);
                if dated || self.text(p) == "T" && self.adjacent(i) {
                    return None;
                }
            }
            let one_digit = len == 1;
            let cue = i.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.lower(p).as_str(),
                    "in" | "of"
                        | "a"
                        | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "my"
                        | "your"
                        | "our"
                        | "'s"
                        | "’s"
                )
            });
            if !(one_digit || cue) {
                return None;
            }
        }
        Some((j, Raw::Duration(duration(secs, Grain::Second, None))))
    }

    /// A word before `i` that makes a bare number a time: "at", "@",
    /// "around", "by", "from", "until", "between", "before", "after".
    pub(crate) fn marker_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.lower(i - 1).as_str(),
                "at" | "@"
                    | "around"
                    | "approximately"
                    | "approx"
                    | "about"
                    | "by"
                    | "until"
                    | "till"
                    | "til"
                    | "untill"
                    | "before"
                    | "after"
                    | "from"
                    | "between"
                    | "tonight"
                    | "tonite"
            )
    }

    /// A part of the day at `i`: "morning", "early morning", "tonight",
    /// "lunchtime", "in the evening" (the "in the" is included).
    pub(crate) fn day_part(&self, i: usize) -> Option<(usize, DayPart)> {
        let mut j = i;
        if self.is(j, "in") && self.is(j + 1, "the") {
            j += 2;
        } else if self.is(j, "the") {
            j += 1;
        }
        // "early in the day", "late in the evening"
        // "in morning", "during the night"
        if j == i && (self.is(i, "in") || self.is(i, "during")) {
            let k = if self.is(i + 1, "the") { i + 2 } else { i + 1 };
            if self.lx.day_parts.longest(self.window(k, 5)).is_some() {
                j = k;
            }
        }
        if let Some((p, len)) = self.lx.day_parts.longest(self.window(j, 5)) {
            let mut e = j + len;
            if self.is(e, "ish") && self.adjacent(e) {
                e += 1;
            }
            // "the morning of the 15th" is handled by the caller; "the
            // morning" alone is a part of the day
            return Some((e, p));
        }
        if j == i && (self.is(i, "tonight") || self.is(i, "tonite")) {
            return Some((i + 1, DayPart::Night));
        }
        None
    }
}
