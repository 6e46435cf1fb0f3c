"""Turn drawn documents into files: choose a form and a capture for each, write pages, record them."""
import datetime as dt
import os

from PIL import Image

from . import capture as C
from . import forms as F
from . import screens as S
from .sheet import Sheet, render, to_pdf
from .util import d, mask_id, fmt_month, month_end

ID_OPTS = [("cards", "photo"), ("a4_copy", "scan"), ("a4_copy", "photocopy"), ("a4_with_permit", "scan"),
           ("cards", "photo_chat"), ("a4_copy", "bilevel_tiff"), ("cards", "scan"), ("a4_with_permit", "photo"),
           ("a4_copy", "lowres")]
PERMIT_OPTS = [("app", "screenshot"), ("info_table", "web_print_pdf"), ("info_table", "scan"), ("app", "screenshot_chat"),
               ("info_list", "web_print_photo"), ("info_grid4", "web_print_scan"), ("card_info", "photo"),
               ("info_table", "photocopy"), ("info_list", "web_print_pdf")]
HH_OPTS = [("open_booklet", "photo"), ("booklet_pages", "scan"), ("a4_copy_both", "photocopy"),
           ("booklet_pages", "photo_chat"), ("a4_copy_both", "scan"), ("booklet_pages_hand", "photo"),
           ("booklet_pages", "bilevel_tiff"), ("open_booklet", "scan")]
COLL_OPTS = [("letter", "scan"), ("letter", "photo"), ("letter", "photocopy")]
CONTRACT_OPTS = [("shanghai_model", "scan", "pdf"), ("company_table", "photo", "files"), ("hire_contract", "scan", "tiff"),
                 ("company_table", "bilevel_tiff", "tiff"), ("shanghai_model", "photo_chat", "files"),
                 ("company_table", "photocopy", "pdf"), ("shanghai_model", "scan", "files"), ("hire_contract", "photo", "files")]
TAX_OPTS = [("national", "text_pdf"), ("income_detail_app", "screenshot_long"), ("national_agent_col", "text_pdf"),
            ("income_detail_web", "web_print_pdf"), ("income_detail_app", "screenshot"), ("national", "print_scan"),
            ("old_certificate", "scan"), ("national_shuffled", "text_pdf"), ("income_detail_app", "screenshot_chat"),
            ("income_detail_web", "print_photo"), ("national", "print_photo")]
SI_OPTS = [("web_table", "web_print_pdf"), ("range_rows", "text_pdf"), ("app_list", "screenshot_long"),
           ("web_table_note", "print_scan"), ("app_list", "screenshot_chat"), ("web_table", "print_photo"),
           ("web_table_merged", "text_pdf")]
DIP_CAPS = ["scan", "photo", "photocopy", "photo_chat", "lowres", "scan_grey"]
XUEXIN_OPTS = [("xuexin", "text_pdf"), ("xuexin", "print_scan"), ("xuexin_app", "screenshot")]


def pick(opts, n, off):
    return opts[(n + off) % len(opts)]


