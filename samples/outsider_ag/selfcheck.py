"""Re-check every truth file against the layout evidence.

python -m samples.outsider_ag.selfcheck DIR [--quiet]

For each packet: the truth keys; every page file opens and has the pages the truth names; every truth
field value is drawn (parsed back from the drawn strings) on its document's pages, and nothing drawn
contradicts it; every row is drawn; the rules, verdict and points recomputed from the verified values
equal the truth's; unreadable pages really are unreadable. Ends with `problems: N`.
"""
import collections
import datetime as dt
import glob
import io
import json
import os
import re
import sys
import unicodedata

import numpy as np
from PIL import Image, ImageOps

from . import fonts, rules

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover
    pass

TRUTH_KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
PAGE_KEYS = ["file", "page", "type", "capture", "rotation"]
DOC_KEYS = ["type", "layout", "pages", "fields", "rows"]
DATE_FIELDS = {"birth_date", "valid_from", "valid_until", "issue_date", "registration_date", "start_date", "end_date",
               "signing_date", "graduation_date"}
CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN["零"] = 0
ERROR_RULES = {r for r in rules.RULE_ORDER if r not in rules.WARNINGS}


def n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def _cn_int(s):
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, b = s.split("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return int("".join(str(CN[c]) for c in s))


def parse_date(text):
    t = n(text)
    if "长期" in t:
        return "long_term"
    m = re.search(r"(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.search(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日", t)
    if m:
        return dt.date(_cn_int(m[1]), _cn_int(m[2]), _cn_int(m[3])).isoformat()
    return None


def parse_month(text):
    t = n(text)
    m = re.search(r"(\d{4})[年.\-/]?(\d{1,2})", t)
    return f"{int(m[1]):04d}-{int(m[2]):02d}" if m else None


def parse_months(text):
    """A month or a range of months (2025.12-2026.05) -> list of YYYY-MM."""
    t = n(text)
    ms = re.findall(r"(\d{4})[.\-年](\d{1,2})", t)
    if not ms:
        return []
    a = f"{int(ms[0][0]):04d}-{int(ms[0][1]):02d}"
    b = f"{int(ms[-1][0]):04d}-{int(ms[-1][1]):02d}" if len(ms) > 1 else a
    out, m = [], a
    while m <= b:
        out.append(m)
        m = rules.shift_month(m, 1)
    return out


def parse_money(text):
    t = n(text).replace(",", "")
    m = re.search(r"-?\d+(\.\d+)?", t)
    return f"{float(m[0]):.2f}" if m else None


def parse_field(field, text):
    if field in DATE_FIELDS:
        return parse_date(text)
    if field == "open_ended":
        t = n(text)
        return True if "无固定期限" in t else (False if "固定期限" in t else None)
    if field in ("id_number", "employee_id_number", "spouse_id_number"):
        return n(text).upper()
    return n(text)


def _join(items):
    items = sorted(items, key=lambda it: (it["part"] if it["part"] is not None else -1))
    return "".join(it["text"] for it in items)


def pdf_page_count(data):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def pdf_jpegs(data):
    """JPEG page images of an image-only PDF (DCTDecode streams)."""
    out = []
    for m in re.finditer(rb"/DCTDecode.*?stream\r?\n", data, re.S):
        start = m.end()
        end = data.find(b"\xff\xd9", start)
        while end != -1:
            try:
                im = Image.open(io.BytesIO(data[start:end + 2]))
                im.load()
                out.append(im)
                break
            except Exception:
                end = data.find(b"\xff\xd9", end + 2)
    return out


class Checker:
    def __init__(self, root, ref_keys=None, quiet=False):
        self.root = root
        self.problems = []
        self.quiet = quiet
        self.ref_keys = ref_keys
        self.stats = collections.Counter()

    def bad(self, pid, msg):
        self.problems.append(f"{pid}: {msg}")

    def open_pages(self, pid, fname, pages_wanted):
        path = os.path.join(self.root, pid, fname)
        if not os.path.exists(path):
            self.bad(pid, f"missing file {fname}")
            return {}
        imgs = {}
        try:
            if fname.lower().endswith(".pdf"):
                data = open(path, "rb").read()
                if not data.startswith(b"%PDF"):
                    self.bad(pid, f"{fname} is not a PDF")
                cnt = pdf_page_count(data)
                if cnt != max(pages_wanted):
                    self.bad(pid, f"{fname}: {cnt} PDF pages, truth/layout name {max(pages_wanted)}")
                jp = pdf_jpegs(data)
                for k, im in enumerate(jp):
                    imgs[k + 1] = im
            else:
                im = Image.open(path)
                k = 0
                while True:
                    k += 1
                    im.load()
                    imgs[k] = ImageOps.exif_transpose(im.copy()) if not fname.lower().endswith(".tif") else im.copy()
                    try:
                        im.seek(k)
                    except EOFError:
                        break
                if len(imgs) != max(pages_wanted):
                    self.bad(pid, f"{fname}: {len(imgs)} frames, truth/layout name {max(pages_wanted)}")
        except Exception as e:  # noqa: BLE001
            self.bad(pid, f"{fname} does not open: {e}")
        return imgs

    def check(self, truth_path):
        pid = os.path.basename(truth_path)[:-len(".truth.json")]
        truth = json.load(open(truth_path, encoding="utf-8"))
        lpath = os.path.join(self.root, "_layout", pid + ".json")
        if not os.path.exists(lpath):
            self.bad(pid, "no layout file")
            return
        lay = json.load(open(lpath, encoding="utf-8"))
        keys = self.ref_keys or TRUTH_KEYS
        if list(truth.keys()) != list(keys):
            self.bad(pid, f"truth keys {list(truth.keys())} != {keys}")
        if truth["packet"] != pid:
            self.bad(pid, f"packet id {truth['packet']}")
        for p in truth["pages"]:
            if list(p.keys()) != PAGE_KEYS:
                self.bad(pid, f"page keys {list(p.keys())}")
        for d in truth["documents"]:
            if list(d.keys()) != DOC_KEYS:
                self.bad(pid, f"document keys {list(d.keys())}")
        if sorted(truth["points"].keys()) != ["estimate", "items", "standard"]:
            self.bad(pid, "points keys")

        # files and pages
        lpages = {(p["file"], p["page"]): p for p in lay["pages"]}
        tpages = {(p["file"], p["page"]) for p in truth["pages"]}
        if set(lpages) != tpages:
            self.bad(pid, f"truth pages {sorted(tpages - set(lpages))} / layout pages {sorted(set(lpages) - tpages)} differ")
        on_disk = set(os.listdir(os.path.join(self.root, pid)))
        named = {f for f, _ in tpages}
        if on_disk != named:
            self.bad(pid, f"files on disk {sorted(on_disk ^ named)} not matching the truth")
        by_file = collections.defaultdict(list)
        for f, pg in tpages:
            by_file[f].append(pg)
        images = {}
        for f, pgs in by_file.items():
            ims = self.open_pages(pid, f, pgs)
            for pg, im in ims.items():
                images[(f, pg)] = im
                lp = lpages.get((f, pg))
                if lp and not f.lower().endswith(".pdf") and tuple(im.size) != (lp["width"], lp["height"]):
                    self.bad(pid, f"{f} p{pg}: size {im.size} != layout {lp['width']}x{lp['height']}")
                if max(im.size) > 4000 or (f.lower().endswith(".heic") and max(im.size) > 2000):
                    self.bad(pid, f"{f}: {im.size} above the size cap")
        self.stats["pages"] += len(tpages)

        # page types per document; boxes
        for lp in lay["pages"]:
            for it in lp["items"]:
                b = it["box"]
                if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                    self.bad(pid, f"{lp['file']} p{lp['page']}: bad box {b} for {it['text']!r}")
                if it["font"] not in fonts.CATALOGUE and it["font"] != "-":
                    self.bad(pid, f"unknown font {it['font']}")
        for k, d in enumerate(truth["documents"]):
            for p in d["pages"]:
                if not any(tp["file"] == p["file"] and tp["page"] == p["page"] and tp["type"] == d["type"]
                           for tp in truth["pages"]):
                    self.bad(pid, f"doc {k} {d['type']}: page {p} not typed so in truth pages")

        # field evidence
        items_by_doc = collections.defaultdict(list)
        for lp in lay["pages"]:
            for it in lp["items"]:
                if it["doc"] is not None and it["field"]:
                    items_by_doc[it["doc"]].append((lp["file"], lp["page"], it))
        for k, d in enumerate(truth["documents"]):
            its = items_by_doc.get(k, [])
            dpages = {(p["file"], p["page"]) for p in d["pages"]}
            for f, pg, it in its:
                if (f, pg) not in dpages:
                    self.bad(pid, f"doc {k}: item {it['text']!r} on page {f} p{pg} not listed for the document")
            groups = collections.defaultdict(list)
            for f, pg, it in its:
                if it["field"].startswith("row."):
                    continue
                groups[(it["field"], f, pg, it["occ"])].append(it)
            drawn_fields = collections.defaultdict(list)
            for (field, f, pg, occ), g in groups.items():
                drawn_fields[field].append(parse_field(field, _join(g)))
            for field, val in d["fields"].items():
                if field == "online_record":
                    if val is not True or d["layout"] != "xuexin":
                        self.bad(pid, f"doc {k}: online_record {val} on layout {d['layout']}")
                    continue
                want = val if field == "open_ended" else (val if field in DATE_FIELDS else n(str(val)))
                got = drawn_fields.get(field)
                if not got:
                    self.bad(pid, f"doc {k} {d['type']}.{field} = {val!r} is not drawn")
                    continue
                for g in got:
                    if g != want:
                        self.bad(pid, f"doc {k} {d['type']}.{field}: drawn {g!r} != truth {want!r}")
                self.stats["fields"] += 1
            for field in drawn_fields:
                if field not in d["fields"]:
                    self.bad(pid, f"doc {k} {d['type']}: field {field} drawn but missing from the truth")
            self.check_rows(pid, k, d, its)

        # rules, verdict, points from the verified values
        got, verdict, points, notes = rules.evaluate(truth["application"], truth["as_of"], truth["documents"], truth["pages"])
        if got != truth["expected_rules"]:
            self.bad(pid, f"expected_rules {truth['expected_rules']} but the drawn values give {got}")
        if verdict != truth["verdict"]:
            self.bad(pid, f"verdict {truth['verdict']} but recomputed {verdict}")
        want_v = "fix" if set(truth["expected_rules"]) & ERROR_RULES else ("review" if truth["expected_rules"] else "ready")
        if truth["verdict"] != want_v:
            self.bad(pid, f"verdict {truth['verdict']} inconsistent with findings {truth['expected_rules']}")
        if points != truth["points"]:
            self.bad(pid, f"points {truth['points']} but recomputed {points}")
        if points["estimate"] != sum(points["items"].values()):
            self.bad(pid, "points estimate is not the sum of its items")

        # unreadable pages really are; readable pages carry text
        for p in truth["pages"]:
            key = (p["file"], p["page"])
            lp = lpages.get(key)
            if p["capture"] in rules.UNREADABLE_CAPTURES:
                if p["type"] != "unknown":
                    self.bad(pid, f"{key}: unreadable page typed {p['type']}")
                im = images.get(key)
                if lp and p["capture"] == "blank_page" and any(it["role"] != "watermark" for it in lp["items"]):
                    self.bad(pid, f"{key}: blank page has drawn strings")
                if im is not None:
                    a = np.asarray(im.convert("L"), dtype=np.float32)
                    if p["capture"] == "too_dark" and (a.mean() > 30 or a.std() > 12):
                        self.bad(pid, f"{key}: 'too dark' page has mean {a.mean():.0f} std {a.std():.0f}")
                    if p["capture"] == "blank_page" and a.std() > 20:
                        self.bad(pid, f"{key}: blank page has std {a.std():.0f}")
                elif p["capture"] == "too_dark":
                    self.bad(pid, f"{key}: cannot open the 'too dark' page")
            elif lp is not None and p["type"] not in ("unknown", "labour_contract"):
                if sum(1 for it in lp["items"] if it["field"]) == 0:
                    self.bad(pid, f"{key}: page typed {p['type']} holds no field value")

    def check_rows(self, pid, k, d, its):
        rows = d["rows"]
        if d["type"] == "tax_record":
            need = {"period": parse_month, "withholding_agent": n, "amount": parse_money}
        elif d["type"] == "social_insurance_record":
            need = {"month": None, "employer": n, "base": parse_money, "back_payment": None}
        else:
            if rows:
                self.bad(pid, f"doc {k}: rows on a {d['type']}")
            return
        per = collections.defaultdict(lambda: collections.defaultdict(list))
        for f, pg, it in its:
            if not it["field"].startswith("row."):
                continue
            col = it["field"][4:]
            per[(col, f, pg, tuple(it["rows"]))][it["occ"]].append(it)
        seen = collections.defaultdict(set)
        for (col, f, pg, rws), occs in per.items():
            for g in occs.values():
                text = _join(g)
                for r in rws:
                    if r >= len(rows):
                        self.bad(pid, f"doc {k}: drawn row {r} beyond {len(rows)} rows")
                        continue
                    want = rows[r][col]
                    if col == "month":
                        ms = parse_months(text)
                        if want not in ms or len(ms) != len(rws):
                            self.bad(pid, f"doc {k} row {r}: month {want} vs drawn {text!r} covering {len(rws)} rows")
                    elif col == "back_payment":
                        got = "补缴" in n(text)
                        if got != want:
                            self.bad(pid, f"doc {k} row {r}: back_payment {want} vs drawn {text!r}")
                    else:
                        got = need[col](text)
                        if got != (n(want) if col in ("withholding_agent", "employer") else want):
                            self.bad(pid, f"doc {k} row {r}.{col}: drawn {got!r} != truth {want!r}")
                    seen[col].add(r)
        for col in need:
            missing = set(range(len(rows))) - seen[col]
            if col == "back_payment" and d["layout"] == "si_remark":
                bad = [r for r in missing if rows[r]["back_payment"]]
                if bad:
                    self.bad(pid, f"doc {k}: 补缴 rows {bad} carry no 补缴 mark")
                continue
            if missing:
                self.bad(pid, f"doc {k}: rows {sorted(missing)} have no drawn {col}")
        self.stats["rows"] += len(rows)

    def run(self):
        truths = sorted(glob.glob(os.path.join(self.root, "*.truth.json")))
        man = os.path.join(self.root, "_layout", "manifest.json")
        if not os.path.exists(man):
            self.problems.append("no _layout/manifest.json")
        else:
            m = json.load(open(man, encoding="utf-8"))
            if m.get("generator") != "samples.outsider_ag":
                self.problems.append(f"manifest generator {m.get('generator')}")
            for key in ("seed", "count", "seconds"):
                if key not in m:
                    self.problems.append(f"manifest lacks {key}")
        verdicts = collections.Counter()
        rule_count = collections.Counter()
        for t in truths:
            before = len(self.problems)
            try:
                self.check(t)
            except Exception as e:  # noqa: BLE001
                self.problems.append(f"{os.path.basename(t)}: check crashed: {e!r}")
            tr = json.load(open(t, encoding="utf-8"))
            verdicts[tr["verdict"]] += 1
            for r in tr["expected_rules"]:
                rule_count[r] += 1
            if not self.quiet:
                status = "ok" if len(self.problems) == before else f"{len(self.problems) - before} problem(s)"
                print(f"{tr['packet']}: {tr['verdict']:6s} {','.join(tr['expected_rules']) or '-'}  [{status}]")
        for p in self.problems:
            print("PROBLEM", p)
        print(f"packets: {len(truths)}  verdicts: {dict(verdicts)}  pages: {self.stats['pages']}  "
              f"fields checked: {self.stats['fields']}  rows checked: {self.stats['rows']}")
        if len(truths) >= 40:
            thin = [r for r in rules.RULE_ORDER if rule_count[r] < 2]
            if thin:
                self.problems.append(f"rules planned in fewer than two packets: {thin}")
                print("PROBLEM", self.problems[-1])
        print(f"problems: {len(self.problems)}")
        return len(self.problems)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    quiet = "--quiet" in argv
    args = [a for a in argv if a != "--quiet"]
    if len(args) != 1:
        print("usage: python -m samples.outsider_ag.selfcheck DIR [--quiet]")
        return 2
    c = Checker(args[0], quiet=quiet)
    return 1 if c.run() else 0


if __name__ == "__main__":
    sys.exit(main())
