//! Lexicons: the words crosscheck knows, kept apart from the algorithms.
//!
//! The data lives in `en.rs` as plain tables. At first use they are
//! compiled into one interned vocabulary: every known word gets a small
//! integer id, each token of a [`Document`](crate::text::Document) carries
//! the id of its lower-cased text, and every multi-word table becomes a
//! [`Phrases`] matcher over ids. Stages therefore never compare strings in
//! their inner loops.

pub(crate) mod en;
pub(crate) mod measures;

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
    /// "dozen", "doz": multiplies a figure by twelve.
    pub(crate) const DOZEN: u32 = 1 << 18;
    /// "minus", "negative": makes the next figure negative.
    pub(crate) const SIGN: u32 = 1 << 19;
    /// A currency symbol written in letters ("Rs", "RM"): may be glued to
    /// the digits after it ("Rs20").
    pub(crate) const CURRENCY_PREFIX: u32 = 1 << 20;
    /// A minor currency unit ("cents", "sen", "kopiykas").
    pub(crate) const MINOR_UNIT: u32 = 1 << 21;
    /// A word that can start a figure (a number word, a modifier, a
    /// currency symbol, "a", "half", "between"…): the number scanner
    /// skips every other word at once.
    pub(crate) const NUMBER_START: u32 = 1 << 22;
    /// A word that can begin the number itself (a number word, "a",
    /// "half", "several", a sign), not just a modifier or currency before
    /// it.
    pub(crate) const CORE_START: u32 = 1 << 23;
    /// A word after a number that makes it a clock time ("3 pm").
    pub(crate) const CLOCK: u32 = 1 << 24;
    /// A time word: a time expression may start at it (the time stage's
    /// filter).
    pub(crate) const TIME_START: u32 = 1 << 25;
    /// A function word that starts a time expression only with a time word
    /// shortly after it ("the", "in", "last").
    pub(crate) const TIME_LEAD: u32 = 1 << 26;
    /// A modal verb ("will", "should"): the clause's verb, not a noun.
    pub(crate) const MODAL: u32 = 1 << 27;
    /// The first word of a currency name ("ringgit", "malaysian"): may
    /// start a figure when a number follows closely ("ringgit 42").
    pub(crate) const CURRENCY_NAME: u32 = 1 << 28;
    /// A time word other than a number word: a month, weekday, unit of
    /// time, holiday or day part, or one of the words of
    /// [`en::TIME_WORDS`](super::en::TIME_WORDS).
    pub(crate) const TIME_WORD: u32 = 1 << 29;
    /// A word that ends a count of time: a unit of time or one of
    /// [`en::DURATION_END_WORDS`](super::en::DURATION_END_WORDS) ("three
    /// nights").
    pub(crate) const UNIT_END: u32 = 1 << 30;
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
    pub(crate) fraction: Option<u64>,
    /// A plural ordinal used as a denominator ("fifths", "twenty-firsts"):
    /// its ordinal value.
    pub(crate) plural_ordinal: Option<u64>,
    pub(crate) month: Option<u8>,
    pub(crate) weekday: Option<u8>,
    pub(crate) time_unit: Option<Grain>,
    pub(crate) flags: u32,
}

/// A set of phrases (sequences of word ids) with a value each, matched
/// longest-first at a position.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    /// The phrases of each first word, longest first.
    lists: Vec<Vec<(Vec<LexId>, T)>>,
    /// For each word id, 1 + the index of its list in `lists` (0: no
    /// phrase starts with the word): ids are small and dense, so an
    /// array answers without hashing.
    list_of: Vec<u32>,
    /// A bit per id that starts a phrase: most lookups miss, and a bit
    /// test is cheaper still.
    starts: Vec<u64>,
}

impl<T: Copy> Phrases<T> {
    fn new() -> Phrases<T> {
        Phrases { lists: Vec::new(), list_of: Vec::new(), starts: Vec::new() }
    }

