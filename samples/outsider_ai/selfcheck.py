"""python -m samples.outsider_ai.selfcheck DIR  -- checks real properties of a
drawn set and ends with `problems: N`."""
import collections
import datetime as dt
import json
import os
import re
import sys

from . import oracle, filecheck
from .ids import id_valid, uscc_valid
from .plan import PLAN

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "..", "packets")  # the golden truth files this set follows
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
DATE_FIELDS = {"birth_date", "valid_from", "issue_date", "start_date", "end_date", "signing_date",
               "graduation_date", "registration_date"}
ID_FIELDS = ("id_number", "employee_id_number", "spouse_id_number")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_RE = re.compile(r"^\d{4}-\d{2}$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
FULLWIDTH = re.compile(r"[（）０-９Ａ-Ｚａ-ｚ\s]")


class Check:
    def __init__(self):
        self.problems = []

    def __call__(self, ok, msg):
        if not ok:
            self.problems.append(msg)
        return ok


def _ref_keys():
    g = json.load(open(os.path.join(REF, "golden_00.truth.json"), encoding="utf-8"))
    return list(g.keys()), set(g["pages"][0].keys()), set(g["documents"][0].keys()), set(g["points"].keys())


def _is_date(v):
    if not isinstance(v, str) or not DATE_RE.match(v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def check_truth(t, pid, c):
    top, page_keys, doc_keys, pts_keys = _ref_keys()
    c(list(t.keys()) == top, "%s: top-level keys %s differ from the reference %s" % (pid, list(t.keys()), top))
    c(t.get("packet") == pid, "%s: packet field %r" % (pid, t.get("packet")))
    c(_is_date(t.get("as_of")), "%s: as_of not a date" % pid)
    c(t.get("application") in ("first", "renewal"), "%s: application %r" % (pid, t.get("application")))
    c(isinstance(t.get("defects"), list) and all(isinstance(x, str) for x in t["defects"]), "%s: defects" % pid)
    c(all(r in oracle.ALL_RULES for r in t.get("expected_rules", [])), "%s: unknown rule id" % pid)
    c(t.get("verdict") in ("ready", "review", "fix"), "%s: verdict %r" % (pid, t.get("verdict")))
    p = t.get("points") or {}
    c(set(p.keys()) == pts_keys and p.get("standard") == 120 and isinstance(p.get("estimate"), int)
      and isinstance(p.get("items"), dict) and all(isinstance(v, int) for v in p["items"].values())
      and p["estimate"] == sum(p["items"].values()), "%s: points object malformed" % pid)
    for pg in t.get("pages", []):
        c(set(pg.keys()) == page_keys, "%s: page keys %s" % (pid, sorted(pg.keys())))
        c(pg.get("type") in TYPES, "%s: page type %r" % (pid, pg.get("type")))
        c(pg.get("rotation") in (0, 90, 180, 270), "%s: rotation %r" % (pid, pg.get("rotation")))
        c(isinstance(pg.get("page"), int) and pg["page"] >= 1, "%s: page number" % pid)
    for d in t.get("documents", []):
        c(set(d.keys()) == doc_keys, "%s: document keys %s" % (pid, sorted(d.keys())))
        c(d.get("type") in TYPES - {"unknown"}, "%s: document type %r" % (pid, d.get("type")))
        c(isinstance(d.get("layout"), str) and d["layout"], "%s: layout" % pid)
        c(d.get("pages"), "%s: %s without pages" % (pid, d.get("type")))
        for k, v in d.get("fields", {}).items():
            if k in DATE_FIELDS:
                c(_is_date(v), "%s: %s.%s=%r not YYYY-MM-DD" % (pid, d["type"], k, v))
            if k == "valid_until":
                c(v == "long_term" or _is_date(v), "%s: valid_until %r" % (pid, v))
            if k in ID_FIELDS:
                c(isinstance(v, str) and len(v) == 18 and v == v.upper(), "%s: %s %r" % (pid, k, v))
            if k in ("name", "employer", "address", "hukou_address", "employee_name", "head_name"):
                c(isinstance(v, str) and not FULLWIDTH.search(v), "%s: %s.%s not normalised: %r" % (pid, d["type"], k, v))
            if k == "open_ended":
                c(isinstance(v, bool), "%s: open_ended not bool" % pid)
        for r in d.get("rows", []):
            if d["type"] == "tax_record":
                c(set(r) == {"period", "withholding_agent", "amount"} and MONTH_RE.match(r["period"])
                  and MONEY_RE.match(r["amount"]) and not FULLWIDTH.search(r["withholding_agent"]),
                  "%s: tax row %r" % (pid, r))
            elif d["type"] == "social_insurance_record":
                c(set(r) - {"employer"} == {"month", "base", "back_payment"} and MONTH_RE.match(r["month"])
                  and MONEY_RE.match(r["base"]) and isinstance(r["back_payment"], bool), "%s: SI row %r" % (pid, r))
    # pages of documents exist and carry the document's type
    index = {(pg["file"], pg["page"]): pg for pg in t.get("pages", [])}
    used = set()
    for d in t.get("documents", []):
        for ref in d.get("pages", []):
            pg = index.get((ref.get("file"), ref.get("page")))
            if c(pg is not None, "%s: %s page %s not in pages" % (pid, d["type"], ref)):
                c(pg["type"] == d["type"], "%s: page %s typed %s, document %s" % (pid, ref, pg["type"], d["type"]))
                used.add((ref["file"], ref["page"]))
    for key, pg in index.items():
        if pg["type"] != "unknown":
            c(key in used, "%s: page %s typed %s belongs to no document" % (pid, key, pg["type"]))
    # the truth agrees with SPEC as the generator reads it
    rules = oracle.evaluate(t)
    c(rules == t.get("expected_rules"), "%s: expected_rules %s but SPEC gives %s" % (pid, t.get("expected_rules"), rules))
    c(oracle.verdict(t.get("expected_rules", [])) == t.get("verdict"), "%s: verdict inconsistent with findings" % pid)
    pts, _ = oracle.points(t)
    c(pts == t.get("points"), "%s: points %s, SPEC §6 gives %s" % (pid, t.get("points"), pts))
    c((t.get("verdict") == "ready") == (not t.get("defects")), "%s: defects vs verdict" % pid)
    # identifiers
    for d in t.get("documents", []):
        for k in ID_FIELDS:
            v = d["fields"].get(k)
            if v and not id_valid(v):
                c("identity.id_number_invalid" in t.get("expected_rules", []),
                  "%s: invalid ID number %s on %s but no identity.id_number_invalid expected" % (pid, v, d["type"]))


def check_files(t, pid, pdir, c, stats):
    on_disk = filecheck.list_files(pdir)
    listed = collections.OrderedDict()
    for pg in t.get("pages", []):
        listed.setdefault(pg["file"], []).append(pg["page"])
    c(set(on_disk) == set(listed), "%s: files on disk %s vs truth %s" % (pid, sorted(set(on_disk) ^ set(listed)), ""))
    codes = 0
    for fn in on_disk:
        path = os.path.join(pdir, fn)
        n, err = filecheck.open_pages(path)
        c(err is None, "%s/%s: %s" % (pid, fn, err))
        want = sorted(listed.get(fn, []))
        c(want == list(range(1, n + 1)), "%s/%s: file has %d pages, truth lists %s" % (pid, fn, n, want))
        stats["formats"][filecheck.format_of(fn)] += 1
        kinds = {pg["capture"] for pg in t["pages"] if pg["file"] == fn}
        if fn.lower().endswith(".pdf") and "text_pdf" in kinds:
            text = filecheck.pdf_text(path)
            compact = "".join(text.split())
            docs = [d for d in t["documents"] if any(r["file"] == fn for r in d["pages"])]
            for d in docs:
                f = d["fields"]
                for k in ("name", "id_number"):
                    if f.get(k):
                        c(f[k] in compact, "%s/%s: %s %s not in the text layer" % (pid, fn, k, f[k]))
                flat = compact.replace("（", "(").replace("）", ")")
                for r in d["rows"]:
                    if "amount" in r:
                        c(r["amount"] in compact, "%s/%s: amount %s not in the text layer" % (pid, fn, r["amount"]))
                    name = r.get("withholding_agent") or r.get("employer")
                    if name:
                        c(filecheck.appears(name, flat), "%s/%s: payer %s not in the text layer" % (pid, fn, name))
            for code in filecheck.credit_codes(compact):
                codes += 1
                c(uscc_valid(code), "%s/%s: credit code %s fails GB 32100" % (pid, fn, code))
    stats["codes"] += codes
    return sum(len(v) for v in listed.values())


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m samples.outsider_ai.selfcheck DIR")
        return 2
    out = argv[0]
    c = Check()
    mpath = os.path.join(out, "_layout", "manifest.json")
    if not c(os.path.exists(mpath), "no manifest at %s" % mpath):
        print("problems: %d" % len(c.problems))
        return 1
    man = json.load(open(mpath, encoding="utf-8"))
    for key in ("generator", "seed", "count", "seconds", "packets"):
        c(key in man, "manifest lacks %s" % key)
    stats = {"formats": collections.Counter(), "codes": 0}
    by_rule = collections.defaultdict(list)
    verdicts = collections.Counter()
    pages_total = 0
    for e in man.get("packets", []):
        pid = e["packet"]
        tpath = os.path.join(out, pid + ".truth.json")
        if not c(os.path.exists(tpath), "%s: no truth file" % pid):
            continue
        try:
            t = json.load(open(tpath, encoding="utf-8"))
        except ValueError as ex:
            c(False, "%s: truth is not JSON: %s" % (pid, ex))
            continue
        check_truth(t, pid, c)
        n = check_files(t, pid, os.path.join(out, pid), c, stats)
        c(n == e.get("pages"), "%s: manifest says %s pages, truth/files %d" % (pid, e.get("pages"), n))
        c(e.get("verdict") == t.get("verdict"), "%s: manifest verdict %s vs truth %s" % (pid, e.get("verdict"), t.get("verdict")))
        pages_total += n
        verdicts[t.get("verdict")] += 1
        for r in t.get("expected_rules", []):
            by_rule[r].append(pid)
    full = len(man.get("packets", [])) >= len(PLAN)
    if full:
        for r in oracle.ALL_RULES:
            c(len(by_rule[r]) >= 2, "rule %s expected in only %d packet(s)" % (r, len(by_rule[r])))
        c(verdicts["ready"] >= 14 and verdicts["review"] >= 10 and verdicts["fix"] >= 10,
          "verdict mix %s off the plan" % dict(verdicts))
    print("packets: %d  pages: %d  verdicts: %s" % (len(man.get("packets", [])), pages_total, dict(verdicts)))
    print("files by format: %s" % dict(sorted(stats["formats"].items())))
    print("credit codes checked in text layers: %d" % stats["codes"])
    print("rule coverage%s:" % ("" if full else " (partial set, not enforced)"))
    for r in oracle.ALL_RULES:
        print("  %-38s %2d  %s" % (r, len(by_rule[r]), " ".join(by_rule[r])))
    for p in c.problems:
        print("PROBLEM: " + p)
    print("problems: %d" % len(c.problems))
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())
