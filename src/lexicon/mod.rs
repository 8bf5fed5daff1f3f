//! Lexicons: the words crosscheck knows, kept apart from the algorithms.
//!
//! The data lives in `en.rs` as plain tables. At first use they are
//! compiled into one interned vocabulary: every known word gets a small
//! integer id, each token of a [`Document`](crate::text::Document) carries
//! the id of its lower-cased text, and every multi-word table becomes a
//! [`Phrases`] matcher over ids. Stages therefore never compare strings in
//! their inner loops.

pub(crate) mod en;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::time::Grain;
use en::{Dim, Modifier};

/// Id of an interned word; 0 means "not in the lexicon".
pub(crate) type LexId = u32;

/// Word-level flags.
pub(crate) mod flag {
    pub(crate) const DET: u32 = 1;
    pub(crate) const PREP: u32 = 1 << 1;
    pub(crate) const CLAUSE: u32 = 1 << 2;
    pub(crate) const AUX: u32 = 1 << 3;
    pub(crate) const PRON: u32 = 1 << 4;
    pub(crate) const PAST: u32 = 1 << 5;
    pub(crate) const NOT_PAST_ED: u32 = 1 << 6;
    pub(crate) const NEG: u32 = 1 << 7;
    pub(crate) const SAY: u32 = 1 << 8;
    pub(crate) const OFFICIAL: u32 = 1 << 9;
    pub(crate) const ANON: u32 = 1 << 10;
    pub(crate) const OUTLET: u32 = 1 << 11;
    pub(crate) const NOT_ENTITY: u32 = 1 << 12;
    pub(crate) const AMBIGUOUS_MONTH: u32 = 1 << 13;
    pub(crate) const SEQUENCE_NOUN: u32 = 1 << 14;
    pub(crate) const IDENTIFIER_NOUN: u32 = 1 << 15;
    pub(crate) const CURRENCY_CODE: u32 = 1 << 16;
    pub(crate) const YEAR_BEFORE: u32 = 1 << 17;
    /// A time word: a time expression may start at it (the time stage's
    /// filter).
    pub(crate) const TIME_START: u32 = 1 << 18;
    /// A function word that starts a time expression only with a time word
    /// shortly after it ("the", "in", "last").
    pub(crate) const TIME_LEAD: u32 = 1 << 19;
    /// A modal verb ("will", "should"): the clause's verb, not a noun.
    pub(crate) const MODAL: u32 = 1 << 20;
    /// Grammar words: never a counted noun after a figure.
    pub(crate) const FUNCTION: u32 = PREP | AUX | DET | PRON | CLAUSE | SAY | PAST | NEG;
}

/// Everything known about one word.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entry {
    pub(crate) cardinal: Option<u64>,
    pub(crate) ordinal: Option<u64>,
    pub(crate) scale: Option<u64>,
    pub(crate) scale_abbrev: Option<u64>,
    pub(crate) fraction: Option<u32>,
    pub(crate) month: Option<u8>,
    pub(crate) weekday: Option<u8>,
    pub(crate) time_unit: Option<Grain>,
    pub(crate) flags: u32,
}

/// A set of phrases (sequences of word ids) with a value each, matched
/// longest-first at a position.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    by_first: HashMap<LexId, Vec<(Vec<LexId>, T)>, Fnv>,
}

impl<T: Copy> Phrases<T> {
    fn new() -> Phrases<T> {
        Phrases { by_first: HashMap::default() }
    }

    fn insert(&mut self, ids: Vec<LexId>, value: T) {
        let Some(&first) = ids.first() else { return };
        let list = self.by_first.entry(first).or_default();
        list.push((ids, value));
        // Longest first, so the first full match is the longest.
        list.sort_by_key(|p| core::cmp::Reverse(p.0.len()));
    }

    /// The longest phrase starting at `ids[0]`: its value and length in
    /// tokens.
    pub(crate) fn longest(&self, ids: &[LexId]) -> Option<(T, usize)> {
        let first = *ids.first()?;
        if first == 0 {
            return None;
        }
        let cands = self.by_first.get(&first)?;
        for (p, v) in cands {
            if ids.len() >= p.len() && ids.iter().zip(p).all(|(a, b)| a == b) {
                return Some((*v, p.len()));
            }
        }
        None
    }

