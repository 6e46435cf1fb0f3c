"""One module per rule family of SPEC §4; each rule a pure function of the extracted packet."""
from rules.base import RULES, CheckContext, run_rules

__all__ = ["RULES", "CheckContext", "run_rules"]
