//! What a figure measures, its scope and its certainty, read from the
//! clause around it.

use std::collections::BTreeMap;

use crate::claim::{Certainty, Measure, Mention, Modality, Scope, is_clause_break};
use crate::lexicon::{self, Lexicon, flag};
use crate::number::{NumberKind, NumberMention, Qualifier};
use crate::text::{Document, TokenKind};
use crate::time::{Date, TimeValue};

/// An event word found: its token index and class.
type EventAt = (usize, &'static str);

/// Classes that name an action around an event rather than the event:
/// for a date, the event they act on is looked for nearby.
const GENERIC: &[&str] = &["conclude", "start", "end", "statement", "change", "travel"];

/// When several event words describe one thing ("Gaza ceasefire deal"),
/// the earlier class in this list wins.
const PRIORITY: &[&str] = &[
    "ceasefire",
    "war",
    "attack",
    "election",
    "inauguration",
    "killed",
    "injured",
    "casualties",
    "missing",
    "displaced",
    "kidnapped",
    "released",
    "arrested",
    "meeting",
    "phase",
    "resolution",
    "term",
    "aid",
    "cost",
    "population",
    "agreement",
    "travel",
    "conclude",
    "start",
    "end",
    "change",
    "statement",
];

/// The rank of a class in [`PRIORITY`]; a class the list leaves out
/// ("walkout", "protest", "trial") ranks after the listed events and
/// before the actions ("travel" and after): "the strike ends" is about
/// the strike.
fn priority(class: &str) -> usize {
    if class.is_empty() {
        return usize::MAX;
    }
    let actions = PRIORITY.iter().position(|c| *c == "travel").unwrap_or(PRIORITY.len());
    PRIORITY.iter().position(|c| *c == class).map_or(2 * actions + 1, |i| 2 * i + 2)
}

/// Lower-cases a word and strips a plural "s" ("Palestinians" →
/// "palestinian", "casualties" → "casualty").
pub(crate) fn lemma(word: &str) -> String {
    let mut w = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase().replace('’', "'")
    };
    while w.ends_with("'s") {
        w.truncate(w.len() - 2);
    }
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.len() > 5 && sibilant_plural(&w) {
        // "witnesses", "crashes", "boxes", "churches"
        w.truncate(w.len() - 2);
    } else if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w.truncate(w.len() - 1);
    }
    w
}

/// A plural made with "-es" after a sibilant, whose singular drops it:
/// "-sses", "-shes", "-ches" (not "headaches", "avalanches"), "-xes".
fn sibilant_plural(w: &str) -> bool {
    w.ends_with("sses")
        || w.ends_with("shes")
        || w.ends_with("xes")
        || w.ends_with("ches")
            && !["ache", "anche", "iche", "liche", "stache", "cache"]
                .iter()
                .any(|e| w.strip_suffix('s').is_some_and(|x| x.ends_with(e)))
}

struct Reader<'a, 't> {
    doc: &'a Document<'t>,
    lx: &'static Lexicon,
    sent_start: usize,
    sent_end: usize,
    /// Whether the article is about a labour dispute, where a "strike" is
    /// a walkout; see [`labour_dispute`].
    labour: bool,
}

/// Whether the document reads as a labour dispute (more words of
/// [`lexicon::measures::LABOUR_WORDS`] than of
/// [`lexicon::measures::ARMED_WORDS`], at least two);
/// only asked of documents that say "strike" at all, by word ids.
pub(crate) fn labour_dispute(doc: &Document<'_>) -> bool {
    let lx = lexicon::english();
    let n = doc.tokens().len();
    let strike = [lx.id("strike"), lx.id("strikes")];
    if !(0..n).any(|k| strike.contains(&doc.lex(k))) {
        return false;
    }
    // every listed word is interned, so none has the unknown id 0
    let ids =
        |words: &[&str]| words.iter().map(|w| lx.id(w)).filter(|&id| id != 0).collect::<Vec<_>>();
    let (labour_ids, armed_ids) =
        (ids(lexicon::measures::LABOUR_WORDS), ids(lexicon::measures::ARMED_WORDS));
    let (mut labour, mut armed) = (0usize, 0usize);
    for k in 0..n {
        let id = doc.lex(k);
        if labour_ids.contains(&id) {
            labour += 1;
        } else if armed_ids.contains(&id) {
            armed += 1;
        }
    }
    labour >= 2 && labour > armed
}

impl<'a, 't> Reader<'a, 't> {
    fn new(doc: &'a Document<'t>, tok: usize) -> Reader<'a, 't> {
        let r = doc.sentence_tokens(doc.sentence_index(tok));
        Reader { doc, lx: lexicon::english(), sent_start: r.start, sent_end: r.end, labour: false }
    }

    fn flags(&self, k: usize) -> u32 {
        self.lx.get(self.doc.lex(k)).flags
    }

    fn is_word(&self, k: usize) -> bool {
        self.doc.kind(k) == Some(TokenKind::Word)
    }

    fn cap(&self, k: usize) -> bool {
        self.doc.tok(k).is_some_and(|t| t.cap)
    }

    /// The event class of a phrase starting at `k`, with its length.
    fn event_at(&self, k: usize) -> Option<(&'static str, usize)> {
        let ids = self.doc.id_slice(k, (k + 3).min(self.sent_end));
        let (class, len) = self.lx.events.longest(ids)?;
        // a labour dispute's "strike" is a walkout, not an attack
        if self.labour && class == "attack" && matches!(self.doc.lower(k), "strike" | "strikes") {
            return Some(("walkout", len));
        }
        Some((class, len))
    }

    /// Whether token `k` is a possessive "'s" (straight or curly).
    fn possessive(&self, k: usize) -> bool {
        possessive(self.doc, k)
    }

    /// Looks like a verb form: past, -ed, -ing, or a say verb.
    fn verbish(&self, k: usize) -> bool {
        let t = self.doc.lower(k);
        let f = self.flags(k);
        f & (flag::PAST | flag::SAY | flag::AUX) != 0
            || (t.len() > 4 && t.ends_with("ed") && f & flag::NOT_PAST_ED == 0)
            || matches!(t, "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should")
    }

    /// The noun phrase starting at `k`: word indices, skipping a leading
    /// "of the", determiners, ordinal adjectives and month names.
    fn noun_phrase(&self, mut k: usize, max: usize) -> Vec<usize> {
        let mut words: Vec<usize> = Vec::new();
        if self.doc.is(k, "'s") {
            k += 1;
        }
        if self.doc.is(k, "of") {
            k += 1;
        }
        while k < self.sent_end && words.len() < max {
            let t = self.doc.tok_text(k);
            // inside a hyphenated compound ("search-and-rescue teams",
            // "state-of-the-art"), function words join, not end, the phrase
            let joined = !words.is_empty()
                && k > 0
                && matches!(self.doc.tok_text(k - 1), "-" | "‐")
                && self.doc.adjacent(k);
            match self.doc.kind(k) {
                Some(TokenKind::Word)
                    if joined
                        && self.flags(k) & flag::FUNCTION != 0
                        && matches!(self.doc.tok_text(k + 1), "-" | "‐")
                        && self.doc.adjacent(k + 1) =>
                {
                    k += 1;
                }
                Some(TokenKind::Word) => {
                    let f = self.flags(k);
                    let e = self.lx.get(self.doc.lex(k));
                    if f & flag::DET != 0 {
                        if words.is_empty() {
                            k += 1;
                            continue;
                        }
                        break;
                    }
                    if words.is_empty() && (e.ordinal.is_some() || e.month.is_some() && self.cap(k))
                    {
                        k += 1;
                        continue;
                    }
                    if f & (flag::PREP | flag::CLAUSE | flag::AUX | flag::PRON | flag::NEG) != 0 {
                        break;
                    }
                    // a linking verb after the noun ends it: "1.5 million
                    // households looks high" counts households
                    if LINKING_VERBS.contains(&self.doc.lower(k)) {
                        break;
                    }
                    // a participle opens the phrase only as an adjective:
                    // "120 wounded civilians", not "the 151 needed to"
                    if self.verbish(k) {
                        let adjective = words.is_empty()
                            && self.is_word(k + 1)
                            && self.flags(k + 1) & flag::FUNCTION == 0
                            && !self.verbish(k + 1);
                        if !adjective {
                            break;
                        }
                    }
                    if e.month.is_some() && self.cap(k) {
                        // "the 12-day June war": skip the month
                        k += 1;
                        continue;
                    }
                    // "a two-week campaign": a compound modifier, skipped
                    if e.cardinal.is_some()
                        && words.is_empty()
                        && self.doc.is(k + 1, "-")
                        && self.doc.adjacent(k + 1)
                        && self.doc.adjacent(k + 2)
                    {
                        k += 3;
                        continue;
                    }
                    // "57 percent four years ago": a number word opens
                    // another figure, not the counted noun
                    if e.cardinal.is_some() {
                        break;
                    }
                    // "a third of Vostria's coal": a possessor is not the
                    // head; the phrase starts again after it
                    if self.possessive(k + 1) {
                        words.clear();
                        k += 2;
                        continue;
                    }
                    words.push(k);
                    k += 1;
                }
                Some(TokenKind::Punct)
                    if (t == "-" || t == "‐")
                        && self.doc.adjacent(k)
                        && self.doc.adjacent(k + 1)
                        && !words.is_empty() =>
                {
                    k += 1;
                }
                Some(TokenKind::Number) if words.is_empty() && self.doc.is(k + 1, "-") => {
                    // "12-day": a compound modifier, skip it
                    k += 3;
                }
                _ => break,
            }
        }
        words
    }

    /// The nearest event word to the left (crossing at most `commas`
    /// commas) and to the right of `from..to` whose class `accept`s.
    fn nearest_events(
        &self,
        from: usize,
        to: usize,
        left_max: usize,
        right_max: usize,
        commas: usize,
        accept: &dyn Fn(&str) -> bool,
    ) -> (Option<EventAt>, Option<EventAt>) {
        let [found] = self.nearest_events_each(from, to, [(left_max, right_max)], commas, [accept]);
        found
    }

    /// [`Reader::nearest_events`] for several searches from the same place
    /// at once, each with its own `(left_max, right_max)` window and
    /// filter: one walk over the clause instead of one per search, with
    /// the same answers.
    fn nearest_events_each<const N: usize>(
        &self,
        from: usize,
        to: usize,
        windows: [(usize, usize); N],
        commas: usize,
        accepts: [&dyn Fn(&str) -> bool; N],
    ) -> [(Option<EventAt>, Option<EventAt>); N] {
        let mut out = [(None, None); N];
        let left_max = windows.iter().map(|w| w.0).max().unwrap_or(0);
        let right_max = windows.iter().map(|w| w.1).max().unwrap_or(0);
        // left: a search is live while it has found nothing and its window
        // reaches the current step
        let mut k = from;
        let mut seen_commas = 0;
        let mut steps = 0;
        while k > self.sent_start && steps < left_max {
            k -= 1;
            steps += 1;
            if is_clause_break(self.doc, k) {
                break;
            }
            if self.doc.tok_text(k) == "," {
                seen_commas += 1;
                if seen_commas > commas {
                    break;
                }
                continue;
            }
            if let Some((c, _)) = self.event_at(k) {
                for ((slot, w), accept) in out.iter_mut().zip(&windows).zip(&accepts) {
                    if slot.0.is_none() && steps <= w.0 && accept(c) {
                        slot.0 = Some((k, c));
                    }
                }
            }
            let live = out.iter().zip(&windows).any(|(slot, w)| slot.0.is_none() && steps < w.0);
            if !live {
                break;
            }
            if self.flags(k) & flag::CLAUSE != 0 && !self.doc.is(k, "and") && !self.doc.is(k, "as")
            {
                break;
            }
        }
        let mut k = to;
        let mut steps = 0;
        while k < self.sent_end && steps < right_max {
            let t = self.doc.tok_text(k);
            // skip parentheticals between dashes or brackets
            if matches!(t, "—" | "–" | "(")
                || t == "-" && self.doc.tok(k).is_some_and(|x| x.space_before)
            {
                let close: &[&str] = if t == "(" { &[")"] } else { &["—", "–", "-"] };
                let mut j = k + 1;
                while j < self.sent_end && j < k + 20 && !close.contains(&self.doc.tok_text(j)) {
                    j += 1;
                }
                if j < self.sent_end && j < k + 20 {
                    k = j + 1;
                    continue;
                }
                break;
            }
            // an aside between commas: "52 workers, including contract
            // staff, had been caught underground"
            if t == ","
                && matches!(self.doc.lower(k + 1), "including" | "among" | "mostly" | "most")
            {
                let mut j = k + 2;
                while j < self.sent_end && j < k + 12 && !is_clause_break(self.doc, j) {
                    if self.doc.tok_text(j) == "," {
                        break;
                    }
                    j += 1;
                }
                if self.doc.is(j, ",") && j < k + 12 {
                    k = j + 1;
                    continue;
                }
            }
            // a fronted expression's comma: "On Friday, Axios reported"
            // (only for a figure opening its sentence: "risen to 187, with
            // nine deaths" does not reach past the comma)
            if t == "," && k == to && from <= self.sent_start + 3 {
                k += 1;
                continue;
            }
            if matches!(t, ";" | ":" | "," | "." | "?" | "!" | "”" | "\"") {
                break;
            }
            if self.flags(k) & flag::CLAUSE != 0 && !self.doc.is(k, "as") {
                break;
            }
            if let Some((c, _)) = self.event_at(k) {
                for ((slot, w), accept) in out.iter_mut().zip(&windows).zip(&accepts) {
                    if slot.1.is_none() && steps < w.1 && accept(c) {
                        slot.1 = Some((k, c));
                    }
                }
            }
            k += 1;
            steps += 1;
            let live = out.iter().zip(&windows).any(|(slot, w)| slot.1.is_none() && steps < w.1);
            if !live {
                break;
            }
        }
        out
    }