    #[inline]
    fn starts_with(&self, id: LexId) -> bool {
        let id = id as usize;
        self.starts.get(id / 64).is_some_and(|w| w & (1 << (id % 64)) != 0)
    }

    fn insert(&mut self, ids: Vec<LexId>, value: T) {
        let Some(&first) = ids.first() else { return };
        let slot = first as usize / 64;
        if self.starts.len() <= slot {
            self.starts.resize(slot + 1, 0);
        }
        if let Some(w) = self.starts.get_mut(slot) {
            *w |= 1 << (first as usize % 64);
        }
        let at = first as usize;
        if self.list_of.len() <= at {
            self.list_of.resize(at + 1, 0);
        }
        let Some(index) = self.list_of.get_mut(at) else { return };
        if *index == 0 {
            self.lists.push(Vec::new());
            *index = u32::try_from(self.lists.len()).unwrap_or(u32::MAX);
        }
        let Some(list) = (*index as usize).checked_sub(1).and_then(|i| self.lists.get_mut(i))
        else {
            return;
        };
        list.push((ids, value));
        // Longest first, so the first full match is the longest.
        list.sort_by_key(|p| core::cmp::Reverse(p.0.len()));
    }

    /// The longest phrase starting at `ids[0]`: its value and length in
    /// tokens.
    ///
    /// Inlined: most calls miss at the bit test, and the callers are hot
    /// loops over tokens; the phrase comparison is [`Phrases::matching`].
    #[inline]
    pub(crate) fn longest(&self, ids: &[LexId]) -> Option<(T, usize)> {
        let first = *ids.first()?;
        if first == 0 || !self.starts_with(first) {
            return None;
        }
        self.matching(first, ids)
    }

    /// The longest phrase starting with `first` (= `ids[0]`) that `ids`
    /// begins with.
    fn matching(&self, first: LexId, ids: &[LexId]) -> Option<(T, usize)> {
        let index = *self.list_of.get(first as usize)? as usize;
        let cands = self.lists.get(index.checked_sub(1)?)?;
        for (p, v) in cands {
            if ids.len() >= p.len() && ids.iter().zip(p).all(|(a, b)| a == b) {
                return Some((*v, p.len()));
            }
        }
        None
    }

    /// The ids of the first words of all phrases.
    fn first_ids(&self) -> Vec<LexId> {
        (0..self.list_of.len())
            .filter(|&id| self.list_of.get(id).is_some_and(|&i| i != 0))
            .filter_map(|id| LexId::try_from(id).ok())
            .collect()
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

/// A quick pre-test for a small list of lower-case words: for each word
/// length below 16, the set of first letters the list's words of that
/// length start with. A word that fails the test is not in the list; one
/// that passes still has to be compared. Built at compile time from the
/// list itself, so the two cannot disagree.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FirstLetters {
    /// Bit `c - b'a'` of entry `len`: some word of `len` bytes starts
    /// with the letter `c`.
    by_len: [u32; 16],
    /// Some word is empty, long or not lower-case ASCII initial: every
    /// word passes.
    any: bool,
}

impl FirstLetters {
    /// The pre-test of `words`.
    // In bounds: `len < 16` is tested first. Runs at compile time on
    // constant lists only.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn of(words: &[&str]) -> FirstLetters {
        let mut by_len = [0u32; 16];
        let mut any = false;
        let mut rest = words;
        while let [w, tail @ ..] = rest {
            match w.as_bytes() {
                [c @ b'a'..=b'z', ..] if w.len() < 16 => by_len[w.len()] |= 1 << (*c - b'a'),
                _ => any = true,
            }
            rest = tail;
        }
        FirstLetters { by_len, any }
    }

    /// False only when `w` is not one of the words.
    #[inline]
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        if self.any {
            return true;
        }
        match (w.as_bytes().first(), self.by_len.get(w.len())) {
            (Some(&c), Some(&letters)) if c.is_ascii_lowercase() => letters >> (c - b'a') & 1 != 0,
            _ => false,
        }
    }
}

