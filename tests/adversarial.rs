//! What scrapers feed a newsroom pipeline: one table of hostile or odd
//! inputs, each with the outcome it must have. Every case must return
//! (no panic, no hang), keep every citation exact, and meet its own
//! expectation.

use crosscheck::{Article, Config, ErrorKind, Report, check};

/// What a case must produce.
enum Expect {
    /// Analysed; at most this many claims (pathological text is not
    /// required to yield any).
    AtMost(usize),
    /// Analysed; these quotes are claims with these values (as printed).
    Claims(&'static [(&'static str, &'static str)]),
    /// Analysed; exactly this many sentences in the first article.
    Sentences(usize),
    /// Refused with this error kind, naming the article.
    Error(ErrorKind, &'static str),
}

struct Case {
    name: &'static str,
    texts: Vec<String>,
    config: Config,
    expect: Expect,
}

fn case(name: &'static str, text: impl Into<String>, expect: Expect) -> Case {
    Case { name, texts: vec![text.into()], config: Config::default(), expect }
}

fn cases() -> Vec<Case> {
    let mut small_limit = Config::default();
    small_limit.limits.max_article_bytes = 1_000;
    let mut few_mentions = Config::default();
    few_mentions.limits.max_mentions_per_article = 100;
    vec![
        case("empty text", "", Expect::AtMost(0)),
        case("whitespace only", " \n\n\t\r\n ", Expect::AtMost(0)),
        case("a megabyte of digits", "7".repeat(1 << 20), Expect::AtMost(0)),
        case(
            "a megabyte of digits and commas",
            "123,456,".repeat(1 << 17),
            Expect::AtMost(1 << 18),
        ),
        case("1,1,1,1,...", "1,".repeat(100_000), Expect::AtMost(100_000)),
        case("decimal points everywhere", "1.2.3.4.5.".repeat(20_000), Expect::AtMost(100_000)),
        case(
            "a very long sentence without punctuation",
            "officials said 40 people were killed and ".repeat(10_000),
            Expect::AtMost(20_000),
        ),
        case(
            "thousands of repeated number words",
            "one two three four five hundred thousand million ".repeat(5_000),
            Expect::AtMost(40_000),
        ),
        case(
            "deeply nested brackets",
            format!("{}40 dead{}", "(".repeat(50_000), ")".repeat(50_000)),
            Expect::AtMost(1),
        ),
        case(
            "deeply nested quotes",
            format!("{}43 people were killed{}", "“\"‘'".repeat(20_000), "”\"’'".repeat(20_000)),
            Expect::AtMost(1),
        ),
        case("a huge figure", format!("1{} people", "0".repeat(400)), Expect::AtMost(1)),
        // shapes that once recursed once per repetition
        case("1 to 1 to … 5", format!("{}5", "1 to ".repeat(50_000)), Expect::AtMost(100_000)),
        case("minus minus … 5", format!("{}5", "minus ".repeat(50_000)), Expect::AtMost(1)),
        case(
            "1, 1, 1, … this morning",
            format!("{}this morning", "1, ".repeat(50_000)),
            Expect::AtMost(100_000),
        ),
        case(
            "the largest f64 and beyond",
            "999,999,999,999,999,999,999,999 dollars and 1e308 people",
            Expect::AtMost(3),
        ),
        case(
            "narrow NBSP inside a number",
            "Police said 47\u{202f}518 people were killed.",
            Expect::Claims(&[("47\u{202f}518", "47518")]),
        ),
        case(
            "NBSP inside a number",
            "Police said 47\u{a0}518 people were killed.",
            Expect::Claims(&[("47\u{a0}518", "47518")]),
        ),
        case(
            "thin space inside a number",
            "Police said 47\u{2009}518 people were killed.",
            Expect::Claims(&[("47\u{2009}518", "47518")]),
        ),
        case(
            "bidi marks around a number",
            "Police said \u{200f}43\u{200e} people were killed.",
            Expect::Claims(&[("43", "43")]),
        ),
        case("zero-width joiners", "Police said 4\u{200d}3 people were killed.", Expect::AtMost(2)),
        case(
            "combining characters",
            "Officials in Zu\u{308}rich said 12 people were hurt.",
            Expect::Claims(&[("12", "12")]),
        ),
        case(
            "full-width digits",
            "Police said ４３ people were killed.",
            Expect::Claims(&[("４３", "43")]),
        ),
        case(
            "Arabic-Indic digits",
            "Police said ٤٣ people were killed.",
            Expect::Claims(&[("٤٣", "43")]),
        ),
        case("emoji", "🔥 Police said 40 people were killed 🔥", Expect::Claims(&[("40", "40")])),
        case(
            "mixed scripts",
            "В Газе police said 40 people were killed 在加沙.",
            Expect::Claims(&[("40", "40")]),
        ),
        case(
            "control characters",
            "\u{0}\u{7}Police\u{1b} said 40\u{8} people were killed\u{7f}.",
            Expect::AtMost(2),
        ),
        case(
            "CRLF line endings",
            "40 people died.\r\nOfficials said more were hurt.\r\n",
            Expect::Sentences(2),
        ),
        case(
            "lone CR line endings",
            "40 people died.\rOfficials said more were hurt.\r",
            Expect::Sentences(2),
        ),
        case(
            "a credit line only",
            "© Collage: JANE DOE / AFP & JOHN ROE / AFP 2025",
            Expect::AtMost(0),
        ),
        case(
            "repeated weekdays",
            "Monday Tuesday Wednesday ".repeat(10_000),
            Expect::AtMost(30_000),
        ),
        case("repeated dates", "on January 20, 2025 and ".repeat(10_000), Expect::AtMost(20_000)),
        case("currency symbols without figures", "$$$ €€€ £££ %%% °°°", Expect::AtMost(0)),
        case("an unbalanced dash storm", "— – - -- --- ".repeat(20_000), Expect::AtMost(0)),
        Case {
            name: "an article over the size limit",
            texts: vec!["x".repeat(2_000)],
            config: small_limit,
            expect: Expect::Error(ErrorKind::LimitExceeded, "a0"),
        },
        Case {
            name: "an article over the mention limit",
            texts: vec!["1 2 3 4 5 ".repeat(100)],
            config: few_mentions,
            expect: Expect::Error(ErrorKind::LimitExceeded, "a0"),
        },
        Case {
            name: "many tiny articles",
            texts: (0..2_000)
                .map(|i| format!("Police said {} people were hurt on Monday.", i % 7))
                .collect(),
            config: Config::default(),
            expect: Expect::AtMost(4_000),
        },
    ]
}

fn run(c: &Case) -> Result<(Vec<Article>, Report), crosscheck::Error> {
    let articles: Vec<Article> = c
        .texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), t.as_str()).published("2025-12-27").unwrap())
        .collect();
    let r = check(&articles, &c.config)?;
    Ok((articles, r))
}

