"""A self-contained HTML report: verdict, findings with what to do, every page with its evidence boxes.

No script and no external request: images are embedded as data URIs, boxes are positioned with CSS."""
from __future__ import annotations

import base64
import html
from collections import defaultdict

from extractors.registry import type_label
from precheck.core.model import APPLICATION_LABELS, SEVERITY_LABELS, VERDICT_LABELS, Report, Severity, Verdict
from precheck.pipeline.page_images import PAGE_WIDTH_PX, PageImages

VERDICT_COLOURS = {Verdict.ready: "#1a7f37", Verdict.review: "#9a6700", Verdict.fix: "#cf222e"}
SEVERITY_COLOURS = {Severity.error: "#cf222e", Severity.warning: "#9a6700", Severity.info: "#0969da"}

# The page around a standalone report; the web page (precheck serve) brings its own and embeds REPORT_CSS.
PAGE_CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:24px;color:#1f2328;max-width:1100px}
h1{font-size:22px}
"""
REPORT_CSS = """
.verdict{font-size:20px;font-weight:bold;padding:8px 14px;border-radius:6px;color:#fff;display:inline-block}
.finding{border-left:5px solid;padding:6px 12px;margin:10px 0;background:#f6f8fa}.finding .meta{color:#656d76;font-size:13px}
.action{margin-top:4px}.page{margin:18px 0;break-inside:avoid}.sheet{position:relative;display:inline-block;border:1px solid #d0d7de}
.sheet img{display:block;width:%dpx;max-width:100%%}.box{position:absolute;border:3px solid;box-sizing:border-box}
.box span{position:absolute;top:-20px;left:-3px;font-size:12px;color:#fff;padding:0 4px;white-space:nowrap}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px;font-size:14px}.passed{color:#1a7f37}
""" % PAGE_WIDTH_PX


def render_html(report: Report, images: PageImages) -> str:
    """A whole HTML document: one file that opens anywhere, offline."""
    e = html.escape
    return "".join([
        f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>居住证积分材料预检 {e(report.packet)}</title>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
        f"<style>{PAGE_CSS}{REPORT_CSS}</style></head><body><h1>居住证积分材料预检</h1>",
        render_report_section(report, images),
        "</body></html>",
    ])


def render_report_section(report: Report, images: PageImages) -> str:
    """The report without its page around it (styled by REPORT_CSS): what the web page inserts after a check."""
    e = html.escape
    colour = VERDICT_COLOURS[report.verdict]
    anchors = {(page.file, page.page): f"page-{number}" for number, page in enumerate(report.pages, 1)}
    out = [f"<p>{e(report.packet)} · 预计提交日期 {report.as_of} · "
           f"{APPLICATION_LABELS[report.application]} · OCR {e(report.engine or '')}</p>",
           f"<div class='verdict' style='background:{colour}'>结论：{VERDICT_LABELS[report.verdict]}（{report.verdict.value}）</div>"]

    boxes: dict[tuple[str, int], list[tuple[tuple, str, str]]] = defaultdict(list)
    out.append("<h2>发现的问题</h2>" if report.findings else "<h2>未发现问题</h2>")
    for number, finding in enumerate(report.findings, 1):
        colour = SEVERITY_COLOURS[finding.severity]
        out.append(f"<div class='finding' style='border-color:{colour}'><b>{number}. [{SEVERITY_LABELS[finding.severity]}]</b> "
                   f"{e(finding.message)}")
        if finding.action:
            out.append(f"<div class='action'>→ {e(finding.action)}</div>")
        out.append(f"<div class='meta'>{e(finding.rule)} · 依据 {e(finding.source)}")
        for ev in finding.evidence:
            anchor = anchors.get((ev.file, ev.page))
            where = f"{e(ev.file)} 第{ev.page}页"
            out.append(f" · <a href='#{anchor}'>{where}</a>" if anchor else f" · {where}")
            if tuple(ev.bbox) != (0.0, 0.0, 1.0, 1.0):
                boxes[(ev.file, ev.page)].append((tuple(ev.bbox), f"#{number}", colour))
        out.append("</div></div>")

    passed = [c for c in report.checks if c.status == "passed"]
    if passed:
        out.append("<h2>通过的检查</h2><p class='passed'>" + "、".join(e(c.title or c.rule) for c in passed) + "</p>")
    undecided = [c for c in report.checks if c.status == "undecided"]
    if undecided:
        out.append("<h2>未能判断的检查（不算通过，请人工核对）</h2><ul>"
                   + "".join(f"<li>{e(c.title or c.rule)}：{e(c.note or '')}</li>" for c in undecided) + "</ul>")

    out.append("<h2>材料与页面</h2><table><tr><th>材料</th><th>页面</th></tr>")
    for document in report.documents:
        pages = "、".join(f"{e(r.file)} 第{r.page}页" for r in document.pages)
        out.append(f"<tr><td>{e(type_label(document.type))}</td><td>{pages}</td></tr>")
    out.append("</table>")

    for page in report.pages:
        key = (page.file, page.page)
        out.append(f"<div class='page' id='{anchors[key]}'><h3>{e(page.file)} 第{page.page}页 · {e(type_label(page.type))}</h3>")
        image = images.get(key)
        if image is None:
            out.append("<p>（此页无法显示）</p></div>")
            continue
        src = "data:image/jpeg;base64," + base64.b64encode(image).decode("ascii")
        out.append(f"<div class='sheet'><img alt='{e(page.file)} 第{page.page}页' src='{src}'>")
        for (x0, y0, x1, y1), tag, colour in boxes.get(key, []):
            style = f"left:{x0 * 100:.2f}%;top:{y0 * 100:.2f}%;width:{(x1 - x0) * 100:.2f}%;height:{(y1 - y0) * 100:.2f}%;border-color:{colour}"
            out.append(f"<div class='box' style='{style}'><span style='background:{colour}'>{tag}</span></div>")
        out.append("</div></div>")
    return "".join(out)
