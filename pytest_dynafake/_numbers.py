"""DynamoDB numbers: the canonical form of a number string, the limits the service enforces
(38 significant digits, magnitudes from 1E-130 to 9.99...E+125, Java's int exponent), and the
bytes a number counts for in an item's size."""

from __future__ import annotations

import re
from decimal import Context, Decimal

_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
# Already canonical: no sign but minus, no leading zero, at most 38 digits.
_PLAIN_INTEGER = re.compile(r"(?:0|-?[1-9][0-9]{0,37})\Z")
# Canonical already, integer or not (no trailing zero after the point, no "-0"), and at most 38
# characters: so at most 38 significant digits, a magnitude between 1E-37 and 1E+38.
_CANONICAL = re.compile(r"(?=[-.0-9]{1,38}\Z)(?!-0\Z)-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?\Z")
# Wide enough that normalising never rounds: the digit limit is checked afterwards.
_EXACT = Context(prec=4096, Emax=10**9, Emin=-(10**9))
MAX_DIGITS = 38
MAX_EXPONENT = 125  # 9.99...E+125 is the largest magnitude
MIN_EXPONENT = -130  # 1E-130 is the smallest magnitude
_JAVA_INT = 2**31 - 1


class NumberError(ValueError):
    """A number string DynamoDB would refuse; ``args[0]`` is one of the kinds below."""

    NOT_A_NUMBER = "not-a-number"
    TOO_MANY_DIGITS = "too-many-digits"
    OVERFLOW = "overflow"
    UNDERFLOW = "underflow"


def canonical_number(text: str) -> str:
    """Return DynamoDB's canonical form of a number string: ``1.50`` → ``1.5``, ``1.5E2`` →
    ``150``, ``-0`` → ``0``. Raises :class:`NumberError` for what DynamoDB refuses."""
    if _PLAIN_INTEGER.match(text):
        return text
    if not _NUMBER.match(text):
        raise NumberError(NumberError.NOT_A_NUMBER, text)
    if "e" in text or "E" in text:
        # DynamoDB parses numbers with Java's BigDecimal, whose exponent is an int: past it
        # the text is no number at all (DynamoDB Local: 1e2147483647 overflows,
        # 1e2147483648 "cannot be converted"); decimal would read it, or fail to.
        exponent = text.lower().rpartition("e")[2].lstrip("+-").lstrip("0")
        if len(exponent) > 10 or int(exponent or "0") > _JAVA_INT:
            raise NumberError(NumberError.NOT_A_NUMBER, text)
    value = Decimal(text)
    if value.is_zero():
        return "0"
    # Significant digits are counted exactly, before anything can round them: 5,000 digits
    # are refused as too many (DynamoDB Local does so too), never stored as their rounding.
    if len(text) > MAX_DIGITS:  # a shorter text cannot hold 39 digits
        digits = value.as_tuple().digits
        if len(digits) > MAX_DIGITS and len(_significant(digits)) > MAX_DIGITS:
            raise NumberError(NumberError.TOO_MANY_DIGITS)
    # The magnitude next: normalising 1e999999999999 would overflow the context.
    magnitude = value.adjusted()
    if magnitude > MAX_EXPONENT:
        raise NumberError(NumberError.OVERFLOW)
    if magnitude < MIN_EXPONENT:
        raise NumberError(NumberError.UNDERFLOW)
    return format(value.normalize(_EXACT), "f")


is_canonical_number = _CANONICAL.match
"""Truthy when a number text is one :func:`canonical_number` returns unchanged, judged from the
text alone; falsy says only that this cheap test cannot tell."""


def _significant(digits: tuple[int, ...]) -> tuple[int, ...]:
    """Digits without the leading and trailing zeros (1.500 and 001.5 have two)."""
    start, end = 0, len(digits)
    while start < end and digits[start] == 0:
        start += 1
    while end > start and digits[end - 1] == 0:
        end -= 1
    return digits[start:end]


def number_size(canonical: str) -> int:
    """Bytes DynamoDB charges for a number: base-100 digits plus a byte, one more for a
    negative number. dynalite's rule; it matches all 23 sizes measured on the service."""
    if canonical == "0":
        return 1
    digits = Decimal(canonical).normalize(_EXACT).as_tuple()
    count = len(digits.digits)
    first = count + int(digits.exponent) - 1  # exponent of the leading digit
    pad = 0 if count % 2 or first % 2 else 1
    return 1 + -(-count // 2) + pad + (1 if digits.sign else 0)