    /// The best class among the compound around word `p` ("Gaza ceasefire
    /// deal"), then "X of the Y" heads: "phase two of the ceasefire" is
    /// about the phase.
    fn topic_at(&self, p: usize) -> (usize, &'static str) {
        let mut best = (p, self.event_at(p).map_or("", |e| e.0));
        // the compound: contiguous words before and after p
        let mut a = p;
        while a > self.sent_start
            && self.is_word(a - 1)
            && self.flags(a - 1) & (flag::DET | flag::PREP | flag::CLAUSE | flag::AUX) == 0
            && !self.verbish(a - 1)
        {
            a -= 1;
        }
        let mut b = p + 1;
        while b < self.sent_end
            && self.is_word(b)
            && self.flags(b) & (flag::DET | flag::PREP | flag::CLAUSE | flag::AUX) == 0
            && !self.verbish(b)
        {
            b += 1;
        }
        for k in a..b {
            if let Some((c, _)) = self.event_at(k)
                && priority(c) < priority(best.1)
            {
                best = (k, c);
            }
        }
        // "X of the Y": walk left over "the"/"of", quotes and numbers
        let mut k = a;
        let mut saw_of = false;
        while k > self.sent_start {
            let j = k - 1;
            let t = self.doc.tok_text(j);
            let e = self.lx.get(self.doc.lex(j));
            if self.flags(j) & flag::DET != 0
                || matches!(t, "“" | "”" | "\"" | "'")
                || e.cardinal.is_some()
            {
                k = j;
                continue;
            }
            if self.doc.is(j, "of") && !saw_of {
                saw_of = true;
                k = j;
                continue;
            }
            if saw_of
                && let Some((c, _)) = self.event_at(j)
                && !GENERIC.contains(&c)
            {
                return (j, c);
            }
            break;
        }
        best
    }
}

/// Reads what the mention at tokens `from..to` measures.
pub(crate) fn read(
    doc: &Document<'_>,
    m: &Mention,
    from: usize,
    to: usize,
    labour: bool,
) -> Measure {
    if let Mention::Number(_) = m
        && to == from + 1
        && let Some(t) = super::tally::measure_at(doc, from)
    {
        return t;
    }
    let r = Reader { labour, ..Reader::new(doc, from) };
    // "the worst fire since 2017": the last time anything was as bad, a
    // precedent, not the date of this story's fire
    if let Mention::Time(t) = m
        && precedent(doc, t)
    {
        return Measure {
            class: Some("precedent".to_owned()),
            phrase: "precedent".to_owned(),
            ..Measure::default()
        };
    }
    if let Mention::Number(n) = m
        && let Some(name) = age_of(&r, n, from, to)
    {
        return Measure {
            class: Some("age".to_owned()),
            head: Some("age".to_owned()),
            phrase: format!("age of {name}"),
            subject: Some(name),
            ..Measure::default()
        };
    }
    // "The 27-year-old pulled clear": the compound names what the figure
    // measures, whatever the clause is about (the number stage gives it
    // as a cardinal, "a 6-month-old" as a measure in months, each with a
    // span ending with "old"); its head is the one of "Brenner, 58,"
    if let Mention::Number(n) = m
        && matches!(n.quantity.kind, NumberKind::Cardinal | NumberKind::Measure)
        && to > from + 1
        && to.checked_sub(1).is_some_and(|k| doc.is(k, "old") || doc.is(k, "olds"))
    {
        return Measure {
            class: Some("age".to_owned()),
            head: Some("age".to_owned()),
            phrase: "year-old".to_owned(),
            subject: subject_of(&r, from, true).or_else(|| apposed(&r, from)),
            ..Measure::default()
        };
    }
    // "29 years of age", "aged 29", "died at age 87", "at the age of
    // 91": the same age, named by the word before or after the figure
    if let Mention::Number(n) = m
        && n.quantity.kind == NumberKind::Cardinal
        && let Some(phrase) = age_word(&r, n, from, to)
    {
        return Measure {
            class: Some("age".to_owned()),
            head: Some("age".to_owned()),
            phrase: phrase.to_owned(),
            subject: subject_of(&r, from, true),
            ..Measure::default()
        };
    }
    let mut measure = read_measure(&r, m, from, to);
    // "212 of the dead", "three of those killed": a part of a count, not
    // the count (but "142 of the 300 seats" is the count, out of a whole;
    // and "brought nine of them to the surface" is a count of its own,
    // named by its verb, not by the whole "them" stands for)
    if let Mention::Number(n) = m
        && n.quantity.kind == NumberKind::Cardinal
        && doc.is(to, "of")
        && matches!(doc.lower(to + 1), "the" | "those" | "these")
        && doc.kind(to + 2) != Some(TokenKind::Number)
        && measure.class.as_deref().is_some_and(|c| COUNT_CLASSES.contains(&c))
        && let Some(class) = measure.class.take()
    {
        // a part of a toll or tally; "four of the largest lenders" are
        // four lenders
        measure.class = Some(part_of(class));
    }
    // "a group of 11 men", "the final group of seven": a group among
    // those the story counts, not their count
    if let Mention::Number(n) = m
        && n.quantity.kind == NumberKind::Cardinal
        && from >= r.sent_start + 2
        && doc.is(from - 1, "of")
        && matches!(
            doc.lower(from - 2),
            "group" | "team" | "batch" | "party" | "handful" | "squad" | "convoy"
        )
        && let Some(class) = measure.class.take()
    {
        measure.class = Some(part_of(class));
    }
    // "two more villages", "another 800 people", "an additional 12": an
    // increment, not the total it adds to
    if let Mention::Number(n) = m
        && n.quantity.kind == NumberKind::Cardinal
        && (doc.is(to, "more")
            || from.checked_sub(1).is_some_and(|p| {
                p >= r.sent_start && (doc.is(p, "another") || doc.is(p, "additional"))
            }))
        && let Some(class) = measure.class.take()
    {
        measure.class = Some(format!("added:{class}"));
    }
    // "40 aftershocks, the strongest of magnitude 5.2", "the largest 12
    // lenders": a figure of the extreme member or members of a set is
    // qualified by the superlative, and not the set's own measure
    if let Mention::Number(_) = m
        && let Some(sup) = superlative_before(&r, from)
        && !measure.qualifiers.contains(&sup)
    {
        measure.qualifiers.push(sup);
    }
    // "In Sefa City itself, 54 cases…", "Nationwide, …": a place fronted
    // before the sentence's clause qualifies every figure in it
    if let Mention::Number(_) = m
        && let Some(place) = fronted_place(&r)
        && !measure.qualifiers.contains(&place)
    {
        measure.qualifiers.push(place);
    }
    measure.subject = subject_of(&r, from, matches!(m, Mention::Number(_)));
    if measure.subject.is_none() && measure.class.as_deref() == Some("age") {
        measure.subject = apposed(&r, from);
    }
    measure
}

/// The superlative a figure at `from` is said of ("the strongest of
/// magnitude 5.2", "the largest measuring 5.2", "the biggest 12"): "the",
/// a superlative, then at most two linking words.
fn superlative_before(r: &Reader<'_, '_>, from: usize) -> Option<String> {
    let doc = r.doc;
    let mut k = from;
    for _ in 0..3 {
        if k <= r.sent_start + 1 {
            return None;
        }
        k -= 1;
        let w = doc.lower(k);
        if crate::lexicon::en::SUPERLATIVES.contains(&w) {
            return doc.is(k - 1, "the").then(|| w.to_owned());
        }
        if !matches!(w, "of" | "at" | "measuring" | "with" | "magnitude" | "a") {
            return None;
        }
    }
    None
}

/// The class of a part of what `class` counts ("part:killed"), once.
fn part_of(class: String) -> String {
    if class.starts_with("part:") { class } else { format!("part:{class}") }
}

/// The place a sentence opens with, before its first comma: "In Sefa
/// City itself," gives "Sefa City"; "Nationwide," and "Across the
/// country," give "nationwide".
fn fronted_place(r: &Reader<'_, '_>) -> Option<String> {
    let k = r.sent_start;
    let first = r.doc.lower(k);
    if matches!(first, "nationwide" | "countrywide" | "worldwide" | "globally") {
        return r.doc.is(k + 1, ",").then(|| "nationwide".to_owned());
    }
    if !matches!(first, "in" | "across" | "throughout") {
        return None;
    }
    let mut j = k + 1;
    if r.doc.is(j, "the")
        && r.doc.is(j + 2, ",")
        && matches!(r.doc.lower(j + 1), "country" | "nation")
    {
        return Some("nationwide".to_owned());
    }
    let start = j;
    while j < r.sent_end && j < start + 4 && r.is_word(j) && r.cap(j) {
        j += 1;
    }
    let dated = (start..j).any(|w| {
        let e = r.lx.get(r.doc.lex(w));
        e.month.is_some() || e.weekday.is_some()
    });
    if j == start || dated {
        return None;
    }
    let end = j;
    if r.doc.is(j, "itself") {
        j += 1;
    }
    if !r.doc.is(j, ",") {
        return None;
    }
    let words: Vec<usize> = (start..end).collect();
    Some(words_text(r, &words))
}

/// The name an age is set beside: "Mirela Sandor, the 63-year-old
/// economist", "Governor Sandor, who turned 61".
fn apposed(r: &Reader<'_, '_>, from: usize) -> Option<String> {
    let mut k = from;
    for _ in 0..3 {
        k = k.checked_sub(1).filter(|&p| p > r.sent_start)?;
        if r.doc.is(k, ",") {
            let name = k - 1;
            return is_name(r, name).then(|| normalize_name(r.doc.tok_text(name)));
        }
        if !matches!(r.doc.lower(k), "the" | "a" | "an" | "who" | "turned" | "turns" | "now") {
            return None;
        }
    }
    None
}

/// The word that makes a whole number from 0 to 130 an age: "aged 29",
/// "at age 87", "at the age of 91" before it, "of age" ending its span
/// ("3 years of age").
fn age_word(r: &Reader<'_, '_>, n: &NumberMention, from: usize, to: usize) -> Option<&'static str> {
    let v = n.quantity.value.or(n.quantity.low)?;
    if !(0.0..=130.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    let last = to.checked_sub(1)?;
    if last > from && r.doc.is(last, "age") && r.doc.is(last - 1, "of") {
        return Some("of age");
    }
    let p1 = from.checked_sub(1).filter(|&p| p >= r.sent_start)?;
    if r.doc.is(p1, "aged") {
        return Some("aged");
    }
    if r.doc.is(p1, "age") {
        return Some("age");
    }
    let p2 = p1.checked_sub(1).filter(|&p| p >= r.sent_start)?;
    (r.doc.is(p1, "of") && r.doc.is(p2, "age")).then_some("age of")
}

/// The person whose age a bare figure in apposition gives ("Tariq
/// Al-Mansouri, 52, was arrested"; "said Brenner, 58."): a whole number
/// from 1 to 120 written alone between a name and a comma and a comma,
/// full stop or clause end. Returns the name, lower-cased.
fn age_of(r: &Reader<'_, '_>, n: &NumberMention, from: usize, to: usize) -> Option<String> {
    let q = &n.quantity;
    let whole = q.kind == NumberKind::Cardinal
        && q.qualifier == Qualifier::Exact
        && q.value.is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
    if !whole || to != from + 1 || from < r.sent_start + 2 {
        return None;
    }
    let comma = from.checked_sub(1)?;
    let name = from.checked_sub(2)?;
    if !r.doc.is(comma, ",") || !is_name(r, name) {
        return None;
    }
    let next = r.doc.tok_text(to);
    if !(next.is_empty() || matches!(next, "," | "." | ";" | ")") || is_clause_break(r.doc, to)) {
        return None;
    }
    Some(normalize_name(r.doc.tok_text(name)))
}

