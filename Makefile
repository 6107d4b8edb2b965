# VDTO Targeting — build, test and run on a fresh Debian 12/13 machine (as root, or with sudo).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PY        := /usr/bin/python3
VENV      := .venv
VPY       := $(VENV)/bin/python
REFVENV   := .venv-ref
BUILD     := build
ART       := $(BUILD)/artifacts
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PKGS  := qgis python3-qgis qgis-providers xvfb xauth poppler-utils pyqt5-dev-tools qttools5-dev-tools \
             python3-venv python3-pip python3-numpy python3-pandas python3-shapely python3-rtree python3-scipy \
             python3-psutil libopenblas0-pthread
PYTEST    := $(VPY) -m pytest -q -ra
NOQGIS    := -p no:pytest_qgis -p no:pytest-qt
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
export VDTO_REPO := $(CURDIR)
# Permutation p-values equal esda's only when both sides round the permuted sums alike: ties between a permuted
# statistic and the observed one are decided in the last bit. Debian's OpenBLAS and the one in esda's pip numpy pick
# different kernels on AVX-512 CPUs (they agree on the Haswell kernels), so tests pin the Haswell kernels wherever
# the CPU has AVX2. The plugin itself never sets it: an analyst's ties are decided by the machine, as esda's are.
ifeq ($(shell grep -qw avx2 /proc/cpuinfo 2>/dev/null && echo yes),yes)
export OPENBLAS_CORETYPE ?= Haswell
endif
QM        := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))

.PHONY: help deb-pkgs test-matrix test-qt6 deps refenv test test-core test-qgis test-workspace test-package test-gui \
        workspace-db lint package deploy translate run demo bench clean

help:
	@echo "make run      - package the plugin and start QGIS with it and the demo briefing (Xvfb when headless)"
	@echo "make test     - install what is missing, then lint and run every test tier (core, qgis, workspace, package, gui)"
	@echo "make demo     - build the briefing PDF from ../shared/data (or VDTO_DATA_DIR) into build/demo/"
	@echo "make package  - write dist/vdto_targeting.zip (Install from ZIP in any QGIS 3.22-4.x)"
	@echo "make deploy   - install the zip into a QGIS profile (PROFILE_DIR=... default: your default profile)"
	@echo "make translate- refresh i18n/*.ts from the sources (pylupdate5) and compile .qm (lrelease)"
	@echo "make lint     - flake8, ruff, mypy (core, qgis_bridge), bandit, detect-secrets, Qt import and package checks"
	@echo "make test-matrix - every test tier on QGIS 3.40 LTR and 3.44 in cached Debian 13 / sid chroots"
	@echo "make bench    - benchmarks against QGIS's own algorithms and PySAL, printed as ratios"
	@echo "make workspace-db - install and start a local PostgreSQL + PostGIS for the team workspace; prints its URI"

