//! Findings rules written as small invented stories: a provisional figure
//! revised later is an update, an age in apposition contradicts another
//! age of the same person (and not one of somebody else), and one relation
//! is reported once.

use crosscheck::{Article, FindingKind};

use crate::util::{assert_citations_exact, findings_citing, run};

fn article(id: &str, published: &str, text: &str) -> Article {
    Article::new(id, text).outlet(id.to_uppercase()).published(published).unwrap()
}

#[test]
fn a_partial_count_revised_later_is_an_update() {
    let articles = [
        article(
            "a",
            "2025-05-05",
            "With 70% of ballots counted, the Green Party had 31.2% of the vote, the electoral commission said.",
        ),
        article(
            "b",
            "2025-05-08",
            "The Green Party won 32.5% of the vote, the electoral commission said in its final results.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(&r, FindingKind::Update, &[("a", "31.2%"), ("b", "32.5%")]);
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(up[0].explanation.contains("revised from 31.2% to 32.5%"), "{}", up[0].explanation);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("b", "32.5%")]).is_empty());
}

#[test]
fn a_figure_later_confirmed_at_another_level_is_an_update() {
    let articles = [
        article("a", "2025-05-05", "Turnout was 61.8%, the electoral commission said."),
        article("b", "2025-05-09", "Turnout was confirmed at 62.0%, the highest since 2009."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(&r, FindingKind::Update, &[("a", "61.8%"), ("b", "62.0%")]);
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("b", "62.0%")]).is_empty());
}

#[test]
fn a_precedent_is_not_the_story_s_own_event() {
    // "the deadliest since 2013, when 23 workers died": 23 is the toll of
    // 2013, not a rival of this fire's toll; both precedents agree
    let articles = [
        article("a", "2025-03-05", "At least 19 workers were killed in the fire, officials said."),
        article(
            "b",
            "2025-03-07",
            "The fire killed 19 workers. It is the deadliest industrial disaster since 2013, \
             when 23 workers died in a boiler explosion.",
        ),
        article("c", "2025-03-08", "The fire was the deadliest industrial disaster since 2013."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    for kind in [FindingKind::Contradiction, FindingKind::Update] {
        assert!(findings_citing(&r, kind, &[("b", "23")]).is_empty(), "{:#?}", r.findings);
    }
    let since =
        findings_citing(&r, FindingKind::Agreement, &[("b", "since 2013"), ("c", "since 2013")]);
    assert_eq!(since.len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_growing_count_of_the_rescued_is_an_update() {
    let articles = [
        article("a", "2026-02-11", "Rescuers had brought nine miners to the surface alive."),
        article(
            "b",
            "2026-02-12",
            "Rescuers pulled 12 more out overnight, bringing the number rescued to 21.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(&r, FindingKind::Update, &[("a", "nine"), ("b", "21")]);
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("a", "nine")]).is_empty());
}

#[test]
fn a_quoted_earlier_level_does_not_split_a_running_total() {
    // the blog quotes Monday's 1,800 hectares and gives Wednesday's 7,000:
    // both are the burned area, and 4,200 on Tuesday is between them
    let articles = [
        article("a", "2025-08-04", "The fire had burned 1,800 hectares by Monday morning."),
        article("b", "2025-08-05", "The fire has burned 4,200 hectares, the fire service said."),
        article(
            "c",
            "2025-08-08",
            "The first report read: \"The fire had burned 1,800 hectares by Monday morning.\" \
             The fire service said on Friday the fire had burned 7,000 hectares.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(
        &r,
        FindingKind::Update,
        &[("b", "4,200 hectares"), ("c", "7,000 hectares")],
    );
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("b", "4,200 hectares")]).is_empty());
}

#[test]
fn a_later_arrest_of_another_suspect_is_an_update() {
    let articles = [
        article("a", "2025-08-07", "Police arrested a third suspect on Wednesday."),
        article("b", "2025-08-09", "Police arrested a fourth suspect on Friday."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(&r, FindingKind::Update, &[("a", "third"), ("b", "fourth")]);
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("a", "third")]).is_empty());
}