/// The comma opening a participial apposition that the comma at `close`
/// ends ("the Liberals, led by Ana Kovac, are"), when the word before
/// that comma is a name: the apposition describes the name.
fn apposition_start(r: &Reader<'_, '_>, close: usize) -> Option<usize> {
    let open = comma_before(r, close, 8)?;
    let first = open + 1;
    let participle = r.is_word(first)
        && matches!(
            r.doc.lower(first),
            "led" | "headed" | "run" | "chaired" | "founded" | "backed"
        );
    (participle && open > r.sent_start && is_name(r, open - 1)).then_some(open)
}

/// The nearest comma before the comma at `close`, at most `within`
/// tokens back in its sentence: the one opening the aside `close` ends.
fn comma_before(r: &Reader<'_, '_>, close: usize, within: usize) -> Option<usize> {
    (close.saturating_sub(within).max(r.sent_start)..close).rev().find(|&j| r.doc.is(j, ","))
}

/// A name token (capitalized, not a function word, month or weekday).
fn is_name(r: &Reader<'_, '_>, k: usize) -> bool {
    let e = r.lx.get(r.doc.lex(k));
    r.is_word(k)
        && r.cap(k)
        && r.flags(k) & flag::NOT_ENTITY == 0
        && e.month.is_none()
        && e.weekday.is_none()
        && e.cardinal.is_none()
}

/// The name a figure directly belongs to; see [`Measure::subject`]: a
/// possessor ("Netanyahu's fifth visit"), else the nearest name before the
/// figure in its clause across verbs and function words ("the Liberals
/// are set to win 11 seats", "the Greens 12"), unless that name is the
/// source of a statement ("police said 40").
fn subject_of(r: &Reader<'_, '_>, from: usize, figure: bool) -> Option<String> {
    let at = |k: usize| (k >= r.sent_start).then_some(k);
    let p1 = from.checked_sub(1).and_then(at)?;
    if r.doc.is(p1, "'s") {
        let p2 = p1.checked_sub(1).and_then(at)?;
        return is_name(r, p2).then(|| normalize_name(r.doc.tok_text(p2)));
    }
    // a date's nearest name is who meets or where, not whose date it is
    if !figure {
        return None;
    }
    let mut k = from;
    let mut steps = 0;
    while k > r.sent_start && steps < 6 {
        k -= 1;
        steps += 1;
        let t = r.doc.tok_text(k);
        // "the Liberals, led by Ana Kovac, are set to win 11 seats": over
        // a participial apposition to the name before it
        if t == ","
            && let Some(open) = apposition_start(r, k)
        {
            k = open;
            continue;
        }
        if is_clause_break(r.doc, k)
            || matches!(t, "," | ";")
            || r.flags(k) & (flag::SAY | flag::CLAUSE) != 0
        {
            return None;
        }
        if r.doc.kind(k) == Some(TokenKind::Number) {
            return None;
        }
        // "residence in Florida": a name after a preposition is a place
        // or an object, not the figure's owner
        if is_name(r, k) && k > r.sent_start && r.flags(k - 1) & flag::PREP != 0 {
            continue;
        }
        if is_name(r, k) {
            // "Bekele has won the Port Alden Marathon for the second
            // time": a name right after a verb, with a preposition before
            // the figure, is the verb's object; the subject is further
            // back ("gave National Renewal 35.1%", "fined Halmar Coal
            // €50,000": the name right before the figure owns it)
            let mut start = k;
            while start > r.sent_start && (is_name(r, start - 1) || r.doc.is(start - 1, "'s")) {
                start -= 1;
            }
            if start > r.sent_start && r.doc.is(start - 1, "the") {
                start -= 1;
            }
            let object = start > r.sent_start
                && r.verbish(start - 1)
                && r.flags(start - 1) & (flag::AUX | flag::SAY) == 0
                && (k + 1..from).any(|j| r.flags(j) & flag::PREP != 0);
            if object {
                k = start;
                continue;
            }
            // a name followed by a say verb is a source
            let source = r.flags(k + 1) & flag::SAY != 0 || r.flags(k + 2) & flag::SAY != 0;
            return (!source).then(|| normalize_name(t));
        }
    }
    None
}

fn read_measure(r: &Reader<'_, '_>, m: &Mention, from: usize, to: usize) -> Measure {
    let read = read_by_kind(r, m, from, to);
    if read.class.is_some() || read.head.is_some() {
        return pay_in_dispute(r, m, from, to, read);
    }
    // nothing named what the figure measures: conventions of news prose
    // first (an age after a name, a placing), then the nearest event word
    // and the nearest noun of the clause
    if let Some(age) = age(r, m, from, to) {
        return age;
    }
    if let Some(placing) = placing(r, m, from) {
        return placing;
    }
    let mut topic = clause_topic(r, from, to).unwrap_or(read);
    // a percentage is a share of its topic ("a claim of 9%": pct:claim)
    if let Mention::Number(n) = m
        && matches!(n.quantity.kind, NumberKind::Percent | NumberKind::Fraction)
    {
        topic.class = topic.class.map(|c| format!("pct:{c}"));
    }
    pay_in_dispute(r, m, from, to, topic)
}

/// Whether a verb of working follows the counted noun, over auxiliaries:
/// "people were working", "people employed at the plant".
fn working_after(r: &Reader<'_, '_>, after: usize) -> bool {
    let mut k = after;
    while k < r.sent_end && k < after + 2 && r.flags(k) & flag::AUX != 0 {
        k += 1;
    }
    k < r.sent_end && lexicon::en::WORKING_VERBS.contains(&r.doc.lower(k))
}

/// In a labour dispute, the percentage a side offers, claims or demands is
/// the pay rise at stake: "the 4.5% offer", "the union's claim of 9%"
/// meet "a 9% pay rise" and "offered 4.5%". Its head is the side's stance
/// when a word says it: what the workers claim ("demanding a 9% pay
/// rise", "a claim of 9%") or what the employer offers ("has offered
/// 4.5%", "raised its offer to 5.5%", "the 4.5% offer"); see
/// [`lexicon::en::PAY_CLAIM_WORDS`] and [`lexicon::en::PAY_OFFER_STANCE`].
fn pay_in_dispute(
    r: &Reader<'_, '_>,
    m: &Mention,
    from: usize,
    to: usize,
    mut measure: Measure,
) -> Measure {
    let Mention::Number(n) = m else { return measure };
    if !r.labour || n.quantity.kind != NumberKind::Percent {
        return measure;
    }
    let stance = pay_stance(r, from, to);
    if stance.is_some()
        || measure
            .class
            .as_deref()
            .and_then(|c| c.strip_prefix("pct:"))
            .is_some_and(|c| lexicon::measures::PAY_OFFER_WORDS.contains(&c))
    {
        measure.class = Some("pct:wage".to_owned());
    }
    if let Some(s) = stance.filter(|_| measure.class.as_deref() == Some("pct:wage")) {
        measure.head = Some(s.to_owned());
    }
    measure
}

/// The stance a pay figure states, "claim" or "offer" (see
/// [`pay_in_dispute`]): the nearest stance word before the figure in its
/// clause, else one in the noun phrase after it ("the 4.5% offer").
fn pay_stance(r: &Reader<'_, '_>, from: usize, to: usize) -> Option<&'static str> {
    let stance = |k: usize| {
        let w = r.doc.lower(k);
        if lexicon::en::PAY_CLAIM_WORDS.contains(&w) {
            Some("claim")
        } else if lexicon::en::PAY_OFFER_STANCE.contains(&w) {
            Some("offer")
        } else {
            None
        }
    };
    (from.saturating_sub(5).max(r.sent_start)..from)
        .rev()
        .take_while(|&k| !is_clause_break(r.doc, k) && r.doc.tok_text(k) != ",")
        .find_map(stance)
        .or_else(|| r.noun_phrase(to, 3).into_iter().find_map(stance))
}

/// "Ms Ode (61)", "who turned 61": a person's age ("Brenner, 58," and "a
/// 27-year-old" are read earlier, by [`read`]).
fn age(r: &Reader<'_, '_>, m: &Mention, from: usize, to: usize) -> Option<Measure> {
    let classed = |head: &str| Measure {
        class: Some("age".to_owned()),
        head: Some(head.to_owned()),
        phrase: head.to_owned(),
        ..Measure::default()
    };
    match m {
        Mention::Number(n) if n.quantity.kind == NumberKind::Cardinal => {
            let v = n.quantity.value?;
            if !(1.0..=120.0).contains(&v) || v.fract() != 0.0 || to != from + 1 {
                return None;
            }
            let before = from.checked_sub(1).filter(|&p| p > r.sent_start)?;
            let bracketed = r.doc.is(before, "(") && r.doc.is(to, ")");
            // "who turned 61 in June", "turns 40 on Friday": a birthday,
            // when no noun follows ("turned 300 people away")
            let birthday = matches!(r.doc.lower(before), "turned" | "turns" | "turning" | "turn")
                && r.noun_phrase(to, 2).is_empty();
            (bracketed && is_name(r, before - 1) || birthday).then(|| classed("age"))
        }
        _ => None,
    }
}

/// "finished third", "came second": a position in a result.
fn placing(r: &Reader<'_, '_>, m: &Mention, from: usize) -> Option<Measure> {
    let Mention::Number(n) = m else { return None };
    if n.quantity.kind != NumberKind::Ordinal {
        return None;
    }
    let p = from.checked_sub(1).filter(|&p| p >= r.sent_start)?;
    let w = r.doc.lower(p);
    lexicon::measures::PLACING_VERBS.contains(&w).then(|| Measure {
        class: Some("placing".to_owned()),
        head: Some(w.to_owned()),
        phrase: w.to_owned(),
        ..Measure::default()
    })
}

/// The event word nearest the figure in its clause, else the nearest noun
/// before it ("the fire broke out on Tuesday": fire), else after it.
fn clause_topic(r: &Reader<'_, '_>, from: usize, to: usize) -> Option<Measure> {
    let (left, right) = r.nearest_events(from, to, 10, 8, 0, &|c| c != "statement");
    let (k, class) = match nearest_of(r, from, to, left, right) {
        Some((k, c)) => (k, Some(c.to_owned())),
        None => (clause_noun(r, from, to)?, None),
    };
    let head = lemma(r.doc.tok_text(k));
    Some(Measure {
        class: class.or_else(|| Some(head.clone())),
        phrase: r.doc.tok_text(k).to_lowercase(),
        qualifiers: qualifiers(r, k),
        head: Some(head),
        ..Measure::default()
    })
}

