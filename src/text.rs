//! Stage 1: text. Tokens, sentences and paragraphs with byte spans, and
//! flags for text that carries no claims (credits, promos, signatures).
//!
//! [`Document::new`] tokenizes an article once; every later stage reads
//! the same tokens. Nothing is rewritten: every token and sentence is a
//! [`Span`] into the original text.
//!
//! | phenomenon | handling |
//! |---|---|
//! | digits with separators | `47,518`, `2.4`, `47 518` (NBSP, narrow NBSP, thin and figure spaces) are one number token |
//! | other digit scripts | full-width (`４７`) and Arabic-Indic (`٤٧`) digits are digits |
//! | clitics | `Netanyahu's` is `Netanyahu` + `'s`; `haven't` is `have` + `n't`; curly apostrophes too |
//! | dotted abbreviations | `U.S.`, `U.N.`, `a.m.` are one word and do not end a sentence |
//! | titles and months | `Gen.`, `Mr.`, `Jan.`, `No.` and single initials do not end a sentence |
//! | line breaks | a blank line starts a paragraph; a single line break ends a sentence unless the line clearly continues |
//! | invisible characters | zero-width and bidi marks separate nothing and join nothing: they are skipped like spaces |
//! | credits | a photo credit (`© …`) is its own sentence, flagged [`SentenceKind::Credit`]; the caption before it is [`SentenceKind::Caption`] |
//! | promos, signatures, bylines | flagged [`SentenceKind::Boilerplate`] |
//! | datelines | `WASHINGTON, Dec. 27 (Reuters) -` or `date 2025-02-04` at the start is recorded as [`Document::dateline`] |
//!
//! # Example
//!
//! ```
//! use crosscheck::text::{segment, SentenceKind};
//!
//! let text = "The U.S. envoy met Gen. Smith on Jan. 4. He left.\n\nSign up for our newsletter";
//! let s = segment(text);
//! assert_eq!(s.len(), 3);
//! assert_eq!(&text[s[0].span], "The U.S. envoy met Gen. Smith on Jan. 4.");
//! assert_eq!(&text[s[1].span], "He left.");
//! assert_eq!(s[2].kind, SentenceKind::Boilerplate);
//! ```

use core::ops::Range;

use crate::lexicon::{self, LexId};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (and digits after a letter: `G7`), including clitics
    /// (`'s`, `n't`) and dotted abbreviations (`U.S.`).
    Word,
    /// A run of digits with its thousands separators and decimal part.
    Number,
    /// Punctuation.
    Punct,
    /// Currency, percent, degree, copyright and other symbols.
    Symbol,
}

/// One token: its kind and byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    pub(crate) lex: LexId,
    /// Whitespace (or invisible characters) precede this token.
    pub(crate) space_before: bool,
    /// Number of line breaks between the previous token and this one.
    pub(crate) newlines_before: u8,
    /// The first character is an upper-case letter.
    pub(crate) cap: bool,
}

/// What a sentence is, for deciding whether its figures are claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SentenceKind {
    /// Article prose.
    Body,
    /// A photo caption: it carries claims, flagged as caption text.
    Caption,
    /// A photo or collage credit (`© Collage: … / AFP`): no claims.
    Credit,
    /// Newsletter promos, bylines, outlet signatures: no claims.
    Boilerplate,
}

/// A sentence: its span, paragraph number (from 0) and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence {
    /// Where the sentence is in the text, trimmed of surrounding spaces.
    pub span: Span,
    /// The paragraph the sentence belongs to, counting from 0.
    pub paragraph: usize,
    /// Whether this sentence carries claims.
    pub kind: SentenceKind,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) tokens: Range<usize>,
}

impl Sentence {
    /// The range of token indices (into [`Document::tokens`]) of this
    /// sentence.
    #[must_use]
    pub fn token_range(&self) -> Range<usize> {
        self.tokens.clone()
    }
}

/// A tokenized and segmented article text.
#[derive(Clone, Debug)]
pub struct Document<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// The lexicon id of every token, contiguous, for phrase matching.
    lex: Vec<LexId>,
    /// The text with ASCII letters lower-cased: same byte offsets, so a
    /// token's span slices its lower-cased word without allocating.
    lower: String,
    sentences: Vec<Sentence>,
    /// Sentence index of every token.
    sentence_of: Vec<u32>,
    dateline: Option<Span>,
}

/// Splits `text` into sentences; see the [module docs](self).
#[must_use]
pub fn segment(text: &str) -> Vec<Sentence> {
    Document::new(text).sentences
}

