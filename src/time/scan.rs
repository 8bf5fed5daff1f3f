//! Finds time expressions as unresolved [`Raw`] values; `resolve.rs`
//! turns them into dates.

use core::ops::Range;

use crate::lexicon::en::Modifier;
use crate::lexicon::{self, LexId, Lexicon, flag};
use crate::number::scan::{counted_noun_follows, parse_digits, year_word_before};
use crate::number::words;
use crate::number::{NumberKind, Qualifier, Quantity, Unit};
use crate::text::{Document, TokenKind};
use crate::time::{Date, Grain};

/// A part of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// first third ("early 2024")
    Early,
    /// middle third ("mid-December")
    Mid,
    /// last third ("late last year")
    Late,
    /// the first tenth ("the start of the year")
    Start,
    /// the last tenth ("the end of the year")
    End,
    /// from the period's start to the reference day ("earlier this month")
    SoFar,
    /// from the reference day to the period's end ("later this week")
    Rest,
}

/// Qualifier of a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WeekdayRel {
    Bare,
    Last,
    Next,
    This,
}

/// An unresolved time expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Raw {
    Day(Date),
    AmbiguousDay {
        month_first: Date,
        day_first: Date,
    },
    MonthDay {
        month: u32,
        day: u32,
    },
    MonthYear {
        month: u32,
        year: i32,
    },
    Month {
        month: u32,
    },
    Year(i32),
    Decade(i32),
    Century(i32),
    Quarter {
        q: u32,
        year: Option<i32>,
    },
    Half {
        h: u32,
        year: Option<i32>,
    },
    Weekday {
        wd: u32,
        rel: WeekdayRel,
    },
    RelDay(i64),
    RelUnit {
        unit: Grain,
        offset: i64,
    },
    Weekend {
        offset: i64,
    },
    Ago {
        n: f64,
        unit: Grain,
    },
    /// "in three weeks": a date if the clause looks forward, else a
    /// duration.
    InUnits {
        n: f64,
        unit: Grain,
        duration: Quantity,
    },
    Past {
        n: f64,
        unit: Grain,
    },
    Chain {
        n: f64,
        unit: Grain,
    },
    Holiday {
        month: u32,
        day: u32,
    },
    Season {
        month: u32,
        day: u32,
        days: u32,
    },
    Part {
        part: Part,
        inner: Box<Raw>,
    },
    Range {
        from: Box<Raw>,
        to: Box<Raw>,
    },
    Since(Box<Raw>),
    Until(Box<Raw>),
    Duration(Quantity),
}

impl Raw {
    /// Needs the clause tense to resolve.
    pub(crate) fn needs_tense(&self) -> bool {
        match self {
            Raw::MonthDay { .. }
            | Raw::Month { .. }
            | Raw::Weekday { rel: WeekdayRel::Bare, .. }
            | Raw::Holiday { .. }
            | Raw::Season { .. }
            | Raw::Quarter { year: None, .. }
            | Raw::Half { year: None, .. }
            | Raw::InUnits { .. } => true,
            Raw::Part { inner, .. } | Raw::Since(inner) | Raw::Until(inner) => inner.needs_tense(),
            Raw::Range { from, to } => from.needs_tense() || to.needs_tense(),
            _ => false,
        }
    }
}

/// A time expression found at a token range.
#[derive(Clone, Debug)]
pub(crate) struct RawMention {
    pub(crate) tokens: Range<usize>,
    pub(crate) raw: Raw,
}

struct Scanner<'a, 't> {
    doc: &'a Document<'t>,
    lx: &'static Lexicon,
    ids: Vec<LexId>,
    n: usize,
}

