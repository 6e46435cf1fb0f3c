"""Phone screenshots (随申办 电子居住证, 个人所得税 App 收入纳税明细, 随申办
社保缴费记录) and a desktop service-website page, rendered by Chromium."""
from __future__ import annotations

import html as _html

from . import fmt
from .fonts import CLASSES, covers
from .web import screenshot

E = _html.escape
PHONES = [(360, 780, 3.0), (390, 844, 3.0), (412, 915, 2.625), (360, 800, 2.0), (393, 873, 2.75), (414, 896, 3.0),
          (360, 800, 4.0)]


def _family(text, rng, classes=("hei",)):
    c = []
    for k in classes:
        c += CLASSES[k]
    rng.shuffle(c)
    for spec in c:
        if covers(spec, text):
            return spec[2]
    return "Noto Sans CJK SC"


def _status(rng, dark=False):
    t = f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}"
    col = "#fff" if dark else "#111"
    bat = rng.randint(18, 99)
    return f"""<div class="sb" style="color:{col}"><span>{t}</span><span class="ic">
<span class="sig"><i></i><i></i><i></i><i></i></span> 5G <span class="bat"><b style="width:{bat}%"></b></span> {bat}</span></div>"""


BASE_CSS = """
*{box-sizing:border-box} body{margin:0;background:#f3f5f8;font-family:'%(fam)s';font-size:%(fs)spx;color:#1a1a1a}
.sb{height:30px;display:flex;justify-content:space-between;align-items:center;padding:0 18px;font-size:13px;font-weight:600}
.sig i{display:inline-block;width:3px;background:currentColor;margin-right:1px;vertical-align:bottom}
.sig i:nth-child(1){height:4px}.sig i:nth-child(2){height:6px}.sig i:nth-child(3){height:8px}.sig i:nth-child(4){height:10px}
.bat{display:inline-block;width:22px;height:11px;border:1.5px solid currentColor;border-radius:3px;vertical-align:middle;padding:1px}
.bat b{display:block;height:100%%;background:currentColor;border-radius:1px}
.tb{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:1.12em;font-weight:600;background:%(tbg)s;color:%(tfg)s}
.tb .bk{position:absolute;left:14px;font-size:1.3em;font-weight:300}.tb .mr{position:absolute;right:14px;letter-spacing:2px}
.card{background:#fff;border-radius:12px;margin:10px 12px;padding:4px 14px;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.row{display:flex;justify-content:space-between;align-items:flex-start;padding:12px 0;border-bottom:1px solid #eef0f3;gap:14px}
.row:last-child{border-bottom:none}
.lb{color:#8a8f99;white-space:nowrap;flex:none}
.v{text-align:right;flex:1;word-break:break-all;line-height:1.45}
"""


def permit_app(doc, facts, rng):
    f, raw = doc["fields"], doc["raw"]
    w, h, dsf = rng.choice(PHONES)
    fs = rng.choice([14, 15, 16, 17, 18])
    rows = [("证件号码" if rng.random() < 0.5 else "公民身份号码", f["id_number"]),
            ("户籍地址", raw["hukou_address"]), ("居住地址", raw["residence_address"]),
            (rng.choice(["签发日期", "签注日期"]), fmt.date(f["issue_date"], rng.choice(["iso", "cn0", "dot"]))),
            ("有效期限", f"{fmt.date(f['valid_from'], 'dot')}至{fmt.date(f['valid_until'], 'dot')}"),
            ("发证机关", raw["office"])]
    text = "".join(a + b for a, b in rows) + f["name"] + "电子居住证上海市居住证随申办亮证出示二维码有效期限刷新持证人"
    fam = _family(text, rng, ("hei",))
    tbg = rng.choice(["#ffffff", "#1e6fd9"])
    tfg = "#111" if tbg == "#ffffff" else "#fff"
    css = BASE_CSS % dict(fam=fam, fs=fs, tbg=tbg, tfg=tfg)
    grad = rng.choice(["linear-gradient(135deg,#2c7be5,#1aa3c8)", "linear-gradient(135deg,#1f5fbf,#4a90e2)",
                       "linear-gradient(135deg,#0f8f7e,#35b59a)"])
    body = f"""<div style="background:{tbg}">{_status(rng, tbg != '#ffffff')}</div>
<div class="tb"><span class="bk">‹</span>电子居住证<span class="mr">···</span></div>
<div style="margin:12px;border-radius:16px;padding:18px 18px 20px;color:#fff;background:{grad}">
 <div style="font-size:.9em;opacity:.9">上海市居住证</div>
 <div style="font-size:1.9em;font-weight:700;margin-top:8px;letter-spacing:2px">{E(f['name'])}</div>
 <div style="display:flex;justify-content:space-between;align-items:flex-end;margin-top:10px">
 <div style="font-size:.85em;opacity:.9">持证人</div>
 <div style="width:64px;height:64px;background:#fff;border-radius:6px;padding:6px">
 <div style="width:100%;height:100%;background:repeating-linear-gradient(90deg,#000 0 4px,#fff 4px 7px),#000;opacity:.85"></div></div></div></div>
<div class="card">{''.join(f'<div class="row"><span class="lb">{E(a)}</span><span class="v">{E(b)}</span></div>' for a, b in rows)}</div>
<div style="text-align:center;color:#8a8f99;font-size:.8em;margin:14px 0 30px">亮证时请出示本页面 · 点击刷新</div>"""
    img = screenshot(f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>",
                     w, h, dsf, full_page=False)
    return img


