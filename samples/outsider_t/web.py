"""Service-portal pages as HTML, rendered by headless chromium to PDF (browser text layer) or PNG."""
import os
import re
import subprocess
import tempfile
import html as H
from PIL import Image, ImageDraw
from .draw import F

CSS_BASE = """
body{font-family:'%(font)s','Noto Sans CJK SC',sans-serif;color:#222;margin:0;background:%(bg)s}
.top{background:%(brand)s;color:#fff;padding:14px 40px;font-size:20px}
.top small{font-size:13px;opacity:.8;margin-left:20px}
.crumb{padding:10px 40px;font-size:13px;color:#666}
.box{margin:0 40px 20px;background:#fff;padding:18px 24px;border:1px solid #e2e6ee}
h1{font-size:22px;text-align:center;margin:10px 0 16px}
.meta{display:grid;grid-template-columns:repeat(%(mcols)s,1fr);gap:6px 24px;font-size:14px;margin-bottom:12px}
.meta span{color:#777}
table{border-collapse:collapse;width:100%%;font-size:%(fs)spx}
th{background:%(thbg)s;color:%(thfg)s;font-weight:600;padding:7px 6px;%(thb)s}
td{padding:6px 6px;%(tdb)s;vertical-align:top}
tr.z:nth-child(even) td{background:#f5f8fc}
td.n{text-align:right;font-variant-numeric:tabular-nums}
thead{display:%(thead)s}
tr{break-inside:avoid}
.foot{font-size:12px;color:#777;margin-top:14px}
.bp{color:#d46b08}
"""


def page_css(header):
    if not header:
        return "@page{size:A4;margin:12mm 10mm}"
    date, title, url = header
    e = lambda s: s.replace('"', "'")
    return ("@page{size:A4;margin:14mm 9mm 13mm;"
            f"@top-left{{content:\"{e(date)}\";font-size:9px;font-family:sans-serif}}"
            f"@top-center{{content:\"{e(title)}\";font-size:9px;font-family:sans-serif}}"
            f"@bottom-left{{content:\"{e(url)}\";font-size:9px;font-family:sans-serif}}"
            "@bottom-right{content:counter(page) \"/\" counter(pages);font-size:9px;font-family:sans-serif}}")


def doc_html(title, brand_name, body, rng, header=None, brand="#1e5fb4", font="Noto Sans CJK SC", repeat_head=True, ruled=True, zebra=False, fs=13, mcols=2):
    css = CSS_BASE % dict(font=font, bg="#fff", brand=brand, mcols=mcols, fs=fs,
                          thbg="#eef3fa" if ruled else "#fff", thfg="#333",
                          thb="border:1px solid #b9c4d4" if ruled else "border-bottom:2px solid #333",
                          tdb="border:1px solid #cfd6e2" if ruled else "border-bottom:1px solid #eee",
                          thead="table-header-group" if repeat_head else "table-row-group")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{H.escape(title)}</title><style>{css}{page_css(header)}</style></head>"
            f"<body><div class='top'>{H.escape(brand_name)}</div>{body}</body></html>")


def table_html(cols, rows, num_cols=(), zebra=False):
    h = "<table><thead><tr>" + "".join(f"<th>{H.escape(c)}</th>" for c in cols) + "</tr></thead><tbody>"
    for r in rows:
        h += f"<tr class='{'z' if zebra else ''}'>" + "".join(
            f"<td class='{'n' if i in num_cols else ''}'>{c if c.startswith('<') else H.escape(c).replace(chr(10), '<br>')}</td>" for i, c in enumerate(r)) + "</tr>"
    return h + "</tbody></table>"


def chromium(html_text, out, kind="pdf", size=(1440, 2000), fixed_date="D:20261120101500+08'00'"):
    with tempfile.TemporaryDirectory(prefix="otdraw_") as td:
        src = os.path.join(td, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/ud",
                "--hide-scrollbars", "--font-render-hinting=none", "--disable-features=Translate"]
        if kind == "pdf":
            args += [f"--print-to-pdf={out}", "--no-pdf-header-footer"]
        else:
            args += [f"--screenshot={out}", f"--window-size={size[0]},{size[1]}"]
        args.append("file://" + src)
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=True)
    if kind == "pdf":
        b = open(out, "rb").read()
        b = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", lambda m: b"/" + m.group(1) + b" (" + fixed_date.encode().ljust(len(m.group(0)) - len(m.group(1)) - 4)[:len(m.group(0)) - len(m.group(1)) - 4] + b")", b)
        open(out, "wb").write(b)


def browser_frame(shot, url, tab_title, rng, dark=False, when=None):
    """Wrap a page screenshot in a drawn desktop browser window (tabs, address bar, taskbar)."""
    W, Hh = shot.size
    top = 86
    im = Image.new("RGB", (W, Hh + top + 40), (222, 225, 230))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([12, 6, 320, 44], radius=8, fill=(255, 255, 255))
    d.text((30, 25), tab_title[:16], font=F("sans", 14), fill=(30, 30, 30), anchor="lm")
    d.text((300, 25), "×", font=F("sans", 14), fill=(90, 90, 90), anchor="mm")
    d.rectangle([0, 44, W, top], fill=(255, 255, 255))
    for i, sym in enumerate(["←", "→", "⟳"]):
        d.text((22 + i * 34, 65), sym, font=F("dejavu", 18), fill=(90, 90, 90), anchor="mm")
    d.rounded_rectangle([120, 50, W - 120, 80], radius=15, fill=(241, 243, 244))
    d.text((145, 65), "🔒 " if False else "", font=F("sans", 14), fill=(60, 60, 60), anchor="lm")
    d.text((150, 65), url, font=F("dejavu", 14), fill=(40, 40, 40), anchor="lm")
    im.paste(shot, (0, top))
    d.rectangle([0, Hh + top, W, Hh + top + 40], fill=(32, 36, 44))
    d.text((W - 20, Hh + top + 20), f"{when:%Y/%m/%d}  {rng.randint(9,17)}:{rng.randint(10,59)}" if when else f"{rng.randint(9,17)}:{rng.randint(10,59)}", font=F("sans", 14), fill=(230, 230, 230), anchor="rm")
    return im


def shot_full(html_text, tmp_png, width=1366, max_h=5200):
    """Full-page capture (as a browser's 'capture full size screenshot'): render tall, crop to the content."""
    import numpy as np
    chromium(html_text, tmp_png, kind="png", size=(width, max_h))
    im = Image.open(tmp_png).convert("RGB")
    os.remove(tmp_png)
    a = np.asarray(im.convert("L"))
    rows = np.where((a < 245).any(axis=1))[0]
    bottom = int(rows[-1]) + 40 if len(rows) else im.height
    return im.crop((0, 0, im.width, min(im.height, max(bottom, 600))))