impl<'t> Document<'t> {
    /// Tokenizes and segments `text`. Linear in the length of the text;
    /// never fails: any string is a document. Run-on text with no sentence
    /// end is cut into pieces of at most [`MAX_SENTENCE_BYTES`] (after a
    /// comma or semicolon when one comes past half that length), so the
    /// work per sentence stays bounded.
    #[must_use]
    pub fn new(text: &'t str) -> Document<'t> {
        let lower = text.to_ascii_lowercase();
        let tokens = tokenize(text, &lower);
        let n_tokens = tokens.len();
        let lex = tokens.iter().map(|t| t.lex).collect();
        let mut doc = Document {
            text,
            tokens,
            lex,
            lower,
            // news sentences run to twenty tokens or more: room for all
            // of them in most articles, instead of growing the list
            sentences: Vec::with_capacity(n_tokens / 16 + 1),
            sentence_of: Vec::new(),
            dateline: None,
        };
        doc.segment();
        doc.classify();
        doc.dateline = doc.find_dateline();
        doc
    }

    /// The text.
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// All tokens, in text order.
    #[must_use]
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// All sentences, in text order.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The dateline at the start of the article, if any.
    #[must_use]
    pub fn dateline(&self) -> Option<Span> {
        self.dateline
    }

    /// The sentence containing token `i`.
    #[must_use]
    pub fn sentence_of_token(&self, i: usize) -> Option<&Sentence> {
        let s = *self.sentence_of.get(i)? as usize;
        self.sentences.get(s)
    }

    /// Index of the sentence containing token `i`.
    pub(crate) fn sentence_index(&self, i: usize) -> usize {
        self.sentence_of.get(i).map_or(0, |&s| s as usize)
    }

    /// The index of the first token starting at or after byte `offset`.
    pub(crate) fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The text of token `i` ("" when out of range).
    pub(crate) fn tok_text(&self, i: usize) -> &'t str {
        self.tokens.get(i).and_then(|t| t.span.get(self.text)).unwrap_or("")
    }

    pub(crate) fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    pub(crate) fn lex(&self, i: usize) -> LexId {
        self.lex.get(i).copied().unwrap_or(0)
    }

