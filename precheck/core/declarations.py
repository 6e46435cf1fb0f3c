"""What the person checking declares for the points estimate (SPEC §6): the items no document in a packet shows.

Given on the command line (`--declare key=value`), in a declarations file (TOML or JSON, one per packet in
`batch`), or on the web page's form. Declared items are reported as `from: declared` and never mixed with what the
documents show."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from precheck.core.errors import BadArguments
from precheck.core.points_policy import AWARD_POINTS, EDUCATION_POINTS, HIGH_BASE_TIERS, TITLE_OR_SKILL_POINTS

@dataclass(frozen=True)
class Declarable:
    """One item a person may declare: its Chinese name, the kind of input it takes, and its choices."""

    label: str
    kind: Literal["choice", "number", "flag"]
    choices: tuple[str, ...] = ()

    @property
    def hint(self) -> str:
        return {"number": "整数", "flag": "true / false"}.get(self.kind) or "、".join(self.choices)


# Every declarable item, for messages, help texts and the web form.
KEYS = {
    "education": Declarable("申报学历", "choice", tuple(EDUCATION_POINTS)),
    "title_or_skill": Declarable("技能等级或职称", "choice", tuple(TITLE_OR_SKILL_POINTS)),
    "social_insurance_months": Declarable("本市职工社保缴费月数", "number"),
    "shortage_major": Declarable("紧缺急需专业", "flag"),
    "spouse_shanghai_hukou": Declarable("配偶为本市户籍", "flag"),
    "fresh_graduate": Declarable("全日制应届毕业生", "flag"),
    "suburban_work_years": Declarable("远郊重点地区工作年数", "number"),
    "public_service_years": Declarable("公共服务岗位工作年数", "number"),
    "high_base_tier": Declarable("高基数社保加分档", "choice", tuple(str(t) for t in HIGH_BASE_TIERS)),
    "award": Declarable("奖励加分", "choice", tuple(str(a) for a in AWARD_POINTS)),
}


# Other ways people write a choice: 本科学士 or 本科（学士） for 本科+学士, 专科 for 大专. Compared after white space
# and brackets are dropped and full-width characters made half-width.
SPELLINGS = {"本科学士": "本科+学士", "本科学士学位": "本科+学士", "本科+学士学位": "本科+学士", "专科": "大专"}


class Declarations(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    education: Optional[Literal[tuple(EDUCATION_POINTS)]] = None  # type: ignore[valid-type]
    title_or_skill: Optional[Literal[tuple(TITLE_OR_SKILL_POINTS)]] = None  # type: ignore[valid-type]
    social_insurance_months: Optional[int] = Field(None, ge=0, le=600)
    shortage_major: bool = False
    spouse_shanghai_hukou: bool = False
    fresh_graduate: bool = False
    suburban_work_years: int = Field(0, ge=0, le=60)
    public_service_years: int = Field(0, ge=0, le=60)
    high_base_tier: Optional[Literal[HIGH_BASE_TIERS]] = None  # type: ignore[valid-type]
    award: Optional[Literal[AWARD_POINTS]] = None  # type: ignore[valid-type]

    @property
    def empty(self) -> bool:
        return self == Declarations()


NOTHING_DECLARED = Declarations()


def from_pairs(pairs: list[str]) -> Declarations:
    """`key=value` pairs (the CLI's --declare); a bad one is named in Chinese."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise BadArguments(f"申报项「{pair}」应写成 名称=值，例如 title_or_skill=技能三级。{_known()}")
        values[key.strip()] = value.strip()
    return _validated(values, "--declare")


def from_file(path: Path) -> Declarations:
    """A declarations file: TOML (key = value) or JSON (an object); a bad line is named."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadArguments(f"无法读取申报文件 {path.name}：{type(exc).__name__}。请确认文件存在且为 UTF-8 文本。") from exc
    if path.suffix.lower() == ".json":
        try:
            values = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadArguments(f"申报文件 {path.name} 第 {exc.lineno} 行不是有效的 JSON：{exc.msg}。") from exc
        if not isinstance(values, dict):
            raise BadArguments(f"申报文件 {path.name} 应为一个 JSON 对象（{{\"名称\": 值}}）。")
    else:
        values = _toml(text, path.name)
    return _validated(values, f"申报文件 {path.name}", text)


def from_mapping(values: dict, where: str) -> Declarations:
    """The items given as an object already parsed (a sample packet's truth file declares them so)."""
    if not isinstance(values, dict):
        raise BadArguments(f"{where}：申报项应为一个对象（{{\"名称\": 值}}）。")
    return _validated(values, where)


def _toml(text: str, name: str) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BadArguments(f"申报文件 {name} 不是有效的 TOML：{exc}。每行写一项，例如 title_or_skill = \"技能三级\"。") from exc


def _validated(values: dict, where: str, text: str = "") -> Declarations:
    for key in values:
        if key not in KEYS:
            raise BadArguments(f"{where}{_line_of(key, text)}：不认识的申报项「{key}」。{_known()}")
    try:
        return Declarations.model_validate({key: _spelled(_plain(value)) if KEYS[key].kind == "choice" else _plain(value)
                                            for key, value in values.items()})
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        item = KEYS.get(key, Declarable(key, "choice"))
        raise BadArguments(f"{where}{_line_of(key, text)}：{item.label}（{key}）的值「{values.get(key)}」不对，应为 {item.hint}。") \
            from exc


def _spelled(value):
    """A choice as the model spells it."""
    if not isinstance(value, str):
        return value
    bare = re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", value))
    return SPELLINGS.get(bare, bare)


def _plain(value):
    """Values from the command line arrive as text: 'true', '36', '50'."""
    if isinstance(value, str):
        if value.lower() in ("true", "yes", "是"):
            return True
        if value.lower() in ("false", "no", "否"):
            return False
        if value.isdigit():
            return int(value)
    return value


def _line_of(key: str, text: str) -> str:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().lstrip('"').startswith(key):
            return f" 第 {number} 行"
    return ""


def _known() -> str:
    return "可申报：" + "；".join(f"{key}（{item.label}：{item.hint}）" for key, item in KEYS.items())
