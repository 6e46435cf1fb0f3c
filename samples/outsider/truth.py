"""The truth file beside each packet, in the shape `precheck eval` reads.

Values are SPEC §3 normal forms (dates YYYY-MM-DD, months YYYY-MM, `long_term`, text without white space and with
full-width ASCII made half-width, booleans). `rotation` of a page is how many degrees clockwise its content
appears turned when the file is shown with its EXIF orientation applied (0 for a photo whose EXIF tag turns it
upright); the capture name says when an EXIF orientation was used (phone_photo_exif6 …).
"""
from __future__ import annotations

from datetime import date

from rules.catalogue import severity_of
from samples.outsider.normalise import text

TEXT_ROW_KEYS = {"withholding_agent", "employer"}


def normal_fields(fields: dict) -> dict:
    return {k: text(v) if isinstance(v, str) else v for k, v in fields.items()}


def normal_rows(rows: list[dict]) -> list[dict]:
    return [{k: text(v) if k in TEXT_ROW_KEYS else v for k, v in row.items()} for row in rows]


def verdict(expected_rules: list[str]) -> str:
    return "fix" if any(severity_of(rule).value == "error" for rule in expected_rules) else "ready"


def document_entries(documents) -> list[dict]:
    """Truth documents (packet.TruthDocument) as the truth file lists them, normalised."""
    return [{"type": d.type, "layout": d.layout, "pages": list(d.pages), "fields": normal_fields(d.fields()),
             "rows": normal_rows(d.rows())} for d in documents]


def truth(name: str, as_of: date, application: str, defects: list[str], expected_rules: list[str],
          pages: list[dict], documents: list[dict]) -> dict:
    return {"packet": name, "as_of": as_of.isoformat(), "application": application, "defects": defects,
            "expected_rules": sorted(expected_rules), "verdict": verdict(expected_rules),
            "pages": sorted(pages, key=lambda p: (p["file"], p["page"])), "documents": documents}
