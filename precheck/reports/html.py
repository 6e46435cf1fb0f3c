"""A self-contained HTML report: verdict, findings with what to do, every page with its evidence boxes.

No script and no external request: images are embedded as data URIs, boxes are positioned with CSS."""
from __future__ import annotations

import base64
import html
from collections import defaultdict

from extractors.registry import type_label
from precheck.core.model import APPLICATION_LABELS, SEVERITY_LABELS, VERDICT_LABELS, Report, Severity, Verdict
from precheck.pipeline.page_images import PAGE_WIDTH_PX, PageImages
from precheck.reports.points_view import headline, points_rows
from precheck.reports.fields_view import ShownValue, confidence_text, shown_documents

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
.box.field{border:2px dashed}.box.field span{top:auto;bottom:-18px;font-size:11px}.doubt{color:#9a6700}.unread{color:#8c959f}
.read h3{font-size:16px;margin:14px 0 4px}.points-headline{font-weight:bold}.not-counted{color:#8c959f}
@media print{body{margin:0;max-width:none}.finding,.read table,tr{break-inside:avoid}h2,h3{break-after:avoid}
.page{display:inline-block;width:49%%;vertical-align:top}.sheet img{width:100%%}a{color:inherit;text-decoration:none}}
""" % PAGE_WIDTH_PX
FIELD_BOX_COLOUR = "#0969da"


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

    out.append(_points(report))
    out.append(_read_values(report, boxes))
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
            kind = "box field" if colour == FIELD_BOX_COLOUR else "box"
            out.append(f"<div class='{kind}' style='{style}'><span style='background:{colour}'>{e(tag)}</span></div>")
        out.append("</div></div>")
    return "".join(out)


def _points(report: Report) -> str:
    if report.points is None:
        return ""
    e = html.escape
    out = [f"<h2>积分估算</h2><p class='points-headline'>{e(headline(report.points))}（括号内的分数不计入）</p>",
           "<table class='points'><tr><th>指标</th><th>分数</th><th>来源</th><th>依据</th><th>如何加分</th></tr>"]
    for row in points_rows(report.points):
        muted = "" if row.counted else " class='not-counted'"
        out.append(f"<tr{muted}><td>{e(row.indicator)}</td><td>{e(row.points)}</td><td>{e(row.source_kind)}</td>"
                   f"<td>{e(row.basis)}</td><td>{e(row.more)}</td></tr>")
    out.append("</table>" + "".join(f"<p class='meta'>{e(note)}</p>" for note in report.points.not_estimated))
    return "".join(out)


def _cell(value: ShownValue) -> str:
    e = html.escape
    if not value.text:
        return "<td class='unread'>未读到</td>"
    css = " class='doubt'" if value.check_by_hand else ""
    return f"<td{css}>{e(value.text)}<br><small>{e(confidence_text(value))}</small></td>"


def _read_values(report: Report, boxes: dict) -> str:
    """Per document, every field read (or not) with how surely; each read value also gets a dashed box, tagged
    with its name, on its page."""
    e = html.escape
    out = ["<h2>读到的内容</h2><div class='read'><p>请对照原件核对；把握低于 80% 的值标为「请核对」。</p>"]
    for document in shown_documents(report.documents):
        out.append(f"<h3>{e(document.label)}</h3><table><tr>")
        out.append("".join(f"<th>{e(value.label)}</th>" for value in document.fields) + "</tr><tr>")
        out.append("".join(_cell(value) for value in document.fields) + "</tr></table>")
        if document.rows:
            out.append("<table><tr>" + "".join(f"<th>{e(label)}</th>" for label in document.row_labels) + "</tr>")
            out.extend("<tr>" + "".join(_cell(value) for value in row) + "</tr>" for row in document.rows)
            out.append("</table>")
            if document.rows_not_shown:
                out.append(f"<p>……另有 {document.rows_not_shown} 行</p>")
        for value in document.fields:
            if value.evidence is not None and value.text:
                where = (value.evidence.file, value.evidence.page)
                boxes[where].append((tuple(value.evidence.bbox), value.label, FIELD_BOX_COLOUR))
    out.append("</div>")
    return "".join(out)