/// Scans the document for time expressions, in order, non-overlapping.
pub(crate) fn scan(doc: &Document<'_>) -> Vec<RawMention> {
    let ids: Vec<LexId> = doc.tokens().iter().map(|t| t.lex).collect();
    let s = Scanner { doc, lx: lexicon::english(), n: ids.len(), ids };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.n {
        if let Some((end, raw)) = s.expression(i)
            && end > i
        {
            out.push(RawMention { tokens: i..end, raw });
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

impl Scanner<'_, '_> {
    fn is(&self, i: usize, w: &str) -> bool {
        self.doc.is(i, w)
    }

    fn text(&self, i: usize) -> &str {
        self.doc.tok_text(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.kind(i)
    }

    fn cap(&self, i: usize) -> bool {
        self.doc.tok(i).is_some_and(|t| t.cap)
    }

    fn adjacent(&self, i: usize) -> bool {
        self.doc.adjacent(i)
    }

    fn entry(&self, i: usize) -> &'static lexicon::Entry {
        self.lx.get(self.ids.get(i).copied().unwrap_or(0))
    }

    fn window(&self, from: usize, len: usize) -> &[LexId] {
        let to = from.saturating_add(len).min(self.n);
        self.ids.get(from.min(to)..to).unwrap_or(&[])
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.doc.sentence_index(a) == self.doc.sentence_index(b)
    }

    /// Any time expression at `i`: ranges and wrappers first, then points,
    /// then durations.
    fn expression(&self, i: usize) -> Option<(usize, Raw)> {
        if self.is(i, "from") || self.is(i, "between") {
            let joiners: &[&str] = if self.is(i, "from") {
                &["to", "until", "till", "through", "-", "–"]
            } else {
                &["and"]
            };
            if let Some((e1, a)) = self.point(i + 1)
                && joiners.iter().any(|j| self.is(e1, j))
                && let Some((e2, b)) = self.point(e1 + 1)
            {
                let (a, b) = complete_range(a, b);
                return Some((e2, Raw::Range { from: Box::new(a), to: Box::new(b) }));
            }
        }
        if self.is(i, "since")
            && let Some((e, a)) = self.point(i + 1)
        {
            return Some((e, Raw::Since(Box::new(a))));
        }
        if (self.is(i, "until")
            || self.is(i, "till")
            || self.is(i, "through")
                && self.point(i + 1).is_some_and(|(_, r)| !matches!(r, Raw::Year(_))))
            && let Some((e, a)) = self.point(i + 1)
        {
            return Some((e, Raw::Until(Box::new(a))));
        }
        if let Some(r) = self.past_interval(i) {
            return Some(r);
        }
        if let Some((e, p)) = self.point(i) {
            // "July 13-15", "13-15 July" handled in point(); "March to May"
            if (self.is(e, "to") || matches!(self.text(e), "-" | "–"))
                && !self.is(i.wrapping_sub(1), "from")
                && let Some((e2, q)) = self.point(e + 1)
                && same_type(&p, &q)
            {
                let (p, q) = complete_range(p, q);
                return Some((e2, Raw::Range { from: Box::new(p), to: Box::new(q) }));
            }
            return Some((e, p));
        }
        self.duration(i)
    }

    /// "the past year", "the last three days", "in the past 24 hours",
    /// "over the past decade".
    fn past_interval(&self, i: usize) -> Option<(usize, Raw)> {
        let mut j = i;
        if !self.is(j, "the") {
            return None;
        }
        j += 1;
        if !(self.is(j, "past") || self.is(j, "last") || self.is(j, "previous")) {
            return None;
        }
        j += 1;
        let (n, k) = match self.count(j) {
            Some((n, k)) => (n, k),
            None => (1.0, j),
        };
        let unit = self.entry(k).time_unit?;
        if unit < Grain::Hour {
            return None;
        }
        Some((k + 1, Raw::Past { n, unit }))
    }

    /// A calendar point (not a duration, not a range with "from").
    fn point(&self, i: usize) -> Option<(usize, Raw)> {
        if i >= self.n {
            return None;
        }
        if let Some(r) = self.part(i) {
            return Some(r);
        }
        if let Some(r) = self.relative(i) {
            return Some(r);
        }
        if let Some(r) = self.weekday(i) {
            return Some(r);
        }
        if let Some(r) = self.month_date(i) {
            return Some(r);
        }
        if let Some(r) = self.day_month(i) {
            return Some(r);
        }
        if let Some(r) = self.numeric_date(i) {
            return Some(r);
        }
        if let Some(r) = self.holiday(i) {
            return Some(r);
        }
        if let Some(r) = self.quarter(i) {
            return Some(r);
        }
        self.year(i)
    }

    /// "early 2024", "mid-December", "late last year", "the end of the
    /// year", "earlier this month", "later this week".
    fn part(&self, i: usize) -> Option<(usize, Raw)> {
        let (part, j) = if self.is(i, "early") || self.is(i, "earlier") && !self.is(i + 1, "this") {
            (Part::Early, i + 1)
        } else if self.is(i, "earlier") && self.is(i + 1, "this") {
            (Part::SoFar, i + 1)
        } else if self.is(i, "later") && self.is(i + 1, "this") {
            (Part::Rest, i + 1)
        } else if self.is(i, "mid") || self.is(i, "middle") {
            let j = if self.text(i + 1) == "-" { i + 2 } else { i + 1 };
            (Part::Mid, j)
        } else if self.is(i, "late") {
            (Part::Late, i + 1)
        } else if (self.is(i, "the") || self.is(i, "this"))
            && (self.is(i + 1, "end")
                || self.is(i + 1, "start")
                || self.is(i + 1, "beginning")
                || self.is(i + 1, "middle"))
            && self.is(i + 2, "of")
        {
            let p = match self.text(i + 1).to_ascii_lowercase().as_str() {
                "end" => Part::End,
                "middle" => Part::Mid,
                _ => Part::Start,
            };
            (p, i + 3)
        } else if (self.is(i, "end") || self.is(i, "start")) && self.is(i + 1, "of") {
            (if self.is(i, "end") { Part::End } else { Part::Start }, i + 2)
        } else {
            return None;
        };
        let (e, inner) = self.period(j)?;
        Some((e, Raw::Part { part, inner: Box::new(inner) }))
    }

    /// What a part can apply to: a month, a year, a relative unit ("this
    /// month", "last year", "the year", "the week").
    fn period(&self, j: usize) -> Option<(usize, Raw)> {
        if let Some(r) = self.relative_unit(j) {
            return Some(r);
        }
        if self.is(j, "the")
            && let Some(u) = self.entry(j + 1).time_unit
            && matches!(u, Grain::Week | Grain::Month | Grain::Year | Grain::Decade)
        {
            return Some((j + 2, Raw::RelUnit { unit: u, offset: 0 }));
        }
        if let Some((e, r)) = self.month_date(j)
            && matches!(r, Raw::Month { .. } | Raw::MonthYear { .. })
        {
            return Some((e, r));
        }
        self.year(j)
    }

    /// today, tonight, yesterday, tomorrow, this/last/next week...
    fn relative(&self, i: usize) -> Option<(usize, Raw)> {
        let w = self.text(i).to_ascii_lowercase();
        match w.as_str() {
            "today" | "tonight" => return Some((i + 1, Raw::RelDay(0))),
            "yesterday" => return Some((i + 1, Raw::RelDay(-1))),
            "tomorrow" => return Some((i + 1, Raw::RelDay(1))),
            "this"
                if matches!(
                    self.text(i + 1).to_ascii_lowercase().as_str(),
                    "morning" | "afternoon" | "evening"
                ) =>
            {
                return Some((i + 2, Raw::RelDay(0)));
            }
            "last" if self.is(i + 1, "night") => return Some((i + 2, Raw::RelDay(-1))),
            _ => {}
        }
        if let Some(r) = self.relative_unit(i) {
            return Some(r);
        }
        self.chain(i)
    }

    /// this/last/next/coming/past week|month|year|weekend|quarter.
    fn relative_unit(&self, i: usize) -> Option<(usize, Raw)> {
        let offset = match self.text(i).to_ascii_lowercase().as_str() {
            "this" | "current" => 0,
            "last" | "previous" => -1,
            "next" | "coming" => 1,
            _ => return None,
        };
        // "the last year" is a past interval, not the calendar year
        if i > 0 && self.is(i - 1, "the") && offset != 0 {
            return None;
        }
        if self.is(i + 1, "weekend") {
            return Some((i + 2, Raw::Weekend { offset }));
        }
        let unit = self.entry(i + 1).time_unit?;
        if !matches!(
            unit,
            Grain::Week | Grain::Month | Grain::Quarter | Grain::Year | Grain::Decade
        ) {
            return None;
        }
        if self.text(i + 1).ends_with('s') {
            return None;
        }
        Some((i + 2, Raw::RelUnit { unit, offset }))
    }

    /// "a day later", "two days earlier", "the next day", "the following
    /// week", "the day before", "two days ago", "in three weeks".
    fn chain(&self, i: usize) -> Option<(usize, Raw)> {
        if self.is(i, "the") {
            let w1 = self.text(i + 1).to_ascii_lowercase();
            if matches!(w1.as_str(), "next" | "following" | "previous" | "preceding")
                && let Some(u) = self.entry(i + 2).time_unit
                && u >= Grain::Day
                && !self.text(i + 2).ends_with('s')
            {
                let n = if matches!(w1.as_str(), "next" | "following") { 1.0 } else { -1.0 };
                return Some((i + 3, Raw::Chain { n, unit: u }));
            }
            if let Some(u) = self.entry(i + 1).time_unit
                && u == Grain::Day
                && (self.is(i + 2, "before") || self.is(i + 2, "after"))
            {
                let nx = self.kind(i + 3);
                // "the day before yesterday" / "the day after tomorrow"
                if self.is(i + 3, "yesterday") {
                    return Some((i + 4, Raw::RelDay(-2)));
                }
                if self.is(i + 3, "tomorrow") {
                    return Some((i + 4, Raw::RelDay(2)));
                }
                let ends = nx.is_none_or(|k| k == TokenKind::Punct)
                    || self.flags(i + 3) & flag::CLAUSE != 0;
                if ends {
                    let n = if self.is(i + 2, "before") { -1.0 } else { 1.0 };
                    return Some((i + 3, Raw::Chain { n, unit: u }));
                }
            }
            return None;
        }
        let (n, j) = self.count(i)?;
        let unit = self.entry(j).time_unit?;
        let after = j + 1;
        let w = self.text(after).to_ascii_lowercase();
        match w.as_str() {
            "ago" if unit >= Grain::Day => Some((after + 1, Raw::Ago { n, unit })),
            "later" | "earlier" if unit >= Grain::Day => {
                let n = if w == "later" { n } else { -n };
                Some((after + 1, Raw::Chain { n, unit }))
            }
            "from" if self.is(after + 1, "now") && unit >= Grain::Day => {
                Some((after + 2, Raw::InUnits { n, unit, duration: duration(n, unit, None) }))
            }
            _ => None,
        }
    }

    fn flags(&self, i: usize) -> u32 {
        self.entry(i).flags
    }

    /// A count before a time unit: digits, number words, "a"/"an".
    fn count(&self, i: usize) -> Option<(f64, usize)> {
        match self.kind(i)? {
            TokenKind::Number => {
                let d = parse_digits(self.text(i))?;
                if d.value > 1e6 {
                    return None;
                }
                Some((d.value, i + 1))
            }
            TokenKind::Word => {
                if self.is(i, "a")
                    || self.is(i, "an")
                    || self.is(i, "one") && self.entry(i + 1).time_unit.is_some()
                {
                    if self.entry(i + 1).time_unit.is_some() {
                        return Some((1.0, i + 1));
                    }
                    if self.is(i + 1, "couple") && self.is(i + 2, "of") {
                        return Some((2.0, i + 3));
                    }
                    return None;
                }
                let w = words::parse(self.doc, self.lx, &self.ids, i)?;
                if w.kind != NumberKind::Cardinal || w.vague.is_some() {
                    return None;
                }
                Some((w.value, w.end))
            }
            _ => None,
        }
    }

    /// [last|next|this] Weekday [, date].
    fn weekday(&self, i: usize) -> Option<(usize, Raw)> {
        let (rel, j) = match self.text(i).to_ascii_lowercase().as_str() {
            "last" | "past" => (WeekdayRel::Last, i + 1),
            "next" | "coming" => (WeekdayRel::Next, i + 1),
            "this" => (WeekdayRel::This, i + 1),
            _ => (WeekdayRel::Bare, i),
        };
        let wd = self.entry(j).weekday?;
        let t = self.text(j);
        if !self.cap(j) {
            return None;
        }
        // abbreviations ("Sun", "Wed") need a period or a date after them
        let full = t.len() >= 6;
        let mut e = j + 1;
        if !full {
            if self.text(e) == "." && self.adjacent(e) {
                e += 1;
            } else if self.month_date(e + usize::from(self.text(e) == ",")).is_none() {
                return None;
            }
        }
        if t.ends_with('s') && t.len() > 6 {
            // "Mondays": a recurrence, not a date
            return None;
        }
        // "Tuesday, February 4, 2025": the date wins, the weekday is part of it
        let k = if self.text(e) == "," { e + 1 } else { e };
        if let Some((e2, r)) = self.month_date(k).or_else(|| self.day_month(k))
            && matches!(r, Raw::Day(_) | Raw::MonthDay { .. })
        {
            return Some((e2, r));
        }
        // "Monday night", "Tuesday morning"
        if matches!(
            self.text(e).to_ascii_lowercase().as_str(),
            "morning" | "afternoon" | "evening" | "night"
        ) {
            e += 1;
        }
        Some((e, Raw::Weekday { wd: u32::from(wd), rel }))
    }

    /// A month name at `i`: (month, end) with its abbreviation period.
    fn month_at(&self, i: usize, need_context: bool) -> Option<(u32, usize)> {
        let e = self.entry(i);
        let m = e.month?;
        if self.kind(i) != Some(TokenKind::Word) || !self.cap(i) {
            return None;
        }
        let t = self.text(i);
        let mut end = i + 1;
        let abbrev =
            t.len() <= 4 && !matches!(t.to_ascii_lowercase().as_str(), "june" | "july" | "may");
        if abbrev && self.text(end) == "." && self.adjacent(end) {
            end += 1;
        }
        // "June", "August": also first names ("June Smith")
        if matches!(t.to_ascii_lowercase().as_str(), "june" | "august")
            && self.cap(end)
            && self.kind(end) == Some(TokenKind::Word)
            && !self.is(end, "'s")
        {
            return None;
        }
        if need_context && e.flags & flag::AMBIGUOUS_MONTH != 0 {
            let prev_ok = i > 0 && {
                let p = self.text(i - 1).to_ascii_lowercase();
                matches!(
                    p.as_str(),
                    "in" | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "from"
                        | "of"
                        | "early"
                        | "late"
                        | "mid"
                        | "-"
                        | "last"
                        | "next"
                        | "this"
                        | "during"
                        | "through"
                        | "before"
                        | "after"
                        | "on"
                        | "to"
                        | "and"
                        | "or"
                        | "between"
                        | "end"
                        | "start"
                        | "beginning"
                        | "middle"
                )
            };
            let next_ok = self.is(end, "'s")
                || self.year_at(end).is_some()
                || self.text(end) == "," && self.year_at(end + 1).is_some();
            if !(prev_ok || next_ok) {
                return None;
            }
            if abbrev && self.text(i + 1) != "." && !next_ok && self.day_at(end).is_none() {
                // "Jan" alone is a name; "Jan." or "Jan 4" is a month
                return None;
            }
        }
        Some((u32::from(m), end))
    }

    /// A day number 1–31 with an optional ordinal suffix.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let t = self.text(i);
        if t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d: u32 = t.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut e = i + 1;
        if self.adjacent(e)
            && matches!(self.text(e).to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
        {
            e += 1;
        }
        // "4 / 2" is not a day
        if matches!(self.text(e), "/" | ":") && self.adjacent(e) {
            return None;
        }
        Some((d, e))
    }

    /// A four-digit year 1000–2999.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let t = self.text(i);
        if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = t.parse().ok()?;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        // "2024-25" fiscal years and glued letters are not plain years
        if self.adjacent(i + 1) && self.kind(i + 1) == Some(TokenKind::Word) {
            return None;
        }
        Some((y, i + 1))
    }

    /// Month [.] Day[suffix] [,] [Year]; Month [,] Year; Month [Day-Day];
    /// Month alone.
    fn month_date(&self, i: usize) -> Option<(usize, Raw)> {
        let (m, e) = self.month_at(i, true)?;
        if let Some((d, e2)) = self.day_at(e) {
            // "July 13-15": a day range within the month
            if matches!(self.text(e2), "-" | "–")
                && let Some((d2, e3)) = self.day_at(e2 + 1)
                && d2 > d
            {
                let year = self.year_after(e3);
                let (a, b) = match year {
                    Some((y, _)) => {
                        (Date::new(y, m, d).map(Raw::Day), Date::new(y, m, d2).map(Raw::Day))
                    }
                    None => (
                        Some(Raw::MonthDay { month: m, day: d }),
                        Some(Raw::MonthDay { month: m, day: d2 }),
                    ),
                };
                let end = year.map_or(e3, |(_, e)| e);
                if let (Some(a), Some(b)) = (a, b) {
                    return Some((end, Raw::Range { from: Box::new(a), to: Box::new(b) }));
                }
            }
            if let Some((y, e3)) = self.year_after(e2) {
                return Date::new(y, m, d).map(|date| (e3, Raw::Day(date)));
            }
            if d <= days_in_month_max(m) {
                return Some((e2, Raw::MonthDay { month: m, day: d }));
            }
            return None;
        }
        if let Some((y, e2)) = self.year_after(e) {
            return Some((e2, Raw::MonthYear { month: m, year: y }));
        }
        Some((e, Raw::Month { month: m }))
    }

    /// An optional ", 2025" or " 2025" after a date.
    fn year_after(&self, e: usize) -> Option<(i32, usize)> {
        let k = if self.text(e) == "," { e + 1 } else { e };
        if !self.same_sentence(e.saturating_sub(1), k) {
            return None;
        }
        self.year_at(k)
    }

    /// Day[suffix] [of] Month [,] [Year]; "the 20th of January".
    fn day_month(&self, i: usize) -> Option<(usize, Raw)> {
        let start = if self.is(i, "the") { i + 1 } else { i };
        let (d, mut e) = self.day_at(start)?;
        // "13-15 July"
        let mut d2 = None;
        if matches!(self.text(e), "-" | "–")
            && let Some((x, e2)) = self.day_at(e + 1)
            && x > d
        {
            d2 = Some(x);
            e = e2;
        }
        let of = self.is(e, "of");
        let (m, e2) = self.month_at(if of { e + 1 } else { e }, false)?;
        if start > i && !of && d2.is_none() {
            // "the 4 February" is unusual; accept only "the 4th of February"
            return None;
        }
        let year = self.year_after(e2);
        let end = year.map_or(e2, |(_, e)| e);
        let mk = |day: u32| -> Option<Raw> {
            match year {
                Some((y, _)) => Date::new(y, m, day).map(Raw::Day),
                None if day <= days_in_month_max(m) => Some(Raw::MonthDay { month: m, day }),
                None => None,
            }
        };
        if let Some(x) = d2 {
            let (a, b) = (mk(d)?, mk(x)?);
            return Some((end, Raw::Range { from: Box::new(a), to: Box::new(b) }));
        }
        Some((end, mk(d)?))
    }

    /// 2025-02-04, 2025/02/04, 4/2/2025, 04.02.2025.
    fn numeric_date(&self, i: usize) -> Option<(usize, Raw)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let sep = self.text(i + 1);
        if !matches!(sep, "-" | "/" | ".")
            || !self.adjacent(i + 1)
            || !self.adjacent(i + 2)
            || self.text(i + 3) != sep
            || !self.adjacent(i + 3)
            || !self.adjacent(i + 4)
        {
            return None;
        }
        let num = |k: usize| -> Option<(u32, usize)> {
            let t = self.text(k);
            if self.kind(k) != Some(TokenKind::Number)
                || !t.bytes().all(|b| b.is_ascii_digit())
                || t.len() > 4
            {
                return None;
            }
            Some((t.parse().ok()?, t.len()))
        };
        let (a, la) = num(i)?;
        let (b, _) = num(i + 2)?;
        let (c, lc) = num(i + 4)?;
        if self.adjacent(i + 5)
            && matches!(self.kind(i + 5), Some(TokenKind::Number | TokenKind::Word))
        {
            return None;
        }
        if la == 4 {
            let y = i32::try_from(a).ok()?;
            return Date::new(y, b, c).map(|d| (i + 5, Raw::Day(d)));
        }
        if sep == "-" {
            return None; // 04-02-2025 reads too much like a phone number or range
        }
        let year = match lc {
            4 => i32::try_from(c).ok()?,
            2 => 2000 + i32::try_from(c).ok()?,
            _ => return None,
        };
        let month_first = Date::new(year, a, b);
        let day_first = Date::new(year, b, a);
        match (month_first, day_first) {
            (Some(x), Some(y)) if x != y => {
                Some((i + 5, Raw::AmbiguousDay { month_first: x, day_first: y }))
            }
            (Some(x), _) => Some((i + 5, Raw::Day(x))),
            (None, Some(y)) => Some((i + 5, Raw::Day(y))),
            (None, None) => None,
        }
    }

    /// Christmas, New Year's Eve, the Christmas holidays.
    fn holiday(&self, i: usize) -> Option<(usize, Raw)> {
        let start = if self.is(i, "the") { i + 1 } else { i };
        if !self.cap(start) {
            return None;
        }
        let season = self.lx.seasons.longest(self.window(start, 4));
        let day = self.lx.holidays.longest(self.window(start, 5));
        match (season, day) {
            (Some(((m, d, n), l1)), Some((_, l2))) if l1 >= l2 => Some((
                start + l1,
                Raw::Season { month: u32::from(m), day: u32::from(d), days: u32::from(n) },
            )),
            (_, Some(((m, d), l))) => {
                Some((start + l, Raw::Holiday { month: u32::from(m), day: u32::from(d) }))
            }
            (Some(((m, d, n), l)), None) => Some((
                start + l,
                Raw::Season { month: u32::from(m), day: u32::from(d), days: u32::from(n) },
            )),
            (None, None) => None,
        }
    }

    /// Q3 2024, the third quarter of 2024, the first half of 2025.
    fn quarter(&self, i: usize) -> Option<(usize, Raw)> {
        let t = self.text(i);
        let tb = t.as_bytes();
        if tb.len() == 2 && matches!(tb.first(), Some(b'Q' | b'q' | b'H' | b'h')) {
            let q = u32::from(tb.get(1)?.checked_sub(b'0')?);
            let half = matches!(tb.first(), Some(b'H' | b'h'));
            if (half && (1..=2).contains(&q)) || (!half && (1..=4).contains(&q)) {
                let year = self.year_after(i + 1);
                let end = year.map_or(i + 1, |(_, e)| e);
                let year = year.map(|(y, _)| y);
                if year.is_none() && !self.cap(i) {
                    return None;
                }
                return Some((
                    end,
                    if half { Raw::Half { h: q, year } } else { Raw::Quarter { q, year } },
                ));
            }
        }
        if !self.is(i, "the") {
            return None;
        }
        let o = self.entry(i + 1).ordinal?;
        let q = u32::try_from(o).ok()?;
        let (is_half, ok) = if self.is(i + 2, "quarter") {
            (false, (1..=4).contains(&q))
        } else if self.is(i + 2, "half") {
            (true, (1..=2).contains(&q))
        } else {
            return None;
        };
        if !ok {
            return None;
        }
        let mut end = i + 3;
        let mut year = None;
        if self.is(end, "of") {
            if let Some((y, e)) = self.year_at(end + 1) {
                year = Some(y);
                end = e;
            } else if let Some((e, Raw::RelUnit { unit: Grain::Year, offset })) =
                self.relative_unit(end + 1)
            {
                // "the first quarter of this year": leave the year to resolve
                let _ = offset;
                end = e;
            }
        }
        Some((end, if is_half { Raw::Half { h: q, year } } else { Raw::Quarter { q, year } }))
    }

    /// A year: "in 2024", "the 1990s", "fiscal 2023", "the 21st century".
    fn year(&self, i: usize) -> Option<(usize, Raw)> {
        if self.is(i, "fiscal") || self.is(i, "fy") {
            let (y, e) = self.year_at(i + 1)?;
            return Some((e, Raw::Year(y)));
        }
        // "21st century", "the twentieth century"
        if self.is(i + 1, "century") || self.is(i + 2, "century") && self.adjacent(i + 1) {
            let (c, e) = if self.kind(i) == Some(TokenKind::Number) {
                let d = parse_digits(self.text(i))?;
                let e = if self.adjacent(i + 1)
                    && matches!(
                        self.text(i + 1).to_ascii_lowercase().as_str(),
                        "st" | "nd" | "rd" | "th"
                    ) {
                    i + 2
                } else {
                    i + 1
                };
                (d.value, e)
            } else {
                (self.entry(i).ordinal? as f64, i + 1)
            };
            if self.is(e, "century") && (1.0..=30.0).contains(&c) {
                return Some((e + 1, Raw::Century(c as i32)));
            }
            return None;
        }
        // decades: "the 1990s", "1990's"
        if self.kind(i) == Some(TokenKind::Number)
            && self.text(i).len() == 4
            && self.adjacent(i + 1)
            && (self.is(i + 1, "s") || self.is(i + 1, "'s"))
        {
            let y: i32 = self.text(i).parse().ok()?;
            if y % 10 == 0 && (1000..=2999).contains(&y) {
                return Some((i + 2, Raw::Decade(y)));
            }
            return None;
        }
        let (y, e) = self.year_at(i)?;
        if !(1900..=2100).contains(&y) {
            let p = i.checked_sub(1).map(|p| self.text(p).to_ascii_lowercase());
            if !matches!(p.as_deref(), Some("in" | "since" | "of" | "year")) {
                return None;
            }
        }
        // a count: "2000 people", "2024 votes"
        if counted_noun_follows(self.doc, e) && !year_word_before(self.doc, i) {
            return None;
        }
        // a currency or unit before: "$2024" is money
        if i > 0
            && self.lx.currency_symbols.longest(self.window(i - 1, 1)).is_some()
            && self.adjacent(i)
        {
            return None;
        }
        if self.lx.units.longest(self.window(e, 2)).is_some()
            || self.lx.percent.longest(self.window(e, 2)).is_some()
        {
            return None;
        }
        Some((e, Raw::Year(y)))
    }

    /// Durations: "15 months", "42-day", "two years", "over a year",
    /// "less than 24 hours", "a year and a half".
    fn duration(&self, i: usize) -> Option<(usize, Raw)> {
        let mut modifier = None;
        let mut j = i;
        if let Some((m, len)) = self.lx.modifiers_before.longest(self.window(i, 4)) {
            modifier = Some(m);
            j = i + len;
        }
        let (n, k) = if self.is(j, "half") && (self.is(j + 1, "a") || self.is(j + 1, "an")) {
            (0.5, j + 2)
        } else {
            self.count(j)?
        };
        // "42-day", "five-year"
        let hyphen = self.text(k) == "-" && self.adjacent(k) && self.adjacent(k + 1);
        let u = if hyphen { k + 1 } else { k };
        let unit = self.entry(u).time_unit?;
        let ut = self.text(u);
        if hyphen && ut.ends_with('s') {
            return None;
        }
        let a_unit = self.is(j, "a") || self.is(j, "an");
        let mut end = u + 1;
        let mut n = n;
        // "a year and a half", "two and a half years" handled by count()
        if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
            n += 0.5;
            end += 3;
        }
        let next = self.text(end).to_ascii_lowercase();
        // "two days later" is a chained date (chain()); "less than 24 hours
        // later" is a gap: a duration
        if matches!(next.as_str(), "ago" | "later" | "earlier")
            && (unit >= Grain::Day && modifier.is_none())
        {
            return None;
        }
        if a_unit && modifier.is_none() && !hyphen {
            // "a year" is a duration only in a duration context: "for a
            // year", "a year of fighting", "over a year"
            let prev = i.checked_sub(1).map(|p| self.text(p).to_ascii_lowercase());
            let ctx_prev = matches!(
                prev.as_deref(),
                Some(
                    "for"
                        | "over"
                        | "after"
                        | "within"
                        | "in"
                        | "nearly"
                        | "almost"
                        | "about"
                        | "around"
                        | "than"
                        | "past"
                        | "last"
                        | "spent"
                        | "took"
                        | "lasted"
                        | "lasting"
                )
            );
            let ctx_next = matches!(next.as_str(), "of" | "-" | "long" | "and");
            if !(ctx_prev || ctx_next) {
                return None;
            }
        }
        // "$5 billion a year", "twice a day": rates, not durations
        if a_unit
            && i > 0
            && (self.kind(i - 1) == Some(TokenKind::Number)
                || self.is(i - 1, "twice")
                || self.is(i - 1, "times")
                || self.is(i - 1, "once")
                || self.entry(i - 1).scale.is_some()
                || self.entry(i - 1).scale_abbrev.is_some())
        {
            return None;
        }
        let q = duration(n, unit, modifier);
        // "in three weeks": maybe a date
        if i > 0 && self.is(i - 1, "in") && modifier.is_none() && !hyphen && unit >= Grain::Day {
            return Some((end, Raw::InUnits { n, unit, duration: q }));
        }
        Some((end, Raw::Duration(q)))
    }
}

