"""One module per document form. Each form returns a Doc with the pages it drew and the truth values it showed."""