    /// The lexicon ids of all tokens.
    pub(crate) fn ids(&self) -> &[LexId] {
        &self.lex
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Lexicon ids of tokens `from..to` (clamped), without copying.
    pub(crate) fn id_slice(&self, from: usize, to: usize) -> &[LexId] {
        let to = to.min(self.lex.len());
        self.lex.get(from.min(to)..to).unwrap_or(&[])
    }

    /// The whole text with ASCII letters lower-cased (same byte offsets).
    pub(crate) fn lower_text(&self) -> &str {
        &self.lower
    }

    /// The word at token `i` with ASCII letters lower-cased, for matching
    /// against word lists without allocating; "" past the end.
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).and_then(|t| self.lower.get(t.span.start..t.span.end)).unwrap_or("")
    }

    /// True when token `i` is the word `w` (ASCII case-insensitive).
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        // the byte length first: most comparisons fail there
        match self.tokens.get(i) {
            Some(t) if t.span.end.wrapping_sub(t.span.start) == w.len() => {
                self.tok_text(i).eq_ignore_ascii_case(w)
            }
            _ => false,
        }
    }

    /// True when token `i` is a list marker's number at the start of a line
    /// ("1. ", "12) "): one or two digits, then "." or ")" glued to them,
    /// then text on the same line.
    pub(crate) fn is_list_marker(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        if t.kind != TokenKind::Number || t.newlines_before == 0 && i > 0 {
            return false;
        }
        let digits = self.tok_text(i);
        (1..=2).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(self.tok_text(i + 1), "." | ")")
            && self.adjacent(i + 1)
            && self.tokens.get(i + 2).is_some_and(|n| n.newlines_before == 0)
    }

    /// True when token `i` directly follows token `i - 1` with no space.
    pub(crate) fn adjacent(&self, i: usize) -> bool {
        i > 0 && self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// True when token `i` is a word with flag `f`.
    pub(crate) fn has_flag(&self, i: usize, f: u32) -> bool {
        lexicon::english().flags(self.lex(i)) & f != 0
    }

    /// The token range of sentence `s`.
    pub(crate) fn sentence_tokens(&self, s: usize) -> Range<usize> {
        self.sentences.get(s).map_or(0..0, |x| x.tokens.clone())
    }

    fn segment(&mut self) {
        let n = self.tokens.len();
        let mut start = 0usize;
        let mut paragraph = 0usize;
        let mut i = 0usize;
        let bytes = self.text.as_bytes();
        while i < n {
            // most tokens are words inside a line, well short of the run-on
            // limit: nothing to decide at them
            if let (Some(t), Some(nx), Some(first)) =
                (self.tokens.get(i), self.tokens.get(i + 1), self.tokens.get(start))
                && t.kind == TokenKind::Word
                && nx.newlines_before == 0
                && bytes.get(t.span.end.wrapping_sub(1)) != Some(&b'.')
                // not "©" (bytes C2 A9), compared byte by byte
                && !(bytes.get(nx.span.start) == Some(&0xC2)
                    && bytes.get(nx.span.start + 1) == Some(&0xA9))
                && t.span.end - first.span.start < MAX_SENTENCE_BYTES / 2
            {
                i += 1;
                continue;
            }
            let mut end = i + 1; // exclusive token end of a sentence ending at i
            let mut boundary = false;
            let next_para = self.tokens.get(i + 1).is_some_and(|t| t.newlines_before >= 2);
            if self.is_terminal(i) {
                // absorb closing quotes and brackets glued to the terminator
                while let Some(t) = self.tokens.get(end) {
                    if !t.space_before && is_closer(self.tok_text(end)) {
                        end += 1;
                    } else {
                        break;
                    }
                }
                boundary = self.starts_sentence(end);
            } else if self.tokens.get(i + 1).is_some_and(|t| t.newlines_before >= 1) {
                boundary = !self.line_continues(i);
            } else if self.tok_text(i + 1) == "©" || self.dotted_abbreviation_ends(i) {
                boundary = true;
            }
            if end >= n {
                boundary = true;
                end = n;
            }
            // run-on text: a sentence is cut after a comma or semicolon
            // once it is long, and anywhere once it is very long, so work
            // per sentence (and each citation's copy of it) stays bounded
            if !boundary {
                let from = self.tokens.get(start).map_or(0, |t| t.span.start);
                let len = self.tokens.get(i).map_or(0, |t| t.span.end) - from;
                let soft = len >= MAX_SENTENCE_BYTES / 2 && matches!(self.tok_text(i), "," | ";");
                boundary = soft || len >= MAX_SENTENCE_BYTES;
            }
            if boundary || next_para {
                self.push_sentence(start, end, paragraph);
                if self.tokens.get(end).is_some_and(|t| t.newlines_before >= 2) {
                    paragraph += 1;
                }
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        if start < n {
            self.push_sentence(start, n, paragraph);
        }
        self.sentence_of = vec![0; n];
        for (si, s) in self.sentences.iter().enumerate() {
            let idx = u32::try_from(si).unwrap_or(u32::MAX);
            for t in s.tokens.clone() {
                if let Some(slot) = self.sentence_of.get_mut(t) {
                    *slot = idx;
                }
            }
        }
    }

    fn push_sentence(&mut self, from: usize, to: usize, paragraph: usize) {
        if from >= to {
            return;
        }
        let (Some(a), Some(b)) = (self.tokens.get(from), self.tokens.get(to - 1)) else { return };
        self.sentences.push(Sentence {
            span: Span::new(a.span.start, b.span.end),
            paragraph,
            kind: SentenceKind::Body,
            tokens: from..to,
        });
    }

    fn is_terminal(&self, i: usize) -> bool {
        match self.tok_text(i) {
            "!" | "?" | "…" | "‼" | "⁇" => true,
            "." => !self.period_is_abbreviation(i),
            _ => false,
        }
    }

    /// A period after a title, month abbreviation or initial.
    fn period_is_abbreviation(&self, i: usize) -> bool {
        if i == 0 || !self.adjacent(i) {
            return false;
        }
        let prev = self.tok_text(i - 1);
        if self.kind(i - 1) != Some(TokenKind::Word) {
            return false;
        }
        let mut chars = prev.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            // single letter: an initial ("Donald J. Trump") or "(l.)"
            return c.is_uppercase() || !self.starts_sentence(i + 1);
        }
        let lower = self.lower(i - 1);
        if TITLE_ABBREVIATIONS.contains(&lower) {
            return true;
        }
        if lower == "no" || lower == "nos" {
            return self.kind(i + 1) == Some(TokenKind::Number);
        }
        // Month abbreviations before a day number: "Jan. 4".
        if MONTH_ABBREVIATIONS.contains(&lower) {
            return self.kind(i + 1) == Some(TokenKind::Number);
        }
        false
    }

    /// Does a new sentence start at token `j`?
    fn starts_sentence(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else { return true };
        if !t.space_before && t.newlines_before == 0 {
            return false;
        }
        let s = self.tok_text(j);
        let Some(c) = s.chars().next() else { return true };
        !c.is_lowercase()
    }

    /// A dotted abbreviation ("U.S.") that ends a sentence: followed by a
    /// capitalized sentence opener.
    fn dotted_abbreviation_ends(&self, i: usize) -> bool {
        let t = self.tok_text(i);
        if !(t.ends_with('.') && t.len() > 2 && self.kind(i) == Some(TokenKind::Word)) {
            return false;
        }
        let next = self.tok_text(i + 1);
        self.tokens.get(i + 1).is_some_and(|t| t.space_before) && SENTENCE_OPENERS.contains(&next)
    }

    /// Does the line break after token `i` continue the sentence?
    fn line_continues(&self, i: usize) -> bool {
        let prev = self.tok_text(i);
        let next = self.tok_text(i + 1);
        let next_lower = next.chars().next().is_some_and(char::is_lowercase);
        let prev_open = matches!(prev, "," | "-" | "–" | "(" | "&" | "/")
            || prev.chars().next().is_some_and(char::is_lowercase)
            || self.kind(i) == Some(TokenKind::Number);
        prev_open && next_lower
    }

    fn classify(&mut self) {
        let n_par = self.sentences.last().map_or(0, |s| s.paragraph + 1);
        // sentences come in paragraph order: each paragraph is one run
        let mut first = 0usize;
        while let Some(head) = self.sentences.get(first) {
            let p = head.paragraph;
            let tok_from = head.tokens.start;
            let mut end = first + 1;
            while self.sentences.get(end).is_some_and(|s| s.paragraph == p) {
                end += 1;
            }
            let tok_to = self.sentences.get(end - 1).map_or(0, |s| s.tokens.end);
            // one walk over the paragraph's tokens counts; the word tests
            // run only where their answer matters
            let mut words = 0usize;
            let mut has_number = false;
            let mut credit_at = None;
            // (counted without branching on the kind: the kinds of
            // consecutive tokens are hard to predict)
            for t in tok_from..tok_to {
                let Some(tok) = self.tokens.get(t) else { break };
                words += usize::from(tok.kind == TokenKind::Word);
                has_number |= tok.kind == TokenKind::Number;
                // "©" is a symbol token
                if tok.kind == TokenKind::Symbol && credit_at.is_none() && self.tok_text(t) == "©"
                {
                    credit_at = Some(t);
                }
            }
            let is_word = |t: usize| self.kind(t) == Some(TokenKind::Word);
            // promo words are words
            let promo =
                words <= 40 && (tok_from..tok_to).any(|t| is_word(t) && self.is_promo_at(t));
            let signature = p + 1 == n_par && p > 0 && words <= 3 && !has_number;
            // every word after the first is capitalized or "and"
            let byline = p == 0
                && words <= 8
                && self.is(tok_from, "by")
                && (tok_from..tok_to)
                    .filter(|&t| is_word(t))
                    .skip(1)
                    .all(|t| self.tokens.get(t).is_some_and(|x| x.cap) || self.is(t, "and"));
            for sent in self.sentences.get_mut(first..end).unwrap_or(&mut []) {
                if promo || signature || byline {
                    sent.kind = SentenceKind::Boilerplate;
                } else if let Some(c) = credit_at {
                    sent.kind = if sent.tokens.start >= c {
                        SentenceKind::Credit
                    } else {
                        SentenceKind::Caption
                    };
                }
            }
            first = end;
        }
    }

    fn is_promo_at(&self, t: usize) -> bool {
        let w = self.lower(t);
        if !PROMO_WORDS.may_contain(w) {
            return false;
        }
        match w {
            "newsletter" | "newsletters" | "subscribe" | "subscribers" | "subscription"
            | "advertisement" => true,
            "sign" => self.is(t + 1, "up"),
            "read" => self.is(t + 1, "more") || self.is(t + 1, "next"),
            "click" => self.is(t + 1, "here"),
            "follow" => self.is(t + 1, "us"),
            "rights" => self.is(t + 1, "reserved"),
            "download" => self.is(t + 1, "the") && self.is(t + 2, "app"),
            _ => false,
        }
    }

    /// A dateline at the start: `date 2025-02-04`, `WASHINGTON, Dec. 27
    /// (Reuters) -`, `LONDON (AP) —`.
    fn find_dateline(&self) -> Option<Span> {
        let first = self.tokens.first()?;
        if matches!(self.lower(0), "date" | "dated" | "published" | "updated" | "posted") {
            // label, optional colon, then a date of up to 6 tokens
            let mut j = 1;
            if matches!(self.tok_text(j), ":" | "-") {
                j += 1;
            }
            let start_date = j;
            while j < self.tokens.len().min(start_date + 6) {
                let t = self.tok_text(j);
                let ok = self.kind(j) == Some(TokenKind::Number)
                    || matches!(t, "-" | "/" | "," | ".")
                    || lexicon::english().get(self.lex(j)).month.is_some();
                if !ok
                    || (j > start_date && self.tokens.get(j).is_some_and(|t| t.newlines_before > 0))
                {
                    break;
                }
                j += 1;
            }
            if j > start_date && self.kind(start_date) == Some(TokenKind::Number)
                || lexicon::english().get(self.lex(start_date)).month.is_some()
            {
                let end = self.tokens.get(j - 1)?.span.end;
                return Some(Span::new(first.span.start, end));
            }
            return None;
        }
        // CITY[, ...] [date] [(Agency)] dash, within the first 14 tokens of
        // the first line, the city in capitals.
        let city = self.tok_text(0);
        if city.len() < 3 || !city.chars().all(|c| c.is_uppercase() || c == '.' || c == '\'') {
            return None;
        }
        for j in 1..self.tokens.len().min(16) {
            if self.tokens.get(j).is_some_and(|t| t.newlines_before > 0) {
                return None;
            }
            if matches!(self.tok_text(j), "-" | "–" | "—" | "--")
                && self.tokens.get(j).is_some_and(|t| t.space_before)
            {
                let end = self.tokens.get(j)?.span.end;
                return Some(Span::new(first.span.start, end));
            }
        }
        None
    }
}

/// The longest sentence, in bytes, before run-on text is cut (see
/// [`Document::new`]): real sentences are far shorter.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// The first words of promos that [`Document::is_promo_at`] reads.
const PROMO_WORDS: lexicon::FirstLetters = lexicon::FirstLetters::of(&[
    "newsletter",
    "newsletters",
    "subscribe",
    "subscribers",
    "subscription",
    "advertisement",
    "sign",
    "read",
    "click",
    "follow",
    "rights",
    "download",
]);

const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
    "rev", "st", "jr", "sr", "prof", "vs", "approx", "ft", "mt", "ave", "blvd", "dept", "est",
    "fig", "vol", "pp", "pres", "supt", "cmdr", "lieut", "messrs", "hon", "brig", "cpl", "pvt",
    "cdr", "insp", "det", "amb", "atty", "gens",
];

