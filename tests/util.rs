//! Shared test helpers.

use std::path::{Path, PathBuf};

use crosscheck::{Article, Config, Finding, FindingKind, Report, check};

/// The shared assets folder (../shared), if present. Under CI (env
/// `CI=true`) its absence is a failure; elsewhere the caller skips.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CROSSCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if dir.join("samples/articles.jsonl").is_file() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing: the sample-article tests must run under CI", dir.display());
    }
    eprintln!("skipping: {} not found (set CROSSCHECK_SHARED to run these tests)", dir.display());
    None
}

/// Reads a JSON Lines file of articles.
pub fn read_jsonl(path: &std::path::Path) -> Vec<Article> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| article_from_json(&serde_json::from_str(l).unwrap()))
        .collect()
}

/// An article from its JSON object: `{"id", "text", "outlet", "published"}`.
pub fn article_from_json(v: &serde_json::Value) -> Article {
    let mut a = Article::new(v["id"].as_str().unwrap(), v["text"].as_str().unwrap());
    if let Some(o) = v["outlet"].as_str() {
        a = a.outlet(o);
    }
    match v["published"].as_str() {
        Some(d) => a.published(d).unwrap(),
        None => a,
    }
}

/// The files of a folder with the extension `ext`, sorted by name.
pub fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

/// The bundled demo story.
pub fn demo_articles() -> Vec<Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/stories/ferry");
    files_in(&dir, "txt")
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            Article::from_plain_text(&id, &std::fs::read_to_string(p).unwrap()).unwrap()
        })
        .collect()
}

pub fn run(articles: &[Article]) -> Report {
    check(articles, &Config::default()).unwrap()
}

/// Every cited span is the article's own bytes.
#[track_caller]
pub fn assert_citations_exact(articles: &[Article], report: &Report) {
    let text_of = |id: &str| articles.iter().find(|a| a.id() == id).unwrap().text();
    for c in &report.claims {
        let t = text_of(&c.citation.article);
        assert_eq!(&t[c.citation.span], c.citation.quote);
        assert_eq!(&t[c.citation.sentence_span], c.citation.sentence);
        assert!(c.citation.sentence_span.contains(c.citation.span));
    }
    for f in &report.findings {
        for c in &f.claims {
            let t = text_of(&c.citation.article);
            assert_eq!(&t[c.citation.span], c.citation.quote, "finding {:?}", f.explanation);
            assert_eq!(&t[c.citation.sentence_span], c.citation.sentence);
        }
    }
}

/// Findings of `kind` that cite a claim with `quote` in each listed article.
pub fn findings_citing<'r>(
    report: &'r Report,
    kind: FindingKind,
    cited: &[(&str, &str)],
) -> Vec<&'r Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.kind == kind)
        .filter(|f| {
            cited.iter().all(|(art, quote)| {
                f.claims.iter().any(|c| c.citation.article == *art && c.citation.quote == *quote)
            })
        })
        .collect()
}
