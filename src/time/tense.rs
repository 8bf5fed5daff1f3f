//! The tense of the clause around a time expression, read from its verb
//! group: future markers ("will", "is set to", "is expected to"), past
//! forms ("said", "met", "-ed"), present forms ("is", "says").

use core::ops::Range;

use crate::lexicon::{self, LexId, en, flag};
use crate::text::{Document, TokenKind};

/// The tense cue found for a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Present,
    Unknown,
}

/// How far to look for a verb, in tokens.
const LEFT_WINDOW: usize = 14;
const RIGHT_WINDOW: usize = 10;

/// Reads the tense of the clause containing `tokens`: first the verb group
/// to the left of the expression, then (for fronted expressions: "On
/// Friday, Axios reported") the one to its right.
pub(crate) fn tense_of(doc: &Document<'_>, all_ids: &[LexId], tokens: Range<usize>) -> Tense {
    let lx = lexicon::english();
    let sent = doc.sentence_tokens(doc.sentence_index(tokens.start));
    // "called a meeting for Monday", "a vote set for Tuesday": a weekday
    // after "for" is the day of an arrangement, still to come when it was
    // made, whatever the tense of the verb that made it
    if tokens.start > sent.start
        && doc.is(tokens.start - 1, "for")
        && lx.get(doc.lex(tokens.start)).weekday.is_some()
        && !doc.is(tokens.end, "'s")
    {
        return Tense::Future;
    }
    let ids: &[LexId] = all_ids.get(sent.start..tokens.start.max(sent.start)).unwrap_or(&[]);
    // left: walk back from the expression
    let mut steps = 0;
    let mut k = tokens.start;
    while k > sent.start && steps < LEFT_WINDOW {
        k -= 1;
        steps += 1;
        let t = doc.tok_text(k);
        if is_boundary(doc, k, t) {
            break;
        }
        let rel = k - sent.start;
        if lx.future.longest_ending(ids.get(..=rel).unwrap_or(&[]), 3).is_some()
            && !causal_due_to(doc, k)
        {
            return Tense::Future;
        }
        if scheduled_for(doc, k, tokens.start) || committed_by(doc, k, tokens.start) {
            return Tense::Future;
        }
        if let Some(tense) = word_tense(doc, k) {
            return tense;
        }
        if ["after", "before", "since", "until", "following"]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w))
            && !within_the_day(doc, k, tokens.start)
        {
            break;
        }
    }
    // right: fronted expressions
    let mut k = tokens.end;
    let mut steps = 0;
    while k < sent.end && steps < RIGHT_WINDOW {
        let t = doc.tok_text(k);
        if steps > 0 && is_boundary(doc, k, t) && t != "," {
            break;
        }
        if doc.has_flag(k, flag::CLAUSE) && !doc.is(k, "and") {
            break;
        }
        let ids_r = all_ids.get(k..(k + 3).min(sent.end)).unwrap_or(&[]);
        if lx.future.longest(ids_r).is_some_and(|(_, len)| len >= 1)
            && !doc.is(k, "next")
            && !doc.is(k, "coming")
        {
            return Tense::Future;
        }
        if let Some(tense) = word_tense(doc, k) {
            return tense;
        }
        k += 1;
        steps += 1;
    }
    Tense::Unknown
}

/// "due by Monday", "a verdict expected on Tuesday", "due Friday": a
/// word of [`en::SCHEDULED_WORDS`] at `k` with the expression at `start`
/// right after it or after a preposition and a determiner, and no past
/// verb before it ("was due on Monday", "fell due on Monday" are left to
/// the verb) nor a comparison ("rose more than expected on Monday").
fn scheduled_for(doc: &Document<'_>, k: usize, start: usize) -> bool {
    let t = doc.tok_text(k);
    if !en::SCHEDULED_WORDS.iter().any(|w| t.eq_ignore_ascii_case(w)) {
        return false;
    }
    let between = k + 1..start;
    if between.len() > 2
        || between.clone().any(|j| !doc.has_flag(j, flag::PREP | flag::DET))
        || between.clone().next().is_some_and(|j| !doc.has_flag(j, flag::PREP))
    {
        return false;
    }
    // "was due", "fell due", "had been expected": the verb says; "more
    // than expected", "as scheduled": a comparison, not a plan
    let before = k.checked_sub(1).is_some_and(|p| {
        word_tense(doc, p) == Some(Tense::Past) && !reported_plan(doc, p)
            || ["been", "than", "as"].iter().any(|w| doc.tok_text(p).eq_ignore_ascii_case(w))
    });
    !before
}

