"""One module per SPEC §3 document type: how its pages are recognised and how its fields are read."""
from extractors.registry import ALL_TYPES, DOC_TYPES, spec_for

__all__ = ["ALL_TYPES", "DOC_TYPES", "spec_for"]