# ---------------------------------------------------------------- dependencies
$(BUILD)/.deb-stamp:
	@mkdir -p $(BUILD)
	@missing=$$(for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "Installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	@touch $@

# A venv on top of Debian's Python so QGIS's bindings and Debian's numpy/pandas/shapely are the ones used;
# the constraints file pins them so pip can never replace them (a pip numpy 2 breaks QGIS's compiled stack).
$(BUILD)/constraints.txt: $(BUILD)/.deb-stamp
	$(PY) scripts/debian_constraints.py > $@

$(VENV)/.stamp: $(BUILD)/constraints.txt requirements-test.txt
	[ -x $(VPY) ] || $(PY) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check -c $(BUILD)/constraints.txt -r requirements-test.txt
	@touch $@

deps: $(VENV)/.stamp

deb-pkgs:
	@echo $(DEB_PKGS)

# Reference libraries (PySAL esda, geopandas) live in a separate plain venv: never in QGIS's.
$(REFVENV)/.stamp: requirements-ref.txt $(BUILD)/.deb-stamp
	[ -x $(REFVENV)/bin/python ] || $(PY) -m venv $(REFVENV)
	$(REFVENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-ref.txt
	@touch $@

refenv: $(REFVENV)/.stamp

# ---------------------------------------------------------------- tests
test: deps refenv lint test-qt6 test-core test-qgis test-workspace test-package test-gui
	@echo "All test tiers passed."

test-core: deps
	$(PYTEST) $(NOQGIS) tests/core

test-qgis: deps refenv $(QM)
	$(PYTEST) tests/qgis

# The team workspace's tests need a real PostgreSQL + PostGIS server: started here (idempotent), nowhere else.
test-workspace: deps
	@set -o pipefail; uri=$$($(PY) scripts/workspace_db.py | tail -n 1) && \
	  VDTO_WORKSPACE_DB="$$uri" $(PYTEST) tests/workspace

test-package: deps package
	$(PYTEST) $(NOQGIS) tests/package

test-gui: deps package
	$(PYTEST) $(NOQGIS) tests/gui

# Qt 6 / QGIS 4 readiness without QGIS 4: every qgis.PyQt name and Qt enum the code spells must exist in PyQt6 as
# QGIS 4's shim presents it (scripts/check_qt6.py). PyQt6 from PyPI in a venv kept outside the repository.
VDTO_CACHE ?= /var/cache/vdto-chroots
QT6VENV   ?= $(VDTO_CACHE)/venv-qt6-$(shell $(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
$(QT6VENV)/.stamp:
	mkdir -p $(VDTO_CACHE)
	[ -x $(QT6VENV)/bin/python ] || $(PY) -m venv $(QT6VENV)
	$(QT6VENV)/bin/python -m pip install -q --disable-pip-version-check "PyQt6>=6.5"
	@touch $@

test-qt6: $(QT6VENV)/.stamp
	$(QT6VENV)/bin/python scripts/check_qt6.py

# Every tier of `make test` on QGIS 3.40 LTR (Debian 13 chroot) and QGIS 3.44 (Debian sid chroot); chroots are built
# once into $(VDTO_CHROOT_CACHE) (default /var/cache/vdto-chroots) and reused. One summary line per QGIS version.
MATRIX ?= trixie sid
test-matrix:
	bash scripts/test_matrix.sh $(MATRIX)

lint: deps
	$(VPY) scripts/check_sources.py
	$(VPY) -m flake8 --max-line-length 120 vdto_targeting scripts benchmarks tests
	$(VPY) -m ruff check --no-cache vdto_targeting scripts benchmarks tests
	$(VPY) -m mypy
	$(VPY) -m bandit -q -r vdto_targeting
	$(VPY) scripts/check_secrets.py vdto_targeting resources metadata.txt

# Debian's postgresql + matching postgis, a running server and database vdto_workspace; last line: its URI.
workspace-db:
	@$(PY) scripts/workspace_db.py

# ---------------------------------------------------------------- packaging
translate: $(BUILD)/.deb-stamp
	pylupdate5 $$(find vdto_targeting -name '*.py' | sort) -ts i18n/vdto_targeting_es.ts
	$(PY) scripts/i18n_extract.py i18n/vdto_targeting_es.ts
	lrelease i18n/vdto_targeting_es.ts -qm i18n/vdto_targeting_es.qm

i18n/%.qm: i18n/%.ts | $(BUILD)/.deb-stamp
	lrelease $< -qm $@

package: $(BUILD)/.deb-stamp $(QM)
	$(PY) scripts/package.py dist/vdto_targeting.zip

# empty: the default profile of the installed QGIS (~/.local/share/QGIS/QGIS3/... or QGIS4/... for QGIS 4)
PROFILE_DIR ?=
deploy: package
	$(PY) scripts/deploy.py dist/vdto_targeting.zip "$(PROFILE_DIR)"

# ---------------------------------------------------------------- the main job
run: deps package
	$(VPY) scripts/run_qgis.py --demo

demo: deps package
	$(VPY) scripts/run_demo.py --real

bench: deps refenv
	QT_QPA_PLATFORM=offscreen $(VPY) -m benchmarks

clean:
	rm -rf $(BUILD) dist i18n/*.qm
