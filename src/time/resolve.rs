//! Turns raw time expressions into dates and times, given the
//! publication date (and time of day, when known), the clause tense and
//! the previous date in the article.
//!
//! Internally every calendar value is a half-open span `[start, end)` of
//! date-times with a grain; it becomes a public [`TimeValue`] at the end
//! (inclusive last day or last unit).

use crate::lexicon::en::{self, DayPart};
use crate::number::NumberKind;
use crate::span::Span;
use crate::text::Document;
use crate::time::calendar::{
    self, Dt, add, add_f, add_secs, at, date_of, midnight, time_of, trunc,
};
use crate::time::clock::{Clock, Half};
use crate::time::scan::{Item, Open, Part, Raw, RawMention, Rel};
use crate::time::tense::{self, Tense};
use crate::time::{
    Date, DateOrder, Direction, Grain, Moment, PeriodStyle, Region, Resolution, TimeConfig,
    TimeMention, TimeOfDay, TimeValue,
};

/// Confidence of each resolution rule (documented on
/// [`TimeMention::confidence`]).
const CONF_EXPLICIT: f64 = 0.98;
const CONF_RELATIVE: f64 = 0.95;
const CONF_TENSE_CUE: f64 = 0.9;
const CONF_NO_CUE: f64 = 0.75;
const CONF_CHAINED: f64 = 0.85;
const CONF_AMBIGUOUS: f64 = 0.5;

#[derive(Clone, Copy)]
struct Ctx<'a> {
    anchor: Option<Date>,
    clock: Option<TimeOfDay>,
    dir: Direction,
    cue: bool,
    last: Option<Date>,
    /// The first day and grain of the previous date of any grain ("in
    /// 2022" for "the following year").
    last_unit: Option<(Date, Grain)>,
    cfg: &'a TimeConfig,
    /// Read ambiguous clock times in the other half of the day (the
    /// alternative reading).
    flip: bool,
}

impl Ctx<'_> {
    /// The reference moment: the publication date at its time of day.
    fn now(&self) -> Option<Dt> {
        Some(at(self.anchor?, self.clock?.seconds()))
    }

    fn today(&self) -> Option<Dt> {
        self.anchor.map(midnight)
    }

    fn forward(&self) -> bool {
        self.dir == Direction::Forward
    }
}

/// A span of time: `[start, end)` at a grain.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Iv {
    start: Option<Dt>,
    end: Option<Dt>,
    grain: Grain,
    /// A single calendar unit or instant (not an interval between two
    /// points).
    point: bool,
    /// The date is known (false for a bare clock time with no reference).
    dated: bool,
    zone: Option<i32>,
}

impl Iv {
    fn unit(x: Dt, grain: Grain) -> Iv {
        let s = trunc(x, grain);
        Iv {
            start: Some(s),
            end: Some(add(s, 1, grain)),
            grain,
            point: true,
            dated: true,
            zone: None,
        }
    }

    fn span(s: Dt, e: Dt, grain: Grain) -> Iv {
        Iv { start: Some(s), end: Some(e), grain, point: true, dated: true, zone: None }
    }

    fn interval(s: Option<Dt>, e: Option<Dt>, grain: Grain) -> Iv {
        Iv { start: s, end: e, grain, point: false, dated: true, zone: None }
    }

    fn day(d: Date) -> Iv {
        Iv::unit(midnight(d), Grain::Day)
    }

    fn start_date(&self) -> Option<Date> {
        self.start.map(date_of)
    }
}

#[derive(Clone, Debug)]
enum V {
    Span(Iv),
    Dur(crate::number::Quantity),
    Unres,
}

struct Resolved {
    v: V,
    resolution: Resolution,
    confidence: f64,
    /// Other readings ("last Friday" said on a Saturday: yesterday, or
    /// the Friday of last week).
    alts: Vec<Iv>,
}

impl Resolved {
    fn new(iv: Iv, resolution: Resolution, confidence: f64) -> Resolved {
        Resolved { v: V::Span(iv), resolution, confidence, alts: Vec::new() }
    }

    fn unresolved() -> Resolved {
        Resolved {
            v: V::Unres,
            resolution: Resolution::Unresolved,
            confidence: 0.0,
            alts: Vec::new(),
        }
    }

    fn duration(q: crate::number::Quantity) -> Resolved {
        Resolved {
            v: V::Dur(q),
            resolution: Resolution::Explicit,
            confidence: CONF_EXPLICIT,
            alts: Vec::new(),
        }
    }

    fn with_alt(mut self, alt: Option<Iv>) -> Resolved {
        if let Some(a) = alt
            && self.iv() != Some(a)
        {
            self.alts.push(a);
        }
        self
    }

    fn iv(&self) -> Option<Iv> {
        match self.v {
            V::Span(iv) => Some(iv),
            _ => None,
        }
    }

    fn map(self, f: impl FnOnce(Iv) -> Option<Iv>) -> Resolved {
        match self.v {
            V::Span(iv) => match f(iv) {
                Some(x) => Resolved { v: V::Span(x), ..self },
                None => Resolved::unresolved(),
            },
            _ => self,
        }
    }
}

pub(crate) fn resolve_all(
    doc: &Document<'_>,
    ids: &[crate::lexicon::LexId],
    raws: Vec<RawMention>,
    published: Option<Date>,
    clock: Option<TimeOfDay>,
    cfg: &TimeConfig,
) -> Vec<TimeMention> {
    let mut out = Vec::with_capacity(raws.len());
    let mut last: Option<Date> = None;
    let mut last_unit: Option<(Date, Grain)> = None;
    for rm in raws {
        let (dir, cue) = if rm.raw.needs_tense() {
            let t = tense::tense_of(doc, ids, rm.tokens.clone());
            direction(cfg.direction, t)
        } else {
            (
                if cfg.direction == Direction::Tense { Direction::Nearest } else { cfg.direction },
                true,
            )
        };
        let ctx = Ctx { anchor: published, clock, dir, cue, last, last_unit, cfg, flip: false };
        let r = resolve(&rm.raw, &ctx);
        let mut alternatives: Vec<TimeValue> =
            r.alts.iter().filter_map(|a| public(&V::Span(*a))).collect();
        if has_ambiguous_clock(&rm.raw) {
            let alt = resolve(&rm.raw, &Ctx { flip: true, ..ctx });
            if let Some(a) = public(&alt.v)
                && public(&r.v).as_ref() != Some(&a)
            {
                alternatives.push(a);
            }
        }
        let mut value = public(&r.v).unwrap_or(TimeValue::Unresolved);
        let (mut resolution, mut confidence) = (r.resolution, r.confidence);
        if value == TimeValue::Unresolved {
            resolution = Resolution::Unresolved;
            confidence = 0.0;
        }
        // ambiguous numeric dates: both readings
        if let Raw::AmbiguousDay { month_first, day_first } = rm.raw {
            let (a, b) = (day(month_first), day(day_first));
            match cfg.date_order {
                DateOrder::MonthFirst => {
                    value = a;
                    alternatives.push(b);
                }
                DateOrder::DayFirst => {
                    value = b;
                    alternatives.push(a);
                }
                DateOrder::Reject => {
                    value = TimeValue::Unresolved;
                    resolution = Resolution::Unresolved;
                    alternatives.push(a);
                    alternatives.push(b);
                }
            }
            confidence = if value == TimeValue::Unresolved { 0.0 } else { CONF_AMBIGUOUS };
        }
        if let TimeValue::Date { start, grain, .. } = value {
            last_unit = Some((start, grain));
        }
        if let TimeValue::Date { start, grain, .. } = value
            && grain <= Grain::Week
        {
            last = Some(start);
        } else if let TimeValue::Time { at: Moment { date: Some(d), .. }, .. } = value {
            last = Some(d);
        }
        let a = doc.tok(rm.tokens.start).map_or(0, |t| t.span.start);
        let b = doc.tok(rm.tokens.end.saturating_sub(1)).map_or(a, |t| t.span.end);
        out.push(TimeMention {
            span: Span::new(a, b),
            value,
            resolution,
            confidence,
            alternatives,
        });
    }
    out
}

