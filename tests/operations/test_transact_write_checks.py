"""TransactWriteItems: which of several problems a transaction reports, as DynamoDB Local
does where no live capture says otherwise (docs/differences.md, batch and transactional
writes), through a real boto3 client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake

ErrorOf = Callable[..., tuple[str, str]]
EMPTY_NAME = "ExpressionAttributeNames contains invalid value: Empty attribute name for key #e"


@pytest.fixture
def numbered(dynafake: DynaFake) -> Any:
    return dynafake.table("numbered", ("p", "N"))


def test_an_actions_expressions_come_before_its_key_values(
    raw_client: Any, numbered: Any, error_of: ErrorOf
) -> None:
    """Within one action the names, values and expressions are checked before the key's
    values (DynamoDB Local 3.3.1); across actions, request order."""
    names = {"ConditionExpression": "attribute_exists(#e)", "ExpressionAttributeNames": {"#e": ""}}
    checked = {"TableName": "numbered", "Key": {"p": {"N": "NaN"}}, **names}
    assert error_of(
        raw_client.transact_write_items, TransactItems=[{"ConditionCheck": checked}]
    ) == ("ValidationException", EMPTY_NAME)
    first = {"TableName": "numbered", "Key": {"p": {"N": "NaN"}}}
    assert error_of(
        raw_client.transact_write_items,
        TransactItems=[
            {"Delete": first},
            {"ConditionCheck": {**checked, "Key": {"p": {"N": "2"}}}},
        ],
    ) == ("ValidationException", "The parameter cannot be converted to a numeric value: NaN")


def test_a_puts_condition_comes_before_its_items_values(
    raw_client: Any, numbered: Any, error_of: ErrorOf
) -> None:
    between = {
        "ConditionExpression": "a BETWEEN :x AND :y",
        "ExpressionAttributeValues": {":x": {"S": "a"}, ":y": {"N": "1"}},
    }
    item = {"p": {"N": "1"}, "x": {"N": "1e999"}}
    assert error_of(
        raw_client.transact_write_items,
        TransactItems=[{"Put": {"TableName": "numbered", "Item": item, **between}}],
    ) == (
        "ValidationException",
        "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower "
        "and upper bounds; lower bound operand: AttributeValue: {S:a}, upper bound operand: "
        "AttributeValue: {N:1}",
    )


def test_an_actions_values_come_before_its_key(
    raw_client: Any, numbered: Any, error_of: ErrorOf
) -> None:
    values = {
        "ConditionExpression": "a = :v",
        "ExpressionAttributeValues": {":v": {"NS": ["1", "1"]}},
    }
    deleted = {"TableName": "numbered", "Key": {"p": {"N": ""}}, **values}
    assert error_of(raw_client.transact_write_items, TransactItems=[{"Delete": deleted}]) == (
        "ValidationException",
        "ExpressionAttributeValues contains invalid value: Input collection contains duplicates "
        "for key :v",
    )


def test_an_update_of_a_key_attribute_is_refused_after_the_conditions(
    client: Any, dynafake: DynaFake
) -> None:
    """An Update that changes a key attribute is refused when it is applied, after every
    condition (as UpdateItem does, DynamoDB Local 3.3.1): a failing condition is what the
    transaction reports."""
    dynafake.table("pairs", ("p", "S"), ("s", "N"), items=[{"p": "a", "s": 1, "n": 1}])
    key = {"p": {"S": "a"}, "s": {"N": "1"}}
    condition = {
        "ConditionExpression": "n = :two",
        "ExpressionAttributeValues": {":two": {"N": "2"}, ":x": {"NS": ["1"]}},
    }
    with pytest.raises(ClientError) as raised:
        client.transact_write_items(
            TransactItems=[
                {"Update": {"TableName": "pairs", "Key": key, "UpdateExpression": "DELETE s :x",
                            **condition}},
                {"ConditionCheck": {"TableName": "pairs", "Key": {"p": {"S": "b"}, "s": {"N": "1"}},
                                    "ConditionExpression": "attribute_exists(p)"}},
            ]
        )  # fmt: skip
    failed = {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"}
    assert {k: v for k, v in raised.value.response.items() if k != "ResponseMetadata"} == {
        "Error": {
            "Code": "TransactionCanceledException",
            "Message": "Transaction cancelled, please refer cancellation reasons for specific "
            "reasons [ConditionalCheckFailed, ConditionalCheckFailed]",
        },
        "Message": "Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [ConditionalCheckFailed, ConditionalCheckFailed]",
        "CancellationReasons": [failed, failed],
    }


def test_an_update_of_a_key_attribute_whose_condition_holds_cancels_alone(
    client: Any, dynafake: DynaFake
) -> None:
    """Without a failing condition of its own, the Update of a key attribute is the only
    reason, before any other action's condition (DynamoDB Local 3.3.1)."""
    dynafake.table("pairs", ("p", "S"), ("s", "N"), items=[{"p": "a", "s": 1, "n": 1}])
    key = {"p": {"S": "a"}, "s": {"N": "1"}}
    with pytest.raises(ClientError) as raised:
        client.transact_write_items(
            TransactItems=[
                {"ConditionCheck": {"TableName": "pairs", "Key": {"p": {"S": "b"}, "s": {"N": "1"}},
                                    "ConditionExpression": "attribute_exists(p)"}},
                {"Update": {"TableName": "pairs", "Key": key, "UpdateExpression": "SET p = :v",
                            "ConditionExpression": "n = :one",
                            "ExpressionAttributeValues": {":v": {"S": "x"}, ":one": {"N": "1"}}}},
            ]
        )  # fmt: skip
    reasons = "Transaction cancelled, please refer cancellation reasons for specific reasons "
    assert {k: v for k, v in raised.value.response.items() if k != "ResponseMetadata"} == {
        "Error": {
            "Code": "TransactionCanceledException",
            "Message": reasons + "[None, ValidationError]",
        },
        "Message": reasons + "[None, ValidationError]",
        "CancellationReasons": [
            {"Code": "None"},
            {
                "Code": "ValidationError",
                "Message": "One or more parameter values were invalid: Cannot update attribute p. "
                "This attribute is part of the key",
            },
        ],
    }


