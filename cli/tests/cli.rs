//! The command-line tool: input formats, errors and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn tmp(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

#[test]
fn no_input_runs_the_demo_story() {
    let out = run(&["check"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("5 articles"), "{s}");
    assert!(
        s.contains("Contradictions") && s.contains("Updates") && s.contains("Agreements"),
        "{s}"
    );
}

#[test]
fn json_report_has_the_wire_fields() {
    let out = run(&["check", "--format", "json"], "");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    let f = &v["findings"][0];
    for k in ["kind", "confidence", "explanation", "claims"] {
        assert!(!f[k].is_null(), "missing {k}");
    }
    let c = &f["claims"][0];
    for k in ["article", "span", "quote"] {
        assert!(!c[k].is_null(), "missing {k}");
    }
}

#[test]
fn markdown_report() {
    let out = run(&["check", "--format", "markdown"], "");
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("# crosscheck report"));
}

#[test]
fn malformed_json_lines_are_reported_with_line_numbers_and_the_rest_is_processed() {
    let p = tmp(
        "mixed.jsonl",
        "{\"id\": \"a\", \"published\": \"2025-03-04\", \"text\": \"Police said 40 people died on Monday.\"}\n\
         {not json}\n\
         {\"id\": \"b\", \"published\": \"2025-03-04\", \"text\": \"Officials said 40 people died on Monday.\"}\n",
    );
    let out = run(&["check", p.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2), "input errors exit 2");
    let err = text(&out.stderr);
    assert!(err.contains("mixed.jsonl:2:"), "{err}");
    let s = text(&out.stdout);
    assert!(s.contains("2 articles"), "the good lines are still analysed: {s}");
    // --strict stops at the bad line
    let out = run(&["check", "--strict", p.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_dates_and_duplicate_ids_are_clear_errors() {
    let p =
        tmp("bad-date.jsonl", "{\"id\": \"a\", \"published\": \"27/12/2025\", \"text\": \"x\"}\n");
    let out = run(&["check", p.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("article `a`: field `published`"), "{}", text(&out.stderr));

    let p =
        tmp("dup.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}\n");
    let out = run(&["check", p.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1), "a library error exits 1");
    assert!(text(&out.stderr).contains("`a` more than once"), "{}", text(&out.stderr));
}

#[test]
fn unreadable_paths_and_bad_flags() {
    let dir = std::env::temp_dir();
    let out = run(&["check", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is a directory"), "{}", text(&out.stderr));

    let out = run(&["check", "/no/such/file.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read"));

    let out = run(&["check", "--format", "yaml"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("expected --format text, json or markdown"));

    let out = run(&["frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(!text(&out.stderr).contains("panicked"));
}

#[test]
fn invalid_utf8_is_an_input_error() {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("latin1.txt");
    std::fs::write(&p, b"40 people died in Bogot\xe1 on Monday.").unwrap();
    let out = run(&["check", p.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("expected UTF-8 text, found invalid bytes at offset 23"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn plain_text_files_with_headers_and_stdin() {
    let p = tmp(
        "wire.txt",
        "outlet: Wire\ndate: 2025-03-04\n\nAt least 40 people died in the flood on Monday, police said.\n",
    );
    let out = run(
        &["check", p.to_str().unwrap(), "-"],
        "date: 2025-03-04\n\nThe flood on Monday killed 43 people.\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("wire") && s.contains("stdin"), "{s}");
    assert!(s.contains("compatible"), "{s}");
}

#[test]
fn extract_prints_one_json_line_per_article() {
    let p = tmp(
        "two.jsonl",
        "{\"id\": \"a\", \"text\": \"3 dead.\"}\n{\"id\": \"b\", \"text\": \"Nothing.\"}\n",
    );
    let out = run(&["extract", p.to_str().unwrap()], "");
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> =
        text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["article"], "a");
    assert_eq!(lines[0]["claims"][0]["quote"], "3");
    assert_eq!(
        lines[1]["claims"].as_array().unwrap().len(),
        0,
        "articles without claims are still listed"
    );
}

#[test]
fn conformance_speaks_the_scorer_contract() {
    let input = "{\"id\": \"c1\", \"text\": \"He paid $3.5 million on 3 March\", \"reference\": \"2024-01-10T00:00:00\"}\n\
                 {\"id\": 7, \"text\": \"nothing here\", \"reference\": null}\n";
    let out = run(&["conformance"], input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> =
        text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    let m = lines[0]["matches"].as_array().unwrap();
    let money = m.iter().find(|x| x["dimension"] == "money").unwrap();
    assert_eq!((money["value"].as_f64(), money["unit"].as_str()), (Some(3.5e6), Some("USD")));
    let date = m.iter().find(|x| x["dimension"] == "date").unwrap();
    assert_eq!(date["start"], "2024-03-03");
    assert_eq!(lines[1]["id"], 7);
    assert!(run(&["conformance"], "").status.success());
}

#[test]
fn conformance_gives_an_age_in_years() {
    // crosscheck reads an age as a plain number; the contract's quantity
    // model wants it in years, and nothing else becomes one
    let input = "{\"id\": \"a\", \"text\": \"I'm only 29 years old!\", \"reference\": null}\n\
                 {\"id\": \"b\", \"text\": \"He won 29 races.\", \"reference\": null}\n";
    let out = run(&["conformance"], input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> =
        text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let quantity = |i: usize| -> Vec<serde_json::Value> {
        let m = lines[i]["matches"].as_array().unwrap();
        m.iter().filter(|x| x["dimension"] == "quantity").cloned().collect()
    };
    let age = quantity(0);
    assert_eq!(age.len(), 1, "{age:?}");
    assert_eq!((age[0]["value"].as_f64(), age[0]["unit"].as_str()), (Some(29.0), Some("year")));
    assert_eq!(age[0]["span"], "29 years old");
    assert!(quantity(1).is_empty());
}

#[test]
fn help_and_version() {
    let out = run(&["--help"], "");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("EXIT STATUS"));
    let out = run(&["--version"], "");
    assert!(text(&out.stdout).starts_with("crosscheck "));
}

#[test]
fn whole_json_documents_are_read_as_stories() {
    // a story object with an "articles" array, pretty-printed over many lines
    let story = r#"{
  "id": "s",
  "articles": [
    {"id": "a", "outlet": "A", "published": "2025-03-01",
     "text": "At least 40 people were killed in the blast on Friday."},
    {"id": "b", "outlet": "B", "published": "2025-03-01",
     "text": "The blast on Friday killed 43 people."}
  ],
  "claims": []
}"#;
    let p = tmp("story.json", story);
    let out = run(&["extract", p.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 2, "{}", text(&out.stdout));
    // a bare array of articles
    let arr = r#"[{"id": "a", "text": "Five people died."},
                  {"id": "b", "text": "Six people died."}]"#;
    let p = tmp("array.json", arr);
    let out = run(&["extract", p.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 2);
    // a bad element is named by its position, and the rest is processed
    let bad = r#"[{"id": "a", "text": "Five people died."}, {"id": "b"}]"#;
    let p = tmp("bad.json", bad);
    let out = run(&["extract", p.to_str().unwrap()], "");
    let err = text(&out.stderr);
    assert!(err.contains("bad.json: article 2:") && err.contains("`text`"), "{err}");
    assert_eq!(text(&out.stdout).lines().count(), 1);
}
