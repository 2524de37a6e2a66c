# Two commands on a fresh machine:  make run   (batch run on the bundled data)   make test
VENV ?= .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: install run test model lint clean-output browser corpus synthetic resources name-ner

# torch first, pinned to the local CPU wheel, so no dependency pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

# The default model is committed; rebuild it only if its files are missing.
model: install
	@test -f "models/$$(cat models/DEFAULT 2>/dev/null)/meta.json" || \
	  $(VENV)/bin/cxnlp train --tier fast --version rebuilt --no-cv --promote

run: install model
	$(VENV)/bin/cxnlp run

# Browser tests open the HTML report in Debian's Chromium; install it where missing (CI runs as root).
browser:
	@test -x /usr/bin/chromium -a -x /usr/bin/chromedriver || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
	    >/dev/null 2>&1 || echo "warning: could not install chromium; browser tests will be skipped"; }

test: install browser lint
	$(PY) -m pytest

# ruff on everything but research/; mypy on the library and flows (strict on the public API: pyproject.toml)
lint: install
	$(VENV)/bin/ruff check cxnlp pipelines tests scripts evaluation benchmarks
	$(VENV)/bin/mypy

# Generators of committed files (each rewrites its file from the repository's own inputs).
corpus: install          # data/labeled/corpus.jsonl from the labelled batches and FFT text
	$(PY) scripts/build_corpus.py

synthetic: install       # the synthetic persona cards, then data/labeled/synthetic.jsonl and its stats
	$(PY) scripts/synthetic_cards.py
	$(PY) scripts/build_synthetic_corpus.py

resources: install       # the redactor's word, name and place lists in cxnlp/resources/
	$(PY) scripts/build_common_words.py
	$(PY) scripts/build_redaction_lists.py

name-ner: install        # the redactor's tuned NER (names, addresses, towns) in cxnlp/resources/name_ner/ (about 15 min)
	$(PY) scripts/train_name_ner.py --hold-out redaction_devset23 redaction_devset24 redaction_devset25 redaction_devset26

clean-output:
	rm -rf data/tagged
