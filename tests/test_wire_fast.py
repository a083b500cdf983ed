"""The write path's fast check of an item against the exact checker it stands in front of.

``is_canonical`` (and ``is_canonical_item``) answer True only for a value that
``canonical_wire`` returns unchanged without raising; ``request_item`` uses the request's own
dicts for such an item and asks the exact checker otherwise. These tests compare the two on
random valid and malformed DynamoDB JSON: the same wire item, stored text and size, or the same
error with the same message.
"""

from __future__ import annotations

from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_dynafake import _validation as v
from pytest_dynafake._numbers import NumberError, canonical_number, is_canonical_number
from pytest_dynafake._ops import _write
from pytest_dynafake._store import StoredItem
from pytest_dynafake._wire import WireError, canonical_wire
from pytest_dynafake._wire_fast import is_canonical, is_canonical_item
from pytest_dynafake._wire_types import SerializationError

_DIGITS = st.text("0123456789", min_size=1, max_size=45)
# Number texts of every form the service reads or refuses: canonical ones, trailing and leading
# zeros, signs, exponents, -0, too many digits, out of range, not numbers at all.
NUMBERS = st.one_of(
    st.integers(-(10**40), 10**40).map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.builds(lambda a, b: f"{a}.{b}", _DIGITS, _DIGITS),
    st.builds(lambda s, a, b: f"{s}{a}.{b}", st.sampled_from(["-", "+", ""]), _DIGITS, _DIGITS),
    st.builds(lambda a, e: f"{a}e{e}", _DIGITS, st.integers(-200, 200)),
    st.sampled_from(["-0", "0", "00", "-", ".", ".5", "5.", "1\n", " 1", "1e", "NaN", "", "0.0"]),
    st.text("0123456789.-+eE", max_size=12),
)
# Base64 texts, valid or not, and strings that are not base64 at all.
BINARIES = st.one_of(
    st.sampled_from(["", "AA==", "AAE=", "AAEC", "YQ", "@@@@", "AA=A", "YWJj\n"]),
    st.text(max_size=6),
)
TEXTS = st.text(max_size=8)
NOT_VALUES: st.SearchStrategy[Any] = st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=False), TEXTS, st.just([])
)


def _scalar() -> st.SearchStrategy[Any]:
    inner: dict[str, st.SearchStrategy[Any]] = {
        "S": st.one_of(TEXTS, st.integers(), st.booleans(), st.none()),
        "N": st.one_of(NUMBERS, st.integers()),
        "B": st.one_of(BINARIES, st.integers()),
        "BOOL": st.one_of(st.booleans(), st.integers(0, 1), TEXTS, st.none()),
        "NULL": st.one_of(st.booleans(), st.integers(0, 1), TEXTS),
        "SS": st.one_of(st.lists(st.one_of(TEXTS, st.integers()), max_size=4), TEXTS),
        "NS": st.one_of(st.lists(st.one_of(NUMBERS, st.integers()), max_size=4), TEXTS),
        "BS": st.lists(st.one_of(BINARIES, st.integers()), max_size=3),
    }
    return st.one_of(
        *(
            values.map(lambda value, kind=kind: {kind: value})  # type: ignore[misc]
            for kind, values in inner.items()
        )
    )


def _nested(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.dictionaries(TEXTS, children, max_size=4).map(lambda m: {"M": m}),
        st.lists(children, max_size=4).map(lambda items: {"L": items}),
        st.lists(children, max_size=3).map(lambda items: {"M": items}),  # M of a list
        st.dictionaries(TEXTS, children, max_size=2).map(lambda m: {"L": m}),  # L of a map
    )


def _malformed() -> st.SearchStrategy[Any]:
    return st.one_of(
        NOT_VALUES,
        st.just({}),
        st.dictionaries(
            st.sampled_from(["S", "N", "BOOL", "NULL", "M", "X", "s"]),
            st.one_of(TEXTS, NUMBERS, st.booleans()),
            min_size=2,
            max_size=3,
        ),
        st.builds(lambda t: {t: "x"}, st.sampled_from(["X", "s", "n", "Bool", "null", ""])),
    )


VALUES = st.recursive(st.one_of(_scalar(), _malformed()), _nested, max_leaves=12)
# Mostly valid values, so that the fast path is taken as often as it is refused.
VALID_NUMBERS = st.one_of(
    st.integers(-(10**37), 10**37).map(str),
    st.decimals(-(10**9), 10**9, places=4, allow_nan=False).map(lambda d: canonical_number(str(d))),
)
VALID = st.recursive(
    st.one_of(
        TEXTS.map(lambda s: {"S": s}),
        VALID_NUMBERS.map(lambda n: {"N": n}),
        st.booleans().map(lambda b: {"BOOL": b}),
        st.just({"NULL": True}),
        st.lists(TEXTS, min_size=1, max_size=3, unique=True).map(lambda m: {"SS": m}),
        st.lists(VALID_NUMBERS, min_size=1, max_size=3, unique=True).map(lambda m: {"NS": m}),
    ),
    lambda children: st.one_of(
        st.dictionaries(TEXTS, children, max_size=4).map(lambda m: {"M": m}),
        st.lists(children, max_size=4).map(lambda items: {"L": items}),
    ),
    max_leaves=12,
)


def _outcome(check: Any, value: Any) -> tuple[Any, ...]:
    try:
        return ("ok", check(value))
    except (WireError, NumberError, TypeError, SerializationError) as exc:
        return ("error", type(exc), exc.args)


