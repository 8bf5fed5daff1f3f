//! Who asserts a claim: "according to X", "X said", "told AFP", "citing
//! Reuters", a quotation's speaker, or the outlet itself.

use std::collections::BTreeMap;

use crate::article::Article;
use crate::claim::is_clause_break;
use crate::lexicon::{self, flag};
use crate::span::Span;
use crate::text::{Document, TokenKind};

/// The broad kind of a source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SourceKind {
    /// A ministry, military, police, officials, an office holder.
    Official,
    /// A named person.
    Person,
    /// An unnamed source: "an Israeli official", "one person familiar".
    Anonymous,
    /// A news agency: AFP, Reuters, AP.
    Agency,
    /// Another outlet: "Axios reported", "Israel's Yedioth Ahronoth
    /// newspaper".
    Outlet,
    /// Another kind of source.
    Other,
    /// Unattributed: the article's own statement.
    #[default]
    Article,
}

/// Who asserts a claim.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Attribution {
    /// The source as written ("the Hamas-run territory's health ministry",
    /// "an Israeli official"), or the outlet for unattributed claims.
    pub source: String,
    /// Its broad kind.
    pub kind: SourceKind,
    /// Byte span of the attribution phrase, when there is one.
    pub span: Option<Span>,
    /// A news agency the sentence credits ("told AFP", "citing Reuters"),
    /// even when the source itself is someone else: copies of one agency
    /// report are not independent.
    pub agency: Option<String>,
}

#[derive(Clone, Debug)]
struct Candidate {
    /// Token position of the attribution verb or phrase.
    at: usize,
    from: usize,
    to: usize,
}

/// Attribution candidates per sentence, computed once.
#[derive(Debug, Default)]
pub(crate) struct SentenceCache {
    by_sentence: BTreeMap<usize, (Vec<Candidate>, Option<String>)>,
    /// The agency named in the article's outlet ("AFP (syndicated copy)").
    outlet_agency: Option<Option<String>>,
}

impl SentenceCache {
    pub(crate) fn attribution(
        &mut self,
        doc: &Document<'_>,
        sidx: usize,
        tok: usize,
        owned: bool,
        article: &Article,
    ) -> Attribution {
        let (cands, agency) = self.by_sentence.entry(sidx).or_insert_with(|| candidates(doc, sidx));
        // "the international centre's 7.1": whose figure it is (an
        // `owned` figure is a count or amount; "the union's fourth
        // walkout" and "the government's 14-day suspension" say whose
        // event it is, not who counts)
        if owned && let Some((from, to)) = possessor(doc, tok, doc.sentence_tokens(sidx).start) {
            let a = doc.tok(from).map_or(0, |t| t.span.start);
            let b = doc.tok(to - 1).map_or(a, |t| t.span.end);
            let span = Span::new(a, b);
            return Attribution {
                source: span.get(doc.text()).unwrap_or("").to_owned(),
                kind: classify(doc, from, to),
                span: Some(span),
                agency: agency.clone(),
            };
        }
        // a say verb before the figure governs it only through its own
        // clause ("X said that ...", "X told AFP 40 died"), not across a
        // comma ("X declared mourning and ordered an inquiry, the fourth
        // such accident"). Candidates are in text order: look at the
        // nearest few on each side only.
        let governs = |c: &Candidate| {
            // nor one after it across a semicolon ("…, by the Ledger's
            // count; two banks told the paper they had not decided")
            if c.at > tok {
                return !(tok..c.from.min(c.at)).any(|k| doc.tok_text(k) == ";");
            }
            if c.from > c.at {
                return true;
            }
            !(c.to.max(c.at + 1)..tok)
                .any(|k| matches!(doc.tok_text(k), "," | ";" | ":" | "—" | "–"))
        };
        let split = cands.partition_point(|c| c.at < tok);
        let before = cands.get(..split).unwrap_or(&[]).iter().rev().take(3);
        let after = cands.get(split..).unwrap_or(&[]).iter().take(3);
        let best =
            before.chain(after).filter(|c| governs(c)).min_by_key(|c| (c.at.abs_diff(tok), c.at));
        // a figure inside the sayer is no part of what is said ("The two
        // dissenters, …, argued"): the article states it
        let best = best.filter(|c| !(c.from..c.to).contains(&tok));
        let Some(c) = best else {
            return Attribution {
                source: article.label().to_owned(),
                kind: SourceKind::Article,
                span: None,
                agency: agency.clone().or_else(|| {
                    self.outlet_agency.get_or_insert_with(|| agency_in(article.label())).clone()
                }),
            };
        };
        let a = doc.tok(c.from).map_or(0, |t| t.span.start);
        let b = doc.tok(c.to.saturating_sub(1)).map_or(a, |t| t.span.end);
        let span = Span::new(a, b);
        let source = span.get(doc.text()).unwrap_or("").to_owned();
        let kind = classify(doc, c.from, c.to);
        let agency =
            if kind == SourceKind::Agency { Some(agency_name(&source)) } else { agency.clone() };
        Attribution { source, kind, span: Some(span), agency }
    }
}

