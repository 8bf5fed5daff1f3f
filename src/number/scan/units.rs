//! What sits around a figure: currency prefixes ("$", "US$", "Rs", "USD",
//! "MUSD"), and after it percent signs, currency words, codes and
//! symbols, "grand", coins, minor units ("20 dollars 43 cents") and units
//! of measure, ages ("29 years old") and "below zero".

use super::{Core, Scanner};
use crate::lexicon::en::{self, Dim};
use crate::lexicon::flag;
use crate::number::{NumberKind, Unit};
use crate::text::TokenKind;
use crate::time::Grain;

/// A currency written before the figure, with the scale its code carries
/// ("MUSD 30" is thirty million dollars).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Prefix {
    pub(super) code: &'static str,
    pub(super) scale: f64,
}

/// What follows a figure: its kind, unit, end, and a factor the figure is
/// multiplied by ("10 grand" is 10 × 1000 in the home currency, "twenty
/// nickels" 20 × 0.05 dollars, "30 MUSD" 30 × 10⁶ dollars).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Suffix {
    pub(super) kind: NumberKind,
    pub(super) unit: Option<&'static str>,
    pub(super) end: usize,
    pub(super) factor: f64,
}

/// A remembered suffix lookup: (token, currency, scaled, answer).
pub(super) type SuffixMemo = Option<(usize, Option<&'static str>, bool, Option<Suffix>)>;

/// Generic unit names resolved against the configuration.
pub(super) const DOLLAR: &str = "dollar";
pub(super) const HOME: &str = "home";
const POUND: &str = "pound";

/// Lower-case currency codes that are English words or unit
/// abbreviations; after a figure they count only in capitals ("5 TRY",
/// "5 KGS"; "5 kgs" is kilograms).
const CODE_WORDS: &[&str] = &["try", "pen", "gel", "cop", "ron", "all", "top", "kgs"];

/// Unit words that are common nouns too, so "a" + the word is no
/// quantity of one ("a degree in law", "a yard", "a cup of tea").
const NOUN_UNITS: &[&str] = &[
    "degree",
    "yard",
    "stone",
    "cup",
    "ton",
    "foot",
    "knot",
    "bar",
    "pint",
    "quart",
    "watt",
    "tablespoon",
    "teaspoon",
    "turn",
];

impl Scanner<'_, '_> {
    fn id(&self, i: usize) -> crate::lexicon::LexId {
        self.ids.get(i).copied().unwrap_or(0)
    }

    /// The canonical unit for a code or generic name.
    pub(super) fn unit_of(&self, code: &'static str) -> Unit {
        match code {
            DOLLAR => self.dollar.clone(),
            HOME => self.home.clone(),
            POUND => Unit::new("GBP"),
            other => Unit::new(other),
        }
    }

    /// Currency written before the figure: "$", "US$", "€", "USD", "Rs",
    /// "MAUD".
    pub(super) fn currency_prefix(&self, j: usize) -> (Option<Prefix>, usize) {
        let figure_at = |i: usize| {
            matches!(self.kind(i), Some(TokenKind::Number))
                || self.is(i, "-") && self.kind(i + 1) == Some(TokenKind::Number)
        };
        // "country music ' s $ 500 million": a possessive "s", not S$
        let clitic = j > 0 && matches!(self.text(j - 1), "'" | "’");
        if let Some((code, len)) = self.lx.currency_symbols.longest(self.window(j, 3))
            && !clitic
            && !self.capitalized_symbol_word(j)
            // "A$5" is Australian, "a $5 deal" is not: the article must be glued
            && !(len > 1 && self.is_w(j, self.lx.w.a) && !self.adjacent(j + 1))
        {
            let last = j + len;
            // letter symbols ("rs") are words: require a figure to follow
            if figure_at(last)
                || self.lx.get(self.id(last)).cardinal.is_some()
                    && self.kind(j) == Some(TokenKind::Symbol)
            {
                return (Some(Prefix { code, scale: 1.0 }), last);
            }
        }
        if let Some((code, scale)) = self.code_token(j)
            && figure_at(j + 1)
        {
            return (Some(Prefix { code, scale }), j + 1);
        }
        // a currency name before the figure, as South and South-East Asian
        // English writes it ("ringgit 42", "Rupees 500 crore"); not after
        // "the" ("the euro 1.12": an exchange rate), not a common word
        // ("won", "real", "pound"), not before a percent ("the ringgit 3%
        // weaker")
        if self.flags(j) & flag::CURRENCY_NAME != 0
            && let Some((code, len)) = self.lx.currency_words.longest(self.window(j, 4))
            && figure_at(j + len)
            && !(j > 0 && self.is(j - 1, "the"))
            && code != POUND
            && !self.is_any(j + len - 1, &["won", "real"])
            // a capitalized single name inside a sentence is a person's
            // ("Ayn Rand 1957")
            && !(len == 1 && self.cap(j) && self.doc.sentence_tokens(self.doc.sentence_index(j)).start != j)
            && (1..=3).all(|d| self.lx.percent.longest(self.window(j + len + d, 2)).is_none())
        {
            return (Some(Prefix { code, scale: 1.0 }), j + len);
        }
        (None, j)
    }

    /// A currency code token: "USD", "usd" (unless the code is an English
    /// word), and with a scale letter "MUSD" (millions), "kEUR"
    /// (thousands).
    pub(super) fn code_token(&self, i: usize) -> Option<(&'static str, f64)> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let t = self.text(i);
        if t.len() == 3 && self.flags(i) & flag::CURRENCY_CODE != 0 {
            let upper = t.bytes().all(|b| b.is_ascii_uppercase());
            let lower = t.bytes().all(|b| b.is_ascii_lowercase());
            if upper || lower && !CODE_WORDS.contains(&t) {
                return code_of(t).map(|c| (c, 1.0));
            }
            return None;
        }
        if t.len() == 4 && t.is_ascii() {
            let (head, rest) = t.split_at(1);
            let scale = match head {
                "M" => 1e6,
                "K" | "k" => 1e3,
                _ => return None,
            };
            if rest.bytes().all(|b| b.is_ascii_uppercase()) {
                return code_of(rest).map(|c| (c, scale));
            }
        }
        None
    }

    /// Percent, percentage points, currency word, code or symbol, "grand",
    /// coins, or unit after the figure ending before `e`. The last answer
    /// is kept: a range check and the unit check often ask twice.
    pub(super) fn suffix(
        &self,
        e: usize,
        currency: Option<&'static str>,
        scaled: bool,
    ) -> Option<Suffix> {
        if let Some((e0, c0, s0, r)) = self.suffix_memo.get()
            && (e0, c0, s0) == (e, currency, scaled)
        {
            return r;
        }
        let r = self.suffix_uncached(e, currency, scaled);
        self.suffix_memo.set(Some((e, currency, scaled, r)));
        r
    }

    fn suffix_uncached(
        &self,
        e: usize,
        currency: Option<&'static str>,
        scaled: bool,
    ) -> Option<Suffix> {
        let plain = |kind, unit, end| Some(Suffix { kind, unit, end, factor: 1.0 });
        if let Some(((), len)) = self.lx.points.longest(self.window(e, 3)) {
            // a basis point is a hundredth of a percentage point: "25
            // basis points" is the quarter point it is reported as
            let factor = if self.is_any(e, &["basis", "bps", "bp"]) { 0.01 } else { 1.0 };
            return Some(Suffix {
                kind: NumberKind::PercentagePoint,
                unit: None,
                end: e + len,
                factor,
            });
        }
        if let Some(((), len)) = self.lx.percent.longest(self.window(e, 2)) {
            let t = self.text(e);
            // "pc" must be glued ("5pc"); "%", "percent" may be spaced
            if t != "pc" || self.adjacent(e) {
                return plain(NumberKind::Percent, None, e + len);
            }
        }
        if let Some(code) = currency {
            // a trailing currency word repeats the prefix ("US$ 5 dollars")
            if let Some((_, len)) = self.lx.currency_words.longest(self.window(e, 4)) {
                return plain(NumberKind::Money, Some(code), e + len);
            }
            return None;
        }
        // "5 euro cents", "20 US cents", "10 Australian cents": hundredths
        if self.flags(e + 1) & flag::MINOR_UNIT != 0
            && self.is_any(e + 1, &["cent", "cents"])
            && self.kind(e) == Some(TokenKind::Word)
        {
            let w = self.id(e);
            let named = self.lx.currency_words.longest(&[w]).map(|(c, _)| c);
            let qualified = || {
                let dollar = self.lx.id("dollar");
                self.lx.currency_words.longest(&[w, dollar]).filter(|x| x.1 == 2).map(|(c, _)| c)
            };
            if let Some(code) = named.or_else(qualified)
                && code != POUND
            {
                return Some(Suffix {
                    kind: NumberKind::Money,
                    unit: Some(code),
                    end: e + 2,
                    factor: 0.01,
                });
            }
        }
        if let Some((code, len)) = self.lx.currency_words.longest(self.window(e, 4)) {
            // "won" and "real" are common words: money only after a scale
            // ("5 billion won"); "5 pounds" is a weight, "5 million pounds"
            // money
            let common = self.is_any(e, &["won", "real"]) || code == POUND;
            if !common || scaled {
                return plain(NumberKind::Money, Some(code), e + len);
            }
        }
        // a code glued to digits after it is their prefix ("3 USD50 cards")
        if let Some((code, factor)) = self.code_token(e)
            && !(self.adjacent(e + 1) && self.kind(e + 1) == Some(TokenKind::Number))
        {
            return Some(Suffix { kind: NumberKind::Money, unit: Some(code), end: e + 1, factor });
        }
        // symbols after the figure: "5 €", "10$", "100元", "42RM"
        // a spaced symbol between two figures is the first one's when the
        // second has one after it too ("10 $ 30 $")
        if let Some((code, len)) = self.lx.currency_symbols.longest(self.window(e, 3))
            && (self.adjacent(e)
                || self.kind(e + len) != Some(TokenKind::Number)
                || self
                    .lx
                    .currency_symbols
                    .longest(self.window(e + len + 1, 3))
                    .is_some_and(|(c, _)| c == code))
            && !self.is_word_symbol_spaced(e)
            && !self.capitalized_symbol_word(e)
        {
            return plain(NumberKind::Money, Some(code), e + len);
        }
        // glued letters: "10c" and "14.7C/" are cents, "30C" is Celsius
        if self.adjacent(e) && self.text(e).eq_ignore_ascii_case("c") {
            let slash = self.text(e + 1) == "/" && self.adjacent(e + 1);
            if self.text(e) == "c" && self.nothing_counted_or_grammar(e + 1) || slash {
                return plain(NumberKind::Money, Some("cent"), e + 1 + usize::from(slash));
            }
            if self.text(e) == "C" && self.nothing_counted_or_when(e + 1) {
                return plain(NumberKind::Measure, Some("C"), e + 1);
            }
        }
        // "40F" glued is Fahrenheit when a clause ends after it; glued
        // before other words ("13F be filed"), or a spaced "12 C" or "40
        // F", only after a word about temperature earlier in the sentence
        // ("temperatures of 12 C"), else it is a form, a grade or a class
        let clause_ends = || !matches!(self.kind(e + 1), Some(TokenKind::Word | TokenKind::Number));
        if matches!(self.text(e), "C" | "F")
            && self.nothing_counted_or_when(e + 1)
            && (self.adjacent(e) && self.text(e) == "F" && clause_ends()
                || self.temperature_before(e))
        {
            let sym = if self.text(e) == "C" { "C" } else { "F" };
            return plain(NumberKind::Measure, Some(sym), e + 1);
        }
        // glued "p" is pence ("50p", "2.5p a litre"), but not a video
        // resolution ("1080p")
        let closes = |i: usize| {
            !self.adjacent(i)
                || matches!(self.text(i), "." | "," | ";" | ")") && !self.adjacent(i + 1)
        };
        if self.adjacent(e) && self.text(e) == "p" && closes(e + 1) {
            let figure = e.checked_sub(1).and_then(|p| super::parse_digits(self.text(p)));
            if figure.is_some_and(|d| !en::VIDEO_LINES.contains(&d.value)) {
                return plain(NumberKind::Money, Some("pence"), e + 1);
            }
        }
        // "10 grand", "a grand"; not "a grand jury"

        if en::THOUSAND_SLANG.iter().any(|w| self.is(e, w))
            && self.nothing_counted_or_grammar(e + 1)
        {
            return Some(Suffix {
                kind: NumberKind::Money,
                unit: Some(HOME),
                end: e + 1,
                factor: 1000.0,
            });
        }
        // "twenty nickels", "ten dimes", "a dime"
        let w = self.text(e);
        if let Some(&(coin, v)) = en::COINS.iter().find(|c| w.eq_ignore_ascii_case(c.0))
            && (coin.ends_with('s')
                || e > 0
                    && self.is_any(e - 1, &["a", "an", "one", "1"])
                    && self.nothing_counted_or_grammar(e + 1))
        {
            return Some(Suffix {
                kind: NumberKind::Money,
                unit: Some(DOLLAR),
                end: e + 1,
                factor: v,
            });
        }
        if let Some(((sym, dim), len)) = self.lx.units.longest(self.window(e, 4)) {
            let t = self.text(e);
            let single = t.chars().count() == 1 && len == 1;
            // one-letter units ("m", "g", "l") must be lower case (or "L")
            // and glued or followed by a non-word, so "5 m people" is not
            // metres and "5G" is not grams
            if single && t != "°" && (t.chars().all(char::is_uppercase) && t != "L") {
                return None;
            }
            // "m2", "km3" are units, "M3" and "KM2" model names ("3 M3 cars")
            if t.bytes().any(|b| b.is_ascii_digit()) && t.bytes().any(|b| b.is_ascii_uppercase()) {
                return None;
            }
            if single
                && !self.adjacent(e)
                && matches!(self.kind(e + 1), Some(TokenKind::Word))
                && !self.cap(e + 1)
                && self.flags(e + 1) & flag::FUNCTION == 0
                && !self.is(e + 1, "x")
            {
                return None;
            }
            // "24703 L-202": the letter starts an identifier ("3km-5km" is
            // a range)
            if !self.adjacent(e)
                && self.text(e + len) == "-"
                && self.adjacent(e + len)
                && self.kind(e + len + 1) == Some(TokenKind::Number)
                && self.adjacent(e + len + 1)
            {
                return None;
            }
            if t == "°" && !self.adjacent(e) && len == 1 {
                return None;
            }
            if dim == Dim::Temperature && sym == "degree" && self.is_w(e + 1, self.lx.w.of) {
                return None;
            }
            // "in" is an inch only where no object follows ("5 in", "6 ft 2
            // in"): "5 in 10" and "5 in the morning" are not
            if t.eq_ignore_ascii_case("in") && !self.adjacent(e) && !self.nothing_counted(e + 1) {
                return None;
            }
            return plain(NumberKind::Measure, Some(sym), e + len);
        }
        // only brackets and marks are left: words and numbers are done
        if !matches!(self.kind(e), Some(TokenKind::Punct | TokenKind::Symbol)) {
            return None;
        }
        // a unit in brackets: "20 (kg)", "20 [kg]"
        if let Some(close) = match self.text(e) {
            "(" => Some(")"),
            "[" => Some("]"),
            "{" => Some("}"),
            "<" => Some(">"),
            _ => None,
        } && self.text(e + 1).chars().count() > 1
            && let Some(((sym, _), len)) = self.lx.units.longest(self.window(e + 1, 3))
            && self.text(e + 1 + len) == close
        {
            return plain(NumberKind::Measure, Some(sym), e + len + 2);
        }
        // a foot mark before inches: 6'2", 6′2″
        if matches!(self.text(e), "'" | "′")
            && self.adjacent(e)
            && self.kind(e + 1) == Some(TokenKind::Number)
            && self.adjacent(e + 1)
            && self.adjacent(e + 2)
            && self.inch_mark(e + 2).is_some()
        {
            return plain(NumberKind::Measure, Some("ft"), e + 1);
        }
        // inch and foot marks: 5″, 5'', 10 " (not a closing quote)
        if let Some(end) = self.inch_mark(e) {
            return plain(NumberKind::Measure, Some("in"), end);
        }
        None
    }

    /// A word about temperature ([`en::TEMPERATURE_WORDS`]) before `e`
    /// in its sentence.
    fn temperature_before(&self, e: usize) -> bool {
        let from = self.doc.sentence_tokens(self.doc.sentence_index(e)).start;
        (from..e).any(|i| en::TEMPERATURE_WORDS.iter().any(|w| self.is(i, w)))
    }

    /// A letter symbol that reads as a name when capitalized: "Le"
    /// (Le Pen, Le Mans) is no Egyptian pound, "LE" and "le" are.
    fn capitalized_symbol_word(&self, i: usize) -> bool {
        self.text(i) == "Le"
    }

    /// "Rs" or "RM" spaced after a figure and followed by a figure is the
    /// prefix of the next one.
    fn is_word_symbol_spaced(&self, e: usize) -> bool {
        self.kind(e) == Some(TokenKind::Word)
            && !self.adjacent(e)
            && self.kind(e + 1) == Some(TokenKind::Number)
    }

    /// An inch mark after a figure ending before `e`: "″", "''" glued, or
    /// a '"' that closes no quotation (an even number of '"' before it in
    /// the sentence) and opens none (not glued to the next word).
    fn inch_mark(&self, e: usize) -> Option<usize> {
        match self.text(e) {
            "″" => Some(e + 1),

            "'" if self.adjacent(e) && self.text(e + 1) == "'" && self.adjacent(e + 1) => {
                Some(e + 2)
            }
            "\"" => {
                let s = self.doc.sentence_index(e);
                let from = self.doc.sentence_tokens(s).start;
                let quotes = (from..e).filter(|&i| self.text(i) == "\"").count();
                // an opening quote is glued to the word after it
                let opens = self.kind(e + 1).is_some() && self.adjacent(e + 1);
                (quotes % 2 == 0 && !opens).then_some(e + 1)
            }
            _ => None,
        }
    }

    /// End of text, punctuation or a grammar word at `i`: nothing that
    /// the figure counts or that the word before modifies.
    pub(super) fn nothing_counted_or_grammar(&self, i: usize) -> bool {
        match self.kind(i) {
            // a glued hyphen makes a compound ("a nickel-plated gun")
            Some(TokenKind::Punct) => !(self.text(i) == "-" && self.adjacent(i)),
            None => true,
            Some(TokenKind::Word) => self.flags(i) & flag::FUNCTION != 0,
            _ => false,
        }
    }

    /// [`Self::nothing_counted_or_grammar`], or a word saying when
    /// ("-3C overnight", "12C on Tuesday", "30C today"): a weekday, a
    /// month, a day part or another time word, but not a unit of time
    /// ("3C days") or a month name that is also a common word ("may").
    fn nothing_counted_or_when(&self, i: usize) -> bool {
        let f = self.flags(i);
        self.nothing_counted_or_grammar(i)
            || self.kind(i) == Some(TokenKind::Word)
                && f & flag::TIME_WORD != 0
                && f & (flag::UNIT_END | flag::AMBIGUOUS_MONTH) == 0
    }

    /// The unit after the figure ending before `e`, also as a hyphenated
    /// adjective ("a 3-inch thickness", "a 12-cent dividend", "a six-mile
    /// trip") or after "of" for a fraction ("a third of a mile").
    pub(super) fn suffix_of(
        &self,
        e: usize,
        currency: Option<&'static str>,
        scaled: bool,
        fraction: bool,
    ) -> Option<Suffix> {
        if let Some(s) = self.suffix(e, currency, scaled) {
            return Some(s);
        }
        if self.text(e) == "-"
            && self.adjacent(e)
            && self.adjacent(e + 1)
            && self.kind(e + 1) == Some(TokenKind::Word)
            && let Some(s) = self.suffix(e + 1, currency, scaled)
            && matches!(s.kind, NumberKind::Measure | NumberKind::Money)
            && self.text(e + 1).chars().count() > 1
        {
            return Some(s);
        }
        if fraction && currency.is_none() && self.is_w(e, self.lx.w.of) {
            let mut k = e + 1;
            let a = self.is_w(k, self.lx.w.a) || self.is_w(k, self.lx.w.an);
            if a {
                k += 1;
            }
            // "a quarter of a percentage point", "half of a percent": a
            // share of one point or one percent is that many points or
            // percent (only with the article: "half of percentage points"
            // is no figure)
            if let Some(s) = self.suffix(k, None, false)
                && (matches!(s.kind, NumberKind::Measure | NumberKind::Money)
                    || a && matches!(s.kind, NumberKind::PercentagePoint | NumberKind::Percent))
            {
                return Some(s);
            }
        }
        None
    }

    /// "a" or "an" before a unit or currency: a figure of one ("a dollar",
    /// "a kilogram", "an ml", "a grand"), unless it is a rate after a
    /// figure ("$80 a barrel") or the unit word is also a common noun.
    pub(super) fn one_of(&self, k: usize) -> Option<Core> {
        if self.last_end.get() == k && k > 0 {
            return None;
        }
        let s = self.suffix(k + 1, None, false)?;
        let ok = match s.kind {
            NumberKind::Money => !self.is_any(k + 1, &["won", "real", "pound"]),
            NumberKind::Measure => {
                self.text(k + 1).chars().count() > 1
                    && !self.is_any(k + 1, NOUN_UNITS)
                    && !(self.text(s.end) == "-" && self.adjacent(s.end))
            }
            _ => false,
        };
        ok.then(|| Core::plain(k, k + 1, 1.0, NumberKind::Cardinal))
    }

    /// "half a litre", "half a dollar", "quarter-litre", "half-mile": a
    /// fraction of a unit, for a fraction word that reads as no number
    /// alone.
    pub(super) fn fraction_of_unit(&self, k: usize) -> Option<Core> {
        let v = if self.is(k, "half") {
            0.5
        } else if self.is(k, "quarter") {
            0.25
        } else {
            return None;
        };
        // "another quarter-point rise", "quarter point": a share of a
        // percentage point, read by the caller as it reads "a
        // quarter-point"
        let glued = self.text(k + 1) == "-" && self.adjacent(k + 1) && self.adjacent(k + 2);
        let point = if glued { k + 2 } else { k + 1 };
        if self.is(point, "point") {
            // not "at the quarter point of the season", "the quarter-point
            // mark"
            let share = !self.is_any(point + 1, &["of", "mark"]);
            return share
                .then(|| Core { digits: false, ..Core::plain(k, k + 1, v, NumberKind::Fraction) });
        }
        let (end, unit_at) = if self.is_w(k + 1, self.lx.w.a) || self.is_w(k + 1, self.lx.w.an) {
            (k + 2, k + 2)
        } else if glued {
            (k + 1, k + 2)
        } else {
            return None;
        };
        let s = self.suffix(unit_at, None, false)?;
        // "half a percentage point", "half a percent" (not glued: a
        // "half-percent" is read as a share already)
        let share =
            end == k + 2 && matches!(s.kind, NumberKind::PercentagePoint | NumberKind::Percent);
        (matches!(s.kind, NumberKind::Measure | NumberKind::Money) || share).then(|| Core {
            kind: NumberKind::Cardinal,
            ..Core::plain(k, end, v, NumberKind::Cardinal)
        })
    }

    /// Cents after a whole amount: "20 dollars 43 cents", "20 dollar 43c",
    /// "thirteen dollars and forty-five cents", "17 USD 25.", "US$3 and
    /// fourteen". The amount in the major unit and the new end.
    pub(super) fn minor_units(&self, e: usize, code: &'static str) -> Option<(f64, usize)> {
        if en::NO_CENT_CURRENCIES.contains(&code) {
            return None;
        }
        let mut j = e;
        let and = self.is_w(j, self.lx.w.and);
        if and {
            j += 1;
        }
        let (cents, end) = match self.kind(j) {
            Some(TokenKind::Number) => {
                let t = self.text(j);
                if t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (t.parse::<f64>().ok()?, j + 1)
            }
            Some(TokenKind::Word) => {
                let w = crate::number::words::parse(self.doc, self.lx, self.ids, j)?;
                if w.kind != NumberKind::Cardinal || w.vague.is_some() || w.scale != 1.0 {
                    return None;
                }
                (w.value, w.end)
            }
            _ => return None,
        };
        if !(1.0..100.0).contains(&cents) || cents.fract() != 0.0 {
            return None;
        }
        // "43 cents", "43c", "43 sen"; one-letter forms only glued
        if self.flags(end) & flag::MINOR_UNIT != 0
            && (self.text(end).chars().count() > 1 || self.adjacent(end))
        {
            return Some((cents / 100.0, end + 1));
        }
        // a bare number only where nothing it could count follows
        let tail = matches!(self.kind(end), None | Some(TokenKind::Punct))
            || self.is_w(end, self.lx.w.and);
        tail.then_some((cents / 100.0, end))
    }

    /// A measure written in several units after `value unit` ending
    /// before `e`: "5 feet 2 inches", "2 km and 1 metre", "10 kms, 8
    /// metres and 6 cm". Units must be of one dimension and get smaller;
    /// the sum is given in the last (smallest) unit. The total, its unit
    /// and the end.
    pub(super) fn compound(
        &self,
        value: f64,
        unit: &'static str,
        e: usize,
    ) -> Option<(f64, &'static str, usize)> {
        let (dim, size) = unit_size(unit)?;
        let mut parts = vec![(value, size)];
        let (mut smallest, mut last_size, mut j, mut end) = (unit, size, e, None);
        for _ in 0..3 {
            let mut k = j;
            if self.text(k) == "," {
                k += 1;
            }
            if self.is_w(k, self.lx.w.and) {
                k += 1;
            }
            let super::CoreResult::Found(c) = self.core(k, true, false) else { break };
            if c.kind != NumberKind::Cardinal
                || c.vague.is_some()
                || c.scale != 1.0
                || c.value < 0.0
            {
                break;
            }
            // a foot mark is a unit only after a larger unit ("2 yd 7'")
            let foot = matches!(self.text(c.end), "'" | "′") && self.adjacent(c.end);
            // inches left unnamed after feet ("6 ft 2", "5ft 11.")
            let inches = last_size == FOOT
                && c.digits
                && c.value < 12.0
                && self.nothing_counted_or_grammar(c.end);
            let s = match self.suffix(c.end, None, false) {
                Some(s) => s,
                None if foot => Suffix {
                    kind: NumberKind::Measure,
                    unit: Some("ft"),
                    end: c.end + 1,
                    factor: 1.0,
                },
                None if inches => {
                    Suffix { kind: NumberKind::Measure, unit: Some("in"), end: c.end, factor: 1.0 }
                }
                None => break,
            };
            let Some((d2, size2)) = s.unit.and_then(unit_size) else { break };
            if s.kind != NumberKind::Measure || d2 != dim || size2 >= last_size {
                break;
            }
            parts.push((c.value, size2));
            last_size = size2;
            smallest = s.unit.unwrap_or(unit);
            j = s.end;
            end = Some(j);
        }
        let end = end?;
        let total = parts
            .iter()
            .map(|&(v, sz)| {
                // whole ratios stay whole: 1 yd is 36 in, not 36.000000000000004
                let r = sz / last_size;
                let r = if (r - r.round()).abs() < 1e-9 * r { r.round() } else { r };
                v * r
            })
            .sum();
        Some((total, smallest, end))
    }

    /// An age after a figure ending before `e`: "29 years old", "ten
    /// months old", "3 years of age", "a 29-year-old", "27-year-olds".
    /// The unit and end.
    pub(super) fn age(&self, e: usize) -> Option<(&'static str, usize)> {
        let mut j = e;
        let hyphen = self.text(j) == "-" && self.adjacent(j);
        if hyphen {
            j += 1;
        }
        let unit = match self.lx.get(self.id(j)).time_unit? {
            Grain::Year => "year",
            Grain::Month => "month",
            Grain::Week => "week",
            Grain::Day => "day",
            _ => return None,
        };
        j += 1;
        if hyphen && self.text(j) == "-" && self.adjacent(j) {
            j += 1;
        }
        if self.is(j, "old") || hyphen && self.is(j, "olds") {
            return Some((unit, j + 1));
        }
        if !hyphen && self.is_w(j, self.lx.w.of) && self.is(j + 1, "age") {
            return Some((unit, j + 2));
        }
        None
    }
}

/// The size of a foot in `UNIT_SIZES`.
const FOOT: f64 = 0.3048;

/// The dimension and size of a unit symbol (see `UNIT_SIZES`).
fn unit_size(u: &str) -> Option<(Dim, f64)> {
    en::UNIT_SIZES.iter().find(|x| x.0 == u).map(|x| (x.1, x.2))
}

/// The canonical code of a currency code token, case-insensitively.
pub(super) fn code_of(t: &str) -> Option<&'static str> {
    en::CURRENCY_CODES.iter().find(|c| c.eq_ignore_ascii_case(t)).map(|c| match *c {
        "RMB" => "CNY",
        "NIS" => "ILS",
        other => other,
    })
}
