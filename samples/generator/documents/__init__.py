"""One module per document type; each declares LAYOUTS: name → renderer(person, rng, **overrides)."""