fn agency_in(s: &str) -> Option<String> {
    let doc = Document::new(s);
    let lx = lexicon::english();
    (0..doc.tokens().len()).find_map(|k| {
        let ids = doc.id_slice(k, k + 4);
        lx.agencies.longest(ids).map(|(_, len)| {
            let a = doc.tok(k).map_or(0, |t| t.span.start);
            let b = doc.tok(k + len - 1).map_or(a, |t| t.span.end);
            agency_name(s.get(a..b).unwrap_or(""))
        })
    })
}

/// Canonical agency name ("Agence France-Presse" → "AFP").
fn agency_name(s: &str) -> String {
    let l = s.to_ascii_lowercase();
    if l.contains("france") || l.contains("afp") {
        "AFP".to_owned()
    } else if l.contains("reuters") {
        "Reuters".to_owned()
    } else if l.contains("associated press") || l.split_whitespace().any(|w| w == "ap") {
        "AP".to_owned()
    } else {
        s.trim().to_owned()
    }
}

/// The words that open a source phrase ("according to X", "citing X").
const OPENERS: lexicon::FirstLetters =
    lexicon::FirstLetters::of(&["according", "citing", "quoting"]);

fn candidates(doc: &Document<'_>, sidx: usize) -> (Vec<Candidate>, Option<String>) {
    let lx = lexicon::english();
    let range = doc.sentence_tokens(sidx);
    let mut out = Vec::new();
    let mut agency: Option<String> = None;
    let mut k = range.start;
    // "The centre measured it at 7.1" names a source, "the quake measured
    // 6.1" does not: a measuring subject must be someone
    let push = |out: &mut Vec<Candidate>, c: Candidate, w: &str| {
        if !matches!(w, "measured" | "measures") || classify(doc, c.from, c.to) != SourceKind::Other
        {
            out.push(c);
        }
    };
    while k < range.end {
        let kind = doc.kind(k);
        let is_word = kind == Some(TokenKind::Word);
        // every cue below is a word, but "(": numbers and punctuation need
        // no text comparisons
        let w = if is_word { doc.lower(k) } else { "" };
        // "according to X", "citing X"
        if OPENERS.may_contain(w)
            && ((w == "according" && doc.is(k + 1, "to")) || w == "citing" || w == "quoting")
        {
            let from = if w == "according" { k + 2 } else { k + 1 };
            let to = phrase_end(doc, from, range.end, 12);
            if to > from {
                if let Some(a) = agency_at(doc, from, to) {
                    agency.get_or_insert(a);
                }
                out.push(Candidate { at: k, from, to });
            }
            k = to.max(k + 1);
            continue;
        }
        // "will report within 30 days", "is due to announce": a statement
        // still to come attributes nothing said so far
        let future =
            || k > range.start && (doc.has_flag(k - 1, flag::MODAL) || doc.is(k - 1, "to"));
        // "union claims of near-total support", "the reports": a say word
        // used as a noun names no sayer
        let noun = || {
            k > range.start && doc.has_flag(k - 1, flag::DET)
                || doc.is(k + 1, "of")
                    && !w.ends_with("ed")
                    && !matches!(w, "said" | "told" | "wrote")
        };
        if is_word
            && lx.flags(doc.lex(k)) & flag::SAY != 0
            && !doc.tok(k).is_some_and(|t| t.cap)
            && !future()
            && !noun()
        {
            // "told AFP": the recipient is an agency
            if matches!(w, "told" | "tells" | "tell") {
                let to = phrase_end(doc, k + 1, range.end, 4);
                if let Some(a) = agency_at(doc, k + 1, to) {
                    agency.get_or_insert(a);
                }
            }
            // "has said", "still puts", "which had insisted": the subject
            // ends before the auxiliaries and adverbs next to the verb
            let end = subject_end(doc, k, range.start);
            let from = subject_start(doc, end, range.start);
            if passive(doc, k, range.start) {
                // "since it was confirmed", "54 cases have been reported":
                // the subject is what is said, not who says it; the
                // sayer, if named, follows "by"
                if doc.is(k + 1, "by") {
                    let to = phrase_end(doc, k + 2, range.end, 8);
                    // "recorded by early afternoon": a time, not a sayer
                    let time = (k + 2..to).any(|j| {
                        doc.has_flag(j, flag::TIME_WORD) && !doc.has_flag(j, flag::AMBIGUOUS_MONTH)
                            || doc.kind(j) == Some(TokenKind::Number)
                    });
                    if to > k + 2 && !time {
                        push(&mut out, Candidate { at: k, from: k + 2, to }, w);
                    }
                }
            } else if from < end && !share_of(doc, from) {
                push(&mut out, Candidate { at: k, from, to: end }, w);
            } else if end >= 2
                && (doc.is(end - 1, "who") || doc.is(end - 1, "which"))
                && doc.tok_text(end - 2) == ","
            {
                // "Governor X, who declared ...", "the union, which had
                // insisted ...": the antecedent
                let from = subject_start(doc, end - 2, range.start);
                if from < end - 2 {
                    push(&mut out, Candidate { at: k, from, to: end - 2 }, w);
                }
            } else if let Some((from, to)) = apposed_subject(doc, end, range.start) {
                // "Its director, Emil Radu, said", "The centre, a network
                // of stations, measured it at 7.1"
                push(&mut out, Candidate { at: k, from, to }, w);
            } else if let Some(c) = relative_antecedent(doc, end, range.start) {
                // "Governor X, who declared three days of mourning, said"
                let from = subject_start(doc, c, range.start);
                if from < c {
                    push(&mut out, Candidate { at: k, from, to: c }, w);
                }
            } else if k > range.start && matches!(doc.tok_text(k - 1), "," | "”" | "\"" | "’") {
                // inverted: "…, said one person familiar with …": the
                // source ends the clause and holds no verb of its own
                let to = phrase_end(doc, k + 1, range.end, 8);
                let closed = to >= range.end || matches!(doc.tok_text(to), "," | "." | ";" | ":");
                let verb = (k + 1..to).any(|j| doc.has_flag(j, flag::MODAL | flag::AUX));
                if to > k + 1
                    && closed
                    && !verb
                    && !doc.is(k + 1, "that")
                    && !doc.has_flag(k + 1, flag::PREP)
                    && doc.kind(k + 1) == Some(TokenKind::Word)
                {
                    push(&mut out, Candidate { at: k, from: k + 1, to }, w);
                }
            }
        }
        // "(Reuters)" anywhere in the sentence
        if kind == Some(TokenKind::Punct)
            && doc.tok_text(k) == "("
            && let Some(((), len)) = lx.agencies.longest(doc.id_slice(k + 1, k + 5))
            && doc.is(k + 1 + len, ")")
        {
            let a = doc.tok(k + 1).map_or(0, |t| t.span.start);
            let b = doc.tok(k + len).map_or(a, |t| t.span.end);
            agency.get_or_insert(agency_name(doc.text().get(a..b).unwrap_or("")));
        }
        k += 1;
    }
    (out, agency)
}

