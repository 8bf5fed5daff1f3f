//! Spelled-out numbers: "forty-seven thousand five hundred and eighteen",
//! "a dozen", "two-thirds", "twenty-first", "one in five", "dozens",
//! "two point five million", "one and a half", "a quarter of a million".
//!
//! Numbers are read by one accumulator over tokens: units, teens and tens
//! add; "hundred" multiplies the current group; larger scales close a
//! group; a scale right after a larger-or-equal group multiplies the whole
//! ("three thousand millions", "three lakh crore"). Values are kept as
//! exact fractions ([`Rat`]) until the end, so "2.4 million" is exactly
//! 2400000 and "one hundred and three and two thirds" is 311/3.
//!
//! Digits may take part: "4 thousand 3 hundred and 21", "3 hundred and
//! one", "6 crore and two hundred" (a digit group after a scale word must
//! be followed by a smaller scale or come after "and").

use crate::lexicon::{Entry, LexId, Lexicon, flag};
use crate::number::NumberKind;
use crate::number::scan::{Digits, parse_digits};
use crate::text::{Document, TokenKind};

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct WordNumber {
    pub(crate) value: f64,
    /// Exclusive token end.
    pub(crate) end: usize,
    pub(crate) kind: NumberKind,
    /// Vague multitude interval ("dozens", "several hundred").
    pub(crate) vague: Option<(f64, f64)>,
    /// "a couple of": an approximate figure.
    pub(crate) approx: bool,
    /// The scale word that ended the number (1 when none): "two million" is
    /// 1e6. Used to share a scale across a range ("10 to 20 million").
    pub(crate) scale: f64,
    /// Half-width of the rounding the writing implies: "two point five
    /// million" is rounded to the last spoken decimal (50000); 0 else.
    pub(crate) precision: f64,
}

/// An exact fraction `n / d` with `d > 0`, for word arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rat {
    n: i128,
    d: i128,
}

impl Rat {
    pub(crate) const ZERO: Rat = Rat { n: 0, d: 1 };
    pub(crate) const ONE: Rat = Rat { n: 1, d: 1 };

    pub(crate) fn int(v: u64) -> Rat {
        Rat { n: i128::from(v), d: 1 }
    }

    /// `n / d`, reduced; `None` for a zero denominator.
    pub(crate) fn new(n: i128, d: i128) -> Option<Rat> {
        if d == 0 {
            return None;
        }
        let g = gcd(n.unsigned_abs(), d.unsigned_abs()).max(1);
        let g = i128::try_from(g).ok()?;
        let sign = if d < 0 { -1 } else { 1 };
        Some(Rat { n: sign * (n / g), d: sign * (d / g) })
    }

    pub(crate) fn add(self, o: Rat) -> Option<Rat> {
        if self.d == 1 && o.d == 1 {
            return Some(Rat { n: self.n.checked_add(o.n)?, d: 1 });
        }
        let n = self.n.checked_mul(o.d)?.checked_add(o.n.checked_mul(self.d)?)?;
        Rat::new(n, self.d.checked_mul(o.d)?)
    }

    pub(crate) fn sub(self, o: Rat) -> Option<Rat> {
        self.add(Rat { n: o.n.checked_neg()?, d: o.d })
    }

    pub(crate) fn mul(self, o: Rat) -> Option<Rat> {
        if self.d == 1 && o.d == 1 {
            return Some(Rat { n: self.n.checked_mul(o.n)?, d: 1 });
        }
        Rat::new(self.n.checked_mul(o.n)?, self.d.checked_mul(o.d)?)
    }

    pub(crate) fn div(self, o: Rat) -> Option<Rat> {
        Rat::new(self.n.checked_mul(o.d)?, self.d.checked_mul(o.n)?)
    }

    pub(crate) fn is_zero(self) -> bool {
        self.n == 0
    }

    pub(crate) fn is_int(self) -> bool {
        self.d == 1
    }

    /// The nearest `f64` (exact when numerator and denominator are).
    pub(crate) fn to_f64(self) -> f64 {
        let f = |v: i128| i64::try_from(v).map_or_else(|_| v as f64, |v| v as f64);
        if self.d == 1 { f(self.n) } else { f(self.n) / f(self.d) }
    }
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
    Digits,
}

/// How a phrase is read: as a number, or as the denominator of a
/// compound fraction, where a final plural ordinal adds ("twenty fifths"
/// is the denominator 25).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Number,
    Denominator,
}

/// What the accumulator read.
#[derive(Clone, Copy, Debug)]
struct Acc {
    value: Rat,
    end: usize,
    kind: NumberKind,
    /// The scale word that ended the number.
    scale: u64,
    /// Decimals spoken or written before a scale ("two point five
    /// million", "2.5 million").
    decimals: u32,
    /// Written with digits or spoken decimals and scaled: rounded to
    /// the last digit ("2.4 million" is ±50000).
    rounded: bool,
    /// A plural ordinal ended a denominator ("fifths").
    plural: bool,
    /// Words read (not counting an implicit "a").
    words: usize,
}

/// Token access for the readers.
pub(crate) struct Reader<'a, 't> {
    pub(crate) doc: &'a Document<'t>,
    pub(crate) lx: &'a Lexicon,
    pub(crate) ids: &'a [LexId],
}