fn has_ambiguous_clock(r: &Raw) -> bool {
    match r {
        Raw::Clock(c) => c.ambiguous && c.half.is_none(),
        Raw::At { date, time } => has_ambiguous_clock(date) || has_ambiguous_clock(time),
        Raw::Range { from, to } => has_ambiguous_clock(from) || has_ambiguous_clock(to),
        Raw::Open(_, x) | Raw::For { from: x, .. } | Raw::Part { inner: x, .. } => {
            has_ambiguous_clock(x)
        }
        _ => false,
    }
}

fn direction(policy: Direction, t: Tense) -> (Direction, bool) {
    match policy {
        Direction::Tense => match t {
            Tense::Past => (Direction::Backward, true),
            Tense::Future => (Direction::Forward, true),
            Tense::Present | Tense::Unknown => (Direction::Nearest, false),
        },
        other => (other, true),
    }
}

fn day(d: Date) -> TimeValue {
    TimeValue::Date { start: d, end: d, grain: Grain::Day }
}

/// The public value of an internal one.
fn public(v: &V) -> Option<TimeValue> {
    let iv = match v {
        V::Span(iv) => *iv,
        V::Dur(q) => return Some(TimeValue::Duration(q.clone())),
        V::Unres => return None,
    };
    let moment = |x: Dt| -> Moment {
        Moment { date: iv.dated.then(|| date_of(x)), time: time_of(x), utc_offset: iv.zone }
    };
    let midnights = iv.start.is_none_or(|s| calendar::secs_of(s) == 0)
        && iv.end.is_none_or(|e| calendar::secs_of(e) == 0);
    if iv.point && iv.grain >= Grain::Day && midnights {
        let (s, e) = (iv.start?, iv.end?);
        let last = date_of(add_secs(e, -1));
        return Some(TimeValue::Date {
            start: date_of(s),
            end: last.max(date_of(s)),
            grain: iv.grain,
        });
    }
    if iv.point && iv.start.is_some() && (iv.grain < Grain::Day || !midnights) {
        let s = iv.start?;
        if iv.grain >= Grain::Day {
            // a day-grain point at a clock time ("seven days ago" at 04:30)
            return Some(TimeValue::Time { at: moment(s), grain: Grain::Hour });
        }
        let e = iv.end.unwrap_or(s);
        // an instant, or a unit at its grain: one moment
        if e <= add(s, 1, iv.grain) {
            return Some(TimeValue::Time { at: moment(s), grain: iv.grain });
        }
        return Some(TimeValue::TimeInterval {
            start: Some(moment(s)),
            end: Some(moment(e)),
            grain: iv.grain,
        });
    }
    if iv.grain >= Grain::Day && midnights && iv.dated {
        let s = iv.start.map(date_of);
        let e = iv.end.map(|e| date_of(add_secs(e, -1)));
        return Some(TimeValue::Interval {
            start: s,
            end: e.map(|e| s.map_or(e, |s| e.max(s))),
            grain: iv.grain,
        });
    }
    Some(TimeValue::TimeInterval {
        start: iv.start.map(moment),
        end: iv.end.map(moment),
        grain: iv.grain.min(Grain::Hour),
    })
}

fn tense_conf(ctx: &Ctx<'_>) -> f64 {
    if ctx.cue { CONF_TENSE_CUE } else { CONF_NO_CUE }
}

/// Picks among candidate days by direction relative to `anchor`.
fn pick(cands: &[Date], anchor: Date, dir: Direction) -> Option<Date> {
    match dir {
        Direction::Backward => cands.iter().copied().filter(|c| *c <= anchor).max(),
        Direction::Forward => cands.iter().copied().filter(|c| *c >= anchor).min(),
        Direction::Nearest | Direction::Tense => {
            cands.iter().copied().min_by_key(|c| (anchor.days_until(*c).abs(), *c > anchor))
        }
    }
}

/// The finer grain a relative offset is stated at ("in 7 days" at a
/// known time is an hour).
fn offset_grain(unit: Grain) -> Grain {
    match unit {
        Grain::Second | Grain::Minute => Grain::Second,
        Grain::Hour => Grain::Minute,
        Grain::Day | Grain::Week | Grain::Fortnight => Grain::Hour,
        _ => Grain::Day,
    }
}

/// `n` units from the reference: an instant when the time of day is
/// known, else a day (units of a day or more only).
fn from_now(ctx: &Ctx<'_>, n: f64, unit: Grain) -> Option<Iv> {
    if let Some(now) = ctx.now() {
        let x = add_f(now, n, unit);
        let g = offset_grain(unit);
        if g >= Grain::Day {
            return Some(Iv::day(date_of(x)));
        }
        return Some(Iv::span(x, x, g));
    }
    if unit < Grain::Day {
        return None;
    }
    let d = ctx.today()?;
    Some(Iv::day(date_of(add_f(d, n, unit))))
}

fn season_bounds(year: i32, s: u32) -> Option<(Date, Date)> {
    // first day and first day after; winter runs into the next year
    let (m1, d1, m2, d2, next) = match s {
        0 => (3, 20, 6, 21, false),
        1 => (6, 21, 9, 24, false),
        2 => (9, 23, 12, 21, false),
        _ => (12, 21, 3, 21, true),
    };
    let a = Date::new(year, m1, d1)?;
    let b = Date::new(if next { year + 1 } else { year }, m2, d2)?;
    Some((a, b))
}

/// The season (0 spring … 3 winter) under way on `d`, and its start year.
fn season_of(d: Date) -> (u32, i32) {
    let y = d.year();
    for s in [0, 1, 2] {
        if let Some((a, b)) = season_bounds(y, s)
            && a <= d
            && d < b
        {
            return (s, y);
        }
    }
    if d.month() <= 3 { (3, y - 1) } else { (3, y) }
}

fn day_part_hours(p: DayPart, style: PeriodStyle) -> (u32, u32) {
    let narrow = style == PeriodStyle::Narrow;
    match p {
        DayPart::EarlyMorning if narrow => (8, 10),
        DayPart::EarlyMorning => (0, 9),
        DayPart::Morning if narrow => (8, 12),
        DayPart::Morning => (0, 12),
        DayPart::MidMorning => (9, 11),
        DayPart::Afternoon if narrow => (12, 16),
        DayPart::Afternoon => (12, 19),
        DayPart::MidAfternoon => (13, 16),
        DayPart::Evening if narrow => (16, 20),
        DayPart::Evening => (18, 24),
        DayPart::Night if narrow => (20, 24),
        DayPart::Night => (18, 24),
        DayPart::LateNight if narrow => (22, 24),
        DayPart::LateNight => (21, 24),
        DayPart::Lunch if narrow => (11, 13),
        DayPart::Lunch => (12, 14),
        DayPart::Daytime => (8, 18),
        DayPart::NightTime => (0, 8),
        DayPart::BusinessHours if narrow => (8, 18),
        DayPart::BusinessHours => (9, 17),
    }
}

fn part_iv(d: Date, p: DayPart, style: PeriodStyle) -> Iv {
    let (a, b) = day_part_hours(p, style);
    let s = at(d, a * 3600);
    let mut e = add(midnight(d), i64::from(b), Grain::Hour);
    if style == PeriodStyle::Narrow && b == 24 {
        // the source's convention: 23:59:59
        e = add_secs(e, -1);
    }
    Iv::interval(Some(s), Some(e), Grain::Hour)
}

