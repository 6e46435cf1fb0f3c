"""Pages and files that could not be read (SPEC §4 quality.unreadable_page; input.unreadable_file is ours)."""
from __future__ import annotations

from precheck.core.model import WHOLE_PACKET, Evidence, Severity
from extractors.registry import UNKNOWN
from rules.families.packet import missing_types
from rules.registry import CheckContext, Hit, rule


@rule("quality.unreadable_page", Severity.warning, "—")
def unreadable_pages(context: CheckContext):
    """页面可识别
    页面文字过少，无法判断材料类型（空白、过暗、过小或被裁切）。"""
    read = {(ref.file, ref.page) for document in context.documents if document.type != UNKNOWN for ref in document.pages}
    for issue in context.page_issues:
        if issue.kind != "unreadable_page":
            continue
        evidence = Evidence(file=issue.file, page=issue.page or 1, bbox=(0.0, 0.0, 1.0, 1.0))
        if issue.blank and any(file == issue.file and page != issue.page for file, page in read):
            # A blank page among a scanned file's read pages is a back side the scanner app kept: nothing to fix.
            yield Hit(f"{issue.file} 第 {issue.page} 页是空白页（多为扫描时留下的背面），已跳过，无需处理。", (evidence,),
                      severity=Severity.info)
            continue
        if issue.blank and not missing_types(context):
            # A blank file beside a complete packet is a back side scanned on its own; were a document missing,
            # the blank might be it scanned from the wrong side, and that is worth a warning.
            yield Hit(f"{issue.file} 第 {issue.page} 页是空白页，已跳过；所需材料都已找到，无需处理。", (evidence,),
                      severity=Severity.info)
            continue
        yield Hit(f"{issue.file} 第 {issue.page} 页无法识别：{issue.message}", (evidence,))


@rule("input.unreadable_file", Severity.warning, "—")
def unreadable_files(context: CheckContext):
    """文件可读取
    文件无法打开或读取（损坏、加密、格式不支持、超出限制）；其余文件照常检查。"""
    for issue in context.page_issues:
        if issue.kind == "unreadable_file":
            where = f"{issue.file} 第 {issue.page} 页" if issue.page else issue.file
            where = "资料" if issue.file == WHOLE_PACKET else where
            evidence = Evidence(file=issue.file, page=issue.page or 1, bbox=(0.0, 0.0, 1.0, 1.0))
            yield Hit(f"{where}：{issue.message}", (evidence,))