impl Reader<'_, '_> {
    fn id(&self, k: usize) -> LexId {
        self.ids.get(k).copied().unwrap_or(0)
    }

    fn e(&self, k: usize) -> &Entry {
        self.lx.get(self.id(k))
    }

    fn word(&self, k: usize) -> bool {
        self.doc.kind(k) == Some(TokenKind::Word)
    }

    fn number(&self, k: usize) -> bool {
        self.doc.kind(k) == Some(TokenKind::Number)
    }

    /// A hyphen or dash joining two number words ("forty-seven", "fifty -
    /// two", "thirty—first").
    fn joiner(&self, k: usize) -> bool {
        matches!(self.doc.tok_text(k), "-" | "–" | "—" | "‐")
    }

    fn is(&self, k: usize, id: LexId) -> bool {
        id != 0 && self.id(k) == id
    }

    /// A scale word at `k` ("million"); plural scales ("millions") only
    /// when no "of" follows ("thousands of people" is vague).
    fn scale(&self, k: usize) -> Option<u64> {
        let e = self.e(k);
        // written abbreviations after number words: "three cr", "two bn"
        let abbrev = || {
            e.scale_abbrev.filter(|_| {
                let t = self.doc.tok_text(k);
                t.len() > 1 && !t.eq_ignore_ascii_case("mm") && !t.eq_ignore_ascii_case("mil")
            })
        };
        let s = e.scale.or_else(abbrev)?;
        if self.doc.tok_text(k).ends_with('s') && self.is(k + 1, self.lx.w.of) {
            return None;
        }
        self.word(k).then_some(s)
    }

    fn digits(&self, k: usize) -> Option<Digits> {
        if !self.number(k) {
            return None;
        }
        parse_digits(self.doc.tok_text(k))
    }

    /// A cardinal word at `k` (not a digit token).
    fn cardinal(&self, k: usize) -> Option<u64> {
        if self.word(k) { self.e(k).cardinal } else { None }
    }
}

/// Reads a spelled-out number starting at word token `j`.
pub(crate) fn parse(
    doc: &Document<'_>,
    lx: &Lexicon,
    ids: &[LexId],
    j: usize,
) -> Option<WordNumber> {
    let r = Reader { doc, lx, ids };
    if !r.word(j) {
        return None;
    }
    let w = &lx.w;
    // vague multitudes: "dozens", "tens of thousands"
    let window =
        |from: usize, len: usize| ids.get(from..(from + len).min(ids.len())).unwrap_or(&[]);
    if let Some(((lo, hi), len)) = lx.vague.longest(window(j, 4)) {
        return Some(WordNumber {
            value: lo,
            end: j + len,
            kind: NumberKind::Cardinal,
            vague: Some((lo, hi)),
            approx: false,
            scale: 1.0,
            precision: 0.0,
        });
    }
    // "several hundred", "a few thousand"
    let a = r.is(j, w.a) || r.is(j, w.an);
    if r.is(j, w.several) || r.is(j, w.few) || a && r.is(j + 1, w.few) {
        let k = if a { j + 2 } else { j + 1 };
        if let Some(s) = r.scale(k) {
            let s = s as f64;
            let (lo, hi) = if r.is(j, w.several) { (3.0 * s, 9.0 * s) } else { (2.0 * s, 5.0 * s) };
            return Some(WordNumber {
                value: lo,
                end: k + 1,
                kind: NumberKind::Cardinal,
                vague: Some((lo, hi)),
                approx: false,
                scale: 1.0,
                precision: 0.0,
            });
        }
        return None;
    }
    // "a couple of", "a pair of": two, roughly
    if a && (r.is(j + 1, w.couple) || r.is(j + 1, w.pair))
        && (r.is(j + 2, w.of) || matches!(doc.kind(j + 2), None | Some(TokenKind::Punct)))
    {
        return Some(WordNumber {
            value: 2.0,
            end: j + 2,
            kind: NumberKind::Cardinal,
            vague: None,
            approx: r.is(j + 1, w.couple),
            scale: 1.0,
            precision: 0.0,
        });
    }
    // "half", "a half", "one half", "half a million", "half million"
    let half_at = if r.is(j, w.half) {
        Some(j)
    } else if (a || r.is(j, w.one)) && r.is(j + 1, w.half) {
        Some(j + 1)
    } else {
        None
    };
    if let Some(h) = half_at {
        let half = Rat::new(1, 2)?;
        if let Some(n) = fraction_of_scale(&r, half, h + 1) {
            return Some(n);
        }
        if (r.is(h + 1, w.a) || r.is(h + 1, w.an)) && r.doc.has_flag(h + 2, flag::DOZEN) {
            return Some(cardinal(6.0, h + 3, 1.0));
        }
        if r.is(h + 1, w.a) || r.is(h + 1, w.an) {
            // "half an hour", "half a mile": not a number alone
            return None;
        }
        return Some(fraction(half, h + 1));
    }
    // "quarter million", "quarter of a million"
    if r.is(j, w.quarter) {
        return fraction_of_scale(&r, Rat::new(1, 4)?, j + 1);
    }
    // "a"/"an": "a hundred", "a dozen", "a third", "a twenty-first"
    if a {
        let e = r.e(j + 1);
        if r.scale(j + 1).is_some() || r.doc.has_flag(j + 1, flag::DOZEN) {
            let n = accumulate(&r, j + 1, true, Mode::Number)?;
            return Some(finish(&r, n));
        }
        // "a quarter", "a third of", "a quarter million", "a hundredth"
        let den = match (e.fraction, e.ordinal) {
            (Some(d), None) => Some((d, j + 2)),
            (Some(d), Some(_)) if r.is(j + 2, w.of) || ends_phrase(&r, j + 2) => Some((d, j + 2)),
            _ => None,
        };
        if let Some((den, end)) = den {
            let f = Rat::new(1, i128::from(den))?;
            if let Some(n) = fraction_of_scale(&r, f, end) {
                return Some(n);
            }
            return Some(fraction(f, end));
        }
        // "a twenty-first": one part in twenty-one
        if let Some(d) = accumulate(&r, j + 1, false, Mode::Denominator)
            && d.kind == NumberKind::Ordinal
            && !d.plural
            && d.words > 1
            && ends_phrase(&r, d.end)
        {
            return Some(fraction(Rat::ONE.div(d.value)?, d.end));
        }
        return None;
    }
    // "hundred thousand": a bare hundred before a larger scale
    if r.scale(j) == Some(100) && r.scale(j + 1).is_some_and(|s| s > 100) {
        let n = accumulate(&r, j, true, Mode::Number)?;
        return Some(finish(&r, n));
    }
    let n = accumulate(&r, j, false, Mode::Number)?;
    Some(finish(&r, n))
}

