#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys
from pathlib import Path

# Written by `make run` (git-ignored): DEBUG on and a generated SECRET_KEY, so every command in
# the README works in a plain shell after `make run`. Read only when the environment sets
# neither DEBUG nor SECRET_KEY: production (and anything that sets them) is unchanged.
LOCAL_ENV_FILE = Path(__file__).resolve().parent / ".env.local"


def read_local_env(path: Path = LOCAL_ENV_FILE) -> None:
    if "DEBUG" in os.environ or "SECRET_KEY" in os.environ or not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, value = line.split("=", 1)
        os.environ.setdefault(name.strip(), value.strip())


def main():
    read_local_env()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