def test_a_reused_token_is_refused_before_a_key_the_schema_refuses(
    client: Any, numbered: Any, error_of: ErrorOf
) -> None:
    """A token already used by another request is refused before the new request's keys
    cancel it (DynamoDB Local 3.3.1)."""
    put = {"Put": {"TableName": "numbered", "Item": {"p": {"N": "1"}}}}
    assert "ConsumedCapacity" not in client.transact_write_items(
        TransactItems=[put], ClientRequestToken="once"
    )
    wrong = {"Delete": {"TableName": "numbered", "Key": {"p": {"S": "1"}}}}
    assert error_of(
        client.transact_write_items, TransactItems=[wrong], ClientRequestToken="once"
    ) == ("IdempotentParameterMismatchException", "")


@pytest.mark.parametrize("kind", ["Delete", "Update", "Put"])
def test_a_condition_path_into_a_key_is_refused_in_a_transaction(
    client: Any, dynafake: DynaFake, error_of: ErrorOf, kind: str
) -> None:
    """A Put's, Delete's or Update's condition with a nested path into a table or index key
    attribute is refused, as a single write's is, before any condition is evaluated; a
    ConditionCheck's is evaluated (DynamoDB Local 3.3.1, by hand; the write fuzzer)."""
    dynafake.table("keyed", "pk", indexes={"by_g": ("g", ("n", "N"))})
    action: dict[str, Any] = {"TableName": "keyed", "Key": {"pk": {"S": "a"}}}
    if kind == "Update":
        action["UpdateExpression"] = "SET x = :one"
    if kind == "Put":
        action = {"TableName": "keyed", "Item": action.pop("Key")}
    scalars = "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
    for path, refused in (("n[1]", "IndexKey: n"), ("pk.a", "Key: pk")):
        condition = {"ConditionExpression": f"{path} = :one",
                     "ExpressionAttributeValues": {":one": {"N": "1"}}}  # fmt: skip
        items = [CHECK_B, {kind: {**action, **condition}}]
        assert error_of(client.transact_write_items, TransactItems=items) == (
            "ValidationException",
            scalars + "allowed: " + refused,
        )


def test_a_condition_checks_path_into_a_key_is_evaluated(
    client: Any, dynafake: DynaFake, error_of: ErrorOf
) -> None:
    dynafake.table("keyed", "pk", indexes={"by_g": ("g", ("n", "N"))})
    check = {"TableName": "keyed", "Key": {"pk": {"S": "a"}}, "ConditionExpression": "n[1] = :one",
             "ExpressionAttributeValues": {":one": {"N": "1"}}}  # fmt: skip
    assert error_of(
        client.transact_write_items, TransactItems=[CHECK_B, {"ConditionCheck": check}]
    ) == (
        "TransactionCanceledException",
        "Transaction cancelled, please refer cancellation reasons for specific reasons "
        "[ConditionalCheckFailed, ConditionalCheckFailed]",
    )


CHECK_B = {"ConditionCheck": {"TableName": "keyed", "Key": {"pk": {"S": "b"}},
                              "ConditionExpression": "attribute_exists(pk)"}}  # fmt: skip


def test_a_reused_token_is_refused_before_a_duplicate_target(
    client: Any, numbered: Any, error_of: ErrorOf
) -> None:
    """Another request under a used token: IdempotentParameterMismatchException comes before
    the request's other refusals, two actions on one item among them (DynamoDB Local 3.3.1)."""
    put = {"Put": {"TableName": "numbered", "Item": {"p": {"N": "1"}}}}
    client.transact_write_items(TransactItems=[put], ClientRequestToken="t-1")
    delete = {"Delete": {"TableName": "numbered", "Key": {"p": {"N": "2"}}}}
    check = {**delete["Delete"], "ConditionExpression": "attribute_not_exists(p)"}
    twice = [delete, {"ConditionCheck": check}]
    assert error_of(client.transact_write_items, TransactItems=twice) == (
        "ValidationException",
        "Transaction request cannot include multiple operations on one item",
    )
    assert error_of(client.transact_write_items, TransactItems=twice, ClientRequestToken="t-1") == (
        "IdempotentParameterMismatchException",
        "",
    )