def _fast_then_exact(value: Any) -> Any:
    return value if is_canonical(value) else canonical_wire(value)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(VALUES, VALID))
def test_a_value_checked_fast_is_what_the_exact_checker_gives(value: Any) -> None:
    assert _outcome(_fast_then_exact, value) == _outcome(canonical_wire, value)
    if is_canonical(value):
        assert canonical_wire(value) == value


@settings(max_examples=1000, deadline=None)
@given(NUMBERS)
def test_a_number_the_fast_test_accepts_is_canonical(text: str) -> None:
    if is_canonical_number(text):
        assert canonical_number(text) == text


class _Slow(dict):  # type: ignore[type-arg]
    """Not exactly a dict: ``request_item`` takes the exact checker's path for it."""


def _item_outcome(item: dict[str, Any]) -> tuple[Any, ...]:
    text = _write._encode(item).decode()
    try:
        wire, stored = _write._request_item(item, text)
    except v.AwsError as error:
        return ("error", v.error_body(error))
    return ("ok", wire, stored.json, stored.size)


# Items of up to five attributes, valid, canonical or not, and broken, some named "".
ITEMS = st.dictionaries(
    st.one_of(TEXTS, st.just("")),
    st.one_of(VALID, VALID, VALUES, NUMBERS.map(lambda n: {"N": n})),
    max_size=5,
)


@settings(max_examples=800, deadline=None)
@given(ITEMS)
def test_an_item_checked_fast_is_what_the_exact_checker_gives(item: dict[str, Any]) -> None:
    assert _item_outcome(item) == _item_outcome(_Slow(item))
    if is_canonical_item(item) and "" not in item:
        assert _item_outcome(item)[1] is item  # the request's own dicts, nothing rebuilt


def test_the_fast_path_takes_an_item_of_every_common_kind() -> None:
    item = {
        "pk": {"S": "a"},
        "n": {"N": "-12.5"},
        "flag": {"BOOL": False},
        "none": {"NULL": True},
        "tags": {"SS": ["x", "y"]},
        "nums": {"NS": ["1", "2.5"]},
        "list": {"L": [{"N": "1"}, {"M": {"k": {"S": "v"}}}]},
    }
    assert is_canonical_item(item)
    assert _write._request_item(item, _write._encode(item).decode())[0] is item


def test_a_value_the_fast_path_leaves_to_the_exact_checker() -> None:
    refused = [
        {"N": "1.50"},  # canonical form differs
        {"N": "-0"},
        {"B": "AA=="},  # binaries always go to the exact checker
        {"NULL": False},
        {"SS": ["a", "a"]},
        {"SS": []},
        {"S": "a", "N": "1"},
        {},
        {"M": {"k": {"N": "1e2"}}},
    ]
    assert [is_canonical(value) for value in refused] == [False] * len(refused)


def test_a_value_nested_past_pythons_limit_goes_to_the_exact_checker() -> None:
    value: dict[str, Any] = {"S": "x"}
    for _ in range(5000):
        value = {"L": [value]}
    assert is_canonical(value) is False
    assert is_canonical_item({"deep": value}) is False


def _put_outcome(item: dict[str, Any]) -> tuple[Any, ...]:
    try:
        wire, stored = _write.request_item(item)
    except v.AwsError as error:
        return ("error", v.error_body(error))
    return ("ok", wire, stored.json, stored.size)


@settings(max_examples=500, deadline=None)
@given(ITEMS)
def test_an_item_put_again_is_checked_as_the_first_time(item: dict[str, Any]) -> None:
    # request_item's cache by request text: the first put and a later one of the same item
    # (new dicts, as a new request decodes them) answer what the exact checker answers.
    _write._ITEMS.clear()
    exact = _item_outcome(_Slow(item))
    again = msgspec.json.decode(_write._encode(item))
    assert _put_outcome(item) == exact
    assert _put_outcome(again) == exact
    if exact[0] == "ok" and exact[1] == item and "" not in item and is_canonical_item(item):
        # A canonical item's own dicts are its wire item: the cache keeps none of them alive
        # (the garbage collector would walk them on every full collection).
        assert _put_outcome(again)[1] is again
        cached = _write._ITEMS[_write._encode(item).decode()]
        assert type(cached) is StoredItem


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        NUMBERS,
        st.text("0123456789\u0660\u0661\u00b2", max_size=40),  # non-ASCII digits too
        st.integers(0, 10**45).map(str),
    )
)
def test_a_number_taken_without_the_pattern_is_one_the_pattern_takes(text: str) -> None:
    # The fast check takes a plain integer without the canonical-number pattern, in a
    # number and in a number set alike: the same answer as the pattern's.
    canonical = bool(is_canonical_number(text))
    assert (is_canonical({"N": text}), is_canonical({"NS": [text]})) == (canonical, canonical)


def _nested_to(levels: int, kind: str, leaf: Any) -> Any:
    value = leaf
    for _ in range(levels - 1):
        value = {"L": [value]} if kind == "L" else {"M": {"k": value}}
    return value


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 70),
    st.sampled_from(["L", "M"]),
    st.sampled_from([{"S": "x"}, {"M": {}}, {"L": []}, {"N": "1.50"}]),
)
def test_an_item_nested_near_the_limit_is_what_the_exact_checker_gives(
    levels: int, kind: str, leaf: Any
) -> None:
    # The fast check stands in for the depth rule too (it answers False past 32 levels).
    item = {"pk": {"S": "a"}, "deep": _nested_to(levels, kind, leaf)}
    assert _item_outcome(item) == _item_outcome(_Slow(item))
