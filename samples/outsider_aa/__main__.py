"""python -m samples.outsider_aa --out DIR --count 40 --seed 7301 --jobs 2"""
import argparse
import json
import os
import random
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor

from PIL import Image

from . import model as M
from . import docs as R
from . import capture as C
from .canvas import Page, new_pdf

ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
          "address.hukou_mismatch", "permit.expired", "id_card.expired", "applicant.age_out_of_range",
          "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
          "social_insurance.insufficient_months", "social_insurance.not_paying"}
DEF_RULES = {
    "missing_hukou": {"packet.missing_document"}, "missing_tax": {"packet.missing_document"},
    "id_typo": {"identity.id_number_invalid", "identity.id_number_mismatch"}, "id_invalid_all": {"identity.id_number_invalid"},
    "id_other": {"identity.id_number_mismatch"}, "name_mismatch": {"identity.name_mismatch"},
    "tax_missing": {"tax.missing_months"}, "hukou_mismatch": {"address.hukou_mismatch"},
    "ends_soon": {"contract.ends_within_two_months"}, "permit_expired": {"permit.expired"},
    "si_not_paying": {"social_insurance.not_paying"}, "idcard_expired": {"id_card.expired"},
    "age_over": {"applicant.age_out_of_range", "points.below_standard"},
    "employer_tax_agency": {"employer.mismatch"}, "employer_si_agency": {"employer.mismatch"},
    "term_short": {"contract.term_too_short"}, "si_insufficient": {"social_insurance.insufficient_months"},
    "points_low_age": {"points.below_standard"}, "points_low_junior": {"points.below_standard"},
    "points_low_nodegree": {"points.below_standard"}, "too_recent": {"permit.too_recent"},
    "blank_page": {"quality.unreadable_page"},
}


def verdict_of(rules):
    if any(r in ERRORS for r in rules):
        return "fix"
    return "review" if rules else "ready"


def sane(plan):
    """renewal papers must be plausible: each 续订书 term at least a year and already begun"""
    import datetime as dt
    from dateutil.relativedelta import relativedelta as rd
    for d in plan["docs"]:
        for r in d.get("_renewals", []):
            if r["start"] > plan["as_of"] or r["sign"] > plan["as_of"]:
                return False
            if r["end"] is not None and r["end"] + dt.timedelta(days=1) < r["start"] + rd(years=1):
                return False
    return True


def mk_img(dpi):
    return lambda w, h, bg=(255, 255, 255): Page(w, h, dpi, bg=bg)


def mk_pdf(pdf):
    return lambda w, h, bg=None: Page(w, h, pdf=pdf)


def choose_layout(doc, rng):
    t = doc["type"]
    if t == "id_card":
        return rng.choice(["a4_copy", "a4_copy", "cards"])
    if t == "residence_permit":
        return rng.choice(["info_grid", "info_list", "app", "card_info", "info_grid"])
    if t == "labour_contract":
        v = doc["_var"]
        if doc["_words"]:
            v = "table_words"
        if doc["_renewals"]:
            v += "+renewal%d" % len(doc["_renewals"])
        if doc["_old_name"]:
            v += "+change"
        return v
    if t == "tax_record":
        return rng.choice(["national", "national", "income_detail_app"])
    if t == "social_insurance_record":
        emps = {r["employer"] for r in doc["rows"]}
        opts = ["table", "table_ranges", "app"]
        if len(emps) == 1 and len({r["month"] for r in doc["rows"]}) == len(doc["rows"]):
            opts.append("year_months")
        return rng.choice(opts)
    return {"household_register_cover": "booklet_page", "household_register_member": "registration_card",
            "collective_hukou_certificate": "letter", "diploma": "certificate", "degree_certificate": "certificate",
            "marriage_certificate": "inner_page"}[t]


def render(doc, layout, plan, rng, mk, dpi=200):
    t = doc["type"]
    if t == "id_card":
        fr, bk = R.id_front(doc, plan, rng, mk)[0], R.id_back(doc, plan, rng, mk)[0]
        if layout == "a4_copy" and fr.pdf is None:
            p = mk(210, 297)
            if rng.random() < 0.5:
                p.paste(fr.img, 62, 40); p.paste(bk.img, 62, 110)
            else:
                p.paste(fr.img, 15, 50); p.paste(bk.img, 110, 50)
            return [p]
        return [fr, bk]
    if t == "residence_permit":
        if layout == "info_grid":
            return R.permit_info(doc, plan, rng, mk, True)
        if layout == "info_list":
            return R.permit_info(doc, plan, rng, mk, False)
        if layout == "app":
            return R.permit_app(doc, plan, rng, mk)
        return R.permit_card(doc, plan, rng, mk) + R.permit_info(doc, plan, rng, mk, rng.random() < 0.5)
    if t == "tax_record":
        return R.tax_national(doc, plan, rng, mk) if layout == "national" else R.tax_app(doc, plan, rng, mk)
    if t == "social_insurance_record":
        if layout == "app":
            return R.si_app(doc, plan, rng, mk)
        if layout == "year_months":
            return R.si_months(doc, plan, rng, mk)
        return R.si_table(doc, plan, rng, mk, layout == "table_ranges")
    fn = {"household_register_cover": R.hukou_cover, "household_register_member": R.hukou_member,
          "collective_hukou_certificate": R.collective, "labour_contract": R.contract, "diploma": R.diploma,
          "degree_certificate": R.degree, "marriage_certificate": R.marriage}[t]
    return fn(doc, plan, rng, mk)


