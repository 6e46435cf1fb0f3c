"""One module per SPEC §3 document type: each draws its real forms (REAL-DOCUMENTS.md) as sheets, and says which
fields and table rows each drawn page shows legibly (the truth)."""