    /// The longest phrase ending exactly at the end of `ids`.
    pub(crate) fn longest_ending(&self, ids: &[LexId], max_len: usize) -> Option<(T, usize)> {
        let mut best: Option<(T, usize)> = None;
        for len in 1..=max_len.min(ids.len()) {
            let start = ids.len() - len;
            if let Some(tail) = ids.get(start..)
                && let Some((v, l)) = self.longest(tail)
                && l == len
            {
                best = Some((v, l));
            }
        }
        best
    }
}

/// A fast, deterministic hasher for small integer and string keys.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Fnv = BuildHasherDefault<FnvHasher>;

/// The compiled English lexicon.
#[derive(Debug)]
pub(crate) struct Lexicon {
    ids: HashMap<&'static str, LexId, Fnv>,
    entries: Vec<Entry>,
    pub(crate) modifiers_before: Phrases<Modifier>,
    pub(crate) modifiers_after: Phrases<Modifier>,
    pub(crate) currency_symbols: Phrases<&'static str>,
    pub(crate) currency_words: Phrases<&'static str>,
    pub(crate) units: Phrases<(&'static str, Dim)>,
    pub(crate) percent: Phrases<()>,
    pub(crate) points: Phrases<()>,
    pub(crate) vague: Phrases<(f64, f64)>,
    /// Holiday names: the value indexes `holiday_rows`.
    pub(crate) holidays: Phrases<u16>,
    /// For each holiday name, the rows of [`en::HOLIDAYS`] it names.
    pub(crate) holiday_rows: Vec<Vec<usize>>,
    pub(crate) day_parts: Phrases<en::DayPart>,
    pub(crate) time_zones: Phrases<i32>,
    pub(crate) future: Phrases<()>,
    pub(crate) hedges: Phrases<()>,
    pub(crate) agencies: Phrases<()>,
    pub(crate) events: Phrases<&'static str>,
    pub(crate) nouns: Phrases<&'static str>,
    pub(crate) official: Phrases<()>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The English lexicon, compiled on first use.
pub(crate) fn english() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lx = Lexicon {
            ids: HashMap::default(),
            entries: vec![Entry::default()],
            modifiers_before: Phrases::new(),
            modifiers_after: Phrases::new(),
            currency_symbols: Phrases::new(),
            currency_words: Phrases::new(),
            units: Phrases::new(),
            percent: Phrases::new(),
            points: Phrases::new(),
            vague: Phrases::new(),
            holidays: Phrases::new(),
            holiday_rows: Vec::new(),
            day_parts: Phrases::new(),
            time_zones: Phrases::new(),
            future: Phrases::new(),
            hedges: Phrases::new(),
            agencies: Phrases::new(),
            events: Phrases::new(),
            nouns: Phrases::new(),
            official: Phrases::new(),
        };
        for &(w, v) in en::CARDINALS {
            lx.entry(w).cardinal = Some(v);
        }
        for &(w, v) in en::ORDINALS {
            lx.entry(w).ordinal = Some(v);
        }
        for &(w, v) in en::SCALES {
            lx.entry(w).scale = Some(v);
        }
        for &(w, v) in en::SCALE_ABBREVIATIONS {
            lx.entry(w).scale_abbrev = Some(v);
        }
        for &(w, v) in en::FRACTIONS {
            lx.entry(w).fraction = Some(v);
        }
        for &(w, v) in en::MONTHS {
            lx.entry(w).month = Some(v);
        }
        for &(w, v) in en::WEEKDAYS {
            lx.entry(w).weekday = Some(v);
        }
        for &(w, g) in en::TIME_UNITS {
            lx.entry(w).time_unit = Some(g);
        }
        let flagged: &[(&[&str], u32)] = &[
            (en::DETERMINERS, flag::DET),
            (en::PREPOSITIONS, flag::PREP),
            (en::CLAUSE_OPENERS, flag::CLAUSE),
            (en::AUXILIARIES, flag::AUX),
            (en::PRONOUNS, flag::PRON),
            (en::IRREGULAR_PAST, flag::PAST),
            (en::NOT_PAST_ED, flag::NOT_PAST_ED),
            (en::NEGATIONS, flag::NEG),
            (en::SAY_VERBS, flag::SAY),
            (en::OFFICIAL_NOUNS, flag::OFFICIAL),
            (en::ANONYMOUS_NOUNS, flag::ANON),
            (en::OUTLET_NOUNS, flag::OUTLET),
            (en::NOT_ENTITIES, flag::NOT_ENTITY),
            (en::AMBIGUOUS_MONTHS, flag::AMBIGUOUS_MONTH),
            (en::SEQUENCE_NOUNS, flag::SEQUENCE_NOUN),
            (en::IDENTIFIER_NOUNS, flag::IDENTIFIER_NOUN),
            (en::YEAR_BEFORE, flag::YEAR_BEFORE),
            (en::MODALS, flag::MODAL),
        ];
        for (words, f) in flagged {
            for w in *words {
                if !w.contains(' ') {
                    lx.entry(w).flags |= f;
                }
            }
        }
        // the time stage's filter: time words, and the function words
        // that lead into time expressions
        for &(w, _) in en::MONTHS.iter().chain(en::WEEKDAYS) {
            lx.entry(w).flags |= flag::TIME_START;
        }
        for &(w, _) in en::TIME_UNITS {
            lx.entry(w).flags |= flag::TIME_START;
        }
        for &(w, _) in en::CARDINALS.iter().chain(en::ORDINALS) {
            lx.entry(w).flags |= flag::TIME_START;
        }
        for w in en::TIME_WORDS {
            lx.entry(w).flags |= flag::TIME_START;
        }
        for w in en::TIME_LEAD_WORDS {
            lx.entry(w).flags |= flag::TIME_LEAD;
        }
        let phrases = en::HOLIDAYS
            .iter()
            .flat_map(|(names, ..)| names.iter())
            .chain(en::DAY_PARTS.iter().map(|(w, _)| w));
        for phrase in phrases {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            if let [one] = words.as_slice() {
                lx.entry(one).flags |= flag::TIME_START;
            } else if let Some((last, rest)) = words.split_last() {
                for w in rest {
                    lx.entry(w).flags |= flag::TIME_LEAD;
                }
                lx.entry(last).flags |= flag::TIME_START;
            }
        }
        for (w, _) in en::MODIFIERS_BEFORE {
            if let Some(first) = w.split(' ').next() {
                lx.entry(first).flags |= flag::TIME_LEAD;
            }
        }
        for code in en::CURRENCY_CODES {
            let lower = code.to_ascii_lowercase();
            let leaked: &'static str = Box::leak(lower.into_boxed_str());
            lx.entry(leaked).flags |= flag::CURRENCY_CODE;
        }

        let mut p = Phrases::new();
        for &(w, m) in en::MODIFIERS_BEFORE {
            p.insert(lx.phrase_ids(w), m);
        }
        lx.modifiers_before = p;
        let mut p = Phrases::new();
        for &(w, m) in en::MODIFIERS_AFTER {
            p.insert(lx.phrase_ids(w), m);
        }
        lx.modifiers_after = p;
        let mut p = Phrases::new();
        for &(w, c) in en::CURRENCY_SYMBOLS {
            p.insert(lx.phrase_ids(w), c);
        }
        lx.currency_symbols = p;
        let mut p = Phrases::new();
        for &(w, c) in en::CURRENCY_WORDS {
            p.insert(lx.phrase_ids(w), c);
        }
        lx.currency_words = p;
        let mut p = Phrases::new();
        for &(w, sym, d) in en::UNITS {
            p.insert(lx.phrase_ids(w), (sym, d));
        }
        lx.units = p;
        let mut p = Phrases::new();
        for w in en::PERCENT_WORDS {
            p.insert(lx.phrase_ids(w), ());
        }
        lx.percent = p;
        let mut p = Phrases::new();
        for w in en::POINT_WORDS {
            p.insert(lx.phrase_ids(w), ());
        }
        lx.points = p;
        let mut p = Phrases::new();
        for &(w, lo, hi) in en::VAGUE {
            p.insert(lx.phrase_ids(w), (lo, hi));
        }
        lx.vague = p;
        let mut p = Phrases::new();
        let mut names: HashMap<&'static str, u16, Fnv> = HashMap::default();
        for (row, (ns, ..)) in en::HOLIDAYS.iter().enumerate() {
            for &name in *ns {
                let id = match names.get(name) {
                    Some(&id) => id,
                    None => {
                        let id = u16::try_from(lx.holiday_rows.len()).unwrap_or(u16::MAX);
                        names.insert(name, id);
                        lx.holiday_rows.push(Vec::new());
                        p.insert(lx.phrase_ids(name), id);
                        id
                    }
                };
                if let Some(rows) = lx.holiday_rows.get_mut(usize::from(id)) {
                    rows.push(row);
                }
            }
        }
        lx.holidays = p;
        let mut p = Phrases::new();
        for &(w, d) in en::DAY_PARTS {
            p.insert(lx.phrase_ids(w), d);
        }
        lx.day_parts = p;
        let mut p = Phrases::new();
        for &(w, o) in en::TIME_ZONES {
            p.insert(lx.phrase_ids(w), o);
        }
        lx.time_zones = p;
        let mut p = Phrases::new();
        for w in en::FUTURE_MARKERS {
            p.insert(lx.phrase_ids(w), ());
        }
        lx.future = p;
        let mut p = Phrases::new();
        for w in en::HEDGES {
            p.insert(lx.phrase_ids(w), ());
        }
        lx.hedges = p;
        let mut p = Phrases::new();
        for w in en::AGENCIES {
            p.insert(lx.phrase_ids(w), ());
        }
        lx.agencies = p;
        let mut p = Phrases::new();
        for w in en::OFFICIAL_NOUNS {
            p.insert(lx.phrase_ids(w), ());
        }
        lx.official = p;
        let mut p = Phrases::new();
        for &(class, words) in en::EVENT_CLASSES {
            for w in words {
                p.insert(lx.phrase_ids(w), class);
            }
        }
        lx.events = p;
        let mut p = Phrases::new();
        for &(class, words) in en::NOUN_CLASSES {
            for w in words {
                p.insert(lx.phrase_ids(w), class);
            }
        }
        lx.nouns = p;
        lx
    }