/// A holiday in `year`, by rule and region: its first day, its length,
/// and whether it hangs on moon sighting (Islamic feasts: the observed day
/// can be a day later than the calendar's).
fn holiday_in(name: u16, year: i32, region: Region) -> Option<(Date, u16, bool)> {
    let lx = crate::lexicon::english();
    let rows = lx.holiday_rows.get(usize::from(name))?;
    let mut chosen = None;
    for &r in rows {
        let (_, rule, days, regions) = en::HOLIDAYS.get(r)?;
        if regions.contains(&region) {
            chosen = Some((*rule, *days));
            break;
        }
        if regions.is_empty() && chosen.is_none() {
            chosen = Some((*rule, *days));
        }
    }
    let (rule, days) = chosen.or_else(|| {
        let &r = rows.first()?;
        en::HOLIDAYS.get(r).map(|(_, rule, days, _)| (*rule, *days))
    })?;
    let lunar = matches!(rule, en::HolidayRule::Islamic(_));
    calendar::holiday_date(rule, year).map(|d| (d, days, lunar))
}

fn holiday_iv(d: Date, days: u16) -> Iv {
    let s = midnight(d);
    Iv::span(s, add(s, i64::from(days.max(1)), Grain::Day), Grain::Day)
}

/// 24-hour seconds of a clock, choosing am/pm for ambiguous ones.
fn clock_secs(c: &Clock, ctx: &Ctx<'_>, date: Option<Date>) -> u32 {
    if c.half.is_some() || !c.ambiguous {
        return c.seconds(None);
    }
    let am = c.seconds(Some(Half::Am));
    let pm = c.seconds(Some(Half::Pm));
    let primary = match (ctx.forward(), ctx.now()) {
        (true, Some(now)) => {
            // the next of the two readings from the current hour on (on
            // the given day, or today)
            let day = date.unwrap_or(date_of(now));
            let from = trunc(now, Grain::Hour);
            let a = at(day, am);
            let p = at(day, pm);
            if a >= from || p < from && date.is_some() { am } else { pm }
        }
        _ => {
            // news default: 1–6 in the afternoon, 7–11 in the morning,
            // 12 at noon (12 pm: the am reading of 12 is midnight)
            if (1..=6).contains(&c.h) || c.h == 12 { pm } else { am }
        }
    };
    if ctx.flip { if primary == am { pm } else { am } } else { primary }
}

/// A bare clock time: on the reference day (the next one that has not
/// passed, looking forward), or undated.
fn clock_iv(c: &Clock, ctx: &Ctx<'_>, date: Option<Date>) -> Iv {
    let secs = clock_secs(c, ctx, date);
    let d = match (date, ctx.anchor) {
        (Some(d), _) => Some(d),
        (None, Some(a)) => {
            let mut d = a;
            if let (true, Some(now)) = (ctx.forward(), ctx.now()) {
                let from = trunc(now, Grain::Hour);
                if at(a, secs) < from {
                    d = a.add_days(1);
                }
            } else if let (Direction::Backward, Some(now)) = (ctx.dir, ctx.now())
                && at(a, secs) > now
            {
                d = a.add_days(-1);
            }
            Some(d)
        }
        (None, None) => None,
    };
    let base = d.unwrap_or(
        Date::new(2000, 1, 1).unwrap_or_else(|| Date::from_civil(jiff::civil::date(2000, 1, 1))),
    );
    let s = at(base, secs);
    Iv {
        start: Some(s),
        end: Some(add(s, 1, c.grain)),
        grain: c.grain,
        point: true,
        dated: d.is_some(),
        zone: c.zone,
    }
}