/// A plain noun near `from..to` in its clause: the nearest to the left
/// (up to 8 words), else to the right (up to 6), skipping function words,
/// verbs, names and numbers.
fn clause_noun(r: &Reader<'_, '_>, from: usize, to: usize) -> Option<usize> {
    let plain = |k: usize| {
        let e = r.lx.get(r.doc.lex(k));
        r.is_word(k)
            && !r.cap(k)
            && r.flags(k) & (flag::FUNCTION | flag::MODAL) == 0
            && e.cardinal.is_none()
            && e.ordinal.is_none()
            && e.month.is_none()
            && e.weekday.is_none()
            && e.time_unit.is_none()
            && !lexicon::en::DAY_MARKS.contains(&r.doc.lower(k))
            && !r.verbish(k)
            && r.doc.tok_text(k).len() > 2
            && !r.doc.lower(k).ends_with("ly")
            // "would act", "to end": a verb after a modal or "to"
            && !(k > r.sent_start
                && (r.flags(k - 1) & (flag::MODAL | flag::AUX) != 0 || r.doc.is(k - 1, "to")))
            && !(NOT_TOPIC.may_contain(r.doc.lower(k))
                && lexicon::measures::NOT_TOPIC.contains(&r.doc.lower(k)))
    };
    // "the international centre's 7.1": a possessed figure is named by
    // the figure before it, not by its owner or the verb after it
    if possessed(r, from) {
        return None;
    }
    let mut k = from;
    while k > r.sent_start && from - k < 8 {
        k -= 1;
        if is_clause_break(r.doc, k) || r.doc.tok_text(k) == "," {
            break;
        }
        if plain(k) {
            return Some(k);
        }
    }
    let mut k = to;
    while k < r.sent_end && k < to + 6 {
        if is_clause_break(r.doc, k) || r.doc.tok_text(k) == "," {
            break;
        }
        if plain(k) {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// Whether a figure is an area ("1,800 hectares", "12 sq km").
fn is_area(n: &NumberMention) -> bool {
    n.quantity.unit.as_ref().is_some_and(|u| {
        crate::lexicon::en::UNITS
            .iter()
            .any(|(_, symbol, dim)| *symbol == u.as_str() && *dim == crate::lexicon::en::Dim::Area)
    })
}

/// Whether the figure's sentence says something burned.
fn burned_here(r: &Reader<'_, '_>) -> bool {
    (r.sent_start..r.sent_end)
        .any(|k| r.is_word(k) && crate::lexicon::measures::BURN_WORDS.contains(&r.doc.lower(k)))
}

fn read_by_kind(r: &Reader<'_, '_>, m: &Mention, from: usize, to: usize) -> Measure {
    match m {
        Mention::Number(n) => match n.quantity.kind {
            NumberKind::Ordinal => ordinal(r, from, to),
            NumberKind::Percent | NumberKind::Fraction => share(r, from, to, false),
            NumberKind::PercentagePoint => share(r, from, to, true),
            NumberKind::Measure if is_area(n) && burned_here(r) => {
                // "burned 1,800 hectares of pine forest", "the burned area
                // at 6,950 hectares": the area a fire has burned so far
                Measure { class: Some("burned".to_owned()), ..count(r, from, to, false) }
            }
            NumberKind::Money | NumberKind::Measure => count(r, from, to, false),
            _ => count(r, from, to, true),
        },
        Mention::Time(t) => match t.value {
            TimeValue::Duration(_) => duration(r, from, to),
            _ => dated_event(r, from, to),
        },
    }
}

fn words_text(r: &Reader<'_, '_>, ws: &[usize]) -> String {
    let mut out = String::new();
    for (i, &k) in ws.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(r.doc.tok_text(k));
    }
    out
}

/// Capitalized words directly before `head` in its compound ("the
/// Lebanon ceasefire", "Palestinian prisoners", "October's Gaza ceasefire
/// agreement"), and a place after it ("ceasefire in Lebanon").
fn qualifiers(r: &Reader<'_, '_>, head: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = head;
    while k > r.sent_start {
        let p = k - 1;
        if !r.is_word(p)
            || r.flags(p) & (flag::DET | flag::PREP | flag::CLAUSE | flag::AUX) != 0
            || r.verbish(p)
        {
            break;
        }
        let e = r.lx.get(r.doc.lex(p));
        if r.cap(p)
            && e.month.is_none()
            && e.weekday.is_none()
            && r.flags(p) & flag::NOT_ENTITY == 0
        {
            out.push(normalize_name(r.doc.tok_text(p)));
        }
        k = p;
    }
    // "the ceasefire in Lebanon"
    let mut j = head + 1;
    while j < r.sent_end
        && r.is_word(j)
        && !r.cap(j)
        && r.flags(j) & flag::PREP == 0
        && j < head + 3
    {
        j += 1;
    }
    if r.doc.is(j, "in") && r.cap(j + 1) && r.is_word(j + 1) {
        let e = r.lx.get(r.doc.lex(j + 1));
        if e.month.is_none() && e.weekday.is_none() && r.flags(j + 1) & flag::NOT_ENTITY == 0 {
            out.push(normalize_name(r.doc.tok_text(j + 1)));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The head of a noun phrase: the last word with a known noun class
/// ("Palestinian prisoners"), else the last word; words inside a hyphenated
/// compound modify the word after them ("hostage-prisoner exchanges").
fn head_of(r: &Reader<'_, '_>, np: &[usize]) -> Option<usize> {
    let last = *np.last()?;
    // "40 people die": a verb read into the phrase after a counted noun
    if let [.., prev, _] = np {
        let prev_in_compound = r.doc.is(*prev - 1, "-") && r.doc.adjacent(*prev);
        if r.event_at(last).is_some() && noun_class(r, *prev).is_some() && !prev_in_compound {
            return Some(*prev);
        }
    }
    Some(last)
}

fn noun_class(r: &Reader<'_, '_>, k: usize) -> Option<&'static str> {
    let ids = r.doc.id_slice(k, k + 1);
    r.lx.nouns.longest(ids).map(|x| x.0)
}

/// Classes that name what a figure counts; preferred over other event
/// words in the clause ("the death toll from the disaster rose to 43").
const COUNT_CLASSES: &[&str] = &[
    "killed",
    "injured",
    "casualties",
    "missing",
    "displaced",
    "released",
    "arrested",
    "kidnapped",
    "capacity",
    "aboard",
];

/// Classes whose totals only grow, so a later higher figure is an update.
pub(crate) const CUMULATIVE: &[&str] = &[
    "killed",
    "injured",
    "casualties",
    "displaced",
    "arrested",
    "kidnapped",
    "released",
    "rescued",
    "burned",
    "cases",
    "aftershock",
];

/// States whose share only grows as work goes on ("30% contained", "99%
/// counted"): a later higher share is an update.
const PROGRESS: &[&str] = &[
    "contained",
    "complete",
    "completed",
    "counted",
    "vaccinated",
    "built",
    "restored",
    "finished",
    "done",
    "repaired",
    "reopened",
    "full",
];

/// Metrics that are themselves a rate of change of something else.
const RATE_METRICS: &[&str] = &["inflation", "growth"];

/// The metric a single word names, even where an event class claims the
/// word first ("34.6% of the vote": votes, not an election).
fn metric_word(r: &Reader<'_, '_>, k: usize) -> Option<&'static str> {
    let w = r.doc.lower(k);
    lexicon::measures::METRIC_CLASSES
        .iter()
        .find(|(_, words)| words.contains(&w))
        .map(|(name, _)| *name)
}

fn is_metric(class: &str) -> bool {
    lexicon::measures::METRIC_CLASSES.iter().any(|(name, _)| *name == class)
}

/// The nearer of a left and a right event word; ties go left ("killed
/// dozens"), except for a subject count whose verb follows it ("dozens
/// were missing"), where the right one wins.
fn nearest_of(
    r: &Reader<'_, '_>,
    from: usize,
    after: usize,
    l: Option<EventAt>,
    rt: Option<EventAt>,
) -> Option<EventAt> {
    match (l, rt) {
        (Some(l), Some(rt)) => {
            let subject = r.flags(after) & flag::AUX != 0;
            let (dl, dr) = (from - l.0, rt.0.saturating_sub(after) + 1);
            Some(if dl < dr || dl == dr && !subject { l } else { rt })
        }
        (l, rt) => l.or(rt),
    }
}

/// Whether the figure at `from` follows a possessive ("the centre's 7.1").
fn possessed(r: &Reader<'_, '_>, from: usize) -> bool {
    from > r.sent_start && r.possessive(from - 1)
}

/// A past-tense verb right before the figure ("recovered €9 million",
/// "seized $2m"), not a say verb.
fn past_verb_before(r: &Reader<'_, '_>, from: usize) -> Option<usize> {
    let p = from.checked_sub(1).filter(|&p| p >= r.sent_start)?;
    let w = r.doc.lower(p);
    (r.is_word(p)
        && w.len() > 4
        && w.ends_with("ed")
        && r.flags(p) & (flag::SAY | flag::AUX | flag::NOT_PAST_ED) == 0)
        .then_some(p)
}

/// The nearest content word before `from` in its clause (the topic of a
/// figure nothing else names: "a budget of $5m", "market value of
/// $2bn"), lower-cased and singular.
fn left_noun(r: &Reader<'_, '_>, from: usize) -> Option<usize> {
    // "the international centre's 7.1": the owner is not what is measured
    if possessed(r, from) {
        return None;
    }
    let mut k = from;
    let mut steps = 0;
    while k > r.sent_start && steps < 5 {
        k -= 1;
        steps += 1;
        if is_clause_break(r.doc, k) || r.doc.tok_text(k) == "," {
            return None;
        }
        let e = r.lx.get(r.doc.lex(k));
        if !r.is_word(k)
            || r.flags(k) & (flag::DET | flag::PREP | flag::AUX) != 0
            || e.cardinal.is_some()
        {
            continue;
        }
        if r.flags(k) & (flag::CLAUSE | flag::PRON | flag::NEG) != 0 || r.verbish(k) || r.cap(k) {
            return None;
        }
        return Some(k);
    }
    None
}

/// What a figure counts or amounts to; `people` when it may count people
/// or things (not a sum of money or a measured quantity, which the
/// classes of [`COUNT_CLASSES`] never measure: "pay 50,000 euros to the
/// family of each miner killed" is a payment, not a toll).
fn count(r: &Reader<'_, '_>, from: usize, to: usize, people: bool) -> Measure {
    let np = r.noun_phrase(to, 4);
    // "144 of parliament's 300 seats": a part out of a whole counts what
    // the whole counts
    let np = if np.is_empty() && r.doc.is(to, "of") { whole_np(r, to + 1) } else { np };
    // "€9 million of the money": a sum of money says nothing by being
    // money; what was done with it names it
    let head = head_of(r, &np)
        .filter(|&h| people || !matches!(r.doc.lower(h), "money" | "cash" | "funds" | "sum"));
    // a counting class in the clause around the counted phrase first
    // ("carrying 135 people", "110 passengers it was licensed to take"),
    // then one inside the phrase ("four prisoner exchanges", "1,200 jobs"),
    // then a metric naming the figure ("revenue of €4.87bn"), then the
    // nearest other event word
    let in_np = np
        .iter()
        .rev()
        .find_map(|&k| r.event_at(k).filter(|(c, _)| !GENERIC.contains(c)).map(|(c, _)| (k, c)));
    let after = np.last().map_or(to, |&k| k + 1);
    let [(lc, mut rc), (lm, mut rm), (mut left, mut right)] = r.nearest_events_each(
        from,
        after,
        [(14, 10), (6, 3), (8, 8)],
        0,
        // a count of people or things is never a sum spent ("18,000
        // people spent the night in tents"), as a sum is never a toll
        [&|c| COUNT_CLASSES.contains(&c), &is_metric, &|c| {
            !GENERIC.contains(&c) && if people { c != "cost" } else { !COUNT_CLASSES.contains(&c) }
        }],
    );
    // "27 violations since the truce began": an event of the figure's
    // time scope is not what it counts
    if right.is_some_and(|(k, _)| scope_between(r, after, k)) {
        right = None;
    }
    // "Nine lenders had raised mortgage rates": a count of a noun counts
    // the noun, not a rate its clause goes on to name
    let named_later = |e: Option<EventAt>| {
        e.is_some_and(|(k, c)| {
            is_metric(c) && (after..k).any(|j| r.verbish(j) && r.flags(j) & flag::AUX == 0)
        })
    };
    if people && head.is_some() {
        if named_later(rm) {
            rm = None;
        }
        if named_later(right) {
            right = None;
        }
    }
    // "34 of the 47 men trapped by the collapse have been brought out
    // alive": a participle after the counted noun says what happened to
    // them before; the verb of the clause, what the figure counts
    // (not for the whole of a part, "34 of the 47": the verb is the part's)
    let whole = from >= r.sent_start + 2 && r.doc.is(from - 1, "the") && r.doc.is(from - 2, "of");
    if let Some((k, _)) = rc.filter(|_| !whole)
        && let Some(main) = main_verb_event(r, k, |c| COUNT_CLASSES.contains(&c))
    {
        rc = Some(main);
    }
    if let Some((k, _)) = right.filter(|_| !whole)
        && let Some(main) = main_verb_event(r, k, |c| !GENERIC.contains(&c) && c != "cost")
    {
        right = Some(main);
    }
    // "cases have risen to 187, with nine deaths": a tally's figure
    // measures the subject of its verb, not the words after it
    if np.is_empty() && tallied(r, from) {
        (rc, rm, right) = (None, None, None);
    }
    // "the evacuation of two more villages", "40 homes destroyed": a
    // count of places or things is not a count of the people an event
    // touched
    let things = head
        .and_then(|h| noun_class(r, h))
        .is_some_and(|c| lexicon::measures::THING_CLASSES.contains(&c));
    let (lc, rc) = if people && !things { (lc, rc) } else { (None, None) };
    if things {
        let counted = |e: &Option<EventAt>| e.is_some_and(|e| COUNT_CLASSES.contains(&e.1));
        if counted(&left) {
            left = None;
        }
        if counted(&right) {
            right = None;
        }
    }
    let event = nearest_of(r, from, after, lc, rc)
        .or(in_np)
        .or_else(|| nearest_of(r, from, after, lm, rm))
        .or_else(|| nearest_of(r, from, after, left, right));
    let topic = if event.is_none() && head.is_none() {
        // "€11.5 million had been recovered": the passive verb names it;
        // "have so far recovered €9 million": so does the verb before a sum
        passive_verb(r, after)
            .or_else(|| if people { None } else { past_verb_before(r, from) })
            .or_else(|| left_noun(r, from))
    } else {
        None
    };
    let class = event
        .map(|e| e.1.to_owned())
        .or_else(|| head.and_then(|h| noun_class(r, h)).map(str::to_owned));
    // "about 300 people were working a night shift": people at work are
    // workers ("312 employees had clocked in")
    let class = match class {
        Some(c) if c == "people" && working_after(r, after) => Some("workers".to_owned()),
        c => c,
    };
    let head_lemma = head.or(topic).map(|h| lemma(r.doc.tok_text(h)));
    let mut phrase = words_text(r, &np);
    if let Some((k, _)) = event
        && !np.contains(&k)
    {
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        // the whole of a phrase event ("to the surface"), not its first word
        let len = r.event_at(k).map_or(1, |e| e.1).max(1);
        let words: Vec<usize> = (k..k + len).collect();
        phrase.push_str(&words_text(r, &words));
    }
    if phrase.is_empty()
        && let Some(t) = topic
    {
        phrase = r.doc.tok_text(t).to_lowercase();
    }
    Measure {
        class: class.or_else(|| head_lemma.clone()),
        head: head_lemma,
        action: None,
        relation: None,
        phrase,
        qualifiers: head.map(|h| qualifiers(r, h)).unwrap_or_default(),
        subject: None,
    }
}

/// The noun phrase of the whole after "of" in "144 of parliament's 300
/// seats" or "12 of the 40 lenders": past a determiner or possessor and
/// the whole's figure. Empty when no figure follows.
fn whole_np(r: &Reader<'_, '_>, mut k: usize) -> Vec<usize> {
    if r.flags(k) & flag::DET != 0 {
        k += 1;
    }
    if r.possessive(k + 1) {
        k += 2;
    }
    if r.doc.kind(k) != Some(TokenKind::Number) {
        return Vec::new();
    }
    r.noun_phrase(k + 1, 4)
}

/// Whether a word opening a time scope ("since", "until", "before",
/// "after", "during") lies between `from` and `to`.
fn scope_between(r: &Reader<'_, '_>, from: usize, to: usize) -> bool {
    (from..to).any(|j| matches!(r.doc.lower(j), "since" | "until" | "before" | "after" | "during"))
}

/// Linking verbs in the present, which no counted noun is: after the
/// noun they open the predicate ("households looks more realistic").
const LINKING_VERBS: &[&str] =
    &["looks", "seems", "appears", "remains", "stays", "becomes", "sounds", "feels", "proves"];

/// The event of the main verb (one `accept` takes) after a reduced
/// relative clause whose participle is at `k`: "(34 of the 47 men)
/// trapped by the collapse have now been brought out alive" gives the
/// rescue. `None` when the word at `k` is not a participle right after a
/// noun, or no auxiliary followed by such an event ends the clause.
fn main_verb_event(r: &Reader<'_, '_>, k: usize, accept: impl Fn(&str) -> bool) -> Option<EventAt> {
    // the word before the participle is a noun
    k.checked_sub(1).filter(|&p| {
        p >= r.sent_start
            && r.is_word(p)
            && r.flags(p) & (flag::AUX | flag::FUNCTION) == 0
            && !r.verbish(p)
    })?;
    let t = r.doc.lower(k);
    let participle = t.len() > 4 && t.ends_with("ed") && r.flags(k) & flag::NOT_PAST_ED == 0
        || r.flags(k) & flag::PAST != 0;
    if !participle {
        return None;
    }
    let mut j = k + 1;
    while j < r.sent_end && j < k + 12 {
        if is_clause_break(r.doc, j) || r.doc.is(j, ",") {
            return None;
        }
        let w = r.doc.lower(j);
        if is_be(w) || matches!(w, "have" | "has" | "had" | "will" | "would") {
            let mut v = j + 1;
            while v < r.sent_end && v <= j + 4 {
                if let Some((c, _)) = r.event_at(v)
                    && accept(c)
                {
                    return Some((v, c));
                }
                v += 1;
            }
            return None;
        }
        j += 1;
    }
    None
}

/// Whether token `k` is a possessive "'s" (straight or curly).
pub(super) fn possessive(doc: &Document<'_>, k: usize) -> bool {
    doc.is(k, "'s") || doc.is(k, "’s")
}

/// Whether token `k` is the apostrophe of a plural possessive, glued to a
/// word in -s ("the miners' union", "the bankers' association").
pub(super) fn plural_possessive(doc: &Document<'_>, k: usize) -> bool {
    matches!(doc.tok_text(k), "'" | "’")
        && doc.adjacent(k)
        && k > 0
        && doc.tok_text(k - 1).ends_with('s')
}

/// A form of "be" that makes a following participle passive ("was
/// confirmed", "have been reported", "is said").
pub(super) fn is_be(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being")
}

/// The participle of a passive verb the figure is subject of, right
/// after it: "€11.5 million had now been recovered", "90 were rescued".
fn passive_verb(r: &Reader<'_, '_>, after: usize) -> Option<usize> {
    let mut k = after;
    let mut aux = false;
    while k < r.sent_end && k < after + 5 {
        let w = r.doc.lower(k);
        if is_be(w) {
            aux = true;
        } else if !matches!(
            w,
            "had"
                | "has"
                | "have"
                | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "now"
                | "already"
                | "reportedly"
                | "also"
                | "since"
        ) {
            break;
        }
        k += 1;
    }
    let t = r.doc.lower(k);
    let participle = r.is_word(k)
        && t.len() > 4
        && (t.ends_with("ed") && r.flags(k) & flag::NOT_PAST_ED == 0
            || r.flags(k) & flag::PAST != 0);
    (aux && participle && r.flags(k) & flag::SAY == 0).then_some(k)
}

/// A figure already read in the sentence, for [`echo`].
pub(crate) struct Figure {
    /// Its sentence index.
    pub(crate) sentence: usize,
    /// Its last token.
    pub(crate) last: usize,
    /// Its kind and unit.
    pub(crate) kind: NumberKind,
    pub(crate) unit: Option<crate::number::Unit>,
    /// What it measures.
    pub(crate) measure: Measure,
    /// The date it is stated for, once read.
    pub(crate) as_of: Option<Date>,
}

/// The measure of a figure that restates the measure of the figure before
/// it in its sentence: a level it changed from or is compared with ("€11.5
/// million had been recovered, up from €9 million", "rose to 43 from 41",
/// "compared with 1,200 a year earlier"), or a change of it ("revenue of
/// €4.87bn, up 6.2%"). `None` when the figure names its own measure.
pub(crate) fn echo(
    doc: &Document<'_>,
    n: &NumberMention,
    first: usize,
    read: &Measure,
    prev: &Figure,
) -> Option<Echo> {
    let r = Reader::new(doc, first);
    let q = &n.quantity;
    let before = |i: usize| first.checked_sub(i).filter(|&k| k >= r.sent_start);
    let p1 = before(1)?;
    let share = |k: NumberKind| matches!(k, NumberKind::Percent | NumberKind::Fraction);
    let percent = |k: NumberKind| matches!(k, NumberKind::Percent | NumberKind::PercentagePoint);
    let same_kind =
        (q.kind == prev.kind || share(q.kind) && share(prev.kind)) && q.unit == prev.unit;
    // "National Renewal had 34.6% of the vote, ahead of the Social
    // Democrats on 27.9%": a figure with no words of its own, after one of
    // its kind, is a parallel figure of the same measure
    if same_kind && read.class.is_none() && read.head.is_none() && prev.measure.class.is_some() {
        // whose figure it is, though, is its own: the Social Democrats'
        let subject = subject_of(&r, first, true);
        let mut measure = Measure { subject, ..prev.measure.clone() };
        let to = doc.token_at(n.span.end);
        // "demanding a 9% pay rise; Caledon Rail has offered 4.5%": the
        // same pay rise, from the other side
        if measure.class.as_deref() == Some("pct:wage")
            && let Some(s) = pay_stance(&r, first, to)
        {
            measure.head = Some(s.to_owned());
        }
        // "4,120 damaged buildings, 870 of which have collapsed": a part
        if doc.is(to, "of") && matches!(doc.lower(to + 1), "which" | "whom" | "them" | "those") {
            measure.class = measure.class.map(|c| format!("part:{c}"));
        }
        return Some(Echo { measure, earlier: false, replaced: false });
    }
    let from = r.doc.is(p1, "from")
        && before(2).is_some_and(|p2| {
            p2 == prev.last
                || p2 == prev.last + 1
                || r.doc.is(p2, "up")
                || r.doc.is(p2, "down")
                || r.event_at(p2).is_some_and(|(c, _)| c == "change")
        });
    let level = same_kind
        && prev.measure.class.is_some()
        && (from
            || (r.doc.is(p1, "with") || r.doc.is(p1, "to"))
                && before(2).is_some_and(|p2| r.doc.is(p2, "compared"))
            || r.doc.is(p1, "versus")
            || r.doc.is(p1, "vs"));
    if level {
        return Some(Echo { measure: prev.measure.clone(), earlier: from, replaced: false });
    }
    // "rose 3.4%, not the 3.2% of its flash estimate", "rather than 3.2%":
    // the figure a correction replaces, an earlier level of the same measure
    let replaced = same_kind
        && prev.measure.class.is_some()
        && (r.doc.is(p1, "the") && before(2).is_some_and(|p2| r.doc.is(p2, "not"))
            || r.doc.is(p1, "not")
            || r.doc.is(p1, "than") && before(2).is_some_and(|p2| r.doc.is(p2, "rather"))
            || r.doc.is(p1, "of") && before(2).is_some_and(|p2| r.doc.is(p2, "instead")));
    if replaced {
        return Some(Echo { measure: prev.measure.clone(), earlier: true, replaced: true });
    }
    // a change with nothing of its own: "…, up 6.2%"
    let change =
        percent(q.kind) && read.class.is_none() && change_before(&r, first) && !percent(prev.kind);
    let base = prev.measure.class.as_deref()?;
    change.then(|| Echo {
        measure: Measure {
            class: Some(format!("change:{base}")),
            head: prev.measure.head.clone(),
            phrase: prev.measure.phrase.clone(),
            qualifiers: prev.measure.qualifiers.clone(),
            ..Measure::default()
        },
        earlier: false,
        replaced: false,
    })
}

/// The measure of a figure that leaves it to the figure before it, in its
/// sentence or the one before: a bare figure closing its clause after a
/// verb ("The satellite service measured 8,400." after "6,950 hectares",
/// "X says 6.8; Y says 7.1"), or one set on "that number" or "the same
/// figure" ("The union still puts that number at 52"). The second of
/// the pair is `true` when the figure takes the earlier one's unit too
/// (a bare "8,400" after hectares is 8,400 hectares).
pub(crate) fn elliptic(
    doc: &Document<'_>,
    n: &NumberMention,
    first: usize,
    last: usize,
    read: &Measure,
    prev: &Figure,
) -> Option<(Measure, bool)> {
    let r = Reader::new(doc, first);
    let q = &n.quantity;
    prev.measure.class.as_ref()?;
    if q.kind != NumberKind::Cardinal || q.unit.is_some() {
        return None;
    }
    let before = first.checked_sub(1).filter(|&p| p >= r.sent_start)?;
    // "puts that number at 52", "put the same figure at 52"
    let anaphor = (2..=4).any(|back| {
        first.checked_sub(back).filter(|&k| k > r.sent_start).is_some_and(|k| {
            matches!(doc.lower(k), "number" | "figure" | "tally" | "count" | "total")
                && matches!(doc.lower(k - 1), "that" | "this" | "same" | "its" | "their")
        })
    });
    // a figure with no words of its own, closing its clause after a verb
    // that names no event ("measured 8,400", not "arrested 3"): a noun
    // read from further left is the verb's subject, not the measure
    let next = doc.tok_text(last + 1);
    let bare = (read.class.is_none() || read.class == read.head)
        && r.event_at(before).is_none()
        && (last + 1 >= r.sent_end || matches!(next, "." | "," | ";" | ":"))
        && (r.verbish(before) || matches!(doc.lower(before), "at" | "to"));
    if !anaphor && !bare {
        return None;
    }
    let unit = prev.kind == NumberKind::Measure && prev.unit.is_some();
    // parallel figures of one kind in one sentence are [`echo`]'s
    if prev.sentence == doc.sentence_index(first) && !unit {
        return None;
    }
    let subject = subject_of(&r, first, true);
    Some((Measure { subject, ..prev.measure.clone() }, unit))
}

/// What [`echo`] reads: the measure restated, and whether the figure is
/// the level the one before it changed from ("rose to 43 from 41").
pub(crate) struct Echo {
    pub(crate) measure: Measure,
    pub(crate) earlier: bool,
    /// The earlier figure is one a correction replaces ("not the 3.2%"),
    /// an earlier level whether or not the measure is a running total.
    pub(crate) replaced: bool,
}

/// Whether the figure at `from` is what a tally verb reached: "has risen
/// to 187", "stood at 51", "reached 240".
fn tallied(r: &Reader<'_, '_>, from: usize) -> bool {
    let Some(p) = from.checked_sub(1).filter(|&p| p > r.sent_start) else { return false };
    let verb = if r.doc.is(p, "to") || r.doc.is(p, "at") { p - 1 } else { p };
    TALLY_VERBS.iter().any(|w| r.doc.is(verb, w))
}

/// Verbs whose object figure is the level a running count reached.
const TALLY_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rises",
    "rising",
    "climbed",
    "climbs",
    "climbing",
    "reached",
    "reaches",
    "reaching",
    "stood",
    "stands",
    "standing",
    "increased",
    "jumped",
    "grew",
    "grown",
    "hit",
    "soared",
    "surged",
    "fell",
    "fallen",
    "dropped",
    "declined",
    "mounted",
    "totalled",
    "totaled",
    "topped",
    "passed",
    "exceeded",
];

fn ordinal(r: &Reader<'_, '_>, from: usize, to: usize) -> Measure {
    // "phase two": the noun before a cardinal; "fifth visit": the noun after
    let written_ordinal = r.lx.get(r.doc.lex(from)).ordinal.is_some()
        || r.doc.kind(from) == Some(TokenKind::Number)
            && r.doc.kind(from + 1) == Some(TokenKind::Word)
            && r.doc.adjacent(from + 1);
    let before =
        from.checked_sub(1).filter(|&p| !written_ordinal && r.flags(p) & flag::SEQUENCE_NOUN != 0);
    let np = if before.is_some() { Vec::new() } else { r.noun_phrase(to, 3) };
    // the first word with a class ("second phase resume"), else the head
    let classed =
        np.iter().copied().find(|&k| noun_class(r, k).is_some() || r.event_at(k).is_some());
    let head = before.or(classed).or_else(|| head_of(r, &np));
    let Some(h) = head else {
        return Measure::default();
    };
    // "police arrested a third suspect": the nth of a tally that only grows
    let tally =
        || r.nearest_events(from, from, 3, 0, 0, &|c| CUMULATIVE.contains(&c)).0.map(|e| e.1);
    let class = noun_class(r, h).or_else(|| r.event_at(h).map(|e| e.0)).or_else(tally);
    let head_lemma = lemma(r.doc.tok_text(h));
    Measure {
        class: Some(class.map_or_else(|| head_lemma.clone(), str::to_owned)),
        head: Some(head_lemma),
        action: None,
        relation: None,
        phrase: if np.is_empty() { r.doc.tok_text(h).to_lowercase() } else { words_text(r, &np) },
        qualifiers: qualifiers(r, h),
        subject: None,
    }
}

/// Words that make the next figure a change ("rose 12%", "up 6.2%",
/// "increased by 12%"); "from" and "to" mark levels instead.
fn change_before(r: &Reader<'_, '_>, from: usize) -> bool {
    let is_change = |k: usize| {
        r.event_at(k).is_some_and(|(c, _)| c == "change")
            || r.doc.is(k, "up")
            || r.doc.is(k, "down")
    };
    let Some(p) = from.checked_sub(1).filter(|&p| p >= r.sent_start) else { return false };
    is_change(p) || r.doc.is(p, "by") && p > r.sent_start && is_change(p - 1)
}

fn share(r: &Reader<'_, '_>, from: usize, to: usize, points: bool) -> Measure {
    // what the percentage is of: a metric in the clause ("turnout was
    // 61.8%", "62% of voters cast ballots", "net profit rose 12%"), else
    // the whole after "of" ("half of Gaza"), else the noun after ("61.8%
    // turnout"), else the nearest event; a change when a change verb
    // governs the figure
    let np = r.noun_phrase(to, 3);
    // "10% contained", "85% complete": the state the share is of; so is
    // a state of progress after the phrase ("92% of ballots counted" is
    // how far the count has gone, not a share of the vote)
    let next = np.last().map_or(to, |&k| k + 1);
    let progress = !np.is_empty()
        && next < r.sent_end
        && r.is_word(next)
        && PROGRESS.contains(&r.doc.lower(next));
    if progress
        || np.is_empty()
            && r.is_word(to)
            && (r.verbish(to) && r.doc.lower(to).ends_with("ed")
                || matches!(r.doc.lower(to), "complete" | "full" | "done"))
            && r.flags(to) & flag::SAY == 0
    {
        let state = r.doc.lower(if progress { next } else { to }).to_owned();
        return Measure {
            class: Some(format!("pct:{state}")),
            head: Some(state.clone()),
            phrase: state,
            ..Measure::default()
        };
    }
    let head = head_of(r, &np);
    let after = np.last().map_or(to, |&k| k + 1);
    // "a 9% pay rise": a metric named inside the figure's own phrase
    let own = np.iter().find_map(|&k| r.event_at(k).filter(|e| is_metric(e.0)).map(|e| (k, e.0)));
    let (lm, rm) = r.nearest_events(from, after, 6, 3, 0, &is_metric);
    let mut metric = own.or_else(|| nearest_of(r, from, after, lm, rm));
    if metric.is_none() && head.is_none() {
        // "Annual inflation, at 3.2 percent in August,": a metric across
        // the apposition's comma; and a bare share, with no phrase of its
        // own, takes the metric its sentence opened with ("With 99% of
        // votes counted, National Renewal was on 34.9%")
        let reach = if np.is_empty() { 16 } else { 6 };
        metric = r.nearest_events(from, after, reach, 0, 1, &is_metric).0;
    }
    let (left, right) = r.nearest_events(from, to, 6, 6, 0, &|c| c != "statement");
    let event = left.or(right);
    let head_lemma = head.map(|h| lemma(r.doc.tok_text(h)));
    // "its 2% inflation target", "the bank's two percent goal": a target
    // is not the level it is set for
    let target = head_lemma
        .as_deref()
        .is_some_and(|h| lexicon::measures::TARGET_WORDS.contains(&h))
        .then(|| "target".to_owned());
    let base = target
        .clone()
        .or_else(|| metric.map(|(_, m)| m.to_owned()))
        .or_else(|| head.and_then(|h| metric_word(r, h)).map(str::to_owned))
        .or_else(|| head.and_then(|h| noun_class(r, h)).map(str::to_owned))
        .or_else(|| head_lemma.clone())
        .or_else(|| event.map(|e| e.1.to_owned()));
    // a measure that is itself a rate of change: "consumer prices rose
    // 3.2%" is inflation of 3.2%, "output grew 0.4%" growth of 0.4%; a
    // change in points stays a change ("inflation rose 0.3 points")
    let rate = !points && metric.is_some_and(|(_, m)| RATE_METRICS.contains(&m));
    let kind = if change_before(r, from) && !rate { "change" } else { "pct" };
    Measure {
        class: base.map(|b| format!("{kind}:{b}")),
        // a named metric is the head whatever word of it is written ("the
        // two-year fixed rate", "mortgage rate": mortgage_rate)
        head: target.or_else(|| own.or(metric).map(|(_, m)| m.to_owned())).or(head_lemma),
        // a share of a named metric ("34.6% of the vote") is that metric
        // whatever event words stand near it ("ballots counted")
        action: event.filter(|_| metric.is_none()).map(|e| e.1.to_owned()),
        relation: None,
        phrase: words_text(r, &np),
        qualifiers: head.map(|h| qualifiers(r, h)).unwrap_or_default(),
        subject: None,
    }
}

/// "12 years in prison", "six months in jail", "a decade behind bars":
/// a duration followed by where it is served is a prison sentence.
fn prison_after(r: &Reader<'_, '_>, to: usize) -> bool {
    let place = |k: usize| {
        matches!(r.doc.lower(k), "prison" | "jail" | "gaol" | "custody" | "detention" | "bars")
    };
    matches!(r.doc.lower(to), "in" | "behind") && place(to + 1)
        || r.doc.is(to, "'") && place(to + 1)
}

/// "His deputy received six years.", "Prosecutors had sought 15 years,":
/// a bare duration given or asked for, ending its clause, is a sentence.
fn awarded(r: &Reader<'_, '_>, from: usize, to: usize) -> bool {
    let Some(verb) = from.checked_sub(1).filter(|&p| p >= r.sent_start) else { return false };
    let given = matches!(
        r.doc.lower(verb),
        "received"
            | "receives"
            | "receiving"
            | "sought"
            | "seeks"
            | "seeking"
            | "demanded"
            | "handed"
            | "got"
            | "gets"
            | "given"
    );
    let ends = to >= r.sent_end
        || matches!(r.doc.lower(to), "." | "," | ";" | "for" | "and" | "each")
            && !r.doc.is(to + 1, "to");
    given && ends
}

fn duration(r: &Reader<'_, '_>, from: usize, to: usize) -> Measure {
    let relation = {
        let w = r.doc.lower(to);
        matches!(w, "after" | "before" | "since" | "later" | "earlier" | "ago" | "into")
            .then(|| w.to_owned())
    };
    let prison = prison_after(r, to);
    if relation.is_none() && (prison || awarded(r, from, to)) {
        return Measure {
            class: Some("sentence".to_owned()),
            head: Some("sentence".to_owned()),
            phrase: if prison { words_text(r, &[to, to + 1]) } else { "sentence".to_owned() },
            ..Measure::default()
        };
    }
    if relation.is_none()
        && let Some(m) = what_lasted(r, from)
    {
        return m;
    }
    // "crossed the line 58 seconds ahead of him", "beat Kiprono by just
    // under a minute": a winning margin
    let ahead = matches!(r.doc.lower(to), "ahead" | "behind" | "clear");
    let by_margin = from > r.sent_start
        && r.doc.is(from - 1, "by")
        && (from.saturating_sub(7).max(r.sent_start)..from - 1)
            .any(|k| lexicon::en::MARGIN_VERBS.contains(&r.doc.lower(k)));
    if relation.is_none() && (ahead || by_margin) {
        return Measure {
            class: Some("margin".to_owned()),
            head: Some("margin".to_owned()),
            phrase: "margin".to_owned(),
            ..Measure::default()
        };
    }
    // "a month-long state of emergency": the noun after "-long"
    let long = r.doc.is(to, "-") && r.doc.is(to + 1, "long") && r.doc.adjacent(to + 1);
    let np_start = if relation.is_some() {
        to + 1
    } else if long {
        to + 2
    } else {
        to
    };
    let np = r.noun_phrase(np_start, 3);
    let head = head_of(r, &np);
    let class = np
        .iter()
        .rev()
        .find_map(|&k| r.event_at(k).map(|e| e.0))
        .or_else(|| head.and_then(|h| noun_class(r, h)));
    let head_lemma = head.map(|h| lemma(r.doc.tok_text(h)));
    Measure {
        class: class.map(str::to_owned).or_else(|| head_lemma.clone()),
        head: head_lemma,
        action: None,
        relation,
        phrase: words_text(r, &np),
        qualifiers: head.map(|h| qualifiers(r, h)).unwrap_or_default(),
        subject: None,
    }
}

/// "The trial, which opened in March 2024, lasted 14 months", "the
/// proceedings, which lasted more than a year": a duration after a verb of
/// lasting measures the verb's subject (across a relative pronoun and an
/// aside between commas), not the words that follow it ("and heard from
/// 87 witnesses").
fn what_lasted(r: &Reader<'_, '_>, from: usize) -> Option<Measure> {
    let verb = from.checked_sub(1).filter(|&v| v > r.sent_start)?;
    if !lexicon::en::LASTING_VERBS.contains(&r.doc.lower(verb)) {
        return None;
    }
    let mut end = verb;
    // "which lasted", "that lasted": the antecedent before the pronoun
    if matches!(r.doc.lower(end - 1), "which" | "that") && end - 1 > r.sent_start {
        end -= 1;
    }
    // "The trial, which opened in March 2024, lasted": over the aside
    if r.doc.is(end - 1, ",")
        && let Some(open) = comma_before(r, end - 1, 10)
    {
        end = open;
    } else if r.doc.is(end - 1, ",") {
        end -= 1;
    }
    let k = clause_noun(r, end, end).filter(|&k| k < end)?;
    let head = lemma(r.doc.tok_text(k));
    let class =
        r.event_at(k).map(|e| e.0.to_owned()).or_else(|| noun_class(r, k).map(str::to_owned));
    Some(Measure {
        class: class.or_else(|| Some(head.clone())),
        head: Some(head),
        phrase: r.doc.tok_text(k).to_lowercase(),
        qualifiers: qualifiers(r, k),
        ..Measure::default()
    })
}

fn dated_event(r: &Reader<'_, '_>, from: usize, to: usize) -> Measure {
    // attributive: "October's Gaza ceasefire agreement", "the June war", "a
    // November 17 U.N. Security Council resolution"
    let np = r.noun_phrase(to, 5);
    let attributive = np.iter().rev().find_map(|&k| r.event_at(k).map(|(c, _)| (k, c)));
    let primary = attributive.or_else(|| {
        let (left, right) = r.nearest_events(from, to, 14, 8, 1, &|_| true);
        left.or(right)
    });
    let Some((p, pclass)) = primary else {
        return Measure { phrase: String::new(), ..Measure::default() };
    };
    let relative = p
        .checked_sub(1)
        .filter(|&w| w > r.sent_start && matches!(r.doc.lower(w), "which" | "that"));
    let (topic, action) = if GENERIC.contains(&pclass) && pclass != "travel" {
        // the event acted on: nearest non-generic event word before the
        // action, across one comma ("the Lebanon ceasefire, agreed in …")
        // and a relative pronoun ("the fire, which started on August 3")
        let (left, _) =
            r.nearest_events(relative.unwrap_or(p), p + 1, 6, 0, 1, &|c| !GENERIC.contains(&c));
        let right = {
            let (_, rt) = r.nearest_events(p, p + 1, 0, 4, 0, &|c| !GENERIC.contains(&c));
            rt
        };
        match left.or(right) {
            Some((k, _)) if pclass != "statement" => (Some(r.topic_at(k)), Some(pclass)),
            _ => (None, Some(pclass)),
        }
    } else {
        (Some(r.topic_at(p)), None)
    };
    // "the blaze broke out on Tuesday": an action with no event word
    // before it dates the plain noun it acts on
    let (noun_from, noun_to) = match relative {
        // "the fire, which started on …": the antecedent, before the comma
        Some(w) if r.doc.is(w - 1, ",") => (w - 1, w - 1),
        Some(w) => (w, w),
        None => (p, p + 1),
    };
    // "The campaign, brought forward by three days, will now begin on
    // Friday": the subject before an aside between commas
    let across_aside = || {
        let mut k = p;
        // back over the auxiliaries and adverbs of the verb group
        while k > r.sent_start
            && p - k < 4
            && (r.flags(k - 1) & flag::AUX != 0
                || r.doc.lower(k - 1).ends_with("ly")
                || matches!(r.doc.lower(k - 1), "will" | "now"))
        {
            k -= 1;
        }
        let close = k.checked_sub(1).filter(|&c| c > r.sent_start && r.doc.is(c, ","))?;
        let open = comma_before(r, close, 10)?;
        clause_noun(r, open, open)
    };
    // "would start a two-week vaccination campaign on November 11": the
    // object of a transitive action
    let object = || {
        (r.flags(p + 1) & flag::DET != 0)
            .then(|| head_of(r, &r.noun_phrase(p + 1, 5)))
            .flatten()
            .filter(|&k| r.is_word(k) && !r.cap(k))
    };
    if topic.is_none()
        && pclass != "statement"
        && GENERIC.contains(&pclass)
        && let Some(k) = object()
            .or_else(|| clause_noun(r, noun_from, noun_to).filter(|&k| k < p))
            .or_else(across_aside)
    {
        let head = lemma(r.doc.tok_text(k));
        return Measure {
            class: Some(head.clone()),
            head: Some(head),
            action: Some(pclass.to_owned()),
            relation: None,
            phrase: format!(
                "{} {}",
                r.doc.tok_text(k).to_lowercase(),
                r.doc.tok_text(p).to_lowercase()
            ),
            qualifiers: qualifiers(r, k),
            subject: None,
        };
    }
    let (class, head_tok) = match topic {
        Some((k, c)) => (c, k),
        None => (pclass, p),
    };
    let head = lemma(r.doc.tok_text(head_tok));
    let mut phrase = r.doc.tok_text(head_tok).to_lowercase();
    if let Some(a) = action {
        if head_tok != p {
            phrase.push(' ');
            phrase.push_str(&r.doc.tok_text(p).to_lowercase());
        }
        let _ = a;
    }
    Measure {
        class: Some(class.to_owned()),
        head: Some(head),
        action: action.filter(|a| *a != class).map(str::to_owned),
        relation: None,
        phrase,
        qualifiers: qualifiers(r, head_tok),
        subject: None,
    }
}

/// Words that mark a figure as a tally at a point in time: "the toll rose
/// to 43 on Tuesday", "the count stood at 51 by Thursday".
const TALLY_WORDS: &[&str] = &[
    "toll",
    "tally",
    "total",
    "count",
    "rose",
    "risen",
    "climbed",
    "reached",
    "stood",
    "stands",
    "increased",
    "jumped",
    "grew",
    "hit",
];

/// A date right after a tally ("rose to 43 on Tuesday", "51 as of
/// Thursday") dates the figure: index of the figure → index of the time
/// mention.
pub(crate) fn as_of_mentions(doc: &Document<'_>, mentions: &[Mention]) -> BTreeMap<usize, usize> {
    let mut out = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let Mention::Time(t) = m else { continue };
        if !matches!(t.value, TimeValue::Date { .. }) || i == 0 {
            continue;
        }
        let Some(Mention::Number(n)) = mentions.get(i - 1) else { continue };
        let ti = doc.token_at(t.span.start);
        let ni_end = doc.token_at(n.span.end);
        let ni = doc.token_at(n.span.start);
        if doc.sentence_index(ti) != doc.sentence_index(ni) || ti < ni_end || ti - ni_end > 3 {
            continue;
        }
        let as_of = ti >= 2 && doc.is(ti - 2, "as") && doc.is(ti - 1, "of");
        let on_by = ti >= 1 && (doc.is(ti - 1, "on") || doc.is(ti - 1, "by"));
        let r = Reader::new(doc, ni);
        let tally = (ni.saturating_sub(8).max(r.sent_start)..ni)
            .any(|k| TALLY_WORDS.iter().any(|w| doc.is(k, w)));
        if as_of || on_by && tally {
            out.insert(i - 1, i);
        }
    }
    out
}

/// Time mentions that scope a figure ("fifth visit this year", "sixth
/// summit in the past year"): index of the figure → index of the time
/// mention that scopes it (the last, when several do).
pub(crate) fn scope_mentions(doc: &Document<'_>, mentions: &[Mention]) -> BTreeMap<usize, usize> {
    let mut out = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let Mention::Time(t) = m else { continue };
        let q = t.span.get(doc.text()).unwrap_or("");
        let scope_like = matches!(t.value, TimeValue::Interval { .. })
            || starts_with_ignore_ascii_case(q, "this year")
            || starts_with_ignore_ascii_case(q, "this month")
            || starts_with_ignore_ascii_case(q, "so far");
        if !scope_like {
            continue;
        }
        let ti = doc.token_at(t.span.start);
        if precedent(doc, t) {
            continue;
        }
        let sent = doc.sentence_index(ti);
        let mut best: Option<(usize, usize)> = None;
        // only the neighbouring mentions of the same sentence can own it
        let same_sentence = |j: usize| match mentions.get(j) {
            Some(Mention::Number(n)) => doc.sentence_index(doc.token_at(n.span.start)) == sent,
            Some(Mention::Time(t)) => doc.sentence_index(doc.token_at(t.span.start)) == sent,
            None => false,
        };
        let lo = (0..i).rev().take_while(|&j| same_sentence(j)).last().unwrap_or(i);
        let hi = (i + 1..mentions.len()).take_while(|&j| same_sentence(j)).last().unwrap_or(i);
        for j in lo..=hi {
            let Some(Mention::Number(n)) = mentions.get(j) else { continue };
            let ni = doc.token_at(n.span.start);
            let dist = if ni < ti { ti - ni } else { (ni - ti) * 2 };
            if dist <= 12 && best.is_none_or(|b| dist < b.1) {
                best = Some((j, dist));
            }
        }
        if let Some((j, _)) = best {
            out.insert(j, i);
        }
    }
    out
}

