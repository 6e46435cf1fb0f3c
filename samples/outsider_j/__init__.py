"""jdraw — outsider test-packet generator (set J) for precheck."""
