//! Copied sentences keep the dates of the report they copy.
//!
//! Outlets copy or quote earlier wire copy verbatim, sometimes days
//! later. A relative date inside the copied words ("by Monday morning",
//! "before dawn on Tuesday") was written against the original report's
//! publication date, not the copier's, and a careful reader resolves it
//! that way. This step runs after every article's claims are extracted
//! and before alignment:
//!
//! 1. Every sentence holding a claim gives one or more *segments*: the
//!    sentence without a leading dateline, and each quoted passage in it
//!    (`"…"`, `“…”`, `«…»`), so a copy inside quotation marks or without
//!    the wire's dateline still matches.
//! 2. Segments that are near copies are found by MinHash banding over
//!    word 4-shingles (the same signatures as [`crate::compare`] uses for
//!    independence), never by comparing all pairs.
//! 3. A segment of a later article is checked against the segments of
//!    articles published strictly earlier that it was paired with,
//!    earliest publication date first, then article id: every claim in
//!    the later segment must be found word for word in the earlier one,
//!    with the same three words on each side (so a sentence with an
//!    updated figure is not a copy). The first earlier segment that
//!    passes is the source.
//! 4. Each date or time claim of the copy whose words sit at a claim of
//!    the same kind in the source takes the source claim's value, `as_of`
//!    and value confidence. A figure takes the source's `as_of` only: the
//!    same words are the same value, stated as of the original report
//!    ("forcing 2,300 people from their homes", quoted four days later,
//!    is Monday's count). The citation (span, quote, sentence)
//!    stays the copier's own, so citations remain exact.
//!
//! Articles are processed in publication order, so a copy of a copy
//! takes the already re-anchored dates. The outcome does not depend on
//! the order of the input articles. Articles without a publication date
//! are neither copies nor sources: which came first is unknown.

use std::collections::BTreeMap;

use crate::align::UnionFind;
use crate::article::Article;
use crate::claim::{Claim, Value};
use crate::compare::{MINHASH, minhash, near_copy_pairs};
use crate::span::Span;
use crate::text::Document;
use crate::time::Date;

/// Earlier segments tried at most per copying segment, to keep the work
/// linear when many outlets carry the same sentence.
const MAX_TRIES: usize = 8;

/// Segments longer than this many words are not compared, so one
/// comparison costs a bounded time (news sentences are far shorter).
const MAX_WORDS: usize = 400;

/// Words compared on each side of a claim to place it in the source.
const CONTEXT: usize = 3;

/// A stretch of one sentence that may be a copy or a source.
#[derive(Debug)]
struct Segment {
    published: Date,
    article: usize,
    /// The claims of the sentence (indices into the claim list) that lie
    /// inside `range`.
    claims: Vec<usize>,
    /// Byte range of the segment in the article text.
    range: Span,
}

/// A lower-cased word of letters and digits, with its byte range in the
/// article text.
#[derive(Debug)]
struct Word {
    span: Span,
    text: String,
}

/// Re-anchors the date claims of sentences copied from an earlier
/// article on the earlier article's claims (see the module notes).
/// Citations are never changed.
pub(crate) fn reanchor(articles: &[Article], claims: &mut [Claim]) {
    let segments = segments(articles, claims);
    let sigs: Vec<Option<[u64; MINHASH]>> = segments
        .iter()
        .map(|s| {
            let text = articles.get(s.article).map_or("", Article::text);
            minhash(s.range.get(text).unwrap_or(""))
        })
        .collect();
    // connected groups of near copies; the pairs come from banding
    let mut uf = UnionFind::new(segments.len());
    for (a, b) in near_copy_pairs(&sigs) {
        uf.union(a, b);
    }
    let root: Vec<usize> = (0..segments.len()).map(|i| uf.find(i)).collect();
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &r) in root.iter().enumerate() {
        groups.entry(r).or_default().push(i);
    }
    // segments are sorted by publication date, article id and position,
    // and so is every group: earlier members come first
    for (copy, r) in segments.iter().zip(&root) {
        let Some(group) = groups.get(r) else { continue };
        // the earlier-published members are a prefix of the group: stop
        // at the first that is not (a filter over the whole group would
        // make one article's many repeated sentences quadratic)
        let sources = group
            .iter()
            .filter_map(|&j| segments.get(j))
            .take_while(|s| s.published < copy.published)
            .take(MAX_TRIES);
        let copy_text = articles.get(copy.article).map_or("", Article::text);
        let copy_words = words(copy_text, copy.range);
        for source in sources {
            if let Some(moves) = matches(articles, claims, copy, &copy_words, source) {
                apply(claims, &moves);
                break;
            }
        }
    }
}

