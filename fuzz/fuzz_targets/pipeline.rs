//! The whole pipeline on up to four articles cut from the input, with
//! publication dates taken from the input too. Checks the citation
//! invariant on every claim and finding.
#![no_main]

use crosscheck::{Article, Config, Date, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut articles = Vec::new();
    for (i, part) in text.split('\u{1}').take(4).enumerate() {
        let day = part.len() % 28;
        let date = Date::new(2025, 1 + (i as u32 * 5) % 12, 1 + day as u32);
        articles.push(Article::new(format!("a{i}"), part).published_on(date));
    }
    let report = check(&articles, &Config::default()).expect("valid input never errors");
    let text_of = |id: &str| articles.iter().find(|a| a.id() == id).map(|a| a.text()).unwrap_or("");
    for c in &report.claims {
        assert_eq!(c.citation.span.get(text_of(&c.citation.article)), Some(c.citation.quote.as_str()));
    }
    for f in &report.findings {
        assert!((0.0..=1.0).contains(&f.confidence));
        for c in &f.claims {
            assert_eq!(c.citation.span.get(text_of(&c.citation.article)), Some(c.citation.quote.as_str()));
        }
    }
});