/// Whether a time mention is a superlative's precedent: "since 2017" in
/// "the worst fire since 2017".
fn precedent(doc: &Document<'_>, t: &crate::time::TimeMention) -> bool {
    starts_with_ignore_ascii_case(t.span.get(doc.text()).unwrap_or(""), "since")
        && after_superlative(doc, doc.token_at(t.span.start))
}

/// Whether a superlative stands at most six words before token `k` with
/// no punctuation between ("most" and "least", which also count things,
/// at most three): "the highest since 2009", "the worst fire in the
/// province since 2017" compare with a past time; they count nothing
/// over it.
fn after_superlative(doc: &Document<'_>, k: usize) -> bool {
    (k.saturating_sub(6)..k).rev().take_while(|&j| doc.kind(j) == Some(TokenKind::Word)).any(|j| {
        match doc.lower(j) {
            "most" | "least" => k - j <= 3,
            w => crate::lexicon::en::SUPERLATIVES.contains(&w),
        }
    })
}

/// True when `s` starts with `prefix`, ASCII letters compared without
/// case (as `s.to_ascii_lowercase().starts_with(prefix)` for a lower-case
/// `prefix`, without allocating).
fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// "one" used as a pronoun or with nothing counted.
pub(crate) fn is_pronoun_one(doc: &Document<'_>, n: &NumberMention, first: usize) -> bool {
    let q = n.span.get(doc.text()).unwrap_or("");
    if !q.eq_ignore_ascii_case("one") {
        return false;
    }
    let r = Reader::new(doc, first);
    // "a crucial one", "the one who": nothing counted after it
    if r.noun_phrase(first + 1, 2).is_empty() {
        return true;
    }
    let (l, rt) = r.nearest_events(first, first + 1, 6, 6, 0, &|c| {
        !matches!(c, "statement" | "meeting" | "travel")
    });
    l.or(rt).is_none()
}

