# make run   - set everything up, create the demo database on first run, start the app on it
# make test  - set everything up, run the whole test suite, ruff and mypy
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
DIST_STAMP := $(VENV)/.dist-installed-$(shell sha1sum pyproject.toml | cut -c1-12)
TS := resources/translations/matchtafel_nl.ts
TS_EN := resources/translations/matchtafel_en.ts

.PHONY: setup run test bench demo screenshots translations lint clean wheels-check dist dist-smoke

$(STAMP): pyproject.toml
	@scripts/system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install -q --disable-pip-version-check -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	@if [ "$$(uname)" = Linux ] && [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display here: run it on a virtual screen with 'xvfb-run -a make run'."; exit 1; fi
	@$(VENV)/bin/matchtafel demo --if-missing
	$(VENV)/bin/matchtafel --demo

test: setup
	$(PY) -m pytest
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: setup
	$(PY) benchmarks/run.py

demo: setup
	$(VENV)/bin/matchtafel demo

screenshots: setup
	$(PY) scripts/screenshots.py

# Refresh the .ts files from the code (new strings arrive unfinished), then compile them.
translations: setup
	$(VENV)/bin/pyside6-lupdate $$(find matchtafel -name '*.py' | sort) -ts $(TS) -no-obsolete -locations none
	$(VENV)/bin/pyside6-lupdate $$(find matchtafel -name '*.py' | sort) -ts $(TS_EN) -no-obsolete -locations none -pluralonly
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(VENV)/bin/pyside6-lrelease $(TS_EN) -qm $(TS_EN:.ts=.qm)

# Every dependency resolves to a wheel on Windows, macOS (arm64, x86_64) and Linux for Python 3.11-3.13,
# without installing anything (needs PyPI).
wheels-check: setup
	$(PY) scripts/check_wheels.py

$(DIST_STAMP): $(STAMP)
	@$(PY) -m pip install -q --disable-pip-version-check -e ".[test,dist]"
	@rm -f $(VENV)/.dist-installed-*
	@touch $(DIST_STAMP)

# The one-folder application (dist/matchtafel: Matchtafel windowed, matchtafel-cli for the command line)
# and its tarball with the .desktop file. PyInstaller builds for the platform it runs on.
dist: $(DIST_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/matchtafel.spec
	$(PY) packaging/make_tarball.py

# Unpack the tarball in an empty folder and run it there: demo, sessions, minutes, SQLCipher, the window.
dist-smoke: dist
	$(PY) packaging/smoke_test.py $$(ls -t dist/matchtafel-*.tar.gz | head -1)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench build dist *.egg-info
