"""The program's own failures: a document its reader failed on was checked with no fields, so the report says so
and asks for it to be checked by hand, instead of leaving only field.unreadable to hint at it."""
from __future__ import annotations

from extractors.registry import type_label
from precheck.core.model import Severity
from rules.registry import CheckContext, Hit, page_evidence, rule

ACTION = "请人工核对这份材料的原件；再次检查仍出现此提示时，请报告问题（注明 precheck 版本，不要附上材料）。"


@rule("internal.stage_failed", Severity.warning, "precheck")
def stage_failed(context: CheckContext):
    """程序读取材料未出错
    程序读取某份材料时出错，未能读出其中的内容；这份材料不算通过，需人工核对。"""
    for failure in context.stage_failures:
        label = type_label(failure.document_type)
        pages = "、".join(f"{ref.file} 第 {ref.page} 页" for ref in failure.pages)
        yield Hit(f"{label}（{pages}）未能由程序读取：{failure.message}。这份材料须人工核对。",
                  tuple(page_evidence(ref) for ref in failure.pages), ACTION)