class Out:
    def __init__(self, folder, rng, P):
        self.folder, self.rng, self.P = folder, rng, P
        self.pages = []
        self.used = set()
        self.heic_used = False
        self.t = dt.datetime.combine(P["as_of"], dt.time(20, 0)) - dt.timedelta(days=rng.randint(1, 12), minutes=rng.randint(0, 600))
        os.makedirs(folder, exist_ok=True)

    def name(self, kind, ext):
        r = self.rng
        self.t += dt.timedelta(seconds=r.randint(5, 900))
        t = self.t
        pats = {
            "heic": ["IMG_{n4}", "IMG_%Y%m%d_%H%M%S"],
            "photo": ["IMG_%Y%m%d_%H%M%S", "IMG_%H%M%S", "mmexport{ms}", "P{ymd}_{hms}", "DSC_{n4}", "IMG_{n4}"],
            "chat": ["微信图片_%Y%m%d%H%M%S", "mmexport{ms}", "{hex}"],
            "shot": ["Screenshot_%Y%m%d-%H%M%S", "Screenshot_%Y-%m-%d-%H-%M-%S-{n3}", "IMG_{n4}", "截屏%Y-%m-%d %H.%M.%S"],
            "scan": ["scan{n4}", "扫描件_%Y%m%d", "CamScanner %m-%d-%Y %H.%M", "Scan_%Y%m%d_%H%M%S", "doc{n5}", "新建文件{n3}",
                     "身份证", "合同", "材料{n2}", "未命名"],
            "pdf": ["个人所得税纳税记录", "download", "print_{n3}", "{hex}", "纳税记录({n1})", "社保", "材料{n2}",
                    "打印{n3}", "一网通办_{n4}"],
        }[kind]
        p = r.choice(pats)
        s = t.strftime(p).replace("{ms}", str(int(t.timestamp() * 1000))).replace("{ymd}", t.strftime("%Y%m%d")) \
            .replace("{hms}", t.strftime("%H%M%S")).replace("{n4}", "%04d" % r.randint(1, 9999)) \
            .replace("{n5}", "%05d" % r.randint(1, 99999)).replace("{n3}", "%03d" % r.randint(1, 999)) \
            .replace("{n2}", "%02d" % r.randint(1, 30)).replace("{n1}", str(r.randint(1, 5))) \
            .replace("{hex}", "%032x" % r.getrandbits(128))
        fn = "%s.%s" % (s, ext)
        k = 2
        while fn in self.used:
            fn = "%s(%d).%s" % (s, k, ext)
            k += 1
        self.used.add(fn)
        return fn

    def reg(self, fn, entries, capture):
        for i, (docs, _img, rot) in enumerate(entries, 1):
            self.pages.append({"file": fn, "page": i, "type": docs[0]["type"] if docs else "unknown",
                               "capture": capture, "rotation": rot})
            for x in docs:
                x["pages"].append({"file": fn, "page": i})

    def images(self, entries, capture, container, kind, dpi=None, exif=None, ext=None):
        """entries: [(docs, PIL image, rotation)]"""
        r = self.rng
        if container == "pdf":
            fn = self.name("scan" if kind != "pdf" else "pdf", "pdf")
            C.save_image_pdf([e[1] for e in entries], os.path.join(self.folder, fn), dpi or 200, r)
            self.reg(fn, entries, capture)
        elif container == "tiff":
            fn = self.name("scan", r.choice(["tif", "tiff"]))
            C.save_tiff([e[1] for e in entries], os.path.join(self.folder, fn), dpi or 200)
            self.reg(fn, entries, capture)
        else:
            for e in entries:
                x = ext or r.choice({"photo": ["jpg", "jpg", "jpg", "jpg", "jpeg", "jpg", "heic", "HEIC"], "chat": ["jpg"],
                                     "shot": ["png", "png", "jpg"], "scan": ["jpg"] * 12 + ["png", "webp", "webp"] + (["bmp"] if (dpi or 300) <= 200 else [])}[kind])
                if x.lower() == "heic":
                    if self.heic_used:
                        x = "jpg"
                    self.heic_used = True
                fn = self.name("heic" if x.lower() == "heic" else kind, x)
                fmt = {"jpeg": "jpg", "HEIC": "heic"}.get(x, x)
                C.save(e[1], os.path.join(self.folder, fn), fmt, r, exif_orient=exif, dpi=dpi)
                self.reg(fn, [e], capture)

    def text_pdf(self, docs_pages, sheets, capture, scramble=False):
        fn = self.name("pdf", "pdf")
        to_pdf(sheets, os.path.join(self.folder, fn), rng=self.rng, scramble=scramble)
        self.reg(fn, [(dp, None, 0) for dp in docs_pages], capture)