/// A fast, deterministic hasher for the interned word map (used while the
/// lexicon is built, and for words too long for [`WordTable`]): eight
/// bytes per step instead of one, then a folded multiply, so that both
/// the low bits (the bucket) and the high bits (the table's tag) depend
/// on every byte. Only lookup speed depends on it: ids are given in table
/// order.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    const MUL: u64 = 0x9e37_79b9_7f4a_7c15;

    fn mix(&mut self, chunk: u64) {
        self.0 = (self.0.rotate_left(5) ^ chunk).wrapping_mul(Self::MUL);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        let m = u128::from(self.0) * u128::from(0xa076_1d64_78bd_642f_u64);
        (m as u64) ^ ((m >> 64) as u64)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes(<[u8; 8]>::try_from(c).unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            for (d, s) in b.iter_mut().zip(rest) {
                *d = *s;
            }
            // the length keeps "a" apart from "a\0"
            self.mix(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 60));
        }
    }
}

type WordHash = BuildHasherDefault<WordHasher>;

/// The longest word [`WordTable`] holds inline; longer words (there are
/// none in the built-in tables) are looked up in the map.
const INLINE_WORD: usize = 16;

/// Eight bytes as a little-endian integer (0 for a slice of another
/// length, which callers never pass).
fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes(<[u8; 8]>::try_from(b).unwrap_or([0; 8]))
}

/// Four bytes as a little-endian integer (0 for a slice of another length).
fn load4(b: &[u8]) -> u32 {
    u32::from_le_bytes(<[u8; 4]>::try_from(b).unwrap_or([0; 4]))
}

/// One slot of a [`WordTable`]: a word of up to [`INLINE_WORD`] bytes,
/// zero-padded, with its length (0 for an empty slot) and id.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: [u64; 2],
    len: u8,
    id: LexId,
}

/// The vocabulary's words for the per-token lookup: an open-addressing
/// table whose slots hold the word bytes themselves, so a lookup reads
/// one slot (usually) and compares two integers, instead of following a
/// pointer to the key and comparing bytes. Built once from the interned
/// map; gives exactly the map's answers.
#[derive(Debug, Default)]
struct WordTable {
    slots: Vec<Slot>,
    /// `64 - log2(slots.len())`: the hash's top bits pick the slot.
    shift: u32,
}

impl WordTable {
    /// The word packed into two integers (its bytes in little-endian
    /// order, zero-padded), when it fits. The bytes are read with a few
    /// wide loads, not one at a time through memory.
    fn pack(w: &str) -> Option<([u64; 2], u8)> {
        let b = w.as_bytes();
        let n = b.len();
        if n == 0 || n > INLINE_WORD {
            return None;
        }
        let len = u8::try_from(n).ok()?;
        let key = if n >= 8 {
            // the last eight bytes overlap the first eight: shift off the
            // overlap (for n == 8 there is no second word)
            let k0 = load8(b.get(..8)?);
            let k1 = if n > 8 { load8(b.get(n - 8..)?) >> ((16 - n) * 8) } else { 0 };
            [k0, k1]
        } else if n >= 4 {
            let lo = u64::from(load4(b.get(..4)?));
            let hi = u64::from(load4(b.get(n - 4..)?)) >> ((8 - n) * 8);
            [lo | hi << 32, 0]
        } else {
            let k0 = b.iter().rev().fold(0u64, |acc, &x| acc << 8 | u64::from(x));
            [k0, 0]
        };
        Some((key, len))
    }

    fn hash(key: [u64; 2], len: u8) -> u64 {
        let [a, b] = key;
        (a.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ b.rotate_left(29).wrapping_mul(0xa076_1d64_78bd_642f)
            ^ u64::from(len))
        .wrapping_mul(0xe703_7ed1_a0b4_28db)
    }

