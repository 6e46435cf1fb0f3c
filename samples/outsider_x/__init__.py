"""outsider_x: an independent test-set generator for the document pre-check tool,
drawing packets the way an HR office's scanner and copier produce them."""
