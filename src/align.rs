//! Stage 5: align. Groups claims from different articles that speak of
//! the same measure.
//!
//! # How
//!
//! 1. **Blocking.** Claims are bucketed by a key made of the value kind
//!    (count, ordinal, percent, money with its currency, date, duration)
//!    and the measure class ("killed", "meeting", "ceasefire"). Claims
//!    without a class are not aligned. Only claims in one bucket are ever
//!    compared.
//! 2. **Windowed candidates.** Inside a bucket, claims are sorted by their
//!    as-of date and each is scored against the next
//!    [`AlignConfig::window`] claims from other articles. The number of
//!    scored pairs is at most `window × claims`: linear in the size of the
//!    story, whatever the bucket sizes.
//! 3. **Scoring.** Each candidate pair gets a probability of measuring the
//!    same thing from a logistic model over documented features (below).
//! 4. **Matching.** Duplicates inside one article (a caption repeating
//!    its body) are merged first. Then accepted pairs are taken best first
//!    (a pair's probability plus the support of a third article's claim
//!    likely to be the same as both), and a group never takes two claims
//!    from one article whose values disagree: an article states a measure
//!    once, so the best counterpart wins ("over a year of fighting" meets
//!    "a year of open warfare", not "two years of war" in the same
//!    article). A second claim from one article may join when it restates
//!    the first compatibly ("a day later" and "during the Christmas
//!    holidays").
//!
//! # The same-measure model
//!
//! `P(same) = 1 / (1 + e^-z)` with `z` the sum of:
//!
//! | feature | weight |
//! |---|---|
//! | prior for two claims of one kind and class in one story | +1.5 |
//! | same head word ("visit"/"visit") / different ("visit"/"summit") | +0.8 / −0.4 |
//! | names around the figures: IDF-weighted overlap coefficient `o` of the sentences' names, spelling variants matched by Jaro-Winkler ≥ 0.88 | +2.5 × (o − 0.35) |
//! | head qualifiers that differ ("Lebanon ceasefire" / "Gaza ceasefire") | −3.0 |
//! | actions that differ ("agreed in" / "will begin in") | −2.5 |
//! | time scopes that differ ("this year" / "in the past year") | −1.0 |
//! | one figure counts "since" something, the other not | −1.5 |
//! | statements by different speakers ("Rubio said" / "Trump said") | −3.0 |
//! | days between the as-of dates beyond 2: running totals −0.01/day, other measures −0.15/day (at most −6) | |
//!
//! Pairs with `P(same)` below [`AlignConfig::min_same_probability`] are
//! not aligned. The weights are set so that the documented cases in this
//! crate's tests behave as a careful reader would; calibration against
//! labelled stories is reported by the `calibration` test.

// Indexing `claims[i]` is safe here: every index is a position produced by
// enumerating `claims` itself (`0..claims.len()`), never a value read from
// input.
#![allow(clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};

use crate::claim::{Claim, Modality, Section, Value};
use crate::config::check_probability;
use crate::error::{Error, Result};
use crate::number::{NumberKind, Qualifier};
use crate::time::{Grain, TimeValue};

/// Configuration of alignment.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct AlignConfig {
    /// Pairs less likely than this to measure the same thing are not
    /// aligned. Default 0.5.
    pub min_same_probability: f64,
    /// How many following claims in a bucket each claim is compared with.
    /// Default 64.
    pub window: usize,
}

impl Default for AlignConfig {
    fn default() -> AlignConfig {
        AlignConfig { min_same_probability: 0.5, window: 64 }
    }
}

impl AlignConfig {
    /// Checks the ranges.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidConfig`](crate::ErrorKind::InvalidConfig) naming
    /// the field.
    pub fn validate(&self) -> Result<()> {
        check_probability("align.min_same_probability", self.min_same_probability)?;
        if self.window == 0 {
            return Err(Error::config(
                "align.window",
                "a positive number of claims",
                "0".to_owned(),
            ));
        }
        Ok(())
    }
}

/// The score of a pair of claims.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PairScore {
    /// Index of the first claim.
    pub a: usize,
    /// Index of the second claim.
    pub b: usize,
    /// Probability that both measure the same thing.
    pub same: f64,
    /// The head words differ within one class ("visit" / "summit").
    pub head_differs: bool,
    /// The time scopes differ ("this year" / "in the past year").
    pub scope_differs: bool,
    /// Days between the as-of dates.
    pub gap_days: i64,
}

/// Claims from different articles about one measure.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Group {
    /// The blocking key (value kind and measure class).
    pub key: String,
    /// Indices of the member claims, in input order.
    pub claims: Vec<usize>,
    /// Scores of the member pairs from different articles.
    pub pairs: Vec<PairScore>,
}

