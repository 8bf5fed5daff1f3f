#!/usr/bin/env python3
"""Validate the labelled multi-article stories in this folder (standard library only).

Usage: python3 tests/stories/validate.py [FILE.json ...]   (default: every *.json next to this script)

Hard checks (errors, exit status 1):
  * top level {"id","topic","articles","claims","findings"}; 3-6 articles of 120-450 words,
    unique ids, "published" a valid YYYY-MM-DD date, "url" null or a string, paragraphs split by "\\n\\n";
  * every claim: known article, non-empty "quote" that is a substring of that article's text,
    kind in count|ordinal|percent|money|quantity|date|duration, numbers or null in value/lower/upper
    with lower <= value <= upper, "date" a valid ISO date (date claims need date and grain,
    other kinds need a value or a bound, durations need a grain), qualifier from a fixed list;
  * a date claim whose quote names a weekday (and no "later"/"earlier"/...) must resolve to that weekday,
    and one whose quote spells "Month D" / "D Month" / a four-digit year must agree with them;
  * every finding: kind in agreement|contradiction|update|not_comparable, >= 2 distinct valid claim
    indices, 0 <= confidence <= 1, a non-empty "why"; claims from at least two articles unless it is
    an intra-article agreement; an update must span articles published on different days;
  * coverage: every digit run and every number/date word (zero, one, dozen, half, third, Monday, March,
    week, ...) in an article must fall inside the first occurrence of one of that article's claim
    quotes, or inside a phrase listed in NOT_CLAIMS below (names, idioms, "one of", ...).
Warnings (printed, not fatal): a quote occurring more than once in its article (the scorer uses the
first occurrence), overlapping quotes of two claims in one article.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

KINDS = {"count", "ordinal", "percent", "money", "quantity", "date", "duration"}
FKINDS = {"agreement", "contradiction", "update", "not_comparable"}
QUALIFIERS = {None, "approx", "lower_bound", "upper_bound", "range", "vague"}
GRAINS = {"day", "week", "weekend", "month", "mid_month", "end_of_month", "quarter", "year", "end_of_year",
          "end_of_week", "holiday", "hour", "minute", "second", "season", "decade"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
              "nov": 11, "dec": 12}
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion billions trillion dozen dozens half halves quarter quarters "
    "third thirds fifths first second fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "twice double doubled triple tripled today yesterday tomorrow tonight weekend weekday weekdays "
    "day days week weeks month months year years hour hours decade decades fortnight"
).split()
# Phrases in the articles that contain a number/date word but are not claims (names, idioms, ...).
# Keyed by story file name without .json; "*" applies to every story.
NOT_CLAIMS = {
    "*": ["one of the"],
    "orsa-floods": ["Europe Today", "every weekday"],
}
LATER_WORDS = re.compile(r"\b(later|earlier|after|before|following|previous|next|last)\b", re.I)


def iso(s):
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def is_num(x):
    return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool))


def check_date_text(quote, d, grain):
    """Consistency of a resolved date with what its quote spells out. Returns an error string or None."""
    q = quote.lower()
    if grain == "day":
        days = [w for w in WEEKDAYS if re.search(r"\b%s\b" % w, q)]
        if len(days) == 1 and not LATER_WORDS.search(q) and d.weekday() != WEEKDAYS.index(days[0]):
            return f"{days[0]} but {d.isoformat()} is a {WEEKDAYS[d.weekday()]}"
        m = re.search(r"\b(%s)\.? (\d{1,2})\b" % "|".join(MONTHS + list(MONTH_ABBR)), q) or None
        m2 = re.search(r"\b(\d{1,2}) (%s)\b" % "|".join(MONTHS), q)
        for mon, day in ([(m.group(1), m.group(2))] if m else []) + ([(m2.group(2), m2.group(1))] if m2 else []):
            mn = MONTHS.index(mon) + 1 if mon in MONTHS else MONTH_ABBR[mon]
            if (d.month, d.day) != (mn, int(day)):
                return f"quote says {mon} {day} but date is {d.isoformat()}"
    years = re.findall(r"\b(20\d\d|19\d\d)\b", q)
    if len(years) == 1 and grain in ("day", "month", "year", "quarter") and not LATER_WORDS.search(q) \
            and d.year != int(years[0]):
        return f"quote says {years[0]} but date is {d.isoformat()}"
    return None


def word_spans(text):
    for m in re.finditer(r"\d+(?:[.,:]\d+)*", text):
        yield m.start(), m.end(), m.group()
    pat = r"\b(%s)\b" % "|".join(NUMBER_WORDS + WEEKDAYS + MONTHS)
    for m in re.finditer(pat, text, re.I):
        w = m.group()
        if w == "may" or (w.lower() in MONTHS and w[0].islower()):
            continue  # the modal verb "may"; lower-case month names do not occur as dates here
        yield m.start(), m.end(), w


def validate(path):
    errs, warns = [], []
    name = os.path.basename(path)[:-5]
    try:
        s = json.load(open(path, encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        return [f"cannot read: {e}"], []
    if set(s) != {"id", "topic", "articles", "claims", "findings"}:
        errs.append(f"top-level keys {sorted(s)}")
    for k in ("id", "topic"):
        if not isinstance(s.get(k), str) or not s.get(k):
            errs.append(f"{k} must be a non-empty string")
    arts = s.get("articles") or []
    if not 3 <= len(arts) <= 6:
        errs.append(f"{len(arts)} articles (want 3-6)")
    texts, pub = {}, {}
    for a in arts:
        aid = a.get("id")
        if not isinstance(aid, str) or aid in texts:
            errs.append(f"article id {aid!r} missing or duplicated")
            continue
        for k in ("outlet", "text"):
            if not isinstance(a.get(k), str) or not a[k]:
                errs.append(f"article {aid}: {k} must be a non-empty string")
        if a.get("url") is not None and not isinstance(a.get("url"), str):
            errs.append(f"article {aid}: url must be null or a string")
        if iso(a.get("published")) is None:
            errs.append(f"article {aid}: published {a.get('published')!r} is not YYYY-MM-DD")
        t = a.get("text") or ""
        texts[aid], pub[aid] = t, iso(a.get("published"))
        n = len(t.split())
        if not 120 <= n <= 450:
            errs.append(f"article {aid}: {n} words (want 120-450)")
        if "\n\n" not in t or "\n\n\n" in t or t != t.strip():
            errs.append(f"article {aid}: paragraphs must be separated by exactly one blank line")
    claims = s.get("claims") or []
    ranges = {aid: [] for aid in texts}
    for i, c in enumerate(claims):
        tag = f"claim {i}"
        aid, q = c.get("article"), c.get("quote")
        if aid not in texts:
            errs.append(f"{tag}: unknown article {aid!r}")
            continue
        if not isinstance(q, str) or not q:
            errs.append(f"{tag}: empty quote")
            continue
        pos = texts[aid].find(q)
        if pos < 0:
            errs.append(f"{tag}: quote not in article {aid}: {q!r}")
            continue
        if texts[aid].count(q) > 1:
            warns.append(f"{tag}: quote {q!r} occurs {texts[aid].count(q)} times in {aid}; the first is scored")
        ranges[aid].append((pos, pos + len(q), i))
        kind = c.get("kind")
        if kind not in KINDS:
            errs.append(f"{tag}: kind {kind!r}")
        for k in ("value", "lower", "upper"):
            if not is_num(c.get(k)):
                errs.append(f"{tag}: {k} must be a number or null")
        v, lo, hi = c.get("value"), c.get("lower"), c.get("upper")
        if all(is_num(x) for x in (v, lo, hi)):
            if lo is not None and v is not None and lo > v or hi is not None and v is not None and v > hi \
                    or lo is not None and hi is not None and lo > hi:
                errs.append(f"{tag}: bounds out of order ({lo}, {v}, {hi})")
        if c.get("qualifier") not in QUALIFIERS:
            errs.append(f"{tag}: qualifier {c.get('qualifier')!r}")
        if not isinstance(c.get("measures"), str) or not c["measures"].strip():
            errs.append(f"{tag}: measures must be a non-empty string")
        g = c.get("grain")
        if g is not None and g not in GRAINS:
            errs.append(f"{tag}: grain {g!r}")
        if kind == "date":
            d = iso(c.get("date"))
            if d is None or g is None:
                errs.append(f"{tag}: date claim needs an ISO date and a grain")
            else:
                bad = check_date_text(q, d, g)
                if bad:
                    errs.append(f"{tag}: {q!r}: {bad}")
                if g == "month" and d.day != 1 or g == "year" and (d.month, d.day) != (1, 1) \
                        or g == "week" and d.weekday() != 0:
                    errs.append(f"{tag}: {g} grain must be anchored at its start ({d})")
        else:
            if c.get("date") is not None:
                errs.append(f"{tag}: only date claims carry a date")
            if v is None and lo is None and hi is None:
                errs.append(f"{tag}: {kind} claim needs a value or a bound")
            if kind == "duration" and g is None:
                errs.append(f"{tag}: duration needs a grain (its unit)")
        if kind in ("money", "quantity") and not c.get("unit"):
            errs.append(f"{tag}: {kind} claim needs a unit")
    for aid, rs in ranges.items():
        rs.sort()
        for (s1, e1, i1), (s2, e2, i2) in zip(rs, rs[1:]):
            if s2 < e1:
                warns.append(f"claims {i1} and {i2} overlap in {aid}")
    # coverage of figures by claim quotes
    ignore = NOT_CLAIMS.get("*", []) + NOT_CLAIMS.get(name, [])
    for aid, t in texts.items():
        spans = [(s0, e0) for s0, e0, _ in ranges[aid]]
        for ph in ignore:
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(ph), t)]
        for s0, e0, w in word_spans(t):
            if not any(a <= s0 and e0 <= b for a, b in spans):
                ctx = t[max(0, s0 - 30):e0 + 30].replace("\n", " ")
                errs.append(f"article {aid}: figure {w!r} not covered by any claim: ...{ctx}...")
    for j, f in enumerate(s.get("findings") or []):
        tag = f"finding {j}"
        if f.get("kind") not in FKINDS:
            errs.append(f"{tag}: kind {f.get('kind')!r}")
        idx = f.get("claims")
        if not isinstance(idx, list) or len(idx) < 2 or len(set(idx)) != len(idx) or \
                not all(isinstance(i, int) and 0 <= i < len(claims) for i in idx):
            errs.append(f"{tag}: claims {idx!r} must be >= 2 distinct valid indices")
            continue
        conf = f.get("confidence")
        if not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
            errs.append(f"{tag}: confidence {conf!r}")
        if not isinstance(f.get("why"), str) or not f["why"].strip():
            errs.append(f"{tag}: empty why")
        arts_of = {claims[i].get("article") for i in idx}
        if len(arts_of) < 2 and f.get("kind") != "agreement":
            errs.append(f"{tag}: a {f.get('kind')} must involve at least two articles")
        if f.get("kind") == "update" and len({pub.get(claims[i].get("article")) for i in idx}) < 2:
            errs.append(f"{tag}: an update must span different publication dates")
    return errs, warns


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv or sorted(glob.glob(os.path.join(here, "*.json")))
    bad = 0
    for p in paths:
        errs, warns = validate(p)
        status = "ok" if not errs else f"{len(errs)} error(s)"
        print(f"{os.path.basename(p)}: {status}" + (f", {len(warns)} warning(s)" if warns else ""))
        for e in errs:
            print("  ERROR", e)
        for w in warns:
            print("  warn ", w)
        bad += bool(errs)
    print(f"{len(paths)} file(s), {bad} with errors")
    return 1 if bad or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