fn resolve(raw: &Raw, ctx: &Ctx<'_>) -> Resolved {
    let explicit = |iv: Iv| Resolved::new(iv, Resolution::Explicit, CONF_EXPLICIT);
    let relative = |iv: Iv| Resolved::new(iv, Resolution::Relative, CONF_RELATIVE);
    let tensed = |iv: Iv| Resolved::new(iv, Resolution::Tense, tense_conf(ctx));
    match raw {
        Raw::Day(d) => explicit(Iv::day(*d)),
        Raw::AmbiguousDay { month_first, .. } => {
            Resolved::new(Iv::day(*month_first), Resolution::Explicit, CONF_AMBIGUOUS)
        }
        Raw::AmbiguousMonthDay { month_first, day_first } => {
            let (m, d) = match ctx.cfg.date_order {
                DateOrder::DayFirst => *day_first,
                _ => *month_first,
            };
            let r = resolve(&Raw::MonthDay { month: m, day: d, rel: Rel::Bare }, ctx);
            Resolved { confidence: r.confidence.min(CONF_AMBIGUOUS), ..r }
        }
        Raw::MonthDay { month, day: dd, rel } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let cands: Vec<Date> =
                (a.year() - 1..=a.year() + 1).filter_map(|y| Date::new(y, *month, *dd)).collect();
            let chosen = match rel {
                Rel::This => Date::new(a.year(), *month, *dd),
                Rel::Next | Rel::Coming | Rel::AfterNext => {
                    // "next 5/12": the occurrence after this year's
                    let this = Date::new(a.year(), *month, *dd);
                    match this {
                        Some(t) if t > a => Date::new(a.year() + 1, *month, *dd),
                        _ => pick(&cands, a.add_days(1), Direction::Forward),
                    }
                }
                Rel::Last | Rel::Past => pick(&cands, a.add_days(-1), Direction::Backward),
                Rel::Bare => {
                    // Feb 29: the nearest leap year in the direction
                    if *month == 2 && *dd == 29 && cands.len() < 3 {
                        let years: Vec<i32> = match ctx.dir {
                            Direction::Backward => (a.year() - 8..=a.year()).rev().collect(),
                            _ => (a.year()..=a.year() + 8).collect(),
                        };
                        years.into_iter().filter_map(|y| Date::new(y, 2, 29)).find(|d| {
                            match ctx.dir {
                                Direction::Backward => *d <= a,
                                _ => *d >= a,
                            }
                        })
                    } else {
                        pick(&cands, a, ctx.dir)
                    }
                }
            };
            match chosen {
                Some(d) => tensed(Iv::day(d)),
                None => Resolved::unresolved(),
            }
        }
        Raw::DayOfMonth(dd) => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let first = a.first_of_month();
            let cands: Vec<Date> = (-2..=2)
                .filter_map(|k| {
                    let m = first.add_months(k);
                    Date::new(m.year(), m.month(), *dd)
                })
                .collect();
            match pick(&cands, a, ctx.dir) {
                Some(d) => tensed(Iv::day(d)),
                None => Resolved::unresolved(),
            }
        }
        Raw::WeekdayMonthDay { wd, month, day: dd } => {
            let plain = resolve(&Raw::MonthDay { month: *month, day: *dd, rel: Rel::Bare }, ctx);
            let Some(a) = ctx.anchor else { return plain };
            let cands: Vec<Date> = (a.year() - 6..=a.year() + 6)
                .filter_map(|y| Date::new(y, *month, *dd))
                .filter(|d| d.weekday() == *wd)
                .collect();
            match pick(&cands, a, ctx.dir) {
                Some(d) => {
                    let alt = plain.iv();
                    tensed(Iv::day(d)).with_alt(alt)
                }
                None => plain,
            }
        }
        Raw::WeekdayDom { wd, day: dd } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let first = a.first_of_month();
            let cands: Vec<Date> = (-24..=24)
                .filter_map(|k| {
                    let m = first.add_months(k);
                    Date::new(m.year(), m.month(), *dd)
                })
                .filter(|d| d.weekday() == *wd)
                .collect();
            match pick(&cands, a, ctx.dir) {
                Some(d) => tensed(Iv::day(d)),
                None => Resolved::unresolved(),
            }
        }
        Raw::MonthYear { month, year } => match Date::new(*year, *month, 1) {
            Some(d) => explicit(Iv::unit(midnight(d), Grain::Month)),
            None => Resolved::unresolved(),
        },
        Raw::Month { month, rel } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let idx = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
            let here = idx(a.year(), a.month());
            let cands: Vec<i64> = (a.year() - 1..=a.year() + 2).map(|y| idx(y, *month)).collect();
            let chosen = match rel {
                Rel::This => Some(idx(a.year(), *month)),
                Rel::Last | Rel::Past => Some(idx(a.year() - 1, *month)),
                Rel::Next | Rel::Coming => Some(idx(a.year() + 1, *month)),
                Rel::AfterNext => cands.iter().copied().filter(|c| *c > here).nth(1),
                Rel::Bare => match ctx.dir {
                    Direction::Backward => cands.iter().copied().filter(|c| *c <= here).max(),
                    Direction::Forward => cands.iter().copied().filter(|c| *c >= here).min(),
                    Direction::Nearest | Direction::Tense => {
                        cands.iter().copied().min_by_key(|c| ((c - here).abs(), *c > here))
                    }
                },
            };
            let year_of = |c: i64| i32::try_from((c - 1).div_euclid(12)).ok();
            match chosen.and_then(year_of).and_then(|y| Date::new(y, *month, 1)) {
                Some(d) => {
                    let res =
                        if *rel == Rel::Bare { Resolution::Tense } else { Resolution::Relative };
                    Resolved::new(Iv::unit(midnight(d), Grain::Month), res, tense_conf(ctx))
                }
                None => Resolved::unresolved(),
            }
        }
        Raw::Year(y) => match Date::new(*y, 1, 1) {
            Some(s) => explicit(Iv::unit(midnight(s), Grain::Year)),
            None => Resolved::unresolved(),
        },
        Raw::Decade(y) => match Date::new(*y, 1, 1) {
            Some(s) => {
                explicit(Iv::span(midnight(s), add(midnight(s), 10, Grain::Year), Grain::Decade))
            }
            None => Resolved::unresolved(),
        },
        // "the 21st century": 2000–2099, as commonly meant
        Raw::Century(c) => match Date::new((c - 1) * 100, 1, 1) {
            Some(s) => {
                explicit(Iv::span(midnight(s), add(midnight(s), 100, Grain::Year), Grain::Century))
            }
            None => Resolved::unresolved(),
        },
        Raw::Quarter { q, year } | Raw::Half { h: q, year } => {
            let half = matches!(raw, Raw::Half { .. });
            let (y, res, conf) = match (year, ctx.anchor) {
                (Some(y), _) => (*y, Resolution::Explicit, CONF_EXPLICIT),
                (None, Some(a)) => (a.year(), Resolution::Relative, CONF_NO_CUE),
                (None, None) => return Resolved::unresolved(),
            };
            let months = if half { 6 } else { 3 };
            let Some(s) = Date::new(y, (q - 1) * months + 1, 1) else {
                return Resolved::unresolved();
            };
            let s = midnight(s);
            Resolved::new(
                Iv::span(s, add(s, i64::from(months), Grain::Month), Grain::Quarter),
                res,
                conf,
            )
        }
        Raw::IsoWeek { week, year } => {
            let y = match year {
                Some(r) => match resolve(r, ctx).iv().and_then(|iv| iv.start_date()) {
                    Some(d) => d.year(),
                    None => return Resolved::unresolved(),
                },
                None => match ctx.anchor {
                    Some(a) => a.year(),
                    None => return Resolved::unresolved(),
                },
            };
            let Some(jan4) = Date::new(y, 1, 4) else { return Resolved::unresolved() };
            let w1 = jan4.start_of_week();
            let s = midnight(w1.add_days(7 * (i64::from(*week) - 1)));
            let res = if year.is_some() { Resolution::Explicit } else { Resolution::Relative };
            Resolved::new(Iv::unit(s, Grain::Week), res, CONF_RELATIVE)
        }
        Raw::Weekday { wd, rel } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let back = (a.weekday() + 7 - wd) % 7;
            let fwd = (wd + 7 - a.weekday()) % 7;
            let days = |n: u32| i64::from(n);
            let d = match rel {
                Rel::Last | Rel::Past => a.add_days(-days(if back == 0 { 7 } else { back })),
                Rel::Next => a.start_of_week().add_days(7 + days(*wd)),
                Rel::Coming => a.add_days(days(if fwd == 0 { 7 } else { fwd })),
                Rel::AfterNext => a.add_days(days(if fwd == 0 { 7 } else { fwd }) + 7),
                Rel::This => match ctx.dir {
                    Direction::Forward => a.add_days(days(fwd)),
                    Direction::Backward => a.add_days(-days(back)),
                    _ => a.start_of_week().add_days(days(*wd)),
                },
                Rel::Bare => match ctx.dir {
                    Direction::Backward => a.add_days(-days(back)),
                    Direction::Forward => a.add_days(days(fwd)),
                    Direction::Nearest | Direction::Tense => {
                        if back <= fwd {
                            a.add_days(-days(back))
                        } else {
                            a.add_days(days(fwd))
                        }
                    }
                },
            };
            if *rel == Rel::Bare {
                tensed(Iv::day(d))
            } else if matches!(rel, Rel::Last | Rel::Past) {
                // "last Friday" said on a Saturday: yesterday, or the
                // Friday of last week
                let prev_week = a.start_of_week().add_days(days(*wd) - 7);
                Resolved::new(Iv::day(d), Resolution::Relative, CONF_TENSE_CUE)
                    .with_alt(Some(Iv::day(prev_week)))
            } else {
                Resolved::new(Iv::day(d), Resolution::Relative, CONF_TENSE_CUE)
            }
        }
        Raw::RelDay(n) => match ctx.anchor {
            Some(a) => relative(Iv::day(a.add_days(*n))),
            None => Resolved::unresolved(),
        },
        Raw::RelUnit { unit, .. } | Raw::The(unit) => {
            let offset = if let Raw::RelUnit { offset, .. } = raw { *offset } else { 0 };
            match ctx.today() {
                Some(t) => {
                    let g = if *unit == Grain::Fortnight { Grain::Week } else { *unit };
                    let s = add(trunc(t, g), offset, g);
                    let iv = if *unit == Grain::Fortnight {
                        Iv::span(s, add(s, 2, Grain::Week), Grain::Week)
                    } else {
                        Iv::unit(s, g)
                    };
                    relative(iv)
                }
                None => Resolved::unresolved(),
            }
        }
        Raw::Weekend { offset } => match ctx.anchor {
            Some(a) => {
                let sat = a.start_of_week().add_days(5 + 7 * offset);
                relative(weekend_iv(sat, ctx.cfg.periods))
            }
            None => Resolved::unresolved(),
        },
        Raw::Season { season, offset } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let (cur, cy) = season_of(a);
            // seasons as a sequence: index = year * 4 + season
            let idx = |s: u32, y: i32| i64::from(y) * 4 + i64::from(s);
            let here = idx(cur, cy);
            let target = match (season, offset) {
                (99, Some(o)) => here + o,
                (s, Some(0)) => {
                    // this summer: the one under way or the next
                    let mut t = idx(*s, cy);
                    if t < here {
                        t += 4;
                    }
                    t
                }
                (s, Some(o)) => {
                    let mut t = idx(*s, cy);
                    if t <= here && *o > 0 {
                        t += 4;
                    }
                    if t >= here && *o < 0 {
                        t -= 4;
                    }
                    t
                }
                (s, None) => {
                    let after = {
                        let mut t = idx(*s, cy);
                        if t < here {
                            t += 4;
                        }
                        t
                    };
                    let before = if after == here { here } else { after - 4 };
                    match ctx.dir {
                        Direction::Forward => after,
                        Direction::Backward => before,
                        _ => {
                            if after - here <= here - before {
                                after
                            } else {
                                before
                            }
                        }
                    }
                }
            };
            let (y, s) = (
                i32::try_from(target.div_euclid(4)).unwrap_or(0),
                u32::try_from(target.rem_euclid(4)).unwrap_or(0),
            );
            match season_bounds(y, s) {
                Some((x, z)) => tensed(Iv::span(midnight(x), midnight(z), Grain::Day)),
                None => Resolved::unresolved(),
            }
        }
        Raw::Holiday { name, rel, year } => {
            let region = ctx.cfg.region;
            if let Some(y) = year {
                return match holiday_in(*name, *y, region) {
                    Some((d, n, lunar)) => explicit(holiday_iv(d, n))
                        .with_alt(lunar.then(|| holiday_iv(d.add_days(1), n))),
                    None => Resolved::unresolved(),
                };
            }
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let occ: Vec<(Date, u16, bool)> = (a.year() - 2..=a.year() + 2)
                .filter_map(|y| holiday_in(*name, y, region))
                .collect();
            let chosen = match rel {
                // "this Thanksgiving": the coming one
                Rel::This => occ.iter().copied().find(|(d, _, _)| *d >= a),
                Rel::Next | Rel::Coming | Rel::AfterNext => {
                    occ.iter().copied().find(|(d, _, _)| *d > a)
                }
                Rel::Last | Rel::Past => occ.iter().copied().rfind(|(d, _, _)| *d < a),
                Rel::Bare => {
                    // a holiday under way counts as now
                    let cur = occ
                        .iter()
                        .copied()
                        .find(|(d, n, _)| *d <= a && a < d.add_days(i64::from(*n)));
                    let fwd = occ.iter().copied().find(|(d, _, _)| *d >= a);
                    let back = occ.iter().copied().rfind(|(d, _, _)| *d <= a);
                    cur.or(match ctx.dir {
                        Direction::Forward => fwd,
                        Direction::Backward => back,
                        _ => match (fwd, back) {
                            (Some(f), Some(b)) => {
                                if a.days_until(f.0) <= b.0.days_until(a) {
                                    Some(f)
                                } else {
                                    Some(b)
                                }
                            }
                            (f, b) => f.or(b),
                        },
                    })
                }
            };
            match chosen {
                Some((d, n, lunar)) => {
                    tensed(holiday_iv(d, n)).with_alt(lunar.then(|| holiday_iv(d.add_days(1), n)))
                }
                None => Resolved::unresolved(),
            }
        }
        Raw::Now => match ctx.now() {
            Some(now) => relative(Iv::span(now, now, Grain::Second)),
            None => Resolved::unresolved(),
        },
        Raw::Ago { n, unit } => match from_now(ctx, -n, *unit) {
            Some(iv) => relative(iv),
            None => Resolved::unresolved(),
        },
        Raw::InUnits { n, unit, duration } => {
            if ctx.forward() && ctx.cue || ctx.dir == Direction::Forward {
                match from_now(ctx, *n, *unit) {
                    Some(iv) => Resolved::new(iv, Resolution::Relative, CONF_TENSE_CUE),
                    None => Resolved::unresolved(),
                }
            } else {
                Resolved::duration(duration.clone())
            }
        }
        Raw::BusinessDays(n) => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            relative(Iv::day(add_business_days(a, *n)))
        }
        Raw::Shift { n, unit, base } => {
            if matches!(base.as_ref(), Raw::Now) {
                return match from_now(ctx, *n, *unit) {
                    Some(iv) => relative(iv),
                    None => Resolved::unresolved(),
                };
            }
            let b = resolve(base, ctx);
            b.map(|iv| {
                let s = iv.start?;
                let x = add_f(s, *n, *unit);
                if iv.grain < Grain::Day || *unit < Grain::Day {
                    let g = iv.grain.min(Grain::Hour).min(offset_grain(*unit));
                    Some(Iv {
                        start: Some(x),
                        end: Some(add(x, 1, g)),
                        grain: g,
                        point: true,
                        dated: iv.dated,
                        zone: iv.zone,
                    })
                } else {
                    Some(Iv::day(date_of(x)))
                }
            })
        }
        Raw::From { what, base } => {
            let b = resolve(base, ctx);
            let Some(biv) = b.iv() else { return Resolved::unresolved() };
            let Some(s) = biv.start else { return Resolved::unresolved() };
            // a season in a year: the one that starts in it
            if let (Raw::Season { season, .. }, Raw::Year(y)) = (what.as_ref(), base.as_ref()) {
                return match season_bounds(*y, *season) {
                    Some((x, z)) => explicit(Iv::span(midnight(x), midnight(z), Grain::Day)),
                    None => Resolved::unresolved(),
                };
            }
            let c2 = Ctx {
                anchor: Some(date_of(s)),
                clock: ctx.clock.map(|_| time_of(s)),
                dir: Direction::Forward,
                cue: true,
                ..*ctx
            };
            let r = resolve(what, &c2);
            Resolved { resolution: b.resolution.max(r.resolution), ..r }
        }
        Raw::Past { n, unit } => {
            if let Some(now) = ctx.now().filter(|_| *unit < Grain::Day) {
                let s = add_f(now, -n, *unit);
                return relative(Iv::interval(Some(s), Some(now), offset_grain(*unit).min(*unit)));
            }
            match ctx.today() {
                // quarters are counted whole: "the last two quarters"
                Some(t) if *unit == Grain::Quarter => {
                    let base = trunc(t, Grain::Quarter);
                    relative(Iv::interval(Some(add_f(base, -n, *unit)), Some(base), *unit))
                }
                Some(t) => {
                    let g = if *unit <= Grain::Day { Grain::Day } else { *unit };
                    let s = trunc(add_f(t, -n, *unit), Grain::Day);
                    relative(Iv::interval(Some(s), Some(add(t, 1, Grain::Day)), g))
                }
                None => Resolved::unresolved(),
            }
        }
        Raw::Units { n, unit, dir } => resolve_units(*n, *unit, *dir, ctx),
        Raw::Chain { n, unit } => {
            let base =
                ctx.last.or(if ctx.cfg.direction == Direction::Tense { None } else { ctx.anchor });
            match base {
                Some(d) => {
                    if let (true, Some(now)) = (ctx.last.is_none(), ctx.now()) {
                        // from the reference moment itself
                        let x = add_f(now, *n, *unit);
                        let g = offset_grain(*unit);
                        let iv =
                            if g >= Grain::Day { Iv::day(date_of(x)) } else { Iv::span(x, x, g) };
                        return Resolved::new(iv, Resolution::Relative, CONF_NO_CUE);
                    }
                    let x = add_f(midnight(d), *n, *unit);
                    let g = if *unit >= Grain::Day { *unit } else { Grain::Day };
                    let iv = if g == Grain::Day { Iv::day(date_of(x)) } else { Iv::unit(x, g) };
                    let res =
                        if ctx.last.is_some() { Resolution::Chained } else { Resolution::Relative };
                    Resolved::new(iv, res, CONF_CHAINED)
                }
                None => Resolved::unresolved(),
            }
        }
        Raw::ChainUnit { n, unit } => {
            // the unit after the previous date's: "in 2022 ... the
            // following year" is 2023; a day or week needs a previous day
            // (the latest previous date, when its grain is no finer than
            // the unit's), else the unit after the publication date's
            let coarse = ctx.last_unit.filter(|&(_, g)| g > Grain::Week && g <= *unit);
            let chained = coarse.map(|(d, _)| d).or(ctx.last);
            match chained.or(ctx.anchor) {
                Some(d) => {
                    let x = add(trunc(midnight(d), *unit), *n, *unit);
                    let res =
                        if chained.is_some() { Resolution::Chained } else { Resolution::Relative };
                    Resolved::new(Iv::unit(x, *unit), res, CONF_CHAINED)
                }
                None => Resolved::unresolved(),
            }
        }
        Raw::NthWeekdayFwd { n, wd } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let fwd = (wd + 7 - a.weekday()) % 7;
            let first = a.add_days(i64::from(if fwd == 0 { 7 } else { fwd }));
            relative(Iv::day(first.add_days(7 * (n - 1).max(0))))
        }
        Raw::NthOf { n, item, period } => {
            let p = resolve(period, ctx);
            let res = p.resolution;
            let conf = p.confidence;
            let Some(piv) = p.iv() else { return Resolved::unresolved() };
            match nth_of(*n, *item, &piv, period, ctx.cfg.periods) {
                Some(iv) => Resolved::new(iv, res, conf),
                None => Resolved::unresolved(),
            }
        }
        Raw::FirstUnits { n, unit, last, period } => {
            let p = resolve(period, ctx);
            p.map(|piv| {
                let (ps, pe) = (piv.start?, piv.end?);
                if *unit == Grain::Week {
                    let weeks = weeks_in(ps, pe);
                    let k = usize::try_from(*n).ok()?;
                    let (a, b) = if *last {
                        (weeks.len().checked_sub(k)?, weeks.len().checked_sub(1)?)
                    } else {
                        (0, k.checked_sub(1)?)
                    };
                    let s = *weeks.get(a)?;
                    let e = add(*weeks.get(b)?, 1, Grain::Week);
                    return Some(Iv::interval(Some(s), Some(e), Grain::Week));
                }
                if *last {
                    Some(Iv::interval(Some(add(pe, -n, *unit)), Some(pe), *unit))
                } else {
                    Some(Iv::interval(Some(ps), Some(add(ps, *n, *unit)), *unit))
                }
            })
        }
        Raw::WeekOf(x) => resolve(x, ctx).map(|iv| Some(Iv::unit(iv.start?, Grain::Week))),
        Raw::Clock(c) => {
            let iv = clock_iv(c, ctx, None);
            let res = if ctx.anchor.is_some() { Resolution::Tense } else { Resolution::Explicit };
            Resolved::new(
                iv,
                res,
                if c.ambiguous && c.half.is_none() { CONF_NO_CUE } else { CONF_TENSE_CUE },
            )
        }
        Raw::DayPart(p) => match ctx.anchor {
            Some(a) => tensed(part_iv(a, *p, ctx.cfg.periods)),
            None => {
                let mut iv = part_iv(
                    Date::new(2000, 1, 1)
                        .unwrap_or(Date::from_civil(jiff::civil::date(2000, 1, 1))),
                    *p,
                    ctx.cfg.periods,
                );
                iv.dated = false;
                Resolved::new(iv, Resolution::Explicit, CONF_NO_CUE)
            }
        },
        Raw::At { date, time } => resolve_at(date, time, ctx),
        Raw::Part { part, inner } => {
            let r = resolve(inner, ctx);
            let style = ctx.cfg.periods;
            let anchor = ctx.anchor;
            let now = ctx.now();
            r.map(|iv| part_of(*part, iv, style, anchor, now))
        }
        Raw::Range { from, to } => resolve_range(from, to, ctx),
        Raw::Open(kind, x) => {
            let r = resolve(x, ctx);
            let now = ctx.now().or(ctx.today());
            let is_end_part = matches!(x.as_ref(), Raw::Part { part: Part::End, .. });
            // "since the start of the year" starts in its first month, not
            // anywhere in the year: the part's own grain, which the news
            // style widens to the whole's for a closed part
            let starts_part = matches!(x.as_ref(), Raw::Part { part: Part::Start, .. });
            let kind = *kind;
            r.map(|iv| {
                let instant = iv.grain < Grain::Day && iv.point;
                let since_grain = if starts_part && iv.grain > Grain::Day {
                    if iv.grain > Grain::Month { Grain::Month } else { Grain::Day }
                } else {
                    iv.grain
                };
                let mut out = match kind {
                    Open::Since => Iv::interval(iv.start, None, since_grain),
                    Open::After => {
                        if instant || iv.grain == Grain::Day {
                            Iv::interval(iv.start, None, iv.grain)
                        } else {
                            Iv::interval(iv.end, None, iv.grain)
                        }
                    }
                    Open::Until => {
                        if instant {
                            Iv::interval(None, iv.start, iv.grain)
                        } else {
                            Iv::interval(None, iv.end, iv.grain)
                        }
                    }
                    Open::Before => Iv::interval(None, iv.start, iv.grain),
                    Open::By => {
                        let end = if is_end_part { iv.end } else { iv.start };
                        let mut o = Iv::interval(now, end, Grain::Second);
                        if ctx.now().is_none() {
                            o = Iv::interval(now, iv.end, iv.grain.max(Grain::Day));
                        }
                        // "had burned 1,800 hectares by Monday morning",
                        // written later: up to that past time, never an
                        // interval that ends before it starts
                        if let (Some(s), Some(e)) = (o.start, o.end)
                            && e < s
                        {
                            o.start = None;
                        }
                        o
                    }
                };
                out.dated = iv.dated;
                out.zone = iv.zone;
                Some(out)
            })
        }
        Raw::For { from, n, unit } => {
            let r = resolve(from, ctx);
            let (n, unit) = (*n, *unit);
            r.map(|iv| {
                let s = iv.start?;
                let g = iv.grain.min(unit);
                let end = add_f(s, n, unit);
                // days: the last day is included ("from 18th Dec for 10 days")
                let end = if g >= Grain::Day { add(end, 1, Grain::Day) } else { end };
                let mut o = Iv::interval(Some(s), Some(end), g);
                o.dated = iv.dated;
                Some(o)
            })
        }
        Raw::Within { n, unit } => {
            // news reading: a deadline, kept as a bounded duration
            if ctx.cfg.direction == Direction::Tense {
                let q = crate::time::scan::duration(*n, *unit, Some(en::Modifier::AtMost));
                return Resolved::duration(q);
            }
            match ctx.now() {
                Some(now) => {
                    relative(Iv::interval(Some(now), Some(add_f(now, *n, *unit)), Grain::Second))
                }
                None => match ctx.today() {
                    Some(t) => relative(Iv::interval(
                        Some(t),
                        Some(add(add_f(t, *n, *unit), 1, Grain::Day)),
                        Grain::Day,
                    )),
                    None => Resolved::unresolved(),
                },
            }
        }
        Raw::Duration(q) => {
            debug_assert_eq!(q.kind, NumberKind::Duration);
            Resolved::duration(q.clone())
        }
    }
}

