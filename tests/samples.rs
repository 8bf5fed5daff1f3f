//! The four real articles in ../shared/samples (read from there, never
//! copied): the findings the foundation issue names.

use crosscheck::{Config, FindingKind, check};

use crate::util::{assert_citations_exact, findings_citing, read_jsonl, run, shared_dir};

fn samples() -> Option<Vec<crosscheck::Article>> {
    Some(read_jsonl(&shared_dir()?.join("samples/articles.jsonl")))
}

#[test]
fn fifth_visit_and_sixth_summit_are_a_weaker_contradiction() {
    let Some(articles) = samples() else { return };
    let report = run(&articles);
    let found =
        findings_citing(&report, FindingKind::Contradiction, &[("000", "fifth"), ("003", "sixth")]);
    assert_eq!(found.len(), 1, "{:#?}", report.findings);
    let f = found[0];
    assert!(f.scope_differs, "visit/summit and this year/past year differ");
    // a clear-cut contradiction: same measure, same scope, same day
    let clear = run(&[
        crosscheck::Article::new(
            "a",
            "Police said 43 people were killed in the flood in Varna on Tuesday.",
        )
        .published("2025-06-04")
        .unwrap(),
        crosscheck::Article::new(
            "b",
            "Police said 38 people were killed in the flood in Varna on Tuesday.",
        )
        .published("2025-06-04")
        .unwrap(),
    ]);
    let cc = findings_citing(&clear, FindingKind::Contradiction, &[("a", "43"), ("b", "38")]);
    assert_eq!(cc.len(), 1, "{:#?}", clear.findings);
    assert!(
        f.confidence < cc[0].confidence,
        "scoped contradiction {} should be weaker than a clear-cut one {}",
        f.confidence,
        cc[0].confidence
    );
}

#[test]
fn lebanon_ceasefire_agreed_in_november_2024() {
    let Some(articles) = samples() else { return };
    let report = run(&articles);
    let found = findings_citing(
        &report,
        FindingKind::Agreement,
        &[("001", "November 2024"), ("003", "November 2024")],
    );
    assert_eq!(found.len(), 1, "{:#?}", report.findings);
    assert!(found[0].claims.iter().all(|c| c.value == "2024-11"));
}

#[test]
fn meeting_is_on_monday_2025_12_29() {
    let Some(articles) = samples() else { return };
    let report = run(&articles);
    let found = findings_citing(
        &report,
        FindingKind::Agreement,
        &[("000", "a day later"), ("001", "Monday"), ("003", "Monday")],
    );
    assert_eq!(found.len(), 1, "{:#?}", report.findings);
    let f = found[0];
    for c in
        f.claims.iter().filter(|c| ["a day later", "Monday"].contains(&c.citation.quote.as_str()))
    {
        assert_eq!(c.value, "2025-12-29", "{c:?}");
    }
}

#[test]
fn february_meeting_is_not_a_contradiction_of_the_december_one() {
    let Some(articles) = samples() else { return };
    let report = run(&articles);
    for f in report.findings.iter().filter(|f| f.kind == FindingKind::Contradiction) {
        let has_feb = f.claims.iter().any(|c| c.citation.article == "002");
        let has_dec = f.claims.iter().any(|c| c.citation.article != "002");
        assert!(
            !(has_feb && has_dec),
            "a February claim contradicted by a December one: {}",
            f.explanation
        );
    }
    // and the February Tuesday meeting is read as 2025-02-04
    let tue = report
        .claims
        .iter()
        .find(|c| {
            c.citation.article == "002"
                && c.citation.quote == "Tuesday"
                && c.citation.sentence.contains("meet President")
        })
        .expect("the Tuesday meeting claim");
    assert_eq!(tue.value.to_string(), "2025-02-04");
}

#[test]
fn every_citation_is_exact_and_output_is_deterministic() {
    let Some(articles) = samples() else { return };
    let a = run(&articles);
    assert_citations_exact(&articles, &a);
    let b = check(&articles, &Config::default()).unwrap();
    assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
}
