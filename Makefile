# The two commands a newcomer needs: `make run` and `make test`.
# Both create .venv and install Cadence into it first (only when needed).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench screenshots translations clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Cadence needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/cadence

test: $(STAMP)
	@# The tests start `cadence` as a process some 200 times: compiled once here, it
	@# starts 20% faster even where PYTHONDONTWRITEBYTECODE is set (only changed files).
	$(BIN)/python -m compileall -q desktop
	$(BIN)/python -m pytest -n auto --dist worksteal
	$(MAKE) --no-print-directory lint

lint: $(STAMP)
	$(BIN)/ruff check desktop tests tools
	$(BIN)/ruff format --check desktop tests tools
	$(BIN)/mypy

# Benchmarks: run on demand, never part of `make test`.
bench: $(STAMP)
	$(BIN)/python tests/perf/bench_demo.py
	$(BIN)/python tests/perf/bench_billing.py
	$(BIN)/python tests/perf/bench_pdfs.py
	$(BIN)/python tests/perf/bench_window.py
	$(BIN)/python tests/perf/bench_reports.py

# A PNG of every tab, panel and dialog, at 1366x768 and 1920x1080, in French and
# English, into /tmp/tour: to look at before a change to the screens is done.
screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py

# After changing interface text: lupdate brings the new strings into the French .ts
# (translate them there), lrelease compiles the .qm the window loads. Both are committed.
TS := resources/translations/cadence_fr.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find desktop/cadence -name '*.py' | sort) -ts $(TS) -target-language fr_FR -no-obsolete
	$(BIN)/pyside6-lrelease $(TS) -qm resources/translations/cadence_fr.qm

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .migration-scratch.sqlite3
