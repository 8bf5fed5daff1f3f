//! Stage 2: numbers. Finds every figure in a text and normalizes it to a
//! [`Quantity`]: a kind, a point value, an interval and the qualifier that
//! shaped the interval.
//!
//! # Accepted shapes
//!
//! | written | kind | value | interval | qualifier |
//! |---|---|---|---|---|
//! | `47,518`, `47 518` (NBSP/thin space), `40 000`, `12,34,567` (Indian), `1.5`, `.75`, `1e10` | cardinal | 47518 | [47518, 47518] | exact |
//! | `2.4 million`, `$3.2bn`, `10k`, `1.5m people`, `1.2M`, `$5 M`, `12 lakh`, `300 crore` | cardinal / money | 2400000 | [2350000, 2450000] (half the last written digit) | exact |
//! | `forty-seven thousand five hundred and eighteen`, `a hundred`, `a dozen`, `two point five million`, `4 thousand 3 hundred and 21`, `minus five`, `negative-5` | cardinal | 47518 | exact | exact |
//! | `one and a half`, `a quarter of a million`, `10 1/2`, `10½` | cardinal | 1.5 | exact | exact |
//! | `fifth`, `21st`, `twenty-first`, `twentyfirst`, `phase two` | ordinal | 5 | exact | exact |
//! | `half`, `two-thirds`, `1/3`, `2/1000`, `⅔`, `one in five`, `nine out of ten`, `one over three`, `a quarter of their value` | fraction | 0.5 | exact | exact |
//! | `40%`, `40 percent`, `40 per cent`, `61.8%` | percent | 40 | [39.5, 40.5] (a share is rounded to the digits written: half the last one; `forty percent` in words is exact) | exact |
//! | `3 percentage points` | percentage point | 3 | [2.5, 3.5] (as percents; `25 basis points` is exact) | exact |
//! | `$5`, `US$5`, `C$5`, `€5`, `5 €`, `£5`, `Rs20`, `5 dollars`, `USD 5`, `GBP3.01`, `30 MUSD`, `ringgit 42`, `LE 50`, `50 cents`, `10 Kuwaiti dinars`, `20 francs` | money (ISO 4217 code, or a generic name: `cent`, `franc`, `dinar`, `riyal`…) | 5 | exact | exact |
//! | `20 dollars 43 cents`, `a dollar`, `10 grand`, `two nickels`, `20 US cents`, `50p` | money | 20.43 | exact | exact |
//! | `10 km`, `5 tonnes`, `300 hectares`, `40°C`, `70 degrees F`, `2m barrels`, `a 3-inch gap`, `a litre`, `half a gallon`, `2 below zero`, `12C`, `40F`, `temperatures of 12 C` (a spaced C or F only after a word about temperature) | measure (unit symbol) | 10 | exact | exact |
//! | `5 feet 2 inches`, `2 km and 1 metre`, `2 yd 7'` | measure in the smallest unit ([`NumberMention::first_unit`] keeps the first) | 62 (`in`) | exact | exact |
//! | `29 years old`, `3 years of age`, `a 6-month-old` | measure (`year`, `month`, `week`, `day`) | 29 | exact | exact |
//! | `a 29-year-old`, `29-year-olds` (an age in years, as "Bekele, 29," gives it) | cardinal | 29 | exact | exact |
//! | `about 600`, `around`, `some`, `roughly`, `an estimated` | any | 600 | [600 − w, 600 + w] | approximate |
//! | `nearly 600`, `almost`, `close to` | any | 600 | [600 − w, 600] | nearly |
//! | `more than 400`, `over`, `above`, `upwards of` | any | 400 | (400, ∞) | more than |
//! | `at least 40`, `no fewer than`, `40 or more`, `47,000+` | any | 40 | [40, ∞) | at least |
//! | `fewer than 10`, `less than`, `under`, `below` | any | 10 | (−∞, 10) | less than |
//! | `up to 10`, `as many as`, `at most`, `no more than` | any | 10 | (−∞, 10] | at most |
//! | `between 10 and 20`, `10-20`, `10 - 20`, `10 to 20`, `from 10 to 20`, `3km-5km`, `about 3-5 km` | any | — | [10, 20] | range |
//! | `dozens`, `hundreds`, `thousands`, `tens of thousands` | cardinal | — | [24, 144), [200, 1000), [2000, 10000), [20000, 100000) | vague |
//!
//! The half-width `w` of an approximate figure is the larger of
//! `t × value`, with `t` the configured
//! [`NumberConfig::approx_tolerance`] (default 0.05), and the rounding the
//! figure's roundness implies: half the place value of its last non-zero
//! digit. So "about 43" is [40.85, 45.15], "about 40" is [35, 45] (a
//! reporter rounding 43 to tens still says "about 40"), "some 600" is
//! [550, 650], and "about 2.4 million" is [2.28M, 2.52M]. The rounding
//! used is reported as [`Quantity::precision`].
//!
//! Currency: a bare "$" or "dollar" is the dollar of
//! [`NumberConfig::home_currency`] when that is a dollar currency, else
//! US dollars; "grand" is a thousand of the home currency. "5 pounds" is a
//! weight unless a scale or "sterling" marks money ("£5", "5 million
//! pounds"). Names shared by several currencies stay generic ("francs",
//! "dinars"); qualified names resolve ("Swiss francs" is CHF).
//!
//! Open bounds are represented by `None`. A strict bound ("more than
//! 400") is stored like an inclusive one; the qualifier keeps the
//! difference.
//!
//! # Not quantities
//!
//! Left to the [`time`](crate::time) stage or ignored: years (`2024`, `the
//! 2024 election`), day numbers next to a month (`January 20`, `4
//! February`), decades (`1990s`), clock times (`10:30`, `3 p.m.`), numeric
//! dates (`4/2/2025`, `2025-02-04`), identifiers (`COVID-19`, `F-35`, `G7`,
//! `Resolution 2803`, `Article 5`, `No. 10`, `#3`), phone numbers, list
//! markers at the start of a line (`1.`, `2)`), sports scores (`2-1`),
//! version numbers and addresses (`2.3.1`, `192.168.1.2`),
//! sequences (`three-nought-four`), anything inside a web address. Vague
//! words ("a few", "several") and unit names without a figure are no
//! figures. The differences from the Duckling and Recognizers test suites
//! are listed in `docs/known-differences.md`.
//!
//! # Example
//!
//! ```
//! use crosscheck::number::{self, NumberKind, Qualifier};
//!
//! let q = number::parse("more than 400").unwrap();
//! assert_eq!(q.qualifier, Qualifier::MoreThan);
//! assert_eq!((q.low, q.high), (Some(400.0), None));
//!
//! let q = number::parse("$3.2bn").unwrap();
//! assert_eq!(q.kind, NumberKind::Money);
//! assert_eq!(q.unit.as_ref().map(|u| u.as_str()), Some("USD"));
//! assert_eq!(q.value, Some(3.2e9));
//!
//! let found = number::extract("Some 600 prisoners and 18 hostages were freed.");
//! let values: Vec<_> = found.iter().map(|m| m.quantity.value).collect();
//! assert_eq!(values, [Some(600.0), Some(18.0)]);
//! ```