class Namer:
    def __init__(self, rng, plan):
        self.rng, self.used, self.plan = rng, set(), plan
        self.n = rng.randrange(1000, 9000)
        self.emp_no = rng.randrange(10000, 99999)

    def __call__(self, kind, ext):
        r, nm = self.rng, self.plan["person"]["name"]
        self.n += r.randrange(1, 4)
        opts = {
            "photo": [f"IMG_{self.n}.{ext}", f"微信图片_20261{r.randrange(100, 130)}{r.randrange(100000, 999999)}.{ext}",
                      f"IMG_2026111{r.randrange(0, 9)}_{r.randrange(100000, 235959)}.{ext}"],
            "scan": [f"扫描件{self.n % 1000:03d}.{ext}", f"{self.emp_no}_{nm}_{r.choice(['材料', '附件', '复印件', '身份证', '合同'])}.{ext}",
                     f"Scan_{self.n}.{ext}", f"新建文件{self.n}.{ext}", f"{nm}{r.choice(['-1', '-2', '(1)', ''])}.{ext}"],
            "merged": [f"{self.emp_no}_{nm}_材料.{ext}", f"扫描件{self.n % 1000:03d}.{ext}", f"{nm}_积分材料汇总.{ext}",
                       f"SCAN_20261{r.randrange(100, 130)}_{self.n}.{ext}"],
            "shot": [f"Screenshot_2026-11-{r.randrange(10, 30)}-{r.randrange(10, 23)}-{r.randrange(10, 59)}-{self.n}.{ext}",
                     f"微信图片_20261{r.randrange(100, 130)}{r.randrange(100000, 999999)}.{ext}", f"IMG_{self.n}.{ext}"],
            "pdf": [f"{r.choice(['个人所得税纳税记录', '纳税记录', '社保缴费', '居住证信息', '下载'])}{self.n}.{ext}",
                    f"{self.emp_no}_{nm}_{r.choice(['个税', '社保', '居住证', '材料'])}.{ext}", f"document{self.n}.{ext}"],
        }[kind]
        while True:
            f = r.choice(opts)
            if f not in self.used:
                self.used.add(f)
                return f
            self.n += 1
            f = f.rsplit(".", 1)[0] + f"_{self.n}." + ext
            if f not in self.used:
                self.used.add(f)
                return f


def apply_capture(img, cap, rng, dpi, chat_ok=True):
    if cap == "scan":
        return C.scan(img, rng)
    if cap == "photocopy":
        return C.photocopy(img, rng)
    if cap == "fax":
        return C.fax(img, rng, dpi)
    if cap == "photo":
        return C.photo(img, rng, chat=chat_ok and rng.random() < 0.4)
    if cap == "lowres":
        return C.lowres(img, rng, dpi)
    if cap == "staple":
        return C.scan(C.staple(img, rng), rng)
    return img


def rotate(img, rot):
    return img if not rot else img.rotate(-rot, expand=True)


def save_img(img, path, rng):
    ext = path.rsplit(".", 1)[1].lower()
    if ext in ("jpg", "jpeg"):
        img.convert("RGB" if img.mode not in ("L",) else "L").save(path, quality=rng.randrange(55, 90))
    elif ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        img.convert("RGB").save(path, format="HEIF", quality=70)
    else:
        img.save(path)


