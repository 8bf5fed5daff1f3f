//! Stage 4: claims. Turns every figure and date of an article into a
//! [`Claim`]: the value, what it measures, its scope, who asserts it, how
//! firmly, and its citation.
//!
//! | field | how it is read |
//! |---|---|
//! | [`Claim::measure`] | counts: the counted noun after the figure ("400 Palestinians") and the nearest event word in the clause ("killed"); ordinals: the noun after ("fifth visit"); dates: the event the date dates ("meet … a day later", "ceasefire, agreed in November 2024", "October's Gaza ceasefire agreement"); durations: what lasted ("15 months of war"). Words are grouped into documented synonym classes (killed / dead / deaths / death toll; visit / summit / meeting / talks …) |
//! | [`Claim::scope`] | places ("in Gaza", "Lebanon ceasefire"), and the time scope the figure holds for ("this year", "in the past year", "since the ceasefire began", "so far") |
//! | [`Claim::as_of`] | an explicit "as of" date, else the publication date |
//! | [`Claim::attribution`] | "according to X", "X said", "told AFP", "citing Reuters", quotations and their speaker, else the outlet itself |
//! | [`Claim::certainty`] | plans and expectations ("is to free", "will", "is supposed to"), possibility ("could"), reporting hedges ("reportedly", "allegedly"), estimates, negation, conditionals |
//! | [`Claim::section`] | body text or photo caption |
//!
//! A time expression that scopes or dates another figure ("fifth visit
//! this year", "rose to 43 on Tuesday") is a date claim of its own as
//! well: other outlets often state the same period or day apart from any
//! figure ("since 2000", "in April-June"). Figures in credits, promos,
//! bylines, signatures and datelines are not claims; they are listed in
//! [`ArticleClaims::skipped`] with the reason.
//!
//! # Example
//!
//! ```
//! use crosscheck::claim;
//! use crosscheck::Article;
//!
//! let a = Article::new("a1", "At least 40 people were killed in the blast, police said.")
//!     .published("2025-03-04")?;
//! let found = claim::extract(&a);
//! let c = &found.claims[0];
//! assert_eq!(c.citation.quote, "At least 40");
//! assert_eq!(c.measure.class.as_deref(), Some("killed"));
//! assert_eq!(c.attribution.source, "police");
//! # Ok::<(), crosscheck::Error>(())
//! ```

mod attribution;
mod measure;
mod tally;
pub(crate) use measure::lemma;

use crate::article::Article;
use crate::error::{Error, Result};
use crate::number::{NumberConfig, NumberKind, NumberMention, NumberParser, Quantity};
use crate::span::Span;
use crate::text::{Document, SentenceKind, TokenKind};
use crate::time::{Date, TimeConfig, TimeMention, TimeParser, TimeValue};

pub use attribution::{Attribution, SourceKind};

/// Where a claim is cited from: article, mention span and quote, sentence
/// span and text. `&article.text()[span] == quote` always holds, and so
/// does `&article.text()[sentence_span] == sentence`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Citation {
    /// The article id.
    pub article: String,
    /// Byte span of the mention.
    pub span: Span,
    /// The mention's text.
    pub quote: String,
    /// Byte span of the sentence containing the mention.
    pub sentence_span: Span,
    /// The sentence's text.
    pub sentence: String,
}

impl Citation {
    pub(crate) fn new(article: &str, text: &str, span: Span, sentence_span: Span) -> Citation {
        Citation {
            article: article.to_owned(),
            span,
            quote: span.get(text).unwrap_or("").to_owned(),
            sentence_span,
            sentence: sentence_span.get(text).unwrap_or("").to_owned(),
        }
    }
}

/// The value of a claim: a figure or a time value.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Value {
    /// A figure from the number stage.
    Number(Quantity),
    /// A date, interval or duration from the time stage.
    Time(TimeValue),
}

impl Value {
    /// A short name of the kind of value, used to keep unlike values
    /// apart: the number kind (`"cardinal"`, `"ordinal"`, `"percent"` …;
    /// fractions count as percent), `"date"` or `"duration"`.
    #[must_use]
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Number(q) => match q.kind {
                NumberKind::Fraction => NumberKind::Percent.as_str(),
                k => k.as_str(),
            },
            Value::Time(TimeValue::Duration(_)) => "duration",
            Value::Time(_) => "date",
        }
    }
}

