//! The number stage: spans valid and sorted, intervals well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last = 0;
    for m in crosscheck::number::extract(&text) {
        assert!(m.span.get(&text).is_some());
        assert!(m.span.start >= last);
        last = m.span.end;
        let q = &m.quantity;
        if let (Some(lo), Some(hi)) = (q.low, q.high) {
            assert!(lo <= hi, "{q:?}");
        }
        let _ = q.to_string();
    }
    let _ = crosscheck::number::parse(&text);
});
