"""UpdateTable in the service's words: a new global index's name checked as a member constraint
(live: the ack-api-quirks lab, DDB-TABLE-457, 2026-10-09: "Value '' at
'globalSecondaryIndexUpdates.1.member.create.indexName' ..."), and a stream switched to the state
it is in, naming the table (live: the same lab, DDB-TABLE-050, verified 2026-10-09)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pytest_dynafake import DynaFake

ItemError = Callable[..., tuple[str, str]]
VE = "ValidationException"
FIELD = "globalSecondaryIndexUpdates.1.member.create.indexName"
SHORT = "Member must have length greater than or equal to 3"
LONG = "Member must have length less than or equal to 255"
PATTERN = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"


def constraint(value: str, *constraints: str) -> str:
    count = len(constraints)
    head = f"{count} validation error{'s' if count > 1 else ''} detected: "
    return head + "; ".join(
        f"Value '{value}' at '{FIELD}' failed to satisfy constraint: {c}" for c in constraints
    )


@pytest.fixture
def table(dynafake: DynaFake) -> Any:
    return dynafake.create_table(
        TableName="streamed",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("g1", constraint("g1", SHORT)),
        ("g!x", constraint("g!x", PATTERN)),
        ("", constraint("", SHORT, PATTERN)),
        ("a" * 256, constraint("a" * 256, LONG)),
    ],
    ids=["short", "pattern", "empty", "long"],
)
def test_a_new_index_name_is_a_member_constraint(
    raw_client: Any, table: Any, error_of: ItemError, name: str, message: str
) -> None:
    create = {"IndexName": name, "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
              "Projection": {"ProjectionType": "ALL"}}  # fmt: skip
    got = error_of(raw_client.update_table, TableName="streamed",
                   AttributeDefinitions=[{"AttributeName": "g", "AttributeType": "S"}],
                   GlobalSecondaryIndexUpdates=[{"Create": create}])  # fmt: skip
    assert got == (VE, message)
    assert "GlobalSecondaryIndexes" not in raw_client.describe_table(TableName="streamed")["Table"]


def test_a_stream_already_enabled_names_the_table(
    client: Any, table: Any, error_of: ItemError
) -> None:
    spec = {"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"}
    client.update_table(TableName="streamed", StreamSpecification=spec)
    got = error_of(client.update_table, TableName="streamed", StreamSpecification=spec)
    assert got == (VE, "Table already has an enabled stream: TableName: streamed")


def test_no_stream_to_disable_names_the_table(client: Any, table: Any, error_of: ItemError) -> None:
    got = error_of(client.update_table, TableName="streamed",
                   StreamSpecification={"StreamEnabled": False})  # fmt: skip
    assert got == (VE, "Table has no stream to disable: TableName: streamed")
