# The two commands of the README: `make demo` and `make test`.
# Both build .venv from scratch when it is missing; nothing else is needed but Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: demo test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

# Ingest the example articles into the embedded on-disk store and serve the web app.
demo: install
	$(BIN)/hustings ingest examples
	$(BIN)/hustings serve --host $(HOST) --port $(PORT)

# pytest exits 5 when it collects no tests; that is a failure here, said out loud.
test: install
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests; failing"; fi; \
	exit $$rc

clean:
	rm -rf $(VENV) hustings-data build *.egg-info
