"""Static fake credentials in ``os.environ``: botocore signs every request before the fake
answers it, so a client built without credentials needs some. An active fake sets them and
gives the environment back when it stops; the plugin fills them at session start."""

from __future__ import annotations

import os

FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "dynafake-access-key",
    "AWS_SECRET_ACCESS_KEY": "dynafake-secret-key",
    "AWS_EC2_METADATA_DISABLED": "true",
}
# Variables that would make botocore look for other credentials while a fake is active.
CREDENTIAL_SOURCES = ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE")
DEFAULT_REGION = "us-east-1"

# A variable's value before a change and the value the change left (None: not set).
Changes = dict[str, tuple[str | None, str | None]]

# The changes of each active fake that made some, in the order the fakes started.
_APPLIED: list[tuple[object, Changes]] = []


def _wanted() -> dict[str, str | None]:
    wanted: dict[str, str | None] = {**FAKE_CREDENTIALS, **dict.fromkeys(CREDENTIAL_SOURCES)}
    region = _missing_region()
    if region is not None:
        wanted["AWS_DEFAULT_REGION"] = region
    return wanted


def _missing_region() -> str | None:
    """The region to give botocore, which reads a client's region from AWS_DEFAULT_REGION
    only: AWS_REGION's (which other AWS SDKs read) when set alone, else us-east-1; None when
    AWS_DEFAULT_REGION is set."""
    if "AWS_DEFAULT_REGION" in os.environ:
        return None
    return os.environ.get("AWS_REGION") or DEFAULT_REGION


def _set(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def to_record() -> list[str]:
    """The variables the fixture has monkeypatch record before its fake starts: those the fake
    will change, and the credentials (always recorded, so that a test's own change is undone)."""
    changing = [name for name, value in _wanted().items() if os.environ.get(name) != value]
    return list(dict.fromkeys([*FAKE_CREDENTIALS, *changing]))


def activate(owner: object) -> None:
    """Set the fake credentials and a region for ``owner`` (a fake being started), remove the
    variables that point botocore elsewhere, and keep what was there before."""
    changes: Changes = {}
    for name, value in _wanted().items():
        before = os.environ.get(name)
        if before != value:
            changes[name] = (before, value)
            _set(name, value)
    _APPLIED.append((owner, changes))


def deactivate(owner: object) -> None:
    """Give back what ``activate(owner)`` changed. A variable changed since is left alone. If a
    fake started later is still active, it keeps the fake credentials and gives back, when it
    stops, the values from before ``owner`` started."""
    index = next((i for i, (active, _) in enumerate(_APPLIED) if active is owner), None)
    if index is None:
        return
    _, changes = _APPLIED.pop(index)
    if index < len(_APPLIED):
        _hand_over(changes, _APPLIED[index][1])
    else:
        restore(changes)


def _hand_over(lower: Changes, upper: Changes) -> None:
    """The changes of a fake stopped out of order, merged into those of the next one up."""
    for name, (before, value) in lower.items():
        if name not in upper:
            upper[name] = (before, value)
        elif upper[name][0] == value:  # the upper one replaced the lower one's value
            upper[name] = (before, upper[name][1])


def restore(changes: Changes) -> None:
    """Put back the values from before ``changes``, where a variable still holds the value
    they left (one changed since is the user's)."""
    for name, (before, value) in changes.items():
        if os.environ.get(name) == value:
            _set(name, before)


def fill_unset() -> Changes:
    """At session start, for clients built at import time: the fake credentials and a region,
    only if neither credentials nor a profile are configured. Returns what was set."""
    if {"AWS_ACCESS_KEY_ID", "AWS_PROFILE"} & set(os.environ):
        return {}
    added: dict[str, str] = dict(FAKE_CREDENTIALS)
    region = _missing_region()
    if region is not None:
        added["AWS_DEFAULT_REGION"] = region
    changes: Changes = {name: (os.environ.get(name), value) for name, value in added.items()}
    os.environ.update(added)
    return changes