const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "In",
    "A",
    "An",
    "This",
    "That",
    "His",
    "Her",
    "Their",
    "There",
    "On",
    "At",
    "After",
    "Before",
    "When",
    "While",
    "And",
    "Officials",
];

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "›")
}

/// The value of a decimal digit in any of the scripts crosscheck reads:
/// ASCII, full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari and
/// Bengali.
#[must_use]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    let c = c as u32;
    let base = match c {
        0x30..=0x39 => 0x30,
        0xFF10..=0xFF19 => 0xFF10,
        0x0660..=0x0669 => 0x0660,
        0x06F0..=0x06F9 => 0x06F0,
        0x0966..=0x096F => 0x0966,
        0x09E6..=0x09EF => 0x09E6,
        _ => return None,
    };
    Some(c - base)
}

/// Characters that separate tokens without being tokens: whitespace and
/// invisible format characters (zero-width spaces and joiners, bidi marks,
/// the byte-order mark, soft hyphens).
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // the ASCII characters `char::is_whitespace` accepts
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Spaces allowed as thousands separators inside a number.
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}' | '\u{200D}' | '\u{200C}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

const CLITICS: &[&str] = &["s", "ll", "re", "ve", "d", "m"];

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₪'
            | '₽'
            | '₩'
            | '₺'
            | '₴'
            | '₦'
            | '₱'
            | '฿'
            | '₫'
            | '¢'
            | '%'
            | '‰'
            | '°'
            | '©'
            | '®'
            | '™'
            | '#'
            | '&'
            | '+'
            | '~'
            | '='
            | '<'
            | '>'
            | '±'
            | '×'
            | '@'
            | '§'
            | '¶'
            | '^'
            | '*'
            | '|'
            | '\\'
    )
}

