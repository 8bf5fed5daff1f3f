//! The bundled demo story (examples/stories/ferry): an invented ferry
//! disaster written for these tests, with the disagreements real coverage
//! has.

use crosscheck::FindingKind;

use crate::util::{assert_citations_exact, demo_articles, findings_citing, run};

#[test]
fn same_day_tolls_from_two_authorities_contradict() {
    let articles = demo_articles();
    let r = run(&articles);
    let f = findings_citing(
        &r,
        FindingKind::Contradiction,
        &[("kestria-daily-2", "43"), ("coastline-radio-4", "41")],
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert!(f[0].explanation.contains("disagree"), "{}", f[0].explanation);
    // calibrated on the labelled stories: a likely, not a certain, finding
    assert!(f[0].confidence > 0.5, "{}", f[0].confidence);
}

#[test]
fn a_growing_toll_is_an_update_not_a_contradiction() {
    let articles = demo_articles();
    let r = run(&articles);
    let f = findings_citing(
        &r,
        FindingKind::Update,
        &[("kestria-daily-2", "43"), ("meridian-5", "51")],
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert!(f[0].explanation.contains("rose from 43 to 51"), "{}", f[0].explanation);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("meridian-5", "51")]).is_empty());
}

#[test]
fn bounds_and_approximations_are_compatible() {
    let articles = demo_articles();
    let r = run(&articles);
    // the same day: "about 40" and 41 overlap
    let f = findings_citing(
        &r,
        FindingKind::Compatible,
        &[("orvan-herald-3", "About 40"), ("coastline-radio-4", "41")],
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    // the next day, 41 and 43 are above Monday's "at least 40": the toll rose
    let u = findings_citing(
        &r,
        FindingKind::Update,
        &[("meridian-1", "At least 40"), ("kestria-daily-2", "43")],
    );
    assert_eq!(u.len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_weekday_and_an_absolute_date_agree() {
    let articles = demo_articles();
    let r = run(&articles);
    let f = findings_citing(
        &r,
        FindingKind::Agreement,
        &[("meridian-1", "Monday"), ("orvan-herald-3", "March 9")],
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert!(f[0].claims.iter().all(|c| c.value == "2026-03-09"));
}

#[test]
fn copied_wire_text_is_not_independent() {
    let articles = demo_articles();
    let r = run(&articles);
    let f = findings_citing(
        &r,
        FindingKind::Agreement,
        &[("meridian-1", "some 120"), ("kestria-daily-2", "Around 120")],
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    assert_eq!(f[0].independent_sources, 2, "{}", f[0].explanation);
    // Coastline Radio reprints Meridian Press's sentence: named as a copy,
    // not counted as a third source
    assert!(!f[0].claims.iter().any(|c| c.citation.article == "coastline-radio-4"));
    let copy = findings_citing(
        &r,
        FindingKind::Agreement,
        &[("meridian-1", "some 120"), ("coastline-radio-4", "some 120")],
    );
    assert_eq!(copy.len(), 1, "{:#?}", r.findings);
    assert_eq!(copy[0].independent_sources, 1, "{}", copy[0].explanation);
    // 135 aboard contradicts about 120 once per independent source: the
    // copy is cited with its original, not as a finding of its own
    let c = findings_citing(&r, FindingKind::Contradiction, &[("orvan-herald-3", "135")]);
    assert_eq!(c.len(), 2, "{c:#?}");
    let copied = findings_citing(
        &r,
        FindingKind::Contradiction,
        &[("orvan-herald-3", "135"), ("meridian-1", "some 120"), ("coastline-radio-4", "some 120")],
    );
    assert_eq!(copied.len(), 1, "{c:#?}");
    let other = findings_citing(
        &r,
        FindingKind::Contradiction,
        &[("orvan-herald-3", "135"), ("kestria-daily-2", "Around 120")],
    );
    assert_eq!(other.len(), 1, "{c:#?}");
}

#[test]
fn spelling_variants_of_a_name_still_align() {
    let articles = demo_articles();
    let r = run(&articles);
    let f = findings_citing(
        &r,
        FindingKind::Agreement,
        &[
            ("meridian-1", "three days"),
            ("kestria-daily-2", "three days"),
            ("orvan-herald-3", "three days"),
        ],
    );
    assert_eq!(f.len(), 1, "Okonjo / Okonjoh: {:#?}", r.findings);
}

#[test]
fn citations_are_exact() {
    let articles = demo_articles();
    assert_citations_exact(&articles, &run(&articles));
}
