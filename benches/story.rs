//! A generated story of many short articles about one invented event, for
//! the alignment and comparison benchmarks: a growing death toll, the
//! event's date written relative and absolute, rounded and bounded
//! figures, an ordinal, money, and a name spelled two ways, from 60
//! outlets over ten days. Deterministic.

use crosscheck::Article;

const OUTLETS: usize = 60;

/// `n` articles.
pub fn articles(n: usize) -> Vec<Article> {
    (0..n).map(article).collect()
}

fn article(i: usize) -> Article {
    let day = 10 + (i % 10); // published 2026-03-10 .. 2026-03-19
    let toll = 40 + 3 * (i % 10) + (i / 7) % 3; // grows by day, small disagreements
    let name = if i.is_multiple_of(2) { "Amara Okonjo" } else { "Amara Okonjoh" };
    let approx = ["at least ", "about ", "", "more than ", "some "][i % 5];
    let when = if i.is_multiple_of(3) { "on March 9" } else { "on Monday" };
    let tone = ["said", "told reporters", "confirmed"][i % 3];
    let text = format!(
        "The death toll from the ferry disaster {when} rose to {approx}{toll}, the health ministry {tone}.\n\n\
         Governor {name} declared three days of mourning, the {} deadly accident on the lake since 2019.\n\n\
         The operator has been fined ${}.{} million, and about {} passengers were on board.\n\n\
         Rescuers searched for {} hours on Tuesday.",
        ["fourth", "fourth", "fifth"][i % 3],
        2 + i % 2,
        i % 10,
        115 + i % 11,
        30 + 6 * (i % 3),
    );
    Article::new(format!("story-{i}"), text)
        .outlet(format!("Outlet {}", i % OUTLETS))
        .published(&format!("2026-03-{day:02}"))
        .unwrap_or_else(|e| panic!("{e}"))
}
