//! The number scanner: walks the tokens once, trying at each position a
//! figure with its modifiers, currency, scale, unit and range partner.

mod units;

use core::cell::Cell;

use crate::lexicon::en::{self, Modifier};
use crate::lexicon::{self, LexId, Lexicon, flag};
use crate::number::words::{self, WordNumber};
use crate::number::{NumberConfig, NumberKind, NumberMention, Qualifier, Quantity, Unit};
use crate::span::Span;
use crate::text::{Document, TokenKind, digit_value, vulgar_fraction};
use units::Prefix;

/// The longest token that can be a figure; longer digit runs (a megabyte
/// of digits) are not figures.
const MAX_NUMBER_BYTES: usize = 48;

/// A figure's core: the number itself with its scale, before modifiers,
/// currency and unit.
#[derive(Clone, Copy, Debug)]
struct Core {
    start: usize,
    end: usize,
    value: f64,
    /// Half-width of the rounding interval.
    precision: f64,
    kind: NumberKind,
    vague: Option<(f64, f64)>,
    approx: bool,
    /// The scale applied (1 when none).
    scale: f64,
    /// Written with digits (not words).
    digits: bool,
}

impl Core {
    /// A figure written in digits with no scale, rounding or vagueness.
    fn plain(start: usize, end: usize, value: f64, kind: NumberKind) -> Core {
        Core {
            start,
            end,
            value,
            precision: 0.0,
            kind,
            vague: None,
            approx: false,
            scale: 1.0,
            digits: true,
        }
    }
}

enum CoreResult {
    Found(Core),
    /// Not a quantity; tokens up to this index are consumed (a date, a
    /// clock time, an identifier).
    Skip(usize),
    None,
}

pub(crate) struct Scanner<'a, 't> {
    doc: &'a Document<'t>,
    cfg: &'a NumberConfig,
    lx: &'static Lexicon,
    ids: &'a [LexId],
    n: usize,
    /// What "$" and "dollar" denote: the home currency when it is a
    /// dollar, else USD.
    dollar: Unit,
    /// What "grand" is a thousand of: the home currency, else `dollar`.
    home: Unit,
    /// The token index where the last mention ended ("$80 a barrel": "a
    /// barrel" is a rate, not a figure).
    last_end: Cell<usize>,
    /// The last suffix looked up: (token, currency, scaled, answer).
    suffix_memo: Cell<units::SuffixMemo>,
}

impl<'a, 't> Scanner<'a, 't> {
    pub(crate) fn new(doc: &'a Document<'t>, cfg: &'a NumberConfig) -> Scanner<'a, 't> {
        let ids = doc.ids();
        let n = ids.len();
        let home = cfg.home_currency.clone();
        let dollar = home
            .clone()
            .filter(|u| en::DOLLAR_CURRENCIES.contains(&u.as_str()))
            .unwrap_or_else(|| Unit::new("USD"));
        let home = home.unwrap_or_else(|| dollar.clone());
        Scanner {
            doc,
            cfg,
            lx: lexicon::english(),
            ids,
            n,
            dollar,
            home,
            last_end: Cell::new(usize::MAX),
            suffix_memo: Cell::new(None),
        }
    }

    fn window(&self, from: usize, len: usize) -> &[LexId] {
        let to = from.saturating_add(len).min(self.n);
        self.ids.get(from.min(to)..to).unwrap_or(&[])
    }