# ---------------------------------------------------------------- paper capture
def paper(out, docs_pages, sheets, capture, container=None, watermark=False):
    r = out.rng
    entries = []
    if capture in ("photo", "photo_chat", "print_photo", "web_print_photo"):
        exif = None
        for dp, sh in zip(docs_pages, sheets):
            img = render(sh, r.choice([130, 150, 170]))
            if watermark:
                img = C.watermark(img, r)
            img = C.photo(img, r, frame=r.choice([(3264, 2448), (3264, 2448), (4032, 3024), (4000, 3000)]))
            rot = 0
            u = r.random()
            if capture == "photo_chat":
                img = C.chat(img, r)
            if u < 0.25 and capture != "photo_chat":
                exif = r.choice([6, 8, 3])
            elif u < 0.35:
                img, rot = (img.rotate(-90, expand=True), 90) if r.random() < .5 else (img.rotate(180), 180)
            entries.append((dp, img, rot))
        kind = "chat" if capture == "photo_chat" else "photo"
        for e in entries:
            out.images([e], capture, "files", kind, exif=exif)
        return
    dpi = {"lowres": 100, "photocopy": 200, "bilevel_tiff": r.choice([200, 300])}.get(capture, r.choice([200, 200, 240, 300]))
    for dp, sh in zip(docs_pages, sheets):
        img = render(sh, dpi)
        if watermark:
            img = C.watermark(img, r)
        if capture in ("scan", "print_scan", "web_print_scan", "lowres"):
            img = C.scan(img, r, grey=r.random() < 0.3)
        elif capture == "scan_grey":
            img = C.scan(img, r, grey=True)
        elif capture == "photocopy":
            img = C.photocopy(C.scan(img, r), r)
        elif capture == "bilevel_tiff":
            img = C.bilevel(C.scan(img, r, skew=r.random() < .5), r)
        rot = 0
        if r.random() < 0.12 and capture != "bilevel_tiff":
            img, rot = (img.rotate(180), 180) if r.random() < .6 else (img.rotate(90, expand=True), 270)
        entries.append((dp, img, rot))
    if capture == "bilevel_tiff":
        container = "tiff"
    if container is None:
        container = r.choice(["files", "pdf"]) if len(entries) > 1 else r.choice(["files", "files", "pdf"])
    out.images(entries, capture, container, "scan", dpi=dpi)


def screenshots(out, docs, imgs, capture):
    r = out.rng
    # one document; several screens -> several files
    for im in imgs:
        if capture == "screenshot_chat":
            im = C.screenshot_chat(im, r)
        kind = "chat" if capture == "screenshot_chat" else "shot"
        out.images([(docs_list(docs), im, 0)], capture, "files", kind,
                   ext="jpg" if capture == "screenshot_chat" else r.choice(["png", "png", "jpg"]))


def docs_list(x):
    return x if isinstance(x, list) else [x]