fn add_business_days(a: Date, n: i64) -> Date {
    let mut d = a;
    let step = if n < 0 { -1 } else { 1 };
    let mut left = n.abs().min(10_000);
    while left > 0 {
        d = d.add_days(step);
        if d.weekday() < 5 {
            left -= 1;
        }
    }
    d
}

/// "next 3 days", "last 2 weeks", "next three hours".
fn resolve_units(n: i64, unit: Grain, dir: i64, ctx: &Ctx<'_>) -> Resolved {
    let relative = |iv: Iv| Resolved::new(iv, Resolution::Relative, CONF_RELATIVE);
    if dir == 99 {
        // business days: the next/previous n working days
        let Some(a) = ctx.anchor else { return Resolved::unresolved() };
        let (s, e) = if n >= 0 {
            (add_business_days(a, 1), add_business_days(a, n).add_days(1))
        } else {
            (add_business_days(a, n), a)
        };
        return relative(Iv::interval(Some(midnight(s)), Some(midnight(e)), Grain::Day));
    }
    let narrow = ctx.cfg.periods == PeriodStyle::Narrow;
    if unit < Grain::Day {
        let Some(now) = ctx.now() else { return Resolved::unresolved() };
        if dir < 0 {
            return relative(Iv::interval(Some(add(now, -n, unit)), Some(now), unit));
        }
        if narrow {
            return relative(Iv::interval(Some(now), Some(add(now, n, unit)), unit));
        }
        let base = trunc(now, unit);
        return relative(Iv::interval(
            Some(add(base, 1, unit)),
            Some(add(base, n + 1, unit)),
            unit,
        ));
    }
    let Some(t) = ctx.today() else { return Resolved::unresolved() };
    if dir < 0 {
        // up to the reference day: rolling for days, weeks, months,
        // years; whole quarters
        if unit == Grain::Quarter {
            let base = trunc(t, unit);
            return relative(Iv::interval(Some(add(base, -n, unit)), Some(base), unit));
        }
        let end = t;
        return relative(Iv::interval(Some(add(end, -n, unit)), Some(end), unit));
    }
    let base = trunc(t, unit);
    // the other reading of "the upcoming two weeks": the week two weeks
    // ahead
    let ahead = Some(Iv::unit(add(base, n, unit), unit));
    if unit == Grain::Day || unit >= Grain::Quarter || !narrow {
        return relative(Iv::interval(
            Some(add(base, 1, unit)),
            Some(add(base, n + 1, unit)),
            unit,
        ))
        .with_alt(ahead);
    }
    relative(Iv::interval(
        Some(add(t, 1, Grain::Day)),
        Some(add(add(t, 1, Grain::Day), n, unit)),
        unit,
    ))
    .with_alt(ahead)
}