#[test]
fn a_first_stage_below_the_planned_total_is_no_fall() {
    // the ceasefire story: 1,500 prisoners and 60 soldiers to be freed in
    // four stages, then 412 and 20 in the first exchange
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/stories/halvar-ceasefire.json");
    let story: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let articles: Vec<Article> =
        story["articles"].as_array().unwrap().iter().map(crate::util::article_from_json).collect();
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    for (plan, done) in [("1,500", "412"), ("60", "20")] {
        let fell = findings_citing(&r, FindingKind::Contradiction, &[("F2", plan), ("F3", done)]);
        assert!(fell.is_empty(), "{plan} / {done}: {:#?}", r.findings);
    }
}

#[test]
fn two_ages_of_one_person_contradict() {
    let articles = [
        article(
            "c",
            "2025-05-08",
            "Police said the suspect, Arno Kowalczyk, 41, was arrested on Monday.",
        ),
        article(
            "d",
            "2025-05-09",
            "The suspect, Arno Kowalczik, 44, appeared in court on Friday, police said.",
        ),
    ];
    let r = run(&articles);
    let c = findings_citing(&r, FindingKind::Contradiction, &[("c", "41"), ("d", "44")]);
    assert_eq!(c.len(), 1, "{:#?}", r.findings);
    // a surname written with and without its particle is one person
    let articles = [
        article(
            "e",
            "2025-05-22",
            "The court also fined El-Amrani, 61, and barred him from office.",
        ),
        article("f", "2025-05-23", "Hamid Elamrani, 62, was led from the courtroom in handcuffs."),
    ];
    let r = run(&articles);
    let c = findings_citing(&r, FindingKind::Contradiction, &[("e", "61"), ("f", "62")]);
    assert_eq!(c.len(), 1, "{:#?}", r.findings);
}