# ---------------------------------------------------------------- main
def render_packet(P, rng, folder):
    out = Out(folder, rng, P)
    n = P["n"]
    tags = P["tags"]
    docs = P["docs"]
    by = {}
    for x in docs:
        by.setdefault(x["type"], []).append(x)
    ph = S.PHONES[(n * 3) % len(S.PHONES)]
    base = {"sex": P["sex"], "birth": P["birth"], "id": P["id"], "name": P["name"],
            "permit_office": P["permit_office"], "permit_card_no": "31%010d" % rng.randint(0, 10 ** 10 - 1),
            "print_date": out.t.date(), "print_dt": out.t, "phone": ph, "dark": n % 3 == 0,
            "clock": "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)),
            "police_station": "%s公安局%s派出所" % (P["region"][2], rng.choice(["城关", "新华", "人民路", "东风", "解放", "建设"])),
            "clerk": P["legal_rep"][:1] + rng.choice("明华军红平"),
            "uscc": P["uscc"], "legal_rep": P["legal_rep"], "company_addr": P["company_addr"],
            "hukou_address": P["hukou"], "residence_address": P["resid"], "phone_no": "1%010d" % rng.randint(3 * 10 ** 9, 9 * 10 ** 9),
            }
    base["phone"] = ph
    wm = "watermark" in tags or rng.random() < 0.15
    plan = []  # deferred: shuffle order of emission a bit

    # ---------------- ID card (+ maybe permit card on the same A4)
    idc = by["id_card"][0]
    permit = by["residence_permit"][0]
    lay, cap = pick(ID_OPTS, n, 0)
    popt = pick(PERMIT_OPTS, n, 2)
    if "masked_ids" in tags:
        popt = ("app", "screenshot")
    idc["layout"] = lay
    f = idc["fields"]
    front, back = F.id_front(f, rng, base), F.id_back(f, rng, base)
    pf = dict(permit["fields"])
    if P.get("fullwidth_permit"):
        pf["hukou_address"] = to_fw(pf["hukou_address"])

    def do_id():
        if lay == "cards":
            for sh in [front, back]:
                if cap == "scan":
                    a = Sheet(110, 75)
                    x0, y0 = 6 + rng.uniform(0, 10), 6 + rng.uniform(0, 8)
                    a.image(x0, y0, x0 + 85.6, y0 + 54, render(sh, 400))
                    paper(out, [[idc]], [a], "scan", "files")
                else:
                    img = render(sh, 508)
                    img = C.photo(img, rng, frame=rng.choice([(4032, 3024), (3264, 2448)]), fill=rng.uniform(.45, .7), glare=rng.random() < .6)
                    if cap == "photo_chat":
                        img = C.chat(img, rng)
                    out.images([([idc], img, 0)], cap, "files", "chat" if cap == "photo_chat" else "photo",
                               exif=(6 if rng.random() < .3 and cap == "photo" else None))
        else:
            a = F.A4()
            imgs = [render(front, 400), render(back, 400)]
            dp = [idc]
            if lay == "a4_with_permit":
                a.image(18, 30, 103.6, 84, imgs[0]); a.image(18, 100, 103.6, 154, imgs[1])
                a.image(112, 30, 197.6, 84, render(F.permit_front(pf, rng, base), 400))
                a.image(112, 100, 197.6, 154, render(F.permit_back(pf, rng, base), 400))
                dp = [idc, permit]
            elif rng.random() < .5:
                a.image(62, 40, 147.6, 94, imgs[0]); a.image(62, 110, 147.6, 164, imgs[1])
            else:
                a.image(15, 40, 100.6, 94, imgs[0]); a.image(110, 40, 195.6, 94, imgs[1])
            if cap == "photo":
                paper(out, [dp], [a], "photo", watermark=wm)
            else:
                paper(out, [dp], [a], cap, watermark=wm)
    plan.append(do_id)

    # ---------------- residence permit
    def do_permit():
        play, pcap = popt
        permit["layout"] = ("card+" if lay == "a4_with_permit" else "") + play
        g = dict(pf)
        if play == "app":
            if "masked_ids" in tags or rng.random() < 0.6:
                permit["fields"]["id_number"] = mask_id(P["id"], rng.choice([0, 2]))
                g["id_number"] = permit["fields"]["id_number"]
            ctx = dict(base, toast=rng.choice([None, "截图已保存", "已保存到相册"]), dstyle=rng.choice(["iso", "cn0"]))
            imgs = S.app_permit(g, rng, ctx)
            screenshots(out, permit, imgs, pcap)
        elif play == "card_info":
            for mk in [F.permit_front, F.permit_back]:
                img = C.photo(render(mk(g, rng, base), 508), rng, frame=(4032, 3024), fill=.6, glare=rng.random() < .5)
                out.images([([permit], img, 0)], "photo", "files", "photo")
            paper(out, [[permit]], F.permit_info(g, rng, base, "grid2"), rng.choice(["scan", "photo"]))
        else:
            style = {"info_table": "grid2", "info_grid4": "grid4", "info_list": "list"}[play]
            pdf = pcap == "web_print_pdf"
            land = rng.random() < 0.25
            sheets = F.permit_info(g, rng, base, style, pdf=pdf, landscape=land)
            if pcap.startswith("web_print"):
                F.browser_frame(sheets, rng, base, "上海市居住证信息查询 - 一网通办", "https://zwdt.sh.gov.cn/govPortals/bsfw/item/jzz/query")
            if pdf:
                out.text_pdf([[permit]] * len(sheets), sheets, pcap)
            else:
                paper(out, [[permit]] * len(sheets), sheets, pcap, watermark=wm and pcap == "photocopy")
    plan.append(do_permit)

    # ---------------- household
    if "household_register_cover" in by:
        cover = by["household_register_cover"][0]
        mem = by.get("household_register_member", [None])[0]
        hl, hc = pick(HH_OPTS, n, 1)
        cover["layout"] = hl

        def do_hh():
            ctx = dict(base, hand=hl.endswith("hand"), height=rng.randint(155, 185), blood=rng.choice(["A型", "B型", "O型", "AB型", ""]))
            cs = F.hh_cover(cover["fields"], rng, ctx)
            ms = F.hh_member(mem["fields"], rng, ctx) if mem else None
            if mem:
                mem["layout"] = "card_hand" if ctx["hand"] else "card_typed"
            if hl == "open_booklet" and mem:
                s = Sheet(216, 149, bg=(120, 70, 60))
                s.image(3, 3, 108, 146, render(cs, 300)); s.image(108, 3, 213, 146, render(ms, 300))
                s.line(108, 3, 108, 146, .6, (90, 60, 50))
                paper(out, [[cover, mem]], [s], hc)
            elif hl == "a4_copy_both" and mem:
                a = F.A4()
                a.image(52, 12, 157, 155, render(cs, 300)); a.image(52, 150, 157, 293, render(ms, 300))
                paper(out, [[cover, mem]], [a], hc, watermark=wm)
            else:
                dps, shs = [[cover]], [cs]
                if mem:
                    dps.append([mem]); shs.append(ms)
                paper(out, dps, shs, hc if hc != "open_booklet" else "scan")
        plan.append(do_hh)
    if "collective_hukou_certificate" in by:
        col = by["collective_hukou_certificate"][0]
        cl, cc = pick(COLL_OPTS, n, 0)
        col["layout"] = cl
        colf = dict(col["fields"])
        if rng.random() < 0.6:
            colf["address"] = colf["address"].replace("(", "（").replace(")", "）")
        plan.append(lambda: paper(out, [[col]], F.collective_letter(colf, rng, base), cc))

    # ---------------- contract(s)
    cons = by.get("labour_contract", [])
    for k, con in enumerate(cons):
        def do_con(con=con, k=k):
            cf = dict(con["fields"])
            if "fullwidth_company" in tags:
                cf["employer"] = cf["employer"].replace("(", "（").replace(")", "）")
            ctx = dict(base, contract_no="HT%d%04d" % (d(cf["start_date"]).year, rng.randint(1, 9999)),
                       pn_style=rng.randint(0, 2), term_style=rng.randint(0, 2), years=P.get("contract_years"),
                       sex=P["sex"], phone=base["phone_no"], orig_contract=P.get("orig_contract"))
            if con["layout"] == "renewal":
                sheets = F.contract_renewal(cf, rng, ctx)
                paper(out, [[con]], sheets, rng.choice(["scan", "photo", "photocopy"]))
                return
            cl, cc, cont = pick(CONTRACT_OPTS, n + k, 0)
            con["layout"] = cl
            if cl == "shanghai_model":
                sheets = F.contract_shanghai_model(cf, rng, ctx)
            else:
                sheets = F.contract_company_table(cf, rng, ctx, hire=cl == "hire_contract")
            paper(out, [[con]] * len(sheets), sheets, cc, None if cont == "files" and cc not in ("photo", "photo_chat") else cont)
        plan.append(do_con)

    # ---------------- tax
    if "tax_record" in by:
        tax = by["tax_record"][0]
        tl, tc = pick(TAX_OPTS, n, 3)
        if "masked_ids" in tags:
            tl, tc = ("income_detail_app", "screenshot_long")
        tax["layout"] = tl

        def do_tax():
            rows = P["tax_rows_full"]
            tf = dict(tax["fields"])
            pf_, pt_ = P["tax_period"]
            ctx = dict(base, mstyle=rng.choice(["iso", "cn", "compact", "range", "range_dot"]), commas=rng.random() < .5,
                       ruled=rng.random() < .6, repeat_header=rng.random() < .6, total_row=rng.random() < .4,
                       uscc_in_note=rng.choice([None, None, "after", "before"]), landscape=rng.random() < .3,
                       doc_no="%d%015d" % (P["as_of"].year, rng.randint(0, 10 ** 15 - 1)),
                       verify="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)),
                       period_from=fmt_month(pf_, "cn") + "01日", period_to=fmt_month(pt_, "cn") + "%02d日" % 28,
                       tax_district=P["docs"][0]["fields"]["issuing_authority"][:0] + "浦东新区", long=tc == "screenshot_long")
            ctx["period_from"] = pf_ + "-01"
            ctx["print_dt"] = dt.datetime.combine(d(tf["issue_date"]), dt.time(rng.randint(8, 21), rng.randint(0, 59)))
            ctx["period_to"] = month_end(int(pt_[:4]), int(pt_[5:])).isoformat()
            if tl == "income_detail_app":
                tax["fields"]["id_number"] = mask_id(tax["fields"]["id_number"], rng.choice([0, 1, 2]))
                tf["id_number"] = tax["fields"]["id_number"]
                imgs = S.app_tax_detail(tf, rows, rng, ctx)
                screenshots(out, tax, imgs, tc)
                return
            if tl.startswith("national"):
                variant = {"national": "note", "national_agent_col": "agent_col", "national_shuffled": "shuffled"}[tl]
                if variant == "shuffled":
                    ctx["mstyle"] = rng.choice(["range", "range_dot"])
                sheets = F.tax_national(tf, rows, rng, ctx, variant=variant)
            elif tl == "income_detail_web":
                sheets = F.tax_income_detail_web(tf, rows, rng, ctx)
            else:
                sheets = F.tax_old_certificate(tf, rows, rng, ctx)
            if tc in ("text_pdf", "web_print_pdf"):
                out.text_pdf([[tax]] * len(sheets), sheets, tc, scramble=(tl != "national" or rng.random() < .5))
            else:
                paper(out, [[tax]] * len(sheets), sheets, tc)
        plan.append(do_tax)

    # ---------------- social insurance
    if "social_insurance_record" in by:
        si = by["social_insurance_record"][0]
        from .scenarios import SCENARIOS
        k40 = (n - 1) % len(SCENARIOS)
        si_index = sum(1 for s in SCENARIOS[:k40] if {"si", "si_long"} & set(s[2]))
        sl, scap = SI_OPTS[(si_index + (n - 1) // len(SCENARIOS)) % len(SI_OPTS)]
        si["layout"] = sl

        def do_si():
            rows = si["rows"]
            sf = dict(si["fields"])
            ctx = dict(base, mstyle=rng.choice(["iso", "cn", "compact"]), commas=rng.random() < .5, ruled=rng.random() < .6,
                       repeat_header=rng.random() < .5, total_row=False, landscape=rng.random() < .3,
                       si_variant={"range_rows": "range", "web_table_note": "note"}.get(sl, "type"),
                       merged=sl == "web_table_merged", swap=rng.random() < .3, long=scap == "screenshot_long")
            if sl == "app_list":
                if rng.random() < 0.5:
                    si["fields"]["id_number"] = mask_id(sf["id_number"], 0)
                    sf["id_number"] = si["fields"]["id_number"]
                screenshots(out, si, S.app_si(sf, rows, rng, ctx), scap)
                return
            sheets = F.si_table(sf, rows, rng, ctx, pdf=scap.endswith("pdf"))
            if scap.startswith("web_print") or scap == "print_photo":
                F.browser_frame(sheets, rng, base, "个人社保缴费查询", "https://zwdt.sh.gov.cn/govPortals/shebao/grjfcx")
            if scap.endswith("pdf"):
                out.text_pdf([[si]] * len(sheets), sheets, scap, scramble=rng.random() < .5)
            else:
                paper(out, [[si]] * len(sheets), sheets, scap)
        plan.append(do_si)

    # ---------------- education
    for k, x in enumerate(by.get("diploma", []) + by.get("degree_certificate", [])):
        def do_edu(x=x, k=k):
            gd = d(x["fields"]["graduation_date"])
            lvl = x["fields"]["level"]
            years = 4 if lvl in ("本科", "学士") else (3 if lvl in ("专科", "硕士研究生", "硕士") else 4)
            if x["fields"].get("study_mode", "普通全日制") != "普通全日制":
                years = 3
            ctx = dict(base, years=years, president=P["legal_rep"][::-1][:1] + rng.choice(["建国", "志远", "卫东", "立新", "海涛"]),
                       cert_no="%05d%d%02d%06d" % (rng.randint(10000, 99999), gd.year, rng.randint(1, 9), rng.randint(0, 999999)),
                       deg_no="%05d%d%06d" % (rng.randint(10000, 99999), gd.year, rng.randint(0, 999999)),
                       field=P["edu_ctx"]["field"], verify="A%015d" % rng.randint(0, 10 ** 15 - 1))
            if x["type"] == "degree_certificate":
                x["layout"] = "bachelor" if lvl == "学士" else "graduate"
                paper(out, [[x]], F.degree_paper(x["fields"], rng, ctx), DIP_CAPS[(n + k + 1) % len(DIP_CAPS)])
            elif x["layout"] == "xuexin":
                xl, xc = pick(XUEXIN_OPTS, n, k)
                x["layout"] = xl
                if xl == "xuexin_app":
                    screenshots(out, x, S.app_xuexin(x["fields"], rng, ctx), xc)
                elif xc == "text_pdf":
                    out.text_pdf([[x]], F.xuexin_report(x["fields"], rng, ctx), xc)
                else:
                    paper(out, [[x]], F.xuexin_report(x["fields"], rng, ctx, pdf=False), xc)
            else:
                x["layout"] = "classic" if (n + k) % 2 else "modern"
                paper(out, [[x]], F.diploma_paper(x["fields"], rng, ctx, x["layout"]), DIP_CAPS[(n + k) % len(DIP_CAPS)])
        plan.append(do_edu)
    for x in by.get("marriage_certificate", []):
        def do_mc(x=x):
            sp = P["spouse"]
            ctx = dict(base, spouse_sex=sp["sex"], spouse_birth=sp["birth"], mc_no="J%d%06d-%s" % (P["region"][0][:4] and 3101, rng.randint(0, 999999), d(x["fields"]["registration_date"]).year),
                       mc_office="%s民政局" % P["region"][2])
            paper(out, [[x]], F.marriage_inner(x["fields"], rng, ctx), rng.choice(["photo", "scan"]))
        plan.append(do_mc)

    # ---------------- unknown pages (noise)
    if "receipt" in tags or rng.random() < 0.2:
        def do_unknown():
            ctx = dict(base, landlord=P["legal_rep"], rent_from=P["as_of"] - dt.timedelta(days=200),
                       rent_to=P["as_of"] + dt.timedelta(days=165), rent=rng.randint(25, 80) * 100)
            kind = rng.choice(["receipt", "rental", "bank"])
            if kind == "receipt":
                paper(out, [[]], F.receipt(rng, ctx), "photo")
            elif kind == "rental":
                paper(out, [[]], F.rental(rng, ctx), "scan")
            else:
                paper(out, [[]], F.bank_slip(rng, ctx), "photo_chat")
        plan.append(do_unknown)

    order = list(range(len(plan)))
    rng.shuffle(order)
    for i in order:
        plan[i]()
    return out.pages


def to_fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