/// A copying claim and its source claim: a date or time takes the
/// source's value too, a figure (the same words, hence the same value)
/// only its `as_of`.
#[derive(Clone, Copy, Debug)]
struct Move {
    to: usize,
    from: usize,
    time: bool,
}

/// Sets each copying claim's `as_of`, and a date's value and value
/// confidence, to its source claim's.
fn apply(claims: &mut [Claim], moves: &[Move]) {
    for m in moves {
        let Some(src) = claims.get(m.from) else { continue };
        let (value, as_of, conf) = (src.value.clone(), src.as_of, src.value_confidence);
        if let Some(c) = claims.get_mut(m.to) {
            c.as_of = as_of;
            if m.time {
                c.value = value;
                c.value_confidence = conf;
            }
        }
    }
}

/// The segments of every sentence holding a claim, in publication date,
/// article id and text order.
fn segments(articles: &[Article], claims: &[Claim]) -> Vec<Segment> {
    let index: BTreeMap<&str, usize> =
        articles.iter().enumerate().map(|(i, a)| (a.id(), i)).collect();
    // claims per (article, sentence)
    let mut sentences: BTreeMap<(usize, Span), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(&a) = index.get(c.citation.article.as_str()) {
            sentences.entry((a, c.citation.sentence_span)).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for ((a, sentence), members) in sentences {
        let Some(article) = articles.get(a) else { continue };
        let Some(published) = article.published_date() else { continue };
        let Some(text) = sentence.get(article.text()) else { continue };
        let mut ranges = vec![without_dateline(article.text(), sentence, text)];
        ranges.extend(quoted(text).into_iter().map(|r| {
            Span::new(sentence.start.saturating_add(r.start), sentence.start.saturating_add(r.end))
        }));
        for range in ranges {
            let inside: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| claims.get(i).is_some_and(|c| range.contains(c.citation.span)))
                .collect();
            if !inside.is_empty() {
                out.push(Segment { published, article: a, claims: inside, range });
            }
        }
    }
    out.sort_by(|x, y| {
        let id = |s: &Segment| articles.get(s.article).map_or("", Article::id);
        (x.published, id(x), x.range.start, x.range.end).cmp(&(
            y.published,
            id(y),
            y.range.start,
            y.range.end,
        ))
    });
    out
}

/// The sentence's range without a wire dateline ("CASTREL, Aug 4 (TMP)
/// -") when it opens the article.
fn without_dateline(article: &str, sentence: Span, text: &str) -> Span {
    let opens = article.get(..sentence.start).is_some_and(|before| before.trim().is_empty());
    if !opens {
        return sentence;
    }
    match Document::new(text).dateline() {
        Some(d) => Span::new(sentence.start.saturating_add(d.end), sentence.end),
        None => sentence,
    }
}