    fn text(&self, i: usize) -> &'t str {
        self.doc.tok_text(i)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.doc.is(i, w)
    }

    /// Token `i` is one of `words` (ASCII case-insensitive), without
    /// allocating.
    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text(i);
        words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.kind(i)
    }

    fn adjacent(&self, i: usize) -> bool {
        self.doc.adjacent(i)
    }

    /// The text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> &'t str {
        let (Some(a), Some(b)) = (i.checked_sub(1).and_then(|p| self.doc.tok(p)), self.doc.tok(i))
        else {
            return "";
        };
        self.doc.text().get(a.span.end..b.span.start).unwrap_or("")
    }

    fn cap(&self, i: usize) -> bool {
        self.doc.tok(i).is_some_and(|t| t.cap)
    }

    fn flags(&self, i: usize) -> u32 {
        self.lx.flags(self.ids.get(i).copied().unwrap_or(0))
    }

    /// Token `i` is the lexicon word `id`.
    fn is_w(&self, i: usize, id: LexId) -> bool {
        id != 0 && self.ids.get(i) == Some(&id)
    }

    pub(crate) fn run(self) -> Vec<NumberMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.n {
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            // no figures inside a web address
            if let Some(end) = self.url_at(i) {
                i = end;
                continue;
            }
            match self.mention_at(i) {
                (Some(m), next) => {
                    out.push(m);
                    i = next.max(i + 1);
                    self.last_end.set(i);
                }
                (None, next) => i = next.max(i + 1),
            }
        }
        out
    }

    /// Can a figure start at token `i`? A cheap test that lets the scanner
    /// skip most words: digits, symbols, signs, and words flagged
    /// [`flag::NUMBER_START`] (plus unknown four-letter words, which may
    /// be scaled currency codes such as "MUSD", and currency names with a
    /// number in the next four tokens).
    fn may_start(&self, i: usize) -> bool {
        let Some(kind) = self.kind(i) else { return false };
        // tests, words first, rather than a jump on the kind: the kinds of
        // consecutive tokens are hard to predict, and most are words
        if kind == TokenKind::Word {
            let id = self.ids.get(i).copied().unwrap_or(0);
            let f = self.lx.flags(id);
            f & flag::NUMBER_START != 0
                || id == 0 && self.text(i).len() == 4
                // a currency name before a figure ("ringgit 42")
                || f & flag::CURRENCY_NAME != 0
                    && (i + 1..i + 5).any(|j| self.kind(j) == Some(TokenKind::Number))
        } else if kind == TokenKind::Punct {
            matches!(self.text(i), "-" | "−" | "+" | "‐" | "–")
                || self.flags(i) & flag::NUMBER_START != 0
        } else {
            // numbers and symbols
            true
        }
    }

    /// A web address starting at token `i` ("https://…", "www.…"): the
    /// token index after it (the next token after white space).
    fn url_at(&self, i: usize) -> Option<usize> {
        let t = self.text(i);
        let scheme = self.is_any(i, &["http", "https", "ftp"])
            && self.text(i + 1) == ":"
            && self.adjacent(i + 1);
        let www = t.eq_ignore_ascii_case("www") && self.text(i + 1) == "." && self.adjacent(i + 1);
        if !(scheme || www) {
            return None;
        }
        let mut j = i + 1;
        while j < self.n && self.adjacent(j) {
            j += 1;
        }
        Some(j)
    }

    /// A figure starting at token `i`, and the index to continue from.
    fn mention_at(&self, i: usize) -> (Option<NumberMention>, usize) {
        // "between 10 and 20", "from 10 to 20"
        let id = self.ids.get(i).copied().unwrap_or(0);
        if (id == self.lx.w.between || id == self.lx.w.from)
            && let Some(m) = self.prefixed_range(i)
        {
            return m;
        }
        let mut modifier = None;
        let mut j = i;
        if let Some((m, len)) = self.lx.modifiers_before.longest(self.window(i, 5)) {
            // "some" and "over" only count directly before a figure
            modifier = Some(m);
            j = i + len;
        }
        let (currency, k) = self.currency_prefix(j);
        // a word that only begins modifier or currency phrases ("in",
        // "at") and begins none here starts no figure
        if k == i && self.kind(i) == Some(TokenKind::Word) && self.flags(i) & flag::CORE_START == 0
        {
            return (None, i + 1);
        }
        let guarded = modifier.is_some() || currency.is_some();
        let core = match self.core(k, guarded, currency.is_some()) {
            CoreResult::Found(c) => c,
            CoreResult::Skip(e) => return (None, if guarded { i + 1 } else { e }),
            CoreResult::None => return (None, i + 1),
        };
        if core.kind == NumberKind::Ordinal || core.kind == NumberKind::Fraction {
            // "a quarter-point rise", "another half point", "a further
            // quarter-point cut": a share of a percentage point
            let den = self.lx.get(self.ids.get(core.end - 1).copied().unwrap_or(0)).fraction;
            let point = if self.is(core.end, "point") {
                Some(core.end + 1)
            } else if self.text(core.end) == "-"
                && self.adjacent(core.end)
                && self.is(core.end + 1, "point")
            {
                Some(core.end + 2)
            } else {
                None
            };
            // "the quarter point of the season", "the half-point mark": a
            // place along the way
            let point = point.filter(|&e| !self.is_any(e, &["of", "mark"]));
            if let (Some(den), Some(end), None) = (den, point, currency) {
                let share =
                    if core.kind == NumberKind::Fraction { core.value } else { 1.0 / den as f64 };
                let q = Quantity::exact(NumberKind::PercentagePoint, share);
                let start = if modifier.is_some() { i } else { core.start };
                return (Some(self.mention(start, end, q)), end);
            }
        }
        if core.kind == NumberKind::Ordinal {
            // "a tenth of a gallon", "fourth of liter"
            let den = self.lx.get(self.ids.get(core.start).copied().unwrap_or(0)).fraction;
            if core.end == core.start + 1
                && currency.is_none()
                && let Some(den) = den
                && self.is_w(core.end, self.lx.w.of)
                && self.suffix_of(core.end, None, false, true).is_some()
            {
                let c = Core::plain(core.start, core.end, 1.0 / den as f64, NumberKind::Fraction);
                let start = if modifier.is_some() { i } else { c.start };
                return self.finish(start, c, modifier, None, None);
            }
            // modifiers and currency do not apply to ordinals ("under the
            // second stage")
            if guarded {
                return (None, k);
            }
            let q = Quantity::exact(NumberKind::Ordinal, core.value);
            return (Some(self.mention(core.start, core.end, q)), core.end);
        }
        let start = if modifier.is_some() || currency.is_some() { i } else { core.start };
        self.finish(start, core, modifier, currency, None)
    }

    /// Completes a figure after its core: range partner, unit, trailing
    /// modifier.
    fn finish(
        &self,
        start: usize,
        core: Core,
        modifier: Option<Modifier>,
        currency: Option<Prefix>,
        forced_second: Option<Core>,
    ) -> (Option<NumberMention>, usize) {
        let mut first = core;
        let mut second = forced_second;
        let mut e = core.end;
        if second.is_none()
            && core.vague.is_none()
            && matches!(modifier, None | Some(Modifier::Approx))
        {
            match self.range_partner(core) {
                RangePartner::Range(c2) => second = Some(c2),
                RangePartner::Score(end) => return (None, end),
                RangePartner::None => {}
            }
        }
        if let Some(c2) = second {
            if first.scale == 1.0 && c2.scale > 1.0 {
                let base = c2.value / c2.scale;
                if base > 0.0 && first.value / base <= 1.0 && first.value / base >= 0.01 {
                    first.value *= c2.scale;
                    first.precision = c2.precision;
                }
            }
            e = c2.end;
        }
        let code = currency.map(|c| c.code);
        let fraction = first.kind == NumberKind::Fraction && second.is_none();
        let suffix = self.suffix_of(e, code, first.scale > 1.0, fraction);
        let (mut kind, mut unit, mut e2) = match suffix {
            Some(s) => (s.kind, s.unit, s.end),
            None if currency.is_some() => (NumberKind::Money, code, e),
            None => (first.kind, None, e),
        };
        // the scale a code carries ("MUSD") and the value of "grand" or a
        // coin
        let factor = currency.map_or(1.0, |c| c.scale) * suffix.map_or(1.0, |s| s.factor);
        if factor != 1.0 {
            first.value *= factor;
            first.precision *= factor;
            if let Some(c2) = second.as_mut() {
                c2.value *= factor;
            }
        }
        if fraction && kind == NumberKind::Cardinal {
            kind = NumberKind::Fraction;
        }
        // a share is a ratio rounded to the digits written: "57%" is
        // 56.5-57.5%, so it agrees with "57.3%"; "62.0%" is 61.95-62.05%
        // (a count written in full is exact, and so is a move in basis
        // points: "25 basis points" is a decision, not a rounded ratio)
        if matches!(kind, NumberKind::Percent | NumberKind::PercentagePoint)
            && factor == 1.0
            && first.digits
            && first.scale == 1.0
            && first.precision == 0.0
            && first.vague.is_none()
            && second.is_none()
            && let Some(d) = parse_digits(self.text(first.start))
            && d.vulgar.is_none()
            && d.exponent == 0
        {
            first.precision = 0.5 * 10f64.powi(-i32::try_from(d.decimals).unwrap_or(0));
        }
        // a scale after a code: "75 USD million"
        if kind == NumberKind::Money
            && currency.is_none()
            && first.scale == 1.0
            && second.is_none()
            && suffix.is_some_and(|s| s.end == e + 1 && self.kind(e) == Some(TokenKind::Word))
            && self.code_token(e).is_some()
            && let Some(s) = self.lx.get(self.ids.get(e2).copied().unwrap_or(0)).scale
            && !self.text(e2).ends_with('s')
        {
            first.value *= s as f64;
            first.precision = 0.5 * s as f64;
            first.scale = s as f64;
            e2 += 1;
        }
        // "20 dollars 43 cents", "17 USD 25"
        if kind == NumberKind::Money
            && second.is_none()
            && first.vague.is_none()
            && first.scale == 1.0
            && first.value.fract() == 0.0
            && suffix.is_none_or(|s| s.factor == 1.0)
            && let Some(c) = unit
            && let Some((cents, end)) = self.minor_units(e2, c)
        {
            first.value += cents.copysign(first.value);
            e2 = end;
        }
        // "2 degrees below zero", "10 below zero"
        if matches!(kind, NumberKind::Cardinal | NumberKind::Measure)
            && (unit.is_none() || matches!(unit, Some("C" | "F" | "degree")))
            && second.is_none()
            && self.is(e2, "below")
            && self.is(e2 + 1, "zero")
        {
            first.value = -first.value.abs();
            kind = NumberKind::Measure;
            unit = unit.or(Some("degree"));
            e2 += 2;
        }
        // "29 years old", "3 years of age", "a 29-year-old": an age in
        // years is given as a plain number, like "Bekele, 29," and "aged
        // 29" (the claim stage reads the span ending in "old" or "age" as
        // an age); "a 6-month-old", "six weeks old" stay measures in
        // months and weeks
        if kind == NumberKind::Cardinal
            && unit.is_none()
            && first.vague.is_none()
            && let Some((u, end)) = self.age(e2)
        {
            if u != "year" {
                kind = NumberKind::Measure;
                unit = Some(u);
            }
            e2 = end;
        }
        // "5 feet 2 inches", "2 km and 1 metre"
        let mut first_unit = None;
        if kind == NumberKind::Measure
            && second.is_none()
            && first.vague.is_none()
            && let Some(u) = unit
            && let Some((total, smallest, end)) = self.compound(first.value, u, e2)
        {
            first.value = total;
            first.precision = 0.0;
            first_unit = Some(Unit::new(u));
            unit = Some(smallest);
            e2 = end;
        }
        let unit = unit.map(|u| self.unit_of(u));
        // a cardinal after a sequence noun is a position: "phase two"
        if kind == NumberKind::Cardinal
            && modifier.is_none()
            && second.is_none()
            && first.vague.is_none()
            && start == first.start
            && start > 0
            && self.flags(start - 1) & flag::SEQUENCE_NOUN != 0
            && first.value.fract() == 0.0
        {
            let q = Quantity::exact(NumberKind::Ordinal, first.value);
            return (Some(self.mention(start, first.end, q)), first.end);
        }
        let tol = self.cfg.approx_tolerance;
        let mut q = if let Some(c2) = second {
            Quantity::range(kind, first.value, c2.value)
        } else if let Some((lo, hi)) = first.vague {
            let mut q = Quantity::range(kind, lo, hi);
            q.qualifier = Qualifier::Vague;
            match modifier {
                Some(Modifier::MoreThan | Modifier::AtLeast) => q.high = None,
                Some(Modifier::LessThan | Modifier::AtMost) => q.low = None,
                _ => {}
            }
            q
        } else {
            let qual = match modifier {
                Some(m) => qualifier_of(m),
                None if first.approx => Qualifier::Approximate,
                None => Qualifier::Exact,
            };
            let precision = if matches!(qual, Qualifier::Approximate | Qualifier::Nearly) {
                first.precision.max(implied_rounding(first.value))
            } else {
                first.precision
            };
            Quantity::with_qualifier(kind, first.value, precision, qual, tol)
        };
        // "40 or more", "47,000+", "1,000-plus"
        if modifier.is_none()
            && second.is_none()
            && q.qualifier == Qualifier::Exact
            && let Some((m, len)) = self.lx.modifiers_after.longest(self.window(e2, 3))
        {
            let glued = matches!(self.text(e2), "+" | "-") && self.adjacent(e2);
            if glued || !matches!(self.text(e2), "+" | "-") {
                q = Quantity::with_qualifier(
                    kind,
                    first.value,
                    first.precision,
                    qualifier_of(m),
                    tol,
                );
                e2 += len;
            }
        }
        q.unit = unit;
        let mut m = self.mention(start, e2, q);
        m.first_unit = first_unit;
        (Some(m), e2)
    }

    fn mention(&self, from: usize, to: usize, quantity: Quantity) -> NumberMention {
        let a = self.doc.tok(from).map_or(0, |t| t.span.start);
        let b = self.doc.tok(to.saturating_sub(1)).map_or(a, |t| t.span.end);
        NumberMention { span: Span::new(a, b), quantity, first_unit: None }
    }

    /// "between X and Y", "from X to Y".
    fn prefixed_range(&self, i: usize) -> Option<(Option<NumberMention>, usize)> {
        let between = self.is(i, "between");
        if !between {
            // "rose from 40 to 50", "raised its pledge from €30m to €45m":
            // a change, not a range (a change word among the few words
            // before "from" in its clause)
            for p in (i.saturating_sub(5)..i).rev() {
                if matches!(self.text(p), "," | ";" | ":" | "." | "(" | ")") {
                    break;
                }
                let change =
                    self.lx.events.longest(self.window(p, 1)).is_some_and(|(c, _)| c == "change");
                if change
                    || self.is_any(
                        p,
                        &[
                            "up", "down", "cut", "raised", "raises", "raise", "reduced", "revised",
                            "lowered", "increase", "decrease", "lifted", "boosted", "trimmed",
                            "slashed", "hiked", "expanded", "narrowed", "widened",
                        ],
                    )
                {
                    return None;
                }
            }
        }
        let (cur1, k) = self.currency_prefix(i + 1);
        let CoreResult::Found(c1) = self.core(k, true, cur1.is_some()) else { return None };
        if c1.kind == NumberKind::Ordinal || c1.vague.is_some() {
            return None;
        }
        let joiner = if between { "and" } else { "to" };
        let mut j = c1.end;
        // "between 10% and 20%": a unit may sit on the first figure too
        if let Some(sx) = self.suffix(j, cur1.map(|c| c.code), c1.scale > 1.0)
            && self.is(sx.end, joiner)
        {
            j = sx.end;
        }
        if !self.is(j, joiner) {
            return None;
        }
        // "between 2l and about 7l"
        let mut k2 = j + 1;
        if let Some((Modifier::Approx, len)) = self.lx.modifiers_before.longest(self.window(k2, 3))
        {
            k2 += len;
        }
        let (cur2, k2) = self.currency_prefix(k2);
        let CoreResult::Found(c2) = self.core(k2, true, cur2.is_some() || cur1.is_some()) else {
            return None;
        };
        if c2.kind == NumberKind::Ordinal
            || c2.vague.is_some()
            || c2.value <= c1.value && c2.scale == 1.0
        {
            return None;
        }
        Some(self.finish(i, c1, None, cur1.or(cur2), Some(c2)))
    }

    /// The figure after a range dash or "to": "10-20", "10 to 20".
    fn range_partner(&self, c1: Core) -> RangePartner {
        let mut j = c1.end;
        // a unit on the first figure too: "3km-5km", "10% to 20%"
        let mut unit1 = None;
        if !self.range_joiner(j)
            && let Some(sx) = self.suffix(j, None, c1.scale > 1.0)
            && self.range_joiner(sx.end)
        {
            j = sx.end;
            unit1 = Some((sx.kind, sx.unit));
        }
        let dash = matches!(self.text(j), "-" | "–" | "—");
        let to = self.is_w(j, self.lx.w.to);
        if !(dash || to) || c1.kind != NumberKind::Cardinal {
            return RangePartner::None;
        }
        // "from 40 to 50" reaches here only when it is a change ("rose
        // from 40 to 50"): two figures, not a range
        // (with a currency between: "raised its pledge from €30m to €45m")
        let from_at = c1
            .start
            .checked_sub(1)
            .map(|p| if self.is(p, "from") { p } else { p.saturating_sub(1) });
        if to
            && from_at
                .is_some_and(|f| self.is(f, "from") && self.currency_prefix(f + 1).1 == c1.start)
        {
            return RangePartner::None;
        }
        let glued = self.adjacent(j) && self.adjacent(j + 1);
        // "three-nought-four", "1-2-3": a sequence, not a range
        let chained_before = c1.start >= 2
            && self.text(c1.start - 1) == "-"
            && self.adjacent(c1.start)
            && self.adjacent(c1.start - 1)
            && self.is_numeral(c1.start - 2);
        if dash && chained_before {
            return RangePartner::None;
        }
        // "2 - ~7 grams": an approximation inside the range
        let mut k = j + 1;
        if let Some((Modifier::Approx, len)) = self.lx.modifiers_before.longest(self.window(k, 3)) {
            k += len;
        }
        let (cur, k) = self.currency_prefix(k);
        let CoreResult::Found(c2) = self.core(k, true, cur.is_some()) else {
            return RangePartner::None;
        };
        if c2.kind != NumberKind::Cardinal || c2.vague.is_some() || c1.digits != c2.digits {
            return RangePartner::None;
        }
        // the same unit on both: "rose 4% to $13bn" is no range
        if let Some(u1) = unit1
            && (cur.is_some()
                || self.suffix(c2.end, None, c2.scale > 1.0).map(|sx| (sx.kind, sx.unit))
                    != Some(u1))
        {
            return RangePartner::None;
        }
        let chained_after = dash
            && self.text(c2.end) == "-"
            && self.adjacent(c2.end)
            && self.adjacent(c2.end + 1)
            && self.is_numeral(c2.end + 1);
        if chained_after {
            return RangePartner::None;
        }
        if c2.value <= c1.value && c2.scale == 1.0 {
            // "won 2-1": a score, not a range
            if dash && glued && c1.digits && c1.value < 100.0 {
                return RangePartner::Score(c2.end);
            }
            return RangePartner::None;
        }
        RangePartner::Range(c2)
    }

    /// A dash or "to" between the two figures of a range.
    fn range_joiner(&self, j: usize) -> bool {
        matches!(self.text(j), "-" | "–" | "—") || self.is_w(j, self.lx.w.to)
    }

    /// A digit token or a number word at `i`.
    fn is_numeral(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number) || {
            let e = self.lx.get(self.ids.get(i).copied().unwrap_or(0));
            e.cardinal.is_some() || e.ordinal.is_some()
        }
    }

    /// The number at `k`. `guarded`: a modifier or currency precedes, so a
    /// year-shaped integer is a quantity.
    fn core(&self, k: usize, guarded: bool, money: bool) -> CoreResult {
        // "minus 5", "negative one", "negative-5"
        if self.flags(k) & flag::SIGN != 0 {
            let hyphen = self.text(k + 1) == "-"
                && self.adjacent(k + 1)
                && self.adjacent(k + 2)
                && self.kind(k + 2) == Some(TokenKind::Number);
            let next = if hyphen { k + 2 } else { k + 1 };
            // one sign word only: "minus minus 5" is no figure, and the
            // recursion below stays one level deep on any input
            if self.flags(next) & flag::SIGN != 0 {
                return CoreResult::None;
            }
            return match self.core(next, true, money) {
                CoreResult::Found(mut c)
                    if matches!(c.kind, NumberKind::Cardinal | NumberKind::Fraction)
                        && c.vague.is_none() =>
                {
                    c.value = -c.value;
                    c.start = k;
                    CoreResult::Found(c)
                }
                _ => CoreResult::None,
            };
        }
        match self.kind(k) {
            Some(TokenKind::Number) => self.digit_core(k, k, 1.0, guarded, money),
            Some(TokenKind::Word) => self.word_core(k),
            Some(TokenKind::Punct | TokenKind::Symbol) => {
                let t = self.text(k);
                let signed = matches!(t, "-" | "−" | "+" | "‐" | "–");
                if signed
                    && self.kind(k + 1) == Some(TokenKind::Number)
                    && self.adjacent(k + 1)
                    && (k == 0
                        || !self.adjacent(k)
                        || !matches!(self.kind(k - 1), Some(TokenKind::Word | TokenKind::Number)))
                    && t != "–"
                {
                    let sign = if t == "+" { 1.0 } else { -1.0 };
                    return self.digit_core(k + 1, k, sign, guarded, money);
                }
                CoreResult::None
            }
            None => CoreResult::None,
        }
    }

    fn word_core(&self, k: usize) -> CoreResult {
        let Some(w) = words::parse(self.doc, self.lx, self.ids, k) else {
            // "a dollar", "a kilogram", "half a litre", "quarter-mile"
            let one = if self.is_w(k, self.lx.w.a) || self.is_w(k, self.lx.w.an) {
                self.one_of(k)
            } else {
                self.fraction_of_unit(k)
            };
            return one.map_or(CoreResult::None, CoreResult::Found);
        };
        if self.word_number_is_not_figure(k, &w) {
            return CoreResult::Skip(w.end);
        }
        CoreResult::Found(Core {
            start: k,
            end: w.end,
            value: w.value,
            precision: w.precision,
            kind: w.kind,
            vague: w.vague,
            approx: w.approx,
            scale: w.scale,
            digits: false,
        })
    }

    /// Pronoun "one", time-unit "second" (but "a second round" is the
    /// ordinal; see [`en::SECOND_OF_TIME_NEXT`]), names like "Air Force One", and
    /// day ordinals before a month ("the first of May").
    fn word_number_is_not_figure(&self, k: usize, w: &WordNumber) -> bool {
        let single = w.end == k + 1;
        let prev = k.checked_sub(1);
        let prev_is = |s: &str| prev.is_some_and(|p| self.is(p, s));
        // "that one mile": a figure when a unit follows
        if single
            && self.is_w(k, self.lx.w.one)
            && self
                .suffix(k + 1, None, false)
                .is_some_and(|s| matches!(s.kind, NumberKind::Measure | NumberKind::Money))
        {
            return false;
        }
        if single && self.is_w(k, self.lx.w.one) {
            if [
                "the", "this", "that", "every", "each", "any", "no", "which", "another", "someone",
                "anyone",
            ]
            .iter()
            .any(|s| prev_is(s))
            {
                return true;
            }
            if self.is(k + 1, "another")
                || self.is(k + 1, "day") && !prev_is("in")
                || self.is(k + 1, "'s")
            {
                return true;
            }
        }
        if single && (self.is(k, "second") || self.is(k, "minute")) {
            // "a second round of talks", "a second term": a noun after "a
            // second" makes it the ordinal
            let noun_after = self.is(k, "second")
                && prev_is("a")
                && self.kind(k + 1) == Some(TokenKind::Word)
                && !en::SECOND_OF_TIME_NEXT.iter().any(|s| self.is(k + 1, s));
            let time_unit_context = prev.is_some_and(|p| self.kind(p) == Some(TokenKind::Number))
                || ["a", "per", "every", "each", "one", "split", "last", "that"]
                    .iter()
                    .any(|s| prev_is(s))
                    && !noun_after
                || self.is(k + 1, "-") && self.is(k + 2, "hand");
            if time_unit_context {
                return true;
            }
        }
        // names: "Air Force One", "Formula One"
        if self.cap(k)
            && w.kind == NumberKind::Cardinal
            && let Some(p) = prev
        {
            let prev_sentence_start = p == 0
                || matches!(
                    self.text(p),
                    "." | "!" | "?" | "\"" | "“" | ":" | "(" | "—" | "-" | "–"
                );
            if self.cap(p)
                && self.kind(p) == Some(TokenKind::Word)
                && !prev_sentence_start
                && self.doc.sentence_index(p) == self.doc.sentence_index(k)
            {
                return true;
            }
        }
        // ordinal day of a month: "the first of May", "twentieth of January"
        if w.kind == NumberKind::Ordinal
            && self.is_w(w.end, self.lx.w.of)
            && self.month_at(w.end + 1)
        {
            return true;
        }
        if w.kind == NumberKind::Ordinal && self.month_at(w.end) {
            return true;
        }
        false
    }

    fn month_at(&self, i: usize) -> bool {
        let e = self.lx.get(self.ids.get(i).copied().unwrap_or(0));
        if e.month.is_none() {
            return false;
        }
        if e.flags & flag::AMBIGUOUS_MONTH != 0 {
            return self.cap(i);
        }
        true
    }

    fn digit_core(
        &self,
        k: usize,
        start: usize,
        sign: f64,
        guarded: bool,
        money: bool,
    ) -> CoreResult {
        let s = self.text(k);
        if s.len() > MAX_NUMBER_BYTES {
            return CoreResult::Skip(k + 1);
        }
        let Some(mut p) = parse_digits(s) else { return CoreResult::Skip(k + 1) };
        let mut end = k + 1;
        // most figures are followed by a space: the checks for what may be
        // glued to them (clock times, dates, powers, fractions) are skipped
        let glued = self.adjacent(end);
        // powers: "1.1^23", "10^6"
        if glued && self.text(end) == "^" {
            let mut j = end + 1;
            let mut neg = false;
            while matches!(self.text(j), "-" | "+" | "−") && self.adjacent(j) {
                neg ^= self.text(j) != "+";
                j += 1;
            }
            if self.kind(j) == Some(TokenKind::Number)
                && self.adjacent(j)
                && let Some(e) = parse_digits(self.text(j))
            {
                let exp = if neg { -e.value } else { e.value };
                let v = p.value.powf(exp) * sign;
                if v.is_finite() {
                    return CoreResult::Found(Core::plain(start, j + 1, v, NumberKind::Cardinal));
                }
            }
        }
        // clock times: "10:30", "3pm", "3 p.m."
        if glued
            && self.text(end) == ":"
            && self.kind(end + 1) == Some(TokenKind::Number)
            && self.adjacent(end + 1)
        {
            let mut e = end + 2;
            while self.text(e) == ":"
                && self.adjacent(e)
                && self.kind(e + 1) == Some(TokenKind::Number)
            {
                e += 2;
            }
            return CoreResult::Skip(e);
        }
        if (glued || p.int_digits <= 2)
            && self.kind(end) == Some(TokenKind::Word)
            && self.flags(end) & flag::CLOCK != 0
        {
            return CoreResult::Skip(end + 1);
        }
        // versions and addresses: a decimal glued to a dot and more
        // digits ("2.3.1", "192.168.1.2") is no figure
        if glued
            && p.decimals > 0
            && self.text(end) == "."
            && self.adjacent(end + 1)
            && self.kind(end + 1) == Some(TokenKind::Number)
        {
            let mut e = end + 2;
            while self.adjacent(e)
                && matches!(self.text(e), ".")
                && self.adjacent(e + 1)
                && self.kind(e + 1) == Some(TokenKind::Number)
            {
                e += 2;
            }
            return CoreResult::Skip(e);
        }
        // numeric dates and phone numbers: 4/2/2025, 2025-02-04, 555-0100
        for sep in ["/", "-", "."] {
            if glued
                && self.text(end) == sep
                && self.adjacent(end)
                && self.kind(end + 1) == Some(TokenKind::Number)
                && self.adjacent(end + 1)
                && self.text(end + 2) == sep
                && self.adjacent(end + 2)
                && self.kind(end + 3) == Some(TokenKind::Number)
                && self.adjacent(end + 3)
            {
                return CoreResult::Skip(end + 4);
            }
        }
        if glued
            && self.text(end) == "-"
            && self.kind(end + 1) == Some(TokenKind::Number)
            && self.adjacent(end + 1)
        {
            // "555-0100" is a phone number, "100-1000" a range
            let second = parse_digits(self.text(end + 1));
            let range_like = second.is_some_and(|d| d.value > p.value && p.value % 10.0 == 0.0);
            if p.int_digits == 3
                && second.is_some_and(|d| d.int_digits == 4 && d.decimals == 0 && !d.grouped)
                && !p.grouped
                && !guarded
                && !range_like
            {
                return CoreResult::Skip(end + 2);
            }
        }
        // mixed numbers: "10 1/2 miles"
        if p.decimals == 0
            && !p.grouped
            && p.vulgar.is_none()
            && self.kind(end) == Some(TokenKind::Number)
            && !self.adjacent(end)
            && self.text(end + 1) == "/"
            && self.adjacent(end + 1)
            && self.adjacent(end + 2)
            && self.text(end + 3) != "/"
            && let (Some(n), Some(d)) =
                (parse_digits(self.text(end)), parse_digits(self.text(end + 2)))
            && n.decimals == 0
            && d.decimals == 0
            && n.value >= 1.0
            && n.value < d.value
            && d.value <= 100.0
            && self.kind(end + 2) == Some(TokenKind::Number)
        {
            let v = (p.value + n.value / d.value) * sign;
            return CoreResult::Found(Core::plain(start, end + 3, v, NumberKind::Cardinal));
        }
        // fractions "1/3"; "24/7" and "2/15" are not quantities
        if glued
            && self.text(end) == "/"
            && self.kind(end + 1) == Some(TokenKind::Number)
            && self.adjacent(end + 1)
        {
            if let Some(d) = parse_digits(self.text(end + 1))
                && p.decimals == 0
                && d.decimals == 0
                // "1/3", and thousandths and smaller parts ("2/1000"),
                // which no date or score is written as
                && ((2.0..=100.0).contains(&d.value)
                    || [1e3, 1e4, 1e5, 1e6].contains(&d.value) && !d.grouped)
                && p.value >= 1.0
                && p.value < d.value
            {
                return CoreResult::Found(Core::plain(
                    start,
                    end + 2,
                    sign * p.value / d.value,
                    NumberKind::Fraction,
                ));
            }
            return CoreResult::Skip(end + 2);
        }
        // identifiers: COVID-19, F-35, #3, Resolution 2803, No. 10
        if start == k
            && k >= 2
            && matches!(self.text(k - 1), "-" | "‐")
            && self.adjacent(k)
            && self.adjacent(k - 1)
            && self.kind(k - 2) == Some(TokenKind::Word)
            // "negative-5" is a figure
            && self.flags(k - 2) & flag::SIGN == 0
            // "3km-5km": the word is the unit of a figure
            && !(k >= 3 && self.kind(k - 3) == Some(TokenKind::Number) && self.adjacent(k - 2))
        {
            return CoreResult::Skip(end);
        }
        if k >= 1 && self.text(k - 1) == "#" && self.adjacent(k) {
            return CoreResult::Skip(end);
        }
        if !guarded && self.after_identifier_noun(k) {
            return CoreResult::Skip(end);
        }
        // day numbers next to a month: "January 20", "Jan. 4", "20 January"
        if !guarded && self.next_to_month(k) {
            return CoreResult::Skip(end);
        }
        // thousands groups after plain spaces: "40 000", "1 414 021 100"
        let mut merged = false;
        if p.int_digits <= 3 && !p.grouped && p.decimals == 0 && p.vulgar.is_none() {
            let mut j = end;
            while self.kind(j) == Some(TokenKind::Number)
                && self.gap(j) == " "
                && self.text(j).len() == 3
                && self.text(j).bytes().all(|b| b.is_ascii_digit())
                && !(self.kind(j + 1) == Some(TokenKind::Number) && self.adjacent(j + 1))
            {
                j += 1;
            }
            if j > end {
                let joined: String = (k..j).map(|i| self.text(i)).collect();
                if let Some(mut q) = parse_digits(&joined) {
                    q.grouped = true;
                    p = q;
                    end = j;
                    merged = true;
                }
            }
        }
        let kind = if p.int_digits == 0 && p.decimals == 0 && p.vulgar.is_some() {
            NumberKind::Fraction
        } else {
            NumberKind::Cardinal
        };
        // letters glued on: ordinal suffix, decade "s", scale, unit; else an id (5G)
        if self.kind(end) == Some(TokenKind::Word) && self.adjacent(end) {
            let w = self.text(end);
            if self.is_any(end, &["st", "nd", "rd", "th"]) && p.decimals == 0 && !p.grouped {
                end += 1;
                if self.is_w(end, self.lx.w.of) && self.month_at(end + 1) || self.month_at(end) {
                    return CoreResult::Skip(end);
                }
                return CoreResult::Found(Core::plain(start, end, p.value, NumberKind::Ordinal));
            }
            if w == "s" || w == "'s" && p.int_digits == 4 {
                return CoreResult::Skip(end + 1);
            }
            let known = self.lx.get(self.ids.get(end).copied().unwrap_or(0));
            let unit_like = self.suffix(end, None, false).is_some()
                || self.scale_after(end, money).is_some()
                || known.time_unit.is_some()
                || known.flags & flag::CURRENCY_CODE != 0;
            if !unit_like {
                return CoreResult::Skip(end + 1);
            }
        }
        let year_shaped = !p.grouped
            && p.decimals == 0
            && p.int_digits == 4
            && (1000.0..=2199.0).contains(&p.value);
        if year_shaped && !guarded && sign > 0.0 && self.reads_as_year(k, end) {
            return CoreResult::Skip(end);
        }
        // list markers at the start of a line: "1. ", "2) "
        if !guarded && start == k && end == k + 1 && self.doc.is_list_marker(k) {
            return CoreResult::Skip(end + 1);
        }
        // number words after the digits: "2.4 million", "4 thousand 3
        // hundred", "2 and a half", "1 in 5", "2 dozens"
        if !merged
            && self.words_may_follow(end)
            && let Some(w) = words::from_digits(self.doc, self.lx, self.ids, k)
            && !(money && w.kind == NumberKind::Fraction)
        {
            return CoreResult::Found(Core {
                start,
                end: w.end,
                value: w.value * sign,
                precision: w.precision,
                kind: w.kind,
                vague: None,
                approx: false,
                scale: w.scale,
                digits: true,
            });
        }
        let mut value = p.value * sign;
        let mut precision = 0.0;
        let mut scale = 1.0;
        // scale abbreviations: "$3.2bn", "10k", "1.5m people"
        if let Some((s, e)) = self.scale_after(end, money) {
            scale = s;
            value = scaled(&p, s) * sign;
            precision = 0.5 * 10f64.powi(-(p.decimals as i32)) * s;
            end = e;
        }
        CoreResult::Found(Core {
            start,
            end,
            value,
            precision,
            kind,
            vague: None,
            approx: false,
            scale,
            digits: true,
        })
    }

    /// Can number words extend the digits ending before `end` ("2.4
    /// million", "2 and a half", "1 in 5", "2 dozens", "1 point 1")?
    fn words_may_follow(&self, end: usize) -> bool {
        let w = &self.lx.w;
        let id = self.ids.get(end).copied().unwrap_or(0);
        let e = self.lx.get(id);
        self.kind(end) == Some(TokenKind::Word)
            && (e.scale.is_some()
                || e.fraction.is_some()
                || e.plural_ordinal.is_some()
                || e.flags & flag::DOZEN != 0
                || [w.and, w.point, w.in_, w.out, w.over].contains(&id))
    }

    /// A scale word or abbreviation after a number ending at `end`.
    fn scale_after(&self, end: usize, money: bool) -> Option<(f64, usize)> {
        let e = self.lx.get(self.ids.get(end).copied().unwrap_or(0));
        if self.kind(end) != Some(TokenKind::Word) {
            return None;
        }
        if let Some(s) = e.scale {
            // "thousands of people" is vague, not a scale
            if self.text(end).ends_with('s') && self.is_w(end + 1, self.lx.w.of) {
                return None;
            }
            let mut total = s as f64;
            let mut j = end + 1;
            // "two hundred thousand"
            if s == 100
                && let Some(s2) = self.lx.get(self.ids.get(j).copied().unwrap_or(0)).scale
                && s2 > 100
            {
                total *= s2 as f64;
                j += 1;
            }
            return Some((total, j));
        }
        if let Some(s) = e.scale_abbrev {
            let w = self.text(end);
            let glued = self.adjacent(end);
            if w.len() == 1 {
                // a spaced "M" is a million after money, before a plural,
                // or after a decimal or grouped figure that counts nothing
                // ("$5 M deal", "5 M people", "1,674,200.5 M")
                if !glued {
                    let written = end.checked_sub(1).and_then(|p| parse_digits(self.text(p)));
                    let long = written.is_some_and(|d| d.decimals > 0 || d.grouped);
                    let spaced_m = w == "M"
                        && (money
                            || self.plural_noun_at(end + 1)
                            || long && self.nothing_counted(end + 1));
                    return spaced_m.then_some((s as f64, end + 1));
                }
                // "10k"; "1.5m people" (but "5m" is five metres); "1.2M",
                // "10M." (capital M is never metres); "$3b"
                let ok = match w {
                    "k" | "K" => true,
                    "m" => money || self.plural_noun_at(end + 1),
                    "M" => money || self.plural_noun_at(end + 1) || self.nothing_counted(end + 1),
                    // "1.2b"; "5B" may be a name
                    "b" | "B" => {
                        money
                            || end.checked_sub(1).is_some_and(|p| {
                                parse_digits(self.text(p)).is_some_and(|d| d.decimals > 0)
                            })
                    }
                    _ => false,
                };
                return ok.then_some((s as f64, end + 1));
            }
            // "1MM" is a million, "1mm" a millimetre
            if w == "mm" {
                return None;
            }
            if !glued
                && !money
                && !self.plural_noun_at(end + 1)
                && !self.is_any(end, &["bn", "mn", "mln", "bln", "tn", "trn", "lkh", "lkhs"])
            {
                return None;
            }
            return Some((s as f64, end + 1));
        }
        None
    }

    /// Nothing a figure could count follows token `i - 1`: the end of the
    /// text or punctuation.
    fn nothing_counted(&self, i: usize) -> bool {
        matches!(self.kind(i), None | Some(TokenKind::Punct))
    }

    /// A lower-case plural or people noun: "1.5m people", "2m barrels".
    fn plural_noun_at(&self, i: usize) -> bool {
        if self.kind(i) != Some(TokenKind::Word) || self.cap(i) {
            return false;
        }
        let t = self.text(i);
        self.lx.nouns.longest(self.window(i, 1)).is_some()
            || t.len() > 3
                && t.ends_with('s')
                && self.flags(i) & (flag::PREP | flag::AUX | flag::DET | flag::PRON | flag::CLAUSE)
                    == 0
    }

    /// "Resolution 2803", "Article 5", "No. 10".
    fn after_identifier_noun(&self, k: usize) -> bool {
        let Some(mut p) = k.checked_sub(1) else { return false };
        if self.text(p) == "." && self.adjacent(p) && p > 0 {
            p -= 1;
        }
        if self.flags(p) & flag::IDENTIFIER_NOUN == 0 {
            return false;
        }
        const STRONG: &[&str] = &[
            "resolution",
            "article",
            "flight",
            "chapter",
            "section",
            "paragraph",
            "clause",
            "route",
            "no",
            "nos",
            "room",
            "gate",
            "terminal",
            "platform",
            "covid",
        ];
        self.cap(p) || self.is_any(p, STRONG)
    }

    fn next_to_month(&self, k: usize) -> bool {
        if let Some(p) = k.checked_sub(1) {
            if self.month_at(p) {
                return true;
            }
            if self.text(p) == "." && p > 0 && self.month_at(p - 1) && self.adjacent(p) {
                return true;
            }
        }
        let mut j = k + 1;
        if self.adjacent(j) && self.is_any(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        }
        if self.is_w(j, self.lx.w.of) {
            j += 1;
        }
        self.month_at(j)
    }

    /// Is the year-shaped integer at `k` (ending before `end`) a year?
    fn reads_as_year(&self, k: usize, end: usize) -> bool {
        // a unit, percent, currency or scale after it: a quantity
        if self.suffix(end, None, false).is_some() || self.scale_after(end, false).is_some() {
            return false;
        }
        if year_word_before(self.doc, k) {
            return true;
        }
        // followed by a lower-case noun: "2000 people" is a count
        let next_noun = counted_noun_follows(self.doc, end);
        if next_noun {
            return false;
        }
        (1900.0..=2100.0).contains(&parse_digits(self.text(k)).map_or(0.0, |p| p.value))
    }
}

