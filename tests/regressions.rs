//! Replays every input in tests/fuzz-regressions through the pipeline.

use crosscheck::{Article, Config, Date, check};

#[test]
fn fuzz_regressions_replay() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut n = 0;
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_none_or(|e| e != "md")) {
        let bytes = std::fs::read(path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let articles: Vec<Article> = text
            .split('\u{1}')
            .take(4)
            .enumerate()
            .map(|(i, part)| {
                Article::new(format!("a{i}"), part).published_on(Date::new(
                    2025,
                    1 + (i as u32 * 5) % 12,
                    1 + (part.len() % 28) as u32,
                ))
            })
            .collect();
        let report = check(&articles, &Config::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        crate::util::assert_citations_exact(&articles, &report);
        n += 1;
    }
    assert!(n >= 2, "the seeds are replayed");
}
