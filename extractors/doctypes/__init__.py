"""One module per SPEC §3 document type: its DOCUMENT_TYPE declaration, then its extract(draft)."""
