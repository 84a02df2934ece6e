# MapStudio: `make run` and `make test` set everything up on a fresh Debian machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
EXAMPLE ?= resources/examples/smartphone-en.journey.json
# Translations: .ts sources are extracted from the code; the compiled .qm files are committed
# (so wheels and checkouts have them) and rebuilt here whenever a .ts is newer.
TS     := $(sort $(wildcard resources/translations/mapstudio_*.ts) resources/translations/mapstudio_en.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test setup system-deps lint format bench bench-session package package-test clean translations

setup: system-deps $(STAMP) $(QM)

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Re-extract every translatable string from the code into the .ts files, then compile them.
# `t = QCoreApplication.translate` is the one alias the code may use (LUPDATE_ALIAS).
# English is the source language: its catalogue holds only the plural forms ("%n card(s)" ->
# "1 card", "2 cards"), as Qt wants (-pluralonly).
LUPDATE_ALIAS := -tr-function-alias translate+=t
TS_EN  := resources/translations/mapstudio_en.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent $$(find src/mapstudio -name '*.py' | sort) \
	  $(LUPDATE_ALIAS) -locations none -no-obsolete -source-language en -ts $(filter-out $(TS_EN),$(TS))
	$(VENV)/bin/pyside6-lupdate -silent $$(find src/mapstudio -name '*.py' | sort) \
	  $(LUPDATE_ALIAS) -locations none -no-obsolete -pluralonly -source-language en \
	  -target-language en -ts $(TS_EN)
	@for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: setup
	$(VENV)/bin/mapstudio $(EXAMPLE)

# On every core (pytest-xdist): the tests are independent (private HOME, tmp_path, free ports and
# displays). Tests that time themselves share one worker (--dist loadgroup, group "timing").
test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadgroup

# Style, then the layer contracts of pyproject.toml ([tool.importlinter]): which layer may import which.
lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/lint-imports --no-cache

format: setup
	$(VENV)/bin/ruff format src tests benchmarks
	$(VENV)/bin/ruff check --fix src tests benchmarks

bench: setup
	$(PY) -m benchmarks.run
	$(PY) -m benchmarks.session_load --participants 30
	$(PY) -m benchmarks.session_gui --participants 30

# A live session under load: 30 participants add 10 notes and 3 dots each against a real host;
# prints lost notes (0), convergence and the notes' 95th-percentile latency (budget 100 ms).
bench-session: setup
	$(PY) -m benchmarks.session_load --participants 30
	$(PY) -m benchmarks.session_gui --participants 30

package: setup
	bash packaging/build.sh

package-test: setup
	bash packaging/test-package.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
