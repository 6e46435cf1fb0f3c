"""python -m samples.outsider_ah.selfcheck DIR — re-check every truth file against what was drawn.

Checks: truth keys match the reference truth format; every file opens and has the page count the truth says;
no stray files; every field value of every document is on that document's pages (layout evidence, with date
forms); text-layer PDFs really hold the name, ID number and each tax/social-insurance row (pdfplumber, upright
characters only, so watermarks do not count); expected_rules / verdict / points agree with an independent
evaluation of the truth data (rules_eval); every SPEC §4 rule is expected in at least two packets."""
import json
import os
import re
import sys
import logging
from collections import Counter

logging.getLogger("pdfminer").setLevel(logging.ERROR)

from .plan import ALL_RULES
from .rules_eval import evaluate
from .draw_paper import cn_date

TOP = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
PAGE = ["file", "page", "type", "capture", "rotation"]
DOC = ["type", "layout", "pages", "fields", "rows"]
ROWK = {"tax_record": ["period", "withholding_agent", "amount"], "social_insurance_record": ["month", "employer", "base", "back_payment"]}
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member", "collective_hukou_certificate",
         "labour_contract", "tax_record", "social_insurance_record", "diploma", "degree_certificate", "marriage_certificate", "unknown"}


def norm(s):
    out = []
    for ch in str(s):
        o = ord(ch)
        if ch.isspace():
            continue
        if 0xFF01 <= o <= 0xFF5E and (ch in "（）［］" or ch.isalnum()):
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    return {iso, f"{y}.{m}.{d}", f"{y}年{m}月{d}日", f"{y}年{mi}月{di}日", f"{y}/{m}/{d}", f"{y}{m}{d}", cn_date(iso),
            f"{y}年{mi}月{di}"}


def month_forms(mk):
    y, m = mk[:4], mk[5:]
    return {mk, f"{y}.{m}", f"{y}{m}", f"{y}年{m}月", f"{y}年{int(m)}月"}


def present(val, text, key=""):
    if isinstance(val, bool) or val is None:
        return True
    v = norm(val)
    if v == "long_term":
        return "长期" in text
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return any(f in text for f in date_forms(v))
    if v in text:
        return True
    if key == "amount" and f"{float(v):,.2f}" in text:
        return True
    if key in ("withholding_agent", "employer") and v[:8] in text:   # a cell split over a page break
        return True
    return False


def open_file(path):
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        n = len(doc)
        doc[0].render(scale=0.2)
        doc.close()
        return n
    from PIL import Image
    import pillow_heif
    pillow_heif.register_heif_opener()
    im = Image.open(path)
    n = getattr(im, "n_frames", 1)
    im.load()
    return n


def _light(c):
    """watermark glyphs: very light grey fill (the diagonal watermark is drawn rotated under the table)"""
    col = c.get("non_stroking_color")
    if isinstance(col, (list, tuple)) and col and all(isinstance(v, (int, float)) for v in col):
        return min(col) > 0.85 if len(col) != 4 else max(col) < 0.15
    return False


def pdf_pages(path):
    """per page: (upright text in reading order, upright chars, page size)"""
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            ch = [c for c in p.chars if c.get("upright", True) and not _light(c)]
            srt = sorted(ch, key=lambda c: (round(c["top"]), c["x0"]))
            out.append(("".join(c["text"] for c in srt), ch, (float(p.width), float(p.height))))
    return out


def layer_matches_evidence(pages, lay_pages):
    """every string recorded for a text-PDF page is really in its text layer at its box"""
    bad = []
    for (txt, chars, (W, H)), lp in zip(pages, lay_pages):
        for it in lp["texts"]:
            x0, y0, x1, y1 = it["bbox"]
            inside = [c for c in chars if x0 * W - 1 <= (c["x0"] + c["x1"]) / 2 <= x1 * W + 1
                      and y0 * H - 2 <= (c["top"] + c["bottom"]) / 2 <= y1 * H + 2]
            got = norm("".join(c["text"] for c in sorted(inside, key=lambda c: c["x0"])))
            if norm(it["text"]) not in got:
                bad.append(it["text"])
    return bad


