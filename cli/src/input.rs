//! Reading articles: JSON Lines files, plain-text files with header
//! lines, standard input, and the bundled demo story.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crosscheck::Article;

/// Articles read, and the problems met (each naming file and line).
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<String>,
}

#[derive(serde::Deserialize)]
struct RawArticle {
    id: Option<serde_json::Value>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default, alias = "date")]
    published: Option<String>,
    text: Option<String>,
}

/// The bundled demo story (see examples/stories/ferry).
pub fn demo() -> Loaded {
    const FILES: &[(&str, &str)] = &[
        ("meridian-1", include_str!("../../examples/stories/ferry/meridian-1.txt")),
        ("kestria-daily-2", include_str!("../../examples/stories/ferry/kestria-daily-2.txt")),
        ("orvan-herald-3", include_str!("../../examples/stories/ferry/orvan-herald-3.txt")),
        ("coastline-radio-4", include_str!("../../examples/stories/ferry/coastline-radio-4.txt")),
        ("meridian-5", include_str!("../../examples/stories/ferry/meridian-5.txt")),
    ];
    let mut out = Loaded { articles: Vec::new(), errors: Vec::new() };
    for (id, text) in FILES {
        match plain_article(id, text) {
            Ok(a) => out.articles.push(a),
            Err(e) => out.errors.push(format!("demo article `{id}`: {e}")),
        }
    }
    out
}

/// Reads every file; stops at the first problem when `strict`.
pub fn load(paths: &[PathBuf], strict: bool) -> Loaded {
    let mut out = Loaded { articles: Vec::new(), errors: Vec::new() };
    for p in paths {
        for result in articles_in(p) {
            match result {
                Ok(a) => out.articles.push(a),
                Err(e) => {
                    out.errors.push(e);
                    if strict {
                        return out;
                    }
                }
            }
        }
    }
    out
}

/// The articles of one file, in order, each problem as a message naming
/// the file and the line or article.
fn articles_in(p: &Path) -> Vec<Result<Article, String>> {
    let (name, content) = match read(p) {
        Ok(x) => x,
        Err(e) => return vec![Err(e)],
    };
    let is_jsonl = p.extension().is_some_and(|e| e == "jsonl" || e == "json")
        || content.trim_start().starts_with(['{', '[']);
    if !is_jsonl {
        let stem =
            p.file_stem().map_or_else(|| "stdin".to_owned(), |s| s.to_string_lossy().into_owned());
        let id = if name == "-" { "stdin".to_owned() } else { stem };
        return vec![plain_article(&id, &content).map_err(|e| format!("{name}: {e}"))];
    }
    if let Some(items) = json_document(&content) {
        return items
            .into_iter()
            .enumerate()
            .map(|(n, item)| {
                value_article(item).map_err(|e| format!("{name}: article {}: {e}", n + 1))
            })
            .collect();
    }
    content
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| json_article(line).map_err(|e| format!("{name}:{}: {e}", n + 1)))
        .collect()
}

fn read(p: &Path) -> Result<(String, String), String> {
    let name = p.display().to_string();
    if name == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("standard input: {e}"))?;
        return Ok((name, s));
    }
    let meta = std::fs::metadata(p).map_err(|e| format!("{name}: cannot read: {e}"))?;
    if meta.is_dir() {
        return Err(format!("{name}: is a directory; pass the article files inside it"));
    }
    let bytes = std::fs::read(p).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let s = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: expected UTF-8 text, found invalid bytes at offset {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((name, s))
}

/// A whole file holding one JSON document rather than JSON Lines: an
/// array of articles, a story object with an `articles` array (the
/// labelled stories' format), or one article object spread over several
/// lines. `None` when the content is not one JSON value.
fn json_document(content: &str) -> Option<Vec<serde_json::Value>> {
    let first = content.lines().find(|l| !l.trim().is_empty())?;
    let value: serde_json::Value = serde_json::from_str(content).ok()?;
    match value {
        serde_json::Value::Array(items) => Some(items),
        serde_json::Value::Object(mut map) => match map.remove("articles") {
            Some(serde_json::Value::Array(items)) => Some(items),
            _ if first.trim() == content.trim() => None, // one line: JSON Lines
            _ => Some(vec![serde_json::Value::Object(map)]),
        },
        _ => None,
    }
}

fn json_article(line: &str) -> Result<Article, String> {
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| format!("expected an article object {{\"id\", \"text\", ...}}: {e}"))?;
    value_article(value)
}

fn value_article(value: serde_json::Value) -> Result<Article, String> {
    let raw: RawArticle = serde_json::from_value(value)
        .map_err(|e| format!("expected an article object {{\"id\", \"text\", ...}}: {e}"))?;
    let id = match raw.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => return Err(format!("field `id`: expected a string, found {other}")),
        None => return Err("field `id`: missing".to_owned()),
    };
    let text = raw.text.ok_or_else(|| format!("article `{id}`: field `text`: missing"))?;
    let mut a = Article::new(id, text);
    if let Some(o) = raw.outlet {
        a = a.outlet(o);
    }
    if let Some(u) = raw.url {
        a = a.url(u);
    }
    match raw.published {
        Some(d) if !d.trim().is_empty() => a.published(&d).map_err(|e| e.to_string()),
        _ => Ok(a),
    }
}

/// A plain-text article: optional `key: value` header lines, a blank
/// line, then the text.
pub fn plain_article(default_id: &str, content: &str) -> Result<Article, String> {
    Article::from_plain_text(default_id, content).map_err(|e| e.to_string())
}
