"""Isolate the test run from the machine: no real AWS configuration leaks into any test."""

from __future__ import annotations

import os

for _name in [n for n in os.environ if n.startswith(("AWS_", "BOTO_"))]:
    del os.environ[_name]
# Pin botocore's staged retry switch so retry counts do not depend on the machine.
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
