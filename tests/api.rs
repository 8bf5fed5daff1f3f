//! The public API: errors, limits, empty articles, stage entry points,
//! serde round trips, thread safety.

use crosscheck::{Article, Config, ErrorKind, FindingKind, Report, check};

#[test]
fn bad_input_errors_name_article_and_field() {
    let dup = [Article::new("a", "x"), Article::new("a", "y")];
    let e = check(&dup, &Config::default()).unwrap_err();
    assert_eq!(
        (e.kind(), e.article(), e.field()),
        (ErrorKind::InvalidInput, Some("a"), Some("id"))
    );

    let empty = [Article::new("", "x")];
    let e = check(&empty, &Config::default()).unwrap_err();
    assert_eq!((e.kind(), e.field()), (ErrorKind::InvalidInput, Some("id")));
    assert!(e.to_string().contains("#0"), "{e}");

    let e = Article::new("b", "x").published("27 December 2025").unwrap_err();
    assert_eq!(
        (e.kind(), e.article(), e.field()),
        (ErrorKind::InvalidInput, Some("b"), Some("published"))
    );
    assert!(e.to_string().contains("found `27 December 2025`"), "{e}");
}

#[test]
fn invalid_configuration_names_the_field() {
    let cases: Vec<(Config, &str)> = vec![
        (
            {
                let mut c = Config::default();
                c.number.approx_tolerance = -0.1;
                c
            },
            "number.approx_tolerance",
        ),
        (
            {
                let mut c = Config::default();
                c.compare.min_confidence = 2.0;
                c
            },
            "compare.min_confidence",
        ),
        (
            {
                let mut c = Config::default();
                c.align.min_same_probability = f64::NAN;
                c
            },
            "align.min_same_probability",
        ),
        (
            {
                let mut c = Config::default();
                c.align.min_same_overlapping = -0.1;
                c
            },
            "align.min_same_overlapping",
        ),
        (
            {
                let mut c = Config::default();
                c.align.window = 0;
                c
            },
            "align.window",
        ),
        (
            {
                let mut c = Config::default();
                c.limits.max_articles = 0;
                c
            },
            "limits.max_articles",
        ),
    ];
    for (config, field) in cases {
        let e = check(&[], &config).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidConfig, "{field}");
        assert_eq!(e.field(), Some(field));
    }
}

#[test]
fn limits_are_errors_naming_the_article() {
    let mut c = Config::default();
    c.limits.max_article_bytes = 10;
    let e = check(&[Article::new("big", "more than ten bytes")], &c).unwrap_err();
    assert_eq!(
        (e.kind(), e.article(), e.field()),
        (ErrorKind::LimitExceeded, Some("big"), Some("text"))
    );

    let mut c = Config::default();
    c.limits.max_articles = 1;
    let e = check(&[Article::new("a", ""), Article::new("b", "")], &c).unwrap_err();
    assert_eq!((e.kind(), e.field()), (ErrorKind::LimitExceeded, Some("articles")));

    let mut c = Config::default();
    c.limits.max_mentions_per_article = 2;
    let e = check(&[Article::new("many", "1 dead, 2 hurt, 3 missing, 4 freed.")], &c).unwrap_err();
    assert_eq!((e.kind(), e.article()), (ErrorKind::LimitExceeded, Some("many")));
}

#[test]
fn articles_without_claims_are_still_reported() {
    let r = check(
        &[Article::new("quiet", "Nothing happened here."), Article::new("none", "")],
        &Config::default(),
    )
    .unwrap();
    assert_eq!(r.articles.len(), 2);
    assert_eq!(r.articles[0].id, "quiet");
    assert_eq!(r.articles[0].claims, 0);
    assert!(r.findings.is_empty());
    assert!(r.to_text().contains("No findings"));
}

#[test]
fn stages_are_usable_alone() {
    assert_eq!(crosscheck::number::parse("some 600").unwrap().value, Some(600.0));
    assert_eq!(crosscheck::time::parse("November 2024", None).unwrap().to_string(), "2024-11");
    assert_eq!(crosscheck::text::segment("One. Two.").len(), 2);
    let a = Article::new("x", "Police said 12 people were hurt.").published("2025-01-01").unwrap();
    let ac = crosscheck::claim::extract(&a);
    assert_eq!(ac.claims[0].measure.class.as_deref(), Some("injured"));
}

#[test]
fn report_round_trips_through_json() {
    let articles = crate::util::demo_articles();
    let r = crate::util::run(&articles);
    let json = serde_json::to_string(&r).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    // the wire format fields the evaluators rely on
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema_version"], 1);
    let c = &v["claims"][0];
    assert!(c["article"].is_string() && c["span"].is_array() && c["quote"].is_string());
    let f = &v["findings"][0];
    assert!(f["kind"].is_string() && f["confidence"].is_number() && f["explanation"].is_string());
    assert!(f["claims"][0]["span"][1].is_number());
    // a config round-trips too
    let cfg = Config::default();
    let back: Config = serde_json::from_str(&serde_json::to_string(&cfg).unwrap()).unwrap();
    assert_eq!(back, cfg);
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Article>();
    check::<Config>();
    check::<Report>();
    check::<crosscheck::Error>();
    check::<crosscheck::Claim>();
    check::<crosscheck::Finding>();
    check::<crosscheck::text::Document<'static>>();
    check::<crosscheck::number::NumberParser>();
    check::<crosscheck::time::TimeParser>();
    check::<crosscheck::claim::ClaimExtractor>();
}

#[test]
fn renderings_mention_every_finding() {
    let articles = crate::util::demo_articles();
    let r = crate::util::run(&articles);
    let text = r.to_text();
    let md = r.to_markdown();
    for f in &r.findings {
        assert!(text.contains(&f.explanation));
        assert!(md.contains(f.kind.as_str()));
    }
}

#[test]
fn uncredited_wire_copies_count_as_one_source() {
    let wire =
        "Police said 43 people were killed when the dam on the Varna river burst on Tuesday night.";
    let articles = [
        Article::new("wire", wire).outlet("Wire One").published("2025-06-04").unwrap(),
        Article::new("copy", format!("{wire} Residents fled to higher ground."))
            .outlet("Daily Two")
            .published("2025-06-04")
            .unwrap(),
        Article::new(
            "own",
            "The burst dam on the Varna river killed 43 people, local officials told our reporter.",
        )
        .outlet("Courier Three")
        .published("2025-06-04")
        .unwrap(),
    ];
    let r = check(&articles, &Config::default()).unwrap();
    let toll: Vec<_> =
        r.findings.iter().filter(|f| f.claims.iter().any(|c| c.citation.quote == "43")).collect();
    fn cites(f: &crosscheck::Finding) -> Vec<&str> {
        let mut v: Vec<&str> = f.claims.iter().map(|c| c.citation.article.as_str()).collect();
        v.sort_unstable();
        v
    }
    // the independent reports agree; the reprint is a finding of its own
    assert_eq!(toll.len(), 2, "{:#?}", r.findings);
    let main = toll.iter().find(|f| cites(f) == ["own", "wire"]).expect("wire and own agree");
    assert_eq!(main.independent_sources, 2, "{}", main.explanation);
    let copy = toll.iter().find(|f| cites(f) == ["copy", "wire"]).expect("the copy is named");
    assert_eq!(copy.kind, FindingKind::Agreement);
    assert_eq!(copy.independent_sources, 1, "the copy is not independent: {}", copy.explanation);
    assert!(copy.explanation.contains("copy"), "{}", copy.explanation);
}