/// Whether the words before a say verb, starting at `from`, are the
/// whole a figure is of ("with 92% of ballots counted", "half of the
/// votes tallied"): the participle then says how far the count has gone,
/// and the ballots are no source.
fn share_of(doc: &Document<'_>, from: usize) -> bool {
    from >= 2
        && doc.is(from - 1, "of")
        && (matches!(doc.kind(from - 2), Some(TokenKind::Number | TokenKind::Symbol))
            || matches!(
                doc.lower(from - 2),
                "percent" | "cent" | "half" | "third" | "thirds" | "quarter" | "quarters"
            ))
}

/// Whether the say verb at `k` is passive: right after a form of "be"
/// ("was confirmed", "have been reported", "is said").
fn passive(doc: &Document<'_>, k: usize, limit: usize) -> bool {
    k > limit && super::measure::is_be(doc.lower(k - 1))
}

fn agency_at(doc: &Document<'_>, from: usize, to: usize) -> Option<String> {
    let lx = lexicon::english();
    (from..to).find_map(|k| {
        let ids = doc.id_slice(k, to);
        lx.agencies.longest(ids).and_then(|(_, len)| {
            // agencies are written as names: "AFP", "Reuters"
            if !doc.tok(k).is_some_and(|t| t.cap) {
                return None;
            }
            let a = doc.tok(k).map_or(0, |t| t.span.start);
            let b = doc.tok(k + len - 1).map_or(a, |t| t.span.end);
            Some(agency_name(doc.text().get(a..b).unwrap_or("")))
        })
    })
}