pub(crate) mod scan;
pub(crate) mod words;

use core::fmt;
use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::span::Span;
use crate::text::Document;

/// What kind of figure a quantity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A count or plain number: `47,518`, `forty`, `2.4 million`.
    Cardinal,
    /// A position in a series: `fifth`, `21st`, `phase two`.
    Ordinal,
    /// A proportion in [0, 1]: `half`, `two-thirds`, `one in five`.
    Fraction,
    /// A percentage, value in percent: `40%` is 40.
    Percent,
    /// A difference of percentages: `3 percentage points`.
    PercentagePoint,
    /// An amount of money; the unit is the currency.
    Money,
    /// A physical quantity; the unit is its symbol (`km`, `t`, `C`).
    Measure,
    /// A length of time; the unit is the time unit (`day`, `year`).
    Duration,
}

impl NumberKind {
    /// The snake-case name used in JSON and in the conformance contract
    /// (`"cardinal"`, `"percent"` …).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Fraction => "fraction",
            NumberKind::Percent => "percent",
            NumberKind::PercentagePoint => "percentage_point",
            NumberKind::Money => "money",
            NumberKind::Measure => "measure",
            NumberKind::Duration => "duration",
        }
    }
}

/// How the written words shaped a figure's interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Qualifier {
    /// As written, up to its rounding precision.
    Exact,
    /// about, around, some, roughly, an estimated.
    Approximate,
    /// nearly, almost, close to: a little below the figure.
    Nearly,
    /// more than, over, above: strictly above.
    MoreThan,
    /// at least, no fewer than, or more: at or above.
    AtLeast,
    /// fewer than, less than, under: strictly below.
    LessThan,
    /// up to, as many as, at most: at or below.
    AtMost,
    /// between two figures.
    Range,
    /// dozens, hundreds, thousands: a documented conventional interval.
    Vague,
}

