//! `crosscheck`: the command-line tool over the crosscheck library.
//!
//! ```text
//! crosscheck check [--format text|json|markdown] [--strict] [FILE...]
//! crosscheck extract [--strict] FILE...
//! crosscheck conformance
//! ```
//!
//! Exit codes: 0 success; 1 the analysis failed (a library error, such as
//! an input over a limit or a duplicate article id); 2 usage or input
//! error (bad flags, unreadable file, malformed JSON Lines line). A
//! malformed line is reported on stderr with its line number and the rest
//! of the input is still analysed and printed, unless `--strict` is given.

mod conformance;
mod input;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck::{Config, check};

const USAGE: &str = "\
crosscheck: find where news sources agree and contradict on figures and dates

USAGE:
    crosscheck check [--format text|json|markdown] [--strict] [FILE...]
    crosscheck extract [--strict] FILE...
    crosscheck conformance

COMMANDS:
    check        Analyse a story: every article's claims, and the findings
                 (agreement, compatible, contradiction, update) across them.
                 With no FILE, runs on the bundled demo story.
    extract      Print every article's normalized claims as JSON Lines, one
                 line per article, without comparing them.
    conformance  Read conformance cases (JSON Lines) on stdin and print the
                 mentions found, for ../shared/tools/score_conformance.py.

INPUT:
    A FILE ending in .jsonl or .json (or starting with '{' or '[') holds
    one article per line: {\"id\", \"outlet\", \"url\", \"published\", \"text\"},
    or one JSON document: an array of such articles, or a story object
    whose \"articles\" field is one.
    Any other FILE is one plain-text article whose id is the file name;
    it may start with header lines such as `date: 2025-12-27`,
    `outlet: AFP`, `url: ...`, `id: ...`, ended by a blank line.
    `-` reads standard input.

OPTIONS:
    --format FORMAT   text (default), json or markdown
    --strict          stop at the first malformed input line
    -h, --help        print this help
    -V, --version     print the version

EXIT STATUS:
    0 success, 1 the analysis failed, 2 usage or input error
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Markdown,
}

enum Command {
    Check { format: Format, strict: bool, files: Vec<PathBuf> },
    Extract { strict: bool, files: Vec<PathBuf> },
    Conformance,
    Help,
    Version,
}

fn parse_args() -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut command: Option<String> = None;
    let mut format = Format::Text;
    let mut strict = false;
    let mut files = Vec::new();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("strict") => strict = true,
            Long("format") | Short('f') => {
                let v = parser.value().map_err(|e| e.to_string())?;
                let v = v.to_string_lossy().to_lowercase();
                format = match v.as_str() {
                    "text" | "txt" => Format::Text,
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    other => {
                        return Err(format!(
                            "expected --format text, json or markdown, found `{other}`"
                        ));
                    }
                };
            }
            Value(v) if command.is_none() => command = Some(v.to_string_lossy().into_owned()),
            Value(v) => files.push(PathBuf::from(v)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    match command.as_deref() {
        None | Some("check") => Ok(Command::Check { format, strict, files }),
        Some("extract") => {
            if files.is_empty() {
                return Err(
                    "extract needs at least one FILE (or `-` for standard input)".to_owned()
                );
            }
            Ok(Command::Extract { strict, files })
        }
        Some("conformance") => Ok(Command::Conformance),
        Some("help") => Ok(Command::Help),
        Some(other) => {
            Err(format!("expected a command (check, extract, conformance), found `{other}`"))
        }
    }
}

fn main() -> ExitCode {
    // The library promises not to panic; should a bug break that promise,
    // say so in one line instead of printing a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let place =
            info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!(
            "crosscheck: internal error{place}; please report it with the input that caused it"
        );
    }));
    let cmd = match parse_args() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("crosscheck: {e}\n\nRun `crosscheck --help` for usage.");
            return ExitCode::from(2);
        }
    };
    match cmd {
        Command::Help => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("crosscheck {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Conformance => conformance::run(),
        Command::Check { format, strict, files } => run_check(format, strict, &files),
        Command::Extract { strict, files } => run_extract(strict, &files),
    }
}

/// Loads the input, reporting problems on stderr; `None` means stop.
fn load(files: &[PathBuf], strict: bool) -> (Option<Vec<crosscheck::Article>>, bool) {
    let loaded = if files.is_empty() { input::demo() } else { input::load(files, strict) };
    let had_errors = !loaded.errors.is_empty();
    for e in &loaded.errors {
        eprintln!("crosscheck: {e}");
    }
    if had_errors && strict {
        return (None, true);
    }
    (Some(loaded.articles), had_errors)
}

fn run_check(format: Format, strict: bool, files: &[PathBuf]) -> ExitCode {
    let (articles, had_errors) = load(files, strict);
    let Some(articles) = articles else { return ExitCode::from(2) };
    let report = match check(&articles, &Config::default()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("crosscheck: {e}");
            return ExitCode::from(1);
        }
    };
    let out = match format {
        Format::Text => report.to_text(),
        Format::Markdown => report.to_markdown(),
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("crosscheck: could not write the report as JSON: {e}");
                return ExitCode::from(1);
            }
        },
    };
    if let Err(e) = std::io::stdout().lock().write_all(out.as_bytes())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("crosscheck: could not write the report: {e}");
        return ExitCode::from(1);
    }
    if had_errors { ExitCode::from(2) } else { ExitCode::SUCCESS }
}

#[derive(serde::Serialize)]
struct ExtractLine<'a> {
    article: &'a str,
    outlet: Option<&'a str>,
    published: Option<crosscheck::Date>,
    claims: &'a [crosscheck::Claim],
    skipped: &'a [crosscheck::claim::Skipped],
}

fn run_extract(strict: bool, files: &[PathBuf]) -> ExitCode {
    let (articles, had_errors) = load(files, strict);
    let Some(articles) = articles else { return ExitCode::from(2) };
    let extractor = crosscheck::claim::ClaimExtractor::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for a in &articles {
        match extractor.try_extract(a) {
            Ok(ac) => {
                let line = ExtractLine {
                    article: a.id(),
                    outlet: a.outlet_name(),
                    published: a.published_date(),
                    claims: &ac.claims,
                    skipped: &ac.skipped,
                };
                match serde_json::to_string(&line) {
                    Ok(s) => {
                        if writeln!(out, "{s}").is_err() {
                            return ExitCode::from(1);
                        }
                    }
                    Err(e) => {
                        eprintln!("crosscheck: article `{}`: could not write JSON: {e}", a.id());
                        failed = true;
                    }
                }
            }
            Err(e) => {
                eprintln!("crosscheck: {e}");
                failed = true;
            }
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(1)
    } else if had_errors {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
