# The user's interface to the project. Every target sets up .venv/ first (once: the stamp
# file is rebuilt only when pyproject.toml or requirements.lock change).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export DAGSTER_HOME := $(CURDIR)/.dagster_home
HOST ?= 127.0.0.1
PORT ?= 3000

.PHONY: data test test-fast ui evaluate bench serve explore lint clean lock publish-remote

data: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(PY) -m pipeline run $(if $(FORCE),--force,)

# Both test targets keep the compiled modules and pytest's rewritten tests between runs even where
# the environment turns bytecode writing off (PYTHONDONTWRITEBYTECODE): recompiling them costs every
# run, and every child process it starts (a `make data` in its own process, a worker, the UI's
# servers), about 3 CPU s.
test: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q

# Unit and property tests only (no whole-graph run, no service): the loop while changing code.
test-fast: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -m "not graph and not service"

# `dg dev` (`dagster dev` is superseded); its services log warnings only: the sensor's ticks and
# the runs are in the UI. Telemetry is off in $(DAGSTER_HOME)/dagster.yaml.
UI_FLAGS = --host $(HOST) --port $(PORT) --log-level warning
ui: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	@echo "Dagster UI on http://$(HOST):$(PORT) (Ctrl-C to stop)"
	$(VENV)/bin/dg dev $(UI_FLAGS)

# Download into raw/ every file raw/manifest.csv names with an http(s) source_url and raw/ lacks.
.PHONY: fetch
fetch: $(STAMP)
	$(PY) -m pipeline.fetch

evaluate: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(PY) -m pipeline evaluate

bench: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(PY) -m bench

# The download page on http://$(HOST):$(PORT) (PORT defaults to 8000 here).
serve: $(STAMP)
	$(PY) -m pipeline.publish.serve --host $(HOST) --directory outputs \
		--port $(if $(filter command line environment,$(origin PORT)),$(PORT),8000)

# The latest release's SQLite database in Datasette (PORT defaults to 8001 here, not the UI's 3000).
explore: $(STAMP)
	$(PY) -m pipeline.publish.explore --release outputs/latest --host $(HOST) \
		--port $(if $(filter command line environment,$(origin PORT)),$(PORT),8001)

# Copy the newest verified release to any fsspec URL: TO=s3://bucket/path (AWS_* variables,
# AWS_ENDPOINT_URL for S3-compatible stores), gs://bucket/path, file:///srv/data.
publish-remote: $(STAMP)
	@test -n "$(TO)" || { echo "usage: make publish-remote TO=s3://bucket/path (or gs://..., file:///...)" >&2; exit 2; }
	$(PY) -m pipeline publish-remote --to '$(TO)'

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests bench
	$(VENV)/bin/ruff format --check pipeline tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(DAGSTER_HOME) .cache outputs/latest outputs/releases outputs/index.html outputs/bench \
		outputs/.staging-* outputs/.latest-*

# Regenerate the lock after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v '^uk-france-migration-agreements' > requirements.lock

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev,explore]'
	touch $(STAMP)

$(DAGSTER_HOME)/dagster.yaml: deploy/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp deploy/dagster.yaml $@