/// Byte ranges (in `text`) of the quoted passages: between straight
/// double quotes taken in turn, or between curly or angle quotes; a
/// passage left open runs to the end, and a closing curly quote with no
/// opening one closes a passage from the start.
fn quoted(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut seen_open = false;
    for (i, c) in text.char_indices() {
        let after = i.saturating_add(c.len_utf8());
        match (c, open) {
            ('"' | '“' | '«', None) => {
                open = Some(after);
                seen_open = true;
            }
            ('"' | '”' | '»', Some(start)) => {
                out.push(Span::new(start, i));
                open = None;
            }
            ('”' | '»', None) if !seen_open => {
                out.push(Span::new(0, i));
                seen_open = true;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The words of `range` in `text`.
fn words(text: &str, range: Span) -> Vec<Word> {
    let Some(part) = range.get(text) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in part.char_indices().chain(std::iter::once((part.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let span = Span::new(range.start.saturating_add(s), range.start.saturating_add(i));
                let text = part.get(s..i).unwrap_or("").to_lowercase();
                out.push(Word { span, text });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The word range (indices into `words`) a mention span covers.
fn cover(words: &[Word], span: Span) -> Option<(usize, usize)> {
    let first = words.iter().position(|w| w.span.overlaps(span))?;
    let n = words.iter().skip(first).take_while(|w| w.span.overlaps(span)).count();
    Some((first, first.saturating_add(n)))
}

/// The text of word `i`, or `None` out of range.
fn word(words: &[Word], i: usize) -> Option<&str> {
    words.get(i).map(|w| w.text.as_str())
}

/// Where copy words `[i, j)` sit in the source words: the one position
/// where they appear with the same [`CONTEXT`] words on each side (as far
/// as the copy has them).
fn place(copy: &[Word], i: usize, j: usize, source: &[Word]) -> Option<usize> {
    let n = j.checked_sub(i).filter(|&n| n > 0)?;
    let fits = |p: usize| {
        (0..n).all(|k| word(copy, i + k).is_some() && word(copy, i + k) == word(source, p + k))
            && (1..=CONTEXT).all(|d| match i.checked_sub(d) {
                Some(ci) => p.checked_sub(d).is_some_and(|sp| word(copy, ci) == word(source, sp)),
                None => true,
            })
            && (0..CONTEXT).all(|d| match word(copy, j + d) {
                Some(w) => word(source, p + n + d) == Some(w),
                None => true,
            })
    };
    let mut hits = (0..source.len()).filter(|&p| fits(p));
    let first = hits.next()?;
    // two equally good places: not a verbatim copy we can place
    if hits.next().is_some() { None } else { Some(first) }
}

/// If `copy` (whose words are `cw`) repeats `source` word for word at
/// every claim, the date claims to re-anchor as (copy claim, source claim)
/// pairs; `None` when it is not a copy.
fn matches(
    articles: &[Article],
    claims: &[Claim],
    copy: &Segment,
    cw: &[Word],
    source: &Segment,
) -> Option<Vec<Move>> {
    let source_text = articles.get(source.article)?.text();
    let sw = words(source_text, source.range);
    if cw.len() > MAX_WORDS || sw.len() > MAX_WORDS {
        return None;
    }
    let mut moves = Vec::new();
    for &ci in &copy.claims {
        let c = claims.get(ci)?;
        let (i, j) = cover(cw, c.citation.span)?;
        let p = place(cw, i, j, &sw)?;
        let at = (p, p.saturating_add(j - i));
        let twin = source.claims.iter().copied().find(|&si| {
            claims.get(si).is_some_and(|s| {
                s.value.kind_name() == c.value.kind_name()
                    && cover(&sw, s.citation.span) == Some(at)
            })
        });
        if let Some(si) = twin {
            moves.push(Move { to: ci, from: si, time: matches!(c.value, Value::Time(_)) });
        }
    }
    Some(moves)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, FindingKind, Report, check};

    const WIRE: &str = "GENEVA, March 3 (Wire) - The two foreign ministers will meet in Geneva on \
                        Tuesday to sign the border agreement, the ministry said.";

    fn story(copy: &str) -> (Vec<Article>, Report) {
        let articles = vec![
            // published on Monday: "on Tuesday" is 2025-03-04
            Article::new("wire", WIRE).outlet("Wire").published("2025-03-03").unwrap(),
            // two days later, "on Tuesday" read afresh would be 2025-03-11
            Article::new("blog", copy).outlet("Blog").published("2025-03-05").unwrap(),
        ];
        let report = check(&articles, &Config::default()).unwrap();
        (articles, report)
    }

    /// The date value of the claim quoting `quote` in `article`.
    fn date_of(report: &Report, article: &str, quote: &str) -> (String, Option<Date>) {
        let c = report
            .claims
            .iter()
            .find(|c| c.citation.article == article && c.citation.quote == quote)
            .unwrap();
        (c.value.to_string(), c.as_of)
    }

    #[test]
    fn a_quoted_figure_is_stated_as_of_the_original_report() {
        let wire = "The fire had burned 1,800 hectares by Monday morning, forcing 2,300 people \
                    from their homes, the fire service said.";
        let copy = "The first report read: \"The fire had burned 1,800 hectares by Monday \
                    morning, forcing 2,300 people from their homes, the fire service said.\" \
                    Four days later, that number looks quaint.";
        let articles = vec![
            Article::new("wire", wire).outlet("Wire").published("2025-08-04").unwrap(),
            Article::new("blog", copy).outlet("Blog").published("2025-08-08").unwrap(),
        ];
        let report = check(&articles, &Config::default()).unwrap();
        assert_eq!(date_of(&report, "blog", "2,300"), date_of(&report, "wire", "2,300"));
        assert_eq!(
            date_of(&report, "blog", "2,300").1.map(|d| d.to_string()).as_deref(),
            Some("2025-08-04")
        );
    }

    #[test]
    fn a_quoted_copy_keeps_the_original_date() {
        let copy = "The ministry announced it on Monday: \"The two foreign ministers will meet in \
                    Geneva on Tuesday to sign the border agreement, the ministry said.\" Not much \
                    came of it.";
        let (articles, report) = story(copy);
        let wire = date_of(&report, "wire", "Tuesday");
        assert_eq!(wire.0, "2025-03-04");
        assert_eq!(date_of(&report, "blog", "Tuesday"), wire);
        // the citation is still the blog's own bytes
        for c in &report.claims {
            let text = articles.iter().find(|a| a.id() == c.citation.article).unwrap().text();
            assert_eq!(&text[c.citation.span], c.citation.quote);
            assert_eq!(&text[c.citation.sentence_span], c.citation.sentence);
        }
        let tuesday = |k: FindingKind| {
            report
                .findings_of(k)
                .filter(|f| f.claims.iter().all(|c| c.citation.quote == "Tuesday"))
                .filter(|f| f.claims.len() >= 2)
                .count()
        };
        assert_eq!(tuesday(FindingKind::Agreement), 1, "{:#?}", report.findings);
        assert_eq!(tuesday(FindingKind::Contradiction), 0, "{:#?}", report.findings);
    }

    #[test]
    fn the_outcome_does_not_depend_on_input_order() {
        let copy = "The two foreign ministers will meet in Geneva on Tuesday to sign the border \
                    agreement, the ministry said.";
        let (mut articles, report) = story(copy);
        articles.reverse();
        let reversed = check(&articles, &Config::default()).unwrap();
        assert_eq!(date_of(&reversed, "blog", "Tuesday"), date_of(&report, "blog", "Tuesday"));
        assert_eq!(date_of(&report, "blog", "Tuesday").0, "2025-03-04");
    }

    #[test]
    fn a_similar_sentence_that_is_not_a_copy_keeps_its_own_date() {
        // the same words but another figure: a new report, not a copy
        let changed = "The three foreign ministers will meet in Geneva on Tuesday to sign the \
                       border agreement, the ministry said.";
        let (_, report) = story(changed);
        assert_eq!(date_of(&report, "blog", "Tuesday").0, "2025-03-11");
        // the same shape about another meeting
        let other = "The two trade ministers will meet in Vienna on Tuesday to discuss the \
                     tariff dispute, officials said.";
        let (_, report) = story(other);
        assert_eq!(date_of(&report, "blog", "Tuesday").0, "2025-03-11");
    }

    #[test]
    fn quoted_passages() {
        let t = "He read: \"A fire burned.\" Then «more» and “this”.";
        let got: Vec<&str> = quoted(t).iter().map(|s| &t[*s]).collect();
        assert_eq!(got, ["A fire burned.", "more", "this"]);
        let open = "It said: \"the mine collapsed on Tuesday";
        assert_eq!(
            quoted(open).iter().map(|s| &open[*s]).collect::<Vec<_>>(),
            ["the mine collapsed on Tuesday"]
        );
        let close = "the mine collapsed,” he said.";
        assert_eq!(
            quoted(close).iter().map(|s| &close[*s]).collect::<Vec<_>>(),
            ["the mine collapsed,"]
        );
    }

    #[test]
    fn places_need_context() {
        let a = "fire on Monday near the town";
        let b = "a fire on Monday near the town said";
        let wa = words(a, Span::new(0, a.len()));
        let wb = words(b, Span::new(0, b.len()));
        assert_eq!(place(&wa, 2, 3, &wb), Some(3));
        let c = "blaze on Monday near the port";
        let wc = words(c, Span::new(0, c.len()));
        assert_eq!(place(&wc, 2, 3, &wb), None);
    }
}
