#!/usr/bin/env python3
"""Leave-one-story-out evaluation of crosscheck's findings.

Usage: tools/loso.py [STORY.json ...]   (default: tests/stories/*.json and
                                          ../shared/samples/gold.json)

The same-measure model of src/align.rs is fitted on labelled stories (tools/fit_models.py
align). Scoring it on the stories it was fitted on would flatter it, so this script
estimates how it does on a story it has never seen: for each story in turn it fits the
alignment weights (WEIGHTS) on all the other stories, writes them into src/align.rs, builds the CLI,
and scores the held-out story with ../shared/tools/eval_findings.py. The counts of all
folds are summed into one recall and precision per kind of finding. src/align.rs is
restored at the end (also on error or Ctrl-C).

Environment: DROP=3,13 zeroes those features (to measure what a feature is worth);
THR=0.3 overrides AlignConfig::min_same_probability for the run; REFIT_WV=1 fits the
value-blind model (WEIGHTS_WITHOUT_VALUES) on the other stories too, instead of keeping
the shipped one.

Takes about a minute per story on two cores (one release build each).
"""
import json, os, re, signal, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import fit_models as fm  # noqa: E402

ALIGN = os.path.join(ROOT, "src", "align.rs")
EVAL = os.path.join(ROOT, "..", "shared", "tools", "eval_findings.py")


def fmt(w):
    return "[\n    " + ", ".join("%.2f" % x for x in w) + ",\n]"


def patch(src, w, wv):
    s = re.sub(r"pub const WEIGHTS: \[f64; FEATURES\] = \[[^\]]*\]",
               "pub const WEIGHTS: [f64; FEATURES] = " + fmt(w), src)
    return re.sub(r"pub const WEIGHTS_WITHOUT_VALUES: \[f64; FEATURES\] = \[[^\]]*\]",
                  "pub const WEIGHTS_WITHOUT_VALUES: [f64; FEATURES] = " + fmt(wv), s)


def main():
    files = sys.argv[1:] or sorted(
        os.path.join(ROOT, "tests", "stories", f)
        for f in os.listdir(os.path.join(ROOT, "tests", "stories")) if f.endswith(".json")
    ) + [os.path.join(ROOT, "..", "shared", "samples", "gold.json")]
    drop = [int(x) for x in os.environ.get("DROP", "").split(",") if x]
    rows = {f: fm.labelled_pairs(f) for f in files}
    for f in rows:
        for x, _ in rows[f]:
            for i in drop:
                x[i] = 0.0
    src = open(ALIGN).read()
    # the value-blind model (WEIGHTS_WITHOUT_VALUES) is kept as shipped: see
    # src/align.rs for why it is not refitted on every story
    m = re.search(r"pub const WEIGHTS_WITHOUT_VALUES: \[f64; FEATURES\] = \[([^\]]*)\]", src)
    shipped_wv = [float(x) for x in m.group(1).replace("\n", " ").split(",") if x.strip()]
    thr = os.environ.get("THR")
    base = src.replace("min_same_probability: 0.4,", f"min_same_probability: {thr},") if thr else src
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    total, not_comparable = {}, 0
    try:
        for held in files:
            train = [r for f in files if f != held for r in rows[f]]
            w = fm.fit(train, fm.PRIOR, fm.PRIOR_SD)
            if os.environ.get("REFIT_WV"):
                wv = fm.fit([(fm.without_values(x), y) for x, y in train], fm.PRIOR_WITHOUT_VALUES, fm.PRIOR_SD)
            else:
                wv = list(shipped_wv)
            for i in drop:
                w[i] = wv[i] = 0.0
            open(ALIGN, "w").write(patch(base, w, wv))
            subprocess.run(["cargo", "build", "-q", "--release", "-p", "crosscheck-cli"], cwd=ROOT, check=True)
            out = os.path.join(ROOT, "target", "loso_fold.json")
            subprocess.run([sys.executable, EVAL, "--cmd", os.path.join(ROOT, "target", "release", "crosscheck"),
                            held, "--json", out], capture_output=True, check=True)
            d = json.load(open(out))
            line = [os.path.basename(held)]
            for k, v in d["summary"].items():
                t = total.setdefault(k, {"tp": 0, "pred": 0, "gold": 0, "found": 0})
                for x in t:
                    t[x] += v.get(x, 0) or 0
                line.append(f"{k} {v['found']}/{v['gold']} found, {v['tp']}/{v['pred']} right")
            not_comparable += d["on_not_comparable"]
            print("; ".join(line), flush=True)
    finally:
        open(ALIGN, "w").write(src)
    print(f"{'kind':<14} {'recall':>16} {'precision':>16}")
    for k, t in total.items():
        r = f"{t['found'] / t['gold']:.2f} ({t['found']}/{t['gold']})" if t["gold"] else "-"
        p = f"{t['tp'] / t['pred']:.2f} ({t['tp']}/{t['pred']})" if t["pred"] else "-"
        print(f"{k:<14} {r:>16} {p:>16}")
    print(f"contradictions reported on not-comparable gold: {not_comparable}")


if __name__ == "__main__":
    main()
