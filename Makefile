# make run   - set up .venv and open Jiaokan on the default store
# make test  - set up .venv and run the whole suite offscreen
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# The first interpreter that is 3.11 or newer.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { command -v $$p; break; }; done)
STAMP := $(VENV)/.installed

.PHONY: run test sysdeps venv translations screenshot clean-venv

# Exit status 3: no display; jiaokan has said so in one line, which is all make should print.
run: sysdeps venv
	@$(BIN)/jiaokan gui || { code=$$?; [ $$code -eq 3 ] || exit $$code; }

test: sysdeps venv
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

sysdeps:
	@bash .ci/sysdeps

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Jiaokan needs Python 3.11 or newer; none found on PATH."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,spacy]"
	touch $(STAMP)

# Regenerate the .ts files from the sources and compile them to .qm.
translations: venv
	$(BIN)/pyside6-lupdate $$(find editor -name '*.py') -ts resources/translations/jiaokan_zh_CN.ts -no-obsolete
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

screenshot: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/jiaokan screenshot -o window.png

clean-venv:
	rm -rf $(VENV)