/// "has promised voters a government by Christmas", "vowed to finish the
/// work by March": a deadline ("by" right before the expression at
/// `start`) set by a word of commitment at `k` ([`en::COMMITMENT_WORDS`])
/// is still to come when the commitment was made, whatever the tense of
/// the verb that made it.
fn committed_by(doc: &Document<'_>, k: usize, start: usize) -> bool {
    (doc.is(start, "by") || start.checked_sub(1).is_some_and(|b| b > k && doc.is(b, "by")))
        && en::COMMITMENT_WORDS.iter().any(|w| doc.lower(k) == *w)
}

/// "said 5,000 people were expected at Saturday's rally": a plan reported
/// in the past tense of a say verb before it is still to come when it was
/// said (the "was" or "were" at `p` follows a say verb in its sentence).
fn reported_plan(doc: &Document<'_>, p: usize) -> bool {
    if !(doc.is(p, "was") || doc.is(p, "were")) {
        return false;
    }
    let start = doc.sentence_tokens(doc.sentence_index(p)).start;
    (start..p).any(|j| doc.has_flag(j, flag::SAY))
}

/// "due to the storm on Monday", "due to its collapse": the "due to" that
/// ends at `k` gives a cause (a noun phrase follows), not a plan.
fn causal_due_to(doc: &Document<'_>, k: usize) -> bool {
    doc.is(k, "to")
        && k.checked_sub(1).is_some_and(|p| doc.is(p, "due"))
        && doc.has_flag(k + 1, flag::DET)
}

/// "before dawn on Tuesday", "shortly after midnight Sunday": the
/// "before" or "after" at `k` places the event within the day of the
/// expression at `start` (a word of [`en::DAY_MARKS`] and at most "on"
/// or "of" between), so the clause's verb still dates it.
fn within_the_day(doc: &Document<'_>, k: usize, start: usize) -> bool {
    let t = doc.tok_text(k);
    let mark = doc.tok_text(k + 1);
    (t.eq_ignore_ascii_case("before") || t.eq_ignore_ascii_case("after"))
        && en::DAY_MARKS.iter().any(|w| mark.eq_ignore_ascii_case(w))
        && (k + 2..start).len() <= 1
        && (k + 2..start).all(|j| doc.is(j, "on") || doc.is(j, "of") || doc.is(j, ","))
}

fn is_boundary(doc: &Document<'_>, k: usize, t: &str) -> bool {
    matches!(t, ";" | ":" | "—" | "(" | ")" | "\"" | "“" | "”")
        || t == "–" && doc.tok(k).is_some_and(|x| x.space_before)
        || t == "-"
            && doc.tok(k).is_some_and(|x| x.space_before)
            && doc.tok(k + 1).is_some_and(|x| x.space_before)
}

