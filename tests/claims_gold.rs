//! The claim stage scored against gold annotations: the four real sample
//! articles (../shared/samples/gold.json) and the labelled stories in
//! tests/stories.
//!
//! **Matching** (as `../shared/tools/eval_claims.py` does it): a gold claim
//! is found when a predicted claim of the same article overlaps the byte
//! range of its quote; a predicted claim is right when it overlaps some
//! gold quote.
//!
//! **Measure rule**: the gold annotation says in words what each figure
//! measures ("Palestinians killed in Israeli strikes since the
//! ceasefire"). A found claim's measure agrees with it when the gold words
//! (lower-cased, plural "s"/"ies" stripped) contain
//! - a word or phrase of the claim's synonym class
//!   ([`crosscheck::claim::measure_classes`]: "killed" covers killed,
//!   dead, deaths, death toll, …), or the class key itself ("ceasefire";
//!   for a share, the whole it is a share of: "pct:gaza" → "gaza"), or
//! - the claim's head word, action or a qualifier ("visit", "conclude",
//!   "palestinian").
//!
//! Any one overlapping claim that agrees is enough. The rule is lenient
//! about wording and strict about kind: "people evacuated" does not agree
//! with a measure of `killed`.

use std::path::{Path, PathBuf};

use crosscheck::claim::{Claim, measure_classes};
use crosscheck::{Article, Config, check};

use crate::util::{article_from_json, files_in, shared_dir};

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    found: usize,
    predicted: usize,
    right: usize,
    measure_agrees: usize,
    misses: Vec<String>,
    measure_misses: Vec<String>,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.gold += o.gold;
        self.found += o.found;
        self.predicted += o.predicted;
        self.right += o.right;
        self.measure_agrees += o.measure_agrees;
        self.misses.extend(o.misses);
        self.measure_misses.extend(o.measure_misses);
    }
    fn recall(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.right as f64 / self.predicted.max(1) as f64
    }
    fn measure_rate(&self) -> f64 {
        self.measure_agrees as f64 / self.found.max(1) as f64
    }
}

fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_owned()
    } else {
        w.to_owned()
    }
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(singular)
        .collect()
}

/// Does the phrase (already split into words) occur in `gold`?
fn contains_phrase(gold: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && gold.windows(phrase.len()).any(|w| w == phrase)
}

fn measure_agrees(claim: &Claim, gold_meaning: &str) -> bool {
    let gold = words(gold_meaning);
    let m = &claim.measure;
    let mut cues: Vec<String> = Vec::new();
    if let Some(class) = &m.class {
        cues.push(class.rsplit(':').next().unwrap_or(class).to_owned());
        if let Some((_, members)) = measure_classes().find(|(c, _)| c == class) {
            cues.extend(members.iter().map(|w| (*w).to_owned()));
        }
    }
    cues.extend(m.head.iter().cloned());
    cues.extend(m.action.iter().cloned());
    cues.extend(m.qualifiers.iter().cloned());
    cues.iter().any(|c| contains_phrase(&gold, &words(c)))
}

/// A gold claim: article id, byte range of its quote (when found), and
/// what it measures in words.
type GoldClaim = (String, Option<(usize, usize)>, String);

fn score_file(path: &Path) -> Score {
    let g: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let articles: Vec<Article> =
        g["articles"].as_array().unwrap().iter().map(article_from_json).collect();
    let report = check(&articles, &Config::default()).unwrap();
    let text_of = |id: &str| articles.iter().find(|a| a.id() == id).map_or("", |a| a.text());
    // gold quotes located by their first occurrence, as the scorer does
    let gold: Vec<GoldClaim> = g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let art = c["article"].as_str().unwrap().to_owned();
            let quote = c["quote"].as_str().unwrap();
            let at = text_of(&art).find(quote).map(|i| (i, i + quote.len()));
            (art, at, c["measures"].as_str().unwrap_or("").to_owned())
        })
        .collect();
    let overlaps = |c: &Claim, art: &str, r: (usize, usize)| {
        c.citation.article == art && c.citation.span.start < r.1 && c.citation.span.end > r.0
    };
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    let mut s = Score { gold: gold.len(), predicted: report.claims.len(), ..Score::default() };
    for (art, at, meaning) in &gold {
        let Some(r) = *at else {
            s.misses.push(format!("{name}/{art}: gold quote not in text"));
            continue;
        };
        let hits: Vec<&Claim> = report.claims.iter().filter(|c| overlaps(c, art, r)).collect();
        if hits.is_empty() {
            let q = text_of(art).get(r.0..r.1).unwrap_or("");
            s.misses.push(format!("{name}/{art}: {q:?}"));
            continue;
        }
        s.found += 1;
        if hits.iter().any(|c| measure_agrees(c, meaning)) {
            s.measure_agrees += 1;
        } else {
            let got: Vec<String> = hits
                .iter()
                .map(|c| {
                    format!(
                        "{:?} class {:?} head {:?}",
                        c.citation.quote, c.measure.class, c.measure.head
                    )
                })
                .collect();
            s.measure_misses.push(format!("{name}/{art}: gold {meaning:?}, got {got:?}"));
        }
    }
    s.right = report
        .claims
        .iter()
        .filter(|c| gold.iter().any(|(art, at, _)| at.is_some_and(|r| overlaps(c, art, r))))
        .count();
    s
}

fn report(label: &str, s: &Score) {
    eprintln!(
        "{label}: recall {:.2} ({}/{}), precision {:.2} ({}/{}), measure agrees {:.2} ({}/{})",
        s.recall(),
        s.found,
        s.gold,
        s.precision(),
        s.right,
        s.predicted,
        s.measure_rate(),
        s.measure_agrees,
        s.found
    );
    for m in &s.misses {
        eprintln!("  missed {m}");
    }
    for m in &s.measure_misses {
        eprintln!("  measure {m}");
    }
}

#[test]
fn sample_articles_against_gold() {
    let Some(dir) = shared_dir() else { return };
    let s = score_file(&dir.join("samples/gold.json"));
    report("samples", &s);
    assert!(s.recall() >= 0.90, "recall {:.2}", s.recall());
    assert!(s.precision() >= 0.85, "precision {:.2}", s.precision());
    assert!(s.measure_rate() >= 0.80, "measure agreement {:.2}", s.measure_rate());
}

#[test]
fn labelled_stories_against_gold() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/stories");
    let files = files_in(&dir, "json");
    assert!(files.len() >= 6, "the labelled stories are present");
    let mut all = Score::default();
    for f in &files {
        all.add(score_file(f));
    }
    report("stories", &all);
    assert!(all.recall() >= 0.90, "recall {:.2}", all.recall());
    assert!(all.precision() >= 0.85, "precision {:.2}", all.precision());
    // the stories are written to be hard (ages, placings, race times,
    // dates of statements): a floor against regressions, not the target
    assert!(all.measure_rate() >= 0.60, "measure agreement {:.2}", all.measure_rate());
}