/// A position-by-byte reader over the text: positions are byte offsets on
/// char boundaries, and stepping decodes one char at a time (ASCII in one
/// step), so tokenizing allocates nothing per char.
struct Cursor<'a> {
    text: &'a str,
}

impl Cursor<'_> {
    /// The char starting at byte `k`.
    fn at(&self, k: usize) -> Option<char> {
        let b = *self.text.as_bytes().get(k)?;
        if b < 0x80 {
            return Some(b as char);
        }
        self.text.get(k..).and_then(|s| s.chars().next())
    }

    /// The byte after the char at `k` (the end of the text stays there).
    fn next(&self, k: usize) -> usize {
        match self.at(k) {
            Some(c) => k + c.len_utf8(),
            None => self.text.len().max(k),
        }
    }

    /// The byte `n` chars after `k`.
    fn nth(&self, mut k: usize, n: usize) -> usize {
        for _ in 0..n {
            k = self.next(k);
        }
        k
    }

    /// The char ending at byte `k`.
    fn before(&self, k: usize) -> Option<char> {
        self.text.get(..k).and_then(|s| s.chars().next_back())
    }

    /// The char `n` chars after `k`.
    fn at_n(&self, k: usize, n: usize) -> Option<char> {
        self.at(self.nth(k, n))
    }

    fn digit_at(&self, k: usize) -> bool {
        self.at(k).and_then(digit_value).is_some()
    }

    /// The letters after the apostrophe at `k`: their end and their
    /// ASCII-lower-cased text ("'s" gives "s"), or "" when longer than a
    /// clitic can be.
    fn letters_after(&self, k: usize) -> (usize, ([u8; 4], usize)) {
        let mut e = self.next(k);
        let mut buf = [0u8; 4];
        let mut len = 0usize;
        let mut fits = true;
        while let Some(c) = self.at(e).filter(|c| c.is_alphabetic()) {
            match buf.get_mut(len) {
                Some(slot) if c.is_ascii() && fits => {
                    *slot = (c as u8).to_ascii_lowercase();
                    len += 1;
                }
                _ => fits = false,
            }
            e += c.len_utf8();
        }
        (e, if fits { (buf, len) } else { ([0; 4], 0) })
    }
}

