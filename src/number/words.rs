//! Spelled-out numbers: "forty-seven thousand five hundred and eighteen",
//! "a dozen", "two-thirds", "twenty-first", "one in five", "dozens".

use crate::lexicon::{LexId, Lexicon};
use crate::number::NumberKind;
use crate::text::{Document, TokenKind};

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct WordNumber {
    pub(crate) value: f64,
    /// Exclusive token end.
    pub(crate) end: usize,
    pub(crate) kind: NumberKind,
    /// Vague multitude interval ("dozens", "several hundred").
    pub(crate) vague: Option<(f64, f64)>,
    /// "a couple of": an approximate figure.
    pub(crate) approx: bool,
    /// The scale word that ended the number (1 when none): "two million" is
    /// 1e6. Used to share a scale across a range ("10 to 20 million").
    pub(crate) scale: f64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
}

/// Reads a spelled-out number starting at token `j`.
pub(crate) fn parse(
    doc: &Document<'_>,
    lx: &Lexicon,
    ids: &[LexId],
    j: usize,
) -> Option<WordNumber> {
    if doc.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    let window =
        |from: usize, len: usize| ids.get(from..(from + len).min(ids.len())).unwrap_or(&[]);
    // vague multitudes: "dozens", "tens of thousands"
    if let Some(((lo, hi), len)) = lx.vague.longest(window(j, 4)) {
        return Some(WordNumber {
            value: lo,
            end: j + len,
            kind: NumberKind::Cardinal,
            vague: Some((lo, hi)),
            approx: false,
            scale: 1.0,
        });
    }
    // "several hundred", "a few thousand", "many millions"
    if doc.is(j, "several") || doc.is(j, "few") || (doc.is(j, "a") && doc.is(j + 1, "few")) {
        let k = if doc.is(j, "a") { j + 2 } else { j + 1 };
        if let Some(s) = lx.get(doc.lex(k)).scale {
            let s = s as f64;
            let (lo, hi) =
                if doc.is(j, "several") { (3.0 * s, 9.0 * s) } else { (2.0 * s, 5.0 * s) };
            return Some(WordNumber {
                value: lo,
                end: k + 1,
                kind: NumberKind::Cardinal,
                vague: Some((lo, hi)),
                approx: false,
                scale: 1.0,
            });
        }
        return None;
    }
    // "a couple of"
    if doc.is(j, "a") && doc.is(j + 1, "couple") && doc.is(j + 2, "of") {
        return Some(WordNumber {
            value: 2.0,
            end: j + 2,
            kind: NumberKind::Cardinal,
            vague: None,
            approx: true,
            scale: 1.0,
        });
    }
    // "half" / "a half" / "half a million" / "half a dozen"
    let half_at = if doc.is(j, "half") {
        Some(j)
    } else if (doc.is(j, "a") || doc.is(j, "one")) && doc.is(j + 1, "half") {
        Some(j + 1)
    } else {
        None
    };
    if let Some(h) = half_at {
        if doc.is(h + 1, "a") || doc.is(h + 1, "an") {
            if let Some(s) = lx.get(doc.lex(h + 2)).scale {
                let s = s as f64;
                return Some(cardinal(0.5 * s, h + 3, s));
            }
            if doc.is(h + 2, "dozen") {
                return Some(cardinal(6.0, h + 3, 1.0));
            }
            // "half an hour", "half a day": a duration, not a number
            return None;
        }
        return Some(WordNumber {
            value: 0.5,
            end: h + 1,
            kind: NumberKind::Fraction,
            vague: None,
            approx: false,
            scale: 1.0,
        });
    }
    // "a"/"an" + scale or dozen or fraction: "a hundred", "a dozen", "a third"
    if doc.is(j, "a") || doc.is(j, "an") {
        let e = lx.get(doc.lex(j + 1));
        if e.scale.is_some() || doc.is(j + 1, "dozen") {
            return accumulate(doc, lx, j + 1, true);
        }
        if let Some(den) = e.fraction
            && (e.ordinal.is_none() || doc.is(j + 2, "of"))
        {
            return Some(fraction(1.0 / f64::from(den), j + 2));
        }
        return None;
    }
    let n = accumulate(doc, lx, j, false)?;
    // "one in five", "nine out of ten", "one in every three"
    if n.kind == NumberKind::Cardinal && n.vague.is_none() && n.scale == 1.0 {
        let mut k = n.end;
        let ok = if doc.is(k, "in") {
            k += 1;
            true
        } else if doc.is(k, "out") && doc.is(k + 1, "of") {
            k += 2;
            true
        } else {
            false
        };
        if ok {
            if doc.is(k, "every") {
                k += 1;
            }
            if let Some(d) = accumulate(doc, lx, k, false)
                && d.kind == NumberKind::Cardinal
                && d.value > n.value
                && d.value > 0.0
            {
                return Some(fraction(n.value / d.value, d.end));
            }
        }
    }
    Some(n)
}

