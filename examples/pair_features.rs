//! Prints the same-measure model's features for every candidate pair the
//! aligner scores in a gold story file (`tests/stories/*.json` or
//! `../shared/samples/gold.json`), one JSON object a line with both
//! claims' article and byte span, for fitting the model's weights
//! (`tools/fit_models.py`):
//! `cargo run --release --example pair_features -- STORY.json`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use crosscheck::Article;
use crosscheck::align::{AlignConfig, Scorer, candidate_pairs};
use crosscheck::claim::ClaimExtractor;

fn main() {
    for path in std::env::args().skip(1) {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut articles = Vec::new();
        for a in v["articles"].as_array().unwrap() {
            let mut art = Article::new(a["id"].as_str().unwrap(), a["text"].as_str().unwrap());
            if let Some(p) = a["published"].as_str() {
                art = art.published(p).unwrap();
            }
            articles.push(art);
        }
        let ex = ClaimExtractor::new();
        let claims: Vec<_> =
            articles.iter().flat_map(|a| ex.try_extract(a).unwrap().claims).collect();
        let scorer = Scorer::new(&claims);
        for p in candidate_pairs(&claims, &AlignConfig::default()) {
            let f = scorer.features(p.a, p.b).unwrap();
            let (ca, cb) = (&claims[p.a], &claims[p.b]);
            let line = serde_json::json!({
                "story": path,
                "a": [ca.citation.article, ca.citation.span.start, ca.citation.span.end],
                "b": [cb.citation.article, cb.citation.span.start, cb.citation.span.end],
                "same": p.same,
                "features": f.to_vec(),
            });
            println!("{line}");
        }
    }
}
