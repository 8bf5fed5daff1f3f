//! The time stage, with and without a publication date: spans valid and
//! sorted, date ranges ordered.
#![no_main]

use crosscheck::Date;
use crosscheck::time::TimeValue;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for anchor in [None, Date::new(2025, 12, 27), Date::new(1, 1, 1), Date::new(9999, 12, 31)] {
        let mut last = 0;
        for m in crosscheck::time::extract(&text, anchor) {
            assert!(m.span.get(&text).is_some());
            assert!(m.span.start >= last);
            last = m.span.end;
            if let TimeValue::Date { start, end, .. } = m.value {
                assert!(start <= end, "{m:?}");
            }
            let _ = m.value.to_string();
        }
    }
});