impl Qualifier {
    /// True for qualifiers that bound a figure on one side only.
    #[must_use]
    pub fn is_bound(self) -> bool {
        matches!(
            self,
            Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::LessThan | Qualifier::AtMost
        )
    }

    /// The snake-case name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::Nearly => "nearly",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// A unit: an ISO 4217 currency code (`USD`), `cent`, a unit symbol (`km`,
/// `t`, `C`), or a time unit (`day`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Unit(Cow<'static, str>);

impl Unit {
    /// A unit from its canonical name.
    #[must_use]
    pub fn new(name: impl Into<Cow<'static, str>>) -> Unit {
        Unit(name.into())
    }

    /// The canonical name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A normalized figure: kind, unit, point value, interval, qualifier and
/// rounding precision. See the [module docs](self) for the semantics.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// What kind of figure this is.
    pub kind: NumberKind,
    /// Currency, unit of measure or time unit, when the kind has one.
    pub unit: Option<Unit>,
    /// The figure as written ("more than 400" is 400); `None` for vague
    /// multitudes and ranges.
    pub value: Option<f64>,
    /// Lower end of the interval the figure allows; `None` is unbounded.
    pub low: Option<f64>,
    /// Upper end of the interval; `None` is unbounded.
    pub high: Option<f64>,
    /// How the words shaped the interval.
    pub qualifier: Qualifier,
    /// The rounding the writing implies, as a half-width: half the value
    /// of the last written digit when a scale word follows ("2.4 million":
    /// 50000) and of a percent in digits ("57%": 0.5, "61.8%": 0.05),
    /// half the place of the last non-zero digit of an approximate round
    /// figure ("about 40": 5); 0 for other figures written in full.
    pub precision: f64,
}

impl Quantity {
    /// An exact quantity.
    #[must_use]
    pub fn exact(kind: NumberKind, value: f64) -> Quantity {
        Quantity {
            kind,
            unit: None,
            value: Some(value),
            low: Some(value),
            high: Some(value),
            qualifier: Qualifier::Exact,
            precision: 0.0,
        }
    }

    /// Builds a quantity from a written value, its rounding precision and a
    /// qualifier, with `tolerance` as the relative width of "about".
    #[must_use]
    pub fn with_qualifier(
        kind: NumberKind,
        value: f64,
        precision: f64,
        qualifier: Qualifier,
        tolerance: f64,
    ) -> Quantity {
        let tol = value.abs() * tolerance;
        let (low, high) = match qualifier {
            Qualifier::Exact | Qualifier::Range | Qualifier::Vague => {
                (Some(value - precision), Some(value + precision))
            }
            Qualifier::Approximate => {
                (Some(value - tol.max(precision)), Some(value + tol.max(precision)))
            }
            Qualifier::Nearly => (Some(value - tol.max(precision)), Some(value)),
            Qualifier::MoreThan | Qualifier::AtLeast => (Some(value), None),
            Qualifier::LessThan | Qualifier::AtMost => (None, Some(value)),
        };
        // 61.8 + 0.05 is 61.849999999999994 in binary: bounds keep nine
        // decimals, so they print as the reader would write them
        let tidy = |x: f64| {
            let t = (x * 1e9).round() / 1e9;
            if t.is_finite() && (t - x).abs() <= 1e-9 { t } else { x }
        };
        let (low, high) = (low.map(tidy), high.map(tidy));
        Quantity { kind, unit: None, value: Some(value), low, high, qualifier, precision }
    }