    fn intern(&mut self, w: &'static str) -> LexId {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = LexId::try_from(self.entries.len()).unwrap_or(0);
        self.entries.push(Entry::default());
        self.ids.insert(w, id);
        id
    }

    fn entry(&mut self, w: &'static str) -> &mut Entry {
        let id = self.intern(w) as usize;
        if id >= self.entries.len() {
            self.entries.resize(id + 1, Entry::default());
        }
        // In bounds: resized above. Runs on the built-in tables only.
        #[allow(clippy::indexing_slicing)]
        &mut self.entries[id]
    }

    fn phrase_ids(&mut self, phrase: &'static str) -> Vec<LexId> {
        phrase.split(' ').filter(|w| !w.is_empty()).map(|w| self.intern(w)).collect()
    }

    /// The id of a lower-cased word, 0 when unknown.
    pub(crate) fn id(&self, lower: &str) -> LexId {
        self.ids.get(lower).copied().unwrap_or(0)
    }

    /// The entry of an id (the empty entry for 0 or an unknown id).
    pub(crate) fn get(&self, id: LexId) -> &Entry {
        self.entries.get(id as usize).or(self.entries.first()).unwrap_or(&EMPTY)
    }
}

static EMPTY: Entry = Entry {
    cardinal: None,
    ordinal: None,
    scale: None,
    scale_abbrev: None,
    fraction: None,
    month: None,
    weekday: None,
    time_unit: None,
    flags: 0,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases_resolve() {
        let lx = english();
        let id = |w: &str| lx.id(w);
        assert_eq!(lx.get(id("forty")).cardinal, Some(40));
        assert_eq!(lx.get(id("fifth")).ordinal, Some(5));
        assert_eq!(lx.get(id("fifth")).fraction, Some(5));
        assert_eq!(lx.get(id("october")).month, Some(10));
        assert_eq!(lx.get(id("usd")).flags & flag::CURRENCY_CODE, flag::CURRENCY_CODE);
        let more_than = [id("more"), id("than"), id("400")];
        assert_eq!(lx.modifiers_before.longest(&more_than), Some((Modifier::MoreThan, 2)));
        let tens = [id("tens"), id("of"), id("thousands")];
        assert_eq!(lx.vague.longest(&tens).map(|x| x.1), Some(3));
        let toll = [id("death"), id("toll")];
        assert_eq!(lx.events.longest(&toll), Some(("killed", 2)));
        assert_eq!(lx.get(0).cardinal, None);
        assert_eq!(lx.get(u32::MAX).cardinal, None);
    }

    #[test]
    fn longest_ending_finds_suffix_phrase() {
        let lx = english();
        let ids = [lx.id("killed"), lx.id("at"), lx.id("least")];
        assert_eq!(lx.modifiers_before.longest_ending(&ids, 4), Some((Modifier::AtLeast, 2)));
    }
}