/// Extends a figure that starts with the digit token `j` by number words:
/// "4 thousand 3 hundred and 21", "2.5 million", "3 million and a
/// quarter", "2 dozens", "1 point 1". `None` when no word extends it.
pub(crate) fn from_digits(
    doc: &Document<'_>,
    lx: &Lexicon,
    ids: &[LexId],
    j: usize,
) -> Option<WordNumber> {
    let r = Reader { doc, lx, ids };
    let n = accumulate(&r, j, false, Mode::Number)?;
    let w = finish(&r, n);
    (w.end > j + 1).then_some(w)
}

/// After a number: fraction tails, compound denominators, fractions of a
/// scale and "one in five" / "one over three".
fn finish(r: &Reader<'_, '_>, n: Acc) -> WordNumber {
    let w = &r.lx.w;
    let mut n = n;
    if n.kind == NumberKind::Cardinal {
        // "one and a half", "twenty and three fifths", "a million and a
        // half", "one billion and three quarters million"
        if r.is(n.end, w.and)
            && let Some((f, end)) = fraction_phrase(r, n.end + 1)
        {
            let scaled = if let Some(s) = r.scale(end) {
                if n.scale == 1 {
                    n.value.add(f).and_then(|v| v.mul(Rat::int(s))).map(|v| (v, end + 1, s))
                } else {
                    f.mul(Rat::int(s)).and_then(|x| n.value.add(x)).map(|v| (v, end + 1, s))
                }
            } else {
                f.mul(Rat::int(n.scale)).and_then(|x| n.value.add(x)).map(|v| (v, end, n.scale))
            };
            if let Some((v, e, s)) = scaled {
                n.value = v;
                n.end = e;
                n.scale = s;
            }
        }
        // "one twenty-fifth", "three twenty-firsts": a compound denominator
        else if n.scale == 1
            && n.decimals == 0
            && n.value.is_int()
            && !n.value.is_zero()
            && let Some(d) = accumulate(r, n.end, false, Mode::Denominator)
            && d.kind == NumberKind::Ordinal
            && d.words > 1
            && d.plural == (n.value != Rat::ONE)
            && let Some(v) = n.value.div(d.value)
        {
            n = Acc { value: v, end: d.end, kind: NumberKind::Fraction, ..n };
        }
    }
    if n.kind == NumberKind::Fraction
        && let Some(m) = fraction_of_scale(r, n.value, n.end)
    {
        return m;
    }
    if n.kind == NumberKind::Cardinal
        && n.scale == 1
        && n.decimals == 0
        && n.value.is_int()
        && let Some(f) = one_in(r, n.value, n.end)
    {
        return f;
    }
    let s = n.scale as f64;
    WordNumber {
        value: n.value.to_f64(),
        end: n.end,
        kind: n.kind,
        vague: None,
        approx: false,
        scale: s,
        precision: if n.rounded { 0.5 * 10f64.powi(-(n.decimals as i32)) * s } else { 0.0 },
    }
}