/// The scope of a claim.
pub(crate) fn scope(
    doc: &Document<'_>,
    mentions: &[Mention],
    scope_mention: Option<usize>,
    from: usize,
    to: usize,
    measure: &Measure,
) -> Scope {
    let r = Reader::new(doc, from);
    let mut s = Scope::default();
    if let Some(Mention::Time(t)) = scope_mention.and_then(|i| mentions.get(i)) {
        let q = t.span.get(doc.text()).unwrap_or("").to_owned();
        let lower = q.to_ascii_lowercase();
        let unit = t.value.grain().map_or("period", |g| g.as_str());
        let key = if lower.starts_with("since") {
            format!("since:{}", t.value)
        } else if lower.contains("past") || lower.contains("last") {
            format!("past:{unit}")
        } else {
            format!("{unit}:{}", t.value)
        };
        s.running |= lower.starts_with("since");
        s.time = Some(q);
        s.time_key = Some(key);
        s.time_span = Some(t.span);
    }
    // textual scopes in the clause: "so far", "to date", "since the
    // ceasefire began", "in total"
    let lo = from.saturating_sub(12).max(r.sent_start);
    let hi = (to + 12).min(r.sent_end);
    // places: capitalized words after "in", "across", "throughout", and
    // capitalized modifiers of the head ("Lebanon ceasefire"). One walk
    // reads both: a place name is skipped by the place search (the next
    // token it looks at is `next_place`) but still read for scope cues.
    let mut places: Vec<String> = Vec::new();
    let mut next_place = lo;
    for k in lo..hi {
        // the cues and the prepositions are words
        if doc.kind(k) != Some(TokenKind::Word) {
            continue;
        }
        let w = doc.lower(k);
        if !SCOPE_WORDS.may_contain(w) {
            continue;
        }
        match w {
            "so" if doc.is(k + 1, "far") => {
                s.running = true;
                if s.time.is_none() {
                    s.time = Some("so far".to_owned());
                    s.time_key = Some("so_far".to_owned());
                }
            }
            "to" if doc.is(k + 1, "date") && k + 1 < hi => {
                s.running = true;
                if s.time.is_none() {
                    s.time = Some("to date".to_owned());
                    s.time_key = Some("so_far".to_owned());
                }
            }
            "total" | "overall" | "cumulative" | "toll" => s.running = true,
            "since"
                if s.time.is_none()
                    && !time_mention_starts_at(doc, mentions, k)
                    && !after_superlative(doc, k) =>
            {
                // "since the ceasefire began": the head of what follows
                let np = r.noun_phrase(k + 1, 3);
                if let Some(&h) = np.last() {
                    let end = (h + 2).min(r.sent_end);
                    let a = doc.tok(k).map_or(0, |t| t.span.start);
                    let b = doc.tok(end - 1).map_or(a, |t| t.span.end);
                    let text = doc.text().get(a..b).unwrap_or("").trim_end_matches(',').to_owned();
                    let head =
                        r.event_at(h).map_or_else(|| lemma(doc.tok_text(h)), |e| e.0.to_owned());
                    s.time = Some(text);
                    s.time_key = Some(format!("since:{head}"));
                    s.running = true;
                }
            }
            _ => {}
        }
        if k < next_place || !matches!(w, "in" | "across" | "throughout" | "inside") {
            continue;
        }
        let mut j = k + 1;
        if doc.is(j, "the") {
            j += 1;
        }
        let mut name = String::new();
        let mut words = 0;
        while j < hi
            && r.is_word(j)
            && r.cap(j)
            && r.flags(j) & flag::NOT_ENTITY == 0
            && r.lx.get(doc.lex(j)).month.is_none()
            && r.lx.get(doc.lex(j)).weekday.is_none()
        {
            if words > 0 {
                name.push(' ');
            }
            name.push_str(doc.tok_text(j));
            words += 1;
            j += 1;
        }
        if words > 0 && !places.contains(&name) {
            places.push(name);
        }
        next_place = j.max(k + 1);
    }
    if measure.class.as_deref().is_some_and(|c| {
        CUMULATIVE.contains(&c) || c.strip_prefix("pct:").is_some_and(|w| PROGRESS.contains(&w))
    }) {
        s.running = true;
    }
    s.places = places;
    s
}

