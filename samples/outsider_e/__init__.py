"""Outsider E: an independent draw of synthetic packets with truth, from SPEC and REAL-DOCUMENTS only."""
