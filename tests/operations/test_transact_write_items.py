"""TransactWriteItems through a real boto3 client: all or nothing, aligned cancellation
reasons, capacity, validation, ClientRequestToken idempotency, faults."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from pytest_dynafake import DynaFake
from pytest_dynafake._ops import _transact_tokens

NO_RETRY = Config(retries={"mode": "standard", "total_max_attempts": 1})
CANCELLED = "Transaction cancelled, please refer cancellation reasons for specific reasons [{}]"


def S(text: str) -> dict[str, str]:
    return {"S": text}


def N(text: str) -> dict[str, str]:
    return {"N": text}


def put(table: str, item: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {"Put": {"TableName": table, "Item": item, **options}}


def delete(table: str, key: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {"Delete": {"TableName": table, "Key": key, **options}}


def update(table: str, key: dict[str, Any], expression: str, **options: Any) -> dict[str, Any]:
    return {"Update": {"TableName": table, "Key": key, "UpdateExpression": expression, **options}}


def check(table: str, key: dict[str, Any], condition: str, **options: Any) -> dict[str, Any]:
    return {
        "ConditionCheck": {
            "TableName": table,
            "Key": key,
            "ConditionExpression": condition,
            **options,
        }
    }


def body(response: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def get(client: Any, table: str, **key: Any) -> Any:
    return client.get_item(TableName=table, Key=key).get("Item")


def cancellation(client: Any, **request: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as raised:
        client.transact_write_items(**request)
    response = raw = raised.value.response
    assert raw["Error"]["Code"] == "TransactionCanceledException"
    return {"Message": response["Message"], "CancellationReasons": response["CancellationReasons"]}


def test_every_kind_of_action_applies_together(client: Any, users: Any, orders: Any) -> None:
    response = client.transact_write_items(
        TransactItems=[
            put(
                "users",
                {"user_id": S("u3"), "n": N("1.50")},
                ConditionExpression="attribute_not_exists(user_id)",
            ),
            update(
                "orders",
                {"customer": S("c1"), "order_id": N("1")},
                "SET #t = #t + :ten, note = :note",
                ExpressionAttributeNames={"#t": "total"},
                ExpressionAttributeValues={":ten": N("10"), ":note": S("more")},
            ),
            delete("orders", {"customer": S("c1"), "order_id": N("2")}),
            check("users", {"user_id": S("u2")}, "attribute_exists(user_id)"),
        ]
    )
    assert body(response) == {}
    assert get(client, "users", user_id=S("u3")) == {"user_id": S("u3"), "n": N("1.5")}
    assert get(client, "orders", customer=S("c1"), order_id=N("1")) == {
        "customer": S("c1"),
        "order_id": N("1"),
        "total": N("20"),
        "note": S("more"),
    }
    assert get(client, "orders", customer=S("c1"), order_id=N("2")) is None


def test_a_failed_condition_cancels_everything_with_aligned_reasons(
    client: Any, users: Any, orders: Any
) -> None:
    found = cancellation(
        client,
        TransactItems=[
            put("users", {"user_id": S("u3")}),
            delete("orders", {"customer": S("c1"), "order_id": N("1")}),
            put(
                "users",
                {"user_id": S("u2"), "a": S("x")},
                ConditionExpression="attribute_not_exists(user_id)",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            ),
            check(
                "orders",
                {"customer": S("c1"), "order_id": N("3")},
                "#t > :t",
                ExpressionAttributeNames={"#t": "total"},
                ExpressionAttributeValues={":t": N("100")},
            ),
            update(
                "users",
                {"user_id": S("nobody")},
                "SET a = :a",
                ConditionExpression="attribute_exists(user_id)",
                ExpressionAttributeValues={":a": S("x")},
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            ),
        ],
    )
    failed = {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"}
    assert found == {
        "Message": CANCELLED.format(
            "None, None, ConditionalCheckFailed, ConditionalCheckFailed, ConditionalCheckFailed"
        ),
        "CancellationReasons": [
            {"Code": "None"},
            {"Code": "None"},
            {**failed, "Item": {"user_id": S("u2")}},
            failed,
            failed,  # ALL_OLD, but there is no item to return
        ],
    }
    assert get(client, "users", user_id=S("u3")) is None
    assert get(client, "orders", customer=S("c1"), order_id=N("1")) is not None
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2")}
    assert get(client, "users", user_id=S("nobody")) is None


def test_capacity_is_doubled_per_table_with_checks_as_reads(
    client: Any, users: Any, orders: Any
) -> None:
    response = client.transact_write_items(
        TransactItems=[
            put("users", {"user_id": S("u3"), "text": S("x" * 1500)}),  # 2 units, doubled
            check(
                "orders", {"customer": S("c1"), "order_id": N("1")}, "attribute_exists(customer)"
            ),
            delete("users", {"user_id": S("nobody")}),  # 1 unit, doubled
        ],
        ReturnConsumedCapacity="TOTAL",
    )
    assert body(response) == {
        "ConsumedCapacity": [
            {"TableName": "users", "WriteCapacityUnits": 6.0, "CapacityUnits": 6.0},
            {"TableName": "orders", "ReadCapacityUnits": 2.0, "CapacityUnits": 2.0},
        ]
    }
    response = client.transact_write_items(
        TransactItems=[put("users", {"user_id": S("u4")})], ReturnConsumedCapacity="INDEXES"
    )
    assert response["ConsumedCapacity"] == [
        {
            "TableName": "users",
            "WriteCapacityUnits": 2.0,
            "CapacityUnits": 2.0,
            "Table": {"WriteCapacityUnits": 2.0, "CapacityUnits": 2.0},
        }
    ]


def test_writes_maintain_indexes(dynafake: DynaFake, client: Any) -> None:
    dynafake.table(
        "people",
        ("id", "S"),
        indexes={"by_city": ("city", "S")},
        items=[{"id": "a", "city": "Oslo"}, {"id": "b", "city": "Rome"}],
    )
    client.transact_write_items(
        TransactItems=[
            update(
                "people",
                {"id": S("b")},
                "SET city = :c",
                ExpressionAttributeValues={":c": S("Oslo")},
            ),
            delete("people", {"id": S("a")}),
            put("people", {"id": S("c"), "city": S("Rome")}),
        ]
    )

    def in_city(city: str) -> list[str]:
        found = client.query(
            TableName="people",
            IndexName="by_city",
            KeyConditionExpression="city = :c",
            ExpressionAttributeValues={":c": S(city)},
        )["Items"]
        return sorted(item["id"]["S"] for item in found)

    assert (in_city("Oslo"), in_city("Rome")) == (["b"], ["c"])


def test_a_layer_never_changes_its_base() -> None:
    base = DynaFake()
    base.table("things", ("k", "S"), items=[{"k": "one", "n": 1}])
    with base.layer():
        client = boto3.client("dynamodb", config=NO_RETRY)
        client.transact_write_items(
            TransactItems=[
                update(
                    "things",
                    {"k": S("one")},
                    "ADD n :one",
                    ExpressionAttributeValues={":one": N("1")},
                ),
                put("things", {"k": S("two")}),
            ]
        )
        assert get(client, "things", k=S("one")) == {"k": S("one"), "n": N("2")}
    with base:
        client = boto3.client("dynamodb", config=NO_RETRY)
        assert client.scan(TableName="things")["Items"] == [{"k": S("one"), "n": N("1")}]


# -- ClientRequestToken ----------------------------------------------------------------------


def increment(token: str | None = None, by: str = "1") -> dict[str, Any]:
    request: dict[str, Any] = {
        "TransactItems": [
            update(
                "users", {"user_id": S("u2")}, "ADD n :by", ExpressionAttributeValues={":by": N(by)}
            )
        ],
        "ReturnConsumedCapacity": "TOTAL",
    }
    if token is not None:
        request["ClientRequestToken"] = token
    return request


def test_the_same_token_and_request_answers_as_the_first_without_writing_again(
    client: Any, users: Any
) -> None:
    first = body(client.transact_write_items(**increment("token-1")))
    # Members in another order are the same request.
    again = increment("token-1")
    again = {"ClientRequestToken": again.pop("ClientRequestToken"), **dict(reversed(again.items()))}
    assert body(client.transact_write_items(**again)) == first
    assert first == {
        "ConsumedCapacity": [
            {"TableName": "users", "WriteCapacityUnits": 2.0, "CapacityUnits": 2.0}
        ]
    }
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("1")}
    client.transact_write_items(**increment())
    client.transact_write_items(**increment())
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("3")}


def test_the_same_token_with_another_request_is_refused(
    client: Any, users: Any, error_of: Any
) -> None:
    client.transact_write_items(**increment("token-2"))
    assert error_of(client.transact_write_items, **increment("token-2", by="2")) == (
        "IdempotentParameterMismatchException",
        "",
    )
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("1")}


def test_a_token_is_forgotten_after_10_minutes(
    client: Any, users: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(_transact_tokens.Tokens, "now", lambda self: now[0])
    client.transact_write_items(**increment("token-3"))
    now[0] += 599
    client.transact_write_items(**increment("token-3"))
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("1")}
    now[0] += 1
    client.transact_write_items(**increment("token-3", by="5"))
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("6")}


def test_a_cancelled_transaction_leaves_its_token_unused(client: Any, users: Any) -> None:
    failing = {
        "TransactItems": [check("users", {"user_id": S("u2")}, "attribute_exists(n)")],
        "ClientRequestToken": "token-4",
    }
    cancellation(client, **failing)
    client.transact_write_items(**increment("token-4"))
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("1")}


def test_tokens_are_per_fake(users: Any, client: Any) -> None:
    client.transact_write_items(**increment("token-5"))
    other = DynaFake()
    other.table("users", ("user_id", "S"), items=[{"user_id": "u2"}])
    with other:
        other_client = boto3.client("dynamodb", config=NO_RETRY)
        other_client.transact_write_items(**increment("token-5", by="7"))
        assert get(other_client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("7")}


# -- faults ----------------------------------------------------------------------------------


def test_a_conflict_fault_cancels_and_writes_nothing(
    dynafake: DynaFake, client: Any, users: Any
) -> None:
    dynafake.conflict("TransactWriteItems", key={"user_id": "u2"})
    found = cancellation(
        client,
        TransactItems=[put("users", {"user_id": S("u3")}), delete("users", {"user_id": S("u2")})],
    )
    assert found == {
        "Message": CANCELLED.format("None, TransactionConflict"),
        "CancellationReasons": [
            {"Code": "None"},
            {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item."},
        ],
    }
    assert get(client, "users", user_id=S("u3")) is None
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2")}


# -- validation ------------------------------------------------------------------------------


def test_more_than_100_actions(client: Any, users: Any, error_of: Any) -> None:
    actions = [put("users", {"user_id": S(f"u{n}")}) for n in range(101)]
    assert error_of(client.transact_write_items, TransactItems=actions) == (
        "ValidationException",
        "1 validation error detected: Value at 'TransactItems' failed to satisfy constraint: "
        "Member must have length less than or equal to 100",
    )


def test_no_actions(raw_client: Any, error_of: Any) -> None:
    assert error_of(raw_client.transact_write_items, TransactItems=[]) == (
        "ValidationException",
        "1 validation error detected: Value at 'TransactItems' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
    )


@pytest.mark.parametrize(
    "second",
    [
        delete("orders", {"customer": S("c1"), "order_id": N("1.0")}),
        check("orders", {"order_id": N("1"), "customer": S("c1")}, "attribute_exists(customer)"),
        put("orders", {"customer": S("c1"), "order_id": N("1e0")}),
    ],
)
def test_two_actions_on_one_item(client: Any, orders: Any, error_of: Any, second: Any) -> None:
    first = update(
        "orders",
        {"customer": S("c1"), "order_id": N("1")},
        "SET a = :a",
        ExpressionAttributeValues={":a": S("x")},
    )
    assert error_of(client.transact_write_items, TransactItems=[first, second]) == (
        "ValidationException",
        "Transaction request cannot include multiple operations on one item",
    )


def test_unknown_table(client: Any, users: Any, error_of: Any) -> None:
    actions = [put("users", {"user_id": S("u3")}), put("nope", {"k": S("x")})]
    assert error_of(client.transact_write_items, TransactItems=actions) == (
        "ResourceNotFoundException",
        "Requested resource not found",
    )


def test_a_put_with_a_wrong_key_cancels_with_the_first_invalid_action_only(
    client: Any, users: Any
) -> None:
    found = cancellation(
        client,
        TransactItems=[
            put("users", {"user_id": S("u3")}, ConditionExpression="attribute_exists(x)"),
            put("users", {"user_id": N("7")}),
            put("users", {"other": S("x")}),
        ],
    )
    assert found == {
        "Message": CANCELLED.format("None, ValidationError, None"),
        "CancellationReasons": [
            {"Code": "None"},
            {
                "Code": "ValidationError",
                "Message": "One or more parameter values were invalid: Type mismatch for key "
                "user_id expected: S actual: N",
            },
            {"Code": "None"},
        ],
    }


@pytest.mark.parametrize(
    "action",
    [
        delete("users", {"user_id": N("5")}),
        check("users", {"user_id": {"L": []}}, "attribute_exists(a)"),
        update(
            "users", {"user_id": N("5")}, "SET a = :a", ExpressionAttributeValues={":a": S("x")}
        ),
    ],
)
def test_another_action_with_a_wrong_key_cancels_with_the_schema_message(
    client: Any, users: Any, action: Any
) -> None:
    assert cancellation(client, TransactItems=[action]) == {
        "Message": CANCELLED.format("ValidationError"),
        "CancellationReasons": [
            {
                "Code": "ValidationError",
                "Message": "The provided key element does not match the schema",
            }
        ],
    }


def test_an_action_with_no_key_attributes_cancels_with_the_schema_message(
    client: Any, users: Any
) -> None:
    """A ``Key`` of no attributes is a wrong key like any other (it was a bare KeyError)."""
    check = {
        "ConditionCheck": {
            "TableName": "users",
            "Key": {},
            "ConditionExpression": "attribute_exists(user_id)",
        }
    }
    actions = [put("users", {"user_id": S("u9")}), check]
    assert cancellation(client, TransactItems=actions) == {
        "Message": CANCELLED.format("None, ValidationError"),
        "CancellationReasons": [
            {"Code": "None"},
            {
                "Code": "ValidationError",
                "Message": "The provided key element does not match the schema",
            },
        ],
    }
    assert get(client, "users", user_id=S("u9")) is None


def test_an_update_of_a_key_attribute_cancels(client: Any, users: Any) -> None:
    action = update(
        "users", {"user_id": S("u2")}, "SET user_id = :a", ExpressionAttributeValues={":a": S("x")}
    )
    assert cancellation(client, TransactItems=[action]) == {
        "Message": CANCELLED.format("ValidationError"),
        "CancellationReasons": [
            {
                "Code": "ValidationError",
                "Message": "One or more parameter values were invalid: Cannot update attribute "
                "user_id. This attribute is part of the key",
            }
        ],
    }


def test_an_empty_key_fails_the_request(client: Any, users: Any, error_of: Any) -> None:
    actions = [put("users", {"user_id": N("7")}), delete("users", {"user_id": S("")})]
    assert error_of(client.transact_write_items, TransactItems=actions) == (
        "ValidationException",
        "One or more parameter values are not valid. The AttributeValue for a key attribute "
        "cannot contain an empty string value. Key: user_id",
    )


def test_members_are_checked_together(raw_client: Any, users: Any, error_of: Any) -> None:
    actions = [
        {"ConditionCheck": {"TableName": "users", "Key": {"user_id": S("u1")}}},
        put("a", {"k": S("x")}, ReturnValuesOnConditionCheckFailure="dog"),
    ]
    assert error_of(
        raw_client.transact_write_items, TransactItems=actions, ReturnConsumedCapacity="BOGUS"
    ) == (
        "ValidationException",
        "4 validation errors detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to "
        "satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; "
        "Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to "
        "satisfy constraint: Member must not be null; Value 'a' at "
        "'transactItems.2.member.put.tableName' failed to satisfy constraint: Member must have "
        "length greater than or equal to 3; Value 'dog' at "
        "'transactItems.2.member.put.returnValuesOnConditionCheckFailure' failed to satisfy "
        "constraint: Member must satisfy enum value set: [ALL_OLD, NONE]",
    )


def test_a_too_long_token_is_reported_alone(raw_client: Any, users: Any, error_of: Any) -> None:
    assert error_of(
        raw_client.transact_write_items,
        TransactItems=[put("users", {"user_id": S("u3")})],
        ClientRequestToken="x" * 37,
        ReturnConsumedCapacity="BOGUS",
    ) == (
        "ValidationException",
        "1 validation error detected: Value at 'ClientRequestToken' failed to satisfy "
        "constraint: Member must have length less than or equal to 36",
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {},
            "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
        ),
        (
            {**put("users", {"user_id": S("a")}), **delete("users", {"user_id": S("b")})},
            "TransactItems can only contain one of Check, Put, Update or Delete",
        ),
    ],
)
def test_an_entry_needs_exactly_one_action(
    raw_client: Any, users: Any, error_of: Any, entry: Any, message: str
) -> None:
    assert error_of(raw_client.transact_write_items, TransactItems=[entry]) == (
        "ValidationException",
        message,
    )


def test_expressions_are_checked_before_the_tables(client: Any, users: Any, error_of: Any) -> None:
    actions = [
        put("nope", {"k": S("x")}),
        check(
            "users",
            {"user_id": S("u1")},
            "attribute_exists(a)",
            ExpressionAttributeValues={":v": S("x")},
        ),
    ]
    assert error_of(client.transact_write_items, TransactItems=actions) == (
        "ValidationException",
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}",
    )


def test_the_4_mb_payload(dynafake: DynaFake, client: Any, error_of: Any) -> None:
    dynafake.table("big", ("pk", "S"))
    actions = [put("big", {"pk": S(f"b{n}"), "d": S("x" * 300_000)}) for n in range(15)]
    assert error_of(client.transact_write_items, TransactItems=actions) == (
        "ValidationException",
        "Transaction payload size cannot exceed 4MB. Payload Size: 4200074",
    )
    client.transact_write_items(TransactItems=actions[:13])
    assert len(dynafake.tables["big"]) == 13


def test_a_syntax_error_on_a_later_action_comes_before_a_missing_table(
    client: Any, users: Any, error_of: Any
) -> None:
    actions = [
        put("nope", {"k": S("x")}),
        check("users", {"user_id": S("u1")}, "attribute_not_exists("),
    ]
    assert error_of(client.transact_write_items, TransactItems=actions) == (
        "ValidationException",
        'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "("',
    )


def test_an_update_that_cannot_apply_cancels_alone(client: Any, users: Any) -> None:
    """Only the first update that cannot apply gets a reason, when every condition held."""
    found = cancellation(
        client,
        TransactItems=[
            check("users", {"user_id": S("nobody")}, "attribute_not_exists(user_id)"),
            update(
                "users",
                {"user_id": S("u1")},
                "SET age = #n + :one",
                ExpressionAttributeNames={"#n": "name"},
                ExpressionAttributeValues={":one": N("1")},
            ),
            update(
                "users",
                {"user_id": S("u2")},
                "SET x = nothere + :one",
                ExpressionAttributeValues={":one": N("1")},
            ),
        ],
    )
    assert found == {
        "Message": CANCELLED.format("None, ValidationError, None"),
        "CancellationReasons": [
            {"Code": "None"},
            {
                "Code": "ValidationError",
                "Message": "An operand in the update expression has an incorrect data type",
            },
            {"Code": "None"},
        ],
    }
    assert get(client, "users", user_id=S("u1"))["age"] == N("36")


def test_an_update_whose_condition_fails_is_not_applied(client: Any, users: Any) -> None:
    """A failed condition is the reason, even where the update could not have applied."""
    found = cancellation(
        client,
        TransactItems=[
            put("users", {"user_id": S("u3")}),
            update(
                "users",
                {"user_id": S("nobody")},
                "SET n = n + :one",
                ConditionExpression="attribute_exists(user_id)",
                ExpressionAttributeValues={":one": N("1")},
            ),
            update(
                "users",
                {"user_id": S("u1")},
                "SET age = #n + :one",
                ExpressionAttributeNames={"#n": "name"},
                ExpressionAttributeValues={":one": N("1")},
            ),
        ],
    )
    assert found == {
        "Message": CANCELLED.format("None, ConditionalCheckFailed, None"),
        "CancellationReasons": [
            {"Code": "None"},
            {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"},
            {"Code": "None"},
        ],
    }


def test_a_condition_fails_fault_cancels_with_the_stored_item(
    dynafake: DynaFake, client: Any, users: Any
) -> None:
    """The concurrent writer that got there first: ALL_OLD returns the item as stored."""
    fault = dynafake.condition_fails("TransactWriteItems", key={"user_id": "u2"})
    found = cancellation(
        client,
        TransactItems=[
            put("users", {"user_id": S("u3")}),
            update(
                "users",
                {"user_id": S("u2")},
                "SET n = :n",
                ExpressionAttributeValues={":n": N("1")},
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            ),
        ],
    )
    assert found == {
        "Message": CANCELLED.format("None, ConditionalCheckFailed"),
        "CancellationReasons": [
            {"Code": "None"},
            {
                "Code": "ConditionalCheckFailed",
                "Message": "The conditional request failed",
                "Item": {"user_id": S("u2")},
            },
        ],
    }
    assert fault.call_count == 1
    assert get(client, "users", user_id=S("u3")) is None
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2")}


def test_a_token_expires_by_a_frozen_clock(client: Any, users: Any) -> None:
    """Under freezegun (which the fake also moves by each simulated sleep) the window follows
    the frozen clock."""
    import freezegun

    with freezegun.freeze_time("2026-12-03 12:00:00") as frozen:
        client.transact_write_items(**increment("token-6"))
        frozen.tick(599)
        client.transact_write_items(**increment("token-6"))
        assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("1")}
        frozen.tick(1)
        client.transact_write_items(**increment("token-6"))
    assert get(client, "users", user_id=S("u2")) == {"user_id": S("u2"), "n": N("2")}
