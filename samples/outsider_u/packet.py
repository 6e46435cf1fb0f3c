"""Builds one packet: values (scenario) -> renderings (cards/pages/screens/textpdf) ->
captures -> files + truth."""
import datetime as dt
import json
import os
import random

from . import capture as C
from . import cards, pages, screens, textpdf
from . import data as D
from .draw import Sheet, watermark
from .rules import compute_rules
from .scenario import build
from .util import d, fix_pdf, iso

WM_TEXT = "仅供居住证积分使用，他用无效"


class Namer:
    def __init__(self, rng, asof):
        self.rng = rng
        self.t = dt.datetime.combine(asof - dt.timedelta(days=rng.randint(2, 20)), dt.time(9, rng.randint(0, 50)))
        self.used = set()
        self.iph = rng.randint(1200, 8800)
        self.scan_n = rng.randint(1, 300)
        self.android = rng.random() < 0.6
        self.shot_style = rng.random() < 0.5

    def tick(self, short=False):
        if short:
            self.t += dt.timedelta(seconds=self.rng.randint(2, 25))
        else:
            self.t += dt.timedelta(minutes=self.rng.randint(0, 40), seconds=self.rng.randint(3, 59))
        return self.t

    def name(self, kind, ext):
        r, t = self.rng, self.tick(short=kind == "screenshot")
        if kind == "photo":
            if self.android and ext != "heic":
                n = "IMG_%s.%s" % (t.strftime("%Y%m%d_%H%M%S"), ext)
            else:
                self.iph += 1
                n = "IMG_%04d.%s" % (self.iph, ext.upper() if ext in ("jpg", "heic") else ext)
                n = n.replace(".JPG", r.choice([".JPG", ".jpg"]))
        elif kind == "wechat":
            n = r.choice(["微信图片_%s.jpg" % t.strftime("%Y%m%d%H%M%S"),
                          "mmexport%d.jpg" % (int(t.timestamp() * 1000) + r.randint(0, 999))])
        elif kind == "screenshot":
            if ext == "png":
                if not self.android:
                    self.iph += 1
                    n = "IMG_%04d.PNG" % self.iph
                elif self.shot_style:
                    n = "Screenshot_%s.png" % t.strftime("%Y%m%d-%H%M%S")
                else:
                    n = "Screenshot_%s-%03d.png" % (t.strftime("%Y-%m-%d-%H-%M-%S"), r.randint(0, 999))
            else:
                n = "微信图片_%s.jpg" % t.strftime("%Y%m%d%H%M%S")
        elif kind == "scan":
            self.scan_n += 1
            n = r.choice(["scan%04d.%s" % (self.scan_n, ext), "SCAN_%04d.%s" % (self.scan_n, ext.upper()),
                          "Scan%s.%s" % (t.strftime("%Y-%m-%d_%H%M%S"), ext), "扫描件%d.%s" % (self.scan_n, ext),
                          "doc%05d%s.%s" % (self.scan_n, t.strftime("%Y%m%d%H%M%S"), ext)])
        elif kind == "scanapp":
            n = r.choice(["扫描全能王 %s.pdf" % t.strftime("%Y-%m-%d %H.%M"),
                          "CamScanner %s.pdf" % t.strftime("%m-%d-%Y %H.%M"),
                          "新文档 %s.pdf" % t.strftime("%Y-%m-%d %H.%M.%S")])
        elif kind == "scanpdf":
            self.scan_n += 1
            n = r.choice(["SCAN%04d.PDF" % self.scan_n, "doc%06d%s.pdf" % (self.scan_n, t.strftime("%Y%m%d%H%M%S"))])
        else:
            n = kind
        base, ext2 = os.path.splitext(n)
        k = 1
        while n in self.used:
            k += 1
            n = "%s(%d)%s" % (base, k, ext2)
        self.used.add(n)
        return n


