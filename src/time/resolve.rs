//! Turns raw time expressions into dates, given the publication date, the
//! clause tense and the previous date in the article.

use crate::number::NumberKind;
use crate::span::Span;
use crate::text::Document;
use crate::time::scan::{Part, Raw, RawMention, WeekdayRel};
use crate::time::tense::{self, Tense};
use crate::time::{
    Date, DateOrder, Direction, Grain, Resolution, TimeConfig, TimeMention, TimeValue,
};

/// Confidence of each resolution rule (documented on
/// [`TimeMention::confidence`]).
const CONF_EXPLICIT: f64 = 0.98;
const CONF_RELATIVE: f64 = 0.95;
const CONF_TENSE_CUE: f64 = 0.9;
const CONF_NO_CUE: f64 = 0.75;
const CONF_CHAINED: f64 = 0.85;
const CONF_AMBIGUOUS: f64 = 0.5;

struct Ctx {
    anchor: Option<Date>,
    dir: Direction,
    cue: bool,
    last: Option<Date>,
    order: DateOrder,
}

struct Resolved {
    value: TimeValue,
    resolution: Resolution,
    confidence: f64,
    alternatives: Vec<TimeValue>,
}

impl Resolved {
    fn new(value: TimeValue, resolution: Resolution, confidence: f64) -> Resolved {
        Resolved { value, resolution, confidence, alternatives: Vec::new() }
    }

    fn unresolved() -> Resolved {
        Resolved::new(TimeValue::Unresolved, Resolution::Unresolved, 0.0)
    }
}

