"""Plan one packet (documents, forms, captures, files), render it, and write its truth file.

Two stages.  plan() draws everything that decides content (world, forms, captures, file names) from one seeded
stream and builds the display lists; it is cheap and is re-run by the selfcheck.  render() turns each planned
sheet into pixels/PDF bytes with its own seeded stream, so skipping it never shifts the plan.
"""
import datetime as _dt
import json
import os
import random

from .canvas import Canvas, rasterize, write_pdf
from . import capture as C
from .elements import watermark
from .forms import cards, permit, hukou, contract, tax, social, edu, marriage, misc
from .forms.web import browser_page
from .layout import A4
from .person import display_name, seal_name
from .rules import derive, SEVERITY
from .scenarios import plan as scenario_plan
from .util import iso, norm, fmt_date

WM_TEXT = "仅供居住证积分使用，他用无效"


def _pick(rng, weighted):
    tot = sum(w for _, w in weighted)
    x = rng.uniform(0, tot)
    for v, w in weighted:
        x -= w
        if x <= 0:
            return v
    return weighted[-1][0]


class Builder:
    def __init__(self, rng, w, sc):
        self.rng, self.w, self.sc, self.o = rng, w, sc, sc["opts"]
        self.docs = []
        self.files = []

    def doc(self, type_, layout, canvases, extra=None):
        d = dict(type=type_, layout=layout, canvases=list(canvases), extra=extra or {})
        self.docs.append(d)
        return d

    def sheet(self, canvas, docs, kind, **cap):
        return dict(canvas=canvas, docs=list(docs), kind=kind, cap=cap, rotation=cap.pop("rotation", 0),
                    exif=cap.pop("exif", 1), blank=cap.pop("blank", False))

    def file(self, group, fmt, sheets, hint=None):
        f = dict(group=group, fmt=fmt, sheets=sheets, hint=hint, text_order=None)
        self.files.append(f)
        return f

    # ------------------------------------------------------------ capture choices
    def photo(self, canvas, docs, card=False, hint=None, allow_rot=True):
        rng = self.rng
        fmt, group = "jpg", "photo"
        exif, rot = 1, 0
        r = rng.random()
        if self.o.get("heic") and not any(f["fmt"] == "heic" for f in self.files):
            fmt, group = "heic", "photo"
        elif self.o.get("exif") and not any(s["exif"] != 1 for f in self.files for s in f["sheets"]):
            exif = rng.choice([6, 8, 3])
        elif r < 0.09:
            fmt = "heic"
        elif r < 0.34:
            group = "chat"
        elif r < 0.46:
            exif = rng.choice([6, 6, 8, 3])
        elif r < 0.54 and allow_rot:
            rot = rng.choice([90, 270, 180])
        s = self.sheet(canvas, docs, "photo", card=card, rotation=rot, exif=exif)
        return self.file(group, fmt, [s], hint)

    def scan_sheet(self, canvas, docs, kind=None):
        """one scanned sheet; now and then fed sideways or upside down"""
        r = self.rng.random()
        rot = 90 if r < 0.04 else 270 if r < 0.07 else 180 if r < 0.1 else 0
        return self.sheet(canvas, docs, kind or self.scan_kind(), rotation=rot)

    def scan_kind(self):
        return _pick(self.rng, [("scan", 4), ("scan_grey", 2), ("photocopy", 2), ("lowres", 1)])

    def screenshot(self, canvas, docs, hint=None):
        rng = self.rng
        r = rng.random()
        if r < 0.22:
            return self.file("chat", "jpg", [self.sheet(canvas, docs, "screenshot", chat=True)], hint)
        if r < 0.27:
            return self.file("screenshot", "webp", [self.sheet(canvas, docs, "screenshot")], hint)
        return self.file("screenshot", "png" if rng.random() < 0.8 else "jpg", [self.sheet(canvas, docs, "screenshot")], hint)