#[test]
fn ages_of_different_or_unnamed_people_do_not_contradict() {
    let articles = [
        article(
            "h",
            "2025-08-04",
            "Police detained a 63-year-old farmer on Sunday over the fire. Governor Ana Ruiz, 58, visited the area.",
        ),
        article(
            "i",
            "2025-08-08",
            "Police arrested a fourth suspect on Friday, a 19-year-old student. Ruiz, who turned 59 in June, called for calm.",
        ),
    ];
    let r = run(&articles);
    let unnamed = findings_citing(&r, FindingKind::Contradiction, &[("i", "19-year-old")]);
    assert!(unnamed.is_empty(), "{unnamed:#?}");
    // the same person, named beside a birthday, still disagrees
    let named = findings_citing(&r, FindingKind::Contradiction, &[("h", "58"), ("i", "59")]);
    assert_eq!(named.len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_toll_lowered_from_a_level_is_dated_before_the_change() {
    let articles = [
        article(
            "j",
            "2026-04-14",
            "The ministry said 318 people had been killed in the earthquake.",
        ),
        article(
            "k",
            "2026-04-15",
            "The ministry lowered the death toll to 301 from 318 after finding duplicate records.",
        ),
        article(
            "l",
            "2026-04-16",
            "The ministry said 334 people had been killed in the earthquake.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let from = r.claims.iter().find(|c| c.citation.article == "k" && c.citation.quote == "318");
    let from = from.expect("the earlier level is a claim");
    assert!(from.scope.earlier, "{from:#?}");
    assert_eq!(from.as_of.map(|d| d.to_string()).as_deref(), Some("2026-04-14"));
    // the earlier level agrees with the day it stood; the fall contradicts
    // it; the next rise is an update
    let same = findings_citing(&r, FindingKind::Agreement, &[("j", "318"), ("k", "318")]);
    assert_eq!(same.len(), 1, "{:#?}", r.findings);
    let fell = findings_citing(&r, FindingKind::Contradiction, &[("k", "301")]);
    assert_eq!(fell.len(), 1, "{:#?}", r.findings);
    let rose = findings_citing(&r, FindingKind::Update, &[("k", "301"), ("l", "334")]);
    assert_eq!(rose.len(), 1, "{:#?}", r.findings);
}

#[test]
fn findings_stay_linear_in_values_and_sources() {
    // forty outlets: two rival figures, and forty different "outlet N"
    // numbers that the aligner groups as one measure
    let texts: Vec<(String, String)> = (0..40)
        .map(|i| {
            let n = if i % 2 == 0 { 120 } else { 135 };
            let text =
                format!("The ferry was carrying {n} passengers when it capsized, outlet {i} said.");
            (format!("o{i}"), text)
        })
        .collect();
    let articles: Vec<Article> =
        texts.iter().map(|(id, text)| article(id, "2026-03-10", text)).collect();
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let c: Vec<_> = r.findings.iter().filter(|f| f.kind == FindingKind::Contradiction).collect();
    // every pair of the forty numbers would be 780 findings
    assert!(c.len() < 2 * articles.len(), "{} contradictions", c.len());
    let rival = findings_citing(&r, FindingKind::Contradiction, &[("o0", "120"), ("o1", "135")]);
    assert_eq!(rival.len(), 1, "{rival:#?}");
}

#[test]
fn one_relation_is_reported_once() {
    let articles = [
        article("e", "2025-03-05", "The fire killed 19 workers, the fire service said."),
        article("f", "2025-03-06", "The fire killed 19 workers, officials said on Thursday."),
        article("g", "2025-03-07", "Officials said 19 workers were killed in the fire."),
    ];
    let r = run(&articles);
    let mut seen = std::collections::BTreeSet::new();
    for f in &r.findings {
        assert!(seen.insert((f.kind, f.members.clone())), "twice: {:#?}", r.findings);
    }
}

#[test]
fn a_higher_tally_as_of_a_later_time_is_an_update() {
    // a count of lenders on Thursday, a tally "by Friday morning": the
    // tally grew, the two do not contradict
    let articles = [
        article(
            "a",
            "2026-09-17",
            "Four lenders said on Thursday that they would raise their mortgage rates.",
        ),
        article(
            "b",
            "2026-09-18",
            "Nine lenders had raised mortgage rates by Friday morning, according to a tally by the \
             newspaper.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(&r, FindingKind::Update, &[("a", "Four"), ("b", "Nine")]);
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("b", "Nine")]).is_empty());
}

#[test]
fn a_figure_said_to_hold_now_revises_an_earlier_one() {
    let articles = [
        article("a", "2026-04-12", "The minister said 600 soldiers had been sent to the region."),
        article("b", "2026-04-14", "There are now 1,500 soldiers in the region, the army said."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let up = findings_citing(&r, FindingKind::Update, &[("a", "600"), ("b", "1,500")]);
    assert_eq!(up.len(), 1, "{:#?}", r.findings);
    assert!(findings_citing(&r, FindingKind::Contradiction, &[("b", "1,500")]).is_empty());
}

#[test]
fn rival_estimates_an_article_sets_side_by_side_contradict_across_articles() {
    // the crowd counts of police and organisers, reported apart by one
    // outlet each and side by side by a third
    let articles = [
        article(
            "a",
            "2026-05-02",
            "About 12,000 people marched through Dorvan on Friday, police said.",
        ),
        article(
            "b",
            "2026-05-02",
            "Organisers put the turnout at 30,000 for the march in Dorvan on Friday.",
        ),
        article(
            "c",
            "2026-05-03",
            "On Friday police counted 12,000 marchers in Dorvan. The organisers counted 30,000.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    // police against organisers, once, whichever outlet's 30,000 it cites
    let rival = |x: &str| {
        findings_citing(&r, FindingKind::Contradiction, &[("a", "About 12,000"), (x, "30,000")])
            .len()
    };
    assert_eq!(rival("b") + rival("c"), 1, "{:#?}", r.findings);
    // each article's figure agrees with the same source's figure in the third
    let agree = |x: (&str, &str), y: (&str, &str)| {
        findings_citing(&r, FindingKind::Agreement, &[x, y]).len()
            + findings_citing(&r, FindingKind::Compatible, &[x, y]).len()
    };
    assert_eq!(agree(("b", "30,000"), ("c", "30,000")), 1, "{:#?}", r.findings);
}

#[test]
fn another_source_s_later_figure_is_no_revision() {
    let articles = [
        article(
            "a",
            "2026-09-17",
            "The bank estimates that about 1.2 million households have variable-rate mortgages.",
        ),
        article(
            "b",
            "2026-09-18",
            "The bankers' association said on Thursday that 1.5 million households are on variable-rate loans.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let pair = [("a", "about 1.2 million"), ("b", "1.5 million")];
    assert_eq!(
        findings_citing(&r, FindingKind::Contradiction, &pair).len(),
        1,
        "{:#?}",
        r.findings
    );
    assert!(findings_citing(&r, FindingKind::Update, &pair).is_empty(), "{:#?}", r.findings);
}

#[test]
fn each_wording_of_a_figure_is_its_own_finding() {
    // two reports state 61.8% as written; a third rounds it, a fourth
    // gives a loose fraction: each rounding is compatible with the
    // figure on its own, with its own confidence, and the agreement cites
    // only the equal figures
    let articles = [
        article(
            "a",
            "2025-10-20",
            "Turnout in the election was 61.8%, the electoral commission said.",
        ),
        article(
            "b",
            "2025-10-20",
            "The electoral commission put turnout in the election at 61.8%.",
        ),
        article("c", "2025-10-21", "Nearly 62 percent of voters turned out in the election."),
        article("d", "2025-10-21", "Roughly three in five voters turned out in the election."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let equal = findings_citing(&r, FindingKind::Agreement, &[("a", "61.8%"), ("b", "61.8%")]);
    assert_eq!(equal.len(), 1, "{:#?}", r.findings);
    assert_eq!(equal[0].claims.len(), 2, "{:#?}", equal[0]);
    let rounded = findings_citing(&r, FindingKind::Compatible, &[("c", "Nearly 62 percent")]);
    assert_eq!(rounded.len(), 1, "{:#?}", r.findings);
    assert_eq!(rounded[0].claims.len(), 2, "{:#?}", rounded[0]);
    let loose = findings_citing(&r, FindingKind::Compatible, &[("d", "Roughly three in five")]);
    assert_eq!(loose.len(), 1, "{:#?}", r.findings);
    assert!(!loose[0].claims.iter().any(|c| c.citation.article == "c"), "{:#?}", loose[0]);
}

#[test]
fn a_whole_percent_is_a_rounded_share_of_the_same_period() {
    // "57 percent four years ago" and "57.3% in 2021" are one figure of
    // one year, rounded; "62.0%" states its decimal and is not 61.8%
    let articles = [
        article(
            "a",
            "2025-10-20",
            "Turnout was 61.8%, up from 57.3% at the previous election in 2021.",
        ),
        article(
            "b",
            "2025-10-21",
            "Roughly three in five voters turned out, up from 57 percent four years ago.",
        ),
        article("c", "2025-10-31", "Final turnout was confirmed at 62.0%."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let rounded =
        findings_citing(&r, FindingKind::Compatible, &[("a", "57.3%"), ("b", "57 percent")]);
    assert_eq!(rounded.len(), 1, "{:#?}", r.findings);
    for kind in [FindingKind::Agreement, FindingKind::Compatible] {
        assert!(findings_citing(&r, kind, &[("a", "61.8%"), ("c", "62.0%")]).is_empty());
    }
}

#[test]
fn tons_and_tonnes_are_one_figure() {
    let articles = [
        article("a", "2025-06-01", "The deal lets in 200,000 tonnes of beef a year tax-free."),
        article(
            "b",
            "2025-06-02",
            "Under the deal, 200,000 tons of beef a year will enter tax-free.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let f = findings_citing(
        &r,
        FindingKind::Agreement,
        &[("a", "200,000 tonnes"), ("b", "200,000 tons")],
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
}

#[test]
fn vote_tallies_agree_and_contradict_side_by_side() {
    let articles = [
        article(
            "a",
            "2025-06-27",
            "The Supreme Court ruled 5-4 on Friday to uphold the state law.",
        ),
        article(
            "b",
            "2025-06-27",
            "In a 6-3 decision on Friday, the Supreme Court upheld the state law.",
        ),
        article("c", "2025-06-28", "The justices voted 5-4 to uphold the law on Friday."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let agree = findings_citing(&r, FindingKind::Agreement, &[("a", "5"), ("c", "5")]);
    assert_eq!(agree.len(), 1, "{:#?}", r.findings);
    let against = findings_citing(&r, FindingKind::Agreement, &[("a", "4"), ("c", "4")]);
    assert_eq!(against.len(), 1, "{:#?}", r.findings);
    let rival = findings_citing(&r, FindingKind::Contradiction, &[("a", "5"), ("b", "6")]);
    assert_eq!(rival.len(), 1, "{:#?}", r.findings);
    // the majority never meets the minority
    for kind in [FindingKind::Agreement, FindingKind::Contradiction] {
        assert!(findings_citing(&r, kind, &[("a", "5"), ("b", "3")]).is_empty());
    }
}

#[test]
fn an_ordinal_meets_the_count_of_its_own_noun() {
    // "a third suspect" arrested is three suspects held; the rise to a
    // fourth cites the level as first reported too
    let articles = [
        article("a", "2025-08-07", "Police arrested a third suspect on Wednesday."),
        article("b", "2025-08-08", "Police have now detained three suspects over the fire."),
        article("c", "2025-08-09", "Police arrested a fourth suspect on Friday."),
        article(
            "d",
            "2025-08-09",
            "The second phase of the inquiry pits the two sides against each other.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let same = findings_citing(&r, FindingKind::Agreement, &[("a", "third"), ("b", "three")]);
    assert_eq!(same.len(), 1, "{:#?}", r.findings);
    let rise = findings_citing(
        &r,
        FindingKind::Update,
        &[("a", "third"), ("b", "three"), ("c", "fourth")],
    );
    assert_eq!(rise.len(), 1, "{:#?}", r.findings);
    assert!(r.findings.iter().all(|f| !f.claims.iter().any(|c| c.citation.quote == "two")));
}

#[test]
fn figures_orders_of_magnitude_apart_are_two_measures() {
    // the trial's length and the verdict's reading share a class and
    // names, but no one reports them as rival figures
    let articles = [
        article(
            "a",
            "2025-05-22",
            "The trial of Karim Osei in Velmora, which began in March 2024, lasted 14 months.",
        ),
        article(
            "b",
            "2025-05-22",
            "In Velmora, judges took four hours on Thursday to read out the verdict in the trial \
             of Karim Osei.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let two = [("a", "14 months"), ("b", "four hours")];
    assert!(findings_citing(&r, FindingKind::Contradiction, &two).is_empty(), "{:#?}", r.findings);
}

#[test]
fn a_running_total_may_grow_by_orders_of_magnitude() {
    let articles = [
        article("c", "2025-05-20", "Cholera cases in the province have reached 12 so far."),
        article("d", "2025-05-23", "Cholera cases in the province have reached 300 so far."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let grew = findings_citing(&r, FindingKind::Update, &[("c", "12"), ("d", "300")]);
    assert_eq!(grew.len(), 1, "{:#?}", r.findings);
}

#[test]
fn the_time_scopes_of_one_figure_date_one_thing() {
    // the two turnouts of the previous election align, so their dates do,
    // however differently worded
    let articles = [
        article(
            "a",
            "2025-10-20",
            "Turnout was 61.8%, up from 57.3% at the previous election in 2021.",
        ),
        article(
            "b",
            "2025-10-21",
            "Roughly three in five voters turned out, up from 57 percent four years ago.",
        ),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let dates = [("a", "2021"), ("b", "four years ago")];
    assert_eq!(findings_citing(&r, FindingKind::Compatible, &dates).len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_round_lower_bound_rises_only_past_its_next_round_figure() {
    // "more than 18,000" is written for a toll under 19,000: "at least
    // 18,500" later is the same toll, not a rise
    let articles = [
        article("a", "2025-01-10", "The war has killed more than 18,000 people, officials said."),
        article("b", "2025-01-12", "The war has killed at least 18,500 people, officials said."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let pair = [("a", "more than 18,000"), ("b", "at least 18,500")];
    assert!(findings_citing(&r, FindingKind::Update, &pair).is_empty(), "{:#?}", r.findings);
    assert_eq!(findings_citing(&r, FindingKind::Compatible, &pair).len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_toll_past_the_next_round_figure_of_a_bound_rose() {
    let articles = [
        article("a", "2025-01-10", "The floods have killed more than 40 people, officials said."),
        article("b", "2025-01-12", "The floods have killed 52 people, officials said."),
    ];
    let r = run(&articles);
    assert_citations_exact(&articles, &r);
    let pair = [("a", "more than 40"), ("b", "52")];
    assert_eq!(findings_citing(&r, FindingKind::Update, &pair).len(), 1, "{:#?}", r.findings);
}