impl core::fmt::Display for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Value::Number(q) => write!(f, "{q}"),
            Value::Time(t) => write!(f, "{t}"),
        }
    }
}

/// What a figure measures or a date dates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Measure {
    /// The synonym class of what is counted or dated (`"killed"`,
    /// `"meeting"`, `"ceasefire"`), when one applies; else the head word.
    pub class: Option<String>,
    /// The head word as written, lower-cased and singular ("visit",
    /// "summit", "palestinian"); for a percentage of a named metric, the
    /// metric, whichever of its words is written ("inflation" for
    /// "consumer prices rose 3.2%", "target" for "a two percent goal").
    pub head: Option<String>,
    /// The action around a dated event when it differs from the class
    /// ("conclude" for "ceasefire, agreed in November 2024", "start" for
    /// "will begin in January").
    pub action: Option<String>,
    /// For durations written as a gap ("six months after the war"), the
    /// relation word.
    pub relation: Option<String>,
    /// The words read, for people: "Palestinians killed", "visit",
    /// "ceasefire agreed".
    pub phrase: String,
    /// Capitalized modifiers of the head, lower-cased: "lebanon" in
    /// "the Lebanon ceasefire", "palestinian" in "Palestinian prisoners".
    /// Two claims whose qualifiers differ are about different things.
    pub qualifiers: Vec<String>,
    /// The name the figure belongs to, lower-cased, when the text says so
    /// directly: a possessor ("Netanyahu's fifth visit"), the subject of a
    /// verb right before the figure ("the Liberals won 11 seats"), or a
    /// name before a figure in a list ("the Greens 12"). Never the source
    /// of a statement ("police said 40").
    pub subject: Option<String>,
}

/// The synonym classes a [`Measure::class`] can name, with the words and
/// phrases of each: event classes ("killed": killed, dead, deaths, death
/// toll, lives lost, …), metrics ("revenue": revenue, sales, turnover, …)
/// and counted nouns ("soldiers": troops, soldiers, …). This is the data
/// the claim stage reads, for explaining a finding or checking a measure.
///
/// ```
/// let killed = crosscheck::claim::measure_classes().find(|(c, _)| *c == "killed").unwrap();
/// assert!(killed.1.contains(&"death toll"));
/// ```
pub fn measure_classes() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    use crate::lexicon::measures::{EVENT_CLASSES, METRIC_CLASSES, NOUN_CLASSES};
    EVENT_CLASSES.iter().chain(METRIC_CLASSES).chain(NOUN_CLASSES).copied()
}

/// The scope a figure holds for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Scope {
    /// Places named with the figure ("Gaza", "Lebanon").
    pub places: Vec<String>,
    /// The time scope as written ("this year", "in the past year", "since
    /// the ceasefire began", "so far").
    pub time: Option<String>,
    /// A normalized key of the time scope, for comparison:
    /// `"year:2025"`, `"past:year"`, `"since:ceasefire"`, `"so_far"`.
    pub time_key: Option<String>,
    /// Where the time expression that scopes, dates or spans the figure
    /// is written: the time scope ("in 2021", "over the past year"), else
    /// the time that dates it ("rose to 43 on Tuesday"), else the period
    /// it is spread over ("a 9% rise over two years", "210 millimetres of
    /// rain in 24 hours"); the last two are read for alignment only. The
    /// span of the date or duration claim it is as well.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub time_span: Option<Span>,
    /// The figure is a running total ("so far", "toll", "since", "in
    /// total"), expected to grow between publications.
    pub running: bool,
    /// The figure is the earlier level of a running total that the
    /// figure before it changed from ("lowered the toll to 301 from
    /// 318"), or the figure a correction replaces ("rose 3.4%, not the
    /// 3.2% of its flash estimate"): stated as of the day before that
    /// figure unless dated, and aligned apart from its own article's
    /// current figure.
    #[cfg_attr(feature = "serde", serde(default))]
    pub earlier: bool,
}