/// The weeks (Mondays) that belong to `[s, e)`: those whose Thursday
/// lies in it.
fn weeks_in(s: Dt, e: Dt) -> Vec<Dt> {
    let mut out = Vec::new();
    let mut w = trunc(s, Grain::Week);
    for _ in 0..60 {
        let thu = add(w, 3, Grain::Day);
        if thu >= e {
            break;
        }
        if thu >= s {
            out.push(w);
        }
        w = add(w, 1, Grain::Week);
    }
    out
}

fn weekend_iv(sat: Date, style: PeriodStyle) -> Iv {
    if style == PeriodStyle::Wide {
        let s = at(sat.add_days(-1), 18 * 3600);
        return Iv::interval(Some(s), Some(midnight(sat.add_days(2))), Grain::Hour);
    }
    Iv::span(midnight(sat), midnight(sat.add_days(2)), Grain::Day)
}

/// The weekend around a day: a long weekend with a Monday, Thursday or
/// Friday holiday, else the weekend after the day.
fn weekend_around(d: Date, style: PeriodStyle) -> Iv {
    let wd = d.weekday();
    let sat = match wd {
        0 => d.add_days(-2),
        5 => d,
        6 => d.add_days(-1),
        _ => d.add_days(i64::from(5 - wd)),
    };
    let mut iv = weekend_iv(sat, style);
    if wd == 0 {
        iv.end = Some(midnight(d.add_days(1)));
    }
    if wd == 3 || wd == 4 {
        iv.start = Some(midnight(d));
        iv.grain = Grain::Day;
    }
    iv
}

