//! Runs [`crosscheck::check`] on one article per line of a JSON Lines file
//! (`{"id", "outlet", "url", "published", "text"}`, the CLI's input) with
//! calibration turned off, and prints the report as JSON: the raw
//! confidences that `tools/fit_models.py findings` calibrates.
//! `cargo run --release --example raw_findings -- ARTICLES.jsonl`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use crosscheck::compare::Calibration;
use crosscheck::{Article, Config, check};

fn main() {
    // the last argument, so the binary also runs as `raw_findings check --format json FILE`
    let path = std::env::args().next_back().expect("ARTICLES.jsonl");
    let mut articles = Vec::new();
    for line in std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.trim().is_empty()) {
        let a: serde_json::Value = serde_json::from_str(line).unwrap();
        let mut art = Article::new(a["id"].as_str().unwrap(), a["text"].as_str().unwrap());
        if let Some(o) = a["outlet"].as_str() {
            art = art.outlet(o);
        }
        if let Some(p) = a["published"].as_str() {
            art = art.published(p).unwrap();
        }
        articles.push(art);
    }
    let mut config = Config::default();
    config.compare.calibration = Calibration::identity();
    let report = check(&articles, &config).unwrap();
    println!("{}", serde_json::to_string(&report).unwrap());
}
