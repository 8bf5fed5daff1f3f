#!/usr/bin/env python3
"""Explains findings errors on labelled stories: false findings (touching no
gold finding of their kind), missed gold findings, and for each missed gold
finding, which of its claims crosscheck extracted and with what measure.

Usage: scripts/findings_report.py BINARY STORY.json [...]
"""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../shared/tools"))
from eval_findings import score_story, locate, family, counted  # noqa

binary, paths = sys.argv[1], sys.argv[2:]
for path in paths:
    gold = json.load(open(path))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for a in gold["articles"]:
            f.write(json.dumps({k: a.get(k) for k in ("id", "outlet", "url", "published", "text")}) + "\n")
    rep = json.loads(subprocess.run([binary, "check", "--format", "json", f.name], capture_output=True, text=True).stdout)
    os.unlink(f.name)
    s = score_story(gold, rep)
    texts = {a["id"]: a["text"].encode() for a in gold["articles"]}
    gr = [(c["article"], locate(texts[c["article"]], c["quote"])) for c in gold["claims"]]
    print(f"\n##### {os.path.basename(path)}")
    for p, f in zip(s["pred"], rep["findings"]):
        if p["verdict"] != "tp":
            print(f"  FALSE {p['kind']:13} {p['confidence']:.2f} [{p['verdict']}{'/'+str(p['conflicts']) if p['conflicts'] else ''}] {f['explanation'][:230]}")
    for gi, g in enumerate(gold["findings"]):
        if not s["counted"][gi] or s["gold_hit"][gi]:
            continue
        print(f"  MISSED {g['kind']:12} {g['confidence']:.2f}: {g['why'][:150]}")
        for ci in g["claims"]:
            art, r = gr[ci]
            pc = [c for c in rep["claims"] if c["article"] == art and r and c["span"][0] < r[1] and c["span"][1] > r[0]]
            desc = "; ".join(f"{c['quote']!r} class={c['measure']['class']} head={c['measure']['head']} val={json.dumps(c['value'])[:60]}" for c in pc) or "NOT EXTRACTED"
            print(f"      {art} {gold['claims'][ci]['quote']!r}: {desc}")