pub(crate) fn resolve_all(
    doc: &Document<'_>,
    raws: Vec<RawMention>,
    published: Option<Date>,
    cfg: &TimeConfig,
) -> Vec<TimeMention> {
    let mut out = Vec::with_capacity(raws.len());
    let mut last: Option<Date> = None;
    for rm in raws {
        let (dir, cue) = if rm.raw.needs_tense() {
            let t = tense::tense_of(doc, rm.tokens.clone());
            direction(cfg.direction, t)
        } else {
            (Direction::Nearest, true)
        };
        let ctx = Ctx { anchor: published, dir, cue, last, order: cfg.date_order };
        let r = resolve(&rm.raw, &ctx);
        if let TimeValue::Date { start, grain, .. } = r.value
            && grain <= Grain::Week
        {
            last = Some(start);
        }
        let a = doc.tok(rm.tokens.start).map_or(0, |t| t.span.start);
        let b = doc.tok(rm.tokens.end.saturating_sub(1)).map_or(a, |t| t.span.end);
        out.push(TimeMention {
            span: Span::new(a, b),
            value: r.value,
            resolution: r.resolution,
            confidence: r.confidence,
            alternatives: r.alternatives,
        });
    }
    out
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

fn span(start: Date, end: Date, grain: Grain) -> TimeValue {
    TimeValue::Date { start, end, grain }
}

fn month_value(y: i32, m: u32) -> Option<TimeValue> {
    let s = Date::new(y, m, 1)?;
    Some(span(s, s.last_of_month(), Grain::Month))
}

/// The period of `grain` containing `d`.
fn period_of(d: Date, grain: Grain) -> (Date, Date) {
    match grain {
        Grain::Second | Grain::Minute | Grain::Hour | Grain::Day => (d, d),
        Grain::Week => (d.start_of_week(), d.start_of_week().add_days(6)),
        Grain::Fortnight => (d.start_of_week(), d.start_of_week().add_days(13)),
        Grain::Month => (d.first_of_month(), d.last_of_month()),
        Grain::Quarter => {
            let q0 = (d.month() - 1) / 3 * 3 + 1;
            let s = Date::new(d.year(), q0, 1).unwrap_or(d);
            (s, s.add_months(3).add_days(-1))
        }
        Grain::Year => (d.first_of_year(), d.last_of_year()),
        Grain::Decade => {
            let y0 = d.year().div_euclid(10) * 10;
            let s = Date::new(y0, 1, 1).unwrap_or(d);
            (s, s.add_years(10).add_days(-1))
        }
        Grain::Century => {
            let y0 = (d.year() - 1).div_euclid(100) * 100 + 1;
            let s = Date::new(y0, 1, 1).unwrap_or(d);
            (s, s.add_years(100).add_days(-1))
        }
    }
}

/// `d` plus `n` units (fractions of days and months rounded).
pub(crate) fn add_units(d: Date, n: f64, unit: Grain) -> Date {
    let months = |m: f64| -> Date {
        if m.fract() == 0.0 {
            d.add_months(m as i64)
        } else {
            d.add_days((m * 30.44).round() as i64)
        }
    };
    match unit {
        Grain::Second | Grain::Minute | Grain::Hour => {
            d.add_days((n * unit.seconds() / 86_400.0).trunc() as i64)
        }
        Grain::Day => d.add_days(n.round() as i64),
        Grain::Week => d.add_days((n * 7.0).round() as i64),
        Grain::Fortnight => d.add_days((n * 14.0).round() as i64),
        Grain::Month => months(n),
        Grain::Quarter => months(n * 3.0),
        Grain::Year => months(n * 12.0),
        Grain::Decade => months(n * 120.0),
        Grain::Century => months(n * 1200.0),
    }
}

/// Picks among candidate dates by direction relative to `anchor`.
fn pick(cands: &[Date], anchor: Date, dir: Direction) -> Option<Date> {
    match dir {
        Direction::Backward => cands.iter().copied().filter(|c| *c <= anchor).max(),
        Direction::Forward => cands.iter().copied().filter(|c| *c >= anchor).min(),
        Direction::Nearest | Direction::Tense => {
            cands.iter().copied().min_by_key(|c| (anchor.days_until(*c).abs(), *c > anchor))
        }
    }
}

fn tense_conf(ctx: &Ctx) -> f64 {
    if ctx.cue { CONF_TENSE_CUE } else { CONF_NO_CUE }
}

fn resolve(raw: &Raw, ctx: &Ctx) -> Resolved {
    match *raw {
        Raw::Day(d) => Resolved::new(day(d), Resolution::Explicit, CONF_EXPLICIT),
        Raw::AmbiguousDay { month_first, day_first } => match ctx.order {
            DateOrder::MonthFirst => Resolved {
                value: day(month_first),
                resolution: Resolution::Explicit,
                confidence: CONF_AMBIGUOUS,
                alternatives: vec![day(day_first)],
            },
            DateOrder::DayFirst => Resolved {
                value: day(day_first),
                resolution: Resolution::Explicit,
                confidence: CONF_AMBIGUOUS,
                alternatives: vec![day(month_first)],
            },
            DateOrder::Reject => Resolved {
                value: TimeValue::Unresolved,
                resolution: Resolution::Unresolved,
                confidence: 0.0,
                alternatives: vec![day(month_first), day(day_first)],
            },
        },
        Raw::MonthDay { month, day: dd } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let cands: Vec<Date> =
                (a.year() - 1..=a.year() + 1).filter_map(|y| Date::new(y, month, dd)).collect();
            match pick(&cands, a, ctx.dir) {
                Some(d) => Resolved::new(day(d), Resolution::Tense, tense_conf(ctx)),
                None => Resolved::unresolved(),
            }
        }
        Raw::MonthYear { month, year } => match month_value(year, month) {
            Some(v) => Resolved::new(v, Resolution::Explicit, CONF_EXPLICIT),
            None => Resolved::unresolved(),
        },
        Raw::Month { month } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            // compare in whole months, so June is as near in December as
            // the June before (ties go back)
            let idx = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
            let here = idx(a.year(), a.month());
            let cands: Vec<i64> = (a.year() - 1..=a.year() + 1).map(|y| idx(y, month)).collect();
            let chosen = match ctx.dir {
                Direction::Backward => cands.iter().copied().filter(|c| *c <= here).max(),
                Direction::Forward => cands.iter().copied().filter(|c| *c >= here).min(),
                Direction::Nearest | Direction::Tense => {
                    cands.iter().copied().min_by_key(|c| ((c - here).abs(), *c > here))
                }
            };
            let year_of = |c: i64| i32::try_from((c - 1).div_euclid(12)).ok();
            match chosen.and_then(year_of).and_then(|y| month_value(y, month)) {
                Some(v) => Resolved::new(v, Resolution::Tense, tense_conf(ctx)),
                None => Resolved::unresolved(),
            }
        }
        Raw::Year(y) => match Date::new(y, 1, 1) {
            Some(s) => Resolved::new(
                span(s, s.last_of_year(), Grain::Year),
                Resolution::Explicit,
                CONF_EXPLICIT,
            ),
            None => Resolved::unresolved(),
        },
        Raw::Decade(y) => match Date::new(y, 1, 1) {
            Some(s) => Resolved::new(
                span(s, s.add_years(10).add_days(-1), Grain::Decade),
                Resolution::Explicit,
                CONF_EXPLICIT,
            ),
            None => Resolved::unresolved(),
        },
        Raw::Century(c) => match Date::new((c - 1) * 100 + 1, 1, 1) {
            Some(s) => Resolved::new(
                span(s, s.add_years(100).add_days(-1), Grain::Century),
                Resolution::Explicit,
                CONF_EXPLICIT,
            ),
            None => Resolved::unresolved(),
        },
        Raw::Quarter { q, year } | Raw::Half { h: q, year } => {
            let half = matches!(raw, Raw::Half { .. });
            let (y, res, conf) = match (year, ctx.anchor) {
                (Some(y), _) => (y, Resolution::Explicit, CONF_EXPLICIT),
                (None, Some(a)) => (a.year(), Resolution::Relative, CONF_NO_CUE),
                (None, None) => return Resolved::unresolved(),
            };
            let months = if half { 6 } else { 3 };
            let Some(s) = Date::new(y, (q - 1) * months + 1, 1) else {
                return Resolved::unresolved();
            };
            let grain = Grain::Quarter;
            Resolved::new(span(s, s.add_months(i64::from(months)).add_days(-1), grain), res, conf)
        }
        Raw::Weekday { wd, rel } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let back = (a.weekday() + 7 - wd) % 7;
            let fwd = (wd + 7 - a.weekday()) % 7;
            let (d, res, conf) = match rel {
                WeekdayRel::Last => (
                    a.add_days(-i64::from(if back == 0 { 7 } else { back })),
                    Resolution::Relative,
                    CONF_RELATIVE,
                ),
                WeekdayRel::Next => (
                    a.add_days(i64::from(if fwd == 0 { 7 } else { fwd })),
                    Resolution::Relative,
                    CONF_TENSE_CUE,
                ),
                WeekdayRel::This => (
                    a.start_of_week().add_days(i64::from(wd)),
                    Resolution::Relative,
                    CONF_TENSE_CUE,
                ),
                WeekdayRel::Bare => {
                    let d = match ctx.dir {
                        Direction::Backward => a.add_days(-i64::from(back)),
                        Direction::Forward => a.add_days(i64::from(fwd)),
                        Direction::Nearest | Direction::Tense => {
                            if back <= fwd {
                                a.add_days(-i64::from(back))
                            } else {
                                a.add_days(i64::from(fwd))
                            }
                        }
                    };
                    (d, Resolution::Tense, tense_conf(ctx))
                }
            };
            Resolved::new(day(d), res, conf)
        }
        Raw::RelDay(n) => match ctx.anchor {
            Some(a) => Resolved::new(day(a.add_days(n)), Resolution::Relative, CONF_RELATIVE),
            None => Resolved::unresolved(),
        },
        Raw::RelUnit { unit, offset } => match ctx.anchor {
            Some(a) => {
                let (s, e) = period_of(add_units(a, offset as f64, unit), unit);
                Resolved::new(span(s, e, unit), Resolution::Relative, CONF_RELATIVE)
            }
            None => Resolved::unresolved(),
        },
        Raw::Weekend { offset } => match ctx.anchor {
            Some(a) => {
                let sat = a.start_of_week().add_days(5 + 7 * offset);
                Resolved::new(
                    span(sat, sat.add_days(1), Grain::Day),
                    Resolution::Relative,
                    CONF_RELATIVE,
                )
            }
            None => Resolved::unresolved(),
        },
        Raw::Ago { n, unit } => match ctx.anchor {
            Some(a) => {
                let (s, e) = period_of(add_units(a, -n, unit), unit);
                Resolved::new(span(s, e, unit), Resolution::Relative, CONF_RELATIVE)
            }
            None => Resolved::unresolved(),
        },
        Raw::InUnits { n, unit, ref duration } => match (ctx.dir, ctx.anchor) {
            (Direction::Forward, Some(a)) if ctx.cue => {
                let (s, e) = period_of(add_units(a, n, unit), unit);
                Resolved::new(span(s, e, unit), Resolution::Relative, CONF_TENSE_CUE)
            }
            _ => Resolved::new(
                TimeValue::Duration(duration.clone()),
                Resolution::Explicit,
                CONF_EXPLICIT,
            ),
        },
        Raw::Past { n, unit } => match ctx.anchor {
            Some(a) => {
                let grain = if unit <= Grain::Day { Grain::Day } else { unit };
                let s = add_units(a, -n, unit);
                Resolved::new(
                    TimeValue::Interval { start: Some(s), end: Some(a), grain },
                    Resolution::Relative,
                    CONF_RELATIVE,
                )
            }
            None => Resolved::unresolved(),
        },
        Raw::Chain { n, unit } => match ctx.last {
            Some(d) => {
                let (s, e) = period_of(add_units(d, n, unit), unit);
                Resolved::new(span(s, e, unit), Resolution::Chained, CONF_CHAINED)
            }
            None => Resolved::unresolved(),
        },
        Raw::Holiday { month, day: dd } => resolve(&Raw::MonthDay { month, day: dd }, ctx),
        Raw::Season { month, day: dd, days } => {
            let Some(a) = ctx.anchor else { return Resolved::unresolved() };
            let cands: Vec<Date> =
                (a.year() - 1..=a.year() + 1).filter_map(|y| Date::new(y, month, dd)).collect();
            let len = i64::from(days.max(1)) - 1;
            // the season under way at publication, else by direction
            let current = cands.iter().copied().find(|s| *s <= a && a <= s.add_days(len));
            match current.or_else(|| pick(&cands, a, ctx.dir)) {
                Some(s) => Resolved::new(
                    span(s, s.add_days(len), Grain::Day),
                    Resolution::Tense,
                    tense_conf(ctx),
                ),
                None => Resolved::unresolved(),
            }
        }
        Raw::Part { part, ref inner } => {
            let r = resolve(inner, ctx);
            let TimeValue::Date { start, end, grain } = r.value else { return r };
            let len = start.days_until(end) + 1;
            let third = (len / 3).max(1);
            // whole months for periods of months: "early 2024" is Jan–Apr
            let months = if start.day() == 1 && end == end.last_of_month() {
                i64::from(end.year() - start.year()) * 12 + i64::from(end.month())
                    - i64::from(start.month())
                    + 1
            } else {
                0
            };
            let by_months = |k: i64| -> (Date, Date) {
                let n = months / 3;
                let s = start.add_months(k * n);
                let e = if k == 2 { end } else { start.add_months((k + 1) * n).add_days(-1) };
                (s, e)
            };
            // "the start/end of": the first/last month of a year or
            // quarter, ten days of a month, Mon–Tue / Fri–Sun of a week
            let edge = |from_start: bool| -> (Date, Date) {
                match grain {
                    Grain::Year | Grain::Quarter | Grain::Decade | Grain::Century if len > 62 => {
                        if from_start {
                            (start, start.last_of_month())
                        } else {
                            (end.first_of_month(), end)
                        }
                    }
                    Grain::Week | Grain::Fortnight => {
                        if from_start {
                            (start, start.add_days(1))
                        } else {
                            (end.add_days(-2), end)
                        }
                    }
                    _ => {
                        let n = ((len + 2) / 3).max(1);
                        if from_start {
                            (start, start.add_days(n - 1))
                        } else {
                            (end.add_days(1 - n), end)
                        }
                    }
                }
            };
            let (s, e) = match part {
                Part::Early if months >= 3 => by_months(0),
                Part::Mid if months >= 3 => by_months(1),
                Part::Late if months >= 3 => by_months(2),
                Part::Early => (start, start.add_days(third - 1)),
                Part::Mid => (start.add_days(third), start.add_days(2 * third - 1)),
                Part::Late => (start.add_days(2 * third), end),
                Part::Start => edge(true),
                Part::End => edge(false),
                Part::SoFar => (start, ctx.anchor.map_or(end, |a| a.clamp(start, end))),
                Part::Rest => (ctx.anchor.map_or(start, |a| a.clamp(start, end)), end),
            };
            Resolved { value: span(s, e, grain), ..r }
        }
        Raw::Range { ref from, ref to } => {
            let a = resolve(from, ctx);
            let b = resolve(to, ctx);
            let (Some((s, _)), Some((_, e))) = (a.value.days(), b.value.days()) else {
                return Resolved::unresolved();
            };
            let grain =
                a.value.grain().unwrap_or(Grain::Day).min(b.value.grain().unwrap_or(Grain::Day));
            // "November to February": the end wraps into the next year
            let e = match (s, e) {
                (Some(s), Some(e)) if e < s => Some(add_units(e, 1.0, Grain::Year)),
                (_, e) => e,
            };
            let res = a.resolution.max(b.resolution);
            Resolved::new(
                TimeValue::Interval { start: s, end: e, grain },
                res,
                a.confidence.min(b.confidence),
            )
        }
        Raw::Since(ref x) => {
            let r = resolve(x, ctx);
            match r.value.days() {
                Some((s, _)) => Resolved {
                    value: TimeValue::Interval {
                        start: s,
                        end: None,
                        grain: r.value.grain().unwrap_or(Grain::Day),
                    },
                    ..r
                },
                None => r,
            }
        }
        Raw::Until(ref x) => {
            let r = resolve(x, ctx);
            match r.value.days() {
                Some((_, e)) => Resolved {
                    value: TimeValue::Interval {
                        start: None,
                        end: e,
                        grain: r.value.grain().unwrap_or(Grain::Day),
                    },
                    ..r
                },
                None => r,
            }
        }
        Raw::Duration(ref q) => {
            debug_assert_eq!(q.kind, NumberKind::Duration);
            Resolved::new(TimeValue::Duration(q.clone()), Resolution::Explicit, CONF_EXPLICIT)
        }
    }
}