#[test]
fn adversarial_inputs_table() {
    for c in cases() {
        let t = std::time::Instant::now();
        let got = run(&c);
        eprintln!("{:>8.1} ms  {}", t.elapsed().as_secs_f64() * 1e3, c.name);
        match (&c.expect, got) {
            (Expect::Error(kind, article), Err(e)) => {
                assert_eq!(e.kind(), *kind, "{}: {e}", c.name);
                assert_eq!(e.article(), Some(*article), "{}", c.name);
            }
            (Expect::Error(..), Ok(_)) => panic!("{}: expected an error", c.name),
            (_, Err(e)) => panic!("{}: unexpected error {e}", c.name),
            (expect, Ok((articles, report))) => {
                crate::util::assert_citations_exact(&articles, &report);
                assert_eq!(
                    report.articles.len(),
                    articles.len(),
                    "{}: every article is reported",
                    c.name
                );
                match expect {
                    Expect::AtMost(n) => assert!(
                        report.claims.len() <= *n,
                        "{}: {} claims",
                        c.name,
                        report.claims.len()
                    ),
                    Expect::Claims(want) => {
                        for (quote, value) in *want {
                            let found = report.claims.iter().find(|x| x.citation.quote == *quote);
                            let found = found.unwrap_or_else(|| {
                                panic!(
                                    "{}: no claim {quote:?} in {:?}",
                                    c.name,
                                    report
                                        .claims
                                        .iter()
                                        .map(|x| &x.citation.quote)
                                        .collect::<Vec<_>>()
                                )
                            });
                            assert_eq!(found.value.to_string(), *value, "{}", c.name);
                        }
                    }
                    Expect::Sentences(n) => {
                        let s = crosscheck::text::segment(articles[0].text());
                        assert_eq!(s.len(), *n, "{}", c.name);
                    }
                    Expect::Error(..) => {}
                }
            }
        }
    }
}
