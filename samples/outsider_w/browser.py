"""Service-website pages rendered by the system Chromium (playwright): "print to PDF" with the
browser's own header and footer (date, title, URL, page x/y), print scaling, landscape, page
breaks cutting a table; and plain screenshots of the page (for photos of a monitor)."""
import html
import re

from .common import CSS_FAMILIES
from .pdfs import decl_date, money_text, period_text

_PW = None
_BROWSER = None


def browser():
    global _PW, _BROWSER
    if _BROWSER is None:
        from playwright.sync_api import sync_playwright
        _PW = sync_playwright().start()
        _BROWSER = _PW.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
    return _BROWSER


def close():
    global _PW, _BROWSER
    if _BROWSER is not None:
        _BROWSER.close()
        _PW.stop()
        _BROWSER = _PW = None


def e(s):
    return html.escape(str(s))


def page_html(title, site, body, r, fam=None):
    fam = fam or r.choice(CSS_FAMILIES)
    color = r.choice(["#1a5bb5", "#c0392b", "#0b7a6e", "#2f4f9a"])
    return """<!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>
body{font-family:'%s',sans-serif;margin:0;color:#222;font-size:%dpx;letter-spacing:%spx}
.top{background:%s;color:#fff;padding:14px 28px;font-size:20px}
.top small{font-size:13px;opacity:.85;margin-left:18px}
.wrap{padding:18px 34px}
h2{font-size:22px;text-align:center;margin:10px 0 14px}
table{border-collapse:collapse;width:100%%}
th{background:#eef2f8;font-weight:600}
td,th{padding:%dpx 6px;border:%s;text-align:left;vertical-align:top}
.kv td{border:1px solid #ccd}
.kv td.l{color:#666;background:#f7f8fa;width:18%%}
.meta{margin:8px 0 12px;line-height:1.8}
.foot{color:#888;font-size:12px;margin-top:16px}
td.n{text-align:right;white-space:nowrap}
td.d{white-space:nowrap}
</style></head><body><div class="top">%s<small>%s</small></div><div class="wrap">%s</div></body></html>""" % (
        e(title), fam, r.choice([13, 14, 15]), r.choice(["0", "0", "0.5"]), color, r.choice([4, 5, 7]),
        r.choice(["1px solid #bbb", "1px solid #bbb", "none;border-bottom:1px solid #ddd"]), e(site[0]), e(site[1]), body)


def tax_html(f, rows, r, codes, office):
    pstyle = r.randint(0, 3)
    comma = r.random() < 0.3
    mode = r.choice(["remark", "column", "remark_code"])
    heads = ["税款所属期", "所得项目", "申报日期", "实缴(退)金额", "入(退)库日期", "入库税务机关"]
    if r.random() < 0.5:
        heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关"]
    if mode == "column":
        heads.append("扣缴义务人")
    heads.append("备注")
    trs = []
    for rw in rows:
        ag = rw["withholding_agent"]
        cell = {"税款所属期": period_text(rw["period"], pstyle), "所得项目": rw.get("_item"),
                "申报日期": decl_date(rw["period"], r), "实缴(退)金额": money_text(rw["amount"], comma),
                "入(退)库日期": decl_date(rw["period"], r), "入库税务机关": office, "扣缴义务人": ag,
                "备注": "" if mode == "column" else ("扣缴义务人：" + ag if mode == "remark" else "扣缴义务人：%s %s" % (codes.get(ag, ""), ag))}
        trs.append("<tr>" + "".join('<td class="%s">%s</td>' % ("n" if h == "实缴(退)金额" else ("d" if h in ("税款所属期", "申报日期", "入(退)库日期") else ""), e(cell[h])) for h in heads) + "</tr>")
    body = """<h2>中华人民共和国个人所得税纳税记录</h2><div style="text-align:center">（原《税收完税证明》）</div>
<div class="meta">纳税人名称：%s　　纳税人识别号：%s<br>开具日期：%s</div>
<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>
<div class="foot">说明：本记录可通过个人所得税App或自然人电子税务局验证。查询验证码：%s</div>""" % (
        e(f["name"]), e(f["id_number"]), e(f.get("issue_date", "")), "".join("<th>%s</th>" % h for h in heads), "".join(trs),
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)))
    return page_html("个人所得税纳税记录", ("自然人电子税务局", "国家税务总局"), body, r)


