"""Known differences of the transaction cases in cases_write_transact.py (see
differences_write.py); each is a row of docs/differences.md ("Writes", conformance suite)."""

from __future__ import annotations

from .cases import KS, NUMBER, PS, Difference, ve

INVALID = "One or more parameter values were invalid: "
SAME_ITEM = "Transaction request cannot include multiple operations on one item"
INDEX_KEY = (
    INVALID + "Type mismatch for Index Key status Expected: S Actual: {} IndexName: by_status"
)
INDEX_SOURCE = (
    KS + "tests/tier3/error-messages/transactIndexKeys.test.ts (live eu-west-2: a Put's and an "
    "Update's wrong-typed or non-scalar index key cancels, the reason the PutItem message)"
)


def _cancelled(message: str) -> dict[str, object]:
    return {
        "Error": {
            "Code": "TransactionCanceledException",
            "Message": "Transaction cancelled, please refer cancellation reasons for specific "
            "reasons [ValidationError]",
        },
        "CancellationReasons": [{"Code": "ValidationError", "Message": message}],
    }


MISSING_DELETE = (
    "AWS Developer Guide, BatchWriteItem (API version 2011-12-05): 'Delete operations on "
    "non-existent items consume 1 write capacity unit' (as DeleteItem's, captured alike)"
)


def _batch(units: float, indexes: bool = False) -> dict[str, object]:
    used: dict[str, object] = {"TableName": "w_users", "CapacityUnits": units}
    if indexes:
        used["Table"] = {"CapacityUnits": units}
    return {"UnprocessedItems": {}, "ConsumedCapacity": [used]}


TRANSACT_DIFFERENCES: dict[str, dict[int | str, Difference]] = {
    "twi-names-before-key": {
        1: Difference(NUMBER[0], ve("The parameter cannot be converted to a numeric value: NaN"),
                      NUMBER[2])
    },
    "twi-number-keys": {
        0: Difference(
            {},
            ve(SAME_ITEM),
            "scylladb test/alternator/test_batch.py test_batch_write_duplicate_number_key "
            "(AWS-run: BatchWriteItem refuses 1000 and 1e3 as one key) and DynamoDB Local's own "
            "answer for a Put's key (twi-number-keys-put)",
            verified=False,
        )
    },
    "twi-same-item-condition": {
        0: Difference(
            {
                "Error": {
                    "Code": "TransactionCanceledException",
                    "Message": "Transaction cancelled, please refer cancellation reasons for "
                    "specific reasons [ConditionalCheckFailed, None]",
                },
                "CancellationReasons": [
                    {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"},
                    {"Code": "None"},
                ],
            },
            ve(SAME_ITEM),
            PS + "tests/tier3/error-messages/transactWriteItems.test.ts (two actions on one item: "
            "a ValidationException, not a cancellation) and validation-ordering/transactions."
            "test.ts (refused before the transaction runs, after the values and the tables)",
            verified=False,
        )
    },
    "twi-index-key-reason": {
        0: Difference(_cancelled(INVALID + "Type mismatch for Index Key"),
                      _cancelled(INDEX_KEY.format("N")), INDEX_SOURCE)
    },
    "twi-index-key-set": {
        0: Difference(ve("Invalid attribute value type"), _cancelled(INDEX_KEY.format("SS")),
                      INDEX_SOURCE + "; a set as the non-scalar value by the same rule")
    },
    "bwi-delete-missing-rcc": {
        0: Difference(_batch(2.0), _batch(1.0), MISSING_DELETE),
        1: Difference(_batch(3.0, True), _batch(2.0, True), MISSING_DELETE),
    },
}  # fmt: skip
