//! Throughput of the pipeline and of each extraction stage, in bytes of
//! article text per second, on the bundled demo story and on a generated
//! news-like corpus of several megabytes.
//!
//! `cargo bench` measures; `cargo bench -- --test` runs every benchmark
//! once (CI does this so the benches never rot). Each benchmark checks its
//! result before timing, so a regression to "finds nothing, very fast"
//! fails instead of looking good.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::claim::ClaimExtractor;
use crosscheck::number::NumberParser;
use crosscheck::text::Document;
use crosscheck::time::TimeParser;
use crosscheck::{Article, Config, check};

/// A small deterministic generator (xorshift64*), so the corpus is the
/// same on every machine without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn num(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

const PLACES: &[&str] =
    &["Gaza", "Kharkiv", "Port Vesna", "the capital", "southern Lebanon", "Darfur"];
const SOURCES: &[&str] = &[
    "police said",
    "the health ministry said",
    "officials told Reuters",
    "according to the army",
    "a spokesman said",
];
const DAYS: &[&str] =
    &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &["January", "March", "June", "October", "November", "December"];
const MODS: &[&str] = &["", "at least ", "about ", "more than ", "nearly ", "some "];

/// One generated paragraph of news prose with several figures and dates.
fn paragraph(r: &mut Rng) -> String {
    let mut p = String::new();
    let templates = r.num(3, 6);
    for _ in 0..templates {
        let s = match r.num(0, 9) {
            0 => format!(
                "{}{} people were killed in {} on {}, {}.",
                r.pick(MODS),
                r.num(2, 900),
                r.pick(PLACES),
                r.pick(DAYS),
                r.pick(SOURCES)
            ),
            1 => format!(
                "The death toll rose to {},{:03} on {}, {}.",
                r.num(1, 70),
                r.num(0, 999),
                r.pick(DAYS),
                r.pick(SOURCES)
            ),
            2 => format!(
                "It was the {} round of talks since the ceasefire was agreed in {} {}.",
                r.pick(&["second", "third", "fifth", "sixth"]),
                r.pick(MONTHS),
                r.num(2019, 2025)
            ),
            3 => format!(
                "The government pledged ${}.{}bn in aid, or {}% of its budget, {}.",
                r.num(1, 9),
                r.num(0, 9),
                r.num(2, 40),
                r.pick(SOURCES)
            ),
            4 => format!(
                "Leaders will meet {} a day later in {} after {} months of war.",
                r.pick(&["on Monday and", "this weekend and", "next week and"]),
                r.pick(PLACES),
                r.num(2, 30)
            ),
            5 => format!(
                "Around {} million people, roughly half of the population, have fled since October 7, 2023.",
                r.num(1, 9)
            ),
            6 => format!(
                "Hamas is to free {} hostages in exchange for {} prisoners during the {}-day first phase.",
                r.num(3, 40),
                r.num(100, 2000),
                r.num(10, 60)
            ),
            7 => format!(
                "The convoy of {} trucks travelled {} km last week, {}.",
                r.num(5, 300),
                r.num(10, 500),
                r.pick(SOURCES)
            ),
            8 => "Analysts said the talks had stalled amid mutual accusations, and diplomats expected little progress before the end of the year.".to_owned(),
            _ => format!(
                "Between {} and {} residents were displaced, {} said on {}.",
                r.num(100, 500),
                r.num(600, 5000),
                r.pick(&["aid groups", "the UN", "local officials"]),
                r.pick(DAYS)
            ),
        };
        p.push_str(&s);
        p.push(' ');
    }
    p.push_str("\n\n");
    p
}

/// `n` articles of about `bytes` bytes each, published over a week.
fn corpus(n: usize, bytes: usize) -> Vec<Article> {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| {
            let mut text = String::new();
            while text.len() < bytes {
                text.push_str(&paragraph(&mut r));
            }
            let day = 20 + (i % 7);
            Article::new(format!("gen-{i}"), text)
                .outlet(format!("Outlet {}", i % 9))
                .published(&format!("2025-12-{day:02}"))
                .unwrap()
        })
        .collect()
}

fn demo() -> Vec<Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/stories/ferry");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            Article::from_plain_text(&id, &std::fs::read_to_string(p).unwrap()).unwrap()
        })
        .collect()
}

fn total_bytes(a: &[Article]) -> u64 {
    a.iter().map(|x| x.text().len() as u64).sum()
}

fn benches(c: &mut Criterion) {
    let config = Config::default();

    // the whole pipeline on the demo story
    let story = demo();
    let r = check(&story, &config).unwrap();
    assert!(r.findings.len() >= 5, "the demo story has findings");
    let mut g = c.benchmark_group("full");
    g.throughput(Throughput::Bytes(total_bytes(&story)));
    g.bench_function("demo_story", |b| b.iter(|| check(black_box(&story), &config).unwrap()));
    g.finish();

    // the whole pipeline on ~4 MB of generated news-like text
    let big = corpus(40, 100_000);
    let r = check(&big, &config).unwrap();
    assert!(r.claims.len() > 20_000, "generated corpus yields claims: {}", r.claims.len());
    assert!(!r.findings.is_empty());
    let mut g = c.benchmark_group("full");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(total_bytes(&big)));
    g.bench_function("generated_4mb", |b| b.iter(|| check(black_box(&big), &config).unwrap()));
    g.finish();

    // stages on one ~1 MB article
    let one = corpus(1, 1_000_000).pop().unwrap();
    let text = one.text();
    let doc = Document::new(text);
    let numbers = NumberParser::new();
    let times = TimeParser::new();
    let published = one.published_date();
    assert!(numbers.extract(&doc).len() > 5_000);
    assert!(times.extract(&doc, published).len() > 3_000);
    let mut g = c.benchmark_group("stage");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("text/1mb", |b| b.iter(|| Document::new(black_box(text))));
    g.bench_function("number/1mb", |b| b.iter(|| numbers.extract(black_box(&doc))));
    g.bench_function("time/1mb", |b| b.iter(|| times.extract(black_box(&doc), published)));
    let ex = ClaimExtractor::new();
    g.bench_function("claims/1mb", |b| b.iter(|| ex.try_extract(black_box(&one)).unwrap()));
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
