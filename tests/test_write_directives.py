"""The directives a write plan honours: what a cancelled transaction answers."""

from __future__ import annotations

import pytest

from pytest_dynafake import DynaFake, DynaFakeError
from pytest_dynafake._ops import Cancel, ConditionFails, Directive
from pytest_dynafake._validation import error_body


def test_cancel_answers_a_reason_per_action_with_the_item_of_a_failed_condition() -> None:
    cancel = Cancel({1: "ConditionalCheckFailed", 2: "TransactionConflict"})
    item = {"pk": {"S": "a"}, "n": {"N": "1"}}
    error = cancel.error(3, {1: item, 2: item, 0: item})
    assert cancel.conditions_failed == [1]
    assert (error.code, error.message, error.fields) == (
        "TransactionCanceledException",
        "Transaction cancelled, please refer cancellation reasons for specific reasons "
        "[None, ConditionalCheckFailed, TransactionConflict]",
        {
            "CancellationReasons": [
                {"Code": "None"},
                {
                    "Code": "ConditionalCheckFailed",
                    "Message": "The conditional request failed",
                    "Item": item,
                },
                {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item."},
            ]
        },
    )
    assert error_body(error).startswith(
        '{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException",'
    )


def test_cancel_without_items_carries_no_item() -> None:
    error = Cancel({0: "ConditionalCheckFailed"}).error(1)
    assert error.fields == {
        "CancellationReasons": [
            {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"}
        ]
    }


def test_the_write_directives_are_directives() -> None:
    assert isinstance(Cancel({}), Directive)
    assert isinstance(ConditionFails(), Directive)


def test_a_get_transaction_has_no_condition_to_fail(dynafake: DynaFake) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.conflict("TransactGetItems", code="ConditionalCheckFailed")
    assert str(raised.value) == (
        "conflict(): code='ConditionalCheckFailed' does not apply to TransactGetItems, whose "
        "actions have no condition; use one of TransactionConflict, ProvisionedThroughputExceeded, "
        "ThrottlingError, ValidationError"
    )