/// "one in five", "nine out of ten", "one in every three", "one over
/// three", "2000 over 3".
fn one_in(r: &Reader<'_, '_>, num: Rat, at: usize) -> Option<WordNumber> {
    let w = &r.lx.w;
    let over = r.is(at, w.over);
    let mut k = if r.is(at, w.in_) || over {
        at + 1
    } else if r.is(at, w.out) && r.is(at + 1, w.of) {
        at + 2
    } else {
        return None;
    };
    if !over && r.is(k, w.every) {
        k += 1;
    }
    let d = if let Some(p) = r.digits(k) {
        if p.decimals != 0 || p.int_digits == 4 && !p.grouped {
            return None;
        }
        Acc {
            value: Rat::int(p.value as u64),
            end: k + 1,
            kind: NumberKind::Cardinal,
            scale: 1,
            decimals: 0,
            rounded: false,
            plural: false,
            words: 1,
        }
    } else {
        accumulate(r, k, false, Mode::Number)?
    };
    if d.kind != NumberKind::Cardinal || d.value.is_zero() || !d.value.is_int() {
        return None;
    }
    if over {
        // "one over three" is a ratio only when nothing is counted after it
        // ("over 3 years" is a span)
        if !ends_phrase(r, d.end) {
            return None;
        }
    } else if d.value.to_f64() <= num.to_f64() || num.to_f64() < 1.0 {
        return None;
    }
    let v = num.div(d.value)?;
    Some(fraction(v, d.end))
}

/// A fraction after "and": "a half", "a quarter", "three fifths", "one
/// fourth", "fifty-four hundredths", "a thirtieth".
fn fraction_phrase(r: &Reader<'_, '_>, k: usize) -> Option<(Rat, usize)> {
    let w = &r.lx.w;
    if r.is(k, w.a) || r.is(k, w.an) {
        let e = r.e(k + 1);
        let den = e.fraction.or(e.ordinal.filter(|&o| o > 2))?;
        return Some((Rat::new(1, i128::from(den))?, k + 2));
    }
    let n = accumulate(r, k, false, Mode::Number)?;
    (n.kind == NumberKind::Fraction).then_some((n.value, n.end))
}

/// A fraction of a scale: "half a million", "a quarter of a million",
/// "two thirds of a million", "three quarters billion". `at` is the
/// token after the fraction.
fn fraction_of_scale(r: &Reader<'_, '_>, f: Rat, at: usize) -> Option<WordNumber> {
    let w = &r.lx.w;
    let mut k = at;
    if r.is(k, w.of) {
        k += 1;
    }
    if r.is(k, w.a) || r.is(k, w.an) {
        k += 1;
    }
    let s = r.scale(k).filter(|&s| s >= 100)?;
    // "half millions" is not a figure
    if r.doc.tok_text(k).ends_with('s') {
        return None;
    }
    let v = f.mul(Rat::int(s))?;
    Some(WordNumber {
        value: v.to_f64(),
        end: k + 1,
        kind: NumberKind::Cardinal,
        vague: None,
        approx: false,
        scale: s as f64,
        precision: 0.0,
    })
}

/// Nothing that the figure could count follows: end of text,
/// punctuation, or a grammar word.
fn ends_phrase(r: &Reader<'_, '_>, k: usize) -> bool {
    match r.doc.kind(k) {
        None | Some(TokenKind::Punct) => true,
        Some(TokenKind::Word) => r.doc.has_flag(k, flag::FUNCTION) && !r.is(k, r.lx.w.of),
        _ => false,
    }
}

fn cardinal(value: f64, end: usize, scale: f64) -> WordNumber {
    WordNumber {
        value,
        end,
        kind: NumberKind::Cardinal,
        vague: None,
        approx: false,
        scale,
        precision: 0.0,
    }
}

fn fraction(value: Rat, end: usize) -> WordNumber {
    WordNumber {
        value: value.to_f64(),
        end,
        kind: NumberKind::Fraction,
        vague: None,
        approx: false,
        scale: 1.0,
        precision: 0.0,
    }
}

