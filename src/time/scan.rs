//! Finds time expressions as unresolved [`Raw`] values; `resolve.rs`
//! turns them into dates and times.
//!
//! The grammar works in two layers. *Atoms* are the simple expressions:
//! a date ("February 4, 2025", "4/2", "the 15th"), a relative day or
//! period ("tomorrow", "next week", "three days ago"), a weekday, a
//! holiday, a clock time ("3pm", "half past three"), a part of the day
//! ("tonight"). *Compositions* join atoms: a date and a time ("Monday at
//! 9am", "at 5pm tomorrow"), a date and a part of the day ("tomorrow
//! evening"), a weekday and a week ("Tuesday of next week"), two points
//! into an interval ("from March to May", "3-4pm"), a point and a
//! duration ("4pm for 30 mins"), open intervals ("since 2pm", "before
//! 2018").

use core::ops::Range;

use crate::lexicon::en::{DayPart, Modifier};
use crate::lexicon::{self, LexId, Lexicon, flag};
use crate::number::scan::{counted_noun_follows, parse_digits, year_word_before};
use crate::number::words;
use crate::number::{NumberKind, Qualifier, Quantity, Unit};
use crate::text::{Document, TokenKind};
use crate::time::clock::{Clock, Strength};
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
    /// the start ("the start of the year")
    Start,
    /// the end ("the end of the year")
    End,
    /// from the period's start to the reference day ("earlier this month")
    SoFar,
    /// the later part of the period ("later this week")
    Rest,
    /// from the reference day to the period's end ("the rest of the week")
    Remaining,
}

/// Qualifier of a weekday, month or holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    Bare,
    Last,
    Next,
    This,
    /// "this past Wednesday", "previous Monday"
    Past,
    /// "this coming Friday", "upcoming Friday"
    Coming,
    /// "Friday after next"
    AfterNext,
}

/// What "the n-th … of" counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Item {
    Weekday(u32),
    Unit(Grain),
    Weekend,
}

/// Open-interval markers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Open {
    /// "since X", "from X", "X and later": from the start of X
    Since,
    /// "after X": from the end of X
    After,
    /// "until X", "through X", "no later than X": to the end of X
    Until,
    /// "before X", "prior to X": to the start of X
    Before,
    /// "by X": from the reference moment to X
    By,
}

/// An unresolved time expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Raw {
    Day(Date),
    AmbiguousDay {
        month_first: Date,
        day_first: Date,
    },
    /// "4/2": month/day or day/month, year by direction
    AmbiguousMonthDay {
        month_first: (u32, u32),
        day_first: (u32, u32),
    },
    MonthDay {
        month: u32,
        day: u32,
        rel: Rel,
    },
    /// "the 15th": the month by direction
    DayOfMonth(u32),
    /// "Fri, Jul 18": the year whose July 18 is a Friday, by direction
    WeekdayMonthDay {
        wd: u32,
        month: u32,
        day: u32,
    },
    /// "Thu 15th": the next month whose 15th is a Thursday
    WeekdayDom {
        wd: u32,
        day: u32,
    },
    MonthYear {
        month: u32,
        year: i32,
    },
    Month {
        month: u32,
        rel: Rel,
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
    /// ISO week "week 31", "week 3 of 2027"
    IsoWeek {
        week: u32,
        year: Option<Box<Raw>>,
    },
    Weekday {
        wd: u32,
        rel: Rel,
    },
    RelDay(i64),
    RelUnit {
        unit: Grain,
        offset: i64,
    },
    Weekend {
        offset: i64,
    },
    Season {
        season: u32,
        offset: Option<i64>,
    },
    Holiday {
        name: u16,
        rel: Rel,
        year: Option<i32>,
    },
    Now,
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
    /// "in four business days"
    BusinessDays(i64),
    /// "3 days after X", "2 weeks before Christmas", "4 months from
    /// tomorrow"
    Shift {
        n: f64,
        unit: Grain,
        base: Box<Raw>,
    },
    /// `what` looked for from the moment `base` gives ("thanksgiving in 9
    /// months", "Monday two weeks from now")
    From {
        what: Box<Raw>,
        base: Box<Raw>,
    },
    /// "the past year", "the last three days", "in the past 24 hours":
    /// up to the reference moment
    Past {
        n: f64,
        unit: Grain,
    },
    /// "the next 3 days", "last 2 weeks", "upcoming two months": whole
    /// units next to the current one (`dir` -1 back, +1 forward);
    /// `point`: the single unit `n` away ("upcoming two weeks" in the
    /// Duckling reading is not used)
    Units {
        n: i64,
        unit: Grain,
        dir: i64,
    },
    Chain {
        n: f64,
        unit: Grain,
    },
    /// "the following week", "the next day": the calendar unit after the
    /// previous date's
    ChainUnit {
        n: i64,
        unit: Grain,
    },
    /// "3 fridays from now"
    NthWeekdayFwd {
        n: i64,
        wd: u32,
    },
    /// "the first Monday of October", "the third last week of 2018", "the
    /// 9th month of next year", "the last day of October"
    NthOf {
        n: i64,
        item: Item,
        period: Box<Raw>,
    },
    /// "the first 2 weeks of 2021", "the last four months of 2021"
    FirstUnits {
        n: i64,
        unit: Grain,
        last: bool,
        period: Box<Raw>,
    },
    /// "the week of October 7th"
    WeekOf(Box<Raw>),
    /// "the day", "the week", "the month" (the current one)
    The(Grain),
    Clock(Clock),
    DayPart(DayPart),
    /// a date with a clock time or a part of the day
    At {
        date: Box<Raw>,
        time: Box<Raw>,
    },
    Part {
        part: Part,
        inner: Box<Raw>,
    },
    Range {
        from: Box<Raw>,
        to: Box<Raw>,
    },
    Open(Open, Box<Raw>),
    /// "4pm for 30 mins", "from 18th Dec for 10 days"
    For {
        from: Box<Raw>,
        n: f64,
        unit: Grain,
    },
    /// "within 2 weeks": from now to then
    Within {
        n: f64,
        unit: Grain,
    },
    Duration(Quantity),
}

impl Raw {
    /// Needs the clause tense to resolve.
    pub(crate) fn needs_tense(&self) -> bool {
        match self {
            Raw::MonthDay { rel: Rel::Bare, .. }
            | Raw::Month { rel: Rel::Bare, .. }
            | Raw::Weekday { rel: Rel::Bare | Rel::This, .. }
            | Raw::Holiday { rel: Rel::Bare, year: None, .. }
            | Raw::Season { offset: None, .. }
            | Raw::DayOfMonth(_)
            | Raw::AmbiguousMonthDay { .. }
            | Raw::WeekdayMonthDay { .. }
            | Raw::WeekdayDom { .. }
            | Raw::Quarter { year: None, .. }
            | Raw::Half { year: None, .. }
            | Raw::Clock(_)
            | Raw::InUnits { .. } => true,
            Raw::Part { inner, .. } | Raw::Open(_, inner) | Raw::WeekOf(inner) => {
                inner.needs_tense()
            }
            Raw::At { date, time } => date.needs_tense() || time.needs_tense(),
            Raw::For { from, .. } => from.needs_tense(),
            Raw::Range { from, to } => from.needs_tense() || to.needs_tense(),
            _ => false,
        }
    }

    /// A point that can take a clock time (a day).
    fn is_day(&self) -> bool {
        match self {
            Raw::Day(_)
            | Raw::AmbiguousDay { .. }
            | Raw::AmbiguousMonthDay { .. }
            | Raw::WeekdayMonthDay { .. }
            | Raw::MonthDay { .. }
            | Raw::DayOfMonth(_)
            | Raw::WeekdayDom { .. }
            | Raw::Weekday { .. }
            | Raw::RelDay(_)
            | Raw::Holiday { .. }
            | Raw::NthWeekdayFwd { .. }
            | Raw::Chain { unit: Grain::Day, .. }
            | Raw::ChainUnit { unit: Grain::Day, .. }
            | Raw::Ago { unit: Grain::Day | Grain::Week, .. }
            | Raw::InUnits { unit: Grain::Day | Grain::Week, .. }
            | Raw::Shift { unit: Grain::Day | Grain::Week, .. }
            | Raw::BusinessDays(_) => true,
            Raw::NthOf { item: Item::Weekday(_) | Item::Unit(Grain::Day), .. } => true,
            Raw::From { what, .. } => what.is_day(),
            _ => false,
        }
    }

    fn is_clock(&self) -> bool {
        matches!(self, Raw::Clock(_))
    }

    fn has_time(&self) -> bool {
        match self {
            Raw::Clock(_) | Raw::DayPart(_) => true,
            Raw::At { time, .. } => time.has_time(),
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

/// A token's text, lower-cased (ASCII).
#[derive(Clone, Copy)]
pub(crate) struct Lower<'s>(&'s str);

impl<'s> Lower<'s> {
    pub(crate) fn as_str(&self) -> &'s str {
        self.0
    }
}

impl core::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

pub(crate) struct Scanner<'a, 't> {
    pub(crate) doc: &'a Document<'t>,
    pub(crate) lx: &'static Lexicon,
    pub(crate) ids: &'a [LexId],
    pub(crate) n: usize,
    /// The text lower-cased (ASCII), for word comparisons: the
    /// document's own copy.
    low: &'a str,
    /// Each token's value when it is plain ASCII digits (≤ 9), else
    /// `u32::MAX`.
    pub(crate) plains: Vec<u32>,
    /// For each token, the index of the next token (itself included) that
    /// is a unit of time ("days", "weekend", a glued "3h").
    next_unit: Vec<u32>,
    /// The last few results of `duration_parts` and `count`, by token:
    /// the grammar asks for the same count or duration at one token from
    /// several rules ("3 days ago", "3 days later", "3 days").
    durations: Memo<Option<(usize, (f64, Grain))>>,
    counts: Memo<Option<(f64, usize)>>,
}

/// A small cache of a pure function of a token index, direct-mapped on
/// the index: the scanner only ever looks a few tokens around its
/// position.
struct Memo<T: Copy>([core::cell::Cell<Option<(usize, T)>>; 8]);

impl<T: Copy> Memo<T> {
    fn new() -> Memo<T> {
        Memo(core::array::from_fn(|_| core::cell::Cell::new(None)))
    }