def check_packet(root, name, problems, ref_top):
    P = lambda msg: problems.append(f"{name}: {msg}")
    tr = json.load(open(os.path.join(root, name + ".truth.json"), encoding="utf-8"))
    lay = json.load(open(os.path.join(root, "_layout", name + ".json"), encoding="utf-8"))
    if list(tr) != ref_top:
        P(f"top keys {list(tr)}")
    if list(tr["points"]) != ["standard", "estimate", "items"]:
        P("points keys")
    for pg in tr["pages"]:
        if list(pg) != PAGE:
            P(f"page keys {list(pg)}")
        if pg["type"] not in TYPES:
            P(f"page type {pg['type']}")
    for d in tr["documents"]:
        if list(d) != DOC:
            P(f"doc keys {list(d)}")
        for r in d["rows"]:
            if list(r) != ROWK.get(d["type"], []):
                P(f"row keys {list(r)}")
    # files
    pdir = os.path.join(root, name)
    on_disk = set(os.listdir(pdir))
    per_file = Counter(p["file"] for p in tr["pages"])
    if on_disk != set(per_file):
        P(f"files on disk differ from truth: {sorted(on_disk ^ set(per_file))}")
    for fn, n in per_file.items():
        try:
            got = open_file(os.path.join(pdir, fn))
            if got != n:
                P(f"{fn}: {got} pages, truth says {n}")
        except Exception as e:  # noqa
            P(f"{fn}: does not open ({e})")
    # document pages are pages of the packet, each page belongs to at most one document
    allp = {(p["file"], p["page"]) for p in tr["pages"]}
    seen = Counter()
    for d in tr["documents"]:
        for p in d["pages"]:
            seen[(p["file"], p["page"])] += 1
            if (p["file"], p["page"]) not in allp:
                P(f"{d['type']} page {p} not in pages")
        if not d["pages"]:
            P(f"{d['type']} has no pages")
    for k, v in seen.items():
        if v > 1:
            P(f"page {k} in {v} documents")
    for p in tr["pages"]:
        owned = (p["file"], p["page"]) in seen
        if owned == (p["type"] == "unknown"):
            P(f"page {p['file']}#{p['page']} type {p['type']} vs ownership")
    # layout evidence: texts per (file, page)
    texts = {}
    kinds = {}
    for lf in lay["files"]:
        kinds[lf["file"]] = lf["kind"]
        for pg in lf["pages"]:
            texts[(lf["file"], pg["page"])] = "".join(norm(t["text"]) for t in pg["texts"])
    pdf_cache = {}
    for d in tr["documents"]:
        txt = "".join(texts.get((p["file"], p["page"]), "") for p in d["pages"])
        for k, v in d["fields"].items():
            if k == "study_mode" and v == "普通全日制":
                continue  # implicit on a full-time diploma (as in the reference truth files)
            if not present(v, txt, k):
                P(f"{d['type']}.{k}={v!r} not on its pages")
        for r in d["rows"]:
            for k, v in r.items():
                if k in ("period", "month"):
                    if not any(f in txt for f in month_forms(v)):
                        P(f"{d['type']} row {k}={v} not drawn")
                elif k == "back_payment":
                    if v and "补缴" not in txt:
                        P(f"{d['type']} back payment not marked")
                elif k == "base":
                    if not (v in txt or f"{float(v):,.2f}" in txt):
                        P(f"{d['type']} base {v} not drawn")
                elif not present(v, txt, k):
                    P(f"{d['type']} row {k}={v!r} not drawn")
        # the real text layer of text PDFs
        tfiles = sorted({p["file"] for p in d["pages"] if kinds.get(p["file"]) == "pdf_text"})
        for fn in tfiles:
            if fn not in pdf_cache:
                pdf_cache[fn] = pdf_pages(os.path.join(pdir, fn))
                lp = [pg for lf in lay["files"] if lf["file"] == fn for pg in lf["pages"]]
                bad = layer_matches_evidence(pdf_cache[fn], lp)
                if bad:
                    P(f"{fn}: {len(bad)} drawn strings not found in the text layer at their boxes, e.g. {bad[:3]}")
            layer = norm("".join(t for t, _, _ in pdf_cache[fn]))
            for k in ("name", "id_number"):
                if norm(d["fields"][k]) not in layer:
                    P(f"{fn}: text layer lacks {k}")
            for r in d["rows"]:
                amt = r.get("amount")
                if amt is not None and amt not in layer and f"{float(amt):,.2f}" not in layer:
                    P(f"{fn}: text layer lacks amount {amt}")
                m = r.get("period") or r.get("month")
                if not any(f in layer for f in month_forms(m)):
                    P(f"{fn}: text layer lacks month {m}")
    # rules, verdict, points
    fired, verdict, pts = evaluate(tr)
    if set(tr["expected_rules"]) != fired:
        P(f"expected_rules {sorted(tr['expected_rules'])} but the data gives {sorted(fired)}")
    if tr["verdict"] != verdict:
        P(f"verdict {tr['verdict']} but the data gives {verdict}")
    if tr["points"] != pts:
        P(f"points {tr['points']} but the data gives {pts}")
    if not tr["as_of"].startswith("2026"):
        P("as_of not in 2026")
    return tr


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    root = argv[0] if argv else "out"
    problems = []
    ref_top = TOP
    names = sorted(fn[:-11] for fn in os.listdir(root) if fn.endswith(".truth.json"))
    rule_count, verdicts, npages = Counter(), Counter(), 0
    for name in names:
        tr = check_packet(root, name, problems, ref_top)
        rule_count.update(tr["expected_rules"])
        verdicts[tr["verdict"]] += 1
        npages += len(tr["pages"])
        print(f"{name}: {tr['verdict']:6s} pages={len(tr['pages']):2d} rules={','.join(tr['expected_rules']) or '-'}")
    man = os.path.join(root, "_layout", "manifest.json")
    if os.path.exists(man):
        m = json.load(open(man, encoding="utf-8"))
        for k in ("generator", "seed", "count", "seconds", "packets", "font_packages"):
            if k not in m:
                problems.append(f"manifest lacks {k}")
        if len(names) >= 40:
            for r in ALL_RULES:
                if rule_count[r] < 2:
                    problems.append(f"rule {r} expected in only {rule_count[r]} packets")
    else:
        problems.append("no _layout/manifest.json")
    print(f"packets: {len(names)}  verdicts: {dict(verdicts)}  pages: {npages}")
    for r in ALL_RULES:
        print(f"  {r:40s} {rule_count[r]}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
