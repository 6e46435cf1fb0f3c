# The two commands a new user needs: `make demo` and `make test`. Both install everything first.
.PHONY: install demo test bench

install:
	bash scripts/install.sh

demo: install
	# exit 1 means "verdict: fix", which is what this demo packet should get; 2 would be a real failure
	.venv/bin/precheck check samples/packets/demo_fix --as-of 2026-12-01; test $$? -le 1

test: install
	.venv/bin/python -m pytest -q

bench: install
	.venv/bin/python benchmarks/ocr_speed.py
	.venv/bin/python benchmarks/stage_speed.py --batch
	.venv/bin/python benchmarks/batch_speed.py
	.venv/bin/python benchmarks/hostile_memory.py
