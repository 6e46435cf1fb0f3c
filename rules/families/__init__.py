"""The rule families of SPEC §4, one module each; rules.catalogue imports every module here."""