fn duration(n: f64, unit: Grain, modifier: Option<Modifier>) -> Quantity {
    let qual = match modifier {
        None => Qualifier::Exact,
        Some(Modifier::Approx) => Qualifier::Approximate,
        Some(Modifier::Below) => Qualifier::Nearly,
        Some(Modifier::MoreThan) => Qualifier::MoreThan,
        Some(Modifier::AtLeast) => Qualifier::AtLeast,
        Some(Modifier::LessThan) => Qualifier::LessThan,
        Some(Modifier::AtMost) => Qualifier::AtMost,
    };
    Quantity::with_qualifier(NumberKind::Duration, n, 0.0, qual, 0.1)
        .with_unit(Some(Unit::new(unit.as_str())))
}

fn days_in_month_max(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "from March to May 2024": the first end inherits the second's year.
fn complete_range(a: Raw, b: Raw) -> (Raw, Raw) {
    match (&a, &b) {
        (Raw::Month { month }, Raw::MonthYear { year, .. }) => {
            (Raw::MonthYear { month: *month, year: *year }, b)
        }
        (Raw::MonthDay { month, day }, Raw::Day(d)) => match Date::new(d.year(), *month, *day) {
            Some(x) => (Raw::Day(x), b),
            None => (a, b),
        },
        _ => (a, b),
    }
}

fn same_type(a: &Raw, b: &Raw) -> bool {
    matches!(
        (a, b),
        (Raw::Month { .. }, Raw::Month { .. })
            | (Raw::MonthYear { .. }, Raw::MonthYear { .. })
            | (Raw::Month { .. }, Raw::MonthYear { .. })
            | (Raw::Day(_), Raw::Day(_))
            | (Raw::MonthDay { .. }, Raw::MonthDay { .. })
            | (Raw::Weekday { .. }, Raw::Weekday { .. })
    )
}