enum RangePartner {
    Range(Core),
    Score(usize),
    None,
}

/// A word before token `k` that makes a four-digit number a year ("in
/// 2024", "the 2024 election").
pub(crate) fn year_word_before(doc: &Document<'_>, k: usize) -> bool {
    k.checked_sub(1).is_some_and(|p| doc.has_flag(p, flag::YEAR_BEFORE))
}

/// A lower-case noun at `end` that a figure counts ("2000 people"): a
/// lower-case word that is no grammar word and no past form.
pub(crate) fn counted_noun_follows(doc: &Document<'_>, end: usize) -> bool {
    doc.kind(end) == Some(TokenKind::Word)
        && !doc.tok(end).is_some_and(|t| t.cap)
        && !doc.has_flag(end, flag::FUNCTION)
        && !doc.tok_text(end).ends_with("ed")
}

/// Half the place value of the last non-zero digit of a round integer:
/// "about 40" is rounded to tens (±5), "some 600" to hundreds (±50);
/// 0 for figures that are not round integers of two digits or more.
pub(crate) fn implied_rounding(v: f64) -> f64 {
    if v.fract() != 0.0 || v.abs() < 10.0 || v.abs() > 1e15 {
        return 0.0;
    }
    // an integer below 1e15: exact as u64
    let mut x = v.abs() as u64;
    let mut unit = 1.0;
    while x >= 10 && x.is_multiple_of(10) {
        x /= 10;
        unit *= 10.0;
    }
    if unit == 1.0 { 0.0 } else { unit / 2.0 }
}

