//! crosscheck reads several news articles about one story, finds every
//! numeric and date claim in them, normalizes the values, lines up the
//! claims that speak of the same thing across articles, and reports where
//! the sources agree and where they contradict each other, each finding
//! with a confidence and exact citations.
//!
//! ```
//! use crosscheck::{Article, Config, FindingKind, check};
//!
//! let articles = vec![
//!     Article::new("wire-1", "At least 40 people were killed in the flood on Tuesday, police said.")
//!         .outlet("Wire One")
//!         .published("2025-03-05")?,
//!     Article::new("paper-2", "The flood on Tuesday killed 43 people, the health ministry said.")
//!         .outlet("Daily Two")
//!         .published("2025-03-05")?,
//! ];
//! let report = check(&articles, &Config::default())?;
//! for finding in &report.findings {
//!     println!("{:?} {:.2} {}", finding.kind, finding.confidence, finding.explanation);
//!     for c in &finding.claims {
//!         // every citation is the article's own bytes
//!         let text = articles.iter().find(|a| a.id() == c.citation.article).unwrap().text();
//!         assert_eq!(&text[c.citation.span], c.citation.quote);
//!     }
//! }
//! // "at least 40" and "43" killed are compatible; both date the flood to 2025-03-04
//! assert!(report.findings_of(FindingKind::Compatible).count() >= 1);
//! # Ok::<(), crosscheck::Error>(())
//! ```
//!
//! # Overview
//!
//! Each stage is a module usable on its own, and data flows one way:
//! [`text`] (tokens and sentences with byte spans) → [`number`] (figures
//! to [`number::Quantity`] intervals) and [`time`] (dates, intervals,
//! durations resolved against the publication date) → [`claim`] (what
//! each value measures, scope, source, certainty, citation) → [`align`]
//! (claims about one measure grouped across articles) → [`compare`]
//! (agreement, compatible, contradiction, update, with confidence) →
//! [`report`] (serde types, text and Markdown). [`check`] chains them.
//!
//! Between the claim and align stages, [`check`] re-reads dates in
//! copied sentences: when a sentence (or a quoted passage) repeats, word
//! for word at every figure and date, a sentence of an article published
//! earlier, its date claims take the earlier article's values, so "by
//! Monday morning" quoted from Monday's wire on Friday is still Monday.
//! Citations stay the copier's own.
//!
//! # Untrusted input
//!
//! No public function panics on any article text or configuration: the
//! library denies `unwrap`, `expect`, `panic!` and unchecked indexing in
//! its own code, and property tests and fuzz targets exercise the whole
//! pipeline with arbitrary input. Work is linear in the input and bounded
//! by [`Limits`]; an input over a limit is an error naming the article,
//! never a hang. The only panicking API is `Index<Span> for str`, like
//! any out-of-range string slice; spans produced by crosscheck are always
//! valid for their text ([`Span::get`] is the checked form).
//!
//! # Errors
//!
//! One [`Error`] type with a coarse [`ErrorKind`]: bad input (empty or
//! duplicate ids, unparseable dates), invalid configuration, or a limit
//! exceeded. Each names the article and field. An article without claims
//! is not an error: it appears in the report with zero claims.
//!
//! # Determinism
//!
//! The same input gives the same report, byte for byte: no hash-map order
//! reaches the output, and ties are broken by input order.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize` and `Deserialize` on every public
//!   data type; the JSON report is a documented wire format (see
//!   [`report`]). Features never change extraction results.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
// Unit tests may unwrap and index: a panic there is a failed test.
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

pub mod align;
pub mod article;
pub mod claim;
pub mod compare;
pub mod config;
mod copied;
pub mod error;
mod lexicon;
pub mod number;
pub mod report;
pub mod span;
pub mod text;
pub mod time;

pub use article::Article;
pub use claim::Claim;
pub use compare::{Finding, FindingKind};
pub use config::{Config, Limits};
pub use error::{Error, ErrorKind, Result};
pub use report::Report;
pub use span::Span;
pub use time::Date;

use claim::ClaimExtractor;

/// Analyses a story: extracts every article's claims, aligns them across
/// articles and reports agreements, contradictions and updates.
///
/// # Errors
///
/// - [`ErrorKind::InvalidConfig`] when a configuration value is out of
///   range;
/// - [`ErrorKind::InvalidInput`] for an empty or duplicate article id;
/// - [`ErrorKind::LimitExceeded`] when there are more articles, or an
///   article is larger or holds more mentions, than [`Limits`] allow.
pub fn check(articles: &[Article], config: &Config) -> Result<Report> {
    config.validate()?;
    let limits = &config.limits;
    if articles.len() > limits.max_articles {
        return Err(Error::limit(
            None,
            "articles",
            limits.max_articles,
            articles.len(),
            "articles",
        ));
    }
    article::validate_ids(articles)?;
    for a in articles {
        if a.text().len() > limits.max_article_bytes {
            return Err(Error::limit(
                Some(a.id()),
                "text",
                limits.max_article_bytes,
                a.text().len(),
                "bytes",
            ));
        }
    }
    let extractor = ClaimExtractor::with_config(
        config.number.clone(),
        config.time.clone(),
        Some(limits.max_mentions_per_article),
    )?;
    let mut claims = Vec::new();
    let mut skipped = Vec::new();
    let mut summaries = Vec::with_capacity(articles.len());
    for a in articles {
        let ac = extractor.try_extract(a)?;
        summaries.push(report::ArticleSummary {
            id: a.id().to_owned(),
            outlet: a.outlet_name().map(str::to_owned),
            url: a.url_str().map(str::to_owned),
            published: a.published_date(),
            claims: ac.claims.len(),
            skipped: ac.skipped.len(),
        });
        claims.extend(ac.claims);
        skipped.extend(ac.skipped);
    }
    // relative dates in sentences copied from an earlier report are read
    // as of that report, not as of the copy
    copied::reanchor(articles, &mut claims);
    let groups = align::align(&claims, &config.align);
    let findings = compare::compare(&claims, &groups, articles, &config.compare);
    Ok(Report {
        schema_version: report::SCHEMA_VERSION,
        articles: summaries,
        claims,
        findings,
        skipped,
    })
}
