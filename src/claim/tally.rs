//! Vote tallies and results written as two figures ("the committee voted
//! 7-2", "a 5-4 ruling", "won 3-1"). The number stage reads "7-2" as no
//! figure (it is no range); here each side is a count of its own, so that
//! "voted 7-2" meets "its 7-2 vote" and a "6-3" elsewhere contradicts it.

use crate::lexicon::en;
use crate::number::{NumberKind, NumberMention, Quantity};
use crate::text::{Document, TokenKind};

use super::Measure;

/// Which side of a tally a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The first, larger figure: the majority, the winner's score.
    First,
    /// The second figure: the minority, the loser's score.
    Second,
}

/// A tally at token `first` (the first figure): its class ("vote" or
/// "score") when the tokens are two whole figures under 100 joined by a
/// dash with no space, the second not above the first, and a word of
/// voting or of a result stands just before ("voted 7-2", "won 3-1", "by
/// 7-2") or just after ("a 5-4 ruling", "the 7-2 vote").
fn tally_at(doc: &Document<'_>, first: usize) -> Option<&'static str> {
    let small = |i: usize| -> Option<u32> {
        let t = doc.tok(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = doc.tok_text(i);
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (a, b) = (small(first)?, small(first + 2)?);
    let glued = matches!(doc.tok_text(first + 1), "-" | "–")
        && doc.adjacent(first + 1)
        && doc.adjacent(first + 2);
    if !glued || b > a {
        return None;
    }
    // not inside a longer chain ("3-2-1", "2024-25-1")
    let chained = |i: usize| {
        matches!(doc.tok_text(i), "-" | "–" | "/" | ".")
            && doc.tok(i).is_some_and(|t| !t.space_before)
    };
    if first > 0 && chained(first - 1) || chained(first + 3) {
        return None;
    }
    let class = |w: &str| {
        if en::TALLY_VOTE_WORDS.contains(&w) {
            Some("vote")
        } else if en::TALLY_RESULT_WORDS.contains(&w) {
            Some("score")
        } else {
            None
        }
    };
    // the word before, over "by" and an article or possessive ("voted by
    // 7-2", "the committee's 7-2 vote" reads the noun after)
    let mut k = first;
    while k > 0 && matches!(doc.lower(k - 1), "by" | "a" | "an" | "the") {
        k -= 1;
    }
    let before = k.checked_sub(1).and_then(|p| class(doc.lower(p)));
    before.or_else(|| class(doc.lower(first + 3)))
}

/// Every tally side in the document, as a number mention each, with its
/// class and side: in text order, the two sides of a tally one after the
/// other.
pub(crate) fn tallies(doc: &Document<'_>) -> Vec<(NumberMention, &'static str, Side)> {
    let mut out = Vec::new();
    let toks = doc.tokens();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Number {
            continue;
        }
        let Some(class) = tally_at(doc, i) else { continue };
        let side = |k: usize| {
            let v = doc.tok_text(k).parse::<u32>().ok()?;
            Some(NumberMention {
                span: doc.tok(k)?.span,
                quantity: Quantity::exact(NumberKind::Cardinal, f64::from(v)),
                first_unit: None,
            })
        };
        // both sides or neither: callers read the list in pairs
        if let (Some(a), Some(b)) = (side(i), side(i + 2)) {
            out.push((a, class, Side::First));
            out.push((b, class, Side::Second));
        }
    }
    out
}

/// The measure of a tally's side at token `at`, if it is one.
pub(crate) fn measure_at(doc: &Document<'_>, at: usize) -> Option<Measure> {
    let (class, side) = if let Some(c) = tally_at(doc, at) {
        (c, Side::First)
    } else {
        (tally_at(doc, at.checked_sub(2)?)?, Side::Second)
    };
    let qualifier = match (class, side) {
        ("vote", Side::First) => "for",
        ("vote", Side::Second) => "against",
        (_, Side::First) => "winner",
        (_, Side::Second) => "loser",
    };
    Some(Measure {
        class: Some(class.to_owned()),
        head: Some(class.to_owned()),
        phrase: format!("{class} {qualifier}"),
        qualifiers: vec![qualifier.to_owned()],
        ..Measure::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sides(text: &str) -> Vec<(String, &'static str, Side)> {
        let doc = Document::new(text);
        tallies(&doc)
            .into_iter()
            .map(|(m, c, s)| (m.span.get(text).unwrap_or("").to_owned(), c, s))
            .collect()
    }

    #[test]
    fn votes_and_results_are_read_on_both_sides() {
        let got = sides("The committee voted 7-2 for the move.");
        assert_eq!(
            got,
            vec![("7".to_owned(), "vote", Side::First), ("2".to_owned(), "vote", Side::Second)]
        );
        assert_eq!(sides("The court's 5-4 ruling stands.").len(), 2);
        assert_eq!(sides("It passed by a 7-2 vote.").len(), 2);
        assert_eq!(sides("Arsenal won 3-1 on Sunday.")[0].1, "score");
    }

    #[test]
    fn ranges_dates_and_bare_pairs_are_no_tallies() {
        // a range runs upwards, a date chains, a pair needs its verb or noun
        assert!(sides("The committee voted 2-7 for the move.").is_empty());
        assert!(sides("The vote on 2024-10-07 was close.").is_empty());
        assert!(sides("Rooms 7-2 are closed.").is_empty());
        assert!(sides("They voted 7 - 2 for it.").is_empty());
        assert!(sides("They won 300-200 in the end.").is_empty());
    }
}