/// A say verb at `k` right after a relative clause that describes its
/// subject ("X, who declared …, said", "the union, which had insisted
/// that 52 were trapped, said"): the index of the comma before the
/// pronoun, where the subject ends.
fn relative_antecedent(doc: &Document<'_>, k: usize, limit: usize) -> Option<usize> {
    if k <= limit || doc.tok_text(k - 1) != "," {
        return None;
    }
    let mut j = k - 1;
    while j > limit + 1 && k - j < 24 {
        j -= 1;
        if is_clause_break(doc, j) {
            return None;
        }
        if (doc.is(j, "who") || doc.is(j, "whose") || doc.is(j, "which"))
            && doc.tok_text(j - 1) == ","
        {
            return Some(j - 1);
        }
    }
    None
}

/// Nouns for a stated figure ("the ministry's estimate of 200").
const ESTIMATE_NOUNS: &[&str] = &[
    "figure",
    "estimate",
    "count",
    "tally",
    "forecast",
    "projection",
    "reckoning",
    "calculation",
    "assessment",
    "toll",
    "total",
];

/// The owner of a figure written right after a possessive ("the
/// international centre's 7.1", "the ministry's 212", "the bankers'
/// association's figure of 1.5 million"): a definite noun
/// phrase, not a name alone ("Velmar's 300 homes" are the town's, not
/// its count), nor a time ("Sunday's 212").
fn possessor(doc: &Document<'_>, tok: usize, limit: usize) -> Option<(usize, usize)> {
    // "the bankers' association's figure of 1.5 million": the owner of the
    // estimate owns its figure
    let tok = match tok.checked_sub(2) {
        Some(n) if doc.is(tok - 1, "of") && ESTIMATE_NOUNS.contains(&doc.lower(n)) => n,
        _ => tok,
    };
    let end = tok.checked_sub(1)?;
    if end <= limit || !super::measure::possessive(doc, end) {
        return None;
    }
    // back over the noun phrase's words to its "the"
    let mut from = end;
    while from > limit && end - from < 6 {
        from -= 1;
        if doc.is(from, "the") {
            return (from + 1 < end).then_some((from, end));
        }
        // (a plural possessive inside it: "the bankers' association's")
        let noun = doc.kind(from) == Some(TokenKind::Word)
            || doc.tok_text(from) == "-" && doc.adjacent(from) && doc.adjacent(from + 1)
            || super::measure::plural_possessive(doc, from);
        let lower = doc.lower(from);
        let verb = lower.len() > 4
            && (lower.ends_with("ed") || lower.ends_with("ing"))
            && !doc.tok(from).is_some_and(|t| t.cap);
        if !noun || verb || doc.has_flag(from, flag::FUNCTION | flag::TIME_WORD) {
            return None;
        }
    }
    None
}

/// A subject with an apposition before a say verb at `k` ("Its
/// director, Emil Radu, said"; "The centre, a network of stations,
/// measured"): the subject, with its apposition when that is a name.
/// The apposition holds no verb or figure ("In Velmar, the toll rose,
/// said …" is an inverted sayer), and the subject opens its clause.
fn apposed_subject(doc: &Document<'_>, k: usize, limit: usize) -> Option<(usize, usize)> {
    if k <= limit + 2 || doc.tok_text(k - 1) != "," {
        return None;
    }
    let close = k - 1;
    let mut j = close;
    while j > limit + 1 && close - j < 10 {
        j -= 1;
        if doc.tok_text(j) == "," {
            let from = subject_start(doc, j, limit);
            let opens = from == limit || is_clause_break(doc, from - 1);
            // a described subject is the subject ("The centre, a network
            // of stations", "The service, working from images"); a named
            // one keeps the name ("Its director, Emil Radu")
            let named = doc.tok(j + 1).is_some_and(|t| t.cap) && !doc.has_flag(j + 1, flag::DET);
            let to = if named { close } else { j };
            return (from < j && j + 1 < close && opens).then_some((from, to));
        }
        let verb = doc.has_flag(j, flag::PAST | flag::AUX | flag::SAY | flag::MODAL)
            || doc.lower(j).ends_with("ed");
        if verb || doc.kind(j) != Some(TokenKind::Word) || is_clause_break(doc, j) {
            return None;
        }
    }
    None
}

