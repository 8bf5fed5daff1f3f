//! Tokenizer and sentence segmentation: spans valid, sorted, in bounds.
#![no_main]

use crosscheck::text::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new(&text);
    let mut last = 0;
    for t in doc.tokens() {
        assert!(t.span.get(&text).is_some());
        assert!(t.span.start >= last);
        last = t.span.end;
    }
    for s in doc.sentences() {
        assert!(s.span.get(&text).is_some());
    }
});