def tax_app(doc, facts, rng):
    """个人所得税 App 收入纳税明细 as one long screenshot."""
    f, rows = doc["fields"], doc["rows"]
    w, h, dsf = rng.choice(PHONES)
    fs = rng.choice([14, 15, 16, 17])
    ystyle = rng.choice(["iso", "cn"])
    items = []
    for r in sorted(rows, key=lambda r: r["period"], reverse=True):
        items.append((fmt.ym(r["period"], ystyle), r["_item"].replace("收入", ""), r["_agent_raw"], f"{r['_income']:.2f}",
                      r["amount"]))
    text = "".join("".join(x) for x in items) + f["name"] + f["id_number"] + "收入纳税明细查询个人所得税纳税人证件号码收入额已申报税额扣缴义务人所得项目合计年度全部元工资薪金"
    fam = _family(text, rng, ("hei",))
    css = BASE_CSS % dict(fam=fam, fs=fs, tbg="#ffffff", tfg="#111")
    tot_i = sum(float(x[3]) for x in items)
    tot_t = sum(float(x[4]) for x in items)
    lis = "".join(f"""<div class="card" style="padding:10px 14px">
<div style="display:flex;justify-content:space-between;font-weight:600"><span>{E(a)}</span><span>{E(b)}</span></div>
<div class="row"><span class="lb">扣缴义务人</span><span class="v">{E(c)}</span></div>
<div class="row"><span class="lb">收入额</span><span class="v">{E(d)}</span></div>
<div class="row"><span class="lb">已申报税额</span><span class="v">{E(e)}</span></div></div>""" for a, b, c, d, e in items)
    body = f"""{_status(rng)}<div class="tb"><span class="bk">‹</span>收入纳税明细查询<span class="mr"></span></div>
<div class="card"><div class="row"><span class="lb">纳税人</span><span class="v">{E(f['name'])}</span></div>
<div class="row"><span class="lb">证件号码</span><span class="v">{E(f['id_number'])}</span></div></div>
<div class="card" style="background:#eaf2ff"><div class="row"><span class="lb">收入合计（元）</span><span class="v">{tot_i:.2f}</span></div>
<div class="row"><span class="lb">已申报税额合计（元）</span><span class="v">{tot_t:.2f}</span></div></div>{lis}<div style="height:30px"></div>"""
    return screenshot(f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>",
                      w, h, dsf, full_page=True)