def si_html(f, rows, r):
    mfmt = r.choice(["%s-%s", "%s%s", "%s年%s月"])
    trs = []
    for rw in rows:
        b = float(rw["base"])
        trs.append("<tr><td class=d>%s</td><td>%s</td><td class=n>%s</td><td class=n>%.2f</td><td class=n>%.2f</td><td>%s</td></tr>" % (
            mfmt % (rw["month"][:4], rw["month"][5:]), e(rw["employer"]), rw["base"], b * 0.08, b * 0.02, "补缴" if rw["back_payment"] else "正常应缴"))
    body = """<h2>%s</h2><div class="meta">姓名：%s　　证件号码：%s</div>
<table><thead><tr><th>缴费年月</th><th>缴费单位</th><th>缴费基数</th><th>养老(个人)</th><th>医疗(个人)</th><th>缴费状态</th></tr></thead><tbody>%s</tbody></table>
<div class="foot">数据来源：上海市社会保险事业管理中心</div>""" % (
        r.choice(["个人社保缴费记录查询", "社会保险个人缴费明细"]), e(f["name"]), e(f["id_number"]), "".join(trs))
    return page_html("社保缴费记录查询", ("上海市一网通办", "社会保险个人查询"), body, r)


def permit_html(f, r):
    vf = "%s 至 %s" % (f["valid_from"], f["valid_until"])
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"]), ("常住户口所在地住址", f["hukou_address"]),
            ("居住地住址", f["residence_address"]), ("签发日期", f["issue_date"]), ("有效期限", vf)]
    if r.random() < 0.5:
        trs = "".join('<tr><td class="l">%s</td><td>%s</td></tr>' % (e(k), e(v)) for k, v in rows)
    else:
        trs = ('<tr><td class="l">姓名</td><td>%s</td><td class="l">公民身份号码</td><td>%s</td></tr>'
               '<tr><td class="l">常住户口所在地住址</td><td colspan=3>%s</td></tr>'
               '<tr><td class="l">居住地住址</td><td colspan=3>%s</td></tr>'
               '<tr><td class="l">签发日期</td><td>%s</td><td class="l">有效期限</td><td>%s</td></tr>') % tuple(
            e(x) for x in (f["name"], f["id_number"], f["hukou_address"], f["residence_address"], f["issue_date"], vf))
    body = '<h2>居住证信息</h2><table class="kv">%s</table><div class="foot">以上信息仅供本人查询使用</div>' % trs
    return page_html("居住证信息查询 - 一网通办", ("上海市一网通办", "居住证信息查询"), body, r)


URLS = {"tax": "https://etax.chinatax.gov.cn/web/dzswj/taxclient/main_sbcx.html",
        "si": "https://zwdt.sh.gov.cn/govPortals/bsfw/item/shebao/jfjl",
        "permit": "https://zwdt.sh.gov.cn/govPortals/bsfw/item/jzz/query"}


def print_pdf(html_s, r, kind, when):
    """Chromium print to PDF with header/footer; creation dates pinned to `when` (YYYYMMDDHHMMSS)."""
    b = browser()
    pg = b.new_page()
    pg.set_content(html_s, wait_until="load")
    title = re.search(r"<title>(.*?)</title>", html_s).group(1)
    stamp = "%s/%s/%s %s:%s" % (when[:4], when[4:6], when[6:8], when[8:10], when[10:12])
    if r.random() < 0.5:
        stamp = "%d/%d/%s %s:%s" % (int(when[4:6]), int(when[6:8]), when[2:4], when[8:10], when[10:12])
    hdr = ('<div style="font-size:8px;width:100%%;padding:0 28px;display:flex;justify-content:space-between">'
           '<span>%s</span><span>%s</span><span></span></div>') % (stamp, html.escape(title))
    ftr = ('<div style="font-size:8px;width:100%%;padding:0 28px;display:flex;justify-content:space-between">'
           '<span>%s</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>') % URLS[kind]
    pdf = pg.pdf(format="A4", landscape=r.random() < 0.25, display_header_footer=r.random() < 0.85,
                 header_template=hdr, footer_template=ftr, scale=r.choice([0.7, 0.8, 0.9, 1.0]),
                 margin={"top": "42px", "bottom": "42px", "left": "24px", "right": "24px"}, print_background=r.random() < 0.5)
    pg.close()
    d = "D:%s+00'00'" % when
    pdf = re.sub(rb"/CreationDate \(D:[0-9+']+\)", ("/CreationDate (%s)" % d).encode(), pdf)
    pdf = re.sub(rb"/ModDate \(D:[0-9+']+\)", ("/ModDate (%s)" % d).encode(), pdf)
    return pdf


def screenshot(html_s, r, full=False):
    from PIL import Image
    import io
    b = browser()
    w, h = r.choice([(1366, 768), (1440, 900), (1920, 1080), (1280, 800)])
    pg = b.new_page(viewport={"width": w, "height": h}, device_scale_factor=1)
    pg.set_content(html_s, wait_until="load")
    png = pg.screenshot(full_page=full)
    pg.close()
    return Image.open(io.BytesIO(png)).convert("RGB")
