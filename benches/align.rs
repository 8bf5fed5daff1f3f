//! Alignment and comparison for one story of 1,000 and 10,000 generated
//! articles (claims extracted beforehand, not timed). See the
//! `align_scale` example for peak memory.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod story;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use crosscheck::align::{AlignConfig, align};
use crosscheck::claim::ClaimExtractor;
use crosscheck::compare::{CompareConfig, compare};

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("align+compare");
    g.sample_size(10);
    for n in [1_000usize, 10_000] {
        let articles = story::articles(n);
        let ex = ClaimExtractor::new();
        let claims: Vec<_> =
            articles.iter().flat_map(|a| ex.try_extract(a).unwrap().claims).collect();
        let groups = align(&claims, &AlignConfig::default());
        let findings = compare(&claims, &groups, &articles, &CompareConfig::default());
        assert!(claims.len() > 5 * n, "{} claims", claims.len());
        assert!(!findings.is_empty());
        g.bench_with_input(BenchmarkId::new("articles", n), &n, |b, _| {
            b.iter(|| {
                let groups = align(black_box(&claims), &AlignConfig::default());
                compare(&claims, &groups, &articles, &CompareConfig::default())
            })
        });
    }
    g.finish();
}

criterion_group!(align_benches, benches);
criterion_main!(align_benches);