/// The accumulator. `implicit_one`: an "a" was read before `j` ("a
/// hundred"). Returns `None` when no number starts at `j`.
fn accumulate(r: &Reader<'_, '_>, j: usize, implicit_one: bool, mode: Mode) -> Option<Acc> {
    let w = &r.lx.w;
    let mut total = Rat::ZERO;
    let mut current = Rat::ZERO;
    // the part of `current` written since the last hundred/scale/and: what
    // a fraction word or "dozen" applies to
    let mut group_start = Rat::ZERO;
    // the value before "and" and the scale the tail counts in ("six
    // million and two thirds" is in millions)
    let mut and_base: Option<(Rat, u64)> = None;
    let mut k = j;
    let mut last = Last::None;
    let mut any = implicit_one;
    let mut last_scale: u64 = u64::MAX;
    let mut end = j;
    let mut end_scale: u64 = 1;
    let mut decimals = 0u32;
    let mut words = 0usize;
    let mut frac_digits = false;
    let rounded = r.number(j);
    let done = |value: Rat, end: usize, scale: u64, words: usize| Acc {
        value,
        end,
        kind: NumberKind::Cardinal,
        scale,
        decimals: 0,
        rounded: false,
        plural: false,
        words,
    };
    loop {
        let word = r.word(k);
        let e = r.e(k);
        // a digit group: first, or after a scale before a smaller scale
        // ("4 thousand 3 hundred"), or after "and" ("3 hundred and 21")
        if r.number(k) {
            let Some(d) = r.digits(k) else { break };
            if last == Last::None && !implicit_one && mode == Mode::Number {
                current = digits_rat(&d)?;
                frac_digits = d.decimals > 0 || d.grouped;
                decimals = d.decimals;
            } else {
                let small = d.decimals == 0 && !d.grouped && d.value >= 1.0 && d.value < 1000.0;
                let next_scale = r.scale(k + 1).is_some_and(|s| s < last_scale);
                let ok = small
                    && match last {
                        Last::And => true,
                        Last::Scale => next_scale,
                        _ => false,
                    };
                if !ok {
                    break;
                }
                group_start = current;
                current = current.add(Rat::int(d.value as u64))?;
            }
            last = Last::Digits;
            any = true;
            k += 1;
            end = k;
            end_scale = 1;
            continue;
        }
        if word && let Some(c) = e.cardinal {
            let ok = match c {
                0..=9 => matches!(
                    last,
                    Last::None | Last::Tens | Last::Hundred | Last::Scale | Last::And
                ),
                _ => matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And),
            };
            if !ok || (c == 0 && last != Last::None) {
                break;
            }
            if last != Last::Tens {
                group_start = current;
            }
            current = current.add(Rat::int(c))?;
            last = match c {
                0..=9 => Last::Unit,
                10..=19 => Last::Teen,
                _ => Last::Tens,
            };
            any = true;
            words += 1;
            k += 1;
            end = k;
            end_scale = 1;
            // "two-thirds", "one - fourth", "five-eighths"
            if r.joiner(k) && !r.joiner(k + 1) {
                let nx = r.e(k + 1);
                let fraction_next = r.word(k + 1)
                    && (nx.fraction.is_some() || nx.plural_ordinal.is_some())
                    && last != Last::Tens;
                // "forty-seven", "fifty - two", "thirty—first"
                let unit_next = last == Last::Tens
                    && r.word(k + 1)
                    && (nx.cardinal.is_some_and(|v| (1..=9).contains(&v))
                        || nx.ordinal.is_some_and(|v| (1..=9).contains(&v))
                        || mode == Mode::Denominator
                            && nx.plural_ordinal.is_some_and(|v| (1..=9).contains(&v)));
                // "one hundred thirty-fifths": the hyphen binds the tens word
                // to a plural ordinal, which names the denominator (35)
                if last == Last::Tens
                    && mode == Mode::Number
                    && r.word(k + 1)
                    && nx.ordinal.is_none()
                    && let Some(o) = nx.plural_ordinal.filter(|v| (1..=9).contains(v))
                    && r.doc.adjacent(k)
                    && r.doc.adjacent(k + 1)
                {
                    let numerator = total.add(current)?.sub(Rat::int(c))?;
                    if !numerator.is_zero() && and_base.is_none() {
                        let v = numerator.div(Rat::int(c + o))?;
                        return Some(Acc {
                            kind: NumberKind::Fraction,
                            ..done(v, k + 2, 1, words + 2)
                        });
                    }
                }
                let glued = r.doc.adjacent(k) && r.doc.adjacent(k + 1);
                let spaced = !r.doc.adjacent(k) && !r.doc.adjacent(k + 1);
                if (fraction_next || unit_next) && (glued || spaced) {
                    k += 1;
                }
            }
            continue;
        }
        // "point": decimals spoken ("two point five", "point 77")
        if r.is(k, w.point)
            && mode == Mode::Number
            && !implicit_one
            && !frac_digits
            && matches!(
                last,
                Last::None | Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits
            )
            && let Some((frac, places, e2)) = spoken_decimals(r, k + 1)
        {
            current = current.add(frac)?;
            decimals = places;
            frac_digits = true;
            any = true;
            words += 1;
            k = e2;
            end = k;
            end_scale = 1;
            last = Last::Digits;
            continue;
        }
        let plural_ord = if word { e.plural_ordinal } else { None };
        let ordinal = if word { e.ordinal } else { None };
        if mode == Mode::Denominator
            && let Some(o) = ordinal.or(plural_ord)
        {
            // the last word of a denominator adds: "twenty fifths" is 25
            let fits = match o {
                1..=9 => matches!(
                    last,
                    Last::None | Last::Tens | Last::Hundred | Last::Scale | Last::And
                ),
                10..=99 => matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And),
                _ => true,
            };
            if !fits {
                break;
            }
            let v = if o >= 100 {
                total.add(current.max_one().mul(Rat::int(o))?)?
            } else {
                total.add(current)?.add(Rat::int(o))?
            };
            return Some(Acc {
                kind: NumberKind::Ordinal,
                plural: plural_ord.is_some() && ordinal.is_none(),
                ..done(v, k + 1, 1, words + 1)
            });
        }
        // a fraction word after a numerator: "two thirds", "one fifth",
        // "one hundred and three quarters", "fifty-four hundredths"
        let den = if word { e.fraction.or(plural_ord) } else { None };
        if let Some(den) = den
            && mode == Mode::Number
            && any
            && (!implicit_one || matches!(last, Last::Hundred | Last::Scale))
            && matches!(
                last,
                Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred | Last::Scale
            )
            && !frac_digits
            && let Some(acc) = fraction_word(r, k, den, (total, current, and_base), words)
        {
            return Some(acc);
        }
        if let Some(o) = ordinal {
            // a final ordinal word: "fifth", "twenty-first", "hundredth";
            // not right after a large scale ("$5 million first payment")
            let fits = match o {
                1..=9 => matches!(last, Last::None | Last::Tens | Last::Hundred | Last::And),
                10..=99 => matches!(last, Last::None | Last::Hundred | Last::And),
                _ => true,
            };
            if !fits || frac_digits {
                break;
            }
            let v = if o >= 100 {
                total.add(current.max_one().mul(Rat::int(o))?)?
            } else {
                total.add(current)?.add(Rat::int(o))?
            };
            return Some(Acc { kind: NumberKind::Ordinal, ..done(v, k + 1, 1, words + 1) });
        }
        if let Some(s) = r.scale(k) {
            if !any {
                break;
            }
            if s == 100 {
                // "322 hundred" is written; "three hundred hundred" is not
                if matches!(last, Last::Hundred)
                    || current.to_f64() >= 100.0 && !frac_digits && last != Last::Digits
                {
                    break;
                }
                current = current.max_one().mul(Rat::int(100))?;
                last = Last::Hundred;
            } else if last == Last::Scale && s > last_scale && last_scale >= 1000 {
                // "three thousand millions", "three lakh crore"
                total = total.mul(Rat::int(s))?;
                last_scale = s;
            } else {
                if s >= last_scale {
                    break;
                }
                total = total.add(current.max_one().mul(Rat::int(s))?)?;
                current = Rat::ZERO;
                last_scale = s;
                last = Last::Scale;
            }
            group_start = current;
            frac_digits = false;
            words += 1;
            k += 1;
            end = k;
            end_scale = s;
            // "five hundred-fifths"
            let nx = r.e(k + 1);
            if r.joiner(k)
                && r.doc.adjacent(k)
                && r.doc.adjacent(k + 1)
                && r.word(k + 1)
                && (nx.fraction.is_some() || nx.plural_ordinal.is_some())
            {
                k += 1;
            }
            continue;
        }
        if word && r.doc.has_flag(k, flag::DOZEN) {
            if !any || frac_digits {
                break;
            }
            // "two dozen", "three hundred and two dozens"
            let small = current.sub(group_start)?;
            current = if small.is_zero() {
                current.max_one().mul(Rat::int(12))?
            } else {
                group_start.add(small.mul(Rat::int(12))?)?
            };
            let v = total.add(current)?;
            return Some(done(v, k + 1, 12, words + 1));
        }
        if word && r.is(k, w.and) && matches!(last, Last::Hundred | Last::Scale) && !frac_digits {
            let nx = r.e(k + 1);
            // digits after "and" only after "hundred": "3 hundred and 21",
            // but "$2 million and 300 jobs" is two figures
            let digit_next = last == Last::Hundred
                && r.digits(k + 1).is_some_and(|d| {
                    d.decimals == 0 && !d.grouped && d.value >= 1.0 && d.value < 100.0
                });
            // "3 hundred and 2 hundred" is two figures
            let scale_after = r
                .scale(k + 2)
                .is_some_and(|s| s >= last_scale || last == Last::Hundred && s == 100);
            if (r.word(k + 1) && nx.cardinal.is_some_and(|v| v > 0)
                || r.word(k + 1) && nx.ordinal.is_some_and(|v| v < 100)
                || digit_next)
                && !scale_after
            {
                let mult = if last == Last::Scale { last_scale } else { 1 };
                and_base = Some((total.add(current)?, mult));
                last = Last::And;
                k += 1;
                continue;
            }
        }
        break;
    }
    if !any || end == j {
        return None;
    }
    let value = total.add(current)?;
    Some(Acc {
        decimals: if end_scale > 1 { decimals } else { 0 },
        rounded: end_scale > 1 && (rounded || decimals > 0),
        ..done(value, end, end_scale, words)
    })
}