def build(job):
    idx, seed, kind, defects, out = job
    rng = random.Random(f"{seed}-{idx}-plan")
    want = set().union(*[DEF_RULES[d] for d in defects]) if defects else set()
    for attempt in range(200):
        plan = M.plan_packet(idx, rng, kind, defects)
        plan["blank"] = "blank_page" in defects
        rules, points = M.expected(plan)
        if set(rules) == want and verdict_of(rules) == kind and sane(plan):
            break
    else:
        raise RuntimeError(f"packet {idx}: could not plan {kind} {defects}: got {rules}")
    name = f"aa{seed}_{idx:02d}"
    pdir = os.path.join(out, name)
    os.makedirs(pdir, exist_ok=True)
    rng = random.Random(f"{seed}-{idx}-draw")
    ucodes = {}
    for d in plan["docs"]:
        for r in d["rows"]:
            for k in ("withholding_agent", "employer"):
                if k in r and r[k] not in ucodes:
                    ucodes[r[k]] = M.make_uscc(rng)
        if d["type"] == "tax_record":
            d["_uscc"] = ucodes
    namer = Namer(rng, plan)
    pages = []       # truth pages
    docpages = {}    # doc index -> list of (file,page)
    layouts = {}

    def add_page(fname, pno, typ, cap, rot, di=None):
        pages.append(dict(file=fname, page=pno, type=typ, capture=cap, rotation=rot))
        if di is not None:
            docpages.setdefault(di, []).append(dict(file=fname, page=pno))

    docs = plan["docs"]
    for i, d in enumerate(docs):
        layouts[i] = choose_layout(d, rng)
    merged = plan["blank"] or rng.random() < 0.6
    paper, textpdf, shots = [], [], []
    for i, d in enumerate(docs):
        lay = layouts[i]
        if lay in ("app", "income_detail_app"):
            shots.append(i)
        elif (d["type"] in ("tax_record", "social_insurance_record") or lay.startswith("info_")) and rng.random() < 0.6:
            textpdf.append(i)
        else:
            paper.append(i)
    in_merge = []
    if merged:
        cand = [i for i in paper]
        rng.shuffle(cand)
        in_merge = sorted(cand[:max(2, int(len(cand) * rng.uniform(0.5, 1.0)))])
        if len(in_merge) < 2:
            merged = False
            in_merge = []
    loose = [i for i in paper if i not in in_merge]

    # ---- HR merged copier PDF
    if merged:
        cap = rng.choice(["scan", "photocopy", "photocopy", "fax"])
        dpi = rng.choice([150, 200, 300]) if cap == "scan" else 200
        groups = []
        for i in in_merge:
            d = docs[i]
            lay = "a4_copy" if layouts[i] == "cards" else layouts[i]
            layouts[i] = lay
            ps = [p.img for p in render(d, lay, plan, rng, mk_img(dpi), dpi)]
            items = [[im, d["type"], [(i, k)], cap] for k, im in enumerate(ps)]
            if d["type"] == "labour_contract":
                if len(items) >= 4 and rng.random() < 0.4:
                    k = rng.randrange(1, len(items) - 2)
                    a, b = items[k], items[k + 1]
                    items[k:k + 2] = [[C.two_up(a[0], b[0], rng, dpi), d["type"], a[2] + b[2], "2up"]]
                if rng.random() < 0.5:
                    items[0][3] = "staple"
            if d["type"] == "id_card" and rng.random() < 0.35:
                items.append([items[0][0].copy(), d["type"], [(i, 99)], cap])  # a second copy of the same page
            if rng.random() < 0.2:
                items.reverse()
            groups.append(items)
        for k in range(rng.randrange(1, 3)):
            groups.append([[R.other_page(rng.choice(["payslip", "medical", "pledge", "form"]), plan, rng, mk_img(dpi)).img,
                            "unknown", [], cap]])
        rng.shuffle(groups)
        if plan["blank"]:
            groups.insert(rng.randrange(1, len(groups)), [[R.other_page("blank", plan, rng, mk_img(dpi)).img, "unknown", [], cap]])
        flat = [it for g in groups for it in g]
        fext = "tif" if cap == "fax" and rng.random() < 0.5 else "pdf"
        fname = namer("merged", fext)
        outs = []
        for pno, (im, typ, refs, pc) in enumerate(flat, 1):
            rot = 180 if rng.random() < 0.15 else 0
            c = "scan" if pc == "staple" and cap == "fax" else pc
            im2 = apply_capture(C.staple(im, rng) if pc == "staple" else im, cap if pc in ("2up", "staple") else cap, rng, dpi)
            outs.append(rotate(im2, rot))
            add_page(fname, pno, typ, pc if pc in ("2up", "staple") else cap, rot)
            for (di, k) in refs:
                docpages.setdefault(di, []).append((k, dict(file=fname, page=pno)))
        path = os.path.join(pdir, fname)
        if fext == "tif":
            outs = [o.convert("1") for o in outs]
            outs[0].save(path, save_all=True, append_images=outs[1:], compression="group4", dpi=(200, 200))
        else:
            outs = [o.convert("L") if o.mode == "1" else o for o in outs]
            outs[0].save(path, save_all=True, append_images=outs[1:], resolution=dpi)

    # ---- text-layer PDFs
    for i in textpdf:
        d = docs[i]
        pdf = new_pdf()
        ps = render(d, layouts[i], plan, rng, mk_pdf(pdf))
        fname = namer("pdf", "pdf")
        pdf.output(os.path.join(pdir, fname))
        for k in range(len(ps)):
            add_page(fname, k + 1, d["type"], "text_pdf", 0)
            docpages.setdefault(i, []).append((k, dict(file=fname, page=k + 1)))

    # ---- screenshots
    for i in shots:
        d = docs[i]
        ps = render(d, layouts[i], plan, rng, mk_img(300))
        for k, p in enumerate(ps):
            ext = rng.choice(["png", "png", "jpg"])
            fname = namer("shot", ext)
            save_img(p.img, os.path.join(pdir, fname), rng)
            add_page(fname, 1, d["type"], "screenshot", 0)
            docpages.setdefault(i, []).append((k, dict(file=fname, page=1)))

    # ---- loose papers
    for i in loose:
        d = docs[i]
        small = d["type"] in ("id_card", "household_register_cover", "household_register_member", "marriage_certificate")
        cardlike = small or layouts[i] in ("cards", "card_info", "a4_copy")
        cap = rng.choice(["photo", "photo", "scan", "photocopy", "lowres", "fax", "clean"] + (["photo"] if small else []))
        if cardlike and cap == "lowres" or layouts[i] in ("cards", "card_info") and cap == "fax":
            cap = "photo"
        dpi = rng.choice([150, 200, 300]) if cap == "scan" else (300 if layouts[i] == "cards" else 200)
        ps = [p.img for p in render(d, layouts[i], plan, rng, mk_img(dpi), dpi)]
        n = len(ps)
        form = "each"
        if n > 1 and cap in ("scan", "photocopy", "lowres", "clean"):
            form = rng.choice(["pdf", "each"])
        if n > 1 and cap == "fax":
            form = "tif"
        if form == "each":
            for k, im in enumerate(ps):
                c = cap
                im2 = apply_capture(im, c, rng, dpi, chat_ok=not (d["type"] == "id_card" and layouts[i] == "a4_copy"))
                rot = 0
                if c == "photo" and rng.random() < 0.25:
                    rot = rng.choice([90, 270, 180])
                im2 = rotate(im2, rot)
                if c == "fax":
                    ext = "png"
                elif c == "photo":
                    ext = rng.choice(["jpg", "jpg", "jpg", "heic"])
                else:
                    ext = rng.choice(["jpg", "png", "jpg"])
                fname = namer("photo" if c == "photo" else "scan", ext)
                save_img(im2, os.path.join(pdir, fname), rng)
                add_page(fname, 1, d["type"], c, rot)
                docpages.setdefault(i, []).append((k, dict(file=fname, page=1)))
        else:
            fname = namer("scan", form)
            outs = []
            for k, im in enumerate(ps):
                c = "staple" if (k == 0 and d["type"] == "labour_contract" and cap != "fax" and rng.random() < 0.5) else cap
                outs.append(apply_capture(im, c, rng, dpi))
                add_page(fname, k + 1, d["type"], c, 0)
                docpages.setdefault(i, []).append((k, dict(file=fname, page=k + 1)))
            path = os.path.join(pdir, fname)
            if form == "tif":
                outs = [o.convert("1") for o in outs]
                outs[0].save(path, save_all=True, append_images=outs[1:], compression="group4", dpi=(200, 200))
            else:
                outs = [o.convert("RGB") if o.mode not in ("L", "RGB") else o for o in outs]
                outs[0].save(path, save_all=True, append_images=outs[1:], resolution=dpi)

    # ---- truth
    tdocs = []
    for i, d in enumerate(docs):
        seen, plist = set(), []
        for k, ref in sorted(docpages.get(i, []), key=lambda t: t[0]):
            key = (ref["file"], ref["page"])
            if key not in seen:
                seen.add(key)
                plist.append(ref)
        tdocs.append(dict(type=d["type"], layout=layouts[i], pages=plist,
                          fields={k: v for k, v in d["fields"].items()},
                          rows=[{k: v for k, v in r.items() if not k.startswith("_")} for r in d["rows"]]))
    truth = dict(packet=name, as_of=plan["as_of"].isoformat(), application=plan["application"], defects=list(defects),
                 expected_rules=rules, verdict=verdict_of(rules), points=points, pages=pages, documents=tdocs)
    with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return name, truth["verdict"], len(pages)


def _safe(job):
    try:
        return build(job)
    except Exception:
        return ("ERROR", traceback.format_exc(), 0)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_aa")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7301)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    sc = M.scenarios(a.count, random.Random(a.seed))
    jobs = [(i, a.seed, k, d, a.out) for i, (k, d) in enumerate(sc) if not a.only or i in a.only]
    bad = 0
    with ProcessPoolExecutor(max_workers=a.jobs) as ex:
        for res in ex.map(_safe, jobs):
            if res[0] == "ERROR":
                bad += 1
                print(res[1], file=sys.stderr)
            else:
                print(*res, flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