    /// A table of `words` (each with its id), at most half full.
    fn build<'w>(words: impl Iterator<Item = (&'w str, LexId)> + Clone) -> WordTable {
        let n = words.clone().count();
        let cap = (n.max(1) * 2).next_power_of_two();
        let mut t =
            WordTable { slots: vec![Slot::default(); cap], shift: 64 - cap.trailing_zeros() };
        for (w, id) in words {
            let Some((key, len)) = WordTable::pack(w) else { continue };
            let mut i = t.start(key, len);
            while let Some(slot) = t.slots.get_mut(i) {
                if slot.len == 0 {
                    *slot = Slot { key, len, id };
                    break;
                }
                i = (i + 1) & (cap - 1);
            }
        }
        t
    }

    fn start(&self, key: [u64; 2], len: u8) -> usize {
        (WordTable::hash(key, len) >> self.shift) as usize
    }

    /// The id of a packed word, 0 when absent.
    fn get(&self, key: [u64; 2], len: u8) -> LexId {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.start(key, len);
        // the table is never full: an empty slot ends every probe
        while let Some(slot) = self.slots.get(i) {
            if slot.len == len && slot.key == key {
                return slot.id;
            }
            if slot.len == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

/// Ids of the grammar words the number stage tests in its inner loops,
/// so that it compares integers, not strings.
#[derive(Debug, Default)]
pub(crate) struct Known {
    pub(crate) a: LexId,
    pub(crate) an: LexId,
    pub(crate) and: LexId,
    pub(crate) of: LexId,
    pub(crate) point: LexId,
    pub(crate) half: LexId,
    pub(crate) quarter: LexId,
    pub(crate) couple: LexId,
    pub(crate) pair: LexId,
    pub(crate) few: LexId,
    pub(crate) several: LexId,
    pub(crate) in_: LexId,
    pub(crate) out: LexId,
    pub(crate) every: LexId,
    pub(crate) over: LexId,
    pub(crate) one: LexId,
    pub(crate) between: LexId,
    pub(crate) from: LexId,
    pub(crate) to: LexId,
}

/// The compiled English lexicon.
#[derive(Debug)]
pub(crate) struct Lexicon {
    ids: HashMap<&'static str, LexId, WordHash>,
    /// The same words as `ids`, for the per-token lookup.
    table: WordTable,
    entries: Vec<Entry>,
    /// The flags of every entry, packed, for the scanners' hot loops.
    flags: Vec<u32>,
    pub(crate) w: Known,
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

/// A generated word kept for the life of the process: the lexicon is
/// built once and never freed.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The English lexicon, compiled on first use.
pub(crate) fn english() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lx = Lexicon {
            ids: HashMap::default(),
            table: WordTable::default(),
            entries: vec![Entry::default()],
            flags: Vec::new(),
            w: Known::default(),
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
        // compounds written as one word: "twentyfive", "thirtyfirst"
        for &(tens, t) in en::TENS {
            for &(unit, u) in en::CARDINALS.iter().filter(|c| (1..=9).contains(&c.1)) {
                lx.entry(leak(format!("{tens}{unit}"))).cardinal = Some(t + u);
            }
            for &(unit, u) in en::ORDINALS.iter().filter(|c| (1..=9).contains(&c.1)) {
                lx.entry(leak(format!("{tens}{unit}"))).ordinal = Some(t + u);
            }
        }
        // plural ordinals as denominators: "fifths", "twentieths"
        for &(w, v) in en::ORDINALS.iter().filter(|o| o.1 > 2) {
            lx.entry(leak(format!("{w}s"))).plural_ordinal = Some(v);
        }
        for &(w, v) in en::PLURAL_ORDINALS {
            lx.entry(w).plural_ordinal = Some(v);
        }
        for &(w, v) in en::SCALES.iter().chain(en::SCALES_PLURAL) {
            lx.entry(w).scale = Some(v);
        }
        for w in en::DOZEN_WORDS {
            lx.entry(w).flags |= flag::DOZEN;
        }
        for w in en::SIGN_WORDS {
            lx.entry(w).flags |= flag::SIGN;
        }
        for w in en::CLOCK_SUFFIXES {
            lx.entry(w).flags |= flag::CLOCK;
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
            lx.entry(w).flags |= flag::TIME_START | flag::TIME_WORD;
        }
        for &(w, _) in en::TIME_UNITS {
            lx.entry(w).flags |= flag::TIME_START | flag::TIME_WORD | flag::UNIT_END;
        }
        for w in en::DURATION_END_WORDS {
            lx.entry(w).flags |= flag::UNIT_END;
        }
        for &(w, _) in en::CARDINALS.iter().chain(en::ORDINALS) {
            lx.entry(w).flags |= flag::TIME_START;
        }
        for w in en::TIME_WORDS {
            lx.entry(w).flags |= flag::TIME_START | flag::TIME_WORD;
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
                lx.entry(one).flags |= flag::TIME_START | flag::TIME_WORD;
            } else if let Some((last, rest)) = words.split_last() {
                for w in rest {
                    lx.entry(w).flags |= flag::TIME_LEAD;
                }
                lx.entry(last).flags |= flag::TIME_START | flag::TIME_WORD;
            }
        }
        for (w, _) in en::MODIFIERS_BEFORE {
            if let Some(first) = w.split(' ').next() {
                lx.entry(first).flags |= flag::TIME_LEAD;
            }
        }
        for code in en::CURRENCY_CODES {
            lx.entry(leak(code.to_ascii_lowercase())).flags |= flag::CURRENCY_CODE;
        }
        lx.w = Known {
            a: lx.intern("a"),
            an: lx.intern("an"),
            and: lx.intern("and"),
            of: lx.intern("of"),
            point: lx.intern("point"),
            half: lx.intern("half"),
            quarter: lx.intern("quarter"),
            couple: lx.intern("couple"),
            pair: lx.intern("pair"),
            few: lx.intern("few"),
            several: lx.intern("several"),
            in_: lx.intern("in"),
            out: lx.intern("out"),
            every: lx.intern("every"),
            over: lx.intern("over"),
            one: lx.intern("one"),
            between: lx.intern("between"),
            from: lx.intern("from"),
            to: lx.intern("to"),
        };

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
        for &(names, generic, qualified) in en::CURRENCY_FAMILIES {
            for name in names {
                if !generic.is_empty() {
                    p.insert(lx.phrase_ids(name), generic);
                }
                for &(q, code) in qualified {
                    let mut ids = lx.phrase_ids(q);
                    ids.extend(lx.phrase_ids(name));
                    p.insert(ids, code);
                }
            }
        }
        lx.currency_words = p;
        for &(w, _) in en::CURRENCY_SYMBOLS {
            if !w.contains(' ') && w.chars().all(char::is_alphabetic) {
                lx.entry(w).flags |= flag::CURRENCY_PREFIX;
            }
        }
        for w in en::MINOR_UNITS {
            lx.entry(w).flags |= flag::MINOR_UNIT;
        }
        let mut p = Phrases::new();
        for &(w, sym, d) in en::UNITS {
            p.insert(lx.phrase_ids(w), (sym, d));
        }
        lx.units = p;
        // words counted by id only (see claim::measure::labour_dispute)
        for w in measures::LABOUR_WORDS.iter().chain(measures::ARMED_WORDS) {
            lx.intern(w);
        }
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
        for &(class, words) in measures::EVENT_CLASSES.iter().chain(measures::METRIC_CLASSES) {
            for w in words {
                p.insert(lx.phrase_ids(w), class);
            }
        }
        lx.events = p;
        let mut p = Phrases::new();
        for &(class, words) in measures::NOUN_CLASSES {
            for w in words {
                p.insert(lx.phrase_ids(w), class);
            }
        }
        lx.nouns = p;
        lx.mark_number_starts();
        lx.flags = lx.entries.iter().map(|e| e.flags).collect();
        lx.table = WordTable::build(lx.ids.iter().map(|(w, id)| (*w, *id)));
        lx
    }

    /// Sets [`flag::NUMBER_START`] on every word that can begin a figure.
    fn mark_number_starts(&mut self) {
        let mut starts: Vec<LexId> = Vec::new();
        for table in [self.modifiers_before.first_ids(), self.currency_symbols.first_ids()] {
            starts.extend(table);
        }
        let mut cores: Vec<LexId> = self.vague.first_ids();
        for w in en::NUMBER_START_WORDS {
            cores.push(self.intern(w));
        }
        for id in self.currency_words.first_ids() {
            if let Some(e) = self.entries.get_mut(id as usize) {
                e.flags |= flag::CURRENCY_NAME;
            }
        }
        for id in starts {
            if let Some(e) = self.entries.get_mut(id as usize) {
                e.flags |= flag::NUMBER_START;
            }
        }
        for id in cores {
            if let Some(e) = self.entries.get_mut(id as usize) {
                e.flags |= flag::NUMBER_START | flag::CORE_START;
            }
        }
        let numeric = flag::SIGN | flag::CURRENCY_CODE | flag::CURRENCY_PREFIX | flag::DOZEN;
        for e in &mut self.entries {
            if e.cardinal.is_some()
                || e.ordinal.is_some()
                || e.fraction.is_some()
                || e.scale.is_some()
                || e.plural_ordinal.is_some()
                || e.flags & numeric != 0
            {
                e.flags |= flag::NUMBER_START | flag::CORE_START;
            }
        }
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
        match WordTable::pack(lower) {
            Some((key, len)) => self.table.get(key, len),
            // empty or longer than any inline word: the map answers
            None => self.ids.get(lower).copied().unwrap_or(0),
        }
    }

    /// The flags of an id (0 for 0 or an unknown id).
    /// Whether a lower-cased word says what a figure is about: not a
    /// grammar word, modal, number word, month, weekday or one of
    /// [`en::CONTEXT_STOPWORDS`].
    pub(crate) fn is_content_word(&self, lower: &str) -> bool {
        if en::CONTEXT_STOPWORDS.binary_search(&lower).is_ok() {
            return false;
        }
        let id = self.id(lower);
        if id == 0 {
            return true;
        }
        let e = self.get(id);
        e.flags & (flag::FUNCTION | flag::MODAL) == 0
            && e.cardinal.is_none()
            && e.ordinal.is_none()
            && e.scale.is_none()
            && e.month.is_none()
            && e.weekday.is_none()
    }

    pub(crate) fn flags(&self, id: LexId) -> u32 {
        self.flags.get(id as usize).copied().unwrap_or(0)
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
    plural_ordinal: None,
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
    fn first_letters_never_reject_a_listed_word() {
        const WORDS: &[&str] = &["so", "since", "throughout", "in"];
        let f = FirstLetters::of(WORDS);
        for w in WORDS {
            assert!(f.may_contain(w), "{w}");
        }
        for w in ["", "the", "ta", "ax", "x", "So", "a-very-long-word-indeed"] {
            assert!(!f.may_contain(w), "{w}");
        }
        // a list with a word the test cannot describe lets everything pass
        let all = FirstLetters::of(&["so", "U.S."]);
        assert!(all.may_contain("the") && all.may_contain("U.S."));
    }

    #[test]
    fn word_table_answers_as_the_map() {
        let lx = english();
        let mut probes: Vec<String> = Vec::new();
        for w in lx.ids.keys() {
            probes.push((*w).to_owned());
            probes.push(format!("{w}s"));
            probes.push(format!("{w}\0"));
            probes.push(w.chars().skip(1).collect());
            probes.push(w.chars().rev().collect());
        }
        probes.extend(
            ["", "a", "\0", "zzzz", "sixteen-letters!", "a-word-longer-than-16"].map(String::from),
        );
        for p in &probes {
            assert_eq!(lx.id(p), lx.ids.get(p.as_str()).copied().unwrap_or(0), "{p:?}");
        }
    }

    #[test]
    fn longest_ending_finds_suffix_phrase() {
        let lx = english();
        let ids = [lx.id("killed"), lx.id("at"), lx.id("least")];
        assert_eq!(lx.modifiers_before.longest_ending(&ids, 4), Some((Modifier::AtLeast, 2)));
    }
}