/// End of a source phrase: up to a clause break, comma or `max` tokens.
fn phrase_end(doc: &Document<'_>, from: usize, limit: usize, max: usize) -> usize {
    let mut k = from;
    while k < limit && k < from + max {
        let t = doc.tok_text(k);
        if is_clause_break(doc, k)
            || matches!(t, "," | "." | "—" | "–")
            || doc.has_flag(k, flag::CLAUSE) && k > from
        {
            break;
        }
        k += 1;
    }
    k
}

/// Adverbs that stand between a subject and its say verb ("the union
/// still puts", "police later said"); they belong to neither.
const VERB_ADVERBS: &[&str] = &[
    "still",
    "also",
    "now",
    "again",
    "already",
    "later",
    "earlier",
    "previously",
    "initially",
    "originally",
    "first",
    "separately",
    "meanwhile",
    "repeatedly",
    "publicly",
    "privately",
    "officially",
];

/// End of the subject before a say verb at `k`: back over the
/// auxiliaries and adverbs next to the verb ("has said", "had also
/// told", "still puts").
fn subject_end(doc: &Document<'_>, k: usize, limit: usize) -> usize {
    let mut j = k;
    while j > limit
        && (doc.has_flag(j - 1, flag::AUX) || VERB_ADVERBS.contains(&doc.lower(j - 1)))
        && doc.kind(j - 1) == Some(TokenKind::Word)
    {
        j -= 1;
    }
    j
}

/// Start of the subject that ends before `k`: back over words until
/// punctuation, a clause opener or another verb.
fn subject_start(doc: &Document<'_>, k: usize, limit: usize) -> usize {
    let mut j = k;
    let mut steps = 0;
    while j > limit && steps < 8 {
        let p = j - 1;
        let t = doc.tok_text(p);
        let word = doc.kind(p) == Some(TokenKind::Word);
        // "On Wednesday the fire service put …": a day or month opening
        // the sentence is not part of the sayer ("May" may be a name)
        let time = doc.has_flag(p, flag::TIME_WORD) && !doc.has_flag(p, flag::AMBIGUOUS_MONTH);
        let ok = word
            && !time
            && !doc.has_flag(p, flag::CLAUSE)
            && !doc.has_flag(p, flag::AUX)
            && !doc.has_flag(p, flag::SAY)
            && !doc.has_flag(p, flag::PREP)
            || t == "'s"
            // "the miners' union": a plural possessive
            || p > limit && super::measure::plural_possessive(doc, p)
            || t == "-" && doc.adjacent(p) && doc.adjacent(p + 1);
        if !ok {
            break;
        }
        j = p;
        steps += 1;
    }
    j
}

fn classify(doc: &Document<'_>, from: usize, to: usize) -> SourceKind {
    let lx = lexicon::english();
    let ids = doc.id_slice(from, to);
    for k in 0..ids.len() {
        if let Some(((), _)) = lx.agencies.longest(ids.get(k..).unwrap_or(&[]))
            && doc.tok(from + k).is_some_and(|t| t.cap)
        {
            return SourceKind::Agency;
        }
    }
    let first = doc.lower(from);
    let indefinite = matches!(first, "a" | "an" | "one" | "two" | "three" | "several" | "some");
    let has = |f: u32| (from..to).any(|k| doc.has_flag(k, f));
    if indefinite && has(flag::ANON)
        || (from..to).any(|k| doc.is(k, "sources") || doc.is(k, "familiar"))
    {
        return SourceKind::Anonymous;
    }
    if has(flag::OUTLET) {
        return SourceKind::Outlet;
    }
    if has(flag::OFFICIAL) || (from..to).any(|k| lx.official.longest(doc.id_slice(k, to)).is_some())
    {
        return SourceKind::Official;
    }
    let names = (from..to)
        .filter(|&k| doc.tok(k).is_some_and(|t| t.cap && t.kind == TokenKind::Word))
        // "The union": a capital that opens the sentence names no one
        .filter(|&k| !doc.has_flag(k, flag::DET | flag::PREP | flag::CLAUSE))
        .count();
    if names > 0 || (from..to).any(|k| doc.has_flag(k, flag::PRON)) {
        return SourceKind::Person;
    }
    SourceKind::Other
}
