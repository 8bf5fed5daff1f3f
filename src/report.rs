//! Stage 7: report. All findings of a run plus every article's claims, as
//! serde types (the JSON wire format) and as text or Markdown for people.
//!
//! # Wire format (JSON)
//!
//! `crosscheck check --format json` prints one [`Report`] object;
//! `schema_version` is 1. Offsets are UTF-8 byte offsets into the
//! article's text, `[start, end)`, and `quote` is always the text at
//! `span`.
//!
//! ```text
//! {
//!   "schema_version": 1,
//!   "articles": [{"id", "outlet", "url", "published", "claims", "skipped"}],
//!   "claims": [{
//!       "article", "span": [s, e], "quote", "sentence_span": [s, e], "sentence",
//!       "value": {"number": {"kind", "unit", "value", "low", "high", "qualifier", "precision"}}
//!              | {"time": {"type": "date", "start", "end", "grain"} | {"type": "interval", …}
//!                         | {"type": "duration", …} | {"type": "unresolved"}},
//!       "measure": {"class", "head", "action", "relation", "phrase", "qualifiers"},
//!       "scope": {"places", "time", "time_key", "running", "earlier"},
//!       "as_of", "attribution": {"source", "kind", "span", "agency"},
//!       "certainty": {"modality", "negated", "cues"}, "section", "value_confidence", "entities"
//!   }],
//!   "findings": [{
//!       "kind": "agreement" | "compatible" | "contradiction" | "update",
//!       "confidence", "explanation", "measure", "independent_sources", "scope_differs",
//!       "claims": [{"claim", "article", "span", "quote", "sentence_span", "sentence",
//!                   "value", "outlet", "published", "source"}]
//!   }],
//!   "skipped": [{"article", "span", "quote", "reason"}]
//! }
//! ```

use core::fmt::Write as _;

use crate::claim::{Claim, Skipped};
use crate::compare::{Finding, FindingKind};
use crate::time::Date;

/// The version of the JSON wire format.
pub const SCHEMA_VERSION: u32 = 1;

/// An article as listed in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ArticleSummary {
    /// The article id.
    pub id: String,
    /// The outlet, if known.
    pub outlet: Option<String>,
    /// The url, if known.
    pub url: Option<String>,
    /// The publication date, if known.
    pub published: Option<Date>,
    /// Number of claims extracted (possibly 0).
    pub claims: usize,
    /// Number of mentions that were not claims.
    pub skipped: usize,
}

/// The result of a run: findings, and every article's claims.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Report {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Every input article, in input order, including those without
    /// claims.
    pub articles: Vec<ArticleSummary>,
    /// Every claim, grouped by article in input order, then in text order.
    pub claims: Vec<Claim>,
    /// Findings, ordered by their first claim.
    pub findings: Vec<Finding>,
    /// Mentions that are not claims, with the reason.
    pub skipped: Vec<Skipped>,
}

impl Report {
    /// The findings of one kind.
    pub fn findings_of(&self, kind: FindingKind) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// The report as plain text for a terminal.
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "crosscheck: {} articles, {} claims, {} findings",
            self.articles.len(),
            self.claims.len(),
            self.findings.len()
        );
        let _ = writeln!(s, "\nArticles");
        // columns as wide as their longest entry (ids and outlets vary)
        let width = |f: &dyn Fn(&ArticleSummary) -> usize| self.articles.iter().map(f).max();
        let id_w = width(&|a| a.id.chars().count()).unwrap_or(0).max(12);
        let outlet_w =
            width(&|a| a.outlet.as_deref().map_or(1, |o| o.chars().count())).unwrap_or(0).max(28);
        for a in &self.articles {
            let _ = writeln!(
                s,
                "  {:<id_w$} {:<outlet_w$} {:<10}  {} claims",
                a.id,
                a.outlet.as_deref().unwrap_or("-"),
                a.published.map_or_else(|| "undated".to_owned(), |d| d.to_string()),
                a.claims
            );
        }
        for (title, kinds) in [
            ("Contradictions", &[FindingKind::Contradiction][..]),
            ("Updates", &[FindingKind::Update][..]),
            ("Agreements", &[FindingKind::Agreement, FindingKind::Compatible][..]),
        ] {
            let fs: Vec<&Finding> =
                self.findings.iter().filter(|f| kinds.contains(&f.kind)).collect();
            if fs.is_empty() {
                continue;
            }
            let _ = writeln!(s, "\n{title}");
            for f in fs {
                let _ = writeln!(s, "\n  [{} {:.2}] {}", f.kind.as_str(), f.confidence, f.measure);
                let _ = writeln!(s, "    {}", f.explanation);
                for c in &f.claims {
                    let _ = writeln!(
                        s,
                        "      - {} @{}..{} \"{}\" in: {}",
                        c.citation.article,
                        c.citation.span.start,
                        c.citation.span.end,
                        c.citation.quote,
                        one_line(&c.citation.sentence, 160)
                    );
                }
            }
        }
        if self.findings.is_empty() {
            let _ = writeln!(s, "\nNo findings: no figure or date was reported by two sources.");
        }
        s
    }

    /// The report as Markdown.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "# crosscheck report\n");
        let _ = writeln!(
            s,
            "{} articles, {} claims, {} findings.\n",
            self.articles.len(),
            self.claims.len(),
            self.findings.len()
        );
        let _ = writeln!(s, "| article | outlet | published | claims |\n|---|---|---|---|");
        for a in &self.articles {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                md(&a.id),
                md(a.outlet.as_deref().unwrap_or("")),
                a.published.map(|d| d.to_string()).unwrap_or_default(),
                a.claims
            );
        }
        if !self.findings.is_empty() {
            let _ = writeln!(s, "\n## Findings\n");
            let _ = writeln!(s, "| kind | confidence | measure | explanation |\n|---|---|---|---|");
            for f in &self.findings {
                let _ = writeln!(
                    s,
                    "| {} | {:.2} | {} | {} |",
                    f.kind.as_str(),
                    f.confidence,
                    md(&f.measure),
                    md(&f.explanation)
                );
            }
            let _ = writeln!(s, "\n## Citations\n");
            for (i, f) in self.findings.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "{}. **{}** ({:.2}): {}",
                    i + 1,
                    f.kind.as_str(),
                    f.confidence,
                    md(&f.measure)
                );
                for c in &f.claims {
                    let _ = writeln!(
                        s,
                        "   - `{}` bytes {}..{}: \"{}\" — {}",
                        c.citation.article,
                        c.citation.span.start,
                        c.citation.span.end,
                        md(&c.citation.quote),
                        md(&one_line(&c.citation.sentence, 300))
                    );
                }
            }
        }
        s
    }
}

fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    format!("{cut}…")
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