impl Group {
    /// The score of a pair of members, in either order.
    #[must_use]
    pub fn pair(&self, a: usize, b: usize) -> Option<&PairScore> {
        self.pairs.iter().find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
    }
}

/// Groups claims (from any number of articles) by measure; see the
/// [module docs](self). Only groups spanning two or more articles are
/// returned, in order of their first claim.
#[must_use]
pub fn align(claims: &[Claim], config: &AlignConfig) -> Vec<Group> {
    let idf = Idf::new(claims);
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(k) = block_key(c) {
            blocks.entry(k).or_default().push(i);
        }
    }
    let mut uf = UnionFind::new(claims.len());
    let mut keys: Vec<Option<String>> = vec![None; claims.len()];
    for (key, mut members) in blocks {
        members.sort_by(|&x, &y| {
            let (cx, cy) = (&claims[x], &claims[y]);
            cx.as_of.cmp(&cy.as_of).then(x.cmp(&y))
        });
        for &m in &members {
            if let Some(slot) = keys.get_mut(m) {
                *slot = Some(key.clone());
            }
        }
        let mut same_article: Vec<(f64, usize, usize)> = Vec::new();
        let mut edges: Vec<(f64, usize, usize)> = Vec::new();
        for (pos, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(pos + 1).take(config.window) {
                let (ca, cb) = (&claims[a], &claims[b]);
                let s = score(a, b, ca, cb, &idf);
                if s.same < config.min_same_probability {
                    continue;
                }
                if ca.citation.article == cb.citation.article {
                    if values_equal(&ca.value, &cb.value) {
                        same_article.push((s.same, a.min(b), a.max(b)));
                    }
                } else {
                    edges.push((s.same, a.min(b), a.max(b)));
                }
            }
        }
        for (_, a, b) in same_article {
            uf.union(a, b);
        }
        // matching order: a pair's own probability, plus the support of a
        // third article's claim likely to be the same as both (triangles
        // make chains of true matches win over a lone strong pair)
        let mut best: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for &(p, a, b) in &edges {
            best.insert((a, b), p);
        }
        let p_of = |x: usize, y: usize| best.get(&(x.min(y), x.max(y))).copied();
        let mut neighbours: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &(_, a, b) in &edges {
            neighbours.entry(a).or_default().push(b);
            neighbours.entry(b).or_default().push(a);
        }
        let mut ordered: Vec<(f64, usize, usize)> = edges
            .iter()
            .map(|&(p, a, b)| {
                let support = neighbours
                    .get(&a)
                    .map(|ns| {
                        ns.iter()
                            .filter(|&&c| {
                                c != b
                                    && claims[c].citation.article != claims[a].citation.article
                                    && claims[c].citation.article != claims[b].citation.article
                            })
                            .filter_map(|&c| Some(p_of(a, c)?.min(p_of(b, c)?)))
                            .fold(0.0, f64::max)
                    })
                    .unwrap_or(0.0);
                let bonus =
                    if values_overlap(&claims[a].value, &claims[b].value) { 0.15 } else { 0.0 };
                (p + support + bonus, a, b)
            })
            .collect();
        ordered.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        // members of each group, kept at the root
        let mut groups_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &m in &members {
            groups_of.entry(uf.find(m)).or_default().push(m);
        }
        for (_, a, b) in ordered {
            let (ra, rb) = (uf.find(a), uf.find(b));
            if ra == rb {
                continue;
            }
            let ga = groups_of.get(&ra).cloned().unwrap_or_default();
            let gb = groups_of.get(&rb).cloned().unwrap_or_default();
            // an article states a measure once: a group takes a second claim
            // from an article only when it restates the first compatibly
            let clash = ga.iter().any(|&x| {
                gb.iter().any(|&y| {
                    claims[x].citation.article == claims[y].citation.article
                        && !values_overlap(&claims[x].value, &claims[y].value)
                })
            });
            if clash {
                continue;
            }
            uf.union(ra, rb);
            let root = uf.find(ra);
            let mut merged = ga;
            merged.extend(gb);
            groups_of.remove(&ra);
            groups_of.remove(&rb);
            groups_of.insert(root, merged);
        }
    }
    // collect groups
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..claims.len() {
        if keys.get(i).is_some_and(Option::is_some) {
            by_root.entry(uf.find(i)).or_default().push(i);
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    for (_, members) in by_root {
        let articles: BTreeSet<&str> =
            members.iter().map(|&m| claims[m].citation.article.as_str()).collect();
        if articles.len() < 2 {
            continue;
        }
        let key = members.first().and_then(|&m| keys.get(m).cloned().flatten()).unwrap_or_default();
        let mut pairs = Vec::new();
        for (i, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(i + 1) {
                if claims[a].citation.article != claims[b].citation.article {
                    pairs.push(score(a, b, &claims[a], &claims[b], &idf));
                }
            }
        }
        groups.push(Group { key, claims: members, pairs });
    }
    groups.sort_by_key(|g| g.claims.first().copied());
    groups
}

/// Every candidate pair the aligner scores (same bucket, within the
/// window, from different articles), with its score, in a stable order.
/// Useful to inspect or calibrate the same-measure model.
#[must_use]
pub fn candidate_pairs(claims: &[Claim], config: &AlignConfig) -> Vec<PairScore> {
    let idf = Idf::new(claims);
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(k) = block_key(c) {
            blocks.entry(k).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for members in blocks.values() {
        let mut members = members.clone();
        members.sort_by(|&x, &y| claims[x].as_of.cmp(&claims[y].as_of).then(x.cmp(&y)));
        for (pos, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(pos + 1).take(config.window) {
                if claims[a].citation.article != claims[b].citation.article {
                    out.push(score(a, b, &claims[a], &claims[b], &idf));
                }
            }
        }
    }
    out.sort_by_key(|p| (p.a, p.b));
    out
}

/// The bucket a claim is compared in, or `None` when it has no class.
fn block_key(c: &Claim) -> Option<String> {
    let class = c.measure.class.as_deref()?;
    let unit = match &c.value {
        Value::Number(q) if matches!(q.kind, NumberKind::Money | NumberKind::Measure) => {
            q.unit.as_ref().map_or(String::new(), |u| u.as_str().to_owned())
        }
        _ => String::new(),
    };
    let relation = c.measure.relation.as_deref().unwrap_or("");
    Some(format!("{}|{class}|{relation}|{unit}", c.value.kind_name()))
}

/// IDF weights of names: rare names tell events apart, common ones do not.
struct Idf {
    df: BTreeMap<String, usize>,
    n: usize,
}

impl Idf {
    fn new(claims: &[Claim]) -> Idf {
        let mut seen: BTreeSet<(&str, usize)> = BTreeSet::new();
        let mut df: BTreeMap<String, usize> = BTreeMap::new();
        for c in claims {
            if seen.insert((&c.citation.article, c.citation.sentence_span.start)) {
                for e in &c.entities {
                    *df.entry(e.clone()).or_default() += 1;
                }
            }
        }
        Idf { df, n: seen.len().max(1) }
    }

    fn weight(&self, term: &str) -> f64 {
        let d = self.df.get(term).copied().unwrap_or(1).max(1);
        (1.0 + self.n as f64 / d as f64).ln()
    }
}

/// Two names are one when equal or spelling variants of each other.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a == b || a.chars().count() >= 5 && b.chars().count() >= 5 && strsim::jaro_winkler(a, b) >= 0.88
}

/// IDF-weighted overlap coefficient of two name lists.
fn overlap(a: &[String], b: &[String], idf: &Idf) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let wa: f64 = a.iter().map(|t| idf.weight(t)).sum();
    let wb: f64 = b.iter().map(|t| idf.weight(t)).sum();
    let shared: f64 =
        a.iter().filter(|t| b.iter().any(|u| same_name(t, u))).map(|t| idf.weight(t)).sum();
    Some((shared / wa.min(wb)).clamp(0.0, 1.0))
}

