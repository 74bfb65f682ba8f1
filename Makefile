# Two commands for a newcomer: `make run` and `make test`. See README.md.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test serve lint format venv migrate clean-venv backup restore bench audit mutate

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# .env.local (git-ignored): DEBUG=1 and a generated SECRET_KEY, read by manage.py when the
# shell sets neither, so `.venv/bin/python manage.py <command>` works as the README writes it.
LOCAL_ENV := .env.local

$(LOCAL_ENV):
	@$(PY) -c "import secrets; print('# Written by make run for local development (git-ignored). Not for production.'); print('DEBUG=1'); print('SECRET_KEY=' + secrets.token_urlsafe(50))" > $(LOCAL_ENV)
	@echo "Đã tạo $(LOCAL_ENV) (DEBUG=1, SECRET_KEY ngẫu nhiên) cho các lệnh manage.py trên máy này."

run: venv $(LOCAL_ENV)
	@mkdir -p var
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(PY) manage.py seed_demo
	DEBUG=$${DEBUG:-1} $(PY) manage.py ensure_admin --site-url http://$(HOST):$(PORT)
	@echo "Cổng thông tin: http://$(HOST):$(PORT)/  ·  Quản trị: http://$(HOST):$(PORT)/admin/"
	DEBUG=$${DEBUG:-1} $(PY) manage.py runserver $(HOST):$(PORT)

test: venv
	SECRET_KEY=$${SECRET_KEY:-test-only-not-a-secret} $(PY) -m pytest $(PYTEST_ARGS)

serve: venv
	@mkdir -p var
	DEBUG=0 $(PY) manage.py collectstatic --noinput --verbosity 0
	DEBUG=0 $(PY) manage.py migrate --noinput
	DEBUG=0 $(VENV)/bin/gunicorn portal.wsgi:application --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-2} --access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# Known vulnerabilities in the installed packages (PyPI's advisory data; README, "Bảo mật").
# --strict: a package that could not be checked fails the audit instead of passing silently.
audit: venv
	$(VENV)/bin/pip-audit --strict --skip-editable --progress-spinner off $(AUDIT_ARGS)

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Backups (docs/security.md): database (pg_dump -Fc) + MEDIA_ROOT into var/backups/<time>/.
# make backup [BACKUP_DIR=/srv/backups]; make restore BACKUP=var/backups/<time>
backup: venv
	DEBUG=$${DEBUG:-1} $(PY) manage.py backup

restore: venv
	@test -n "$(BACKUP)" || { echo "Dùng: make restore BACKUP=var/backups/<thời điểm>"; exit 2; }
	DEBUG=$${DEBUG:-1} $(PY) manage.py restore "$(BACKUP)"

# Benchmark (issue 9, docs/performance.md): a dedicated PostgreSQL database portal_bench
# (BENCH_DATABASE_URL), 1,000 then 100,000 articles, make serve + wrk on a free local port.
# 10 minutes on 2 quiet cores (20-25 when shared). BENCH_ARGS="--duration 5 --articles 5000" for a rehearsal.
bench: venv
	$(PY) bench/run.py $(BENCH_ARGS)

# Mutation testing (docs/testing.md): one module against its own tests, on SQLite, one worker.
# make mutate MODULE=news/services.py   (MODULE=news/models.py:ArticleQuerySet: one class)
mutate: venv
	@test -n "$(MODULE)" || { echo "Dùng: make mutate MODULE=news/services.py"; exit 2; }
	$(PY) -m tests.mutate "$(MODULE)"

migrate: venv
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput

clean-venv:
	rm -rf $(VENV)
