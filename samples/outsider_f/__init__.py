"""Outsider F: packets drawn from REAL-DOCUMENTS.md and SPEC only, with truth beside each packet folder."""