    /// A range `[low, high]`.
    #[must_use]
    pub fn range(kind: NumberKind, low: f64, high: f64) -> Quantity {
        Quantity {
            kind,
            unit: None,
            value: None,
            low: Some(low.min(high)),
            high: Some(low.max(high)),
            qualifier: Qualifier::Range,
            precision: 0.0,
        }
    }

    /// Sets the unit.
    #[must_use]
    pub fn with_unit(mut self, unit: Option<Unit>) -> Quantity {
        self.unit = unit;
        self
    }

    /// The same measure in another unit of its dimension ("2000 mg" in
    /// `g` is 2 g): value, interval and precision scaled by the ratio of
    /// the units. `None` when either unit has no known size (currencies,
    /// temperatures, rates) or the dimensions differ.
    ///
    /// ```
    /// let q = crosscheck::number::parse("0.5 kg").unwrap();
    /// assert_eq!(q.convert_to("g").and_then(|g| g.value), Some(500.0));
    /// assert!(q.convert_to("km").is_none());
    /// ```
    #[must_use]
    pub fn convert_to(&self, unit: &str) -> Option<Quantity> {
        let entry = |u: &str| crate::lexicon::en::UNIT_SIZES.iter().find(|x| x.0 == u);
        let &(_, d1, s1) = entry(self.unit.as_ref()?.as_str())?;
        let &(name, d2, s2) = entry(unit)?;
        if d1 != d2 || self.kind != NumberKind::Measure {
            return None;
        }
        // whole ratios stay whole (1 kg is 1000 g, not 1000.0000000000001),
        // and a smaller unit divides by its whole ratio (2000 mg / 1000)
        let whole = |r: f64| if (r - r.round()).abs() < 1e-9 * r { r.round() } else { r };
        let (up, down) = if s1 >= s2 { (whole(s1 / s2), 1.0) } else { (1.0, whole(s2 / s1)) };
        let scale = |v: f64| v * up / down;
        Some(Quantity {
            unit: Some(Unit::new(name)),
            value: self.value.map(scale),
            low: self.low.map(scale),
            high: self.high.map(scale),
            precision: scale(self.precision),
            ..self.clone()
        })
    }

    /// The interval as `(low, high)` with unbounded ends as infinities.
    #[must_use]
    pub fn bounds(&self) -> (f64, f64) {
        (self.low.unwrap_or(f64::NEG_INFINITY), self.high.unwrap_or(f64::INFINITY))
    }

    /// A representative value: the written figure, else the middle of a
    /// bounded interval, else its finite end.
    #[must_use]
    pub fn point(&self) -> Option<f64> {
        if self.value.is_some() {
            return self.value;
        }
        match (self.low, self.high) {
            (Some(a), Some(b)) => Some((a + b) / 2.0),
            (Some(a), None) | (None, Some(a)) => Some(a),
            (None, None) => None,
        }
    }

    /// True when the two intervals share a value.
    #[must_use]
    pub fn overlaps(&self, other: &Quantity) -> bool {
        let (a0, a1) = self.bounds();
        let (b0, b1) = other.bounds();
        a0 <= b1 && b0 <= a1
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = self.unit.as_ref().map(|u| format!(" {u}")).unwrap_or_default();
        let pct = match self.kind {
            NumberKind::Percent => "%",
            NumberKind::PercentagePoint => " pp",
            _ => "",
        };
        let num = |v: f64| fmt_number(v);
        match (self.qualifier, self.value) {
            (Qualifier::Range | Qualifier::Vague, _) | (_, None) => {
                let lo = self.low.map_or_else(|| "…".to_owned(), num);
                let hi = self.high.map_or_else(|| "…".to_owned(), num);
                write!(f, "{lo}–{hi}{pct}{unit}")
            }
            (q, Some(v)) => {
                let prefix = match q {
                    Qualifier::Approximate => "~",
                    Qualifier::Nearly => "≲",
                    Qualifier::MoreThan => ">",
                    Qualifier::AtLeast => "≥",
                    Qualifier::LessThan => "<",
                    Qualifier::AtMost => "≤",
                    _ => "",
                };
                let ord = if self.kind == NumberKind::Ordinal { ordinal_suffix(v) } else { "" };
                write!(f, "{prefix}{}{ord}{pct}{unit}", num(v))
            }
        }
    }
}

/// The English suffix of an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
fn ordinal_suffix(v: f64) -> &'static str {
    if v.fract() != 0.0 || !v.is_finite() {
        return "th";
    }
    let n = v.abs() % 100.0;
    if (11.0..=13.0).contains(&n) {
        return "th";
    }
    match (n % 10.0) as u8 {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    }
}