fn nth_of(n: i64, item: Item, piv: &Iv, period: &Raw, style: PeriodStyle) -> Option<Iv> {
    let (ps, pe) = (piv.start?, piv.end?);
    match item {
        Item::Weekday(wd) => {
            if n > 0 {
                let first = calendar::weekday_on_or_after(date_of(ps), wd);
                let d = first.add_days(7 * (n - 1));
                (midnight(d) < pe).then(|| Iv::day(d))
            } else {
                let last_day = date_of(add_secs(pe, -1));
                let back = (last_day.weekday() + 7 - wd) % 7;
                let d = last_day.add_days(-i64::from(back) - 7 * (-n - 1));
                (midnight(d) >= ps).then(|| Iv::day(d))
            }
        }
        Item::Unit(Grain::Day) => {
            let d = if n > 0 { add(ps, n - 1, Grain::Day) } else { add(pe, n, Grain::Day) };
            (d >= ps && d < pe).then(|| Iv::unit(d, Grain::Day))
        }
        Item::Unit(Grain::Week) => {
            let weeks = weeks_in(ps, pe);
            let idx = if n > 0 {
                usize::try_from(n - 1).ok()?
            } else {
                weeks.len().checked_sub(usize::try_from(-n).ok()?)?
            };
            weeks.get(idx).map(|w| Iv::unit(*w, Grain::Week))
        }
        Item::Unit(u) => {
            let s = if n > 0 { add(ps, n - 1, u) } else { add(pe, n, u) };
            (s >= ps && s < pe).then(|| Iv::unit(s, u))
        }
        Item::Weekend => {
            if let Raw::WeekOf(_) = period {
                return Some(weekend_around(date_of(ps), style));
            }
            let sat = if n > 0 {
                calendar::weekday_on_or_after(date_of(ps), 5).add_days(7 * (n - 1))
            } else {
                let last_day = date_of(add_secs(pe, -1));
                let back = (last_day.weekday() + 7 - 5) % 7;
                last_day.add_days(-i64::from(back) - 7 * (-n - 1))
            };
            Some(weekend_iv(sat, style))
        }
    }
}

/// A part of a period ("early 2024", "the end of the month").
fn part_of(
    part: Part,
    iv: Iv,
    style: PeriodStyle,
    anchor: Option<Date>,
    now: Option<Dt>,
) -> Option<Iv> {
    let (s, e) = (iv.start?, iv.end?);
    let g = iv.grain;
    let len_days = date_of(s).days_until(date_of(e));
    let months = {
        let (a, b) = (date_of(s), date_of(e));
        i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
    };
    let today = anchor.map(midnight);
    let mk = |a: Dt, b: Dt, gg: Grain| -> Option<Iv> {
        let mut x = Iv::span(a, b, gg);
        x.dated = iv.dated;
        x.point = iv.point && gg >= Grain::Day;
        if gg < Grain::Day {
            x.point = false;
        }
        Some(x)
    };
    // parts of a day or of a part of the day: by hours
    if g < Grain::Day || len_days <= 1 {
        // whole hours (a night ending at 23:59:59 is four hours)
        let hours = ((e.duration_since(s).as_secs() + 3599) / 3600).max(1);
        let (a, b) = match part {
            Part::Early | Part::Start => (s, add(s, (hours / 2).max(1), Grain::Hour)),
            Part::Mid => {
                if len_days >= 1 && g >= Grain::Day {
                    (add(s, 10, Grain::Hour), add(s, 14, Grain::Hour))
                } else {
                    (add(s, hours / 3, Grain::Hour), add(s, (2 * hours + 2) / 3, Grain::Hour))
                }
            }
            Part::Late => (add(s, hours - (hours / 2).max(1), Grain::Hour), e),
            Part::End => {
                if style == PeriodStyle::Narrow && g >= Grain::Day {
                    let x = add_secs(e, -1);
                    let mut o = Iv::span(x, x, Grain::Second);
                    o.dated = iv.dated;
                    return Some(o);
                }
                (add(e, -(hours / 2).max(1), Grain::Hour), e)
            }
            Part::SoFar => (s, today.map_or(e, |t| t.clamp(s, e))),
            // the second half
            Part::Rest => (add(s, hours - (hours / 2).max(1), Grain::Hour), e),
            Part::Remaining => (now.map_or(s, |n| n.clamp(s, e)), e),
        };
        return mk(a, b, Grain::Hour);
    }
    let whole_months =
        months >= 3 && calendar::secs_of(s) == 0 && date_of(s).day() == 1 && date_of(e).day() == 1;
    let (a, b, gg) = match part {
        Part::SoFar => (s, today.map_or(e, |t| add(t, 1, Grain::Day).clamp(s, e)), Grain::Day),
        Part::Remaining => (today.map_or(s, |t| t.clamp(s, e)), e, Grain::Day),
        Part::Rest => {
            let mid = match g {
                Grain::Week => add(s, 3, Grain::Day),
                Grain::Month => add(s, 15, Grain::Day),
                Grain::Year => add(s, 6, Grain::Month),
                _ => s,
            };
            let from = today.map_or(s, |t| t.clamp(s, e));
            let from = if style == PeriodStyle::Narrow { from.max(mid) } else { from };
            (from, e, Grain::Day)
        }
        Part::Start | Part::End if g == Grain::Week || len_days == 7 => {
            let three = if style == PeriodStyle::News { 2 } else { 3 };
            if part == Part::Start {
                (s, add(s, three, Grain::Day), Grain::Day)
            } else if style == PeriodStyle::Narrow {
                (add(s, 3, Grain::Day), e, Grain::Day)
            } else {
                (add(e, -3, Grain::Day), e, Grain::Day)
            }
        }
        Part::Start | Part::End if whole_months && months >= 12 => {
            let n = match style {
                PeriodStyle::News => 1,
                PeriodStyle::Wide => {
                    if part == Part::Start {
                        3
                    } else {
                        4
                    }
                }
                PeriodStyle::Narrow => months / 2,
            };
            let n = n.min(months);
            if part == Part::Start {
                (s, add(s, n, Grain::Month), Grain::Month)
            } else {
                (add(e, -n, Grain::Month), e, Grain::Month)
            }
        }
        Part::Start | Part::End if whole_months => {
            // a quarter or a few months: its first/last month
            if part == Part::Start {
                (s, add(s, 1, Grain::Month), Grain::Month)
            } else {
                (add(e, -1, Grain::Month), e, Grain::Month)
            }
        }
        Part::Start | Part::End => {
            // a month: ten days (Narrow: half)
            if style == PeriodStyle::Narrow {
                let half = len_days / 2;
                if part == Part::Start {
                    (s, add(s, half, Grain::Day), Grain::Day)
                } else {
                    (add(s, half, Grain::Day), e, Grain::Day)
                }
            } else if part == Part::Start {
                (s, add(s, 10, Grain::Day), Grain::Day)
            } else {
                (add(s, 20, Grain::Day), e, Grain::Day)
            }
        }
        Part::Early | Part::Mid | Part::Late if whole_months => {
            let n = months / 3;
            let k = match part {
                Part::Early => 0,
                Part::Mid => 1,
                _ => 2,
            };
            let a = add(s, k * n, Grain::Month);
            let b = if k == 2 { e } else { add(s, (k + 1) * n, Grain::Month) };
            (a, b, if g > Grain::Month { Grain::Month } else { g })
        }
        Part::Early | Part::Mid | Part::Late => {
            let third = (len_days / 3).max(1);
            match part {
                Part::Early => (s, add(s, third, Grain::Day), Grain::Day),
                Part::Mid => (add(s, third, Grain::Day), add(s, 2 * third, Grain::Day), Grain::Day),
                _ => (add(s, 2 * third, Grain::Day), e, Grain::Day),
            }
        }
    };
    let mut x = Iv::span(a, b, gg);
    x.point = iv.point && !matches!(part, Part::SoFar | Part::Rest | Part::Remaining);
    // a part of a period is an interval of days in the sources; keep the
    // calendar grain of the whole for a news reader
    if style != PeriodStyle::News {
        x.point = false;
    }
    x.grain = if style == PeriodStyle::News { g.max(gg) } else { gg };
    Some(x)
}

