//! The claim stage: every citation is the article's own bytes.
#![no_main]

use crosscheck::{Article, Date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = Article::new("a", text.as_ref()).published_on(Date::new(2025, 6, 15));
    let found = crosscheck::claim::extract(&a);
    for c in &found.claims {
        assert_eq!(c.citation.span.get(a.text()), Some(c.citation.quote.as_str()));
        assert_eq!(c.citation.sentence_span.get(a.text()), Some(c.citation.sentence.as_str()));
    }
    for s in &found.skipped {
        assert_eq!(s.span.get(a.text()), Some(s.quote.as_str()));
    }
});
