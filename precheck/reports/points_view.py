"""The points estimate as people read it (text, HTML and the web page show the same rows)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from precheck.core.model import PointsEstimate
from precheck.core.points_policy import INDICATORS

FROM_LABELS = {"documents": "材料", "declared": "申报"}


@dataclass(frozen=True)
class PointsRow:
    indicator: str  # Chinese
    points: str  # "30", or "(60)" when listed but not counted
    counted: bool
    source_kind: str  # 材料 / 申报
    basis: str
    more: str


def headline(estimate: PointsEstimate) -> str:
    declared = sum(i.points for i in estimate.items if i.counted and i.from_ == "declared")
    parts = [f"估算积分 {estimate.estimate} 分" + ("（下限）" if estimate.lower_bound else ""),
             f"标准分 {estimate.standard} 分"]
    if declared:
        parts.append(f"其中申报 {declared} 分、材料证明 {estimate.estimate - declared} 分")
    gap = estimate.standard - estimate.estimate
    parts.append("已达标" if gap <= 0 else f"还差 {gap} 分")
    return "，".join(parts)


def points_rows(estimate: Optional[PointsEstimate]) -> list[PointsRow]:
    if estimate is None:
        return []
    return [PointsRow(INDICATORS.get(item.indicator, item.indicator),
                      str(item.points) if item.counted else f"({item.points})", item.counted,
                      FROM_LABELS[item.from_], item.basis, item.more or "") for item in estimate.items]
