//! Times alignment and comparison of one generated story at several sizes
//! and prints the process's peak memory: `cargo run --release --example
//! align_scale -- 1000 10000`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "../benches/story.rs"]
mod story;

use std::time::Instant;

use crosscheck::align::{AlignConfig, align};
use crosscheck::claim::ClaimExtractor;
use crosscheck::compare::{CompareConfig, compare};

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1_000, 10_000] } else { sizes };
    for n in sizes {
        let articles = story::articles(n);
        let ex = ClaimExtractor::new();
        let t = Instant::now();
        let claims: Vec<_> =
            articles.iter().flat_map(|a| ex.try_extract(a).unwrap().claims).collect();
        let t_extract = t.elapsed();
        let t = Instant::now();
        let groups = align(&claims, &AlignConfig::default());
        let t_align = t.elapsed();
        let t = Instant::now();
        let findings = compare(&claims, &groups, &articles, &CompareConfig::default());
        let t_compare = t.elapsed();
        println!(
            "{n:>6} articles, {:>7} claims: extract {:>7.1} ms, align {:>7.1} ms, compare {:>7.1} ms; {} groups, {} findings; peak RSS {} KiB",
            claims.len(),
            t_extract.as_secs_f64() * 1e3,
            t_align.as_secs_f64() * 1e3,
            t_compare.as_secs_f64() * 1e3,
            groups.len(),
            findings.len(),
            peak_rss_kib().unwrap_or(0)
        );
    }
}