class Builder:
    def __init__(self, seed, index):
        self.truth, self.ctx, self.rng = build(seed, index)
        self.seed, self.index = seed, index
        self.files = []   # (name, bytes)
        self.nm = Namer(self.rng, self.ctx["as_of"])
        self._fill_ctx()

    # ------------------------------------------------------------------ context values for renderers
    def _fill_ctx(self):
        r, c, t = self.rng, self.ctx, self.truth
        docs = {x["type"]: x for x in t["documents"]}
        idc = docs["id_card"]["fields"]
        c["name"] = idc["name"]
        c["sex"] = idc["sex"]
        c["birth"] = idc["birth_date"]
        c["holder_id"] = idc["id_number"]
        dist, code = D.pick(r, D.SH_DISTRICTS)
        c["permit_dist"] = dist
        c["permit_office"] = "上海市公安局%s分局" % dist
        c["permit_no"] = "%s%s%07d" % (code[:6], str(self.ctx["as_of"].year - r.randint(1, 4))[2:], r.randint(0, 10 ** 7 - 1))
        c["print_date"] = iso(self.ctx["as_of"] - dt.timedelta(days=r.randint(1, 15)))
        c["tax_office"] = D.pick(r, D.TAX_OFFICES)
        c["verify_code"] = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16))
        c["record_no"] = "%d%011d" % (self.ctx["as_of"].year, r.randint(0, 10 ** 11 - 1))
        c["tax_style"] = {"rules": r.random() < 0.6, "sep": r.random() < 0.5, "period": r.randrange(3),
                          "remark": r.randrange(3), "agent_col": r.random() < 0.3, "repeat": r.random() < 0.6,
                          "fullwidth": r.random() < 0.5}
        c["si_style"] = {"ranges": r.random() < 0.5, "sep": r.random() < 0.5, "mstyle": r.randrange(3),
                         "title": r.choice(["上海市社会保险个人缴费情况", "社保缴费明细", "上海市社会保险个人权益记录",
                                            "职工社会保险缴费情况查询"]),
                         "mlabel": r.choice(["缴费年月", "费款所属期"]), "elabel": r.choice(["单位名称", "缴费单位"])}
        c["si_print_date"] = iso(self.ctx["as_of"] - dt.timedelta(days=r.randint(0, 10)))
        c["clerk"] = D.make_name(r)
        reg = c["region"]
        c["police_station"] = "%s公安局%s分局%s派出所" % (reg[1] or reg[0], reg[2], D.pick(r, D.TOWN) + "路")
        c["contract_no"] = "HT%s%04d" % (self.truth["documents"][0]["fields"]["birth_date"][:4], r.randint(1, 9999))
        c["legal_rep"] = D.make_name(r)
        c["company_addr"] = D.sh_address(r).replace("弄", "号", 1).split("号")[0] + "号"
        c["hukou_addr"] = docs["residence_permit"]["fields"]["hukou_address"]
        c["residence_addr"] = docs["residence_permit"]["fields"]["residence_address"]
        c["phone"] = "1%d%09d" % (r.choice([3, 5, 8]), r.randint(0, 10 ** 9 - 1))
        c["president"] = D.make_name(r)
        c["cert_no"] = "%05d%d%d%06d" % (r.randint(10000, 14000), int(c["birth"][:4]) + 22, r.choice([1, 5]),
                                         r.randint(0, 999999))
        c["degree_no"] = "%05d%d%06d" % (r.randint(10000, 14000), int(c["birth"][:4]) + 22, r.randint(0, 999999))
        c["marriage_no"] = "J%s-%s-%06d" % (D.pick(r, D.SH_DISTRICTS)[1], c["birth"][:4], r.randint(1, 99999))
        c["marriage_office"] = "上海市%s民政局" % D.pick(r, D.SH_DISTRICTS)[0]
        c["spouse_birth"] = ""
        if "marriage_certificate" in docs:
            sid = docs["marriage_certificate"]["fields"]["spouse_id_number"]
            c["spouse_birth"] = "%s年%s月%s日" % (sid[6:10], sid[10:12], sid[12:14])
        c["xuexin_date"] = iso(self.ctx["as_of"] - dt.timedelta(days=r.randint(1, 40)))
        c["xuexin_code"] = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16))
        c["birth_cn"] = "%s年%s月%s日" % tuple(c["birth"].split("-"))
        if "diploma" in docs:
            g = d(docs["diploma"]["fields"]["graduation_date"])
            c["enrol_cn"] = "%d年09月01日" % (g.year - 4)
        c["landlord"] = D.make_name(r)
        c["rent_from"] = iso(self.ctx["as_of"] - dt.timedelta(days=r.randint(60, 300)))
        c["rent_to"] = iso(d(c["rent_from"]) + dt.timedelta(days=364))

    # ------------------------------------------------------------------ file helpers
    def add_file(self, kind, ext, data, entries):
        """entries: per page (docs, capture, rotation, orientation)"""
        name = self.nm.name(kind, ext)
        if ext == "pdf":
            data = fix_pdf(data, "%d:%d:%s" % (self.seed, self.index, name))
        self.files.append((name, data))
        for k, (docs, cap, rot, ori) in enumerate(entries, 1):
            e = {"file": name, "page": k, "type": docs[0]["type"], "capture": cap, "rotation": rot}
            if len(docs) > 1:
                e["types"] = [x["type"] for x in docs]
            if ori and ori != 1:
                e["exif_orientation"] = ori
            self.truth["pages"].append(e)
            for x in docs:
                x["pages"].append({"file": name, "page": k})
        return name

    def image_file(self, im, docs, mode, card=False, big=False):
        """capture one raster page into one file"""
        r = self.rng
        rot, ori = 0, 1
        if mode in ("photo", "photo_heic", "photo_wechat"):
            ph = C.photo(im, r, card=card, out_long=r.choice([3264, 4000]) if big else None)
            if mode == "photo_heic":
                return self.add_file("photo", "heic", C.encode(C.wechat(ph, r) if r.random() < 0.5 else ph, "heic", r),
                                     [(docs, "photo_heic", 0, 1)])
            if mode == "photo_wechat":
                turned = r.choice([0, 0, 0, 90, 180])
                ph = C.turn(ph, turned)
                return self.add_file("wechat", "jpg", C.encode(C.wechat(ph, r), "jpg", r, quality=r.randint(55, 75)),
                                     [(docs, "photo_wechat", turned, 1)])
            ori = r.choice([1, 1, 6, 8, 3, 1])
            turned = 0
            if ori == 1 and r.random() < 0.25:
                turned = r.choice([90, 180, 270])
                ph = C.turn(ph, turned)
            return self.add_file("photo", "jpg", C.encode(ph, "jpg", r, orientation=ori,
                                                          model=r.choice([("HUAWEI", "ELS-AN00"), ("Xiaomi", "M2102K1C"),
                                                                          ("Apple", "iPhone 13"), ("OPPO", "PEGM00")])),
                                 [(docs, "photo", turned, ori)])
        if mode == "bilevel":
            return self.add_file("scan", "tif", C.encode(C.bilevel(im, r), "tif", r), [(docs, "bilevel", 0, 1)])
        if mode == "photocopy":
            return self.add_file("scan", "jpg", C.encode(C.photocopy(im, r), "jpg", r), [(docs, "photocopy", 0, 1)])
        if mode == "lowres":
            return self.add_file("scan", "jpg", C.encode(C.lowres(C.scan(im, r), r), "jpg", r, quality=78),
                                 [(docs, "lowres", 0, 1)])
        if mode in ("scan", "scan_grey"):
            fmt = r.choice(["jpg", "jpg", "jpg", "png", "webp", "bmp"]) if mode == "scan" else "jpg"
            sc = C.scan(im, r, grey=mode == "scan_grey", dpi_scale=r.choice([1.0, 0.75]) if fmt != "bmp" else 0.75)
            return self.add_file("scan", fmt, C.encode(sc, fmt, r), [(docs, mode, 0, 1)])
        # clean
        fmt = r.choice(["jpg", "png"])
        return self.add_file("scan", fmt, C.encode(im, fmt, r, quality=92), [(docs, "clean", 0, 1)])

    def multi_file(self, ims, docs_per_page, mode):
        r = self.rng
        if mode == "bilevel_tiff":
            data = C.multi_tiff([C.bilevel(x, r) for x in ims])
            return self.add_file("scan", "tif", data, [(dd, "bilevel", 0, 1) for dd in docs_per_page])
        if mode == "scanner_app":
            caps = [C.scanner_app(C.scale_to(x, 1240) if x.width > x.height else C.scale_to(x, 1240), r) for x in ims]
            data = C.image_pdf(caps, r)
            return self.add_file("scanapp", "pdf", data, [(dd, "scanner_app", 0, 1) for dd in docs_per_page])
        if mode == "scan_pdf":
            caps = [C.scan(x, r, grey=r.random() < 0.5, dpi_scale=0.75) for x in ims]
            data = C.image_pdf(caps, r)
            return self.add_file("scanpdf", "pdf", data, [(dd, "scan", 0, 1) for dd in docs_per_page])
        if mode == "photocopy_pdf":
            caps = [C.scale_to(C.photocopy(x, r), 1240) for x in ims]
            data = C.image_pdf(caps, r)
            return self.add_file("scanpdf", "pdf", data, [(dd, "photocopy", 0, 1) for dd in docs_per_page])
        raise ValueError(mode)

    def shots(self, ims, docs, wechat_p=0.3):
        r = self.rng
        for im in ims:
            if r.random() < wechat_p:
                self.add_file("screenshot", "jpg", C.encode(C.screenshot_wechat(im, r), "jpg", r, quality=r.randint(60, 80)),
                              [(docs, "screenshot_wechat", 0, 1)])
            else:
                self.add_file("screenshot", "png", C.encode(im, "png", r), [(docs, "screenshot", 0, 1)])

    def text_pdf(self, pdf, docs, fname):
        n = textpdf.pdf_pages(pdf)
        return self.add_file(fname, "pdf", pdf, [(docs, "text_pdf", 0, 1)] * n)

    def printed(self, pdf, docs, mode):
        """a text PDF printed on paper, then scanned or photographed"""
        ims = textpdf.rasterize(pdf, 200)
        r = self.rng
        if mode == "photo":
            for im in ims:
                self.image_file(im, docs, r.choice(["photo", "photo_heic"]), big=True)
        elif mode == "scan_pdf":
            self.multi_file(ims, [docs] * len(ims), r.choice(["scan_pdf", "scanner_app", "bilevel_tiff"]))
        else:
            for im in ims:
                self.image_file(im, docs, r.choice(["scan", "scan_grey", "photocopy"]))

    def maybe_wm(self, im):
        if self.rng.random() < 0.3:
            s = Sheet(1, 1)
            s.im = im
            s.w, s.h = im.size
            watermark(s, WM_TEXT, self.rng, color=self.rng.choice([(120, 120, 120), (200, 60, 60), (60, 90, 200)]),
                      alpha=self.rng.randint(50, 90))
            return s.im
        return im

    # ------------------------------------------------------------------ documents
    def run(self):
        r, ctx = self.rng, self.ctx
        docs = self.truth["documents"]
        by = {}
        for x in docs:
            by.setdefault(x["type"], []).append(x)
        idd = by["id_card"][0]
        rp = by["residence_permit"][0]
        # ---- id card (+ permit card on the same copy)
        front, back = cards.id_front(idd["fields"], r), cards.id_back(idd["fields"], r)
        lay = idd["layout"]
        if lay == "a4_with_permit":
            rp["layout"] = "card_plus_info"
            pc = cards.permit_card(rp["fields"], ctx, r)
            sheet = cards.a4_cards([front, back, pc], r, stacked=r.random() < 0.5).im
            self.image_file(self.maybe_wm(sheet), [idd, rp], r.choice(["scan", "photocopy", "bilevel", "photo"]))
        elif lay == "two_photos":
            m = r.choice(["photo", "photo_heic", "photo_wechat"])
            self.image_file(front, [idd], m, card=True)
            self.image_file(back, [idd], m, card=True)
        else:
            sheet = cards.a4_cards([front, back], r, stacked=lay == "a4_copy_stacked").im
            modes = ["scan", "scan_grey", "photocopy", "bilevel", "photo"] + (["lowres"] if lay == "a4_copy_stacked" else [])
            self.image_file(self.maybe_wm(sheet), [idd], r.choice(modes))
        # ---- residence permit
        lay = rp["layout"]
        if lay == "card_plus_info":
            if idd["layout"] != "a4_with_permit":
                self.image_file(cards.permit_card(rp["fields"], ctx, r), [rp], r.choice(["photo", "photo_wechat"]),
                                card=True)
            info = pages.permit_info(rp["fields"], ctx, r, r.choice(["info_grid2", "info_list", "info_grid4"]))
            self.image_file(info, [rp], r.choice(["scan", "photo", "clean"]))
        elif lay == "app_screenshot":
            ims, _ = screens.e_permit(rp, ctx, r)
            self.shots(ims, [rp])
        else:
            info = pages.permit_info(rp["fields"], ctx, r, lay)
            self.image_file(self.maybe_wm(info), [rp], r.choice(["scan", "photo", "photo_wechat", "clean", "photocopy",
                                                                 "photo_heic"]))
        # ---- hukou
        bundle = []   # (image, docs) pages for one scanner-app PDF
        bundle_on = r.random() < 0.35
        cov = by.get("household_register_cover", [None])[0]
        mem = by.get("household_register_member", [None])[0]
        if cov or mem:
            hand = (cov or mem)["layout"] in ("booklet_hand", "card_hand")
            ci = pages.hukou_cover(cov["fields"], ctx, r, hand) if cov else None
            mi = pages.hukou_member(mem["fields"], ctx, r, hand or (mem and mem["layout"] == "card_hand")) if mem else None
            lay = (cov or mem)["layout"]
            if lay == "open_booklet" and ci and mi:
                self.image_file(pages.booklet_pair(ci, mi, r), [cov, mem], r.choice(["photo", "photo_wechat", "photo_heic"]))
            elif lay == "a4_copy_both" and ci and mi:
                self.image_file(self.maybe_wm(pages.a4_two(ci, mi)), [cov, mem],
                                r.choice(["scan", "photocopy", "bilevel", "scan_grey"]))
            else:
                for im, dd in ((ci, cov), (mi, mem)):
                    if im is None:
                        continue
                    if bundle_on:
                        bundle.append((im, [dd]))
                    else:
                        self.image_file(im, [dd], r.choice(["photo", "scan", "photo_wechat", "photocopy", "photo_heic"]))
        for col in by.get("collective_hukou_certificate", []):
            self.image_file(pages.collective_letter(col["fields"], ctx, r), [col], r.choice(["scan", "photo", "photocopy"]))
        # ---- labour contract
        lc = by.get("labour_contract", [None])[0]
        if lc:
            ims = pages.contract_pages(lc["fields"], ctx, r, lc["layout"])
            m = r.choice(["photos", "scanner_app", "bilevel_tiff", "scan_pdf", "photocopy_pdf", "scans"])
            if m == "photos":
                pm = r.choice(["photo", "photo_wechat"])
                for im in ims:
                    self.image_file(im, [lc], pm)
            elif m == "scans":
                for im in ims:
                    self.image_file(im, [lc], r.choice(["scan", "scan_grey"]))
            else:
                self.multi_file(ims, [[lc]] * len(ims), m)
        # ---- tax record
        for tx in by.get("tax_record", []):
            self.tax(tx)
        # ---- social insurance
        for si in by.get("social_insurance_record", []):
            self.si(si)
        # ---- education
        for dp in by.get("diploma", []):
            if dp["layout"] == "xuexin":
                pdf = textpdf.xuexin_pdf(dp, ctx, r)
                if r.random() < 0.6:
                    self.text_pdf(pdf, [dp], "教育部学历证书电子注册备案表.pdf")
                else:
                    self.printed(pdf, [dp], r.choice(["photo", "scan"]))
                continue
            im = pages.diploma(dp["fields"], ctx, r, dp["layout"])
            if bundle_on:
                bundle.append((im, [dp]))
            else:
                self.image_file(im, [dp], r.choice(["photo", "scan", "photo_heic", "photocopy", "photo_wechat"]))
        for dg in by.get("degree_certificate", []):
            im = pages.degree(dg["fields"], ctx, r, dg["layout"])
            if bundle_on:
                bundle.append((im, [dg]))
            else:
                self.image_file(im, [dg], r.choice(["photo", "scan", "photo_heic", "lowres", "photo_wechat"]))
        for mc in by.get("marriage_certificate", []):
            self.image_file(cards.marriage_inner(mc["fields"], ctx, r), [mc], r.choice(["photo", "photo_heic", "scan"]))
        for uk in by.get("unknown", []):
            self.image_file(pages.unknown_page(uk["layout"], ctx, r), [uk], r.choice(["photo", "scan"]))
        if bundle:
            self.multi_file([b[0] for b in bundle], [b[1] for b in bundle], r.choice(["scanner_app", "scan_pdf"]))
        return self

    def tax(self, tx):
        r, ctx = self.rng, self.ctx
        lay = tx["layout"]
        if lay == "old_certificate" and len({x["withholding_agent"] for x in tx["rows"]}) > 1:
            lay = tx["layout"] = "rl_grid_scan"
        ctx["income"] = [float(x["amount"]) * r.uniform(5, 9) + r.randint(5000, 9000)
                         for x in sorted(tx["rows"], key=lambda q: q["period"], reverse=True)]
        nm = r.choice(["个人所得税纳税记录.pdf", "纳税记录_%s.pdf" % tx["fields"]["issue_date"].replace("-", ""),
                       "个税纳税记录(%s).pdf" % tx["fields"]["issue_date"][:7]])
        if lay in ("web_chromium", "web_chromium_photo"):
            pdf = textpdf.chromium_pdf(textpdf.tax_html(tx, ctx, r), landscape=r.random() < 0.5)
            if lay == "web_chromium":
                self.text_pdf(pdf, [tx], nm)
            else:
                self.printed(pdf, [tx], "photo")
        elif lay in ("rl_grid", "rl_norules", "rl_grid_scan"):
            pdf = textpdf.tax_reportlab(tx, ctx, r, ruled=lay != "rl_norules",
                                        fontname=r.choice(["zenhei", "song", "STSong-Light", "wenkai"]))
            if lay == "rl_grid_scan":
                self.printed(pdf, [tx], r.choice(["scan", "scan_pdf"]))
            else:
                self.text_pdf(pdf, [tx], nm)
        elif lay == "fpdf_table":
            self.text_pdf(textpdf.tax_fpdf(tx, ctx, r), [tx], nm)
        elif lay == "charwise":
            self.text_pdf(textpdf.tax_charwise(tx, ctx, r), [tx], nm)
        elif lay == "old_certificate":
            im = pages.old_tax_certificate(tx, ctx, r)
            self.image_file(im, [tx], r.choice(["scan", "photocopy", "photo"]))
        elif lay in ("app_income_detail", "app_income_stitched"):
            ims, _ = screens.tax_income_detail(tx, ctx, r, "stitched" if lay == "app_income_stitched" else "pages")
            self.shots(ims, [tx])
        elif lay == "app_record_pages":
            ims, _ = screens.tax_record_pages(tx, ctx, r, r.choice(["pages", "pages", "stitched"]))
            self.shots(ims, [tx])
        else:
            raise ValueError(lay)

    def si(self, si):
        r, ctx = self.rng, self.ctx
        lay = si["layout"]
        nm = r.choice(["社保缴费明细.pdf", "上海市社会保险个人缴费情况.pdf", "个人权益记录.pdf"])
        if lay in ("web_chromium", "web_photo"):
            pdf = textpdf.chromium_pdf(textpdf.si_html(si, ctx, r))
            if lay == "web_chromium":
                self.text_pdf(pdf, [si], nm)
            else:
                self.printed(pdf, [si], "photo")
        elif lay in ("rl_ranges", "rl_scan"):
            if lay == "rl_ranges":
                ctx["si_style"]["ranges"] = True
            pdf = textpdf.si_reportlab(si, ctx, r)
            if lay == "rl_scan":
                self.printed(pdf, [si], r.choice(["scan", "scan_pdf"]))
            else:
                self.text_pdf(pdf, [si], nm)
        elif lay == "fpdf_table":
            self.text_pdf(textpdf.si_fpdf(si, ctx, r), [si], nm)
        elif lay == "app_screens":
            ims, _ = screens.si_app(si, ctx, r, r.choice(["pages", "stitched"]))
            self.shots(ims, [si])
        else:
            raise ValueError(lay)

    # ------------------------------------------------------------------ output
    def finish(self, outdir):
        t = self.truth
        name = "u%03d" % self.index
        t["packet"] = name
        for x in t["documents"]:
            for row in x["rows"]:
                row.pop("item", None)
        rules, verdict, points = compute_rules(t)
        if rules != self.ctx["intended_rules"] or verdict != self.ctx["intended_verdict"]:
            raise AssertionError("%s: rules %s verdict %s != intended %s %s" % (
                name, rules, verdict, self.ctx["intended_rules"], self.ctx["intended_verdict"]))
        t["expected_rules"], t["verdict"], t["points"] = rules, verdict, points
        t["recipe"] = self.ctx["recipe"]
        pdir = os.path.join(outdir, name)
        os.makedirs(pdir, exist_ok=True)
        for old in os.listdir(pdir):
            os.remove(os.path.join(pdir, old))
        for fn, data in self.files:
            with open(os.path.join(pdir, fn), "wb") as fh:
                fh.write(data)
        ordered = {k: t[k] for k in ("packet", "as_of", "application", "defects", "expected_rules", "verdict",
                                     "points", "pages", "documents", "recipe")}
        with open(os.path.join(outdir, name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(ordered, fh, ensure_ascii=False, indent=1)
        return ordered


def make_packet(seed, index, outdir):
    import numpy as np
    np.random.seed((seed * 1000003 + index) % (2 ** 32))
    b = Builder(seed, index).run()
    return b.finish(outdir)
