"""outsider_y: an independent test-set generator for precheck (family packets). See README.md."""
