//! Laws that hold for every input (the robustness issue extends these).

use crosscheck::{Article, Config, FindingKind, check};
use proptest::prelude::*;

fn news_like() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "about",
        "600",
        "more than",
        "400",
        "killed",
        "on Monday",
        "said",
        "1,210",
        "2.4 million",
        "fifth",
        "visit",
        "October",
        "2025",
        "last week",
        "a day later",
        "$3.2bn",
        "40%",
        "half",
        "Gaza",
        ".",
        ",",
        "\n\n",
        "“",
        "”",
        "—",
        "42-day",
        "since",
        "between",
        "and",
        "٤٧",
        "47\u{a0}518",
        "é",
        "\u{200f}",
        "©",
        "U.S.",
        "No.",
        "(",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|w| w.join(" "))
}

/// A finding's kind and its cited (article, start, end) spans, sorted.
type FindingKey = (String, Vec<(String, usize, usize)>);

proptest! {
    // PROPTEST_CASES raises the count for a longer run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(96),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_is_analysed_without_panic_and_spans_are_valid(text in "\\PC{0,200}") {
        let a = Article::new("a", text.clone()).published("2025-12-27").unwrap();
        let r = check(&[a], &Config::default()).unwrap();
        let mut last = 0;
        for c in &r.claims {
            prop_assert!(c.citation.span.get(&text).is_some());
            prop_assert_eq!(&text[c.citation.span], c.citation.quote.as_str());
            prop_assert!(c.citation.span.start >= last, "claims in text order");
            last = c.citation.span.start;
        }
    }

    #[test]
    fn news_like_text_is_deterministic_and_order_free(a in news_like(), b in news_like(), c in news_like()) {
        let arts = vec![
            Article::new("a", a).published("2025-12-27").unwrap(),
            Article::new("b", b).published("2025-12-28").unwrap(),
            Article::new("c", c).published("2025-12-28").unwrap(),
        ];
        let r1 = check(&arts, &Config::default()).unwrap();
        let r2 = check(&arts, &Config::default()).unwrap();
        prop_assert_eq!(serde_json::to_string(&r1).unwrap(), serde_json::to_string(&r2).unwrap());
        let reversed: Vec<Article> = arts.iter().rev().cloned().collect();
        let r3 = check(&reversed, &Config::default()).unwrap();
        let key = |r: &crosscheck::Report| {
            let mut v: Vec<FindingKey> = r.findings.iter().map(|f| {
                let mut cs: Vec<(String, usize, usize)> = f.claims.iter().map(|c| (c.citation.article.clone(), c.citation.span.start, c.citation.span.end)).collect();
                cs.sort();
                (f.kind.as_str().to_owned(), cs)
            }).collect();
            v.sort();
            v
        };
        prop_assert_eq!(key(&r1), key(&r3));
    }

    #[test]
    fn an_article_compared_with_its_copy_never_contradicts(text in news_like()) {
        let arts = vec![
            Article::new("a", text.clone()).published("2025-12-27").unwrap(),
            Article::new("b", text).published("2025-12-27").unwrap(),
        ];
        let r = check(&arts, &Config::default()).unwrap();
        // no update, and no contradiction but a rivalry the article
        // reports itself (two named sources' figures, both stated in each
        // article the finding cites: "police count 12,000, organisers
        // 30,000", repeated by the copy)
        for f in &r.findings {
            prop_assert!(f.kind != FindingKind::Update, "{:#?}", r.findings);
            if f.kind == FindingKind::Contradiction {
                let mut values: std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> =
                    std::collections::BTreeMap::new();
                for c in &f.claims {
                    values.entry(c.citation.article.as_str()).or_default().insert(c.value.as_str());
                }
                prop_assert!(values.values().all(|v| v.len() >= 2), "{:#?}", r.findings);
            }
        }
    }
}

/// Found by `an_article_compared_with_its_copy_never_contradicts`: an
/// article's copy contradicted itself when unattributed "said" dates were
/// treated as statements by two different speakers (the outlets).
#[test]
fn regression_copy_with_unattributed_statement_dates() {
    let text = "last week 2025 said \n\n on Monday said 2025 . ©";
    let arts = vec![
        Article::new("a", text).published("2025-12-27").unwrap(),
        Article::new("b", text).published("2025-12-27").unwrap(),
    ];
    let r = check(&arts, &Config::default()).unwrap();
    assert!(r.findings.iter().all(|f| f.kind == FindingKind::Agreement), "{:#?}", r.findings);
}