/// The pre-test of [`lexicon::measures::NOT_TOPIC`].
const NOT_TOPIC: lexicon::FirstLetters = lexicon::FirstLetters::of(lexicon::measures::NOT_TOPIC);

/// Every cue word [`certainty`] matches.
const CERTAINTY_CUES: lexicon::FirstLetters = lexicon::FirstLetters::of(&[
    "supposed",
    "planned",
    "scheduled",
    "expected",
    "projected",
    "forecast",
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "apparently",
    "unconfirmed",
    "unverified",
    "estimated",
    "estimate",
    "estimates",
    "could",
    "might",
    "may",
    "possibly",
    "perhaps",
    "likely",
    "probably",
    "if",
    "unless",
]);

/// Every word [`scope`] reads: its cues and the prepositions before a
/// place.
const SCOPE_WORDS: lexicon::FirstLetters = lexicon::FirstLetters::of(&[
    "so",
    "to",
    "total",
    "overall",
    "cumulative",
    "toll",
    "since",
    "in",
    "across",
    "throughout",
    "inside",
]);

/// True when a time mention starts at token `k` ("since 2019" is a time
/// mention; "since the ceasefire began" is not). Mentions are sorted.
fn time_mention_starts_at(doc: &Document<'_>, mentions: &[Mention], k: usize) -> bool {
    let Some(at) = doc.tok(k).map(|t| t.span.start) else { return false };
    let i = mentions.partition_point(|m| m.span().start < at);
    mentions.get(i).is_some_and(|m| m.span().start == at && matches!(m, Mention::Time(_)))
}