fn cardinal(value: f64, end: usize, scale: f64) -> WordNumber {
    WordNumber { value, end, kind: NumberKind::Cardinal, vague: None, approx: false, scale }
}

fn fraction(value: f64, end: usize) -> WordNumber {
    WordNumber { value, end, kind: NumberKind::Fraction, vague: None, approx: false, scale: 1.0 }
}

/// The classic accumulator: units, teens and tens add; "hundred"
/// multiplies the current group; larger scales close a group.
fn accumulate(
    doc: &Document<'_>,
    lx: &Lexicon,
    j: usize,
    implicit_one: bool,
) -> Option<WordNumber> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut k = j;
    let mut last = Last::None;
    let mut any = implicit_one;
    let mut last_scale: u64 = u64::MAX;
    let mut end = j;
    let mut end_scale = 1.0;
    loop {
        let e = lx.get(doc.lex(k));
        let word = doc.kind(k) == Some(TokenKind::Word);
        if word && let Some(c) = e.cardinal {
            let ok = match c {
                0..=9 => matches!(
                    last,
                    Last::None | Last::Tens | Last::Hundred | Last::Scale | Last::And
                ),
                10..=19 => matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And),
                _ => matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And),
            };
            if !ok || (c == 0 && last != Last::None) {
                break;
            }
            current = current.checked_add(c)?;
            last = match c {
                0..=9 => Last::Unit,
                10..=19 => Last::Teen,
                _ => Last::Tens,
            };
            any = true;
            k += 1;
            end = k;
            end_scale = 1.0;
            // hyphenated fraction: "two-thirds", "one-quarter"
            if doc.is(k, "-")
                && doc.adjacent(k)
                && doc.adjacent(k + 1)
                && lx.get(doc.lex(k + 1)).fraction.is_some()
            {
                k += 1;
                continue;
            }
            // hyphenated: "forty-seven", "twenty-first"
            if last == Last::Tens && doc.is(k, "-") && doc.adjacent(k) && doc.adjacent(k + 1) {
                let nx = lx.get(doc.lex(k + 1));
                if nx.cardinal.is_some_and(|v| (1..=9).contains(&v))
                    || nx.ordinal.is_some_and(|v| (1..=9).contains(&v))
                {
                    k += 1;
                }
            }
            continue;
        }
        if word && let Some(o) = e.ordinal {
            // a final ordinal word: "fifth", "twenty-first", "hundredth"
            let fits = match o {
                1..=9 => matches!(
                    last,
                    Last::None | Last::Tens | Last::Hundred | Last::Scale | Last::And
                ),
                10..=19 => matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And),
                20..=90 => matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And),
                _ => true,
            };
            if !fits {
                break;
            }
            // a fraction after a cardinal: "two-thirds", "one fifth of"
            if let Some(den) = e.fraction
                && any
                && current > 0
                && total == 0
                && (last == Last::Unit || last == Last::Teen || last == Last::Tens)
                && (current == 1 || doc.tok_text(k).ends_with('s'))
            {
                return Some(fraction(current as f64 / f64::from(den), k + 1));
            }
            let value = if o >= 100 {
                total.checked_add(current.max(1).checked_mul(o)?)?
            } else {
                total.checked_add(current)?.checked_add(o)?
            };
            return Some(WordNumber {
                value: value as f64,
                end: k + 1,
                kind: NumberKind::Ordinal,
                vague: None,
                approx: false,
                scale: 1.0,
            });
        }
        if word && let Some(den) = e.fraction {
            // plural fractions after a cardinal: "two thirds", "three quarters"
            if any
                && current > 0
                && total == 0
                && matches!(last, Last::Unit | Last::Teen | Last::Tens)
            {
                return Some(fraction(current as f64 / f64::from(den), k + 1));
            }
            break;
        }
        if word && let Some(s) = e.scale {
            if !any {
                break;
            }
            if s == 100 {
                if matches!(last, Last::Hundred) || current >= 100 {
                    break;
                }
                current = current.max(1).checked_mul(100)?;
                last = Last::Hundred;
            } else {
                if s >= last_scale {
                    break;
                }
                total = total.checked_add(current.max(1).checked_mul(s)?)?;
                current = 0;
                last_scale = s;
                last = Last::Scale;
            }
            k += 1;
            end = k;
            end_scale = s as f64;
            continue;
        }
        if word && doc.is(k, "dozen") {
            if !any && !implicit_one {
                break;
            }
            let v = total.checked_add(current.max(1))?.checked_mul(12)?;
            return Some(cardinal(v as f64, k + 1, 12.0));
        }
        if word && doc.is(k, "and") && matches!(last, Last::Hundred | Last::Scale) {
            let nx = lx.get(doc.lex(k + 1));
            if nx.cardinal.is_some_and(|v| v > 0) || nx.ordinal.is_some_and(|v| v < 100) {
                last = Last::And;
                k += 1;
                continue;
            }
        }
        // "two and a half", "one and a half million"
        if word
            && doc.is(k, "and")
            && doc.is(k + 1, "a")
            && doc.is(k + 2, "half")
            && any
            && total == 0
            && current > 0
            && current < 100
        {
            let base = current as f64 + 0.5;
            if let Some(s) = lx.get(doc.lex(k + 3)).scale {
                return Some(cardinal(base * s as f64, k + 4, s as f64));
            }
            return Some(cardinal(base, k + 3, 1.0));
        }
        break;
    }
    if !any || end == j && !implicit_one {
        return None;
    }
    if implicit_one && end == j {
        return None;
    }
    let value = total.checked_add(current)?;
    Some(cardinal(value as f64, end, end_scale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;

    fn read(text: &str) -> Option<(f64, NumberKind, String)> {
        let doc = Document::new(text);
        let lx = lexicon::english();
        let ids: Vec<LexId> = doc.tokens().iter().map(|t| t.lex).collect();
        let w = parse(&doc, lx, &ids, 0)?;
        let end = doc.tokens().get(w.end - 1)?.span.end;
        Some((w.value, w.kind, text[..end].to_owned()))
    }

    #[test]
    fn word_numbers_table() {
        use NumberKind::*;
        let cases: &[(&str, f64, NumberKind, &str)] = &[
            (
                "forty-seven thousand five hundred and eighteen people",
                47518.0,
                Cardinal,
                "forty-seven thousand five hundred and eighteen",
            ),
            ("one hundred and twenty", 120.0, Cardinal, "one hundred and twenty"),
            ("a hundred people", 100.0, Cardinal, "a hundred"),
            ("a dozen eggs", 12.0, Cardinal, "a dozen"),
            ("two dozen", 24.0, Cardinal, "two dozen"),
            ("two million", 2e6, Cardinal, "two million"),
            ("fifth visit", 5.0, Ordinal, "fifth"),
            ("twenty-first century", 21.0, Ordinal, "twenty-first"),
            ("hundredth day", 100.0, Ordinal, "hundredth"),
            ("two-thirds of voters", 2.0 / 3.0, Fraction, "two-thirds"),
            ("three quarters", 0.75, Fraction, "three quarters"),
            ("a third of Gaza", 1.0 / 3.0, Fraction, "a third"),
            ("half of Gaza", 0.5, Fraction, "half"),
            ("half a million", 5e5, Cardinal, "half a million"),
            ("one in five adults", 0.2, Fraction, "one in five"),
            ("nine out of ten", 0.9, Fraction, "nine out of ten"),
            ("two and a half million", 2.5e6, Cardinal, "two and a half million"),
            ("zero", 0.0, Cardinal, "zero"),
            ("Four hostage-prisoner exchanges", 4.0, Cardinal, "Four"),
        ];
        for (text, v, k, span) in cases {
            let got = read(text).unwrap_or_else(|| panic!("no number in {text:?}"));
            assert!((got.0 - v).abs() < 1e-9, "{text:?}: {} != {v}", got.0);
            assert_eq!(got.1, *k, "{text:?}");
            assert_eq!(got.2, *span, "{text:?}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in ["one two", "hundred", "a few", "the", "half an hour", "quarter"] {
            let got = read(text);
            assert!(got.is_none() || text == "one two", "{text:?} gave {got:?}");
        }
        assert_eq!(read("one two").map(|x| x.2), Some("one".to_owned()));
    }

    #[test]
    fn vague_table() {
        let doc = Document::new("tens of thousands of people");
        let ids: Vec<LexId> = doc.tokens().iter().map(|t| t.lex).collect();
        let w = parse(&doc, lexicon::english(), &ids, 0).unwrap();
        assert_eq!(w.vague, Some((20_000.0, 100_000.0)));
        assert_eq!(w.end, 3);
    }
}