# ====================================================================== document emitters
def _a4_with(cards_list, rng, wm=False, stacked=None):
    """an A4 copy holding several cards (each (canvas)) side by side or stacked"""
    cv = Canvas(*A4)
    stacked = rng.random() < 0.5 if stacked is None else stacked
    W, H = A4
    cw, ch = cards.CARD_W, cards.CARD_H
    n = len(cards_list)
    if stacked:
        y = rng.uniform(70, 110)
        cols = 1 if n <= 3 else 2
        for i, c in enumerate(cards_list):
            col, row = (i % cols, i // cols) if cols == 2 else (0, i)
            x = (W - cw * cols - 30 * (cols - 1)) / 2 + col * (cw + 30) + rng.uniform(-8, 8)
            cv.sub(c, x, y + row * (ch + rng.uniform(35, 60)))
    else:
        y = rng.uniform(80, 140)
        for i, c in enumerate(cards_list):
            row, col = divmod(i, 2)
            x = (W - 2 * cw - 24) / 2 + col * (cw + 24) + rng.uniform(-5, 5)
            cv.sub(c, x, y + row * (ch + rng.uniform(40, 70)))
    if wm:
        watermark(cv, WM_TEXT, rng, rows=3)
    return cv


def _wrap(cv, rng, wm=False):
    """wrap a document canvas in a sheet canvas (to add a watermark without touching the document's own log)"""
    if not wm:
        return cv
    s = Canvas(cv.w, cv.h, bg=None, unit=cv.unit)
    s.sub(cv, 0, 0)
    watermark(s, WM_TEXT, rng, rows=3)
    return s


def emit_id_and_permit(B):
    rng, w, o = B.rng, B.w, B.o
    idd, pd = w["id"], w["permit"]
    front, back = cards.id_front(idd, rng), cards.id_back(idd, rng)
    if "id_card" == o.get("drop"):
        id_form = None
    else:
        id_form = o.get("id_form") or _pick(rng, [("photo_two", 2), ("photo_together", 1), ("a4_copy", 3.5)])
    permit_form = o.get("permit_form") or _pick(rng, [("e_permit", 3.5), ("info_scan", 1.5), ("info_web_pdf", 2.5),
                                                      ("info_photo", 0.4), ("card_plus_info", 1.2)])
    wm = bool(o.get("watermark")) or rng.random() < 0.2
    pfront = pback = None
    if permit_form in ("card_plus_info", "card_only"):
        pd2 = dict(pd)
        pfront, pback = cards.permit_front(pd2, rng), cards.permit_back(pd2, rng)
    # ---- id card
    if id_form == "front_only":
        d = B.doc("id_card", "card_front_only", [front])
        B.photo(front, [d], card=True, hint="身份证")
    elif id_form == "photo_two":
        d = B.doc("id_card", "cards", [front, back])
        B.photo(front, [d], card=True, hint="身份证正面")
        B.photo(back, [d], card=True, hint="身份证反面")
    elif id_form == "photo_together":
        d = B.doc("id_card", "cards_together", [front, back])
        cv = Canvas(cards.CARD_W * 2 + 40, cards.CARD_H + 40, bg=(250, 250, 250))
        cv.sub(front, 14, 20)
        cv.sub(back, cards.CARD_W + 26, 20)
        B.photo(cv, [d], card=True, hint="身份证")
    elif id_form == "a4_copy":
        d = B.doc("id_card", "a4_copy", [front, back])
        lst = [front, back]
        docs = [d]
        pdoc = None
        if pfront is not None and permit_form == "card_plus_info" and rng.random() < 0.6:
            lst += [pfront, pback]
        sheet_cv = _a4_with(lst, rng, wm=wm)
        kind = B.scan_kind() if rng.random() < 0.85 else "photo"
        B._id_sheet = (sheet_cv, lst)
        if kind == "photo":
            f = B.photo(sheet_cv, docs, hint="身份证复印件")
        else:
            f = B.file("scan", rng.choice(["jpg", "pdf_image", "png"]), [B.sheet(sheet_cv, docs, kind)], hint="身份证复印件")
        B._id_file = f
    # ---- residence permit
    if permit_form == "e_permit":
        masked = None
        if (o.get("masked") or rng.random() < 0.4) and o.get("id_typo") != "residence_permit":
            from .ids import mask_id
            masked = mask_id(pd["id_number"], rng.choice(["mid", "six_four"]))
        cvs = permit.e_permit(pd, rng, dark=rng.random() < 0.3, long=rng.random() < 0.35, masked=masked)
        d = B.doc("residence_permit", "e_permit", cvs)
        B.screenshot(cvs[0], [d], hint="居住证")
    elif permit_form in ("info_scan", "info_web_pdf", "info_photo"):
        web = permit_form == "info_web_pdf" or rng.random() < 0.3
        stamp = fmt_date(pd["print_date"], "slash") + " %02d:%02d" % (rng.randint(8, 20), rng.randint(0, 59))
        cvs = permit.info_page(dict(pd), rng, web=web, stamp=stamp,
                               font_pool=None if permit_form != "info_web_pdf" else ["song", "zenhei", "microhei", "ming"])
        d = B.doc("residence_permit", "info_page_%s%s" % (cvs[0].meta["arrangement"], "_web" if web else ""), cvs)
        if permit_form == "info_web_pdf":
            f = B.file("webpdf", "pdf_text", [B.sheet(cvs[0], [d], "vector")], hint="居住证信息")
            if o.get("shuffle_pdf"):
                f["text_order"] = "shuffle"
        elif permit_form == "info_photo":
            B.photo(cvs[0], [d], hint="居住证")
        else:
            B.file("scan", rng.choice(["jpg", "pdf_image"]), [B.scan_sheet(cvs[0], [d])], hint="居住证")
    elif permit_form in ("card_plus_info", "card_only"):
        cvs = [pfront, pback]
        if permit_form == "card_plus_info":
            info = permit.info_page(dict(pd), rng, web=False)
            cvs += info
        d = B.doc("residence_permit", "card_and_info" if permit_form == "card_plus_info" else "card_only", cvs)
        on_copy = getattr(B, "_id_sheet", None) and pfront in B._id_sheet[1]
        if on_copy:
            B._id_file["sheets"][0]["docs"].append(d)
        else:
            if rng.random() < 0.5 or permit_form == "card_only":
                B.photo(pfront, [d], card=True, hint="居住证正面")
                B.photo(pback, [d], card=True, hint="居住证背面")
            else:
                cv = _a4_with([pfront, pback], rng, wm=wm)
                B.file("scan", "jpg", [B.sheet(cv, [d], B.scan_kind())], hint="居住证复印件")
        if permit_form == "card_plus_info":
            if rng.random() < 0.5:
                B.photo(info[0], [d], hint="居住证信息")
            else:
                B.file("scan", rng.choice(["jpg", "pdf_image"]), [B.sheet(info[0], [d], B.scan_kind())], hint="居住证信息")


def emit_hukou(B):
    rng, w, o = B.rng, B.w, B.o
    if w["application"] == "renewal":
        return
    wm = bool(o.get("watermark")) or rng.random() < 0.2
    if "collective" in w:
        cvs = hukou.collective_certificate(w["collective"], rng)
        d = B.doc("collective_hukou_certificate", "certificate_letter", cvs)
        if rng.random() < 0.5:
            B.photo(cvs[0], [d], hint="户籍证明")
        else:
            B.file("scan", rng.choice(["pdf_image", "jpg"]), [B.sheet(_wrap(cvs[0], rng, wm), [d], B.scan_kind())], hint="户籍证明")
        return
    hand = rng.random() < 0.4
    cov = hukou.cover(w["cover"], rng, hand=hand)
    mem = hukou.member(w["member"], rng, hand=hand)
    dc = B.doc("household_register_cover", "booklet_cover" + ("_hand" if hand else ""), [cov])
    drop_member = o.get("drop") == "household_register_member"
    dm = None if drop_member else B.doc("household_register_member", "register_card" + ("_hand" if hand else ""), [mem])
    form = _pick(rng, [("photo_separate", 1.2), ("photo_open", 1.2), ("a4_copy", 2.5), ("scan_separate", 2.2)])
    if drop_member:
        form = rng.choice(["photo_separate", "scan_separate"])
    if form == "photo_separate":
        B.photo(cov, [dc], hint="户口本首页")
        if dm:
            B.photo(mem, [dm], hint="户口本本人页")
    elif form == "photo_open":
        cv = Canvas(hukou.BOOK_W * 2 + 30, hukou.BOOK_H + 24, bg=rng.choice([(120, 30, 35), (90, 40, 40), (40, 40, 70)]))
        cv.sub(cov, 12, 12)
        cv.sub(mem, hukou.BOOK_W + 18, 12)
        cv.line(hukou.BOOK_W + 15, 12, hukou.BOOK_W + 15, hukou.BOOK_H + 12, width=2, color=(150, 140, 130))
        B.photo(cv, [dc, dm], hint="户口本", allow_rot=False)
    elif form == "a4_copy":
        cv = Canvas(*A4)
        k = 0.98
        if rng.random() < 0.5:
            cv.sub(cov, (A4[0] - hukou.BOOK_W * k) / 2, 20, k=k)
            cv.sub(mem, (A4[0] - hukou.BOOK_W * k) / 2, 30 + hukou.BOOK_H * k, k=k)
        else:
            cv = Canvas(A4[1], A4[0])   # landscape copy: the open booklet
            cv.sub(cov, 60, 20, k=1.35)
            cv.sub(mem, 60 + hukou.BOOK_W * 1.35 + 10, 20, k=1.35)
        if wm:
            watermark(cv, WM_TEXT, rng, rows=3)
        kind = B.scan_kind()
        B.file("scan", rng.choice(["jpg", "pdf_image", "png"]), [B.sheet(cv, [dc, dm], kind)], hint="户口本复印件")
    else:
        sheets = [B.sheet(_wrap(cov, rng, wm), [dc], B.scan_kind())]
        if dm:
            sheets.append(B.sheet(_wrap(mem, rng, wm), [dm], sheets[0]["kind"]))
        B.file("scan", "pdf_image", sheets, hint="户口本")


def _contract_data(B, c, renewal=None):
    w, rng = B.w, B.rng
    emp = w["employer"]
    disp = display_name(rng, emp, fullwidth=True if B.o.get("brackets") else None)
    d = dict(employer=emp["name"], employer_display=disp, legal_rep=emp["legal_rep"], employer_address=emp["address"],
             uscc=emp["uscc"], employer_seal=seal_name(emp), employee_name=c["employee_name"],
             employee_id=c["employee_id"] if c["show_id"] else None, employee_hukou=w["p"]["hukou_address"],
             employee_address=w["p"]["residence_address"], phone="1%d%08d" % (rng.choice([35, 38, 39, 58, 86, 89]), rng.randint(0, 10 ** 8 - 1)),
             start=c["start"], end=c["end"], open_ended=c["open_ended"], signing_date=c["signing"],
             probation_end=c["probation_end"], job=c["job"], contract_no="HT%d%05d" % (c["start"].year, rng.randint(1, 99999)))
    if renewal:
        d.update(start=renewal["start"], end=renewal["end"], orig_start=renewal["orig_start"], orig_end=renewal["orig_end"],
                 orig_signing=renewal["orig_signing"], signing_date=renewal["signing"], open_ended=False)
    return d


def emit_contract(B):
    rng, w, o = B.rng, B.w, B.o
    c = w["contract"]
    d = _contract_data(B, c)
    layout = o.get("contract_layout") or _pick(rng, [("shanghai_model", 3), ("company_template", 3), ("hire_contract", 1),
                                                      ("e_contract", 1.5)])
    cap = _pick(rng, [("photos", 2), ("scan_pdf", 3.5), ("tiff", 1), ("photocopy", 1.2), ("lowres", 0.6)])
    if layout == "e_contract":
        cvs = contract.e_contract(d, rng)
        cap = "text_pdf" if rng.random() < 0.75 else "scan_pdf"
    else:
        fn = {"shanghai_model": contract.shanghai_model, "company_template": contract.company_template,
              "hire_contract": contract.hire_contract}[layout]
        cvs = fn(d, rng)
    if B.sc["key"] in BLANK_PAGE_SCENARIOS:
        cap = "scan_pdf"   # a scanner-app PDF with a blank back page between the contract pages
    doc = B.doc("labour_contract", layout, cvs)
    _emit_multi(B, cvs, doc, cap, hint="劳动合同", blank_ok=B.sc["key"] in BLANK_PAGE_SCENARIOS)
    if "renewal" in w:
        rd = _contract_data(B, c, w["renewal"])
        rc = contract.renewal(rd, rng)
        rdoc = B.doc("labour_contract", "renewal", rc, extra={"renewal_of_previous_contract": True})
        if rng.random() < 0.6:
            B.photo(rc[0], [rdoc], hint="续订书")
        else:
            B.file("scan", "pdf_image", [B.sheet(rc[0], [rdoc], B.scan_kind())], hint="续订书")


BLANK_PAGE_SCENARIOS = {"fix_term_short", "fix_si_stopped"}


def _emit_multi(B, cvs, doc, cap, hint, blank_ok=False):
    rng = B.rng
    if cap == "text_pdf":
        f = B.file("webpdf", "pdf_text", [B.sheet(cv, [doc], "vector") for cv in cvs], hint=hint)
        if B.o.get("shuffle_pdf") or rng.random() < 0.3:
            f["text_order"] = rng.choice(["shuffle", "columns", "reverse"])
        return
    if cap == "photos":
        for cv in cvs:
            B.photo(cv, [doc], hint=hint)
        return
    kind = {"scan_pdf": B.scan_kind(), "tiff": "bilevel", "photocopy": "photocopy", "lowres": "lowres"}[cap]
    if cap == "scan_pdf" and kind == "lowres":
        kind = "scan_grey"
    sheets = []
    for i, cv in enumerate(cvs):
        rot = 180 if (cap in ("scan_pdf", "tiff") and i > 0 and rng.random() < 0.08) else 0
        sheets.append(B.sheet(cv, [doc], kind, rotation=rot))
    if blank_ok and len(sheets) > 1:
        sheets.insert(1, B.sheet(Canvas(*A4), [], kind, blank=True))
    if cap == "tiff":
        B.file("scan", "tiff", sheets, hint=hint)
    elif cap in ("photocopy", "lowres") and rng.random() < 0.5:
        for s in sheets:
            B.file("scan", "jpg", [s], hint=hint)
    else:
        B.file("scan", "pdf_image", sheets, hint=hint)


def _web_docs(B, cvs, doc, hint, allow=("text_pdf", "print_scan", "print_photo")):
    rng = B.rng
    cap = _pick(rng, [(a, {"text_pdf": 3, "print_scan": 1.5, "print_photo": 0.4}[a]) for a in allow])
    if cap == "text_pdf":
        f = B.file("webpdf", "pdf_text", [B.sheet(cv, [doc], "vector") for cv in cvs], hint=hint)
        if B.o.get("shuffle_pdf") or rng.random() < 0.35:
            f["text_order"] = rng.choice(["shuffle", "columns", "reverse"])
    elif cap == "print_scan":
        kind = rng.choice(["web_print_scan", "web_print_scan_grey"])
        if rng.random() < 0.5:
            B.file("scan", "pdf_image", [B.sheet(cv, [doc], kind) for cv in cvs], hint=hint)
        else:
            for cv in cvs:
                B.file("scan", "jpg", [B.sheet(cv, [doc], kind)], hint=hint)
    else:
        for cv in cvs:
            B.photo(cv, [doc], hint=hint)


def _browser(cvs, rng, title, url, when):
    stamp = fmt_date(when, "slash") + " %02d:%02d" % (rng.randint(8, 21), rng.randint(0, 59))
    for i, cv in enumerate(cvs):
        cv.text(28, 20, stamp, "dejavu", 7.5, (60, 60, 60))
        cv.text(A4[0] / 2 + 40, 20, title, "microhei", 7.5, (60, 60, 60), anchor="m")
        cv.text(28, A4[1] - 12, url, "dejavu", 7, (60, 60, 60))
        cv.text(A4[0] - 28, A4[1] - 12, "%d/%d" % (i + 1, len(cvs)), "dejavu", 7.5, (60, 60, 60), anchor="r")


def emit_tax(B):
    rng, w, o = B.rng, B.w, B.o
    t = dict(w["tax"])
    agents = {r["agent"] for r in t["rows"]}
    choices = [("national_pdf", 4), ("detail_app", 2.5), ("detail_pdf", 1.2)]
    if len(agents) == 1 and len(t["rows"]) <= 14:
        choices.append(("old_cert", 1))
    form = o.get("tax_form") or _pick(rng, choices)
    if o.get("uscc_remark"):
        form = "national_pdf"
    if form == "national_pdf":
        remark = rng.choice(["remark_id_before", "remark_id_after"]) if o.get("uscc_remark") else None
        cvs = tax.national(t, rng, pdf=True, remark=remark)
        d = B.doc("tax_record", "national_record", cvs)
        _web_docs(B, cvs, d, "纳税记录")
    elif form == "detail_app":
        cvs = tax.income_detail_app(t, rng, dark=rng.random() < 0.3)
        d = B.doc("tax_record", "income_detail_app", cvs)
        for cv in cvs:
            B.screenshot(cv, [d], hint="个税")
    elif form == "detail_pdf":
        cvs = tax.income_detail_pdf(t, rng)
        d = B.doc("tax_record", "income_detail_pdf", cvs)
        _web_docs(B, cvs, d, "收入纳税明细")
    else:
        cvs = tax.old_certificate(t, rng, pdf=False)
        d = B.doc("tax_record", "tax_certificate_old", cvs)
        _web_docs(B, cvs, d, "完税证明", allow=("print_scan", "print_photo"))


def emit_si(B):
    rng, w = B.rng, B.w
    if "si" not in w:
        return
    s = w["si"]
    form = _pick(rng, [("table", 4), ("app", 2.5)])
    if B.o.get("si_variant"):
        form = "table"
    if form == "app":
        cvs = social.app_list(s, rng, dark=rng.random() < 0.35)
        d = B.doc("social_insurance_record", "app_list", cvs)
        for cv in cvs:
            B.screenshot(cv, [d], hint="社保")
        return
    variant = rng.choice(["type", "remark", "ranges", "section"])
    variant = B.o.get("si_variant") or variant
    cvs = social.payment_table(s, rng, pdf=True, variant=variant)
    if rng.random() < 0.5:
        _browser(cvs, rng, "上海市社会保险个人缴费情况", "https://zwdt.sh.gov.cn/govPortals/rsj/sbjf/grjfqk", s["print_date"])
    d = B.doc("social_insurance_record", "payment_table_" + variant, cvs)
    _web_docs(B, cvs, d, "社保缴费记录")


def emit_edu(B):
    rng, w = B.rng, B.w
    for e in w.get("edu", []):
        if e["type"] == "xuexin":
            if rng.random() < 0.7:
                cvs = edu.xuexin_pdf(e, rng)
                d = B.doc("diploma", "xuexin_record", cvs, extra={"study_mode": e["study_mode"], "online_record": True})
                _web_docs(B, cvs, d, "学信网")
            else:
                cvs = edu.xuexin_app(e, rng, dark=rng.random() < 0.3)
                d = B.doc("diploma", "xuexin_app", cvs, extra={"study_mode": e["study_mode"], "online_record": True})
                B.screenshot(cvs[0], [d], hint="学信网")
            continue
        if e["type"] == "diploma":
            cvs = edu.diploma(e, rng)
            d = B.doc("diploma", ("diploma_" if e["study_mode"] == "普通全日制" else "diploma_adult_") + cvs[0].meta["layout"], cvs,
                      extra={"study_mode": e["study_mode"]})
        else:
            cvs = edu.degree(e, rng)
            d = B.doc("degree_certificate", "degree", cvs)
        if rng.random() < 0.4:
            B.photo(cvs[0], [d], hint="毕业证" if e["type"] == "diploma" else "学位证")
        else:
            B.file("scan", rng.choice(["jpg", "pdf_image", "png", "bmp" if rng.random() < 0.3 else "jpg"]),
                   [B.scan_sheet(cvs[0], [d])], hint="学历")


def emit_marriage(B):
    rng, w = B.rng, B.w
    if "marriage" not in w:
        return
    cvs = marriage.spread(w["marriage"], rng)
    d = B.doc("marriage_certificate", "inner_spread", cvs)
    if rng.random() < 0.65:
        B.photo(cvs[0], [d], hint="结婚证")
    else:
        B.file("scan", "jpg", [B.scan_sheet(cvs[0], [d])], hint="结婚证")


def emit_unknown(B):
    rng, w = B.rng, B.w
    if rng.random() > 0.3 and not B.o.get("unknown"):
        return
    kind = rng.choice(["receipt", "rental", "bank"])
    if kind == "receipt":
        cvs = misc.receipt(rng, w["as_of"] - _dt.timedelta(days=rng.randint(1, 30)), w["p"]["residence_address"])
    elif kind == "rental":
        from .person import make_name
        cvs = misc.rental_contract(rng, w["p"]["name"], w["p"]["residence_address"], make_name(rng, rng.random() < 0.5),
                                   w["as_of"] - _dt.timedelta(days=rng.randint(60, 300)))
    else:
        cvs = misc.bank_slip(rng, w["p"]["name"], w["as_of"] - _dt.timedelta(days=rng.randint(1, 60)))
    d = B.doc("unknown", kind, cvs)
    if rng.random() < 0.6:
        B.photo(cvs[0], [d], hint="其他")
    else:
        B.file("scan", rng.choice(["jpg", "bmp", "png"]), [B.scan_sheet(cvs[0], [d])], hint="其他")


# ====================================================================== names
def _names(B, as_of):
    rng = B.rng
    used = set()
    t0 = _dt.datetime(as_of.year, as_of.month, as_of.day, 9) - _dt.timedelta(days=rng.randint(1, 12))
    img_no = rng.randint(1000, 9000)
    scan_no = rng.randint(1, 40)
    out = []
    for f in B.files:
        t0 += _dt.timedelta(minutes=rng.randint(1, 90), seconds=rng.randint(0, 59))
        ext = {"jpg": "jpg", "png": "png", "heic": "HEIC", "webp": "webp", "bmp": "bmp", "pdf_image": "pdf",
               "pdf_text": "pdf", "tiff": "tif"}[f["fmt"]]
        g, hint = f["group"], f["hint"] or "文件"
        r = rng.random()
        if g == "photo":
            img_no += rng.randint(1, 4)
            if f["fmt"] == "heic":
                name = "IMG_%04d.HEIC" % img_no
            elif r < 0.45:
                name = "IMG_%s.jpg" % t0.strftime("%Y%m%d_%H%M%S")
            elif r < 0.7:
                name = "IMG_%04d.JPG" % img_no
            elif r < 0.85:
                name = "%s.jpg" % hint
            else:
                name = "mmexport%d.jpg" % (1795000000000 + rng.randint(0, 10 ** 9))
        elif g == "chat":
            name = "微信图片_%s.%s" % (t0.strftime("%Y%m%d%H%M%S"), "jpg")
        elif g == "screenshot":
            if r < 0.5:
                name = "Screenshot_%s.%s" % (t0.strftime("%Y%m%d-%H%M%S"), ext)
            elif r < 0.75:
                name = "Screenshot_%s_com.%s.%s" % (t0.strftime("%Y-%m-%d-%H-%M-%S-") + "%03d" % rng.randint(0, 999),
                                                     rng.choice(["tencent.mm", "sh.gov.ssm", "chinatax.gov.cn"]), ext)
            else:
                img_no += 1
                name = "IMG_%04d.%s" % (img_no, ext.upper() if ext == "png" else ext)
        elif g == "webpdf":
            name = rng.choice(["%s.pdf" % hint, "%s(%s).pdf" % (hint, t0.strftime("%Y%m%d")), "download.pdf",
                               "%d.pdf" % (1795000000000 + rng.randint(0, 10 ** 9)), "打印预览_%s.pdf" % hint])
        else:
            scan_no += 1
            if r < 0.3:
                name = "scan%04d.%s" % (scan_no, ext)
            elif r < 0.45:
                name = "扫描全能王 %s.%s" % (t0.strftime("%Y-%m-%d %H.%M"), ext)
            elif r < 0.55:
                name = "CamScanner %s.%s" % (t0.strftime("%m-%d-%Y %H.%M"), ext)
            elif r < 0.75:
                name = "%s.%s" % (hint, ext)
            elif r < 0.88:
                name = "Scan_%s.%s" % (t0.strftime("%Y%m%d_%H%M%S"), ext)
            else:
                name = "doc%05d.%s" % (rng.randint(0, 99999), ext)
        base, e = os.path.splitext(name)
        k = 2
        while name.lower() in used:
            name = "%s(%d)%s" % (base, k, e)
            k += 1
        used.add(name.lower())
        f["name"] = name


def _bundle(B):
    """sometimes a scanner app put several scanned documents into one PDF"""
    rng = B.rng
    cands = [f for f in B.files if f["group"] == "scan" and f["fmt"] in ("pdf_image", "jpg", "png")]
    if len(cands) >= 3 and rng.random() < 0.35:
        take = cands[:rng.randint(2, min(4, len(cands)))]
        sheets = []
        for f in take:
            sheets += f["sheets"]
        first = B.files.index(take[0])
        for f in take:
            B.files.remove(f)
        B.files.insert(first, dict(group="scan", fmt="pdf_image", sheets=sheets, hint="扫描件", text_order=None))


# ====================================================================== plan
def plan(index, seed):
    sc = scenario_plan(seed)[index - 1]
    rng = random.Random("%d/%d/plan" % (seed, index))
    from .world import make_world
    w = make_world(rng, sc)
    B = Builder(rng, w, sc)
    emit_id_and_permit(B)
    emit_hukou(B)
    emit_contract(B)
    emit_tax(B)
    emit_si(B)
    emit_edu(B)
    emit_marriage(B)
    emit_unknown(B)
    # users do not upload in a fixed order
    head = B.files[:]
    rng.shuffle(head)
    B.files = head
    _bundle(B)
    _names(B, w["as_of"])
    truth = make_truth(B, index, sc)
    return B, truth


def _capture_label(s, f):
    k = s["kind"]
    if s["blank"]:
        return "blank"
    if k == "vector":
        return "text_pdf_" + f["text_order"] if f.get("text_order") else "text_pdf"
    if k == "photo":
        if f["fmt"] == "heic":
            return "photo_heic"
        if f["group"] == "chat":
            return "photo_chat"
        if s["exif"] != 1:
            return "photo_exif"
        return "photo"
    if k == "screenshot":
        cv = s["canvas"]
        lab = "screenshot"
        if cv.bg and sum(cv.bg) < 150:
            lab += "_dark"
        if cv.h / cv.w > 2.45:
            lab += "_long"
        if s["cap"].get("chat"):
            lab += "_chat"
        return lab
    if k == "bilevel":
        return "scan_bilevel"
    return k


def make_truth(B, index, sc):
    w = B.w
    pages = []
    doc_pages = {id(d): [] for d in B.docs}
    for f in B.files:
        for i, s in enumerate(f["sheets"]):
            types = [d["type"] for d in s["docs"]]
            e = {"file": f["name"], "page": i + 1, "type": types[0] if types else "unknown",
                 "capture": _capture_label(s, f), "rotation": s["rotation"]}
            if len(set(types)) > 1:
                e["types"] = sorted(set(types), key=types.index)
            if s["exif"] != 1:
                e["exif_orientation"] = s["exif"]
            if s["blank"]:
                e["blank"] = True
            pages.append(e)
            for d in s["docs"]:
                doc_pages[id(d)].append({"file": f["name"], "page": i + 1})
    docs = []
    for d in B.docs:
        fields, rows = {}, []
        for cv in d["canvases"]:
            for k, v in cv.fields.items():
                if k in fields and fields[k] != v:
                    raise ValueError("conflict %s %s %r %r" % (d["type"], k, fields[k], v))
                fields[k] = v
            rows += cv.rows
        entry = {"type": d["type"], "layout": d["layout"], "pages": doc_pages[id(d)], "fields": _order_fields(d["type"], fields),
                 "rows": rows}
        if d["extra"]:
            entry["extra"] = d["extra"]
        if not entry["pages"]:
            raise ValueError("document without pages: %s" % d["type"])
        docs.append(entry)
    t = {"packet": "r%03d" % index, "as_of": iso(w["as_of"]), "application": w["application"],
         "defects": list(sc.get("defects", [])), "expected_rules": [], "verdict": None, "points": None,
         "pages": pages, "documents": docs}
    rules, verdict, points = derive(t)
    t["expected_rules"], t["verdict"], t["points"] = rules, verdict, points
    t["scenario"] = {"key": sc["key"], "intended_verdict": sc["verdict"], "noise": sc.get("noise", [])}
    _refuse(t, sc)
    return t


SPEC_FIELDS = {
    "id_card": ["name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"],
    "residence_permit": ["name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from", "valid_until"],
    "household_register_cover": ["household_type", "head_name", "household_number", "address", "issue_date"],
    "household_register_member": ["name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place", "birth_date",
                                  "id_number", "education", "marital_status", "employer", "registration_date"],
    "collective_hukou_certificate": ["name", "id_number", "address", "issue_date"],
    "labour_contract": ["employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended", "signing_date"],
    "tax_record": ["name", "id_number", "issue_date"],
    "social_insurance_record": ["name", "id_number"],
    "diploma": ["name", "school", "major", "level", "graduation_date"],
    "degree_certificate": ["name", "school", "major", "level", "graduation_date"],
    "marriage_certificate": ["holder_name", "spouse_name", "spouse_id_number", "registration_date"],
    "unknown": [],
}


def _order_fields(t, fields):
    spec = SPEC_FIELDS[t]
    extra = [k for k in fields if k not in spec]
    if extra:
        raise ValueError("non-SPEC fields %s on %s" % (extra, t))
    return {k: fields[k] for k in spec if k in fields and fields[k] not in ("", None)}


def _refuse(t, sc):
    rules, verdict = t["expected_rules"], t["verdict"]
    if verdict != sc["verdict"]:
        raise RuntimeError("packet %s (%s): derived verdict %s != intended %s; rules %s" % (t["packet"], sc["key"], verdict, sc["verdict"], rules))
    if sc["verdict"] == "fix":
        errs = sorted(r for r in rules if SEVERITY[r] == "error")
        if errs != sorted(sc["expect"]):
            raise RuntimeError("packet %s (%s): errors %s != intended %s" % (t["packet"], sc["key"], errs, sc["expect"]))
    elif sc["verdict"] == "review":
        if sorted(rules) != sorted(sc["expect"]):
            raise RuntimeError("packet %s (%s): warnings %s != intended %s" % (t["packet"], sc["key"], rules, sc["expect"]))


# ====================================================================== render
def _sheet_image(s, f, rng):
    cv, k = s["canvas"], s["kind"]
    pt = cv.unit == "pt"
    if s["blank"]:
        dpi = rng.choice([150, 200])
        img = Canvas(cv.w, cv.h)
        im = rasterize(img, dpi / 72)
        return C.scan(im, rng, grey=k in ("scan_grey", "photocopy", "bilevel"), skew=False) if k != "bilevel" else C.bilevel(im, rng)
    if k == "photo":
        long_px = rng.uniform(1900, 2500) if s["cap"].get("card") else rng.uniform(2500, 3200)
        if f["group"] == "chat":
            long_px *= 0.55
        scale = long_px / max(cv.w, cv.h)
        im = rasterize(cv, scale)
        if not pt:   # a photo of a screen/printout in px units
            pass
        out = C.phone_photo(im, rng, card=s["cap"].get("card"), small=f["group"] == "chat")
        return out
    if k == "screenshot":
        return rasterize(cv, 1.0)
    if k in ("scan", "scan_grey", "photocopy", "lowres", "bilevel", "web_print_scan", "web_print_scan_grey"):
        dpi = {"scan": rng.choice([150, 200, 200, 300]), "scan_grey": rng.choice([150, 200, 300]), "photocopy": rng.choice([150, 200]),
               "lowres": 200, "bilevel": 200, "web_print_scan": rng.choice([150, 200]), "web_print_scan_grey": 150}[k]
        im = rasterize(cv, dpi / 72)
        if k in ("scan", "web_print_scan"):
            return C.scan(im, rng)
        if k in ("scan_grey", "web_print_scan_grey"):
            return C.scan(im, rng, grey=True)
        if k == "photocopy":
            return C.photocopy(im, rng)
        if k == "bilevel":
            return C.bilevel(im, rng)
        if k == "lowres":
            return C.scan(C.lowres(im, rng, 200), rng, skew=False, edge=False)
    raise ValueError(k)


def render(B, out_dir, seed, index):
    os.makedirs(out_dir, exist_ok=True)
    for fi, f in enumerate(B.files):
        rng = random.Random("%d/%d/render/%d" % (seed, index, fi))
        path = os.path.join(out_dir, f["name"])
        if f["fmt"] == "pdf_text":
            with open(path, "wb") as fh:
                write_pdf([s["canvas"] for s in f["sheets"]], fh, text_order=f.get("text_order"), rng=rng)
            continue
        imgs = []
        for s in f["sheets"]:
            im = _sheet_image(s, f, rng)
            if s["rotation"]:
                im = C.rotate(im, s["rotation"])
            imgs.append(im)
        if f["fmt"] == "pdf_image":
            # scanner apps store pages at their scan resolution; keep the page size A4-ish
            data = C.to_image_pdf(imgs, dpi=rng.choice([150, 200]) if imgs[0].width > 1300 else 100, quality=rng.randint(70, 88))
        elif f["fmt"] == "tiff":
            data = C.to_tiff(imgs, dpi=200)
        else:
            im = imgs[0]
            s = f["sheets"][0]
            if f["group"] == "chat":
                data = C.chat_recompress(im, rng, screenshot=s["kind"] == "screenshot")
            elif f["fmt"] == "heic":
                data = C.to_heic(im, quality=rng.randint(60, 80),
                                 exif=C.exif_bytes(rng, 1, None))
            elif f["fmt"] == "jpg":
                exif = None
                if s["kind"] == "photo":
                    im = C.apply_exif_storage(im, s["exif"])
                    exif = C.exif_bytes(rng, s["exif"], None)
                data = C.to_jpeg(im, quality=rng.randint(82, 94) if s["kind"] != "screenshot" else 90, exif=exif)
            elif f["fmt"] == "png":
                data = C.to_png(im)
            elif f["fmt"] == "webp":
                data = C.to_webp(im)
            elif f["fmt"] == "bmp":
                data = C.to_bmp(im)
            else:
                raise ValueError(f["fmt"])
        with open(path, "wb") as fh:
            fh.write(data)


def write_truth(t, out_root):
    path = os.path.join(out_root, t["packet"] + ".truth.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=1)
    return path


def build(index, seed, out_root):
    B, t = plan(index, seed)
    pdir = os.path.join(out_root, t["packet"])
    if os.path.isdir(pdir):
        for n in os.listdir(pdir):
            os.remove(os.path.join(pdir, n))
    render(B, pdir, seed, index)
    write_truth(t, out_root)
    return t