    fn get_or(&self, i: usize, f: impl FnOnce() -> T) -> T {
        let Some(slot) = self.0.get(i % 8) else { return f() };
        if let Some((k, v)) = slot.get()
            && k == i
        {
            return v;
        }
        let v = f();
        slot.set(Some((i, v)));
        v
    }
}

/// The value of a token of at most nine ASCII digits.
fn plain_value(d: &[u8]) -> Option<u32> {
    if d.is_empty() || d.len() > 9 {
        return None;
    }
    let mut v: u32 = 0;
    for &b in d {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(b - b'0');
    }
    Some(v)
}

/// Scans the document for time expressions, in order, non-overlapping.
pub(crate) fn scan<'a>(doc: &'a Document<'_>, ids: &'a [LexId]) -> Vec<RawMention> {
    let text = doc.text();
    let bytes = text.as_bytes();
    let plains = doc
        .tokens()
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Number {
                bytes.get(t.span.start..t.span.end).and_then(plain_value).unwrap_or(u32::MAX)
            } else {
                u32::MAX
            }
        })
        .collect();
    let lx = lexicon::english();
    let low = doc.lower_text();
    let mut next_unit = vec![u32::MAX; ids.len()];
    let mut next = u32::MAX;
    for (k, t) in doc.tokens().iter().enumerate().rev() {
        // a glued "3h", "10D"
        let glued = !t.space_before
            && t.span.end.wrapping_sub(t.span.start) == 1
            && matches!(low.as_bytes().get(t.span.start), Some(b'd' | b'w' | b'y' | b'h'));
        if glued || lx.flags(t.lex) & flag::UNIT_END != 0 {
            next = u32::try_from(k).unwrap_or(u32::MAX);
        }
        if let Some(slot) = next_unit.get_mut(k) {
            *slot = next;
        }
    }
    let s = Scanner {
        doc,
        lx,
        n: ids.len(),
        ids,
        low,
        plains,
        next_unit,
        durations: Memo::new(),
        counts: Memo::new(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.n {
        if s.may_start(i)
            && let Some((end, raw)) = s.expression(i)
            && end > i
        {
            // a leading "at" or "on" is context, not part of the span
            let start = if end > i + 1
                && !matches!(raw, Raw::Now)
                && (s.is(i, "at") || s.is(i, "on") || s.is(i, "@"))
            {
                i + 1
            } else {
                i
            };
            out.push(RawMention { tokens: start..end, raw });
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

impl Scanner<'_, '_> {
    /// Can a time expression start at token `i`? A cheap filter on the
    /// token's lexicon entry before any grammar runs.
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.doc.tok(i) else { return false };
        match t.kind {
            // most words are no time words: one look at the packed flags
            TokenKind::Word if self.lx.flags(t.lex) & (flag::TIME_START | flag::TIME_LEAD) == 0 => {
                self.glued_time_word(i)
            }
            // a count of something ("40 people") is not a time
            TokenKind::Number => {
                // not inside a chain of numbers ("+86 138-2010-2015", "SSN
                // 123-12-1234"): where a date can be, it starts earlier
                if i >= 2
                    && matches!(self.text(i - 1), "-" | "/")
                    && self.adjacent(i - 1)
                    && self.adjacent(i)
                    && self.kind(i - 2) == Some(TokenKind::Number)
                {
                    return false;
                }
                self.figure_may_be_time(i)
            }
            TokenKind::Word => {
                let f = self.lx.flags(t.lex);
                if f & flag::TIME_START != 0 {
                    // a number word counts things ("five people", "the
                    // third round") unless a time word can follow it
                    return self.is_time_token(i);
                }
                if f & flag::TIME_LEAD != 0 {
                    // "on Monday", "in March 2021": no rule starts with
                    // "on" or "in" before a weekday or a month name, and
                    // the date itself starts at the next token
                    if (self.is(i, "on") || self.is(i, "in")) && {
                        let next = self.entry(i + 1);
                        next.weekday.is_some() || next.month.is_some()
                    } {
                        return false;
                    }
                    // "and" joins two expressions; none starts with it
                    if self.is(i, "and") {
                        return false;
                    }
                    // a function word: only with a time word or number
                    // within the next few tokens
                    // through other function words ("in a couple of
                    // minutes", "the end of the year")
                    for k in i + 1..(i + 6).min(self.n) {
                        if self.is_time_token(k) {
                            return true;
                        }
                        let lead = self.flags(k) & flag::TIME_LEAD != 0 || self.is_lead_joiner(k);
                        if !lead {
                            return false;
                        }
                    }
                    return false;
                }
                self.glued_time_word(i)
            }
            TokenKind::Symbol => matches!(self.text(i), "@" | "=" | "½" | "¼" | "¾"),
            _ => false,
        }
    }

    /// The token after a number can continue a time expression: not an
    /// ordinary word ("40 people", "3 ships").
    fn time_may_follow(&self, k: usize) -> bool {
        match self.kind(k) {
            Some(TokenKind::Word) => {
                let e = self.entry(k);
                e.flags & flag::TIME_START != 0
                    || e.flags & flag::TIME_LEAD != 0 && self.lead_reaches_time(k)
                    || e.cardinal.is_some()
                    || self.adjacent(k)
                    || self.glued_time_word(k)
                    || matches!(
                        self.lower(k).as_str(),
                        "and"
                            | "or"
                            | "of"
                            | "s"
                            | "'s"
                            | "nights"
                            | "night"
                            | "ish"
                            | "h"
                            | "bc"
                            | "b.c."
                            | "ad"
                            | "a.d."
                            | "bce"
                            | "quarters"
                            | "past"
                            | "extra"
                            | "additional"
                            | "consecutive"
                            | "straight"
                            | "long"
                    )
                    || self.lx.time_zones.longest(self.window(k, 1)).is_some()
            }
            _ => true,
        }
    }

    /// The function word at `k` leads to a time word or a figure within a
    /// few tokens ("5 in the morning", "10 to 5"), not into an ordinary
    /// phrase ("the third round of talks").
    fn lead_reaches_time(&self, k: usize) -> bool {
        for m in k + 1..(k + 6).min(self.n) {
            match self.kind(m) {
                Some(TokenKind::Number) => return true,
                Some(TokenKind::Word) => {
                    let f = self.flags(m);
                    if f & flag::TIME_START != 0 || self.glued_time_word(m) {
                        return true;
                    }
                    if f & flag::TIME_LEAD == 0 && !self.is_lead_joiner(m) {
                        return false;
                    }
                }
                _ => {
                    if !self.is_lead_joiner(m) {
                        return false;
                    }
                }
            }
        }
        false
    }

    /// Words and marks that a lead word may reach a time word through
    /// ("the end of the year", "more than three", "today's").
    fn is_lead_joiner(&self, m: usize) -> bool {
        matches!(
            self.lower(m).as_str(),
            "of" | "-" | "than" | "or" | "and" | "but" | "equal" | "'" | "'s" | "single"
        )
    }

    fn is_time_token(&self, k: usize) -> bool {
        match self.kind(k) {
            // after a function word, a figure or number word that counts
            // something is no time ("of 120 trucks", "for five days" has
            // its unit)
            Some(TokenKind::Number) => self.figure_may_be_time(k) || self.clock_word_follows(k + 1),
            Some(TokenKind::Word) => {
                let e = self.entry(k);
                e.flags & flag::TIME_START != 0
                    && (!self.numeral_only(e)
                        || self.time_may_follow(k + 1)
                        || self.clock_word_follows(k + 1)
                        || self.entry(k + 1).scale.is_some())
                    || self.glued_time_word(k)
            }
            _ => false,
        }
    }

    /// A figure can be part of a time expression: a year ("the 2024
    /// election"), or a figure that a time word or punctuation can follow
    /// (not a count of something: "40 people").
    fn figure_may_be_time(&self, i: usize) -> bool {
        if self.plain(i).is_some_and(|(v, l)| l == 4 && (1000..3000).contains(&v)) {
            return true;
        }
        // a share or an amount is no time ("40%", "$3.4bn")
        let next = i + 1;
        // a figure with thousands separators counts things; only a unit
        // of time makes it one ("1,000 days"), not a date after it ("rose
        // to 12,345 on Sunday")
        if self.text(i).contains(',')
            && matches!(
                self.lower(next).as_str(),
                "on" | "in" | "at" | "by" | "to" | "from" | "since" | "until" | "before" | "after"
            )
        {
            return false;
        }
        if self.text(next) == "%"
            || self.kind(next) == Some(TokenKind::Word)
                && self.adjacent(next)
                && self.flags(next) & flag::TIME_START == 0
                && {
                    let e = self.entry(next);
                    e.scale.is_some() || e.scale_abbrev.is_some()
                }
        {
            return false;
        }
        self.time_may_follow(next)
    }

    /// Token `k` can continue a clock time after a number (given a marker
    /// before it): "p . m .", "sharp", "oh three", "20 minutes past".
    fn clock_word_follows(&self, k: usize) -> bool {
        self.kind(k) == Some(TokenKind::Word)
            && (self.flags(k) & flag::CLOCK != 0
                || matches!(
                    self.lower(k).as_str(),
                    "p" | "ampm" | "sharp" | "oh" | "o" | "ou" | "zero" | "o’clock" | "clock"
                ))
    }

    /// A number word and nothing else ("five", "third"), as opposed to
    /// a time word that is also a number ("second").
    fn numeral_only(&self, e: &lexicon::Entry) -> bool {
        (e.cardinal.is_some() || e.ordinal.is_some())
            && e.time_unit.is_none()
            && e.flags & flag::TIME_WORD == 0
    }

    /// "Dec31", "Q3", "H1": a letter word ending in digits.
    fn glued_time_word(&self, i: usize) -> bool {
        let Some(t) = self.doc.tok(i) else { return false };
        let b = self.low.as_bytes();
        t.span.end > t.span.start
            && b.get(t.span.end - 1).is_some_and(u8::is_ascii_digit)
            && b.get(t.span.start).is_some_and(u8::is_ascii_alphabetic)
    }

    /// Token `i` is the word `w` (given in lower case).
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        match self.doc.tok(i) {
            Some(t) if t.span.end.wrapping_sub(t.span.start) == w.len() => {
                self.low.as_bytes().get(t.span.start..t.span.end) == Some(w.as_bytes())
            }
            _ => false,
        }
    }

    pub(crate) fn lower(&self, i: usize) -> Lower<'_> {
        Lower(self.doc.tok(i).and_then(|t| self.low.get(t.span.start..t.span.end)).unwrap_or(""))
    }

    pub(crate) fn text(&self, i: usize) -> &str {
        self.doc.tok_text(i)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.kind(i)
    }

    pub(crate) fn cap(&self, i: usize) -> bool {
        self.doc.tok(i).is_some_and(|t| t.cap)
    }

    pub(crate) fn adjacent(&self, i: usize) -> bool {
        self.doc.adjacent(i)
    }

    pub(crate) fn entry(&self, i: usize) -> &'static lexicon::Entry {
        self.lx.get(self.ids.get(i).copied().unwrap_or(0))
    }

    pub(crate) fn window(&self, from: usize, len: usize) -> &[LexId] {
        let to = from.saturating_add(len).min(self.n);
        self.ids.get(from.min(to)..to).unwrap_or(&[])
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.doc.sentence_index(a) == self.doc.sentence_index(b)
    }

    fn flags(&self, i: usize) -> u32 {
        self.lx.flags(self.ids.get(i).copied().unwrap_or(0))
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.text(i), "-" | "–" | "—" | "~" | "−")
    }

    /// The tokens `a..b` are the whole sentence they are in (a date
    /// written alone: "2-15", "15 - 2").
    fn alone(&self, a: usize, b: usize) -> bool {
        let s = self.doc.sentence_tokens(self.doc.sentence_index(a));
        let end = (s.start..s.end)
            .rev()
            .find(|&k| self.kind(k) != Some(TokenKind::Punct))
            .map_or(s.end, |k| k + 1);
        s.start == a && end <= b
    }

    // ------------------------------------------------------------ top level

    /// Any time expression at `i`: open intervals and ranges first, then
    /// points (with what attaches to them), then durations.
    fn expression(&self, i: usize) -> Option<(usize, Raw)> {
        // "won in 2:19:07": elapsed time, before any clock reading
        if self.kind(i) == Some(TokenKind::Number)
            && let Some(r) = self.race_time(i)
        {
            return Some(r);
        }
        if let Some(r) = self.prefixed(i) {
            return Some(r);
        }
        if let Some((e, p)) = self.composite(i) {
            return Some(self.postfix(i, e, p));
        }
        // "5 to 6pm", "4 til 5pm", "4 to 23 next month": a bare number
        // that another end makes a time or a day
        if let Some((e, b)) = self.bare_number(i)
            && (self.is(e, "to")
                || self.is(e, "till")
                || self.is(e, "til")
                || self.is(e, "until")
                || self.is_dash(e))
            && let Some((e2, q)) = self.range_end(e + 1)
            && let Some(r) = self.make_range(b, q.clone())
        {
            let strong_end = matches!(&q, Raw::Clock(c) if c.strength == Strength::Strong)
                || matches!(&q, Raw::At { .. });
            let (e3, r) = self.postfix_after_range(e2, r);
            let dated = e3 > e2;
            if strong_end || dated {
                return Some((e3, r));
            }
        }
        let (e, d) = self.duration(i)?;
        // "3 days from now", "in a week at 5pm" are handled in composite;
        // "4 hours and 30 minutes" stays a duration
        Some((e, d))
    }

    /// Open intervals and ranges introduced by a word.
    fn prefixed(&self, i: usize) -> Option<(usize, Raw)> {
        let w = self.lower(i);
        let w = w.as_str();
        match w {
            "from" | "between" => {
                let joiners: &[&str] = if w == "from" {
                    &[
                        "to", "until", "till", "til", "untill", "through", "thru", "-", "–", "~",
                        "and",
                    ]
                } else {
                    &["and", "to", "-", "–", "~", "through", "thru"]
                };
                let mut j = i + 1;
                if self.is(j, "the") && self.kind(j + 1) == Some(TokenKind::Number) {
                    j += 1;
                }
                if let Some((e1, a)) = self.range_end(j) {
                    if joiners.iter().any(|x| self.is(e1, x))
                        && let Some((e2, b)) = self.range_end(e1 + 1)
                        && let Some(r) = self.make_range(a.clone(), b)
                    {
                        return Some(self.postfix(i, e2, r));
                    }
                    // "from 18th Dec for 10 days"
                    if let Some((e2, n, unit)) = self.for_duration(e1) {
                        return Some((e2, Raw::For { from: Box::new(a), n, unit }));
                    }
                    // "from Monday onwards", "from 7:00 am"
                    if w == "from"
                        && (self.is(e1, "onwards")
                            || self.is(e1, "onward")
                            || self.is(e1, "on") && self.kind(e1 + 1) != Some(TokenKind::Word))
                    {
                        return Some((e1 + 1, Raw::Open(Open::Since, Box::new(a))));
                    }
                    if w == "from" && a.has_time() && !self.is(e1, "'s") {
                        return Some((e1, Raw::Open(Open::Since, Box::new(a))));
                    }
                }
                None
            }
            "since" => {
                let (e, a) = self.composite(i + 1)?;
                Some((e, Raw::Open(Open::Since, Box::new(a))))
            }
            // "sooner than 2020", "ending with 1/1/2016", "before or on
            // 1/1/2016", "on or earlier than 3pm", "greater than 2012"
            "sooner" | "greater" | "ending" | "on" | "newer" | "older"
                if matches!(self.lower(i + 1).as_str(), "than" | "with" | "or") =>
            {
                let (kind, k) = match (w, self.lower(i + 1).as_str()) {
                    ("sooner", "than") | ("older", "than") => (Open::Before, i + 2),
                    ("greater", "than") | ("newer", "than") => (Open::After, i + 2),
                    ("ending", "with") => (Open::Until, i + 2),
                    ("on", "or")
                        if matches!(self.lower(i + 2).as_str(), "earlier" | "before")
                            && (self.is(i + 3, "than") || !self.is(i + 2, "earlier")) =>
                    {
                        (Open::Until, if self.is(i + 3, "than") { i + 4 } else { i + 3 })
                    }
                    ("on", "or") if matches!(self.lower(i + 2).as_str(), "later" | "after") => {
                        (Open::Since, if self.is(i + 3, "than") { i + 4 } else { i + 3 })
                    }
                    _ => return None,
                };
                let (e, a) = self.composite(k)?;
                Some((e, Raw::Open(kind, Box::new(a))))
            }
            "before" if self.is(i + 1, "or") && self.is(i + 2, "on") => {
                let (e, a) = self.composite(i + 3)?;
                Some((e, Raw::Open(Open::Until, Box::new(a))))
            }
            "year" if self.is(i + 1, "greater") && self.is(i + 2, "than") => {
                let (e, a) = self.composite(i + 3)?;
                Some((e, Raw::Open(Open::After, Box::new(a))))
            }
            // "more than 2 weeks before today", "less than 3 days after
            // tomorrow", "less than 2 weeks from today"
            "more" | "less" if self.is(i + 1, "than") => {
                let (e, (n, unit)) = self.duration_parts(i + 2)?;
                let dir = self.lower(e);
                let sign = match dir.as_str() {
                    "before" => -1.0,
                    "after" | "from" => 1.0,
                    _ => return None,
                };
                let (e2, base) = self.composite(e + 1)?;
                let shifted = Raw::Shift { n: sign * n, unit, base: Box::new(base.clone()) };
                let r = match (w, sign > 0.0) {
                    ("more", false) => Raw::Open(Open::Until, Box::new(shifted)),
                    ("more", true) => Raw::Open(Open::Since, Box::new(shifted)),
                    ("less", true) => Raw::Range { from: Box::new(base), to: Box::new(shifted) },
                    _ => Raw::Range { from: Box::new(shifted), to: Box::new(base) },
                };
                Some((e2, r))
            }
            "starting" | "beginning" if !self.is(i + 1, "of") => {
                let j = if self.is(i + 1, "from") || self.is(i + 1, "on") || self.is(i + 1, "at") {
                    i + 2
                } else {
                    i + 1
                };
                let (e, a) = self.composite(j)?;
                Some((e, Raw::Open(Open::Since, Box::new(a))))
            }
            "until" | "till" | "til" | "untill" | "through" | "thru" | "to" => {
                if w == "to" && !self.is(i + 1, "date") {
                    return None;
                }
                // "till date", "to date": up to now
                if self.is(i + 1, "date") {
                    return Some((i + 2, Raw::Open(Open::Until, Box::new(Raw::RelDay(0)))));
                }
                let (e, a) = self.composite(i + 1)?;
                if matches!(w, "through" | "thru") && matches!(a, Raw::Year(_)) {
                    return None;
                }
                Some((e, Raw::Open(Open::Until, Box::new(a))))
            }
            "before" | "prior" | "earlier" | "sometimes" | "sometime" => {
                let mut j = i + 1;
                if w == "prior" {
                    if !self.is(j, "to") {
                        return None;
                    }
                    j += 1;
                } else if w == "earlier" {
                    if !self.is(j, "than") {
                        return None;
                    }
                    j += 1;
                } else if w != "before" {
                    if !self.is(j, "before") {
                        return None;
                    }
                    j += 1;
                }
                let (e, a) = self.composite(j)?;
                Some((e, Raw::Open(Open::Before, Box::new(a))))
            }
            "after" | "later" => {
                let mut j = i + 1;
                if w == "later" {
                    if !self.is(j, "than") {
                        return None;
                    }
                    j += 1;
                }
                let mut kind = Open::After;
                // "after or equal to"
                if self.is(j, "or") && self.is(j + 1, "equal") && self.is(j + 2, "to") {
                    j += 3;
                    kind = Open::Since;
                }
                if self.is(j, "around") || self.is(j, "about") {
                    j += 1;
                }
                let (e, a) = self.composite(j)?;
                // "later than 9:30 but before 11:00"
                if (self.is(e, "but") || self.is(e, "and") && a.has_time())
                    && self.is(e + 1, "before")
                    && let Some((e2, b)) = self.composite(e + 2)
                    && let Some(r) = self.make_range(a.clone(), b)
                {
                    return Some((e2, r));
                }
                // "after 5 days": in five days
                if let Raw::InUnits { .. } | Raw::Duration(_) = a {
                    return None;
                }
                Some((e, Raw::Open(kind, Box::new(a))))
            }
            "no" | "not" if self.is(i + 1, "later") && self.is(i + 2, "than") => {
                let (e, a) = self.composite(i + 3)?;
                Some((e, Raw::Open(Open::Until, Box::new(a))))
            }
            "as" if (self.is(i + 1, "late") || self.is(i + 1, "early")) && self.is(i + 2, "as") => {
                let (e, a) = self.composite(i + 3)?;
                let k = if self.is(i + 1, "late") { Open::Until } else { Open::Since };
                Some((e, Raw::Open(k, Box::new(a))))
            }
            "any" if self.is(i + 1, "time") && self.is(i + 2, "from") => {
                let (e, a) = self.composite(i + 3)?;
                Some((e, Raw::Open(Open::Since, Box::new(a))))
            }
            "by" => {
                // "by 2pm", "by the end of the month", "by EOD"
                let (e, a) = self.composite(i + 1)?;
                if matches!(a, Raw::Year(_) | Raw::Duration(_) | Raw::InUnits { .. }) {
                    return None;
                }
                Some((e, Raw::Open(Open::By, Box::new(a))))
            }
            "within" => {
                let mut j = i + 1;
                if self.is(j, "the") {
                    j += 1;
                }
                if self.is(j, "next") || self.is(j, "coming") {
                    j += 1;
                }
                let (e, q) = self.duration_parts(j)?;
                let (n, unit) = q;
                Some((e, Raw::Within { n, unit }))
            }
            "for" => {
                // "for 30' starting from 4pm", "for 3 hours from 10 am",
                // "for 3 days from today"
                let (e, n, unit) = self.for_duration(i)?;
                let mut j = e;
                if self.text(j) == "," {
                    j += 1;
                }
                if self.is(j, "starting") {
                    j += 1;
                }
                if !(self.is(j, "from") || self.is(j, "starting")) {
                    return None;
                }
                let (e2, a) = self.composite(j + 1)?;
                Some((e2, Raw::For { from: Box::new(a), n, unit }))
            }
            _ => None,
        }
    }

    /// A point usable as one end of a range: a composite, or a bare day
    /// number ("from 13 to 15 July", "between 3 and 5").
    fn range_end(&self, i: usize) -> Option<(usize, Raw)> {
        let c = self.composite_with(i, true);
        let bare = self.bare_number(i);
        match (c, bare) {
            (Some((e, r)), Some((e2, b))) if e2 > e => Some((e2, b)).or(Some((e, r))),
            (Some(x), _) => Some(x),
            (None, b) => b,
        }
    }

    /// A bare number 1–31 (a day or an hour, decided by the other end of
    /// a range) or an ordinal day ("the 13th", "ninth").
    fn bare_number(&self, i: usize) -> Option<(usize, Raw)> {
        let j = if self.is(i, "the") { i + 1 } else { i };
        if let Some((d, e)) = self.ordinal(j) {
            return (1..=31).contains(&d).then_some((e, Raw::DayOfMonth(d)));
        }
        let (v, e) = if let Some((v, len)) = self.plain(j) {
            if len > 2 {
                return None;
            }
            (v, j + 1)
        } else {
            self.cardinal_word(j)?
        };
        if !(1..=31).contains(&v) {
            return None;
        }
        // a clock-looking number (am/pm) is handled by composite
        if v <= 24 {
            let mut c = Clock {
                h: v,
                m: 0,
                s: 0,
                grain: Grain::Hour,
                half: None,
                ambiguous: (1..=12).contains(&v),
                zone: None,
                strength: Strength::Weak,
            };
            c.strength = Strength::Weak;
            return Some((e, Raw::Clock(c)));
        }
        Some((e, Raw::DayOfMonth(v)))
    }

    fn point_like(&self, r: &Raw) -> bool {
        !matches!(r, Raw::Duration(_))
    }

    /// Joins two ends into a range when they fit: two days of one month,
    /// two clock times, two dates; bare numbers take the other end's
    /// kind.
    fn make_range(&self, a: Raw, b: Raw) -> Option<Raw> {
        let weak = |r: &Raw| matches!(r, Raw::Clock(c) if c.strength == Strength::Weak && c.grain == Grain::Hour && c.m == 0);
        let day_num = |r: &Raw| -> Option<u32> {
            match r {
                Raw::DayOfMonth(d) => Some(*d),
                Raw::Clock(c) if weak(r) => Some(c.h),
                _ => None,
            }
        };
        match (&a, &b) {
            (x, Raw::MonthDay { month, rel, .. }) if day_num(x).is_some() => {
                let d = day_num(x)?;
                let a2 = Raw::MonthDay { month: *month, day: d, rel: *rel };
                Some(Raw::Range { from: Box::new(a2), to: Box::new(b) })
            }
            (x, Raw::Day(date)) if day_num(x).is_some() => {
                let d = day_num(x)?;
                let a2 = Raw::Day(Date::new(date.year(), date.month(), d)?);
                Some(Raw::Range { from: Box::new(a2), to: Box::new(b) })
            }
            (Raw::MonthDay { month, day, rel }, y) if day_num(y).is_some() => {
                let d = day_num(y)?;
                // "April 27 to the 3rd": the 3rd of May
                let m2 = if d < *day { month % 12 + 1 } else { *month };
                let b2 = Raw::MonthDay { month: m2, day: d, rel: *rel };
                Some(Raw::Range { from: Box::new(a), to: Box::new(b2) })
            }
            (Raw::Day(date), y) if day_num(y).is_some() => {
                let d = day_num(y)?;
                let b2 = Raw::Day(Date::new(date.year(), date.month(), d)?);
                Some(Raw::Range { from: Box::new(a), to: Box::new(b2) })
            }
            (Raw::DayOfMonth(_), Raw::DayOfMonth(_)) => {
                Some(Raw::Range { from: Box::new(a), to: Box::new(b) })
            }
            (Raw::Month { month: m1, rel: Rel::Bare }, Raw::MonthYear { month: m2, year }) => {
                // "Nov-Feb 2017": the first month in the year before
                let y = if m1 > m2 { year - 1 } else { *year };
                let a2 = Raw::MonthYear { month: *m1, year: y };
                Some(Raw::Range { from: Box::new(a2), to: Box::new(b) })
            }
            (Raw::MonthDay { month, day, .. }, Raw::Day(d)) => {
                let a2 = Raw::Day(Date::new(d.year(), *month, *day)?);
                Some(Raw::Range { from: Box::new(a2), to: Box::new(b) })
            }
            // "9:30 - 11:00 on Thursday", "between 2:00 tomorrow and 4:00":
            // the date applies to both times
            (Raw::Clock(_), Raw::At { date, time }) if time.is_clock() => {
                let r = Raw::Range { from: Box::new(a.clone()), to: time.clone() };
                Some(Raw::At { date: date.clone(), time: Box::new(r) })
            }
            (Raw::At { date, time }, Raw::Clock(_)) if time.is_clock() => {
                let r = Raw::Range { from: time.clone(), to: Box::new(b.clone()) };
                Some(Raw::At { date: date.clone(), time: Box::new(r) })
            }
            _ if a.has_time() || b.has_time() => {
                // clocks: the bare one takes the other's am/pm
                Some(Raw::Range { from: Box::new(a), to: Box::new(b) })
            }
            _ if weak(&a) || weak(&b) => None,
            _ if compatible(&a, &b) => Some(Raw::Range { from: Box::new(a), to: Box::new(b) }),
            _ => None,
        }
    }

    /// After a point: a range ("March to May"), a duration ("for 10
    /// days"), "and later", "after next".
    fn postfix(&self, start: usize, e: usize, p: Raw) -> (usize, Raw) {
        let (e, p) = self.postfix_after_range(e, p);
        // "X to Y", "X - Y", "X through Y"
        let joiner = self.is(e, "to")
            || self.is_dash(e)
            || self.is(e, "through")
            || self.is(e, "thru")
            || self.is(e, "till")
            || self.is(e, "until")
            || self.is(e, "til");
        if joiner
            && !(start > 0 && self.is(start - 1, "from"))
            && let Some((e2, q)) = self.range_end(e + 1)
            && (self.point_like(&q))
            && let Some(r) = self.make_range(p.clone(), q.clone())
            && (compatible(&p, &q)
                || p.has_time()
                || q.has_time()
                || !matches!(p, Raw::Day(_) | Raw::MonthDay { .. }))
        {
            // a time range "3-4pm" needs a time on one side
            let ok = match (&p, &q) {
                (Raw::Clock(a), Raw::Clock(b)) => {
                    a.strength == Strength::Strong || b.strength == Strength::Strong
                }
                _ => true,
            };
            if ok {
                return self.postfix_after_range(e2, r);
            }
        }
        if let Some((e2, n, unit)) = self.for_duration(e)
            && matches!(p, Raw::Clock(_) | Raw::At { .. }) | p.is_day()
        {
            return (e2, Raw::For { from: Box::new(p), n, unit });
        }
        // "2018 or later", "1/1/2016 and after", "year 2016 and greater";
        // not "2018 or later than 2020"
        let ends = |k: usize| !self.is(k, "than") && self.composite(k).is_none();
        if (self.is(e, "or") || self.is(e, "and"))
            && matches!(self.lower(e + 1).as_str(), "later" | "after" | "greater" | "newer")
            && ends(e + 2)
        {
            return (e + 2, Raw::Open(Open::Since, Box::new(p)));
        }
        if (self.is(e, "or") || self.is(e, "and"))
            && matches!(self.lower(e + 1).as_str(), "earlier" | "before" | "sooner")
            && ends(e + 2)
        {
            return (e + 2, Raw::Open(Open::Until, Box::new(p)));
        }
        (e, p)
    }

    fn postfix_after_range(&self, e: usize, r: Raw) -> (usize, Raw) {
        // "from 4 to 22 this month", "4 till 23 of this month", "from 4-23
        // in next month": two bare numbers are days of that month
        if let Raw::Range { from, to } = &r
            && let (Some(a), Some(b)) = (bare_day(from), bare_day(to))
            && a < b
        {
            let j = if self.is(e, "of") || self.is(e, "in") { e + 1 } else { e };
            if let Some((e2, m)) = self.month_ref(j) {
                let day = |d: u32| Raw::NthOf {
                    n: i64::from(d),
                    item: Item::Unit(Grain::Day),
                    period: Box::new(m.clone()),
                };
                return (e2, Raw::Range { from: Box::new(day(a)), to: Box::new(day(b)) });
            }
        }
        // "9:30 - 11:00 on Thursday", "1pm-2pm tomorrow"
        if let Raw::Range { .. } = r
            && r.has_time_range()
        {
            let j =
                if self.is(e, "on") || self.is(e, "of") || self.text(e) == "," { e + 1 } else { e };
            let j = if self.is(j, "on") { j + 1 } else { j };
            if let Some((e2, d)) = self.date_point(j)
                && d.is_day()
            {
                return (e2, Raw::At { date: Box::new(d), time: Box::new(r) });
            }
        }
        (e, r)
    }

    /// "for 10 days", "for 30 mins", "for 2.5 hours".
    fn for_duration(&self, i: usize) -> Option<(usize, f64, Grain)> {
        if !self.is(i, "for") {
            return None;
        }
        let (e, (n, unit)) = self.duration_parts(i + 1)?;
        Some((e, n, unit))
    }

    /// A point with what attaches to it: dates with clock times or parts
    /// of the day, weekdays with weeks.
    fn composite(&self, i: usize) -> Option<(usize, Raw)> {
        self.composite_with(i, false)
    }

    /// As `composite`; `weak_ok` accepts a bare number as a time (one end
    /// of a range of times).
    fn composite_with(&self, i: usize, weak_ok: bool) -> Option<(usize, Raw)> {
        let (mut e, mut a) = self.atom_with(i, weak_ok)?;
        let atom_end = e;
        for _ in 0..4 {
            match self.extend(e, &a) {
                Some((e2, b)) if e2 > e => {
                    e = e2;
                    a = b;
                }
                _ => break,
            }
        }
        // a weak clock alone ("at 3") is a time only after a marker
        if let Raw::Clock(c) = &a
            && c.strength == Strength::Weak
            && !weak_ok
            && e == atom_end
            && !self.marker_before(i)
            && !self.is(i, "at")
            && !self.is(i, "@")
            && !self.is(i, "around")
            && !self.is(i, "about")
            && !self.is(i, "approximately")
        {
            return None;
        }
        Some((e, a))
    }

    /// Extends a point at its end `e`.
    fn extend(&self, e: usize, a: &Raw) -> Option<(usize, Raw)> {
        // nothing attaches across the end of a sentence or a closing mark
        if e >= self.n
            || self.kind(e) == Some(TokenKind::Punct)
                && matches!(self.text(e), "." | "!" | "?" | ";" | ")" | "]" | "\"" | "”")
        {
            return None;
        }
        let at = |date: Raw, time: Raw| Raw::At { date: Box::new(date), time: Box::new(time) };
        // a date, then a time: "tomorrow at 5pm", "Monday 9am", "4/25 at
        // 4:00pm", "Friday in the afternoon", "tomorrow evening"
        if a.is_day() || matches!(a, Raw::At { time, .. } if !time.is_clock()) {
            let mut j = e;
            if self.text(j) == "," {
                j += 1;
            }
            // "Thursday before 5pm", "1/1/2015 after 2:00", "previous Tuesday
            // by 2 in the afternoon", "next Wednesday later than 10"
            let open = match self.lower(j).as_str() {
                "before" => Some((Open::Before, j + 1)),
                "after" => Some((Open::After, j + 1)),
                "by" => Some((Open::Until, j + 1)),
                "until" | "till" | "til" => Some((Open::Until, j + 1)),
                "prior" if self.is(j + 1, "to") => Some((Open::Before, j + 2)),
                "later" if self.is(j + 1, "than") => Some((Open::After, j + 2)),
                "earlier" if self.is(j + 1, "than") => Some((Open::Before, j + 2)),
                _ => None,
            };
            if let Some((kind, k)) = open
                && !matches!(a, Raw::At { .. })
                && let Some((e2, t)) = self.time_point(k, true)
            {
                let (e3, t) = match self.extend(e2, &t) {
                    Some((e3, t2 @ Raw::Clock(_))) => (e3, t2),
                    _ => (e2, t),
                };
                return Some((e3, Raw::Open(kind, Box::new(at(a.clone(), t)))));
            }
            let marker = matches!(
                self.lower(j).as_str(),
                "at" | "@" | "around" | "about" | "for" | "by" | "approximately" | "from"
            );
            // "from" starts a time range: "Tuesday from 2:00 to 2:30 pm"
            if self.is(j, "from") || self.is(j, "between") {
                if let Some((e2, r)) = self.prefixed(j)
                    && r.has_time_range()
                {
                    return Some((e2, at(a.clone(), r)));
                }
            } else {
                let k = if marker { j + 1 } else { j };
                if let Some((e2, t)) = self.time_point(k, marker || matches!(a, Raw::At { .. })) {
                    // a range of times right after: "Monday 12-4", "Tuesday at 2:00 - 2:30 pm"
                    if (self.is_dash(e2) || self.is(e2, "to"))
                        && let Some((e3, t2)) = self.time_point(e2 + 1, true)
                        && let Some(r) = self.make_range(t.clone(), t2)
                    {
                        return Some((e3, at(a.clone(), r)));
                    }
                    let date = match a {
                        Raw::At { date, time } if !time.is_clock() => {
                            // "tomorrow morning at 7": the part sets am/pm
                            if let (Raw::DayPart(p), Raw::Clock(c)) = (time.as_ref(), &t) {
                                return Some((e2, at((**date).clone(), Raw::Clock(c.in_part(*p)))));
                            }
                            (**date).clone()
                        }
                        _ => a.clone(),
                    };
                    return Some((e2, at(date, t)));
                }
            }
            // "tomorrow evening", "Monday in the morning", "Tuesday
            // late-morning"
            if !matches!(a, Raw::At { .. }) {
                if let Some((e2, p)) = self.day_part(j) {
                    return Some((e2, at(a.clone(), Raw::DayPart(p))));
                }
                if let Some((e2, r @ Raw::Part { .. })) = self.day_part_atom(j)
                    && !r.has_date()
                {
                    return Some((e2, at(a.clone(), r)));
                }
            }
            // "today pm", "tomorrow am"
            if matches!(a, Raw::RelDay(_)) {
                match self.lower(j).as_str() {
                    "pm" | "p.m." => {
                        return Some((j + 1, at(a.clone(), Raw::DayPart(DayPart::Afternoon))));
                    }
                    "am" | "a.m." => {
                        return Some((j + 1, at(a.clone(), Raw::DayPart(DayPart::Morning))));
                    }
                    _ => {}
                }
            }
        }
        // a time, then a date: "5pm tomorrow", "9am on Saturday", "at
        // 19h30 on Fri, Sep 20", "3pm 5/15/2018", "8pm in the evening,
        // Sunday"
        if matches!(a, Raw::Clock(_)) || matches!(a, Raw::Range { .. } if a.has_time_range()) {
            let mut j = e;
            // "3 in the morning", "8pm in the evening", "10, tonight"
            let jj = if self.text(j) == "," { j + 1 } else { j };
            if let (Raw::Clock(c), Some((e2, p))) = (a, self.day_part(jj))
                && (c.strength == Strength::Strong
                    || self.is(jj, "in")
                    || self.is(jj, "at")
                    || self.is(jj, "tonight")
                    || self.is(jj, "tonite"))
            {
                let c2 = c.in_part(p);
                // "tonight", "this morning" after: a dated part
                return Some((e2, Raw::Clock(c2)));
            }
            if let Raw::Clock(c) = a
                && let Some((e2, r)) = self.dated_day_part(jj)
                && let Raw::At { date, time } = &r
                && let Raw::DayPart(p) = time.as_ref()
            {
                return Some((e2, at((**date).clone(), Raw::Clock(c.in_part(*p)))));
            }
            if self.text(j) == "," || self.is(j, "on") || self.is(j, "of") {
                j += 1;
            }
            if self.is(j, "on") {
                j += 1;
            }
            if let Some((e2, d)) = self.date_point(j)
                && (d.is_day() || matches!(d, Raw::At { .. }))
            {
                return Some((e2, at(d, a.clone())));
            }
        }
        // a part of the day, then a time: "tonight at 8", "this afternoon
        // at 3:20", "in the morning at 7", "afternoon 7:00"
        if let Raw::At { date, time } = a
            && let Raw::DayPart(p) = time.as_ref()
        {
            let j =
                if self.is(e, "at") || self.is(e, "@") || self.is(e, "around") { e + 1 } else { e };
            if let Some((e2, t)) = self.time_point(j, j > e)
                && let Raw::Clock(c) = t
            {
                return Some((e2, at((**date).clone(), Raw::Clock(c.in_part(*p)))));
            }
            // "this morning" then the rest: "morning of xmas" handled in atom
        }
        // "in the early-morning Tuesday", "in the late night on Tuesday"
        if let Raw::Part { inner, .. } = a
            && matches!(inner.as_ref(), Raw::DayPart(_))
        {
            let j =
                if self.text(e) == "," || self.is(e, "on") || self.is(e, "of") { e + 1 } else { e };
            if let Some((e2, d)) = self.date_point(j)
                && d.is_day()
            {
                return Some((e2, at(d, a.clone())));
            }
        }
        if let Raw::DayPart(p) = a {
            let j =
                if self.is(e, "at") || self.is(e, "@") || self.is(e, "around") { e + 1 } else { e };
            if let Some((e2, t)) = self.time_point(j, true)
                && let Raw::Clock(c) = t
            {
                return Some((e2, Raw::Clock(c.in_part(*p))));
            }
            // "morning of xmas", "afternoon of the 15th"
            if self.is(e, "of")
                && let Some((e2, d)) = self.date_point(e + 1)
                && d.is_day()
            {
                return Some((e2, at(d, a.clone())));
            }
            // "in the morning, Sunday"
            let j = if self.text(e) == "," || self.is(e, "on") { e + 1 } else { e };
            if let Some((e2, d)) = self.date_point(j)
                && d.is_day()
            {
                return Some((e2, at(d, a.clone())));
            }
        }
        // a weekday and a week: "Tuesday next week", "wednesday of next
        // week", "sunday from last week", "monday of the following week"
        if let Raw::Weekday { wd, rel: Rel::Bare } = a {
            let mut j = e;
            if self.is(j, "of") || self.is(j, "from") || self.text(j) == "," || self.is(j, "in") {
                j += 1;
            }
            if let Some((e2, w)) = self.week_ref(j) {
                return Some((
                    e2,
                    Raw::NthOf { n: 1, item: Item::Weekday(*wd), period: Box::new(w) },
                ));
            }
            // "Monday two weeks from now", "Thursday, two year from now",
            // "Sunday 3 weeks after January 15th"
            if let Some((e2, r)) = self.relative(j)
                && matches!(r, Raw::Shift { .. } | Raw::InUnits { .. })
            {
                let r = match r {
                    Raw::InUnits { n, unit, .. } => {
                        Raw::Shift { n, unit, base: Box::new(Raw::Now) }
                    }
                    r => r,
                };
                return Some((
                    e2,
                    Raw::NthOf {
                        n: 1,
                        item: Item::Weekday(*wd),
                        period: Box::new(Raw::WeekOf(Box::new(r))),
                    },
                ));
            }
            // "Friday after next"
            if self.is(e, "after") && self.is(e + 1, "next") {
                return Some((e + 2, Raw::Weekday { wd: *wd, rel: Rel::AfterNext }));
            }
        }
        // "March after next", "the week after next"
        if self.is(e, "after")
            && (self.is(e + 1, "next") || self.is(e + 1, "the") && self.is(e + 2, "next"))
        {
            let end = if self.is(e + 1, "the") { e + 3 } else { e + 2 };
            match a {
                Raw::Month { month, rel: Rel::Bare } => {
                    return Some((end, Raw::Month { month: *month, rel: Rel::AfterNext }));
                }
                Raw::The(u) => return Some((end, Raw::RelUnit { unit: *u, offset: 2 })),
                _ => {}
            }
        }
        // a week, then a weekday: "next week Mon", "this week Friday",
        // "previous week - Monday", "next week on Tuesday"
        if let Raw::RelUnit { unit: Grain::Week, .. } = a {
            let mut j = e;
            if self.is_dash(j) || self.is(j, "on") || self.text(j) == "," {
                j += 1;
            }
            if let Some((e2, Raw::Weekday { wd, rel: Rel::Bare })) = self.weekday(j) {
                let w = Box::new(a.clone());
                let wd_raw = Raw::NthOf { n: 1, item: Item::Weekday(wd), period: w };
                return Some((e2, wd_raw));
            }
        }
        // "next month" + "the 20th"? no. A holiday or month with a year:
        // "Halloween 2013", "thanksgiving of next year"
        if let Raw::Holiday { name, rel: Rel::Bare, year: None } = a {
            let j =
                if self.is(e, "of") || self.is(e, "in") || self.text(e) == "," { e + 1 } else { e };
            if let Some((y, e2)) = self.year_at(j) {
                return Some((e2, Raw::Holiday { name: *name, rel: Rel::Bare, year: Some(y) }));
            }
            if let Some((e2, Raw::RelUnit { unit: Grain::Year, offset })) = self.relative_unit(j) {
                return Some((
                    e2,
                    Raw::From {
                        what: Box::new(a.clone()),
                        base: Box::new(Raw::RelUnit { unit: Grain::Year, offset }),
                    },
                ));
            }
            // "thanksgiving in 9 months", "thanksgiving 3 months ago"
            if let Some((e2, r)) = self.relative(e)
                && matches!(r, Raw::InUnits { .. } | Raw::Ago { .. } | Raw::Shift { .. })
            {
                return Some((e2, Raw::From { what: Box::new(a.clone()), base: Box::new(r) }));
            }
            if let Some((e2, r)) = self.in_units(e) {
                return Some((e2, Raw::From { what: Box::new(a.clone()), base: Box::new(r) }));
            }
            // "halloween weekend 2021"
            if self.is(e, "weekend")
                && let Some((y, e2)) = self.year_at(e + 1)
            {
                let h = Raw::Holiday { name: *name, rel: Rel::Bare, year: Some(y) };
                let w = Raw::WeekOf(Box::new(h));
                return Some((e2, Raw::NthOf { n: 1, item: Item::Weekend, period: Box::new(w) }));
            }
            // "halloween weekend", "labor day weekend"
            if self.is(e, "weekend") {
                return Some((
                    e + 1,
                    Raw::NthOf {
                        n: 1,
                        item: Item::Weekend,
                        period: Box::new(Raw::WeekOf(Box::new(a.clone()))),
                    },
                ));
            }
        }
        if let Raw::Holiday { name, rel, year: Some(y) } = a
            && self.is(e, "weekend")
        {
            let h = Raw::Holiday { name: *name, rel: *rel, year: Some(*y) };
            return Some((
                e + 1,
                Raw::NthOf {
                    n: 1,
                    item: Item::Weekend,
                    period: Box::new(Raw::WeekOf(Box::new(h))),
                },
            ));
        }
        // "March in 1 year"
        if let Raw::Month { rel: Rel::Bare, .. } = a
            && let Some((e2, r)) = self.in_units(e)
        {
            return Some((e2, Raw::From { what: Box::new(a.clone()), base: Box::new(r) }));
        }
        // a date and a weekday after it: "Jul 18, Fri"
        if matches!(a, Raw::MonthDay { .. } | Raw::Day(_))
            && self.text(e) == ","
            && let Some((e2, Raw::Weekday { wd, rel: Rel::Bare })) = self.weekday(e + 1)
        {
            if let Raw::MonthDay { month, day, rel: Rel::Bare } = a {
                return Some((e2, Raw::WeekdayMonthDay { wd, month: *month, day: *day }));
            }
            return Some((e2, a.clone()));
        }
        // "the 21st this month", "20 of next month"
        if let Raw::DayOfMonth(d) = a {
            let j = if self.is(e, "of") || self.is(e, "in") { e + 1 } else { e };
            let j = if self.is(j, "the") { j + 1 } else { j };
            if let Some((e2, m)) = self.month_ref(j) {
                return Some((
                    e2,
                    Raw::NthOf {
                        n: i64::from(*d),
                        item: Item::Unit(Grain::Day),
                        period: Box::new(m),
                    },
                ));
            }
        }
        None
    }

    /// A reference to a week: "next week", "the following week", "this
    /// week", "last week".
    fn week_ref(&self, j: usize) -> Option<(usize, Raw)> {
        if let Some((e, r)) = self.relative_unit(j)
            && matches!(r, Raw::RelUnit { unit: Grain::Week, .. })
        {
            return Some((e, r));
        }
        if self.is(j, "the")
            && (self.is(j + 1, "following") || self.is(j + 1, "next"))
            && self.is(j + 2, "week")
        {
            return Some((j + 3, Raw::RelUnit { unit: Grain::Week, offset: 1 }));
        }
        if (self.is(j, "the") && self.is(j + 1, "previous")
            || self.is(j, "the") && self.is(j + 1, "last"))
            && self.is(j + 2, "week")
        {
            return Some((j + 3, Raw::RelUnit { unit: Grain::Week, offset: -1 }));
        }
        None
    }

    /// A reference to a month: "next month", "this month", "the
    /// previous month", "October", "October 2015".
    fn month_ref(&self, j: usize) -> Option<(usize, Raw)> {
        if let Some((e, r)) = self.relative_unit(j)
            && matches!(r, Raw::RelUnit { unit: Grain::Month, .. })
        {
            return Some((e, r));
        }
        if let Some((e, r)) = self.month_date(j)
            && matches!(r, Raw::Month { .. } | Raw::MonthYear { .. })
        {
            return Some((e, r));
        }
        None
    }

    /// A clock time at `j` (weak ones only when `allow_weak`), with an
    /// optional "at".
    fn time_point(&self, j: usize, allow_weak: bool) -> Option<(usize, Raw)> {
        let (e, c) = self.clock(j)?;
        if c.strength == Strength::Weak && !allow_weak && !self.marker_before(j) {
            return None;
        }
        // "at 3 p" and similar are fine; "3 days" is not a time
        if self.entry(e).time_unit.is_some()
            || self.lx.units.longest(self.window(e, 2)).is_some()
            || self.lx.percent.longest(self.window(e, 2)).is_some()
        {
            return None;
        }
        Some((e, Raw::Clock(c)))
    }

    /// A date that can take a time: a composite without a time.
    fn date_point(&self, j: usize) -> Option<(usize, Raw)> {
        let (e, r) = self.atom(j)?;
        if r.is_clock() {
            return None;
        }
        // "Fri, Sep 20" after "on"
        Some((e, r))
    }

    /// "tonight", "this morning", "tomorrow evening": a part of a named
    /// day.
    fn dated_day_part(&self, i: usize) -> Option<(usize, Raw)> {
        // a named day starts with a word; a figure here would let "1, 1,
        // 1, …" recurse once per figure
        if self.kind(i) == Some(TokenKind::Number) {
            return None;
        }
        let (e, r) = self.atom(i)?;
        matches!(&r, Raw::At { time, .. } if matches!(time.as_ref(), Raw::DayPart(_)))
            .then_some((e, r))
    }

    // ------------------------------------------------------------- atoms

    /// The longest simple expression at `i`.
    fn atom(&self, i: usize) -> Option<(usize, Raw)> {
        self.atom_with(i, false)
    }

    fn atom_with(&self, i: usize, weak_ok: bool) -> Option<(usize, Raw)> {
        if i >= self.n {
            return None;
        }
        let mut best: Option<(usize, Raw)> = None;
        let take = |best: &mut Option<(usize, Raw)>, c: Option<(usize, Raw)>| {
            if let Some((e, r)) = c
                && best.as_ref().is_none_or(|(b, _)| e > *b)
            {
                *best = Some((e, r));
            }
        };
        // each parser only where its first word can be: a cheap gate on
        // the token before any grammar runs
        let lw = self.lower(i);
        let w = lw.as_str();
        let ent = self.entry(i);
        let num = self.kind(i) == Some(TokenKind::Number);
        let numberish = num || ent.cardinal.is_some() || ent.ordinal.is_some();
        let rel_word = matches!(
            w,
            "last" | "previous" | "past" | "next" | "following" | "coming" | "upcoming" | "this"
        );
        let the = w == "the";
        let clockish = numberish
            || matches!(
                w,
                "at" | "@"
                    | "around"
                    | "about"
                    | "approximately"
                    | "approx"
                    | "for"
                    | "a"
                    | "quarter"
                    | "half"
                    | "noon"
                    | "midnight"
                    | "midday"
                    | "noonish"
                    | "midmorning"
                    | "midafternoon"
                    | "mid"
                    | "middle"
            );
        if clockish {
            take(&mut best, self.clock_atom(i, weak_ok));
        }
        if !num {
            let f = ent.flags;
            if the
                || rel_word
                || self.lx.day_parts.longest(self.window(i, 3)).is_some()
                || matches!(
                    w,
                    "tonight"
                        | "tonite"
                        | "in"
                        | "late"
                        | "early"
                        | "later"
                        | "today"
                        | "todays"
                        | "tomorrow"
                        | "tmrw"
                        | "tomorrows"
                        | "yesterday"
                        | "during"
                )
            {
                take(&mut best, self.day_part_atom(i));
            }
            let _ = f;
            if matches!(w, "now" | "right" | "just" | "asap" | "atm" | "as" | "at") {
                take(&mut best, self.now(i));
            }
            take(&mut best, self.part(i));
            if ent.weekday.is_some() || rel_word {
                take(&mut best, self.weekday(i));
            }
            if ent.month.is_some() || rel_word || self.glued_time_word(i) {
                take(&mut best, self.month_date(i));
            }
            if the
                || rel_word
                || self.lx.holidays.longest(self.window(i, 8)).is_some()
                || matches!(w, "following")
            {
                take(&mut best, self.holiday(i));
            }
            if the
                || w == "in"
                || matches!(
                    w,
                    "spring"
                        | "summer"
                        | "fall"
                        | "autumn"
                        | "winter"
                        | "springtime"
                        | "summertime"
                        | "wintertime"
                )
            {
                take(&mut best, self.season(i));
            }
            if the || w == "week" {
                take(&mut best, self.week_of(i));
                take(&mut best, self.iso_week(i));
            }
        } else {
            take(&mut best, self.numeric_date(i));
        }
        if numberish || the || rel_word || ent.flags & (flag::TIME_START | flag::TIME_LEAD) != 0 {
            take(&mut best, self.relative(i));
        }
        if numberish || the || matches!(w, "next" | "this") {
            take(&mut best, self.day_month(i));
        }
        if numberish || the || self.glued_time_word(i) {
            take(&mut best, self.quarter(i));
        }
        if numberish || the || matches!(w, "on" | "last" | "final" | "first") {
            take(&mut best, self.nth_of(i));
        }
        if numberish || the || w == "on" {
            take(&mut best, self.day_of_month(i));
        }
        if best.is_none()
            && (numberish
                || the
                || matches!(w, "fiscal" | "fy" | "cy" | "year" | "=" | "in" | "since" | "of"))
        {
            take(&mut best, self.year(i));
        }
        best
    }

    /// "at 3pm", "@ 3:20", "around 7", "3pm".
    fn clock_atom(&self, i: usize, weak_ok: bool) -> Option<(usize, Raw)> {
        let (j, marked) = match self.lower(i).as_str() {
            "at" | "@" | "around" | "about" | "approximately" | "approx" => (i + 1, true),
            "for" if self.is(i + 1, "a") && self.is(i + 2, "quarter") => (i + 1, true),
            _ => (i, false),
        };
        let (e, c) = self.clock(j)?;
        // "1030": a time only right after "at", "@" or "approximately"
        if c.strength == Strength::Weak
            && self.plain(j).is_some_and(|(_, l)| l >= 3)
            && !(j > 0
                && matches!(
                    self.lower(j - 1).as_str(),
                    "at" | "@" | "approximately" | "tonight" | "tonite"
                ))
        {
            return None;
        }
        // "put the toll at 240", "the total stood at 1030": a level a
        // count is put at, not a time
        if c.strength == Strength::Weak
            && self.plain(j).is_some_and(|(_, l)| l >= 3)
            && j >= 2
            && matches!(
                self.lower(j - 2).as_str(),
                "toll"
                    | "total"
                    | "tally"
                    | "count"
                    | "figure"
                    | "number"
                    | "stood"
                    | "stands"
                    | "standing"
                    | "estimated"
                    | "put"
                    | "puts"
                    | "valued"
                    | "capped"
                    | "pegged"
            )
        {
            return None;
        }
        if c.strength == Strength::Weak && !marked && !weak_ok && !self.marker_before(j) {
            // a bare number becomes a time only with a part of the day or
            // date after it ("9 tomorrow morning", "7, this morning")
            let k = if self.text(e) == "," { e + 1 } else { e };
            let in_part = self.is(k, "in") && self.day_part(k).is_some();
            if !in_part && self.dated_day_part(k).is_none() {
                // "11ish", "7a": these are strong already
                return None;
            }
        }
        // a part of the day after the number makes it a time: "at 3 in
        // the morning" ("in" is no inch), "at 5 tomorrow afternoon"
        let part_after = c.strength == Strength::Weak
            && (self.is(e, "in") && self.day_part(e).is_some() || self.dated_day_part(e).is_some());
        if c.strength == Strength::Weak && !part_after {
            // a unit, percent or counted noun after a number: not a time;
            // nor a letter glued to it ("about 12C", "40F", "5G"): the
            // glued letters of a time ("3pm", "11ish", "15h") made it
            // strong already
            if self.entry(e).time_unit.is_some()
                || self.kind(e) == Some(TokenKind::Word) && self.adjacent(e)
                || self.text(e) == "°"
                || self.lx.units.longest(self.window(e, 2)).is_some()
                || self.lx.percent.longest(self.window(e, 2)).is_some()
                || self.lx.currency_words.longest(self.window(e, 2)).is_some()
                || counted_noun_follows(self.doc, e) && self.day_part(e).is_none()
            {
                return None;
            }
            // "at 650-650-6500", "at 4-22", "at 4.22"
            if matches!(self.text(e), "-" | "." | "/")
                && self.adjacent(e)
                && self.kind(e + 1) == Some(TokenKind::Number)
            {
                return None;
            }
            // "by three-quarters", "at three-year highs": a compound word
            if self.text(e) == "-"
                && self.adjacent(e)
                && self.adjacent(e + 1)
                && self.kind(e + 1) == Some(TokenKind::Word)
            {
                return None;
            }
            if self.text(j).contains('.') && !self.marker_before(j) && !marked {
                return None;
            }
            // "at 18 and 19 June": days
            if self.day_month(j).is_some() {
                return None;
            }
        }
        Some((e, Raw::Clock(c)))
    }

    /// "this morning", "tonight", "last night", "tomorrow evening", "in
    /// the morning", "morning", "late tonight", "early morning".
    fn day_part_atom(&self, i: usize) -> Option<(usize, Raw)> {
        let at =
            |d: Raw, p: DayPart| Raw::At { date: Box::new(d), time: Box::new(Raw::DayPart(p)) };
        let w = self.lower(i);
        let w = w.as_str();
        // "tonight", "tonite": this day's night
        if matches!(w, "tonight" | "tonite") {
            return Some((i + 1, at(Raw::RelDay(0), DayPart::Night)));
        }
        // "late tonight", "late last night", "early in the morning", "in
        // the early-morning", "the late afternoon"
        let k = if self.is(i, "in") && self.is(i + 1, "the") {
            i + 2
        } else if self.is(i, "the") {
            i + 1
        } else {
            i
        };
        let wk = self.lower(k);
        if matches!(wk.as_str(), "late" | "early" | "later") {
            let mut j = k + 1;
            if self.text(j) == "-" && self.adjacent(j) {
                j += 1;
            }
            let (e, r) = self.day_part_atom(j)?;
            let part = match wk.as_str() {
                "early" => Part::Early,
                "late" => Part::Late,
                _ => Part::Rest,
            };
            if matches!(r, Raw::At { .. } | Raw::DayPart(_)) {
                return Some((e, Raw::Part { part, inner: Box::new(r) }));
            }
            return None;
        }
        let (day, j) = match w {
            "this" | "today" | "todays" => (Some(Raw::RelDay(0)), i + 1),
            "tomorrow" | "tmrw" | "tomorrows" => (Some(Raw::RelDay(1)), i + 1),
            "yesterday" => (Some(Raw::RelDay(-1)), i + 1),
            "last" | "previous"
                if self.is(i + 1, "night")
                    || self.is(i + 1, "evening")
                    || self.is(i + 1, "morning") =>
            {
                (Some(Raw::RelDay(-1)), i + 1)
            }
            "next" | "following"
                if self.is(i + 1, "evening")
                    || self.is(i + 1, "morning")
                    || self.is(i + 1, "afternoon")
                    || self.is(i + 1, "night") =>
            {
                (Some(Raw::RelDay(1)), i + 1)
            }
            _ => (None, i),
        };
        let (e, p) = self.day_part(j)?;
        if day.is_none() {
            // "Good morning" is a greeting
            let g = if self.is(i, "in") { i } else { j };
            if g > 0 && self.is(g - 1, "good") {
                return None;
            }
            // "lunch" is a meal unless a preposition makes it a time
            let lunch_time = self.is(j, "lunchtime")
                || self.is(j + 1, "time") && self.is(j, "lunch")
                || i > 0
                    && matches!(
                        self.lower(i - 1).as_str(),
                        "at" | "during" | "over" | "before" | "after" | "by" | "around"
                    );
            if matches!(p, DayPart::Lunch) && !lunch_time {
                return None;
            }
            // "the morning" needs "in", "during", "for"... before it
            if self.is(i, "the")
                && !(i > 0
                    && matches!(
                        self.lower(i - 1).as_str(),
                        "during" | "in" | "for" | "through" | "throughout" | "all" | "until" | "by"
                    ))
            {
                return None;
            }
        }
        match day {
            Some(d) => Some((e, at(d, p))),
            None => Some((e, Raw::DayPart(p))),
        }
    }

    /// "now", "right now", "at the moment", "ASAP".
    fn now(&self, i: usize) -> Option<(usize, Raw)> {
        let w = self.lower(i);
        match w.as_str() {
            "now" => {
                // "from now", "by now" are parts of other expressions
                if i > 0
                    && matches!(
                        self.lower(i - 1).as_str(),
                        "from" | "until" | "till" | "by" | "and"
                    )
                {
                    return None;
                }
                // "is now expected": an adverb; "meet now." is a time
                if self.kind(i + 1).is_some_and(|k| k != TokenKind::Punct) {
                    return None;
                }
                Some((i + 1, Raw::Now))
            }
            "right" | "just" if self.is(i + 1, "now") => Some((i + 2, Raw::Now)),
            "asap" => Some((i + 1, Raw::Now)),
            "atm" if self.text(i) == "ATM" => Some((i + 1, Raw::Now)),
            "as" if self.is(i + 1, "soon")
                && self.is(i + 2, "as")
                && self.is(i + 3, "possible") =>
            {
                Some((i + 4, Raw::Now))
            }
            "at" if self.is(i + 1, "the") && self.is(i + 2, "moment") => Some((i + 3, Raw::Now)),
            "at" if self.is(i + 1, "this") && self.is(i + 2, "time") => Some((i + 3, Raw::Now)),
            "at" if self.is(i + 1, "the")
                && self.is(i + 2, "present")
                && self.is(i + 3, "time") =>
            {
                Some((i + 4, Raw::Now))
            }
            _ => None,
        }
    }

    /// "early 2024", "mid-December", "late last year", "the end of the
    /// year", "earlier this month", "later this week", "EOD", "BOM".
    fn part(&self, i: usize) -> Option<(usize, Raw)> {
        let w = self.lower(i);
        let w = w.as_str();
        // abbreviations: EOD, EOM, EOY, BOM, BOY
        let abbr = |t: &str| -> Option<(Part, Grain)> {
            Some(match t {
                "eod" => (Part::End, Grain::Day),
                "eom" => (Part::End, Grain::Month),
                "eoy" => (Part::End, Grain::Year),
                "bom" => (Part::Start, Grain::Month),
                "boy" => (Part::Start, Grain::Year),
                _ => return None,
            })
        };
        let j0 = if self.is(i, "at") && self.is(i + 1, "the") {
            i + 2
        } else if self.is(i, "the") || self.is(i, "at") {
            i + 1
        } else {
            i
        };
        if let Some((p, g)) = abbr(self.lower(j0).as_str())
            && (j0 > i
                || self.text(j0).bytes().all(|b| b.is_ascii_uppercase())
                || self.is(i.wrapping_sub(1), "by"))
        {
            let inner =
                if g == Grain::Day { Raw::RelDay(0) } else { Raw::RelUnit { unit: g, offset: 0 } };
            return Some((j0 + 1, Raw::Part { part: p, inner: Box::new(inner) }));
        }
        let (part, j) = match w {
            "early" => (Part::Early, i + 1),
            "earlier" if self.is(i + 1, "this") => (Part::SoFar, i + 1),
            "earlier" if self.is(i + 1, "in") && self.is(i + 2, "the") => (Part::SoFar, i + 2),
            "earlier" => (Part::Early, i + 1),
            "later" if self.is(i + 1, "this") => (Part::Rest, i + 1),
            "later"
                if self.is(i + 1, "in") && (self.is(i + 2, "the") || self.is(i + 2, "today")) =>
            {
                (Part::Rest, i + 2)
            }
            "mid" | "middle" => {
                let j = if self.text(i + 1) == "-" { i + 2 } else { i + 1 };
                (Part::Mid, j)
            }
            "late" => (Part::Late, i + 1),
            "remaining" | "rest" if self.is(i + 1, "of") => (Part::Remaining, i + 2),
            "rest" if self.is(i + 1, "the") => (Part::Remaining, i + 1),
            "the" | "this" | "at" | "by" | "before" => {
                let k = if matches!(w, "at" | "by" | "before") && self.is(i + 1, "the") {
                    i + 2
                } else {
                    i + 1
                };
                let p = match self.lower(k).as_str() {
                    "end" => Part::End,
                    "start" | "beginning" | "begining" => Part::Start,
                    "middle" => Part::Mid,
                    "remaining" | "rest" => Part::Remaining,
                    _ => return None,
                };
                if !self.is(k + 1, "of") {
                    return None;
                }
                (p, k + 2)
            }
            "end" | "start" | "beginning" if self.is(i + 1, "of") => {
                (if w == "end" { Part::End } else { Part::Start }, i + 2)
            }
            _ => return None,
        };
        let (e, inner) = self.period(j)?;
        Some((e, Raw::Part { part, inner: Box::new(inner) }))
    }

    /// What a part can apply to: a month, a year, a relative unit ("this
    /// month", "last year", "the year", "the week"), a day ("the end of
    /// tomorrow").
    fn period(&self, j: usize) -> Option<(usize, Raw)> {
        if let Some(r) = self.relative_unit(j) {
            return Some(r);
        }
        let k = if self.is(j, "the") { j + 1 } else { j };
        if let Some(u) = self.entry(k).time_unit
            && matches!(u, Grain::Day | Grain::Week | Grain::Month | Grain::Year | Grain::Decade)
            && !self.text(k).ends_with('s')
        {
            let inner =
                if u == Grain::Day { Raw::RelDay(0) } else { Raw::RelUnit { unit: u, offset: 0 } };
            return Some((k + 1, inner));
        }
        if self.is(k, "today") {
            return Some((k + 1, Raw::RelDay(0)));
        }
        if self.is(k, "tomorrow") || self.is(k, "tmrw") {
            return Some((k + 1, Raw::RelDay(1)));
        }
        if self.is(k, "yesterday") {
            return Some((k + 1, Raw::RelDay(-1)));
        }
        if let Some((e, r)) = self.weekday(k) {
            return Some((e, r));
        }
        if let Some((e, r)) = self.month_date(j)
            && matches!(r, Raw::Month { .. } | Raw::MonthYear { .. })
        {
            return Some((e, r));
        }
        if let Some((e, r)) = self.day_part_atom(k) {
            return Some((e, r));
        }
        if let Some((e, r)) = self.day_part(k) {
            return Some((e, Raw::DayPart(r)));
        }
        self.year(j)
    }

    /// today, tonight, yesterday, tomorrow, this/last/next week, "two
    /// days ago", "in three weeks", "3 days from Tuesday", chained
    /// references.
    pub(crate) fn relative(&self, i: usize) -> Option<(usize, Raw)> {
        let w = self.lower(i);
        match w.as_str() {
            "today" | "todays" | "otd" => return Some((i + 1, Raw::RelDay(0))),
            "yesterday" => return Some((i + 1, Raw::RelDay(-1))),
            "tomorrow" | "tmrw" | "tomorrows" | "tmr" => return Some((i + 1, Raw::RelDay(1))),
            "day"
                if (self.is(i + 1, "after")
                    && (self.is(i + 2, "tomorrow") || self.is(i + 2, "tmrw")))
                    || (self.is(i + 1, "before") && self.is(i + 2, "yesterday")) =>
            {
                let n = if self.is(i + 1, "after") { 2 } else { -2 };
                return Some((i + 3, Raw::RelDay(n)));
            }
            "the" if self.is(i + 1, "day") && self.is(i + 2, "after") && self.is(i + 3, "next") => {
                return Some((i + 4, Raw::RelDay(2)));
            }
            // "the week after next", "the year before last"
            "the"
                if self.entry(i + 1).time_unit.is_some_and(|u| u >= Grain::Week)
                    && (self.is(i + 2, "after")
                        && (self.is(i + 3, "next")
                            || self.is(i + 3, "the") && self.is(i + 4, "next"))
                        || self.is(i + 2, "before") && self.is(i + 3, "last")) =>
            {
                let unit = self.entry(i + 1).time_unit?;
                if self.text(i + 1).ends_with('s') {
                    return None;
                }
                let (e, offset) = if self.is(i + 2, "before") {
                    (i + 4, -2)
                } else if self.is(i + 3, "the") {
                    (i + 5, 2)
                } else {
                    (i + 4, 2)
                };
                return Some((e, Raw::RelUnit { unit, offset }));
            }
            "current" | "this" | "today's" if self.is(i + 1, "date") => {
                return Some((i + 2, Raw::RelDay(0)));
            }
            "next" | "previous" | "last" if self.is(i + 1, "day") => {
                let n = if w.as_str() == "next" { 1 } else { -1 };
                // "the last day of October" is nth_of
                if self.is(i + 2, "of") || self.is(i + 2, "in") {
                    return None;
                }
                return Some((i + 2, Raw::RelDay(n)));
            }
            "same" => {
                if let Some(u) = self.entry(i + 1).time_unit
                    && u >= Grain::Day
                {
                    return Some((i + 2, Raw::The(u)));
                }
            }
            "my" | "the"
                if !(w.as_str() == "the"
                    && self.is(i + 1, "day")
                    && (self.is(i + 2, "before") || self.is(i + 2, "after"))) =>
            {
                // "the week", "the month", "the day", "my week": the current one
                if let Some(u) = self.entry(i + 1).time_unit
                    && matches!(
                        u,
                        Grain::Day | Grain::Week | Grain::Month | Grain::Year | Grain::Fortnight
                    )
                    && !self.text(i + 1).ends_with('s')
                    && self.the_unit_ok(i, i + 2)
                {
                    return Some((i + 2, Raw::The(u)));
                }
            }
            _ => {}
        }
        if let Some(r) = self.relative_unit(i) {
            return Some(r);
        }
        if let Some(r) = self.units_window(i) {
            return Some(r);
        }
        if let Some(r) = self.nth_weekday_fwd(i) {
            return Some(r);
        }
        if let Some(r) = self.in_units(i) {
            return Some(r);
        }
        self.chain(i)
    }

    /// "the week" reads as the current week only at the end of a phrase:
    /// "for the week", "of the month", "in the year" — not "the week
    /// before" or "the year 2008".
    fn the_unit_ok(&self, i: usize, e: usize) -> bool {
        let prev_ok = i > 0
            && matches!(
                self.lower(i - 1).as_str(),
                "for" | "of" | "in" | "during" | "throughout" | "all"
            );
        let next = self.kind(e);
        let next_ok = next.is_none_or(|k| k == TokenKind::Punct)
            || self.flags(e) & (flag::CLAUSE | flag::PREP) != 0
                && !self.is(e, "of")
                && !self.is(e, "before")
                && !self.is(e, "after");
        (prev_ok || self.is(i, "my"))
            && next_ok
            && self.year_at(e).is_none()
            && self.plain(e).is_none()
    }

    /// this/last/next/coming/past/previous week|month|year|weekend|quarter.
    fn relative_unit(&self, i: usize) -> Option<(usize, Raw)> {
        // "the weekend", "my weekend", "that weekend": the current one
        if matches!(self.lower(i).as_str(), "the" | "my" | "that")
            && self.is(i + 1, "weekend")
            && !self.is(i + 2, "of")
            && !self.is(i + 2, "before")
            && !self.is(i + 2, "after")
        {
            return Some((i + 2, Raw::Weekend { offset: 0 }));
        }
        let mut j = i;
        if self.is(j, "the")
            && (self.is(j + 1, "following")
                || self.is(j + 1, "previous")
                || self.is(j + 1, "coming"))
        {
            j += 1;
        }
        let offset = match self.lower(j).as_str() {
            "this" | "current" | "present" => 0,
            "last" | "previous" | "past" | "prior" | "preceding" => -1,
            "next" | "coming" | "upcoming" | "following" => 1,
            _ => return None,
        };
        // "the last year" is a past interval, not the calendar year
        if i > 0 && self.is(i - 1, "the") && offset != 0 && j == i {
            return None;
        }
        let mut k = j + 1;
        // "this past weekend", "this coming week"
        let mut offset = offset;
        if offset == 0 && (self.is(k, "past") || self.is(k, "coming") || self.is(k, "upcoming")) {
            offset = if self.is(k, "past") { -1 } else { 1 };
            k += 1;
        }
        if self.is(k, "weekend")
            || self.is(k, "week-end")
            || self.is(k, "wkend")
            || self.is(k, "week") && self.text(k + 1) == "-" && self.is(k + 2, "end")
        {
            let e = if self.is(k, "week") { k + 3 } else { k + 1 };
            return Some((
                e,
                Raw::Weekend {
                    offset: if offset == 0 && self.is(j, "last") { -1 } else { offset },
                },
            ));
        }
        // "this working week", "next workweek", "this business week"
        if (self.is(k, "working") || self.is(k, "business") || self.is(k, "work"))
            && self.is(k + 1, "week")
        {
            return Some((k + 2, Raw::RelUnit { unit: Grain::Week, offset }));
        }
        if self.is(k, "workweek") {
            return Some((k + 1, Raw::RelUnit { unit: Grain::Week, offset }));
        }
        if matches!(self.lower(k).as_str(), "qtr" | "qr") {
            return Some((k + 1, Raw::RelUnit { unit: Grain::Quarter, offset }));
        }
        if let Some((e, s)) = self.season_word(k) {
            return Some((e, Raw::Season { season: s, offset: Some(offset) }));
        }
        if self.is(k, "season") || self.is(k, "seasons") {
            return Some((k + 1, Raw::Season { season: 99, offset: Some(offset) }));
        }
        let unit = self.entry(k).time_unit?;
        if !matches!(
            unit,
            Grain::Day
                | Grain::Week
                | Grain::Month
                | Grain::Quarter
                | Grain::Year
                | Grain::Decade
                | Grain::Hour
                | Grain::Minute
                | Grain::Fortnight
        ) {
            return None;
        }
        if self.text(k).ends_with('s') && self.text(k).len() > 2 {
            return None;
        }
        // "the following year", "the previous day": the unit after (or
        // before) the previous date's, as a story tells a sequence
        if j > i && !self.is(j, "coming") && unit >= Grain::Day && unit != Grain::Fortnight {
            return Some((k + 1, Raw::ChainUnit { n: offset, unit }));
        }
        if unit == Grain::Day {
            return Some((k + 1, Raw::RelDay(offset)));
        }
        if unit < Grain::Day {
            // "next hour", "last minute": the hour from now
            return Some((
                k + 1,
                Raw::Units { n: 1, unit, dir: if offset == 0 { 1 } else { offset } },
            ));
        }
        Some((k + 1, Raw::RelUnit { unit, offset }))
    }

    /// "the next 3 days", "last 2 weeks", "past 2 days", "the 5 coming
    /// minutes", "upcoming two weeks", "the past year".
    fn units_window(&self, i: usize) -> Option<(usize, Raw)> {
        if !self.unit_soon(i) {
            return None;
        }
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let dir_of = |t: &str| -> Option<i64> {
            match t {
                "last" | "past" | "previous" | "prior" | "preceding" => Some(-1),
                "next" | "coming" | "upcoming" | "following" => Some(1),
                _ => None,
            }
        };
        // "2 next days", "5 coming minutes", "5 past years" (not "13 last
        // minute", "3 next week")
        if let Some((n, k)) = self.count(j)
            && let Some(dir) = dir_of(self.lower(k).as_str())
            && let Some(unit) = self.entry(k + 1).time_unit
            && ((n == 1.0) != self.text(k + 1).ends_with('s') || self.is(k, "upcoming"))
        {
            let n = n.round() as i64;
            return Some((k + 2, self.window_raw(n, unit, dir, the)));
        }
        let dir = dir_of(self.lower(j).as_str())?;
        j += 1;
        let (n, k) = match self.count(j) {
            Some((n, k)) => (n, k),
            None if the && dir < 0 => (1.0, j),
            None => return None,
        };
        if k == j && !the {
            return None;
        }
        // "the next 4 business days"
        if self.is(k, "business") || self.is(k, "working") {
            if self.is(k + 1, "days") || self.is(k + 1, "day") {
                return Some((
                    k + 2,
                    Raw::Units {
                        n: (n.round() as i64) * if dir < 0 { -1 } else { 1 },
                        unit: Grain::Day,
                        dir: 99,
                    },
                ));
            }
            return None;
        }
        let unit = self.entry(k).time_unit?;
        let mut e = k + 1;
        let mut n = n;
        // "last 3 months and 2 weeks and 2 days": one span back
        let mut extra: Vec<(f64, Grain)> = Vec::new();
        while (self.is(e, "and") || self.text(e) == ",")
            && let Some((n2, k2)) = self.count(e + 1)
            && let Some(u2) = self.entry(k2).time_unit
            && u2 < unit
        {
            extra.push((n2, u2));
            e = k2 + 1;
        }
        if !extra.is_empty() && dir < 0 {
            // express as days
            let mut days = n * unit.seconds() / 86_400.0;
            for (n2, u2) in &extra {
                days += n2 * u2.seconds() / 86_400.0;
            }
            n = days;
            return Some((e, Raw::Past { n, unit: Grain::Day }));
        }
        if the && dir < 0 && unit >= Grain::Hour {
            // news reading: "the past year", "the last three days" run up
            // to the reference moment
            return Some((e, Raw::Past { n, unit }));
        }
        Some((e, self.window_raw(n.round() as i64, unit, dir, the)))
    }

    fn window_raw(&self, n: i64, unit: Grain, dir: i64, _the: bool) -> Raw {
        Raw::Units { n, unit, dir }
    }

    /// "3 fridays from now", "two sundays from now".
    fn nth_weekday_fwd(&self, i: usize) -> Option<(usize, Raw)> {
        if !self.is(i + 2, "from") && !self.is(i + 3, "from") && !self.is(i + 4, "from") {
            return None;
        }
        let (n, k) = self.count(i)?;
        let wd = self.entry(k).weekday?;
        if !(self.text(k).ends_with('s') && self.is(k + 1, "from") && self.is(k + 2, "now")) {
            return None;
        }
        Some((k + 3, Raw::NthWeekdayFwd { n: n.round() as i64, wd: u32::from(wd) }))
    }

    /// "in three weeks", "in 2 hours", "in a sec", "in four business
    /// days".
    fn in_units(&self, i: usize) -> Option<(usize, Raw)> {
        if !self.is(i, "in") {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, "about") || self.is(j, "approximately") || self.is(j, "around") {
            j += 1;
        }
        // "in four business days"
        if let Some((n, k)) = self.count(j)
            && (self.is(k, "business") || self.is(k, "working"))
            && (self.is(k + 1, "days") || self.is(k + 1, "day"))
        {
            return Some((k + 2, Raw::BusinessDays(n.round() as i64)));
        }
        let (e, (n, unit)) = self.duration_parts(j)?;
        // "in a fortnight's time", "in 2 more minutes"
        let e = if self.is(e, "'s") && self.is(e + 1, "time") {
            e + 2
        } else if self.is(e, "time") {
            e + 1
        } else {
            e
        };
        Some((e, Raw::InUnits { n, unit, duration: duration(n, unit, None) }))
    }

    /// "a day later", "two days earlier", "the next day", "the following
    /// week", "the day before", "two days ago", "3 days from Tuesday".
    fn chain(&self, i: usize) -> Option<(usize, Raw)> {
        if self.is(i, "the") {
            let w1 = self.lower(i + 1);
            if matches!(w1.as_str(), "next" | "following" | "previous" | "preceding")
                && let Some(u) = self.entry(i + 2).time_unit
                && u >= Grain::Day
                && !self.text(i + 2).ends_with('s')
            {
                let n = if matches!(w1.as_str(), "next" | "following") { 1 } else { -1 };
                return Some((i + 3, Raw::ChainUnit { n, unit: u }));
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
                if self.is(i + 3, "tomorrow") || self.is(i + 3, "tmrw") {
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
        if self.is(i, "next") && (self.is(i + 1, "day") || self.is(i + 1, "week")) {
            return None;
        }
        let (e0, (n, unit)) = self.duration_parts(i)?;
        let after = e0;
        let w = self.lower(after);
        match w.as_str() {
            "ago" | "back" if unit >= Grain::Second => {
                // "2 years 1 month 21 days ago": the months first, then
                // the days, on the calendar
                if let Some((months, secs, small)) = self.calendar_split(i, after)
                    && months > 0.0
                    && secs > 0.0
                {
                    let base = Raw::Ago { n: months, unit: Grain::Month };
                    let n = -secs / small.seconds();
                    return Some((after + 1, Raw::Shift { n, unit: small, base: Box::new(base) }));
                }
                Some((after + 1, Raw::Ago { n, unit }))
            }
            "later" | "earlier" | "afterwards" => {
                let n = if w.as_str() == "earlier" { -n } else { n };
                Some((after + 1, Raw::Chain { n, unit }))
            }
            "hence" => Some((after + 1, Raw::Shift { n, unit, base: Box::new(Raw::Now) })),
            "from" | "after" | "before" | "since" => {
                let sign = if w.as_str() == "before" { -1.0 } else { 1.0 };
                if self.is(after + 1, "now") {
                    return Some((
                        after + 2,
                        Raw::Shift { n: sign * n, unit, base: Box::new(Raw::Now) },
                    ));
                }
                if w.as_str() == "since" {
                    return None;
                }
                // "3 days from Tuesday", "2 weeks before Christmas", "two
                // days after today"
                let (e2, base) = self.composite(after + 1)?;
                // "15 minutes from 1pm" shifts a time; days shift dates
                if matches!(base, Raw::Duration(_))
                    || matches!(base, Raw::Clock(_)) && unit >= Grain::Day
                {
                    return None;
                }
                Some((e2, Raw::Shift { n: sign * n, unit, base: Box::new(base) }))
            }
            _ => None,
        }
    }

    /// A unit of time (or a glued one, "3h", "10D") within the next few
    /// tokens: a cheap test before reading a duration.
    fn unit_soon(&self, j: usize) -> bool {
        self.next_unit.get(j).is_some_and(|&k| (k as usize) < j + 7)
    }

    /// A count before a time unit: digits, number words, "a"/"an", "a
    /// couple of", "a few", "several".
    pub(crate) fn count(&self, i: usize) -> Option<(f64, usize)> {
        self.counts.get_or(i, || self.count_at(i))
    }

    fn count_at(&self, i: usize) -> Option<(f64, usize)> {
        match self.kind(i)? {
            TokenKind::Number => {
                let d = match self.plain(i) {
                    Some((v, _)) => f64::from(v),
                    None => parse_digits(self.text(i))?.value,
                };
                if d > 1e6 {
                    return None;
                }
                // "1/2h", "3/4 hour"
                if self.text(i + 1) == "/"
                    && self.adjacent(i + 1)
                    && self.adjacent(i + 2)
                    && let Some((den, _)) = self.plain(i + 2)
                    && den > 0
                    && d < f64::from(den)
                {
                    return Some((d / f64::from(den), i + 3));
                }
                Some((d, i + 1))
            }
            TokenKind::Symbol | TokenKind::Punct => {
                // "½ hour"
                match self.text(i) {
                    "½" => Some((0.5, i + 1)),
                    "¼" => Some((0.25, i + 1)),
                    "¾" => Some((0.75, i + 1)),
                    _ => None,
                }
            }
            TokenKind::Word => {
                if self.text(i) == "½" {
                    return Some((0.5, i + 1));
                }
                let w = self.lower(i);
                match w.as_str() {
                    "a" | "an" | "one" | "another" | "all" | "full" | "whole" => {
                        if self.entry(i + 1).time_unit.is_some() {
                            return Some((1.0, i + 1));
                        }
                        // "in a single day": the unit follows "single"
                        if self.is(i + 1, "single") && self.entry(i + 2).time_unit.is_some() {
                            return Some((1.0, i + 1));
                        }
                        if matches!(w.as_str(), "all" | "full")
                            && self.text(i + 1) == "-"
                            && self.entry(i + 2).time_unit.is_some()
                        {
                            return Some((1.0, i + 2));
                        }
                        if (self.is(i + 1, "couple") || self.is(i + 1, "pair"))
                            && self.is(i + 2, "of")
                        {
                            return Some((2.0, i + 3));
                        }
                        if self.is(i + 1, "few") {
                            return Some((3.0, i + 2));
                        }
                        if w.as_str() == "another"
                            && (self.is(i + 1, "business") || self.is(i + 1, "working"))
                            && self.is(i + 2, "day")
                        {
                            return Some((1.0, i + 2));
                        }
                        if w.as_str() == "one" {
                            return self.word_count(i);
                        }
                        return None;
                    }
                    "couple" if self.is(i + 1, "of") => return Some((2.0, i + 2)),
                    "few" | "several" | "some" => {
                        if self.entry(i + 1).time_unit.is_some() {
                            return Some((3.0, i + 1));
                        }
                        return None;
                    }
                    _ => {}
                }
                // only number words start a spelled count
                let ent = self.entry(i);
                if ent.cardinal.is_none() && ent.scale.is_none() && ent.fraction.is_none() {
                    return None;
                }
                self.word_count(i)
            }
        }
    }

    fn word_count(&self, i: usize) -> Option<(f64, usize)> {
        // "twenty and four hours"
        if let Some((a, e)) = self.cardinal_word(i)
            && a >= 20
            && a % 10 == 0
            && self.is(e, "and")
            && let Some((b, e2)) = self.cardinal_word(e + 1)
            && b < 10
            && self.entry(e2).time_unit.is_some()
        {
            return Some((f64::from(a + b), e2));
        }
        let w = words::parse(self.doc, self.lx, self.ids, i)?;
        if w.kind != NumberKind::Cardinal || w.vague.is_some() {
            return None;
        }
        Some((w.value, w.end))
    }

    /// [last|next|this] Weekday [, date].
    fn weekday(&self, i: usize) -> Option<(usize, Raw)> {
        let mut j = i;
        let mut rel = Rel::Bare;
        let w = self.lower(i);
        match w.as_str() {
            "last" | "previous" | "past" => {
                rel = if w.as_str() == "last" { Rel::Last } else { Rel::Past };
                j += 1;
            }
            "next" | "following" => {
                rel = Rel::Next;
                j += 1;
            }
            "coming" | "upcoming" => {
                rel = Rel::Coming;
                j += 1;
            }
            "this" => {
                j += 1;
                rel = Rel::This;
                if self.is(j, "past") {
                    rel = Rel::Past;
                    j += 1;
                } else if self.is(j, "coming") || self.is(j, "upcoming") {
                    rel = Rel::Coming;
                    j += 1;
                }
            }
            _ => {}
        }
        let wd = self.entry(j).weekday?;
        let t = self.text(j);
        let lt = self.lower(j);
        let lt = lt.as_str();
        if t.ends_with('s') && t.len() > 6
            || matches!(lt, "sundays" | "mondays" | "tuesdays" | "fridays")
        {
            // "Mondays": a recurrence, not a date
            return None;
        }
        let full = lt.len() >= 6;
        let mut e = j + 1;
        if !full {
            // abbreviations ("Sun", "Wed", "sat") need a capital, a
            // period, a date, or a whole-text reading
            let dotted = self.text(e) == "." && self.adjacent(e);
            if dotted {
                e += 1;
            }
            let date_after = {
                let k = if self.text(e) == "," { e + 1 } else { e };
                self.month_date(k).is_some()
                    || self.day_month(k).is_some()
                    || self.numeric_date(k).is_some()
                    || self.day_num(k).is_some()
            };
            let ambiguous_word = matches!(lt, "sun" | "sat" | "wed" | "mon");
            if !(dotted
                || date_after
                || rel != Rel::Bare
                || self.alone(i, e)
                || (!ambiguous_word && self.cap(j))
                || (self.cap(j) && self.time_after(e)))
            {
                return None;
            }
        } else if !self.cap(j) && rel == Rel::Bare && !self.date_context(i) {
            // "monday" in lower case: still a weekday in most texts
        }
        // "Tuesday, February 4, 2025", "Monday, Feb 18": the date wins
        let k = if self.text(e) == "," { e + 1 } else { e };
        if rel == Rel::Bare || rel == Rel::This || rel == Rel::Next {
            if let Some((e2, r)) =
                self.month_date(k).or_else(|| self.day_month(k)).or_else(|| self.numeric_date(k))
                && matches!(
                    r,
                    Raw::Day(_)
                        | Raw::MonthDay { .. }
                        | Raw::AmbiguousDay { .. }
                        | Raw::AmbiguousMonthDay { .. }
                )
            {
                let r = match (r, rel) {
                    (Raw::MonthDay { month, day, .. }, Rel::Next) => {
                        Raw::MonthDay { month, day, rel: Rel::Next }
                    }
                    // "Fri, Jul 18": the weekday picks the year
                    (Raw::MonthDay { month, day, rel: Rel::Bare }, _) => {
                        Raw::WeekdayMonthDay { wd: u32::from(wd), month, day }
                    }
                    (r, _) => r,
                };
                return Some((e2, r));
            }
            // "Tuesday the 19th", "Thu 15th", "Monday 21"
            let k2 = if self.is(k, "the") { k + 1 } else { k };
            if let Some((d, e2)) = self.day_num(k2)
                && (k2 > k
                    || self.ordinal(k2).is_some()
                    || self.plain(k2).is_some() && !self.time_after(k2))
                && !self.clock_follows(k2)
            {
                return Some((e2, Raw::WeekdayDom { wd: u32::from(wd), day: d }));
            }
        }
        Some((e, Raw::Weekday { wd: u32::from(wd), rel }))
    }

    /// A clock time starts at `k` ("Monday 9am").
    fn clock_follows(&self, k: usize) -> bool {
        self.clock(k).is_some_and(|(_, c)| c.strength == Strength::Strong)
    }

    fn time_after(&self, e: usize) -> bool {
        let k = if self.is(e, "at") || self.text(e) == "," { e + 1 } else { e };
        self.clock_follows(k)
    }

    fn date_context(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.lower(i - 1).as_str(),
                "on" | "by"
                    | "since"
                    | "until"
                    | "from"
                    | "to"
                    | "before"
                    | "after"
                    | "next"
                    | "last"
                    | "this"
            )
    }

    /// A month name at `i`: (month, end) with its abbreviation period.
    /// Month names that are also words or names ("may", "march", "Jan")
    /// need a date shape next to them (a day, a year) or a date word
    /// before them ("in", "since", "last").
    fn month_at(&self, i: usize, need_context: bool) -> Option<(u32, usize)> {
        let e = self.entry(i);
        let m = e.month?;
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let lt = self.lower(i).as_str();
        let mut end = i + 1;
        let abbrev = lt.len() <= 4 && !matches!(lt, "june" | "july" | "may");
        let dotted = self.text(end) == "." && self.adjacent(end);
        if dotted && (abbrev || self.kind(end + 1) == Some(TokenKind::Number)) {
            // "Jan.", "October. 2"
            end += 1;
        }
        // "June", "August": also first names ("June Smith")
        if matches!(lt, "june" | "august")
            && self.cap(end)
            && self.kind(end) == Some(TokenKind::Word)
            && !self.is(end, "'s")
            && self.entry(end).month.is_none()
            && self.entry(end).weekday.is_none()
        {
            return None;
        }
        let ambiguous = e.flags & flag::AMBIGUOUS_MONTH != 0;
        if !ambiguous && (!abbrev || self.cap(i)) {
            return Some((u32::from(m), end));
        }
        let sep_number = matches!(self.text(end), "-" | "/")
            && self.adjacent(end)
            && self.adjacent(end + 1)
            && self.kind(end + 1) == Some(TokenKind::Number);
        let shape = self.day_at(end).is_some()
            || self.ordinal(end).is_some_and(|(d, _)| (1..=31).contains(&d))
            || self.year_at(end).is_some()
            || self.text(end) == "," && self.year_at(end + 1).is_some()
            || sep_number
            || self.is_dash(end) && self.entry(end + 1).month.is_some()
            || i > 0 && self.day_at(i - 1).is_some()
            || i > 1 && self.adjacent(i - 1) && self.ordinal(i - 2).is_some()
            || i > 1 && self.is(i - 1, "of") && self.ordinal(i - 2).is_some()
            || i > 1 && self.is(i - 1, "of") && self.day_at(i - 2).is_some()
            || self.is(end, "of") && self.year_at(end + 1).is_some()
            || i > 0 && self.year_at(i - 1).is_some()
            || i > 1 && self.text(i - 1) == "," && self.year_at(i - 2).is_some()
            || self.is(end, "after") && self.is(end + 1, "next")
            || self.kind(end) == Some(TokenKind::Word) && self.cardinal_day(end).is_some();
        if shape {
            return Some((u32::from(m), end));
        }
        let prev = if i > 0 { self.lower(i - 1).as_str() } else { "" };
        let prev_ctx =
            matches!(
                prev,
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
                    | "between"
                    | "end"
                    | "start"
                    | "beginning"
                    | "middle"
                    | "every"
            ) || (matches!(prev, "and" | "or" | ",") && i > 1 && self.entry(i - 2).month.is_some());
        // what follows a bare "may" or "march" must not be a verb phrase
        // ("This may take longer", "may or may not")
        let next_ok = self.kind(end).is_none_or(|k| k != TokenKind::Word)
            || self.flags(end) & flag::PREP != 0
            || self.is(end, "'s")
            || self.entry(end).month.is_some();
        if !self.cap(i) {
            return (prev_ctx && next_ok).then_some((u32::from(m), end));
        }
        if need_context || abbrev && !dotted {
            let ok = (prev_ctx || self.is(end, "'s") || self.alone(i, end)) && next_ok;
            return ok.then_some((u32::from(m), end));
        }
        Some((u32::from(m), end))
    }

    /// A day number 1–31 with an optional ordinal suffix, in digits.
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
        // "$12 December 27": an amount
        if i > 0 && self.text(i - 1).chars().all(|c| matches!(c, '$' | '€' | '£' | '¥' | '₹'))
        {
            return None;
        }
        let mut e = i + 1;
        if self.adjacent(e) && matches!(self.lower(e).as_str(), "st" | "nd" | "rd" | "th") {
            e += 1;
        }
        // "4 / 2" is not a day; "4:30" neither; "31/Oct/1974" is
        if matches!(self.text(e), "/" | ":")
            && self.adjacent(e)
            && self.entry(e + 1).month.is_none()
        {
            return None;
        }
        Some((d, e))
    }

    /// An ordinal: "15th", "1st", "first", "twenty third", "thirty-first".
    pub(crate) fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) == Some(TokenKind::Number) {
            let (v, len) = self.plain(i)?;
            if len <= 2
                && self.adjacent(i + 1)
                && matches!(self.lower(i + 1).as_str(), "st" | "nd" | "rd" | "th")
            {
                return Some((v, i + 2));
            }
            return None;
        }
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        if let Some(o) = self.entry(i).ordinal {
            return Some((u32::try_from(o).ok()?, i + 1));
        }
        // "twenty third", "twenty-third", "thirty first"
        let c = self.entry(i).cardinal?;
        if (20..100).contains(&c) && c % 10 == 0 {
            let k = if self.text(i + 1) == "-" && self.adjacent(i + 1) { i + 2 } else { i + 1 };
            let o = self.entry(k).ordinal?;
            if (1..=9).contains(&o) {
                return Some((u32::try_from(c + o).ok()?, k + 1));
            }
        }
        None
    }

    /// A day of the month: digits (with suffix), an ordinal word, or a
    /// cardinal word ("January twenty five").
    fn day_num(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(r) = self.day_at(i) {
            return Some(r);
        }
        if let Some((d, e)) = self.ordinal(i) {
            return (1..=31).contains(&d).then_some((d, e));
        }
        None
    }

    /// A four-digit year 1000–2999.
    pub(crate) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return self.year_words(i);
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
        if self.adjacent(i + 1)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && !matches!(self.lower(i + 1).as_str(), "april" | "june" | "may")
        {
            return None;
        }
        Some((y, i + 1))
    }

    /// A year in words: "nineteen ninety six", "two thousand and
    /// fifteen", "nineteen hundred ninety three", "nineteen zero one".
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let c = self.entry(i).cardinal?;
        // "two thousand [and] N"
        if (1..=2).contains(&c) && self.is(i + 1, "thousand") {
            let mut y = i32::try_from(c).ok()? * 1000;
            let mut e = i + 2;
            let k = if self.is(e, "and") { e + 1 } else { e };
            if let Some((h, e2)) = self.cardinal_word(k) {
                if self.is(e2, "hundred") {
                    y += i32::try_from(h).ok()? * 100;
                    e = e2 + 1;
                    let k2 = if self.is(e, "and") { e + 1 } else { e };
                    if let Some((r, e3)) = self.cardinal_word(k2) {
                        y += i32::try_from(r).ok()?;
                        e = e3;
                    }
                } else {
                    y += i32::try_from(h).ok()?;
                    e = e2;
                }
            }
            return Some((y, e));
        }
        // "nineteen ninety six", "seventeen hundred thirty three"
        if (10..=29).contains(&c) {
            let hi = i32::try_from(c).ok()?;
            let e = i + 1;
            if self.is(e, "hundred") {
                let k = if self.is(e + 1, "and") { e + 2 } else { e + 1 };
                let (r, e2) = self.cardinal_word(k).unwrap_or((0, e + 1));
                return Some((hi * 100 + i32::try_from(r).ok()?, e2));
            }
            if hi >= 13
                && matches!(self.lower(e).as_str(), "zero" | "oh" | "o")
                && let Some((d, e2)) = self.cardinal_word(e + 1)
                && d < 10
            {
                return Some((hi * 100 + i32::try_from(d).ok()?, e2));
            }
            if let Some((r, e2)) = self.cardinal_word(e)
                && r >= 10
            {
                return Some((hi * 100 + i32::try_from(r).ok()?, e2));
            }
        }
        None
    }

    /// Month [.] Day[suffix] [,] [Year]; Month [,] Year; Month [Day-Day];
    /// Month alone; "Dec31"; "June of 1992".
    fn month_date(&self, i: usize) -> Option<(usize, Raw)> {
        let mut rel = Rel::Bare;
        let mut i0 = i;
        match self.lower(i).as_str() {
            "last" | "previous" | "past" => {
                rel = Rel::Last;
                i0 = i + 1;
            }
            "next" | "following" | "coming" | "upcoming" => {
                rel = Rel::Next;
                i0 = i + 1;
            }
            "this" => {
                rel = Rel::This;
                i0 = i + 1;
            }
            _ => {}
        }
        // "Dec31", "October2", "Feb13": month and day glued
        if let Some(r) = self.glued_month_day(i0) {
            return Some(r);
        }
        let (m, e) = self.month_at(i0, rel == Rel::Bare)?;
        // "Oct-2", "Jan/3", "Dec/2018"
        let mut e = e;
        let mut glued_sep = false;
        if matches!(self.text(e), "-" | "/")
            && self.adjacent(e)
            && self.adjacent(e + 1)
            && self.kind(e + 1) == Some(TokenKind::Number)
        {
            if let Some((y, e2)) = self.year_at(e + 1) {
                // "September-2020-23"
                if self.text(e2) == "-"
                    && let Some((d, e3)) = self.day_at(e2 + 1)
                {
                    return Date::new(y, m, d).map(|x| (e3, Raw::Day(x)));
                }
                return Some((e2, Raw::MonthYear { month: m, year: y }));
            }
            e += 1;
            glued_sep = true;
        }
        let k = if self.is(e, "the") { e + 1 } else { e };
        let day = self
            .day_num(k)
            .or_else(|| if k == e && !glued_sep { self.cardinal_day(k) } else { None });
        if let Some((d, e2)) = day {
            // "July 13-15", "July 13 to 15", "April 9th through 17th"
            let joiner = matches!(self.text(e2), "-" | "–")
                || self.is(e2, "to")
                || self.is(e2, "through")
                || self.is(e2, "thru")
                || self.is(e2, "till")
                || self.is(e2, "until");
            if joiner
                && let Some((d2, e3)) = self.day_num(e2 + 1).or_else(|| self.cardinal_day(e2 + 1))
                && d2 > d
                && self.month_at(e3, false).is_none()
                && !self.clock_follows(e2 + 1)
            {
                let year = self.year_after(e3);
                let (a, b) = match year {
                    Some((y, _)) => {
                        (Date::new(y, m, d).map(Raw::Day), Date::new(y, m, d2).map(Raw::Day))
                    }
                    None => (
                        Some(Raw::MonthDay { month: m, day: d, rel }),
                        Some(Raw::MonthDay { month: m, day: d2, rel }),
                    ),
                };
                let end = year.map_or(e3, |(_, e)| e);
                if let (Some(a), Some(b)) = (a, b) {
                    return Some((end, Raw::Range { from: Box::new(a), to: Box::new(b) }));
                }
            }
            // "July 4th of 1995", "28 june in 2020", "January first 12"?
            if let Some((y, e3)) = self.year_after(e2) {
                return Date::new(y, m, d).map(|date| (e3, Raw::Day(date)));
            }
            // two-digit years after a day need a comma: "Dec 31, 94"? no
            if d <= days_in_month_max(m) {
                return Some((e2, Raw::MonthDay { month: m, day: d, rel }));
            }
            return None;
        }
        if let Some((y, e2)) = self.year_after(e) {
            return Some((e2, Raw::MonthYear { month: m, year: y }));
        }
        // "April of 87", "August 99"
        if let Some((y, e2)) = self.short_year_after(e) {
            return Some((e2, Raw::MonthYear { month: m, year: y }));
        }
        Some((e, Raw::Month { month: m, rel }))
    }

    /// "Dec31", "October2": a single word.
    fn glued_month_day(&self, i: usize) -> Option<(usize, Raw)> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let t = self.text(i);
        let split = t.find(|c: char| c.is_ascii_digit())?;
        let (name, digits) = (t.get(..split)?, t.get(split..)?);
        if digits.is_empty()
            || digits.len() > 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || name.len() < 3
        {
            return None;
        }
        let id = self.lx.id(&name.to_ascii_lowercase());
        let m = self.lx.get(id).month?;
        let d: u32 = digits.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let e = i + 1;
        if let Some((y, e2)) = self.year_after(e) {
            return Date::new(y, u32::from(m), d).map(|x| (e2, Raw::Day(x)));
        }
        Some((e, Raw::MonthDay { month: u32::from(m), day: d, rel: Rel::Bare }))
    }

    /// A day in cardinal words after a month: "January twenty five".
    fn cardinal_day(&self, i: usize) -> Option<(u32, usize)> {
        let (d, e) = self.cardinal_word(i)?;
        // "nineteen ninety six" is a year, not a day
        if self.year_words(i).is_some_and(|(_, e2)| e2 > e) {
            return None;
        }
        (1..=31).contains(&d).then_some((d, e))
    }

    /// An optional ", 2025" / " 2025" / " of 1995" / " in 2020" after a
    /// date.
    fn year_after(&self, e: usize) -> Option<(i32, usize)> {
        let k = if self.text(e) == "," || self.is(e, "of") || self.is(e, "in") { e + 1 } else { e };
        let k = if self.text(k) == "," { k + 1 } else { k };
        if !self.same_sentence(e.saturating_sub(1), k) {
            return None;
        }
        let (y, e2) = self.year_at(k)?;
        // "in 2020" after a date only for plain years
        if self.is(e, "in") && self.kind(k) != Some(TokenKind::Number) {
            return None;
        }
        // a clock after a bare year ("2016 15:50") is fine; "2016 people" is not
        if counted_noun_follows(self.doc, e2)
            && !self.clock_follows(e2)
            && self.flags(e2) & flag::MODAL == 0
        {
            return None;
        }
        Some((y, e2))
    }

    /// "of 87", " 99": a two-digit year after a month.
    fn short_year_after(&self, e: usize) -> Option<(i32, usize)> {
        let of = self.is(e, "of") || self.text(e) == "'" || self.text(e) == "’";
        let k = if of { e + 1 } else { e };
        let (v, len) = self.plain(k)?;
        if len != 2 || (!of && v <= 31) {
            return None;
        }
        if counted_noun_follows(self.doc, k + 1) || self.entry(k + 1).time_unit.is_some() {
            return None;
        }
        let y = if v < 50 { 2000 + v } else { 1900 + v };
        Some((i32::try_from(y).ok()?, k + 1))
    }

    /// Day[suffix] [of] Month [,] [Year]; "the 20th of January", "15 of
    /// february", "third day of october" is nth_of.
    fn day_month(&self, i: usize) -> Option<(usize, Raw)> {
        let mut rel = Rel::Bare;
        let mut i0 = i;
        if self.is(i, "next") || self.is(i, "this") {
            rel = if self.is(i, "next") { Rel::Next } else { Rel::This };
            i0 = i + 1;
        }
        let start = if self.is(i0, "the") { i0 + 1 } else { i0 };
        let (d, mut e) = self.day_num(start).or_else(|| self.cardinal_day(start))?;
        // "14april", "31-Oct-74", "23/Sep/2020"
        let mut d2 = None;
        if matches!(self.text(e), "-" | "–")
            || self.is(e, "to")
            || self.is(e, "through")
            || self.is(e, "till")
        {
            let k = if self.is(e + 1, "the") { e + 2 } else { e + 1 };
            if let Some((x, e2)) = self.day_num(k).or_else(|| self.cardinal_day(k))
                && x > d
                && self.month_at(if self.is(e2, "of") { e2 + 1 } else { e2 }, false).is_some()
            {
                d2 = Some(x);
                e = e2;
            }
        }
        // "18 and 19 June": the first day takes the month that follows
        if d2.is_none()
            && (self.is(e, "and") || self.is(e, "or") || self.text(e) == "&")
            && let Some((_, e2)) = self.day_num(e + 1)
            && let Some((m, e3)) = self.month_at(if self.is(e2, "of") { e2 + 1 } else { e2 }, false)
        {
            let year = self.year_after(e3);
            let r = match year {
                Some((y, _)) => Date::new(y, m, d).map(Raw::Day),
                None if d <= days_in_month_max(m) => Some(Raw::MonthDay { month: m, day: d, rel }),
                None => None,
            };
            return r.map(|r| (e, r));
        }
        // "16. Nov. 2016": a day with the German ordinal period
        if self.text(e) == "."
            && self.adjacent(e)
            && self.kind(start) == Some(TokenKind::Number)
            && let Some((_, e2)) = self.month_at(e + 1, false)
            && self.year_after(e2).is_some()
        {
            e += 1;
        }
        let sep = matches!(self.text(e), "-" | "/") && self.adjacent(e) && self.adjacent(e + 1);
        let of = self.is(e, "of");
        let (m, e2) = self.month_at(if of || sep { e + 1 } else { e }, false)?;
        if start > i0 && !of && d2.is_none() && self.ordinal(start).is_none() {
            // "the 4 February" is unusual; accept only "the 4th of February"
            return None;
        }
        if sep {
            // "31-Oct-74", "23/Sep/2020", "05-Aug-2016"
            if self.text(e2) == self.text(e) && self.adjacent(e2) {
                if let Some((y, e3)) = self.year_at(e2 + 1) {
                    return Date::new(y, m, d).map(|x| (e3, Raw::Day(x)));
                }
                if let Some((v, 2)) = self.plain(e2 + 1) {
                    let y = if v < 50 { 2000 + v } else { 1900 + v };
                    return Date::new(i32::try_from(y).ok()?, m, d).map(|x| (e2 + 2, Raw::Day(x)));
                }
            }
        }
        let year =
            self.year_after(e2).or_else(|| self.short_year_after(e2).filter(|_| self.is(e2, "of")));
        let end = year.map_or(e2, |(_, e)| e);
        let mk = |day: u32| -> Option<Raw> {
            match year {
                Some((y, _)) => Date::new(y, m, day).map(Raw::Day),
                None if day <= days_in_month_max(m) => Some(Raw::MonthDay { month: m, day, rel }),
                None => None,
            }
        };
        if let Some(x) = d2 {
            let (a, b) = (mk(d)?, mk(x)?);
            return Some((end, Raw::Range { from: Box::new(a), to: Box::new(b) }));
        }
        Some((end, mk(d)?))
    }

    /// "the 15th", "on the first", "On 24th", "the 24" (with "on").
    fn day_of_month(&self, i: usize) -> Option<(usize, Raw)> {
        // "20 of next month", "20th of the previous month", "31st of this
        // month"
        let k0 = if self.is(i, "the") { i + 1 } else { i };
        if let Some((d, e)) = self
            .ordinal(k0)
            .or_else(|| self.plain(k0).filter(|&(_, l)| l <= 2).map(|(v, _)| (v, k0 + 1)))
            && (1..=31).contains(&d)
            && self.is(e, "of")
        {
            let j = if self.is(e + 1, "the") { e + 2 } else { e + 1 };
            if let Some((e2, r @ Raw::RelUnit { unit: Grain::Month, .. })) = self.relative_unit(j) {
                let r = Raw::NthOf {
                    n: i64::from(d),
                    item: Item::Unit(Grain::Day),
                    period: Box::new(r),
                };
                return Some((e2, r));
            }
        }
        let on = self.is(i, "on") || i > 0 && self.is(i - 1, "on");
        let mut j = if on { i + 1 } else { i };
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        if let Some((d, e)) = self.ordinal(j) {
            if !(1..=31).contains(&d) {
                return None;
            }
            // words: "the first" needs "on"; "the 15th" is fine
            let digits = self.kind(j) == Some(TokenKind::Number);
            if !(digits || on && the) {
                return None;
            }
            if !the && !on {
                // "15th" alone is weak; allow it after a date context or
                // before a time ("5th at 4 a.m.")
                if !self.date_context(i) && !self.alone(i, e) && !self.time_after(e) {
                    return None;
                }
            }
            // "set something up the 21st": "the" alone needs "on", "for",
            // "by"... or the end of the text
            if the && !on && !digits {
                return None;
            }
            // "the 15th century", "the 3rd week", "the 2nd quarter"
            if self.entry(e).time_unit.is_some()
                || counted_noun_follows(self.doc, e)
                || self.is(e, "of") && self.month_at(e + 1, false).is_some()
            {
                return None;
            }
            return Some((e, Raw::DayOfMonth(d)));
        }
        // "the 24" (Duckling), "on 15" (Recognizers): digits after "on"/"the"
        if (on || the)
            && let Some((d, 1 | 2)) = self.plain(j)
        {
            if !(1..=31).contains(&d) || self.clock_follows(j) && !self.is(j + 1, "at") {
                return None;
            }
            let e = j + 1;
            if self.entry(e).time_unit.is_some()
                || counted_noun_follows(self.doc, e)
                || !(self.alone(i, e) || on && !self.is(e, ":"))
            {
                return None;
            }
            if self.kind(e) == Some(TokenKind::Number)
                || matches!(self.text(e), "/" | "-" | "." | ":" | "%") && self.adjacent(e)
            {
                return None;
            }
            return Some((e, Raw::DayOfMonth(d)));
        }
        None
    }

    /// 2025-02-04, 2025/02/04, 4/2/2025, 04.02.2025, 2/15, 2014-10,
    /// 2/2013, 20161016, 2016 10 16, 31/Oct/1974 (via day_month).
    fn numeric_date(&self, i: usize) -> Option<(usize, Raw)> {
        if self.plain(i).is_none() {
            return self.decimal_date(i);
        }
        let (a, la) = self.plain(i)?;
        // "20161016"
        if la == 8 {
            let y = i32::try_from(a / 10_000).ok()?;
            let m = a / 100 % 100;
            let d = a % 100;
            if (1900..=2100).contains(&y) {
                return Date::new(y, m, d).map(|x| (i + 1, Raw::Day(x)));
            }
            return None;
        }
        let sep_at = |k: usize| -> Option<(&str, bool)> {
            let s = self.text(k);
            if !matches!(s, "-" | "/" | "." | "–") {
                return None;
            }
            let tight = self.adjacent(k) && self.adjacent(k + 1);
            Some((s, tight))
        };
        let field = |k: usize| -> Option<(u32, usize, Option<u32>)> {
            // a number or a month name (abbreviated); third value is the month
            if let Some((v, l)) = self.plain(k) {
                return Some((v, l, None));
            }
            let m = self.entry(k).month?;
            Some((0, 0, Some(u32::from(m))))
        };
        let Some((sep, tight)) = sep_at(i + 1) else {
            return self.spaced_numeric_date(i);
        };
        let (b, lb, bm) = field(i + 2)?;
        let third = sep_at(i + 3).filter(|(s, _)| *s == sep).and_then(|(_, t2)| {
            let (c, lc, cm) = field(i + 4)?;
            Some((c, lc, cm, t2))
        });
        // letters glued after the whole: not a date ("4-3a")
        let check_end = |e: usize| -> bool {
            !(self.adjacent(e)
                && matches!(self.kind(e), Some(TokenKind::Number | TokenKind::Word))
                && !matches!(self.lower(e).as_str(), "st" | "nd" | "rd" | "th"))
        };
        if let Some((c, lc, cm, tight2)) = third {
            let e = i + 5;
            // "2016-12-16T12:23:59"
            if la == 4
                && bm.is_none()
                && cm.is_none()
                && let Some((e2, clk)) = self.iso_time(e)
                && let Some(d) = Date::new(i32::try_from(a).ok()?, b, c)
            {
                let r = Raw::At { date: Box::new(Raw::Day(d)), time: Box::new(Raw::Clock(clk)) };
                return Some((e2, r));
            }
            if !check_end(e) || tight != tight2 {
                return None;
            }
            if bm.is_some() || cm.is_some() {
                // "2020/Sep/23"
                if la == 4
                    && let Some(m) = bm
                {
                    return Date::new(i32::try_from(a).ok()?, m, c).map(|x| (e, Raw::Day(x)));
                }
                return None;
            }
            if la == 4 {
                return Date::new(i32::try_from(a).ok()?, b, c).map(|d| (e, Raw::Day(d)));
            }
            // "23-2020-September" etc. are rare; skip
            if lb == 4 {
                return None;
            }
            let year = match lc {
                4 => i32::try_from(c).ok()?,
                2 => two_digit_year(c)?,
                _ => return None,
            };
            if la > 2 || lb > 2 {
                return None;
            }
            // "3-7-2017": dashes too, now that a year is there
            let month_first = Date::new(year, a, b);
            let day_first = Date::new(year, b, a);
            return match (month_first, day_first) {
                (Some(x), Some(y)) if x != y => {
                    Some((e, Raw::AmbiguousDay { month_first: x, day_first: y }))
                }
                (Some(x), _) => Some((e, Raw::Day(x))),
                (None, Some(y)) => Some((e, Raw::Day(y))),
                (None, None) => None,
            };
        }
        let e = i + 3;
        if !check_end(e) {
            return None;
        }
        // "Jan/3"-style with a month name second: "3/Jan"? rare
        if bm.is_some() {
            return None;
        }
        // two fields: "2014-10", "2/2013", "2/15", "15/2"
        if la == 4 && (1..=12).contains(&b) && lb <= 2 && (1000..=2999).contains(&a) {
            return Some((e, Raw::MonthYear { month: b, year: i32::try_from(a).ok()? }));
        }
        if lb == 4 && (1..=12).contains(&a) && la <= 2 && (1000..=2999).contains(&b) {
            if sep == "." {
                return None;
            }
            return Some((e, Raw::MonthYear { month: a, year: i32::try_from(b).ok()? }));
        }
        if la > 2 || lb > 2 {
            return None;
        }
        // month/day: "/" anywhere; "-" and "." only in a date context or
        // written alone ("4-1 vote", "6.45 percent" are not dates)
        let context = self.date_context(i)
            || self.alone(i, e)
            || i > 0 && self.entry(i - 1).weekday.is_some()
            || i > 1 && self.text(i - 1) == "," && self.entry(i - 2).weekday.is_some();
        if sep != "/" && !context {
            return None;
        }
        if sep == "/" && !tight && !context {
            return None;
        }
        // "from 4-23 in next month": days of that month, not April 23
        if sep != "/" {
            let k = if self.is(e, "of") || self.is(e, "in") { e + 1 } else { e };
            if self.month_ref(k).is_some() {
                return None;
            }
        }
        // "at 4-22", "at 6.45": times, not dates
        if i > 0 && self.is(i - 1, "at") {
            return None;
        }
        // scores and fractions: "won 3/4", "1/2"
        if self.entry(e).time_unit.is_some()
            || counted_noun_follows(self.doc, e)
            || self.lx.percent.longest(self.window(e, 2)).is_some()
        {
            return None;
        }
        let mf = (1..=12).contains(&a) && (1..=days_in_month_max(a)).contains(&b);
        let df = (1..=12).contains(&b) && (1..=days_in_month_max(b)).contains(&a);
        match (mf, df) {
            (true, true) if a != b => {
                Some((e, Raw::AmbiguousMonthDay { month_first: (a, b), day_first: (b, a) }))
            }
            (true, _) => Some((e, Raw::MonthDay { month: a, day: b, rel: Rel::Bare })),
            (false, true) => Some((e, Raw::MonthDay { month: b, day: a, rel: Rel::Bare })),
            _ => None,
        }
    }

    /// Dates written with dots whose first two fields the tokenizer
    /// reads as one decimal number: "31.10.1974", "23.04.2022",
    /// "13.5.2015", "4.22", "2015.3".
    fn decimal_date(&self, i: usize) -> Option<(usize, Raw)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let (x, y) = self.text(i).split_once('.')?;
        if x.is_empty() || y.is_empty() || !(x.bytes().chain(y.bytes()).all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let (a, la): (u32, usize) = (x.parse().ok()?, x.len());
        let (b, lb): (u32, usize) = (y.parse().ok()?, y.len());
        // "31.10.1974": a third field after a dot
        if self.text(i + 1) == "."
            && self.adjacent(i + 1)
            && self.adjacent(i + 2)
            && let Some((c, lc)) = self.plain(i + 2)
        {
            if la > 2 || lb > 2 {
                return None;
            }
            let year = match lc {
                4 => i32::try_from(c).ok()?,
                2 => two_digit_year(c)?,
                _ => return None,
            };
            let e = i + 3;
            let mf = Date::new(year, a, b);
            let df = Date::new(year, b, a);
            return match (mf, df) {
                (Some(p), Some(q)) if p != q => {
                    Some((e, Raw::AmbiguousDay { month_first: p, day_first: q }))
                }
                (Some(p), _) => Some((e, Raw::Day(p))),
                (None, Some(q)) => Some((e, Raw::Day(q))),
                _ => None,
            };
        }
        // "2015.3": year and month
        if la == 4 && lb <= 2 && (1..=12).contains(&b) && (1000..=2999).contains(&a) {
            return Some((i + 1, Raw::MonthYear { month: b, year: i32::try_from(a).ok()? }));
        }
        // "on 4.22", "Friday 7.6": month and day, in a date context only
        let context = self.date_context(i)
            || i > 0 && self.entry(i - 1).weekday.is_some()
            || i > 0 && matches!(self.lower(i - 1).as_str(), "in");
        if !context || la > 2 || lb > 2 || i > 0 && self.is(i - 1, "at") {
            return None;
        }
        if self.lx.percent.longest(self.window(i + 1, 2)).is_some()
            || self.lx.units.longest(self.window(i + 1, 2)).is_some()
        {
            return None;
        }
        let mf = (1..=12).contains(&a) && (1..=days_in_month_max(a)).contains(&b);
        let df = (1..=12).contains(&b) && (1..=days_in_month_max(b)).contains(&a);
        match (mf, df) {
            (true, true) if a != b => {
                Some((i + 1, Raw::AmbiguousMonthDay { month_first: (a, b), day_first: (b, a) }))
            }
            (true, _) => Some((i + 1, Raw::MonthDay { month: a, day: b, rel: Rel::Bare })),
            (false, true) => Some((i + 1, Raw::MonthDay { month: b, day: a, rel: Rel::Bare })),
            _ => None,
        }
    }

    /// "T12:23:59" glued after an ISO date: the time.
    fn iso_time(&self, k: usize) -> Option<(usize, Clock)> {
        let t = self.text(k);
        let h = t.strip_prefix(['T', 't'])?;
        if !self.adjacent(k)
            || h.is_empty()
            || h.len() > 2
            || !h.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let h: u32 = h.parse().ok()?;
        if self.text(k + 1) != ":" || !self.adjacent(k + 1) {
            return None;
        }
        let (m, 2) = self.plain(k + 2)? else { return None };
        let (s, e, g) = if self.text(k + 3) == ":"
            && self.adjacent(k + 3)
            && let Some((sec, 2)) = self.plain(k + 4)
        {
            (sec, k + 5, Grain::Second)
        } else {
            (0, k + 3, Grain::Minute)
        };
        if h > 23 || m > 59 || s > 59 {
            return None;
        }
        let mut c = Clock {
            h,
            m,
            s,
            grain: g,
            half: None,
            ambiguous: false,
            zone: None,
            strength: Strength::Strong,
        };
        if self.is(e, "z") && self.adjacent(e) {
            c.zone = Some(0);
            return Some((e + 1, c));
        }
        Some((e, c))
    }

    /// "2016 10 16", "31 10 1974", "10 31 1974": three numbers with
    /// spaces and a four-digit year at one end.
    fn spaced_numeric_date(&self, i: usize) -> Option<(usize, Raw)> {
        let (a, la) = self.plain(i)?;
        let (b, lb) = self.plain(i + 1)?;
        let (c, lc) = self.plain(i + 2)?;
        if lb > 2 {
            return None;
        }
        let e = i + 3;
        if la == 4 && lc <= 2 {
            return Date::new(i32::try_from(a).ok()?, b, c).map(|d| (e, Raw::Day(d)));
        }
        if lc == 4 && la <= 2 {
            let y = i32::try_from(c).ok()?;
            let mf = Date::new(y, a, b);
            let df = Date::new(y, b, a);
            return match (mf, df) {
                (Some(x), Some(z)) if x != z => {
                    Some((e, Raw::AmbiguousDay { month_first: x, day_first: z }))
                }
                (Some(x), _) => Some((e, Raw::Day(x))),
                (None, Some(z)) => Some((e, Raw::Day(z))),
                _ => None,
            };
        }
        None
    }

    /// Holidays by name, with "next"/"last"/"this" and a year.
    fn holiday(&self, i: usize) -> Option<(usize, Raw)> {
        let mut j = i;
        let mut rel = Rel::Bare;
        match self.lower(i).as_str() {
            "next" | "coming" | "upcoming" => {
                rel = Rel::Next;
                j += 1;
            }
            "following" => {
                rel = Rel::AfterNext;
                j += 1;
            }
            "last" | "previous" | "past" => {
                rel = Rel::Last;
                j += 1;
            }
            "this" => {
                rel = Rel::This;
                j += 1;
            }
            _ => {}
        }
        if self.is(j, "the") {
            j += 1;
        }
        let (name, len) = self.lx.holidays.longest(self.window(j, 8))?;
        let e = j + len;
        // one-word names that are also common words need a capital
        // letter or a year/qualifier
        if len == 1 && !self.cap(j) && rel == Rel::Bare && self.year_at(e).is_none() {
            let t = self.lower(j);
            if matches!(
                t.as_str(),
                "lent"
                    | "pentecost"
                    | "purim"
                    | "passover"
                    | "epiphany"
                    | "muharram"
                    | "ashura"
                    | "pascha"
            ) && !self.alone(j, e)
            {
                return None;
            }
        }
        // "the prophet 's birthday" and friends: the article belongs to it
        let mut e = e;
        if self.is(e, "day") && !self.lower(e - 1).as_str().ends_with("day") {
            e += 1;
        }
        let year = self.year_after(e);
        let end = year.map_or(e, |(_, x)| x);
        Some((end, Raw::Holiday { name, rel, year: year.map(|(y, _)| y) }))
    }

    /// Q3 2024, the third quarter of 2024, the first half of 2025,
    /// "18q4", "2018Q4", "4th quarter 2018", "the 3rd qtr".
    fn quarter(&self, i: usize) -> Option<(usize, Raw)> {
        let t = self.text(i);
        let tb = t.as_bytes();
        let lt = self.lower(i);
        // "2018Q4" (number + word "Q4") and "18q4" (word)
        if self.kind(i) == Some(TokenKind::Number)
            && let Some((y, ly)) = self.plain(i)
            && (ly == 4 || ly == 2)
            && self.adjacent(i + 1)
        {
            let q = self.lower(i + 1);
            let qb = q.as_str().as_bytes();
            if qb.len() == 2 && qb.first() == Some(&b'q') {
                let n = u32::from(qb.get(1)?.checked_sub(b'0')?);
                if (1..=4).contains(&n) {
                    let y = if ly == 2 { two_digit_year(y)? } else { i32::try_from(y).ok()? };
                    return Some((i + 2, Raw::Quarter { q: n, year: Some(y) }));
                }
            }
        }
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
                if half && year.is_none() {
                    return None;
                }
                return Some((
                    end,
                    if half { Raw::Half { h: q, year } } else { Raw::Quarter { q, year } },
                ));
            }
        }
        let _ = lt;
        let j = if self.is(i, "the") { i + 1 } else { i };
        let (o, k) = self.ordinal(j)?;
        let (is_half, ok) = match self.lower(k).as_str() {
            "quarter" | "qtr" | "qr" => (false, (1..=4).contains(&o)),
            "half" => (true, (1..=2).contains(&o)),
            _ => return None,
        };
        if !ok {
            return None;
        }
        let q = o;
        let mut end = k + 1;
        let mut year = None;
        let of = self.is(end, "of") || self.is(end, "in");
        let yk = if of { end + 1 } else { end };
        if let Some((y, e)) = self.year_at(yk) {
            year = Some(y);
            end = e;
        } else if of {
            if let Some((e, r @ Raw::RelUnit { unit: Grain::Year, .. })) = self.relative_unit(yk) {
                let inner = if is_half {
                    Raw::Half { h: q, year: None }
                } else {
                    Raw::Quarter { q, year: None }
                };
                return Some((e, Raw::From { what: Box::new(inner), base: Box::new(r) }));
            }
            if self.is(yk, "the") && self.is(yk + 1, "year") {
                end = yk + 2;
            }
        }
        Some((end, if is_half { Raw::Half { h: q, year } } else { Raw::Quarter { q, year } }))
    }

    /// "summer", "this winter", "spring 2025".
    fn season_word(&self, k: usize) -> Option<(usize, u32)> {
        let s = match self.lower(k).as_str() {
            "spring" | "springtime" => 0,
            "summer" | "summertime" => 1,
            "fall" | "autumn" => 2,
            "winter" | "wintertime" => 3,
            _ => return None,
        };
        Some((k + 1, s))
    }

    fn season(&self, i: usize) -> Option<(usize, Raw)> {
        let j = if self.is(i, "the") || self.is(i, "in") && self.is(i + 1, "the") {
            if self.is(i, "in") { i + 2 } else { i + 1 }
        } else {
            i
        };
        let (e, s) = self.season_word(j)?;
        // "fall" is a verb; "spring" too: need an article, a year or "in"
        if let Some((y, e2)) = self.year_after(e) {
            let start = Date::new(y, 1, 1)?;
            let _ = start;
            return Some((
                e2,
                Raw::From {
                    what: Box::new(Raw::Season { season: s, offset: Some(0) }),
                    base: Box::new(Raw::Year(y)),
                },
            ));
        }
        if j == i
            && !(i > 0
                && matches!(
                    self.lower(i - 1).as_str(),
                    "in" | "during" | "this" | "next" | "last" | "of"
                ))
            && !self.cap(i)
        {
            return None;
        }
        if j == i && matches!(s, 0 | 2) && !self.cap(i) {
            return None;
        }
        Some((e, Raw::Season { season: s, offset: None }))
    }

    /// "the first Monday of October", "third tuesday of september 2014",
    /// "the last day of October 2015", "the 2nd last week of October
    /// 2018", "the 9th month of next year", "first week of 2015", "the
    /// first 2 weeks of 2021", "the last four months of 2021", "first
    /// ten days of last year", "the last weekend of October".
    fn nth_of(&self, i: usize) -> Option<(usize, Raw)> {
        let j = if self.is(i, "the") || self.is(i, "on") && self.is(i + 1, "the") {
            if self.is(i, "on") { i + 2 } else { i + 1 }
        } else {
            i
        };
        // n: ordinal, "last", "second last", "3rd last"
        let (mut n, mut k): (i64, usize) = if self.is(j, "last") || self.is(j, "final") {
            (-1, j + 1)
        } else if let Some((o, e)) = self.ordinal(j) {
            (i64::from(o), e)
        } else if self.is(j, "first") {
            (1, j + 1)
        } else {
            return None;
        };
        if n > 0 && self.is(k, "last") {
            n = -n;
            k += 1;
        }
        // "the first 2 weeks of 2021", "last four months of 2021"
        if self.is(j, "first") || self.is(j, "last") {
            let kk = j + 1;
            if let Some((cnt, k2)) = self.count(kk)
                && k2 > kk
                && let Some(u) = self.entry(k2).time_unit
                && self.text(k2).ends_with('s')
                && (self.is(k2 + 1, "of") || self.is(k2 + 1, "in"))
                && let Some((e, p)) = self.nth_period(k2 + 2)
            {
                return Some((
                    e,
                    Raw::FirstUnits {
                        n: cnt.round() as i64,
                        unit: u,
                        last: self.is(j, "last"),
                        period: Box::new(p),
                    },
                ));
            }
        }
        // the item
        let item = if let Some(wd) = self.entry(k).weekday {
            if self.text(k).ends_with('s') && self.text(k).len() > 6 {
                return None;
            }
            // "first Monday evening of next month" keeps the evening apart
            Item::Weekday(u32::from(wd))
        } else if self.is(k, "weekend")
            || self.is(k, "wkend")
            || self.is(k, "week") && self.is(k + 1, "end")
        {
            if self.is(k, "week") {
                k += 1;
            }
            Item::Weekend
        } else if let Some(u) = self.entry(k).time_unit {
            if !matches!(u, Grain::Day | Grain::Week | Grain::Month | Grain::Quarter)
                || self.text(k).ends_with('s')
            {
                return None;
            }
            Item::Unit(u)
        } else {
            return None;
        };
        let mut e = k + 1;
        // "first Monday evening of next month", "first Monday 1pm to 3pm of next month"
        let mut part: Option<Raw> = None;
        if let Item::Weekday(_) = item {
            if let Some((e2, p)) = self.day_part(e)
                && (self.is(e2, "of") || self.is(e2, "in"))
            {
                part = Some(Raw::DayPart(p));
                e = e2;
            } else if let Some((e2, c)) = self.clock(e)
                && c.strength == Strength::Strong
            {
                let mut e3 = e2;
                let mut t = Raw::Clock(c);
                if (self.is(e2, "to") || self.is_dash(e2))
                    && let Some((e4, c2)) = self.clock(e2 + 1)
                {
                    t = Raw::Range { from: Box::new(t), to: Box::new(Raw::Clock(c2)) };
                    e3 = e4;
                }
                if self.is(e3, "of") || self.is(e3, "in") {
                    part = Some(t);
                    e = e3;
                }
            }
        }
        if !(self.is(e, "of") || self.is(e, "in")) {
            // "first week" alone, "the last day": not an nth-of
            // "second saturday" of an implied month: the current month
            if let Item::Weekday(_) = item
                && n > 0
                && j > i
            {
                return None;
            }
            if let Item::Weekday(_) = item
                && n > 0
                && self.ordinal(j).is_some()
            {
                let r = Raw::NthOf {
                    n,
                    item,
                    period: Box::new(Raw::RelUnit { unit: Grain::Month, offset: 0 }),
                };
                return Some((e, r));
            }
            return None;
        }
        let (e2, period) = self.nth_period(e + 1)?;
        let r = Raw::NthOf { n, item, period: Box::new(period) };
        // "1st week of Oct. on Friday"
        if let Item::Unit(Grain::Week) = item {
            let k2 = if self.is(e2, "on") { e2 + 1 } else { e2 };
            if let Some((e3, Raw::Weekday { wd, rel: Rel::Bare })) = self.weekday(k2) {
                return Some((
                    e3,
                    Raw::NthOf { n: 1, item: Item::Weekday(wd), period: Box::new(r) },
                ));
            }
        }
        match part {
            Some(t) => Some((e2, Raw::At { date: Box::new(r), time: Box::new(t) })),
            None => Some((e2, r)),
        }
    }

    /// The period of an nth-of: a month, a year, "this month", "next
    /// year", "the month", a holiday ("third tuesday after christmas").
    fn nth_period(&self, k: usize) -> Option<(usize, Raw)> {
        if let Some(r) = self.relative_unit(k) {
            return Some(r);
        }
        let kk = if self.is(k, "the") { k + 1 } else { k };
        if let Some(u) = self.entry(kk).time_unit
            && matches!(u, Grain::Week | Grain::Month | Grain::Year)
            && !self.text(kk).ends_with('s')
        {
            // "the month", "the year": the current one; "the previous month"
            return Some((kk + 1, Raw::RelUnit { unit: u, offset: 0 }));
        }
        if self.is(k, "the")
            && (self.is(k + 1, "previous")
                || self.is(k + 1, "following")
                || self.is(k + 1, "next")
                || self.is(k + 1, "last"))
            && let Some(r) = self.relative_unit(k + 1)
        {
            return Some(r);
        }
        if let Some((e, r)) = self.month_date(k)
            && matches!(r, Raw::Month { .. } | Raw::MonthYear { .. })
        {
            return Some((e, r));
        }
        if let Some((e, r)) = self.holiday(k) {
            return Some((e, r));
        }
        let (y, e) = self.year_at(k)?;
        Some((e, Raw::Year(y)))
    }

    /// "the week of October 7th", "the week of the 18th".
    fn week_of(&self, i: usize) -> Option<(usize, Raw)> {
        let j = if self.is(i, "the") { i + 1 } else { i };
        // "the weekend of halloween", "weekend of thanksgiving 2023"
        if self.is(j, "weekend") && self.is(j + 1, "of") {
            let (e, d) = self.atom(j + 2)?;
            if !d.is_day() {
                return None;
            }
            let w = Raw::WeekOf(Box::new(d));
            return Some((e, Raw::NthOf { n: 1, item: Item::Weekend, period: Box::new(w) }));
        }
        if !(self.is(j, "week") && self.is(j + 1, "of")) {
            return None;
        }
        let (e, d) = self.atom(j + 2)?;
        if !d.is_day() {
            return None;
        }
        Some((e, Raw::WeekOf(Box::new(d))))
    }

    /// "week 31", "week 3 of 2027", "week 27 of last year", "W45".
    fn iso_week(&self, i: usize) -> Option<(usize, Raw)> {
        let j = if self.is(i, "the") { i + 1 } else { i };
        if !self.is(j, "week") {
            return None;
        }
        let (w, len) = self.plain(j + 1)?;
        if len > 2 || !(1..=53).contains(&w) {
            return None;
        }
        let e = j + 2;
        if self.is(e, "of") || self.is(e, "in") {
            if let Some((y, e2)) = self.year_at(e + 1) {
                return Some((e2, Raw::IsoWeek { week: w, year: Some(Box::new(Raw::Year(y))) }));
            }
            if let Some((e2, r)) = self.relative_unit(e + 1) {
                return Some((e2, Raw::IsoWeek { week: w, year: Some(Box::new(r)) }));
            }
        }
        Some((e, Raw::IsoWeek { week: w, year: None }))
    }

    /// A year: "in 2024", "the 1990s", "fiscal 2023", "the 21st century",
    /// "year 247", "2014 BC", "cy 2008", "nineteen ninety six".
    fn year(&self, i: usize) -> Option<(usize, Raw)> {
        let w = self.lower(i);
        if matches!(w.as_str(), "fiscal" | "fy" | "cy") {
            let (y, e) = self.year_at(i + 1)?;
            return Some((e, Raw::Year(y)));
        }
        // "year 247", "the year 2008", "year two hundred and sixty seven"
        if w.as_str() == "year" || w.as_str() == "the" && self.is(i + 1, "year") {
            let k = if w.as_str() == "the" { i + 2 } else { i + 1 };
            let k = if self.is(k, "of") { k + 1 } else { k };
            if let Some((v, l)) = self.plain(k)
                && l <= 4
                && v >= 1
                && !counted_noun_follows(self.doc, k + 1)
            {
                return Some((k + 1, Raw::Year(i32::try_from(v).ok()?)));
            }
            if let Some(x) = words::parse(self.doc, self.lx, self.ids, k)
                && x.kind == NumberKind::Cardinal
                && x.vague.is_none()
                && (1.0..=2999.0).contains(&x.value)
            {
                return Some((x.end, Raw::Year(x.value as i32)));
            }
            return None;
        }
        // "=2019"
        if self.text(i) == "=" && self.adjacent(i + 1) {
            let (y, e) = self.year_at(i + 1)?;
            return Some((e, Raw::Year(y)));
        }
        // "21st century", "the twentieth century"
        if self.is(i + 1, "century") || self.is(i + 2, "century") {
            let j = if self.is(i, "the") { i + 1 } else { i };
            let (c, e) = self.ordinal(j)?;
            if self.is(e, "century") && (1..=30).contains(&c) {
                return Some((e + 1, Raw::Century(i32::try_from(c).ok()?)));
            }
            return None;
        }
        // decades: "the 1990s", "1990's", "the nineties"
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
        let spelled = self.kind(i) == Some(TokenKind::Word);
        if spelled {
            // spelled years need a year context: "in nineteen ninety six"
            let p = i.checked_sub(1).map(|p| self.lower(p));
            if !matches!(
                p.as_ref().map(Lower::as_str),
                Some("in" | "since" | "of" | "year" | "until" | "by" | "from")
            ) && !self.alone(i, e)
            {
                return None;
            }
            if y < 1100 && !self.alone(i, e) && !matches!(p.as_ref().map(Lower::as_str), Some("in"))
            {
                return None;
            }
        }
        // "2014 B.C.", "14 a.d."
        if self.is(e, "bc") || self.is(e, "b.c.") || self.is(e, "bce") {
            return Some((e + 1, Raw::Year(-y)));
        }
        if !(1900..=2100).contains(&y) && !spelled {
            let p = i.checked_sub(1).map(|p| self.lower(p));
            if !matches!(
                p.as_ref().map(Lower::as_str),
                Some("in" | "since" | "of" | "year" | "until" | "by" | "from" | "after" | "before")
            ) {
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
        if i > 0 && (self.text(i - 1) == "$" || self.text(i - 1) == "#") {
            return None;
        }
        // (but "between 2016 and 2022 in exchange": after a year, "in" is
        // the preposition, not inches)
        if self.lx.units.longest(self.window(e, 2)).is_some() && !self.is(e, "in")
            || self.lx.percent.longest(self.window(e, 2)).is_some()
        {
            return None;
        }
        // "2016 10 16" is a date (numeric_date); "2016 june" a month
        if let Some((m, e2)) = self.month_at(if self.text(e) == "," { e + 1 } else { e }, false) {
            return Some((e2, Raw::MonthYear { month: m, year: y }));
        }
        // "in 14 a.d."
        if (self.is(e, "ad") || self.is(e, "a.d.")) && !spelled {
            return Some((e + 1, Raw::Year(y)));
        }
        Some((e, Raw::Year(y)))
    }

    // --------------------------------------------------------- durations

    /// A duration's count and unit at `j`, with compounds folded into the
    /// smallest unit: "15 months", "an hour and a half", "1 hour 30
    /// minutes", "2 years 3 months", "half an hour", "3.5years", "10D".
    pub(crate) fn duration_parts(&self, j: usize) -> Option<(usize, (f64, Grain))> {
        if !self.unit_soon(j) {
            return None;
        }
        self.durations.get_or(j, || self.duration_parts_at(j))
    }

    fn duration_parts_at(&self, j: usize) -> Option<(usize, (f64, Grain))> {
        let (n, unit, e) = self.duration_one(j)?;
        // "a quarter-point rise", "a quarter point": a share of a
        // percentage point, not three months
        if unit == Grain::Quarter
            && (self.is(e, "point") || self.text(e) == "-" && self.is(e + 1, "point"))
        {
            return None;
        }
        let months_of = |g: Grain| -> Option<f64> {
            match g {
                Grain::Month => Some(1.0),
                Grain::Quarter => Some(3.0),
                Grain::Year => Some(12.0),
                _ => None,
            }
        };
        let mut total = n * unit.seconds();
        // years and months add as months ("2 years 3 months" is 27 months)
        let mut months = months_of(unit).map(|m| n * m);
        let mut smallest = unit;
        let mut e = e;
        let mut last_unit = unit;
        let mut seen = vec![unit];
        let mut n_main = n;
        // "and a half", "and half", "and a quarter"
        if self.is(e, "and") {
            let k = if self.is(e + 1, "a") { e + 2 } else { e + 1 };
            let frac = if self.is(k, "half") {
                Some(0.5)
            } else if self.is(k, "quarter") {
                Some(0.25)
            } else {
                None
            };
            if let Some(f) = frac {
                total += f * unit.seconds();
                n_main += f;
                months = months.map(|m| m + f * months_of(unit).unwrap_or(0.0));
                e = k + 1;
            }
        }
        // compounds: "1 hour 30 minutes", "1 year, 2 days, 3 hours and 4
        // seconds", "2 days 1 month"
        loop {
            let mut k = e;
            if self.text(k) == "," {
                k += 1;
            }
            let and = self.is(k, "and");
            if and {
                k += 1;
            }
            // "2 days ago" after "the last 3 months and" is its own phrase
            if let Some((n2, u2, e2)) = self.duration_one(k)
                && !seen.contains(&u2)
                && !(and && matches!(self.lower(e2).as_str(), "ago" | "later" | "earlier"))
            {
                total += n2 * u2.seconds();
                months = match (months, months_of(u2)) {
                    (Some(m), Some(m2)) => Some(m + n2 * m2),
                    _ => None,
                };
                smallest = smallest.min(u2);
                last_unit = u2;
                seen.push(u2);
                e = e2;
                continue;
            }
            // "1 hour thirty", "2 hours ten", "1 hour and fifteen": the next
            // unit down, unnamed
            if (last_unit == Grain::Hour || last_unit == Grain::Minute)
                && let Some((v, e2)) = self.minute_count(k).or_else(|| self.cardinal_word(k))
                && (1..60).contains(&v)
                && self.entry(e2).time_unit.is_none()
                && self.kind(e2).is_none_or(|kk| kk == TokenKind::Punct)
            {
                let u2 = if last_unit == Grain::Hour { Grain::Minute } else { Grain::Second };
                total += f64::from(v) * u2.seconds();
                months = None;
                smallest = u2;
                e = e2;
            }
            break;
        }
        if (total / unit.seconds() - n_main).abs() < 1e-9 {
            return Some((e, (n_main, unit)));
        }
        if let Some(m) = months {
            return Some((e, (m, Grain::Month)));
        }
        // a compound: in its smallest unit
        Some((e, (total / smallest.seconds(), smallest)))
    }

    /// A compound duration from `i` to `e` split into calendar months and
    /// the seconds of the smaller units, with the smallest of those.
    fn calendar_split(&self, i: usize, e: usize) -> Option<(f64, f64, Grain)> {
        let (mut months, mut secs, mut small) = (0.0, 0.0, Grain::Year);
        let mut k = i;
        while k < e {
            if self.text(k) == "," || self.is(k, "and") {
                k += 1;
                continue;
            }
            let (n, u, e2) = self.duration_one(k)?;
            match u {
                Grain::Month => months += n,
                Grain::Quarter => months += 3.0 * n,
                Grain::Year => months += 12.0 * n,
                _ => {
                    secs += n * u.seconds();
                    small = small.min(u);
                }
            }
            k = e2;
        }
        Some((months, secs, small))
    }

    /// One count and unit: "15 months", "half an hour", "a quarter of an
    /// hour", "three-quarters of an hour", "one and a half hours", "3.5years",
    /// "10D", "3-min", "two additional minutes".
    fn duration_one(&self, j: usize) -> Option<(f64, Grain, usize)> {
        // "half an hour", "half a day", "a half hour"
        let half_a = self.is(j, "half") && (self.is(j + 1, "a") || self.is(j + 1, "an"));
        let a_half =
            self.is(j, "a") && self.is(j + 1, "half") && self.entry(j + 2).time_unit.is_some();
        let (n, k) = if half_a || a_half {
            (0.5, j + 2)
        } else if (self.is(j, "a") || self.is(j, "one"))
            && self.is(j + 1, "quarter")
            && self.is(j + 2, "of")
            && (self.is(j + 3, "an") || self.is(j + 3, "a"))
        {
            (0.25, j + 4)
        } else if self.is(j, "three") && self.text(j + 1) == "-" && self.is(j + 2, "quarters")
            || self.is(j, "three") && self.is(j + 1, "quarters")
        {
            let k = if self.text(j + 1) == "-" { j + 3 } else { j + 2 };
            if !(self.is(k, "of") && (self.is(k + 1, "an") || self.is(k + 1, "a"))) {
                return None;
            }
            (0.75, k + 2)
        } else {
            let (mut n, mut k) = self.count(j)?;
            // "one and a half hours", "two and a quarter of hours", "one and
            // two quarter hour", "five and half min"
            if self.is(k, "and") {
                let mut q = k + 1;
                let mut frac = None;
                if self.is(q, "a") || self.is(q, "one") {
                    q += 1;
                }
                if self.is(q, "half") {
                    frac = Some((0.5, q + 1));
                } else if self.is(q, "quarter") || self.is(q, "quarters") {
                    frac = Some((0.25, q + 1));
                } else if let Some((c, q2)) = self.cardinal_word(q)
                    && (self.is(q2, "quarter") || self.is(q2, "quarters"))
                {
                    frac = Some((0.25 * f64::from(c), q2 + 1));
                } else if let Some((c, q2)) = self.cardinal_word(q)
                    && self.is(q2, "half")
                {
                    frac = Some((0.5 * f64::from(c), q2 + 1));
                }
                if let Some((f, q2)) = frac {
                    let q2 = if self.is(q2, "of") { q2 + 1 } else { q2 };
                    let q2 = if self.is(q2, "an") || self.is(q2, "a") { q2 + 1 } else { q2 };
                    if self.entry(q2).time_unit.is_some() {
                        n += f;
                        k = q2;
                    }
                }
            }
            (n, k)
        };
        let mut k = k;
        // a spelled fraction of a unit: "one and a quarter of an hour",
        // "two and three quarters of hours"
        if n.fract() != 0.0 && self.kind(j) == Some(TokenKind::Word) && self.is(k, "of") {
            let q = if self.is(k + 1, "an") || self.is(k + 1, "a") { k + 2 } else { k + 1 };
            if self.entry(q).time_unit.is_some() {
                k = q;
            }
        }
        // "two additional minutes", "2 extra minutes", "2 more minutes"
        if matches!(
            self.lower(k).as_str(),
            "additional"
                | "extra"
                | "more"
                | "less"
                | "full"
                | "whole"
                | "single"
                | "consecutive"
                | "straight"
                | "long"
        ) && self.entry(k + 1).time_unit.is_some()
        {
            k += 1;
        }
        // "42-day", "3-min", "30-minutes"
        let hyphen = self.text(k) == "-" && self.adjacent(k) && self.adjacent(k + 1);
        let u = if hyphen { k + 1 } else { k };
        let unit = match self.entry(u).time_unit {
            Some(g) => g,
            None => {
                // "10D", "3Y", "2W", "3h", "3day", "3.5years" glued
                if self.adjacent(u) && self.kind(j) == Some(TokenKind::Number) && u == j + 1 {
                    let t = self.text(u);
                    let g = match t {
                        "D" | "d" => Grain::Day,
                        "W" | "w" => Grain::Week,
                        "Y" | "y" => Grain::Year,
                        "h" | "H" => Grain::Hour,
                        _ => return None,
                    };
                    // "15h00" is a clock
                    if self.kind(u + 1) == Some(TokenKind::Number) && self.adjacent(u + 1) {
                        return None;
                    }
                    g
                } else if self.is(u, "nights")
                    || self.is(u, "night") && n == 1.0 && !hyphen && u > j && self.is(j, "a")
                {
                    Grain::Day
                } else if self.is(u, "weekends") && u > j {
                    // a weekend is two days
                    return Some((n * 2.0, Grain::Day, u + 1));
                } else {
                    return None;
                }
            }
        };
        if self.is(u, "h")
            && !self.adjacent(u)
            && self.kind(j) == Some(TokenKind::Number)
            && self.plain(j).is_some_and(|(v, _)| v > 24)
        {
            return None;
        }
        let mut e = u + 1;
        // "a 27-year-old", "six-month-olds": an age, left to the number
        // stage
        if hyphen
            && self.text(e) == "-"
            && self.adjacent(e)
            && (self.is(e + 1, "old") || self.is(e + 1, "olds"))
        {
            return None;
        }
        // "29 years old", "three months of age": an age too (the units
        // the number stage reads ages in)
        if !hyphen
            && matches!(unit, Grain::Year | Grain::Month | Grain::Week | Grain::Day)
            && (self.is(e, "old") || self.is(e, "of") && self.is(e + 1, "age"))
        {
            return None;
        }
        // "a fortnight's time" is handled by in_units
        if self.is(e, "'s") && !self.is(e + 1, "time") {
            // "a week's" as a possessive duration: "a week's holiday"
            e += 1;
        }
        let _ = hyphen;
        Some((n, unit, e))
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
        // "some days": "some" is the count, not a hedge
        let (end, (n, unit)) = match self.duration_parts(j) {
            Some(x) => x,
            None if j > i => {
                modifier = None;
                j = i;
                self.duration_parts(i)?
            }
            None => return None,
        };
        let a_unit = (self.is(j, "a") || self.is(j, "an")) && end == j + 2;
        let hyphen = self.text(j + 1) == "-";
        let next = self.lower(end);
        // "a quarter of their value", "one quarter of voters": a share,
        // left to the number stage; a quarter of a time unit was read as
        // that unit already ("a quarter of an hour"), and "a quarter of
        // the year" stays a period
        if unit == Grain::Quarter && next.as_str() == "of" {
            let k = if matches!(
                self.lower(end + 1).as_str(),
                "a" | "an" | "the" | "this" | "that" | "each" | "every"
            ) {
                end + 2
            } else {
                end + 1
            };
            self.entry(k).time_unit?;
        }
        // "two days later" is a chained date (chain()); "less than 24 hours
        // later" is a gap: a duration
        if matches!(next.as_str(), "ago" | "later" | "earlier" | "hence")
            && (unit >= Grain::Day && modifier.is_none())
        {
            return None;
        }
        // "a second round of talks", "a second term": the ordinal, not a
        // second of time, when a noun follows
        if a_unit
            && unit == Grain::Second
            && self.kind(end) == Some(TokenKind::Word)
            && !crate::lexicon::en::SECOND_OF_TIME_NEXT.contains(&next.as_str())
        {
            return None;
        }
        // "per hour", "an hour" as a rate: "$15 an hour"
        if a_unit && modifier.is_none() && !hyphen {
            // "a year" is a duration only in a duration context: "for a
            // year", "a year of fighting", "over a year"
            let prev = i.checked_sub(1).map(|p| self.lower(p));
            let ctx_prev = matches!(
                prev.as_ref().map(Lower::as_str),
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
                        | "takes"
                        | "wait"
                        | "another"
                        | "book"
                )
            ) || i == 0
                || self.alone(i, end);
            let ctx_next = matches!(next.as_str(), "of" | "-" | "long" | "and" | "or");
            if !(ctx_prev || ctx_next) {
                return None;
            }
        }
        // "$5 billion a year", "twice a day": rates, not durations
        if (self.is(j, "a") || self.is(j, "an"))
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
        // a bare plural unit with no count is not a duration ("minutes")
        let q = duration(n, unit, modifier);
        // "in three weeks": maybe a date
        if i > 0 && self.is(i - 1, "in") && modifier.is_none() && !hyphen && unit >= Grain::Day {
            return Some((end, Raw::InUnits { n, unit, duration: q }));
        }
        Some((end, Raw::Duration(q)))
    }
}