/// The text of a `letters_after` result.
fn clitic_text(c: &([u8; 4], usize)) -> &str {
    c.0.get(..c.1).and_then(|b| core::str::from_utf8(b).ok()).unwrap_or("")
}

/// Splits text into tokens; see the module docs.
/// `lower_text` is `text` with ASCII letters lower-cased (same offsets).
fn tokenize(text: &str, lower_text: &str) -> Vec<Token> {
    let cur = Cursor { text };
    let lx = lexicon::english();
    let n = text.len();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut lower = String::new();
    let mut k = 0usize;
    let mut space = true;
    let mut newlines: u8 = 0;
    while k < n {
        let Some(c) = cur.at(k) else { break };
        if is_space(c) {
            if c == '\n' || c == '\r' && cur.at(k + 1) != Some('\n') {
                newlines = newlines.saturating_add(1);
            }
            space = true;
            k += c.len_utf8();
            continue;
        }
        let start = k;
        let kind;
        let leading_point = c == '.'
            && cur.digit_at(k + 1)
            && (k == 0 || space || cur.before(k).is_some_and(|p| matches!(p, '-' | '−' | '+')));
        if c.is_ascii_digit()
            || !c.is_ascii() && (digit_value(c).is_some() || vulgar_fraction(c).is_some())
            || leading_point
        {
            kind = TokenKind::Number;
            k = scan_number(&cur, k);
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            k = scan_word(&cur, k);
            k = currency_glued(&cur, start, k, lx);
        } else if is_apostrophe(c)
            && !space
            && out.last().is_some_and(|t| t.kind == TokenKind::Word)
        {
            // a clitic glued to the previous word: 's, 'll, 're, 've, 'd, 'm
            let (e, rest) = cur.letters_after(k);
            if CLITICS.contains(&clitic_text(&rest)) {
                kind = TokenKind::Word;
                k = e;
            } else {
                kind = TokenKind::Punct;
                k += c.len_utf8();
            }
        } else if is_symbol(c) {
            kind = TokenKind::Symbol;
            k += c.len_utf8();
        } else {
            kind = TokenKind::Punct;
            k += c.len_utf8();
        }
        let span = Span::new(start, k.min(n));
        let tok_text = span.get(text).unwrap_or("");
        let ascii_lower = lower_text.get(span.start..span.end).filter(|w| w.is_ascii());
        let lex = if kind == TokenKind::Number {
            0
        } else if let Some(w) = ascii_lower {
            lx.id(w)
        } else {
            lower.clear();
            for ch in tok_text.chars() {
                if ch == '’' {
                    lower.push('\'');
                } else {
                    lower.extend(ch.to_lowercase());
                }
            }
            lx.id(&lower)
        };
        let cap = match tok_text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => tok_text.chars().next().is_some_and(char::is_uppercase),
        };
        out.push(Token { span, kind, lex, space_before: space, newlines_before: newlines, cap });
        space = false;
        newlines = 0;
    }
    out
}

fn scan_number(cur: &Cursor<'_>, mut k: usize) -> usize {
    if cur.at(k).and_then(vulgar_fraction).is_some() {
        return cur.next(k);
    }
    let first = k;
    let mut first_group = 0usize;
    while cur.digit_at(k) {
        k = cur.next(k);
        first_group += 1;
    }
    // a group of exactly `len` digits at `j`, not followed by a digit:
    // its end
    let group = |j: usize, len: usize| -> Option<usize> {
        let mut e = j;
        for _ in 0..len {
            if !cur.digit_at(e) {
                return None;
            }
            e = cur.next(e);
        }
        (!cur.digit_at(e)).then_some(e)
    };
    let mut grouped = false;
    // thousands groups: separator + exactly three digits, not followed by a digit
    if first_group <= 3 {
        while let Some(sep) = cur.at(k) {
            if !(sep == ',' || is_group_space(sep) || sep == '\'' && grouped) {
                break;
            }
            // "1,5" is not a group; "2,000,00" stops after "2,000"
            match group(cur.next(k), 3) {
                Some(e) => {
                    grouped = true;
                    k = e;
                }
                None => break,
            }
        }
    }
    // Indian grouping: "1,00,000", "12,34,567" (pairs, then a final
    // group of three)
    if !grouped && (1..=2).contains(&first_group) && cur.at(k) == Some(',') {
        let mut j = k;
        let mut pairs = 0;
        while cur.at(j) == Some(',')
            && let Some(e) = group(j + 1, 2)
        {
            j = e;
            pairs += 1;
        }
        if pairs > 0
            && cur.at(j) == Some(',')
            && let Some(e) = group(j + 1, 3)
        {
            k = e;
        }
    }
    // decimal part
    if let Some(p @ ('.' | '\u{066B}')) = cur.at(k)
        && cur.digit_at(k + p.len_utf8())
    {
        k += p.len_utf8();
        while cur.digit_at(k) {
            k = cur.next(k);
        }
    }
    // a vulgar fraction glued on: "10½"
    if k > first && cur.at(k).and_then(vulgar_fraction).is_some() {
        return cur.next(k);
    }
    // scientific notation: "1e10", "12.32e+14", "12e-1"
    if k > first && matches!(cur.at(k), Some('e' | 'E')) {
        let mut j = k + 1;
        if matches!(cur.at(j), Some('+' | '-')) {
            j += 1;
        }
        if cur.digit_at(j) {
            while cur.digit_at(j) {
                j = cur.next(j);
            }
            if !cur.at(j).is_some_and(is_word_char) {
                k = j;
            }
        }
    }
    k
}

