"""The service's checks of tags, for TagResource, UntagResource and CreateTable's ``Tags``:
a key of 1 to 128 characters, a value of up to 256, both of letters, digits, spaces and
``_ . : / = + - @`` (the AWS tag pattern ``[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]``), no key starting
``aws:``, no key twice, at most 50 tags on a table. The whole request is refused on the first
bad tag; nothing is applied."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from .. import _messages_admin as a
from .. import _validation as v

MAX_TAGS = 50
MAX_KEY = 128
MAX_VALUE = 256
_PUNCTUATION = frozenset("_.:/=+-@")


def _allowed(text: str) -> bool:
    return all(c in _PUNCTUATION or unicodedata.category(c)[0] in "LNZ" for c in text)


def _key_ok(key: object) -> bool:
    return isinstance(key, str) and 1 <= len(key) <= MAX_KEY and _allowed(key)


def _shown(text: object) -> str:
    return "null" if text is None else str(text)


def check_tags(tags: Sequence[Mapping[str, Any]], existing: Sequence[str] = ()) -> None:
    """Refuse ``tags`` (to be merged onto a table's ``existing`` keys) as the service does."""
    seen: set[str] = set()
    for tag in tags:
        key, value = tag.get("Key"), tag.get("Value")
        if not _key_ok(key):
            raise v.invalid(a.TAG_KEY_INVALID.format(key=_shown(key)))
        if not isinstance(value, str) or len(value) > MAX_VALUE or not _allowed(value):
            raise v.invalid(a.TAG_VALUE_INVALID.format(value=_shown(value)))
        assert isinstance(key, str)
        if key.startswith("aws:"):
            raise v.invalid(a.TAG_KEY_AWS.format(key=key))
        if key in seen:
            raise v.invalid(a.TAG_KEY_TWICE.format(key=key))
        seen.add(key)
    if len(seen.union(existing)) > MAX_TAGS:
        raise v.invalid(a.TAGS_TOO_MANY)


def check_tag_keys(keys: Sequence[object]) -> None:
    """UntagResource's ``TagKeys``: each a valid key, at most 50."""
    for key in keys:
        if not _key_ok(key):
            raise v.invalid(a.TAG_KEY_INVALID.format(key=_shown(key)))
    if len(keys) > MAX_TAGS:
        raise v.invalid(a.TAGS_TOO_MANY)
