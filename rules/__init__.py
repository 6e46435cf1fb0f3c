"""One module per rule family of SPEC §4 in rules/families/; each rule a pure function of the extracted packet.

rules.registry declares (the `rule` decorator); rules.catalogue finds the families and runs them."""