/// The tense a single word signals, if any.
fn word_tense(doc: &Document<'_>, k: usize) -> Option<Tense> {
    if doc.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    let t = doc.tok_text(k);
    let lower = doc.lower(k);
    if matches!(lower, "will" | "'ll" | "shall" | "would" | "wo") {
        return Some(Tense::Future);
    }
    if doc.has_flag(k, flag::PAST) {
        // "last" and "next" are handled by the expressions themselves
        if lower == "last" {
            return None;
        }
        return Some(Tense::Past);
    }
    if matches!(
        lower,
        "is" | "are" | "am" | "says" | "say" | "'re" | "tells" | "reports" | "remains" | "remain"
    ) {
        return Some(Tense::Present);
    }
    // "who turns 59 in December", "which opens in May": a verb in -s
    // right after a relative pronoun is in the present
    if k.checked_sub(1).is_some_and(|p| ["who", "which"].contains(&doc.lower(p)))
        && t.len() >= 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !doc.tok(k).is_some_and(|x| x.cap)
    {
        return Some(Tense::Present);
    }
    let cap = doc.tok(k).is_some_and(|x| x.cap);
    let ed = t.len() >= 4
        && t.as_bytes().get(t.len() - 2..).is_some_and(|e| e.eq_ignore_ascii_case(b"ed"));
    if !cap && ed && !doc.has_flag(k, flag::NOT_PAST_ED) {
        return Some(Tense::Past);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_at(text: &str, word: &str) -> Tense {
        let doc = Document::new(text);
        let i = doc
            .tokens()
            .iter()
            .position(|t| &text[t.span] == word)
            .unwrap_or_else(|| panic!("{word} not in {text}"));
        let ids: Vec<LexId> = doc.tokens().iter().map(|t| t.lex).collect();
        tense_of(&doc, &ids, i..i + 1)
    }

    #[test]
    fn tense_table() {
        let cases = [
            ("Netanyahu will depart for the US on Sunday.", "Sunday", Tense::Future),
            ("Netanyahu is expected to visit Florida on Monday.", "Monday", Tense::Future),
            ("Netanyahu is to hold talks on Monday.", "Monday", Tense::Future),
            ("Witkoff, who met Netanyahu on Monday, left.", "Monday", Tense::Past),
            ("The newspaper reported on Wednesday that talks were set.", "Wednesday", Tense::Past),
            (
                "On Friday, US news outlet Axios reported that the talks mattered.",
                "Friday",
                Tense::Past,
            ),
            ("On Tuesday, the military said it killed a man.", "Tuesday", Tense::Past),
            (
                "The ceasefire, brokered by the United States in October, stalled.",
                "October",
                Tense::Past,
            ),
            ("Phase two of the ceasefire will begin in January.", "January", Tense::Future),
            ("just six months after the 12-day June war", "June", Tense::Unknown),
            ("The talks on Monday matter.", "Monday", Tense::Unknown),
            ("The premier called a meeting for Monday.", "Monday", Tense::Future),
            ("A vote was set for Tuesday.", "Tuesday", Tense::Future),
            // a scheduled time is still to come, unless it was
            ("The report is due by Monday morning.", "Monday", Tense::Future),
            ("A verdict is expected on Tuesday.", "Tuesday", Tense::Future),
            ("The ruling, due Friday, matters.", "Friday", Tense::Future),
            ("The ruling was due on Monday.", "Monday", Tense::Past),
            ("The payment fell due on Monday.", "Monday", Tense::Past),
            ("Shares rose more than expected on Monday.", "Monday", Tense::Past),
            // a plan reported by a say verb is still to come
            (
                "The union said 5,000 people were expected at Saturday's rally.",
                "Saturday",
                Tense::Future,
            ),
            ("Some 5,000 people were expected at Saturday's rally.", "Saturday", Tense::Past),
            ("The vote went ahead as scheduled on Monday.", "Monday", Tense::Past),
            ("Talks were due to resume on Monday.", "Monday", Tense::Future),
            ("Flights were cancelled due to the storm on Monday.", "Monday", Tense::Past),
            // a point of the day before a date: the verb dates it, inside
            // a quotation its own verb, not the frame's
            (
                "It is worth going back to the dispatch: \"The mine gave way before dawn on \
                 Tuesday, trapping 47 men.\"",
                "Tuesday",
                Tense::Past,
            ),
            ("The quake struck shortly after midnight on Sunday.", "Sunday", Tense::Past),
            ("Talks will resume after the vote on Tuesday.", "Tuesday", Tense::Unknown),
            // a deadline set by a promise is still to come
            ("Brenner has promised voters a government by Christmas.", "Christmas", Tense::Future),
            ("The ministry pledged to rebuild the bridge by March.", "March", Tense::Future),
            ("The bridge was rebuilt by March.", "March", Tense::Past),
            ("The minister promised in March to act.", "March", Tense::Past),
            ("Brenner, who turns 59 in December, resigned.", "December", Tense::Present),
        ];
        for (text, word, want) in cases {
            assert_eq!(tense_at(text, word), want, "{text:?}");
        }
    }
}
