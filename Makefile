# The two commands a new user needs: `make demo` and `make test`. Both install everything first.
.PHONY: install demo test bench

install:
	bash scripts/install.sh

demo: install
	.venv/bin/precheck check samples/packets/demo_fix --as-of 2026-11-22 || true

test: install
	.venv/bin/python -m pytest -q

bench: install
	.venv/bin/python benchmarks/ocr_speed.py