/// A fraction word at `k` with denominator `den` after a numerator: the
/// whole number read so far is the numerator ("one hundred thirty two
/// fifths" is 132/5), unless an "and" starts a proper fraction ("one
/// hundred and three quarters" is 100¾, "six million and two thirds" is
/// 6⅔ million).
fn fraction_word(
    r: &Reader<'_, '_>,
    k: usize,
    den: u64,
    (total, current, and_base): (Rat, Rat, Option<(Rat, u64)>),
    words: usize,
) -> Option<Acc> {
    let w = &r.lx.w;
    let whole = total.add(current)?;
    let (base, tail, mult) = match and_base {
        Some((b, s)) if whole.sub(b)?.to_f64() < den as f64 => (b, whole.sub(b)?, s),
        _ => (Rat::ZERO, whole, 1),
    };
    // "one fifth", "one quarter" / "two fifths", "three quarters"
    let e = r.e(k);
    let singular = e.ordinal.is_some() || r.is(k, w.half) || r.is(k, w.quarter);
    if tail.is_zero() || (tail == Rat::ONE) != singular {
        return None;
    }
    let f = tail.div(Rat::int(den))?;
    let acc = |value, end, scale, words| Acc {
        value,
        end,
        kind: if base.is_zero() { NumberKind::Fraction } else { NumberKind::Cardinal },
        scale,
        decimals: 0,
        rounded: false,
        plural: false,
        words,
    };
    // "one billion and three quarters million"
    if let Some(s) = r.scale(k + 1).filter(|_| !base.is_zero()) {
        return Some(acc(base.add(f.mul(Rat::int(s))?)?, k + 2, s, words + 2));
    }
    Some(acc(base.add(f.mul(Rat::int(mult))?)?, k + 1, 1, words + 1))
}

