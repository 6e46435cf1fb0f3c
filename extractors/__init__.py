"""Document types (extractors/doctypes/, found by extractors.registry) and how their fields are read (extractors/reading/)."""