impl Raw {
    /// Carries its own date ("tomorrow evening" does, "late morning" not).
    fn has_date(&self) -> bool {
        match self {
            Raw::At { .. } => true,
            Raw::Part { inner, .. } => inner.has_date(),
            _ => false,
        }
    }

    fn has_time_range(&self) -> bool {
        match self {
            Raw::Range { from, to } => from.has_time() || to.has_time(),
            Raw::At { time, .. } => time.has_time_range(),
            _ => false,
        }
    }
}

/// A bare day number at one end of a range ("4" in "from 4 to 22").
fn bare_day(r: &Raw) -> Option<u32> {
    match r {
        Raw::DayOfMonth(d) => Some(*d),
        Raw::Clock(c) if c.strength == Strength::Weak && c.m == 0 && c.grain == Grain::Hour => {
            Some(c.h)
        }
        _ => None,
    }
}

fn two_digit_year(v: u32) -> Option<i32> {
    let v = i32::try_from(v).ok()?;
    Some(if v < 50 { 2000 + v } else { 1900 + v })
}

pub(crate) fn duration(n: f64, unit: Grain, modifier: Option<Modifier>) -> Quantity {
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

/// Two ends of the same kind can form a range.
fn compatible(a: &Raw, b: &Raw) -> bool {
    use Raw::*;
    matches!(
        (a, b),
        (Month { .. } | MonthYear { .. }, Month { .. } | MonthYear { .. })
            | (
                Day(_) | MonthDay { .. } | AmbiguousDay { .. } | AmbiguousMonthDay { .. },
                Day(_) | MonthDay { .. } | AmbiguousDay { .. } | AmbiguousMonthDay { .. }
            )
            | (Weekday { .. }, Weekday { .. })
            | (Year(_), Year(_) | MonthYear { .. } | Day(_))
            | (Quarter { .. }, Quarter { .. })
            | (RelDay(_), RelDay(_))
            | (Day(_) | MonthDay { .. }, RelDay(_) | Weekday { .. })
            | (Holiday { .. }, Holiday { .. })
            | (Part { .. }, Part { .. })
            | (Month { .. } | MonthYear { .. }, Part { .. })
            | (Year(_), Part { .. })
            | (Now, _)
            | (DayOfMonth(_), DayOfMonth(_))
    )
}
