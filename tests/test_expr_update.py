"""UpdateExpression, ConditionExpression and Expected on wire items, through parse_request and
the Condition/Update it gives: every case of tests/_expr_write_cases.py (DynamoDB Local's
answers, or live's where they differ) as a whole outcome, then the API's own promises."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake._expr import parse_request
from pytest_dynafake._validation import AwsError
from tests._expr_write_cases import CASES, ITEM, KEY, LIVE_DIFFERENCES, TABLE, live_outcome


def unordered_sets(value: Any) -> Any:
    """Set members in a fixed order (a set has none; DynamoDB Local's is its own)."""
    if isinstance(value, dict):
        return {
            kind: sorted(inner) if kind in ("SS", "NS", "BS") else unordered_sets(inner)
            for kind, inner in value.items()
        }
    if isinstance(value, list):
        return [unordered_sets(inner) for inner in value]
    return value


def outcome(operation: str, stored: dict[str, Any] | None, body: dict[str, Any]) -> dict[str, Any]:
    """What a write does with the fake's expression package, as the cases record it."""
    old = None if stored is None else {**KEY, **stored}
    request = {"TableName": TABLE, "Key": KEY, **body}
    try:
        expressions = parse_request(
            request, condition=True, update=operation == "UpdateItem", enveloped=True
        )
        update = expressions.update
        if expressions.condition is not None:
            expressions.condition.check_keys(["pk"])
        if update is not None:
            update.check_keys(["pk"])
        if expressions.condition is not None and not expressions.condition.matches(old):
            return {"error": "The conditional request failed"}
        new: dict[str, Any] | None
        if operation == "UpdateItem":
            new = update.apply(old, KEY) if update is not None else dict(old or KEY)
        else:
            new = dict(KEY) if operation == "PutItem" else None
    except AwsError as error:
        return {"error": error.message if error.code == "ValidationException" else repr(error)}
    result: dict[str, Any] = {"item": new}
    which = body.get("ReturnValues", "NONE")
    if which in ("UPDATED_OLD", "UPDATED_NEW") and update is not None and new is not None:
        attributes = update.returned(old, new, which)
    else:
        attributes = {"ALL_OLD": old, "ALL_NEW": new}.get(which) or {}
    if attributes:
        result["Attributes"] = attributes
    return result


@pytest.mark.parametrize(
    ("operation", "stored", "body", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_write_expression_cases(
    request: pytest.FixtureRequest,
    operation: str,
    stored: dict[str, Any] | None,
    body: dict[str, Any],
    expected: dict[str, Any],
) -> None:
    expected = live_outcome(request.node.callspec.id)
    assert unordered_sets(outcome(operation, stored, body)) == unordered_sets(expected)


def test_every_live_difference_is_a_case_that_differs() -> None:
    names = {case[0]: case for case in CASES}
    for name, (_, live) in LIVE_DIFFERENCES.items():
        assert live != names[name][4]


def test_apply_never_changes_the_stored_item() -> None:
    stored = {**KEY, **ITEM}
    snapshot = repr(stored)
    body = {
        "Key": KEY,
        "UpdateExpression": "SET m.y.z = :v, l[0] = :v REMOVE m.x ADD s :s DELETE ns :n",
        "ExpressionAttributeValues": {":v": {"S": "x"}, ":s": {"SS": ["w"]}, ":n": {"NS": ["1"]}},
    }
    update = parse_request(body, update=True).update
    assert update is not None
    new = update.apply(stored, KEY)
    assert repr(stored) == snapshot
    assert new == {
        "pk": {"S": "k"},
        "a": {"N": "5"},
        "s": {"SS": ["p", "q", "w"]},
        "l": {"L": [{"S": "x"}, {"N": "2"}, {"N": "3"}]},
        "m": {"M": {"y": {"M": {"z": {"S": "x"}}}}},
        "t": {"S": "text"},
        "ns": {"NS": ["2"]},
    }


def test_an_update_of_a_missing_item_starts_from_the_key() -> None:
    body = {
        "UpdateExpression": "SET n = if_not_exists(n, :zero) + :one",
        "ExpressionAttributeValues": {":zero": {"N": "0"}, ":one": {"N": "1"}},
    }
    update = parse_request(body, update=True).update
    assert update is not None
    assert update.apply(None, KEY) == {"pk": {"S": "k"}, "n": {"N": "1"}}


def test_a_key_attribute_cannot_be_updated() -> None:
    body = {"UpdateExpression": "REMOVE sk"}
    update = parse_request(body, update=True).update
    assert update is not None
    with pytest.raises(AwsError) as caught:
        update.check_keys(["pk", "sk"])
    assert caught.value.message == (
        "One or more parameter values were invalid: Cannot update attribute sk. This "
        "attribute is part of the key"
    )


def test_names_and_values_are_checked_across_the_update_and_the_condition() -> None:
    body = {
        "UpdateExpression": "SET #a = :v",
        "ConditionExpression": "#b = :w",
        "ExpressionAttributeNames": {"#a": "a", "#b": "b"},
        "ExpressionAttributeValues": {":v": {"S": "x"}, ":w": {"S": "y"}},
    }
    expressions = parse_request(body, condition=True, update=True)
    assert expressions.update is not None
    assert expressions.condition is not None
    assert expressions.condition.matches({"b": {"S": "y"}}) is True


def test_the_item_check_comes_after_the_mixing_error_and_before_expected() -> None:
    calls: list[str] = []
    body: dict[str, Any] = {"Expected": {"a": {}}}
    with pytest.raises(AwsError) as caught:
        parse_request(body, condition=True, item_check=lambda: calls.append("item"), enveloped=True)
    assert calls == ["item"]
    assert caught.value.message == (
        "1 validation error detected: One or more parameter values were invalid: Value must "
        "be provided when Exists is null for Attribute: a"
    )
    mixed = {"Expected": {"a": {}}, "ConditionExpression": "a = b"}
    with pytest.raises(AwsError):
        parse_request(mixed, condition=True, item_check=lambda: calls.append("again"))
    assert calls == ["item"]


def key_check_message(body: dict[str, Any]) -> str:
    """The table's checks, on a table keyed pk with an index keyed g (DynamoDB Local)."""
    expressions = parse_request(body, condition=True, update=True)
    try:
        if expressions.condition is not None:
            expressions.condition.check_keys(["pk"], ["g"])
        if expressions.update is not None:
            expressions.update.check_keys(["pk"], ["g"])
    except AwsError as error:
        return error.message
    return ""


_SCALARS = (
    "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: "
)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"UpdateExpression": "SET g.x = :v"}, _SCALARS + "IndexKey: g"),
        ({"UpdateExpression": "SET a = g.x"}, _SCALARS + "IndexKey: g"),
        ({"UpdateExpression": "SET a = if_not_exists(pk.x, :v)"}, _SCALARS + "Key: pk"),
        (
            {"UpdateExpression": "SET a = :v", "ConditionExpression": "attribute_exists(g.x)"},
            _SCALARS + "IndexKey: g",
        ),
        (
            {"UpdateExpression": "SET a = pk.x, pk = :v"},
            "One or more parameter values were invalid: Cannot update attribute pk. This "
            "attribute is part of the key",
        ),
        (
            {"UpdateExpression": "SET pk = :v", "ConditionExpression": "attribute_exists(pk.x)"},
            _SCALARS + "Key: pk",
        ),
    ],
    ids=[
        "set-index-key",
        "read-index-key",
        "read-table-key",
        "condition-index-key",
        "update-key-first",
        "condition-first",
    ],
)
def test_paths_into_key_attributes(body: dict[str, Any], message: str) -> None:
    if ":v" in str(body):
        body = {**body, "ExpressionAttributeValues": {":v": {"S": "x"}}}
    assert key_check_message(body) == message


def test_attribute_updates_make_an_update_of_top_level_attributes() -> None:
    body = {
        "AttributeUpdates": {
            "n": {"Action": "ADD", "Value": {"N": "2"}},
            "tags": {"Action": "DELETE", "Value": {"SS": ["old"]}},
            "gone": {"Action": "DELETE"},
            "name": {"Value": {"S": "new"}},
        }
    }
    update = parse_request(body, update=True).update
    assert update is not None
    old = {**KEY, "n": {"N": "1"}, "tags": {"SS": ["old", "new"]}, "gone": {"BOOL": True}}
    new = update.apply(old, KEY)
    assert new == {**KEY, "n": {"N": "3"}, "tags": {"SS": ["new"]}, "name": {"S": "new"}}
    assert update.returned(old, new, "UPDATED_OLD") == {
        "n": {"N": "1"},
        "tags": {"SS": ["old", "new"]},
        "gone": {"BOOL": True},
    }