impl Rat {
    fn max_one(self) -> Rat {
        if self.is_zero() { Rat::ONE } else { self }
    }
}

/// The exact value of a digit token: its digits over a power of ten.
fn digits_rat(d: &Digits) -> Option<Rat> {
    let v = Rat::new(d.mantissa, 10i128.checked_pow(d.decimals)?)?;
    let p = Rat::new(10i128.checked_pow(d.exponent.unsigned_abs())?, 1)?;
    let v = if d.exponent >= 0 { v.mul(p)? } else { v.div(p)? };
    match d.vulgar {
        Some((n, den)) => v.add(Rat::new(i128::from(n), i128::from(den))?),
        None => Some(v),
    }
}

/// Decimals after "point": digit words one by one ("point zero three"),
/// one tens or teen word ("point seventy-one", "nought point eleven"), or a
/// digit token ("1 point 1", "point 77"). The value, the number of
/// places and the end.
fn spoken_decimals(r: &Reader<'_, '_>, k: usize) -> Option<(Rat, u32, usize)> {
    let mut digits: Vec<u8> = Vec::new();
    let mut j = k;
    if let Some(d) = r.digits(j) {
        if d.decimals != 0 || d.grouped {
            return None;
        }
        digits.extend(r.doc.tok_text(j).bytes().filter(u8::is_ascii_digit).map(|b| b - b'0'));
        j += 1;
    } else {
        while let Some(c) = r.cardinal(j) {
            if c <= 9 && (digits.is_empty() || digits.len() < 12) {
                digits.push(c as u8);
                j += 1;
                continue;
            }
            if digits.is_empty() && (10..=99).contains(&c) {
                let mut v = c;
                j += 1;
                if c % 10 == 0
                    && r.joiner(j)
                    && let Some(u) = r.cardinal(j + 1).filter(|u| (1..=9).contains(u))
                {
                    v += u;
                    j += 2;
                }
                digits.push((v / 10) as u8);
                digits.push((v % 10) as u8);
            }
            break;
        }
    }
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let mut n: i128 = 0;
    for d in &digits {
        n = n.checked_mul(10)?.checked_add(i128::from(*d))?;
    }
    let places = u32::try_from(digits.len()).ok()?;
    Some((Rat::new(n, 10i128.checked_pow(places)?)?, places, j))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;

    fn read(text: &str) -> Option<(f64, NumberKind, String)> {
        let doc = Document::new(text);
        let lx = lexicon::english();
        let ids: Vec<LexId> = doc.tokens().iter().map(|t| t.lex).collect();
        let w = if doc.kind(0) == Some(TokenKind::Number) {
            from_digits(&doc, lx, &ids, 0)?
        } else {
            parse(&doc, lx, &ids, 0)?
        };
        let end = doc.tokens().get(w.end - 1)?.span.end;
        Some((w.value, w.kind, text[..end].to_owned()))
    }

    #[test]
    fn word_numbers_table() {
        use NumberKind::*;
        let cases: &[(&str, f64, NumberKind, &str)] = &[
            (
                "forty-seven thousand five hundred and eighteen people",
                47518.0,
                Cardinal,
                "forty-seven thousand five hundred and eighteen",
            ),
            ("one hundred and twenty", 120.0, Cardinal, "one hundred and twenty"),
            ("a hundred people", 100.0, Cardinal, "a hundred"),
            ("a dozen eggs", 12.0, Cardinal, "a dozen"),
            ("two dozen", 24.0, Cardinal, "two dozen"),
            ("three hundred and two dozens", 324.0, Cardinal, "three hundred and two dozens"),
            ("two million", 2e6, Cardinal, "two million"),
            ("three billions", 3e9, Cardinal, "three billions"),
            ("three thousand millions", 3e9, Cardinal, "three thousand millions"),
            ("three lakh crore", 3e12, Cardinal, "three lakh crore"),
            ("hundred thousand dollars", 1e5, Cardinal, "hundred thousand"),
            ("fifth visit", 5.0, Ordinal, "fifth"),
            ("twenty-first century", 21.0, Ordinal, "twenty-first"),
            ("twentyfifth", 25.0, Ordinal, "twentyfifth"),
            ("thirty—first", 31.0, Ordinal, "thirty—first"),
            ("fifty - two", 52.0, Cardinal, "fifty - two"),
            ("hundredth day", 100.0, Ordinal, "hundredth"),
            ("three trillionth", 3e12, Ordinal, "three trillionth"),
            ("a hundred trillionth", 1e14, Ordinal, "a hundred trillionth"),
            ("two-thirds of voters", 2.0 / 3.0, Fraction, "two-thirds"),
            ("one-eighth", 0.125, Fraction, "one-eighth"),
            ("one eighth", 0.125, Fraction, "one eighth"),
            ("five - eighths", 0.625, Fraction, "five - eighths"),
            ("three quarters", 0.75, Fraction, "three quarters"),
            ("a third of Gaza", 1.0 / 3.0, Fraction, "a third"),
            ("a hundredth", 0.01, Fraction, "a hundredth"),
            ("a twenty-first", 1.0 / 21.0, Fraction, "a twenty-first"),
            ("one twenty-fifth", 0.04, Fraction, "one twenty-fifth"),
            ("three twenty firsts", 3.0 / 21.0, Fraction, "three twenty firsts"),
            ("a hundred trillionths", 1e-10, Fraction, "a hundred trillionths"),
            ("half of Gaza", 0.5, Fraction, "half"),
            ("half a million", 5e5, Cardinal, "half a million"),
            ("half million", 5e5, Cardinal, "half million"),
            ("quarter million", 2.5e5, Cardinal, "quarter million"),
            ("a quarter of a million", 2.5e5, Cardinal, "a quarter of a million"),
            ("two thirds of a million", 2e6 / 3.0, Cardinal, "two thirds of a million"),
            ("three quarters billion", 7.5e8, Cardinal, "three quarters billion"),
            ("one in five adults", 0.2, Fraction, "one in five"),
            ("nine out of ten", 0.9, Fraction, "nine out of ten"),
            ("one over three", 1.0 / 3.0, Fraction, "one over three"),
            ("two and a half million", 2.5e6, Cardinal, "two and a half million"),
            ("one and a fourth", 1.25, Cardinal, "one and a fourth"),
            ("twenty and three fifths", 20.6, Cardinal, "twenty and three fifths"),
            ("one hundred and three quarters", 100.75, Cardinal, "one hundred and three quarters"),
            (
                "two hundred and fifty-four hundredths",
                200.54,
                Cardinal,
                "two hundred and fifty-four hundredths",
            ),
            ("six million and two thirds", 6e6 + 2e6 / 3.0, Cardinal, "six million and two thirds"),
            ("one million and a half", 1.5e6, Cardinal, "one million and a half"),
            (
                "one billion and three quarters million",
                1.00075e9,
                Cardinal,
                "one billion and three quarters million",
            ),
            ("two point two million", 2.2e6, Cardinal, "two point two million"),
            ("two hundred point zero three", 200.03, Cardinal, "two hundred point zero three"),
            ("nought point eleven", 0.11, Cardinal, "nought point eleven"),
            ("point 77", 0.77, Cardinal, "point 77"),
            ("zero", 0.0, Cardinal, "zero"),
            ("Four hostage-prisoner exchanges", 4.0, Cardinal, "Four"),
            ("a couple of days", 2.0, Cardinal, "a couple"),
            ("4 thousand 3 hundred and 21", 4321.0, Cardinal, "4 thousand 3 hundred and 21"),
            ("3 hundred and one", 301.0, Cardinal, "3 hundred and one"),
            ("6 crore and two hundred", 60000200.0, Cardinal, "6 crore and two hundred"),
            ("2.4 million", 2.4e6, Cardinal, "2.4 million"),
            ("16.4 million", 16.4e6, Cardinal, "16.4 million"),
            ("3 million and a quarter", 3.25e6, Cardinal, "3 million and a quarter"),
            ("2 dozens", 24.0, Cardinal, "2 dozens"),
            ("1 point 1", 1.1, Cardinal, "1 point 1"),
            ("a trillionth", 1e-12, Fraction, "a trillionth"),
            ("a hundred thousand trillionths", 1e-7, Fraction, "a hundred thousand trillionths"),
            ("three twenty-firsts", 3.0 / 21.0, Fraction, "three twenty-firsts"),
            ("one hundred thirty-fifths", 100.0 / 35.0, Fraction, "one hundred thirty-fifths"),
            ("twenty-three fifths", 4.6, Fraction, "twenty-three fifths"),
            ("322 hundred", 32200.0, Cardinal, "322 hundred"),
            ("three cr twelve lac", 3.12e7, Cardinal, "three cr twelve lac"),
        ];
        let mut bad = Vec::new();
        for (text, v, k, span) in cases {
            let got = read(text);
            let ok = got.as_ref().is_some_and(|g| {
                (g.0 - v).abs() <= 1e-9 * v.abs().max(1.0) && g.1 == *k && g.2 == *span
            });
            if !ok {
                bad.push(format!("{text:?}: got {got:?}, want ({v}, {k:?}, {span:?})"));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
        // exact, not merely close
        assert_eq!(read("16.4 million").map(|x| x.0), Some(16_400_000.0));
    }

    #[test]
    fn not_numbers() {
        for text in [
            "hundred",
            "a few",
            "the",
            "half an hour",
            "quarter",
            "a couple from Ohio",
            "2 millions of",
            "at one point",
        ] {
            let got = read(text);
            assert!(got.is_none(), "{text:?} gave {got:?}");
        }
        assert_eq!(read("one two").map(|x| x.2), Some("one".to_owned()));
        assert_eq!(read("one second").map(|x| x.2), Some("one".to_owned()));
        assert_eq!(read("2019 thousands of people").map(|x| x.2), None);
    }

    #[test]
    fn vague_table() {
        let doc = Document::new("tens of thousands of people");
        let ids: Vec<LexId> = doc.tokens().iter().map(|t| t.lex).collect();
        let w = parse(&doc, lexicon::english(), &ids, 0).unwrap();
        assert_eq!(w.vague, Some((20_000.0, 100_000.0)));
        assert_eq!(w.end, 3);
    }
}
