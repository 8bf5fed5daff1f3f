//! Reading plain-text articles with header lines: never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(a) = crosscheck::Article::from_plain_text("f", &text) {
        assert!(text.ends_with(a.text()));
    }
    let _ = crosscheck::Date::parse_lenient(&text);
});