fn qualifier_of(m: Modifier) -> Qualifier {
    match m {
        Modifier::Approx => Qualifier::Approximate,
        Modifier::Below => Qualifier::Nearly,
        Modifier::MoreThan => Qualifier::MoreThan,
        Modifier::AtLeast => Qualifier::AtLeast,
        Modifier::LessThan => Qualifier::LessThan,
        Modifier::AtMost => Qualifier::AtMost,
    }
}

/// The exact value of digits times a scale ("16.4" × 1e6 is 16400000,
/// not 16399999.999999998).
fn scaled(p: &Digits, s: f64) -> f64 {
    let exp = p.exponent.saturating_sub(i32::try_from(p.decimals).unwrap_or(i32::MAX));
    let ms = p.mantissa as f64 * s;
    if ms >= 9.0e15 || exp.unsigned_abs() > 22 {
        return p.value * s;
    }
    let pow = 10f64.powi(exp.abs());
    if exp >= 0 { ms * pow } else { ms / pow }
}

/// A parsed digit token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Digits {
    pub(crate) value: f64,
    pub(crate) decimals: u32,
    pub(crate) grouped: bool,
    pub(crate) int_digits: usize,
    /// All digits as one integer: `value = mantissa / 10^decimals ×
    /// 10^exponent`, exactly.
    pub(crate) mantissa: i128,
    /// The power of ten written after `e` ("1.5e6"); 0 when none.
    pub(crate) exponent: i32,
    /// A vulgar fraction after the digits ("10½"), or alone ("⅔"), as
    /// (numerator, denominator).
    pub(crate) vulgar: Option<(u8, u8)>,
}

