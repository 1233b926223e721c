# Two commands do everything: `make report` (the main job) and `make test` (the whole suite).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
UV ?= $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
export SOURCE_DATE_EPOCH := 1700092800
export PYTHONHASHSEED := 0
export UV_PYTHON_DOWNLOADS := never

.PHONY: env report data test test-browser test-fast lab bench eval notebooks clean

# uv into ~/.local/bin, in a private virtual environment (or pip --target): works with a
# Debian/Ubuntu system python3, which refuses `pip install --user` (PEP 668)
$(UV):
	@command -v uv >/dev/null 2>&1 || .ci/install-uv

env: $(UV)
	$(UV) sync --locked --all-extras

## make report: execute every notebook from the seed into reports/*.html (+ index), regenerate data/derived/
report: env
	$(UV) run --locked python -m analysis.linxia.report
	@echo "reports written: reports/index.html"

## make data: regenerate data/derived/ only
data: env
	$(UV) run --locked python -m analysis.linxia.report --data-only

## make test: unit tests, doctests, the notebooks under nbval
test: env
	$(UV) run --locked pytest tests analysis notebooks --ignore=tests/browser --nbval --nbval-sanitize-with notebooks/sanitize.cfg

## make test-browser: every notebook run in JupyterLab in headless Chromium (installs Debian's chromium and fonts-noto-cjk if missing)
test-browser: env
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  echo "installing chromium and fonts-noto-cjk (Debian packages)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi
	$(UV) sync --locked --all-extras --group browser
	$(UV) run --locked --group browser pytest tests/browser -v

## make test-deep: the property and generated-figure tests with fresh random examples, ten times as many (not in CI)
.PHONY: test-deep
test-deep: env
	HYPOTHESIS_PROFILE=deep $(UV) run --locked pytest tests analysis --ignore=tests/browser -q

## make test-fast: everything but the notebooks
test-fast: env
	$(UV) run --locked pytest tests analysis --ignore=tests/browser -q

## make eval: score the figure engine on the labelled dev set (needs ../shared/eval)
eval: env
	python3 ../shared/eval/score.py

## make lab: open JupyterLab on the notebooks (as root, the usual user in a container, with --allow-root)
lab: env
	$(UV) run --locked jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root)

## make notebooks: re-execute the notebooks in place (after an edit) and strip volatile metadata
notebooks: env
	$(UV) run --locked python -m analysis.rerun
	$(UV) run --locked python -m analysis.rerun notebooks/briefing/walk.ipynb
	$(UV) run --locked nbstripout --keep-output --keep-id --keep-count notebooks/*.ipynb notebooks/briefing/*.ipynb

## make bench: speed of clean+extract, side by side with jionlp, recognizers-text and cn2an,
## the command line, and the instruction count per seed document (when valgrind is installed);
## everything it prints also goes to benchmarks/last-run.txt (with the date, load and commit)
bench: env
	$(UV) sync --locked --all-extras --group bench
	{ date -u; uptime; echo "commit $$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"; \
	  $(UV) run --locked --group bench python benchmarks/bench.py; \
	  $(UV) run --locked --group bench python benchmarks/compare.py; \
	  if command -v valgrind >/dev/null; then $(UV) run --locked python benchmarks/instructions.py; \
	  else echo "instruction count skipped: valgrind is not installed"; fi; \
	  uptime; } 2>&1 | tee benchmarks/last-run.txt

clean:
	rm -rf reports .pytest_cache