def si_app(doc, facts, rng):
    f, rows = doc["fields"], doc["rows"]
    w, h, dsf = rng.choice(PHONES)
    fs = rng.choice([14, 15, 16])
    text = "".join(r["_emp_raw"] + r["month"] + r["base"] for r in rows) + f["name"] + f["id_number"] + "社保缴费记录随申办姓名证件号码缴费年月单位名称缴费基数状态正常补缴养老保险"
    fam = _family(text, rng, ("hei",))
    css = BASE_CSS % dict(fam=fam, fs=fs, tbg="#1e6fd9", tfg="#fff")
    lis = "".join(f"""<div class="card"><div class="row"><span class="lb">缴费年月</span><span class="v">{E(fmt.ym(r['month'], 'cn0'))}</span></div>
<div class="row"><span class="lb">单位名称</span><span class="v">{E(r['_emp_raw'])}</span></div>
<div class="row"><span class="lb">缴费基数</span><span class="v">{E(r['base'])}</span></div>
<div class="row"><span class="lb">缴费状态</span><span class="v" style="color:{'#d9534f' if r['back_payment'] else '#2a9d5b'}">{'补缴' if r['back_payment'] else '正常'}</span></div></div>"""
                  for r in sorted(rows, key=lambda r: r["month"], reverse=True))
    body = f"""<div style="background:#1e6fd9">{_status(rng, True)}</div><div class="tb"><span class="bk">‹</span>社保缴费记录<span class="mr">···</span></div>
<div class="card"><div class="row"><span class="lb">姓名</span><span class="v">{E(f['name'])}</span></div>
<div class="row"><span class="lb">证件号码</span><span class="v">{E(f['id_number'])}</span></div>
<div class="row"><span class="lb">险种</span><span class="v">养老保险</span></div></div>{lis}<div style="height:24px"></div>"""
    return screenshot(f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>",
                      w, h, dsf, full_page=True)


def permit_web(doc, facts, rng):
    """The 一网通办 居住证 page in a desktop browser (to be photographed off a monitor)."""
    f, raw = doc["fields"], doc["raw"]
    W, H = rng.choice([(1600, 900), (1440, 900), (1920, 1080)])
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"]), ("常住户口所在地住址", raw["hukou_address"]),
            ("居住地住址", raw["residence_address"]), ("签发日期", fmt.date(f["issue_date"], "iso")),
            ("有效期限", f"{fmt.date(f['valid_from'], 'iso')} 至 {fmt.date(f['valid_until'], 'iso')}"),
            ("发证机关", raw["office"]), ("证件状态", "有效")]
    text = "".join(a + b for a, b in rows) + "上海市一网通办居住证信息查询首页个人服务办事服务我的证照返回打印证照详情登录用户"
    fam = _family(text, rng, ("hei", "song"))
    four = rng.random() < 0.5
    if four:
        cells = ""
        short = [r for r in rows if len(r[1]) < 26]
        long = [r for r in rows if len(r[1]) >= 26]
        for i in range(0, len(short), 2):
            pr = short[i:i + 2]
            cells += "<tr>" + "".join(f"<th>{E(a)}</th><td>{E(b)}</td>" for a, b in pr) + \
                     ("<th></th><td></td>" if len(pr) == 1 else "") + "</tr>"
        for a, b in long:
            cells += f"<tr><th>{E(a)}</th><td colspan='3'>{E(b)}</td></tr>"
    else:
        cells = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in rows)
    css = f"""body{{margin:0;font-family:'{fam}';background:#eef1f5;font-size:{rng.choice([18, 19, 20])}px}}
.chrome{{height:74px;background:#dfe3e8;border-bottom:1px solid #c8cdd3}}
.tabs{{height:36px;display:flex;align-items:flex-end;padding-left:70px}} .tab{{background:#fff;padding:8px 18px;border-radius:8px 8px 0 0;font-size:13px}}
.url{{margin:4px 16px;height:28px;background:#fff;border-radius:14px;font:13px sans-serif;line-height:28px;padding-left:16px;color:#333}}
.top{{height:64px;background:#1f5fbf;color:#fff;display:flex;align-items:center;padding:0 40px;font-size:22px;font-weight:700}}
.top span{{font-size:14px;font-weight:400;margin-left:40px;opacity:.9}}
.main{{margin:24px auto;width:{rng.choice([62, 68, 74])}%;background:#fff;padding:24px 36px;border-radius:6px}}
h2{{margin:0 0 16px;font-size:20px;border-left:4px solid #1f5fbf;padding-left:10px}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #d9dee5;padding:12px 14px;text-align:left}}
th{{background:#f2f4f7;color:#444;font-weight:400;white-space:nowrap;width:16%}}"""
    body = f"""<div class="chrome"><div class="tabs"><div class="tab">一网通办 - 证照详情</div></div>
<div class="url">https://zwdt.sh.gov.cn/govPortals/cert/detail</div></div>
<div class="top">上海市一网通办<span>首页</span><span>个人服务</span><span>我的证照</span></div>
<div class="main"><h2>居住证信息</h2><table>{cells}</table>
<div style="margin-top:18px;color:#888;font-size:13px">数据来源：上海市公安局 · 查询时间 {fmt.date(facts['print_date'], 'iso')}</div></div>"""
    return screenshot(f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>",
                      W, H, 1.0)