/// Formats a number without exponent and without trailing zeros.
pub(crate) fn fmt_number(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.0}")
    } else if v.is_finite() {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        v.to_string()
    }
}

/// A figure found in a text: where it is and what it means.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NumberMention {
    /// The bytes of the figure with its modifiers and unit
    /// ("more than 400", "$3.2bn").
    pub span: Span,
    /// The normalized value.
    pub quantity: Quantity,
    /// For a measure written in several units ("5 feet 2 inches"), the
    /// first unit written (`ft`); the quantity is in the last, smallest
    /// one (62 `in`). `None` for every other figure.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub first_unit: Option<Unit>,
}

/// Configuration of the number stage.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct NumberConfig {
    /// Relative half-width of an approximate figure: "about 600" with 0.05
    /// is [570, 630]. Must be in [0, 1).
    pub approx_tolerance: f64,
    /// The currency of the region the text is written for, as an ISO 4217
    /// code ("AUD", "GBP"), or `None` (the default) for no region. A bare
    /// "$", "dollar", "dime" or "nickel" is this currency when it is a
    /// dollar currency, else US dollars; "10 grand" is ten thousand of
    /// this currency, else of US dollars.
    pub home_currency: Option<Unit>,
}

impl Default for NumberConfig {
    fn default() -> NumberConfig {
        NumberConfig { approx_tolerance: 0.05, home_currency: None }
    }
}

impl NumberConfig {
    /// Checks that every value is in its documented range.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidConfig`](crate::ErrorKind::InvalidConfig) naming
    /// the field.
    pub fn validate(&self) -> Result<()> {
        let t = self.approx_tolerance;
        if !(0.0..1.0).contains(&t) {
            return Err(Error::config(
                "number.approx_tolerance",
                "a number in [0, 1)",
                t.to_string(),
            ));
        }
        if let Some(u) = &self.home_currency {
            let code = u.as_str();
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(Error::config(
                    "number.home_currency",
                    "an ISO 4217 code of three capital letters",
                    code.to_owned(),
                ));
            }
        }
        Ok(())
    }
}

/// Finds figures in documents.
#[derive(Clone, Debug, Default)]
pub struct NumberParser {
    config: NumberConfig,
}

impl NumberParser {
    /// A parser with the default configuration.
    #[must_use]
    pub fn new() -> NumberParser {
        NumberParser::default()
    }

    /// A parser with `config`.
    ///
    /// # Errors
    ///
    /// When the configuration is out of range; see
    /// [`NumberConfig::validate`].
    pub fn with_config(config: NumberConfig) -> Result<NumberParser> {
        config.validate()?;
        Ok(NumberParser { config })
    }

    /// Every figure in the document, in text order, non-overlapping.
    #[must_use]
    pub fn extract(&self, doc: &Document<'_>) -> Vec<NumberMention> {
        scan::Scanner::new(doc, &self.config).run()
    }
}

/// Every figure in `text`, with the default configuration.
#[must_use]
pub fn extract(text: &str) -> Vec<NumberMention> {
    NumberParser::new().extract(&Document::new(text))
}

/// Parses a phrase that is one figure ("some 600", "$3.2bn", "fifth"):
/// the first figure found in `s`, or `None` when there is none.
#[must_use]
pub fn parse(s: &str) -> Option<Quantity> {
    extract(s).into_iter().next().map(|m| m.quantity)
}

#[cfg(test)]
mod tests;