/// The value of a vulgar fraction character: "½" is (1, 2).
#[must_use]
pub(crate) fn vulgar_fraction(c: char) -> Option<(u8, u8)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅐' => (1, 7),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅑' => (1, 9),
        '⅒' => (1, 10),
        _ => return None,
    })
}

/// A currency code or letter symbol glued to the digits after it ("GBP3.01",
/// "Rs20", "RM42") ends the word before the digits, so the figure is a
/// number token of its own; "G7" and "F35" stay words.
fn currency_glued(cur: &Cursor<'_>, start: usize, end: usize, lx: &lexicon::Lexicon) -> usize {
    // only a word that ends in a digit can be glued to one; most words
    // end in an ASCII letter, read without decoding
    if let Some(&b) = end.checked_sub(1).and_then(|e| cur.text.as_bytes().get(e))
        && b.is_ascii()
        && !b.is_ascii_digit()
    {
        return end;
    }
    if cur.before(end).is_none_or(|c| digit_value(c).is_none()) {
        return end;
    }
    let mut p = start;
    let mut letters = 0usize;
    while p < end
        && let Some(c) = cur.at(p).filter(|c| c.is_alphabetic())
    {
        p += c.len_utf8();
        letters += 1;
    }
    if p == start || p >= end || letters > 4 {
        return end;
    }
    let mut j = p;
    while j < end {
        if !cur.digit_at(j) {
            return end;
        }
        j = cur.next(j);
    }
    let prefix: String =
        cur.text.get(start..p).unwrap_or("").chars().flat_map(char::to_lowercase).collect();
    let f = lx.get(lx.id(&prefix)).flags;
    let is_code = prefix.len() == 3 && f & lexicon::flag::CURRENCY_CODE != 0;
    if is_code || f & lexicon::flag::CURRENCY_PREFIX != 0 { p } else { end }
}