/// The date a tally is stated for ("rose to 43 on Tuesday", "as of
/// Thursday"): the last day of the attached date.
pub(crate) fn as_of(
    mentions: &[Mention],
    idx: usize,
    dated_by: &BTreeMap<usize, usize>,
) -> Option<Date> {
    let t = *dated_by.get(&idx)?;
    let Some(Mention::Time(tm)) = mentions.get(t) else { return None };
    tm.value.days().and_then(|(_, e)| e)
}

/// The date mentions that end more than a year before `published`
/// ("Valdora was last hit in 1987, when a tremor killed 143 people"), by
/// sentence: each with its first token, its text and the day it ends.
pub(crate) fn past_dates(
    doc: &Document<'_>,
    mentions: &[Mention],
    published: Option<Date>,
) -> BTreeMap<usize, Vec<(usize, String, Date)>> {
    let mut out: BTreeMap<usize, Vec<(usize, String, Date)>> = BTreeMap::new();
    let Some(published) = published else { return out };
    for m in mentions {
        let Mention::Time(t) = m else { continue };
        let tok = doc.token_at(t.span.start);
        let end = match (&t.value, t.value.days()) {
            // a past period: "between 2016 and 2022" ends in 2022
            (TimeValue::Date { .. }, Some((_, Some(end))))
            | (TimeValue::Interval { .. }, Some((Some(_), Some(end)))) => end,
            // "the deadliest since 2013, when 23 workers died": the
            // precedent's date
            (TimeValue::Interval { .. }, Some((Some(start), _))) if precedent(doc, t) => start,
            _ => continue,
        };
        if end.days_until(published) <= 366 {
            continue;
        }
        let text = t.span.get(doc.text()).unwrap_or("").to_owned();
        out.entry(doc.sentence_index(tok)).or_default().push((tok, text, end));
    }
    out
}

/// The day the figure of mention `idx` is counted up to, when a "by"
/// phrase later in its clause gives it ("had raised rates by Friday
/// evening", "had burned 1,800 hectares … by Monday morning"), a time not
/// after publication (a target "by 2030" is no count so far). Looks at
/// the next few mentions only.
pub(crate) fn counted_by(
    doc: &Document<'_>,
    mentions: &[Mention],
    idx: usize,
    published: Option<Date>,
) -> Option<Date> {
    let Some(Mention::Number(n)) = mentions.get(idx) else { return None };
    let end = doc.token_at(n.span.end);
    let sentence = doc.sentence_index(doc.token_at(n.span.start));
    mentions.iter().skip(idx + 1).take(3).find_map(|m| {
        let Mention::Time(t) = m else { return None };
        let tok = doc.token_at(t.span.start);
        let quote = t.span.get(doc.text()).unwrap_or("");
        let by = quote.len() > 3 && starts_with_ignore_ascii_case(quote, "by ");
        // the time counted up to: the end of a "by" interval
        let day = match (t.value.days(), published) {
            (Some((_, Some(day))), Some(p)) if day <= p => day,
            _ => return None,
        };
        (by && doc.sentence_index(tok) == sentence
            && tok >= end
            && tok - end <= 12
            && !(end..tok).any(|k| is_clause_break(doc, k) || doc.tok_text(k) == ","))
        .then_some(day)
    })
}

/// The day a sentence opens with ("On Monday the UN had put the toll at
/// 240", "By Tuesday, 318 were confirmed dead"): the day the sentence's
/// figures are stated for, when none has a date of its own. Only a single
/// day not after publication: a plan ("On Friday, 5,000 are expected to
/// march") counts nothing yet.
pub(crate) fn fronted_day(
    doc: &Document<'_>,
    mentions: &[Mention],
    sentence: usize,
    published: Option<Date>,
) -> Option<Date> {
    let start = doc.sentence_tokens(sentence).start;
    let at = doc.tok(start)?.span.start;
    let i = mentions.partition_point(|m| m.span().start < at);
    mentions.iter().skip(i).take(2).find_map(|m| {
        let Mention::Time(t) = m else { return None };
        let tok = doc.token_at(t.span.start);
        let quote = t.span.get(doc.text()).unwrap_or("");
        let opens = |p: &str| quote.len() > p.len() && starts_with_ignore_ascii_case(quote, p);
        let fronted = tok == start && (opens("on ") || opens("by "))
            || tok == start + 1 && (doc.is(start, "on") || doc.is(start, "by"));
        let TimeValue::Date { start: a, end: b, .. } = t.value else { return None };
        (fronted && a == b && published.is_some_and(|p| b <= p)).then_some(b)
    })
}

/// The past event a toll belongs to: the last date mention more than a
/// year old before the figure in its sentence ("a methane explosion in
/// 2019 killed five miners"), for a figure of a cumulative class (a
/// toll of a past disaster is closed, and not today's toll).
pub(crate) fn past_event<'p>(
    past: &'p BTreeMap<usize, Vec<(usize, String, Date)>>,
    doc: &Document<'_>,
    first: usize,
    measure: &Measure,
) -> Option<&'p (usize, String, Date)> {
    let dates = past.get(&doc.sentence_index(first))?;
    // "up from 57.3% at the previous election in 2021": a past date right
    // after a figure, in its clause, dates it whatever it measures
    let after = dates.iter().find(|(tok, _, _)| {
        *tok > first
            && *tok - first <= 8
            && !(first..*tok)
                .any(|k| is_clause_break(doc, k) || matches!(doc.tok_text(k), "," | ";"))
    });
    if after.is_some() {
        return after;
    }
    if !measure.class.as_deref().is_some_and(|c| CUMULATIVE.contains(&c)) {
        return None;
    }
    dates.iter().rev().find(|(tok, _, _)| *tok < first)
}

/// Hedges, modality and negation in the clause around `from..to`.
pub(crate) fn certainty(doc: &Document<'_>, from: usize, to: usize) -> Certainty {
    let r = Reader::new(doc, from);
    let mut c = Certainty::default();
    let rank = |m: Modality| match m {
        Modality::Asserted => 0,
        Modality::Estimated => 1,
        Modality::Reported => 2,
        Modality::Planned => 3,
        Modality::Possible => 4,
        Modality::Conditional => 5,
    };
    let set = |c: &mut Certainty, m: Modality, cue: &str| {
        if rank(m) > rank(c.modality) {
            c.modality = m;
        }
        let cue = cue.to_owned();
        if !c.cues.contains(&cue) {
            c.cues.push(cue);
        }
    };
    // left to the clause start, and the mention itself
    let mut lo = from;
    let mut steps = 0;
    while lo > r.sent_start && steps < 12 {
        if is_clause_break(doc, lo - 1) || doc.tok_text(lo - 1) == "," && steps > 3 {
            break;
        }
        lo -= 1;
        steps += 1;
    }
    let hi = (to + 6).min(r.sent_end);
    for k in lo..hi {
        let ids = doc.id_slice(k, (k + 3).min(r.sent_end));
        let planned = r.lx.future.longest(ids).is_some();
        let negation = k < from && from - k <= 4 && r.flags(k) & flag::NEG != 0;
        // the cues are words: numbers and punctuation are passed over
        // without reading their text, and most words ("the", "to",
        // "was") without comparing it
        let word = doc.kind(k) == Some(TokenKind::Word);
        if !(planned || negation || word) {
            continue;
        }
        let w = doc.lower(k);
        let cue_word = word && CERTAINTY_CUES.may_contain(w);
        if planned && !matches!(w, "next" | "coming" | "upcoming") {
            set(&mut c, Modality::Planned, w);
        }
        if cue_word {
            match w {
                "supposed" | "planned" | "scheduled" | "expected" | "projected" | "forecast" => {
                    set(&mut c, Modality::Planned, w)
                }
                "reportedly" | "allegedly" | "purportedly" | "supposedly" | "apparently"
                | "unconfirmed" | "unverified" => set(&mut c, Modality::Reported, w),
                "estimated" | "estimate" | "estimates" => set(&mut c, Modality::Estimated, w),
                "could" | "might" | "may" | "possibly" | "perhaps" | "likely" | "probably"
                    if !(w == "may" && doc.tok(k).is_some_and(|t| t.cap)) =>
                {
                    set(&mut c, Modality::Possible, w);
                }
                "if" | "unless" if k < from => set(&mut c, Modality::Conditional, w),
                _ => {}
            }
        }
        if negation && !matches!(w, "no" | "without") {
            c.negated = true;
            if !c.cues.iter().any(|x| x == w) {
                c.cues.push(w.to_owned());
            }
        }
    }
    c
}

/// Names in a sentence (lower-cased, de-duplicated), or in the sentence
/// before when this one names nothing ("The truce that halted two years of
/// war": which truce is in the sentence before).
pub(crate) fn entities(doc: &Document<'_>, sidx: usize) -> Vec<String> {
    let mut out = names_in(doc, sidx);
    if out.is_empty() && sidx > 0 {
        out = names_in(doc, sidx - 1);
    }
    out
}

fn names_in(doc: &Document<'_>, sidx: usize) -> Vec<String> {
    let lx = lexicon::english();
    let range = doc.sentence_tokens(sidx);
    let mut out: Vec<String> = Vec::new();
    for k in range {
        let Some(t) = doc.tok(k) else { continue };
        if t.kind != TokenKind::Word || !t.cap {
            continue;
        }
        let e = lx.get(t.lex);
        if e.flags & flag::NOT_ENTITY != 0
            || e.month.is_some()
            || e.weekday.is_some()
            || e.cardinal.is_some()
            || e.ordinal.is_some()
        {
            continue;
        }
        let w = doc.tok_text(k);
        // fewer than two characters (without counting them all)
        if w.chars().nth(1).is_none() {
            continue;
        }
        // an ASCII name without an alias is its lower-cased slice: compare
        // before allocating
        let l = doc.lower(k);
        if l.is_ascii() && !lexicon::measures::NAME_ALIASES.iter().any(|(a, _)| *a == l) {
            if !out.iter().any(|o| o == l) {
                out.push(l.to_owned());
            }
            continue;
        }
        let norm = normalize_name(w);
        if !out.contains(&norm) {
            out.push(norm);
        }
    }
    out
}

/// Lower-cases a name and folds common aliases ("U.S." → "us").
pub(crate) fn normalize_name(w: &str) -> String {
    let mut l = if w.is_ascii() { w.to_ascii_lowercase() } else { w.to_lowercase() };
    if l.contains('’') {
        l = l.replace('’', "'");
    }
    match lexicon::measures::NAME_ALIASES.iter().find(|(a, _)| *a == l) {
        Some((_, b)) => (*b).to_owned(),
        None => l,
    }
}
