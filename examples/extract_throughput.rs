//! Measures extraction (text in, claims out: every stage before alignment)
//! on news prose: the articles of the labelled stories in `tests/stories`,
//! repeated until the corpus holds the requested number of megabytes, and
//! prints throughput and the process's peak memory, first for the text,
//! number and time stages alone, then for the whole extraction:
//! `cargo run --release --example extract_throughput -- 4` (megabytes,
//! then optionally rounds and a folder of `.txt` articles to use instead).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use crosscheck::claim::ClaimExtractor;
use crosscheck::number::NumberParser;
use crosscheck::text::Document;
use crosscheck::time::TimeParser;
use crosscheck::{Article, Date};

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The files of a folder with the extension `ext`, sorted by name (as
/// `tests/util.rs` lists them; an example cannot use test helpers).
fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

/// Every article of every labelled story, as (published date, text).
fn story_articles() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/stories");
    let mut out = Vec::new();
    for f in files_in(&dir, "json") {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for a in v["articles"].as_array().unwrap() {
            out.push((
                a["published"].as_str().unwrap_or("2025-01-01").to_owned(),
                a["text"].as_str().unwrap().to_owned(),
            ));
        }
    }
    out
}

/// Every `.txt` file of a folder, as an article published 2025-01-01.
fn text_articles(dir: &Path) -> Vec<(String, String)> {
    files_in(dir, "txt")
        .iter()
        .map(|f| ("2025-01-01".to_owned(), std::fs::read_to_string(f).unwrap()))
        .collect()
}

fn main() {
    let mb: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(4.0);
    let rounds: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(3);
    // a third argument names a folder of plain-text articles to use
    // instead (for instance real news: `../shared/samples`)
    let source = match std::env::args().nth(3) {
        Some(dir) => text_articles(&PathBuf::from(dir)),
        None => story_articles(),
    };
    let mut articles = Vec::new();
    let mut bytes = 0usize;
    'fill: loop {
        for (published, text) in &source {
            if bytes as f64 >= mb * 1e6 {
                break 'fill;
            }
            let id = format!("a{}", articles.len());
            articles.push(Article::new(id, text.clone()).published(published).unwrap());
            bytes += text.len();
        }
    }
    let mb_of = |secs: f64| bytes as f64 / 1e6 / secs;
    // each stage alone, cumulatively: text, then numbers, then times
    let numbers = NumberParser::new();
    let times = TimeParser::new();
    let anchor = Date::parse_lenient("2025-01-01").ok();
    // EXTRACT_ONLY=1 skips the per-stage runs (for profiling)
    let stages: &[&str] = if std::env::var_os("EXTRACT_ONLY").is_some() {
        &[]
    } else {
        &["text", "text+number", "text+time"]
    };
    for &stage in stages {
        let mut best = f64::INFINITY;
        for _ in 0..rounds {
            let t = Instant::now();
            for a in &articles {
                let doc = Document::new(a.text());
                match stage {
                    "text+number" => drop(numbers.extract(&doc)),
                    "text+time" => drop(times.extract(&doc, anchor)),
                    _ => drop(doc),
                }
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{stage:>12}: {:.1} ms = {:.1} MB/s", best * 1e3, mb_of(best));
    }
    let ex = ClaimExtractor::new();
    let mut best = f64::INFINITY;
    let mut claims = 0;
    for _ in 0..rounds {
        let t = Instant::now();
        claims = 0;
        for a in &articles {
            claims += ex.try_extract(a).unwrap().claims.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} articles, {:.2} MB, {claims} claims: best of {rounds} {:.1} ms = {:.1} MB/s, {:.0} claims/s; peak RSS {} KiB",
        articles.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / 1e6 / best,
        claims as f64 / best,
        peak_rss_kib().unwrap_or(0)
    );
}