/// How firmly a claim is made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Modality {
    /// Stated as fact.
    #[default]
    Asserted,
    /// Attributed with a hedge: "reportedly", "allegedly".
    Reported,
    /// An estimate: "an estimated", "is estimated".
    Estimated,
    /// A plan or expectation: "is to free", "will meet", "is supposed to".
    Planned,
    /// A possibility: "could", "might", "may".
    Possible,
    /// Inside a condition: "if", "unless".
    Conditional,
}

/// Hedging and modality of a claim.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Certainty {
    /// The strongest modality cue in the clause.
    pub modality: Modality,
    /// A negation applies ("has not returned").
    pub negated: bool,
    /// The cue words found, lower-cased.
    pub cues: Vec<String>,
}

/// Which part of the article a claim comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Section {
    /// Article prose.
    #[default]
    Body,
    /// A photo caption.
    Caption,
}

/// A figure or date with what it measures, scope, source, certainty and
/// citation.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Claim {
    /// Where it is cited from.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub citation: Citation,
    /// The normalized value.
    pub value: Value,
    /// What it measures.
    pub measure: Measure,
    /// Where and when it holds.
    pub scope: Scope,
    /// The date the figure is stated for: an explicit "as of" date, else
    /// the publication date.
    pub as_of: Option<Date>,
    /// Who asserts it.
    pub attribution: Attribution,
    /// How firmly.
    pub certainty: Certainty,
    /// Body or caption.
    pub section: Section,
    /// Probability that the value is read right (from the time stage's
    /// resolution confidence for dates; 1 for figures written out).
    pub value_confidence: f64,
    /// Names in the sentence (lower-cased), used to tell events apart:
    /// "gaza", "hezbollah", "netanyahu".
    pub entities: Vec<String>,
}

/// A mention that is not a claim, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Skipped {
    /// The article id.
    pub article: String,
    /// Byte span of the mention.
    pub span: Span,
    /// The mention's text.
    pub quote: String,
    /// Why it is not a claim.
    pub reason: String,
}

/// The claims of one article, and the mentions left out.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ArticleClaims {
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Mentions that are not claims.
    pub skipped: Vec<Skipped>,
}

/// One mention from the number or time stage.
#[derive(Clone, Debug)]
pub(crate) enum Mention {
    Number(NumberMention),
    Time(TimeMention),
}

impl Mention {
    pub(crate) fn span(&self) -> Span {
        match self {
            Mention::Number(m) => m.span,
            Mention::Time(m) => m.span,
        }
    }
}

/// Extracts claims from articles.
#[derive(Clone, Debug, Default)]
pub struct ClaimExtractor {
    number: NumberParser,
    time: TimeParser,
    max_mentions: Option<usize>,
}

impl ClaimExtractor {
    /// An extractor with default stage configurations.
    #[must_use]
    pub fn new() -> ClaimExtractor {
        ClaimExtractor::default()
    }

    /// An extractor with the given stage configurations and an optional
    /// cap on mentions per article.
    ///
    /// # Errors
    ///
    /// When a configuration value is out of range.
    pub fn with_config(
        number: NumberConfig,
        time: TimeConfig,
        max_mentions: Option<usize>,
    ) -> Result<ClaimExtractor> {
        Ok(ClaimExtractor {
            number: NumberParser::with_config(number)?,
            time: TimeParser::with_config(time),
            max_mentions,
        })
    }

    /// The claims of one article.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded) when
    /// the article holds more mentions than the configured cap.
    pub fn try_extract(&self, article: &Article) -> Result<ArticleClaims> {
        let doc = Document::new(article.text());
        let mentions = self.mentions(&doc, article.published_date());
        if let Some(max) = self.max_mentions
            && mentions.len() > max
        {
            return Err(Error::limit(Some(article.id()), "text", max, mentions.len(), "mentions"));
        }
        Ok(build(article, &doc, mentions))
    }

