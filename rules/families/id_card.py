"""The id card is still valid (SPEC §4 id_card.expired)."""
from __future__ import annotations

from precheck.core.model import Severity
from rules.registry import CheckContext, rule
from rules.expiry import expired


@rule("id_card.expired", Severity.error, "000 §五 A(一)4")
def id_card_expired(context: CheckContext):
    """身份证在有效期内
    居民身份证的有效期截止日不得早于预计提交日期；“长期”不会过期。"""
    yield from expired(context, "id_card",
                       "积分申请须提供有效身份证件（000 §五 A(一)4）。请到公安机关（户籍地或居住地派出所）换领新的居民身份证，"
                       "用新证提交；换证期间可申领临时居民身份证。")