/// A date with a clock time or a part of the day.
fn resolve_at(date: &Raw, time: &Raw, ctx: &Ctx<'_>) -> Resolved {
    let d = resolve(date, ctx);
    let Some(div) = d.iv() else { return d };
    let Some(ds) = div.start else { return Resolved::unresolved() };
    let day = date_of(ds);
    let (res, conf) = (d.resolution, d.confidence);
    match time {
        Raw::Clock(c) => {
            let mut iv = clock_iv(c, ctx, Some(day));
            iv.dated = div.dated;
            Resolved::new(iv, res, conf)
        }
        Raw::DayPart(p) => {
            let mut iv = part_iv(day, *p, ctx.cfg.periods);
            iv.dated = div.dated;
            Resolved::new(iv, res, conf)
        }
        Raw::At { .. } => {
            // the time carries its own date ("tomorrow from 10am-12am
            // tomorrow")
            resolve(time, ctx)
        }
        Raw::Range { .. } => {
            // a time range on that day
            let c2 = Ctx { anchor: Some(day), ..*ctx };
            let r = resolve(time, &c2);
            Resolved { resolution: res.max(r.resolution), ..r }
        }
        other => {
            let c2 = Ctx { anchor: Some(day), ..*ctx };
            resolve(other, &c2)
        }
    }
}

fn resolve_range(from: &Raw, to: &Raw, ctx: &Ctx<'_>) -> Resolved {
    // two clock times: the bare one takes the other's half
    if let (Raw::Clock(a), Raw::Clock(b)) = (from, to) {
        let (mut a, mut b) = (*a, *b);
        // the reading of one end that comes soonest after the other
        // ("3-4pm": 3pm; "from 11 to 3am": 11pm; "from 11 pm to 3": 3am)
        let gap = |from: u32, to: u32| (i64::from(to) - i64::from(from)).rem_euclid(86_400);
        if a.half.is_none() && a.ambiguous && (b.half.is_some() || !b.ambiguous) {
            let bs = b.seconds(None);
            let am = a.seconds(Some(Half::Am));
            let pm = a.seconds(Some(Half::Pm));
            a.half = Some(if gap(pm, bs) < gap(am, bs) { Half::Pm } else { Half::Am });
            if ctx.flip {
                a.half = a.half.map(|h| if h == Half::Am { Half::Pm } else { Half::Am });
            }
            a.ambiguous = false;
        }
        if b.half.is_none() && b.ambiguous {
            let base = clock_secs(&a, ctx, None);
            let am = b.seconds(Some(Half::Am));
            let pm = b.seconds(Some(Half::Pm));
            b.half = Some(if gap(base, am) <= gap(base, pm) { Half::Am } else { Half::Pm });
            b.ambiguous = false;
        }
        let ra = resolve(&Raw::Clock(a), ctx);
        let Some(ia) = ra.iv() else { return ra };
        let day = ia.start.map(date_of);
        let mut ib = clock_iv(&b, &Ctx { flip: false, ..*ctx }, day);
        if let (Some(sa), Some(sb)) = (ia.start, ib.start)
            && sb < sa
        {
            ib.start = Some(add(sb, 1, Grain::Day));
            ib.end = ib.end.map(|e| add(e, 1, Grain::Day));
        }
        let g = ia.grain.min(ib.grain);
        // a time range ends where its last time starts ("3-4pm" ends at 4pm)
        let iv = Iv::interval(ia.start, ib.start, g);
        let mut iv = iv;
        iv.dated = ia.dated;
        iv.zone = a.zone.or(b.zone);
        return Resolved::new(iv, ra.resolution, ra.confidence);
    }
    let a = resolve(from, ctx);
    // the end is read forward from the start ("from March to May",
    // "between 2:00 tomorrow and 4:00")
    let b = match (a.iv().and_then(|iv| iv.start), to) {
        (
            Some(s),
            Raw::Month { .. }
            | Raw::MonthDay { .. }
            | Raw::Weekday { .. }
            | Raw::DayOfMonth(_)
            | Raw::Holiday { .. },
        ) => {
            let c2 = Ctx { anchor: Some(date_of(s)), dir: Direction::Forward, cue: true, ..*ctx };
            resolve(to, &c2)
        }
        (Some(s), Raw::Clock(_)) => {
            let c2 = Ctx { anchor: Some(date_of(s)), ..*ctx };
            resolve_at(&Raw::Day(date_of(s)), to, &c2)
        }
        _ => resolve(to, ctx),
    };
    let (Some(ia), Some(ib)) = (a.iv(), b.iv()) else { return Resolved::unresolved() };
    let g = ia.grain.min(ib.grain);
    let mut end = if ib.grain < Grain::Day { ib.start } else { ib.end };
    // "November to February": the end wraps into the next year
    if let (Some(s), Some(e)) = (ia.start, end)
        && e <= s
    {
        end = Some(add(
            e,
            1,
            if ib.grain >= Grain::Month || ia.grain >= Grain::Month {
                Grain::Year
            } else {
                Grain::Day
            },
        ));
    }
    let mut iv = Iv::interval(ia.start, end, g);
    iv.dated = ia.dated && ib.dated;
    iv.zone = ia.zone.or(ib.zone);
    // a range of parts of days or months keeps a coarser grain
    let res = a.resolution.max(b.resolution);
    Resolved::new(iv, res, a.confidence.min(b.confidence))
}