fn score(a: usize, b: usize, ca: &Claim, cb: &Claim, idf: &Idf) -> PairScore {
    let ma = &ca.measure;
    let mb = &cb.measure;
    let mut z = 1.5;
    let head_differs = matches!((&ma.head, &mb.head), (Some(x), Some(y)) if x != y);
    if head_differs {
        z -= 0.4;
    } else if ma.head.is_some() && mb.head.is_some() {
        z += 0.8;
    }
    if let Some(o) = overlap(&ca.entities, &cb.entities, idf) {
        z += 2.5 * (o - 0.35);
    }
    // tie-breaks between a claim's alternatives in one article: body text
    // over captions, firm over possible, dated to the day over vaguer
    for c in [ca, cb] {
        if c.section == Section::Caption {
            z -= 0.3;
        }
        if matches!(c.certainty.modality, Modality::Possible | Modality::Conditional) {
            z -= 0.3;
        }
    }
    if let (
        Value::Time(TimeValue::Date { grain: ga, .. }),
        Value::Time(TimeValue::Date { grain: gb, .. }),
    ) = (&ca.value, &cb.value)
        && *ga == Grain::Day
        && *gb == Grain::Day
        && ca.value.to_string().len() == 10
        && cb.value.to_string().len() == 10
    {
        z += 0.3;
    }
    if !ma.qualifiers.is_empty()
        && !mb.qualifiers.is_empty()
        && !ma.qualifiers.iter().any(|x| mb.qualifiers.iter().any(|y| same_name(x, y)))
    {
        z -= 3.0;
    }
    if let (Some(x), Some(y)) = (&ma.action, &mb.action)
        && x != y
    {
        z -= 2.5;
    }
    let (ka, kb) = (ca.scope.time_key.as_deref(), cb.scope.time_key.as_deref());
    let scope_differs = match (ka, kb) {
        (Some(x), Some(y)) => x != y,
        (Some(x), None) | (None, Some(x)) => x.starts_with("since"),
        (None, None) => false,
    };
    match (ka, kb) {
        (Some(x), Some(y)) if x != y => z -= 1.0,
        (Some(x), None) | (None, Some(x)) if x.starts_with("since") => z -= 1.5,
        _ => {}
    }
    if ma.class.as_deref() == Some("statement") {
        let sa = ca.attribution.source.to_lowercase();
        let sb = cb.attribution.source.to_lowercase();
        if !(sa.contains(&sb) || sb.contains(&sa) || same_name(&sa, &sb)) {
            z -= 3.0;
        }
    }
    let gap_days = match (ca.as_of, cb.as_of) {
        (Some(x), Some(y)) => x.days_until(y).abs(),
        _ => 0,
    };
    let running = ca.scope.running && cb.scope.running;
    let rate = if running { 0.01 } else { 0.15 };
    z -= ((gap_days - 2).max(0) as f64 * rate).min(6.0);
    PairScore {
        a: a.min(b),
        b: a.max(b),
        same: 1.0 / (1.0 + (-z).exp()),
        head_differs,
        scope_differs,
        gap_days,
    }
}