fn scan_word(cur: &Cursor<'_>, mut k: usize) -> usize {
    // "n't": a lone n followed by 't
    if matches!(cur.at(k), Some('n' | 'N'))
        && cur.at(k + 1).is_some_and(is_apostrophe)
        && matches!(cur.at_n(k, 2), Some('t' | 'T'))
        && !cur.at_n(k, 3).is_some_and(is_word_char)
    {
        return cur.nth(k, 3);
    }
    let mut chars = 0usize;
    let bytes = cur.text.as_bytes();
    loop {
        // ASCII letters and digits a byte at a time
        while bytes.get(k).is_some_and(u8::is_ascii_alphanumeric) {
            k += 1;
            chars += 1;
        }
        // any other ASCII character but an apostrophe ends the word
        if bytes.get(k).is_some_and(|&b| b.is_ascii() && b != b'\'') {
            break;
        }
        let Some(c) = cur.at(k) else { break };
        if is_word_char(c) {
            k += c.len_utf8();
            chars += 1;
        } else if is_apostrophe(c) && cur.at_n(k, 1).is_some_and(char::is_alphabetic) {
            let (e, rest) = cur.letters_after(k);
            let rest = clitic_text(&rest);
            if CLITICS.contains(&rest) {
                return k;
            }
            if rest == "t" && chars > 1 && matches!(cur.before(k), Some('n' | 'N')) {
                return k - 1;
            }
            k = e; // O'Brien
            chars += 2;
        } else {
            break;
        }
    }
    // dotted abbreviations: U.S., U.N., a.m., e.g.
    if chars <= 2 && cur.at(k) == Some('.') && cur.at(k + 1).is_some_and(char::is_alphabetic) {
        let mut j = k;
        let mut parts = 1;
        while cur.at(j) == Some('.') && cur.at(j + 1).is_some_and(char::is_alphabetic) {
            let mut e = j + 1;
            let mut letters = 0usize;
            while let Some(c) = cur.at(e).filter(|c| c.is_alphabetic()) {
                e += c.len_utf8();
                letters += 1;
            }
            if letters > 2 {
                break;
            }
            j = e;
            parts += 1;
        }
        if parts >= 2 && cur.at(j) == Some('.') {
            return j + 1;
        }
        if parts >= 2 {
            return j;
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        Document::new(text).tokens.iter().map(|t| &text[t.span]).collect()
    }

    #[test]
    fn tokenizer_table() {
        let cases: &[(&str, &[&str])] = &[
            ("47,518 people", &["47,518", "people"]),
            ("1,1,1", &["1", ",", "1", ",", "1"]),
            ("2,000,00", &["2,000", ",", "00"]),
            ("2.4 million", &["2.4", "million"]),
            ("47\u{a0}518", &["47\u{a0}518"]),
            ("47\u{202f}518 dead", &["47\u{202f}518", "dead"]),
            ("$3.2bn", &["$", "3.2", "bn"]),
            ("42-day", &["42", "-", "day"]),
            ("Netanyahu's visit", &["Netanyahu", "'s", "visit"]),
            ("Trump’s estate", &["Trump", "’s", "estate"]),
            ("haven't", &["have", "n't"]),
            ("O'Brien", &["O'Brien"]),
            ("the U.S. and U.N.", &["the", "U.S.", "and", "U.N."]),
            ("COVID-19", &["COVID", "-", "19"]),
            ("G7 summit", &["G7", "summit"]),
            ("٤٧ قتيلا", &["٤٧", "قتيلا"]),
            ("１２３", &["１２３"]),
            ("a\u{200b}b", &["a", "b"]),
            ("café", &["café"]),
            ("Hamas' weapons", &["Hamas", "'", "weapons"]),
            ("3 p.m.", &["3", "p.m."]),
            ("12,34,567.89 and 1,00,000", &["12,34,567.89", "and", "1,00,000"]),
            ("1,23 people", &["1", ",", "23", "people"]),
            ("about .75 cups", &["about", ".75", "cups"]),
            ("U.S. .5", &["U.S.", ".5"]),
            ("end.77", &["end", ".", "77"]),
            ("1e10 and 12.32e+14", &["1e10", "and", "12.32e+14"]),
            ("#3e4e5f", &["#", "3", "e4e5f"]),
            ("10½ and ⅔", &["10½", "and", "⅔"]),
            ("GBP3.01 Rs20 G7 F35", &["GBP", "3.01", "Rs", "20", "G7", "F35"]),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("He left. She stayed.", &["He left.", "She stayed."]),
            ("The U.S. envoy arrived. Talks began.", &["The U.S. envoy arrived.", "Talks began."]),
            ("Gen. Smith spoke on Jan. 4 in Paris.", &["Gen. Smith spoke on Jan. 4 in Paris."]),
            ("Donald J. Trump won.", &["Donald J. Trump won."]),
            ("He said \"no.\" Then he left.", &["He said \"no.\"", "Then he left."]),
            ("Netanyahu (l.) will meet Trump.", &["Netanyahu (l.) will meet Trump."]),
            (
                "He moved to the U.S. The move was sudden.",
                &["He moved to the U.S.", "The move was sudden."],
            ),
            ("First line\nSecond line", &["First line", "Second line"]),
            (
                "a sentence that wraps\nonto the next line.",
                &["a sentence that wraps\nonto the next line."],
            ),
            ("Caption text © Photo: AFP", &["Caption text", "© Photo: AFP"]),
            (
                "Prices rose 2.5 percent. Wages did not.",
                &["Prices rose 2.5 percent.", "Wages did not."],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = segment(text).iter().map(|s| &text[s.span]).collect();
            assert_eq!(got, *want, "text {text:?}");
        }
    }

    #[test]
    fn kinds_table() {
        let text = "Unlock the Daily newsletter for free\n\nThe army said 40 died. A tank in Gaza © Jane Doe/AFP\n\nMore text here.\n\nNews.Az";
        let s = segment(text);
        let kinds: Vec<(&str, SentenceKind)> = s.iter().map(|x| (&text[x.span], x.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                ("Unlock the Daily newsletter for free", SentenceKind::Boilerplate),
                ("The army said 40 died.", SentenceKind::Caption),
                ("A tank in Gaza", SentenceKind::Caption),
                ("© Jane Doe/AFP", SentenceKind::Credit),
                ("More text here.", SentenceKind::Body),
                ("News.Az", SentenceKind::Boilerplate),
            ]
        );
    }

    #[test]
    fn datelines() {
        let cases: &[(&str, Option<&str>)] = &[
            (" date 2025-02-04 Israeli Prime Minister", Some("date 2025-02-04")),
            (
                "WASHINGTON, Dec. 27 (Reuters) - The president",
                Some("WASHINGTON, Dec. 27 (Reuters) -"),
            ),
            ("LONDON (AP) — Prices rose", Some("LONDON (AP) —")),
            ("Israel - Israeli Prime Minister", None),
            ("The president said", None),
        ];
        for (text, want) in cases {
            let d = Document::new(text);
            assert_eq!(d.dateline().map(|s| &text[s]), *want, "text {text:?}");
        }
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let text = "Ünïcödé — “quoted” ４７ ٤٧\u{200f} end.";
        let d = Document::new(text);
        for t in d.tokens() {
            assert!(t.span.get(text).is_some());
        }
    }
}
