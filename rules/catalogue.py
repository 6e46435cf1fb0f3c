"""Every rule family, found and run: each module in rules/families/ registers its rules when imported.

A new family is a new module in that folder and nothing else; tests/pure/test_rules_framework.py fails when a family
registers no rule. Every check is reported, passed ones too.
"""
from __future__ import annotations

import pkgutil
from dataclasses import replace
from functools import cache
from importlib import import_module

import rules.families
from precheck.core.model import CheckResult, Finding, Severity
from rules.people import for_applicant
from rules.registry import RULES, UNREADABLE_RULE, CheckContext, Rule, Unreadable

# Report order: the packet first, then who, where, which cards, the contract, tax, social insurance.
FAMILY_ORDER = ("packet", "input", "internal", "quality", "identity", "address", "permit", "id_card", "applicant",
                "contract", "tax", "employer", "social_insurance", "points", "field")


@cache
def family_modules() -> tuple[str, ...]:
    """Import every family module (each import registers its rules) and name them."""
    names = tuple(sorted(info.name for info in pkgutil.iter_modules(rules.families.__path__) if not info.name.startswith("_")))
    for name in names:
        import_module(f"rules.families.{name}")
    return names


def ordered_rules() -> list[Rule]:
    family_modules()
    family = {name: index for index, name in enumerate(FAMILY_ORDER)}
    return sorted(RULES.values(), key=lambda r: family.get(r.id.split(".")[0], len(family)))


def severity_of(rule_id: str) -> Severity:
    """The declared severity of a rule (KeyError for an id no family declares)."""
    family_modules()
    return RULES[rule_id].severity


def run_rules(context: CheckContext) -> tuple[list[Finding], list[CheckResult]]:
    context = for_applicant(context)
    findings: list[Finding] = []
    checks: list[CheckResult] = []
    needs: list[Unreadable] = []
    for rule_ in ordered_rules():
        if rule_.id == UNREADABLE_RULE:
            continue
        outcome = rule_.run(context)
        findings.extend(outcome.findings)
        needs.extend(outcome.unreadable)
        checks.append(outcome.result)
    last = RULES[UNREADABLE_RULE].run(replace(context, unreadable=tuple(needs)))
    findings.extend(last.findings)
    checks.append(last.result)
    return findings, checks