    /// The number and time mentions of a document, merged in text order:
    /// where they overlap, the time mention wins ("24" in "less than 24
    /// hours" is part of a duration).
    pub(crate) fn mentions(&self, doc: &Document<'_>, published: Option<Date>) -> Vec<Mention> {
        let mut times = self.time.extract(doc, published);
        let mut numbers = self.number.extract(doc);
        // a tally's two sides ("voted 7-2") are counts, never a clock
        // range ("won 3-1 on Sunday" is no 3 to 1 o'clock)
        let tallies = tally::tallies(doc);
        if !tallies.is_empty() {
            let within = |s: Span| tallies.iter().any(|(m, _, _)| m.span.overlaps(s));
            let whole = |s: Span| {
                tallies.chunks(2).any(|pair| match pair {
                    [a, b] => Span::new(a.0.span.start, b.0.span.end).overlaps(s),
                    _ => false,
                })
            };
            // read the times again with the tallies blanked out (the same
            // offsets): "won 3-1 on Sunday" still says Sunday
            if times.iter().any(|t| whole(t.span)) {
                let mut masked = doc.text().as_bytes().to_vec();
                for pair in tallies.chunks(2) {
                    if let [a, b] = pair
                        && let Some(bytes) = masked.get_mut(a.0.span.start..b.0.span.end)
                    {
                        bytes.fill(b' ');
                    }
                }
                if let Ok(masked) = String::from_utf8(masked) {
                    times = self.time.extract(&Document::new(&masked), published);
                }
            }
            times.retain(|t| !whole(t.span));
            numbers.retain(|n| !within(n.span) && !whole(n.span));
            numbers.extend(tallies.iter().map(|(m, _, _)| m.clone()));
            numbers.sort_by_key(|n| (n.span.start, n.span.end));
        }
        let mut out: Vec<Mention> = Vec::with_capacity(times.len() + numbers.len());
        let mut ti = 0;
        for n in numbers {
            while let Some(t) = times.get(ti) {
                if t.span.end <= n.span.start {
                    out.push(Mention::Time(t.clone()));
                    ti += 1;
                } else {
                    break;
                }
            }
            let overlapped =
                times.iter().skip(ti.saturating_sub(1)).take(3).any(|t| t.span.overlaps(n.span));
            if !overlapped {
                out.push(Mention::Number(n));
            }
        }
        out.extend(times.into_iter().skip(ti).map(Mention::Time));
        out.sort_by_key(|m| (m.span().start, m.span().end));
        out
    }
}

/// The claims of one article with default settings.
#[must_use]
pub fn extract(article: &Article) -> ArticleClaims {
    let ex = ClaimExtractor::new();
    let doc = Document::new(article.text());
    let mentions = ex.mentions(&doc, article.published_date());
    build(article, &doc, mentions)
}

