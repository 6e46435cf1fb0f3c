"""Which education papers a person hands in (REAL-DOCUMENTS 毕业证书, 学位证书, 学信网 reports; SPEC §6 education).

A person's education (their 户口簿 文化程度) decides the papers: 大专 a 专科 毕业证书; 本科 the 本科 毕业证书 + 学士学位证书;
研究生 the 硕士研究生 毕业证书 + 硕士学位证书, often with the 本科 pair. Some 本科 diplomas are 成人高等教育 / 高等教育自学考试 /
网络教育 ones, which need the 学信网 备案表. The points defects leave out or swap one paper."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

# 户口簿 文化程度 → what the diploma names as its level, and the degree that goes with it (None: no degree).
LEVELS = {"大学专科": ("专科", None), "大学本科": ("本科", "学士"), "硕士研究生": ("硕士研究生", "硕士"),
          "博士研究生": ("博士研究生", "博士")}
EDUCATION_WEIGHTS = (("大学本科", 55), ("硕士研究生", 28), ("大学专科", 12), ("博士研究生", 5))
# Years of study of each level, and the age at which people usually finish the level below it.
YEARS = {"专科": 3, "本科": 4, "硕士研究生": 3, "博士研究生": 4}
FIRST_GRADUATION_AGE = {"专科": 21, "本科": 22}
# The kinds of diploma SPEC §6 tells apart; all but the first need 学籍 papers (the 学信网 备案表).
FULL_TIME = "普通全日制"
NOT_FULL_TIME = ("成人高等教育", "高等教育自学考试", "网络教育")
SHARE_NOT_FULL_TIME = 0.12
SHARE_RECORD_TOO = 0.2  # a 本科 diploma handed in with its 备案表 as well
SHARE_RECORD_INSTEAD = 0.1  # the 备案表 in place of the 本科 毕业证书
SHARE_MASTER_WITH_BACHELOR = 0.6
SCHOOLS_AFTER = ["复旦大学", "同济大学", "华东师范大学", "上海大学", "东华大学", "上海理工大学"]


@dataclass
class Paper:
    """One education document to draw: its type, and the facts it states."""

    doc_type: str  # diploma | degree_certificate | xuexin_record (a diploma-type 学信网 备案表)
    level: str
    school: str
    major: str
    start: date
    graduation: date
    kind: str = FULL_TIME

    def overrides(self) -> dict:
        return {"level": self.level, "school": self.school, "major": self.major, "start": self.start,
                "graduation": self.graduation, "kind": self.kind}


@dataclass
class Stage:
    """One level completed: its diploma and, where it has one, its degree."""

    level: str
    degree: str | None
    school: str
    major: str
    start: date
    graduation: date
    kind: str = FULL_TIME
    papers: list[Paper] = field(default_factory=list)


def choose_education(rng: random.Random, age: int) -> str:
    """A 文化程度 a person of this age can have finished."""
    names, weights = zip(*EDUCATION_WEIGHTS)
    education = rng.choices(names, weights)[0]
    while finishing_age(education) > age:
        education = {"博士研究生": "硕士研究生", "硕士研究生": "大学本科"}.get(education, "大学专科")
        if education == "大学专科":
            break
    return education


def finishing_age(education: str) -> int:
    level = LEVELS[education][0]
    if level in FIRST_GRADUATION_AGE:
        return FIRST_GRADUATION_AGE[level]
    return FIRST_GRADUATION_AGE["本科"] + YEARS["硕士研究生"] + (YEARS["博士研究生"] if level == "博士研究生" else 0)


def stages(person, rng: random.Random) -> list[Stage]:
    """The levels the person finished, oldest first (a 研究生 has a 本科 stage under the 研究生 one)."""
    level, degree = LEVELS[person.education]
    first = level if level in FIRST_GRADUATION_AGE else "本科"
    graduation = date(person.birth_date.year + FIRST_GRADUATION_AGE[first], 6, 30)
    found = [_stage(first, LEVELS["大学专科" if first == "专科" else "大学本科"][1], person.school, person.major, graduation)]
    if level in ("硕士研究生", "博士研究生"):
        school = rng.choice(SCHOOLS_AFTER)
        graduation = graduation.replace(year=graduation.year + YEARS["硕士研究生"])
        found.append(_stage("硕士研究生", "硕士", school, person.major, graduation))
        if level == "博士研究生":
            found.append(_stage("博士研究生", "博士", school, person.major, graduation.replace(year=graduation.year + YEARS[level])))
    return found


def _stage(level: str, degree: str | None, school: str, major: str, graduation: date) -> Stage:
    return Stage(level, degree, school, major, graduation.replace(year=graduation.year - YEARS[level], month=9, day=1),
                 graduation)


def papers(person, rng: random.Random, defects: list[str]) -> list[Paper]:
    """The education papers in the packet, shaped by the points defects."""
    done = stages(person, rng)
    top = done[-1]
    if "adult_diploma_without_record" in defects or ("本科" == done[0].level and rng.random() < SHARE_NOT_FULL_TIME):
        done[0].kind = rng.choice(NOT_FULL_TIME)
    chosen: list[Paper] = []
    for stage in done:
        earlier = stage is not top
        if earlier and rng.random() > SHARE_MASTER_WITH_BACHELOR and stage.kind == FULL_TIME:
            continue  # a 研究生 often leaves the 本科 pair out: the 硕士 papers count
        chosen += _stage_papers(stage, rng, defects, top=not earlier)
    return chosen


def _stage_papers(stage: Stage, rng: random.Random, defects: list[str], top: bool) -> list[Paper]:
    facts = dict(level=stage.level, school=stage.school, major=stage.major, start=stage.start, graduation=stage.graduation,
                 kind=stage.kind)
    diploma = Paper("diploma", **facts)
    record = Paper("xuexin_record", **facts)
    degree = Paper("degree_certificate", **(facts | {"level": stage.degree})) if stage.degree else None
    if stage.kind != FULL_TIME:
        with_record = "adult_diploma_without_record" not in defects
        return [diploma] + ([record] if with_record else []) + ([degree] if degree else [])
    if top and "degree_without_diploma" in defects and degree:
        return [degree]
    if top and "postgraduate_without_degree" in defects and stage.level == "硕士研究生":
        return [diploma]
    if stage.level == "本科" and rng.random() < SHARE_RECORD_INSTEAD:
        shown = [record]
    elif stage.level == "本科" and rng.random() < SHARE_RECORD_TOO:
        shown = [diploma, record]
    else:
        shown = [diploma]
    return shown + ([degree] if degree else [])