/// Parses a number token ("47,518", "2.4", "٤٧", "47 518", ".77",
/// "1.5e6", "10½") without allocating.
pub(crate) fn parse_digits(s: &str) -> Option<Digits> {
    let mut decimals = 0u32;
    let mut int_digits = 0usize;
    let mut grouped = false;
    let mut in_fraction = false;
    let mut mantissa: i128 = 0;
    let mut exponent = 0i32;
    let mut vulgar = None;
    for (at, c) in s.char_indices() {
        if let Some(f) = vulgar_fraction(c) {
            vulgar = Some(f);
            break;
        }
        if let Some(d) = digit_value(c) {
            mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(d))?;
            if in_fraction {
                decimals += 1;
            } else {
                int_digits += 1;
            }
        } else if c == '.' || c == '\u{066B}' {
            if in_fraction {
                return None;
            }
            in_fraction = true;
        } else if c == 'e' || c == 'E' {
            exponent = s.get(at + 1..)?.parse().ok()?;
            if exponent.unsigned_abs() > 30 {
                return None;
            }
            break;
        } else {
            grouped = true;
        }
    }
    if int_digits + decimals as usize == 0 && vulgar.is_none() {
        return None;
    }
    // mantissa × 10^(exponent − decimals), exact where the parts are
    let exp10 = exponent.checked_sub(i32::try_from(decimals).ok()?)?;
    // (a u64 converts to f64 in one instruction, an i128 in a call)
    let m = u64::try_from(mantissa).map_or_else(|_| mantissa as f64, |v| v as f64);
    let mut value = if mantissa < (1 << 53) && exp10.unsigned_abs() <= 22 {
        let p = 10f64.powi(exp10.abs());
        if exp10 >= 0 { m * p } else { m / p }
    } else {
        m * 10f64.powi(exp10)
    };
    if let Some((n, d)) = vulgar {
        value += f64::from(n) / f64::from(d);
    }
    value.is_finite().then_some(Digits {
        value,
        decimals,
        grouped,
        int_digits,
        mantissa,
        exponent,
        vulgar,
    })
}