/// Builds claims from mentions.
fn build(article: &Article, doc: &Document<'_>, mentions: Vec<Mention>) -> ArticleClaims {
    let text = article.text();
    // at most one claim per mention: the lists never grow
    let mut out = ArticleClaims { claims: Vec::with_capacity(mentions.len()), skipped: Vec::new() };
    // figure → its scope mention, figure → its as-of date
    let scope_of = measure::scope_mentions(doc, &mentions);
    let dated_by = measure::as_of_mentions(doc, &mentions);
    let mut sentence_cache = attribution::SentenceCache::default();
    let mut names_of: std::collections::BTreeMap<usize, Vec<String>> =
        std::collections::BTreeMap::new();
    // list numbering is no figure: the number stage leaves it out, and the
    // debug view says so
    for (k, t) in doc.tokens().iter().enumerate() {
        // a list marker is a number: other tokens need no closer look
        if t.kind != TokenKind::Number || !doc.is_list_marker(k) {
            continue;
        }
        out.skipped.push(Skipped {
            article: article.id().to_owned(),
            span: t.span,
            quote: t.span.get(text).unwrap_or("").to_owned(),
            reason: "list numbering".to_owned(),
        });
    }
    // the last figure read, for one that restates its measure ("up from
    // €9 million")
    let mut previous: Option<measure::Figure> = None;
    let labour = measure::labour_dispute(doc);
    let long_before = measure::past_dates(doc, &mentions, article.published_date());
    for (idx, m) in mentions.iter().enumerate() {
        let span = m.span();
        let first_tok = doc.token_at(span.start);
        let Some(sentence) = doc.sentence_of_token(first_tok) else { continue };
        let skip = |reason: &str| Skipped {
            article: article.id().to_owned(),
            span,
            quote: span.get(text).unwrap_or("").to_owned(),
            reason: reason.to_owned(),
        };
        match sentence.kind {
            SentenceKind::Credit => {
                out.skipped.push(skip("photo credit"));
                continue;
            }
            SentenceKind::Boilerplate => {
                out.skipped.push(skip("boilerplate (promo, byline or signature)"));
                continue;
            }
            _ => {}
        }
        if doc.dateline().is_some_and(|d| d.contains(span)) {
            out.skipped.push(skip("dateline"));
            continue;
        }
        if let Mention::Number(n) = m
            && measure::is_pronoun_one(doc, n, first_tok)
        {
            out.skipped.push(skip("\"one\" used as a pronoun or without a counted thing"));
            continue;
        }
        let last_tok = doc.token_at(span.end).saturating_sub(1).max(first_tok);
        let mut read = measure::read(doc, m, first_tok, last_tok + 1, labour);
        let sidx = doc.sentence_index(first_tok);
        // the as-of date of the figure this one is the earlier level of
        let mut earlier_than: Option<Option<Date>> = None;
        let mut replaced = false;
        // the unit a bare figure takes from the one before it
        let mut adopted: Option<(NumberKind, Option<crate::number::Unit>)> = None;
        // and the day it is stated for ("On Wednesday the fire service put
        // the area at 7,000 hectares. The satellite service measured 8,400.")
        let mut elliptic_as_of: Option<Date> = None;
        if let Mention::Number(n) = m {
            if let Some(prev) = previous.as_ref().filter(|p| p.sentence == sidx)
                && let Some(echoed) = measure::echo(doc, n, first_tok, &read, prev)
            {
                read = echoed.measure;
                replaced = echoed.replaced;
                if echoed.earlier {
                    earlier_than = Some(prev.as_of);
                }
            } else if let Some(prev) =
                previous.as_ref().filter(|p| p.sentence == sidx || p.sentence + 1 == sidx)
                && let Some((measure, unit)) =
                    measure::elliptic(doc, n, first_tok, last_tok, &read, prev)
            {
                read = measure;
                if unit {
                    adopted = Some((prev.kind, prev.unit.clone()));
                }
                elliptic_as_of = prev.as_of;
            }
            let (kind, unit) =
                adopted.clone().unwrap_or((n.quantity.kind, n.quantity.unit.clone()));
            previous = Some(measure::Figure {
                sentence: sidx,
                last: last_tok,
                kind,
                unit,
                measure: read.clone(),
                as_of: None,
            });
        }
        let scope_mention = scope_of.get(&idx).copied();
        // a figure of a period that ended over a year before publication
        // ("pocketed €38.6 million between 2016 and 2022") is as of its end
        let period_end = scope_mention.and_then(|t| match mentions.get(t) {
            Some(Mention::Time(tm)) => match (&tm.value, article.published_date()) {
                (TimeValue::Interval { start: Some(_), end: Some(end), .. }, Some(p))
                    if end.days_until(p) > 366 =>
                {
                    Some(*end)
                }
                _ => None,
            },
            _ => None,
        });
        let mut scope =
            measure::scope(doc, &mentions, scope_mention, first_tok, last_tok + 1, &read);
        // "nine lenders had raised rates by Friday morning", "had burned
        // 1,800 hectares by Monday": a count as of a time is a running one,
        // stated as of that time
        let counted_to = match m {
            Mention::Number(n)
                if matches!(
                    n.quantity.kind,
                    NumberKind::Cardinal | NumberKind::Measure | NumberKind::Money
                ) =>
            {
                measure::counted_by(doc, &mentions, idx, article.published_date())
            }
            _ => None,
        };
        if counted_to.is_some() {
            scope.running = true;
        }
        // "in 1987, when a tremor killed 143 people": a figure of a past
        // event is scoped to its year, and a toll of it is closed, not a
        // running total
        let past = (scope.time_key.is_none() && matches!(m, Mention::Number(_)))
            .then(|| measure::past_event(&long_before, doc, first_tok, &read))
            .flatten();
        if let Some((tok, text, end)) = past {
            scope.running = false;
            scope.time_span =
                doc.tok(*tok).map(|t| Span::new(t.span.start, t.span.start + text.len()));
            scope.time = Some(text.clone());
            scope.time_key = Some(format!("year:{}", end.year()));
        }
        // "a 9% pay rise over two years", "210 millimetres of rain fell in
        // 24 hours": the period a figure is spread over
        if scope.time_span.is_none()
            && matches!(m, Mention::Number(_))
            && let Some(Mention::Time(t)) = mentions.get(idx + 1)
        {
            let (a, b) = (last_tok + 1, doc.token_at(t.span.start));
            if matches!(t.value, TimeValue::Duration(_))
                && matches!(doc.lower(b), "over" | "in" | "within" | "across" | "during")
                && b >= a
                && b - a <= 8
                && (a..b).all(|k| !is_clause_break(doc, k) && doc.tok_text(k) != ",")
            {
                scope.time_span = Some(t.span);
            }
        }
        let (value, value_confidence) = match m {
            Mention::Number(n) => {
                let mut q = n.quantity.clone();
                if let Some((kind, unit)) = adopted {
                    q.kind = kind;
                    q.unit = unit;
                }
                (Value::Number(q), 1.0)
            }
            Mention::Time(t) => (Value::Time(t.value.clone()), t.confidence),
        };
        // a past event's figure is stated as of that event; the level a
        // running total changed from, as of the day before the change
        let explicit = measure::as_of(&mentions, idx, &dated_by);
        // "the toll rose to 43 on Tuesday": with no time scope, the time
        // expression that dates the figure
        if scope.time_span.is_none()
            && explicit.is_some()
            && let Some(Mention::Time(t)) = dated_by.get(&idx).and_then(|&t| mentions.get(t))
        {
            scope.time_span = Some(t.span);
        }
        scope.earlier = (scope.running || replaced) && earlier_than.is_some();
        let before_change =
            earlier_than.flatten().filter(|_| scope.earlier).map(|d| d.add_days(-1));
        let as_of = explicit
            .or(counted_to)
            .or(before_change)
            .or(past.map(|(_, _, end)| *end))
            .or(period_end)
            .or_else(|| {
                matches!(m, Mention::Number(_))
                    .then(|| measure::fronted_day(doc, &mentions, sidx, article.published_date()))
                    .flatten()
            })
            .or(elliptic_as_of)
            .or(article.published_date());
        if let Some(p) = previous.as_mut().filter(|p| p.sentence == sidx && p.last == last_tok) {
            p.as_of = as_of;
        }
        let owned = matches!(m, Mention::Number(n) if n.quantity.kind != NumberKind::Ordinal);
        let attribution = sentence_cache.attribution(doc, sidx, first_tok, owned, article);
        let certainty = measure::certainty(doc, first_tok, last_tok + 1);
        let entities = names_of.entry(sidx).or_insert_with(|| measure::entities(doc, sidx)).clone();
        out.claims.push(Claim {
            // a figure cut by a forced sentence break in run-on text is
            // cited with the whole of it
            citation: Citation::new(article.id(), text, span, sentence.span.cover(span)),
            value,
            measure: read,
            scope,
            as_of,
            attribution,
            certainty,
            section: if sentence.kind == SentenceKind::Caption {
                Section::Caption
            } else {
                Section::Body
            },
            value_confidence,
            entities,
        });
    }
    out.skipped.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

/// True for tokens that end a clause when searching for context.
pub(crate) fn is_clause_break(doc: &Document<'_>, k: usize) -> bool {
    // every clause break is a punctuation token (the tokenizer makes one
    // of each of these characters), so words and numbers, most tokens,
    // are answered without comparing text
    let Some(tok) = doc.tok(k) else { return false };
    if tok.kind != TokenKind::Punct {
        return false;
    }
    let t = doc.tok_text(k);
    matches!(t, ";" | ":" | "?" | "!" | "—" | "(" | ")" | "“" | "”" | "\"")
        || t == "." && !doc.adjacent(k + 1)
        || (t == "–" || t == "-" || t == "--") && tok.space_before
}

#[cfg(test)]
mod tests;
