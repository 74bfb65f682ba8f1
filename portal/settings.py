"""Settings for the committee portal: one file, everything from the environment.

See README.md ("Environment variables") for the table of every variable read here and
`.env.example` for a starting point. Nothing secret is written in this file.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = env(name)
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# --- Core -----------------------------------------------------------------------------------

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(a long random string) before starting with DEBUG off, e.g. "
            "`export SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(50))')`."
        )
    SECRET_KEY = "django-insecure-local-development-only"  # DEBUG only, never production

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
    "axes",
    "ckeditor",
    "ckeditor_uploader",
    "reversion",
    "reversion_compare",
    # The kernel (text, images, base model, the committee's identity); imports no app.
    "core",
    # The site layer: assembles the apps below into one portal; imported by none of them.
    "portal",
    "news",
    "events",
    "readership",
    "committee",
    "documents",  # issue 21: the document library (Văn bản) at /van-ban/
    "search",  # issue 7: site search; its migrations add the PostgreSQL FTS pieces
    "stats",  # issue 23: Thống kê, figures and charts over the records; reads the apps above
    "schedule",  # issue 22: Lịch công tác, the weekly working schedule at /lich-cong-tac/
    "backoffice",  # issue 24: the admin home (staff to-do lists), review notes, notifications
    "demo",  # demo content (seed_demo) and the bench data command; no product app imports it
]

MIDDLEWARE = [
    # First: answers anonymous readers from stored pages before anything else runs, and
    # stores public pages on the way out (portal/pagecache.py, README "Bộ nhớ đệm trang").
    "portal.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # issue 10: CSP (admin-scoped relaxations), Permissions-Policy + media headers, DB outage
    # 503. Header middleware stays outside the outage one so the 503 page gets headers too.
    "portal.security.ContentSecurityPolicyMiddleware",
    "portal.security.SecurityHeadersMiddleware",
    "portal.security.RejectNullCharactersMiddleware",
    "portal.outage.DatabaseOutageMiddleware",
    # issue 12: lets anonymous GETs read from a replica (no-op without DATABASE_REPLICA_URLS);
    # before anything that reads the database (portal/middleware_db.py).
    "portal.middleware_db.ReplicaRoutingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # issue 8: a 404 on an imported article's old address becomes a 301 to the article.
    "news.middleware.LegacyRedirectMiddleware",
    # django-axes last: turns a locked-out login into the lockout page (docs/security.md).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# SQLite under ./var/ is the embedded default (make run); DATABASE_URL selects PostgreSQL.

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Read replicas (docs/deployment.md): DATABASE_REPLICA_URLS=postgres://…,postgres://… become
# DATABASES["replica_0"], ["replica_1"], …; portal.db_router sends anonymous public reads there
# and every write, staff and admin request to "default" (the primary). After a write, readers
# stay on the primary for REPLICA_PIN_SECONDS (replication lag).
DATABASE_REPLICAS = []
for _index, _url in enumerate(env_list("DATABASE_REPLICA_URLS")):
    DATABASES[f"replica_{_index}"] = {
        **dj_database_url.parse(
            _url, conn_max_age=env_int("CONN_MAX_AGE", 60), conn_health_checks=True
        ),
        "TEST": {"MIRROR": "default"},  # tests read the primary's test database
    }
    DATABASE_REPLICAS.append(f"replica_{_index}")
DATABASE_ROUTERS = ["portal.db_router.PrimaryReplicaRouter"] if DATABASE_REPLICAS else []
REPLICA_PIN_SECONDS = env_int("REPLICA_PIN_SECONDS", 5)

# --- Cache ----------------------------------------------------------------------------------

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # RedisCache that logs and degrades to a miss when Redis is down (portal/cache.py).
            "BACKEND": "portal.cache.FaultTolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "socket_connect_timeout": 0.5,
                "socket_timeout": 0.5,
                "RETRY_AFTER": env_int("CACHE_RETRY_AFTER", 5),
            },
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "portal"),
            "TIMEOUT": env_int("CACHE_TIMEOUT", 300),
        }
    }
    # Several app servers share sessions through Redis. cached_db, not cache: sessions are
    # read from Redis but written through to the database, so a Redis restart, eviction or
    # FLUSHDB (RedisCache.clear()) does not log every editor out, and staff can still log in
    # while Redis is down (the cache above degrades to a miss). Only people who log in (staff,
    # officials) have sessions, so the extra write per login is negligible. Expired rows:
    # `manage.py clearsessions` daily.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
elif DEBUG:
    # One runserver process: local memory is enough.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
            "TIMEOUT": env_int("CACHE_TIMEOUT", 300),
        }
    }
else:
    # Several gunicorn workers on one host without Redis: a per-process memory cache would let
    # a worker keep serving a page another worker has just invalidated, so they share files.
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.SharedFileCache",  # culls on 1 write in 100
            "LOCATION": env("CACHE_DIR") or str(BASE_DIR / "var" / "cache"),
            "TIMEOUT": env_int("CACHE_TIMEOUT", 300),
            # Pages and their tag versions: about two entries per stored page, so 30,000 keeps
            # some 12,000 pages before culling starts (a culling pass lists the directory).
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 30000)},
        }
    }

# Longest life of a stored public page in seconds; an edit drops the pages that show it at
# once, so this only bounds how long blocks such as "Các tin tức khác" may lag (portal/pagecache.py).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)

# --- Auth -----------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        # Django's rule with a Vietnamese message (missing from Django's vi catalogue)
        "NAME": "portal.security.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"  # officials sign in at /dang-nhap/; staff may also use /admin/
LOGIN_REDIRECT_URL = "home"

# Only staff log in: their sessions end after SESSION_COOKIE_AGE (8 h, a working day) and,
# by default, when the browser closes.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", True)

# Brute-force lockout on the admin login (django-axes): AXES_FAILURE_LIMIT wrong passwords for
# one user name from one client address (an IPv6 client counts as its /64) lock that combination
# for AXES_COOLOFF_MINUTES; AXES_USERNAME_FAILURE_LIMIT wrong passwords for one user name from
# any addresses lock that user name everywhere. Each new attempt during the lockout starts the
# wait again. A correct login resets the count.
AUTHENTICATION_BACKENDS = [
    "portal.security.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
# Wrong passwords for one user name, from all addresses together, that lock it (portal.security.
# LockoutHandler): guesses spread over many addresses.
AXES_USERNAME_FAILURE_LIMIT = env_int("AXES_USERNAME_FAILURE_LIMIT", 20)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_HANDLER = "portal.security.LockoutHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.http.client_ip_group"
AXES_USERNAME_CALLABLE = "portal.security.login_username"
AXES_VERBOSE = False  # no start-up banner; failures are still logged and listed in the admin
# Number of reverse proxies in front of gunicorn (nginx = 1) that append to X-Forwarded-For;
# 0 (no proxy) trusts REMOTE_ADDR only. Must match the deployment, or clients can forge
# their address (too high) or all share the proxy's (too low).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- Language, time, formats ----------------------------------------------------------------

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Day-first display and parsing (Django's vi locale parses 10/06/2023 as 6 October).
FORMAT_MODULE_PATH = ["portal.formats"]
# Numbers read "1.234" (docs/glossary.md). Years, IDs and numbers in attributes are printed
# with |unlocalize so they never become "2.026"; tests/copy/test_pages.py looks for that.
USE_THOUSAND_SEPARATOR = True

# --- Static and media -----------------------------------------------------------------------

STATIC_URL = env("STATIC_URL", "/static/")
STATIC_ROOT = Path(env("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT") or BASE_DIR / "var" / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Media on S3-compatible object storage (several app servers, docs/deployment.md) when a bucket
# is named; needs `pip install -e ".[s3]"` (django-storages). Uploads and image renditions go
# through default_storage, so they land in the bucket. Credentials are NOT settings: boto3
# reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or an instance role) from the environment.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,  # MinIO, Viettel, FPT, …
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,  # a CDN in front of the bucket
            "location": env("AWS_LOCATION", "media"),
            # Public news images: plain URLs (cacheable by browsers and CDNs), no signatures.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "default_acl": env("AWS_DEFAULT_ACL") or None,
            "file_overwrite": False,  # a new upload never replaces another file of that name
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }

# Conference documents (which may belong to internal conferences) are never under MEDIA_URL:
# they live in a private storage and are served only by the view that checks visibility.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT") or BASE_DIR / "var" / "private")
# Largest conference document (PDF, DOCX, XLSX) accepted, in bytes (events.models).
EVENTS_DOCUMENT_MAX_BYTES = env_int("EVENTS_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
STORAGES["documents"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": "/khong-phuc-vu-truc-tiep/"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["documents"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **STORAGES["default"]["OPTIONS"],
            "location": env("AWS_PRIVATE_LOCATION", "private"),
            "default_acl": "private",
            "querystring_auth": True,
            "custom_domain": None,
            "object_parameters": {},
        },
    }
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Rich text (news) ------------------------------------------------------------------------
# CKEditor 4 for article bodies in the admin. The same allow-list as portal/html.py (nh3), which
# cleans every body on save whatever the editor lets through. Uploads go through
# portal.editor_uploads (staff only, JPEG/PNG/WebP only, checked and re-encoded by Pillow).

CKEDITOR_UPLOAD_PATH = "news/uploads/"
CKEDITOR_ALLOW_NONIMAGE_FILES = False
CKEDITOR_BROWSE_SHOW_DIRS = False
_CKEDITOR_NEWS = {
    "language": "vi",
    "toolbar": "News",
    "toolbar_News": [
        ["Format"],
        ["Bold", "Italic", "Underline", "Strike", "RemoveFormat"],
        ["NumberedList", "BulletedList", "Blockquote"],
        ["Link", "Unlink"],
        ["Image", "Table", "HorizontalRule"],
        ["Undo", "Redo"],
        ["Maximize"],
    ],
    "format_tags": "p;h2;h3;h4",
    "extraPlugins": "image2,uploadimage",
    "removePlugins": "image,iframe,flash,forms,smiley,div,stylesheetparser,exportpdf,scayt,wsc",
    "image2_captionedClass": "image",
    "image2_disableResizer": True,
    "filebrowserUploadMethod": "xhr",
    "removeDialogTabs": "link:advanced;link:target;image2:advanced",
    # Advanced Content Filter: only the news allow-list; never script, style, on* or iframe.
    "allowedContent": (
        "p br h2 h3 h4 strong em u s blockquote ul ol li hr caption thead tbody tr figcaption;"
        "a[!href]; img[!src,alt,width,height]; figure(image); table; th[colspan,rowspan,scope];"
        "td[colspan,rowspan]"
    ),
    "disallowedContent": "script; style; iframe; *[on*]; *{*}",
    "fullPage": False,
    "entities": False,
    "versionCheck": False,
    "height": 420,
    "width": "100%",
}
CKEDITOR_CONFIGS = {"default": _CKEDITOR_NEWS, "news": _CKEDITOR_NEWS}
SILENCED_SYSTEM_CHECKS = [
    # ckeditor.W001 says CKEditor 4 is unsupported (CVE-2024-24815). Accepted here because the
    # editor serves only authenticated staff, every body is sanitized on the server with nh3
    # (portal/html.py), and the content filter above never allows script or style, which that
    # CVE needs. See README, "Viết và đăng bài".
    "ckeditor.W001",
]

# --- Security (more in docs/security.md) ----------------------------------------------------

SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG and SECURE_SSL_REDIRECT)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
if SESSION_COOKIE_SECURE:
    # Browsers accept __Host- cookies only over HTTPS, with Path=/ and no Domain: a sibling
    # subdomain can neither read nor plant them.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
# HSTS for one year, switched on with HSTS_ENABLED=1 once HTTPS is known to work on the real
# host name (browsers remember it for a year, so a first deployment starts without it).
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if env_bool("HSTS_ENABLED", False) else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads stream to a temporary file

# Content-Security-Policy (django-csp 4): no inline script or style on the public site; the
# admin gets what CKEditor 4 needs, under /admin/ only (portal.security.ADMIN_CSP_ADDITIONS).
# CSP_EXTRA_IMG_SRC adds image origins (a CDN or object storage for MEDIA_URL).
_csp_extra_img = env_list("CSP_EXTRA_IMG_SRC")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_csp_extra_img],
        "media-src": [SELF, *_csp_extra_img],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
    },
}

# --- Readers and citizens -------------------------------------------------------------------

# Seconds between two writes of one process's buffered "most read" counts (readership).
READERSHIP_FLUSH_SECONDS = env_int("READERSHIP_FLUSH_SECONDS", 60)
# Citizens' letters accepted from one client address (IPv6: one /64) per window (committee).
COMMITTEE_LETTER_RATE_LIMIT = env_int("COMMITTEE_LETTER_RATE_LIMIT", 5)
# Length in seconds of the window COMMITTEE_LETTER_RATE_LIMIT counts over.
COMMITTEE_LETTER_RATE_WINDOW = env_int("COMMITTEE_LETTER_RATE_WINDOW", 60 * 60)

# --- Email ----------------------------------------------------------------------------------

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds an SMTP operation may wait: a mail server that accepts and never answers must not hold
# a citizen's letter past gunicorn's 30-second worker timeout (the letter is stored first).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 5)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The portal's public address: the absolute links in staff notifications (news/notifications.py).
PORTAL_URL = env("PORTAL_URL", "http://127.0.0.1:8000")
# Days a citizen's letter may wait for its answer before the admin home lists it as late.
COMMITTEE_LETTER_REPLY_DAYS = env_int("COMMITTEE_LETTER_REPLY_DAYS", 10)

# --- Logging --------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
    },
}