/// True when two values are the same as written: equal figures with the
/// same qualifier, or the same dates at the same grain.
pub(crate) fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (px, py) = (normalized_point(x), normalized_point(y));
            match (px, py) {
                (Some(p), Some(q)) => {
                    (p - q).abs() <= 1e-9 * p.abs().max(1.0) && same_shape(x.qualifier, y.qualifier)
                }
                _ => x.low == y.low && x.high == y.high,
            }
        }
        (Value::Time(TimeValue::Duration(x)), Value::Time(TimeValue::Duration(y))) => {
            duration_seconds(x) == duration_seconds(y) && same_shape(x.qualifier, y.qualifier)
        }
        (Value::Time(x), Value::Time(y)) => x.days().is_some() && x.days() == y.days(),
        _ => false,
    }
}

/// True when the two values' intervals share a point.
pub(crate) fn values_overlap(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let s = |q: &crate::number::Quantity| {
                if q.kind == NumberKind::Fraction { 100.0 } else { 1.0 }
            };
            let (x0, x1) = x.bounds();
            let (y0, y1) = y.bounds();
            x0 * s(x) <= y1 * s(y) && y0 * s(y) <= x1 * s(x)
        }
        (Value::Time(x), Value::Time(y)) => match (x.days(), y.days()) {
            (Some((xs, xe)), Some((ys, ye))) => {
                xs.is_none_or(|xs| ye.is_none_or(|ye| xs <= ye))
                    && ys.is_none_or(|ys| xe.is_none_or(|xe| ys <= xe))
            }
            _ => values_equal(a, b),
        },
        _ => false,
    }
}

fn same_shape(a: Qualifier, b: Qualifier) -> bool {
    a == b
}

/// A figure's point value with fractions as percents.
pub(crate) fn normalized_point(q: &crate::number::Quantity) -> Option<f64> {
    let v = q.point()?;
    Some(if q.kind == NumberKind::Fraction { v * 100.0 } else { v })
}

pub(crate) fn duration_seconds(q: &crate::number::Quantity) -> Option<f64> {
    let unit = crate::time::grain_from_name(q.unit.as_ref()?.as_str())?;
    Some(q.value? * unit.seconds())
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while let Some(&p) = self.parent.get(r) {
            if p == r {
                break;
            }
            r = p;
        }
        // path compression
        let mut c = x;
        while let Some(&p) = self.parent.get(c) {
            if p == r {
                break;
            }
            if let Some(slot) = self.parent.get_mut(c) {
                *slot = r;
            }
            c = p;
        }
        r
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // the smaller index becomes the root, for determinism
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            if let Some(slot) = self.parent.get_mut(hi) {
                *slot = lo;
            }
        }
    }
}
