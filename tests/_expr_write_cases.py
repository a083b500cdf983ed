"""Write expression cases as data: a stored item, a PutItem/UpdateItem/DeleteItem request and
DynamoDB Local's answer, captured by sending each case to DynamoDB Local 2026-05-28 (replayed
by tests/test_expr_update.py; they can be replayed through boto3 as they stand).

The table ``TABLE`` has the key ``pk`` (S); every case writes the item with key ``KEY``.
``stored``: the item's other attributes before the request (``None``: no item). ``body``:
the request less TableName and Key (PutItem: less Item, which is ``KEY``). ``outcome``:
``{"error": message}`` (a ValidationException, or ConditionalCheckFailedException for "The
conditional request failed") or ``{"item": the item after, "Attributes": ...}``.
``LIVE_DIFFERENCES``: cases where the fake follows live DynamoDB instead: why, and the
outcome it gives.
"""

from __future__ import annotations

from typing import Any

TABLE = "writes"
KEY: dict[str, Any] = {"pk": {"S": "k"}}
# The stored item most cases start from.
ITEM: dict[str, Any] = {
    "a": {"N": "5"},
    "s": {"SS": ["p", "q"]},
    "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
    "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
    "t": {"S": "text"},
    "ns": {"NS": ["1", "2"]},
}

CASES: list[tuple[str, str, dict[str, Any] | None, dict[str, Any], dict[str, Any]]] = [
    (
        "set-simple",
        "UpdateItem",
        None,
        {"UpdateExpression": "SET a = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"item": {"a": {"S": "x"}, "pk": {"S": "k"}}},
    ),
    (
        "set-plus",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = a + :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "2.5"}},
        },
        {
            "item": {
                "a": {"N": "7.5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"N": "7.5"}},
        },
    ),
    (
        "set-minus",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n - a",
            "ReturnValues": "UPDATED_OLD",
            "ExpressionAttributeValues": {":n": {"N": "2.5"}},
        },
        {
            "item": {
                "a": {"N": "-2.5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"N": "5"}},
        },
    ),
    (
        "set-plus-missing",
        "UpdateItem",
        None,
        {"UpdateExpression": "SET a = a + :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "The provided expression refers to an attribute that does not exist in the item"},
    ),
    (
        "set-plus-string",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = t + :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "An operand in the update expression has an incorrect data type"},
    ),
    (
        "set-plus-valstring",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = a + :n", "ExpressionAttributeValues": {":n": {"S": "1"}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: +, operand type: "
            "S"
        },
    ),
    (
        "set-if-not-exists",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = if_not_exists(a, :n), b = if_not_exists(b, :n)",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "0"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "b": {"N": "0"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"N": "5"}, "b": {"N": "0"}},
        },
    ),
    (
        "list-append",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l = list_append(l, :l)",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":l": {"L": [{"S": "z"}]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}, {"S": "z"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}, {"S": "z"}]}},
        },
    ),
    (
        "list-append-front",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l = list_append(:l, l)",
            "ExpressionAttributeValues": {":l": {"L": [{"S": "z"}]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"S": "z"}, {"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "list-append-nonlist",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l = list_append(t, :l)",
            "ExpressionAttributeValues": {":l": {"L": [{"S": "z"}]}},
        },
        {"error": "An operand in the update expression has an incorrect data type"},
    ),
    (
        "list-append-value-nonlist",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l = list_append(l, :l)",
            "ExpressionAttributeValues": {":l": {"S": "z"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: list_append, "
            "operand type: S"
        },
    ),
    (
        "list-append-missing",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l = list_append(nope, :l)",
            "ExpressionAttributeValues": {":l": {"L": [{"S": "z"}]}},
        },
        {"error": "The provided expression refers to an attribute that does not exist in the item"},
    ),
    (
        "set-list-past-end",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l[10] = :v",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}, {"S": "x"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "set-list-index",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l[1] = :v",
            "ReturnValues": "UPDATED_OLD",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"S": "x"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]}},
        },
    ),
    (
        "set-nested-map",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET m.y.w = :v",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}, "w": {"S": "x"}}}}},
            },
            "Attributes": {
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}, "w": {"S": "x"}}}}}
            },
        },
    ),
    (
        "set-nested-missing-map",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET q.w = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "set-nested-deep-missing",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET m.q.w = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "set-index-on-map",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET m[0] = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "set-key-on-list",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET l.x = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "set-index-missing",
        "UpdateItem",
        None,
        {"UpdateExpression": "SET l[0] = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE a, t", "ReturnValues": "UPDATED_OLD"},
        {
            "item": {
                "s": {"SS": ["p", "q"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "ns": {"NS": ["1", "2"]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"t": {"S": "text"}, "a": {"N": "5"}},
        },
    ),
    (
        "remove-new",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE a, t", "ReturnValues": "UPDATED_NEW"},
        {
            "item": {
                "s": {"SS": ["p", "q"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "ns": {"NS": ["1", "2"]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "remove-list",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE l[0], l[2]", "ReturnValues": "UPDATED_OLD"},
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "2"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]}},
        },
    ),
    (
        "remove-list-out",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE l[7]", "ReturnValues": "UPDATED_OLD"},
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "remove-nested-missing",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE q.w"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove-nested-missing2",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE m.q.w"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove-index-missing",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE q[1]"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove-index-on-map",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE m[1]"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove-key-on-string",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE t.x"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "add-number",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD a :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "-7"}},
        },
        {
            "item": {
                "a": {"N": "-2"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"N": "-2"}},
        },
    ),
    (
        "add-missing",
        "UpdateItem",
        None,
        {
            "UpdateExpression": "ADD a :n, s :s",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "3"}, ":s": {"SS": ["w"]}},
        },
        {
            "item": {"a": {"N": "3"}, "s": {"SS": ["w"]}, "pk": {"S": "k"}},
            "Attributes": {"a": {"N": "3"}, "s": {"SS": ["w"]}},
        },
    ),
    (
        "add-set",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD s :s",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":s": {"SS": ["w", "p"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q", "w"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"s": {"SS": ["p", "q", "w"]}},
        },
    ),
    (
        "add-set-wrong",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD s :s", "ExpressionAttributeValues": {":s": {"NS": ["1"]}}},
        {"error": "An operand in the update expression has an incorrect data type"},
    ),
    (
        "add-number-to-set",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD s :s", "ExpressionAttributeValues": {":s": {"N": "1"}}},
        {"error": "An operand in the update expression has an incorrect data type"},
    ),
    (
        "add-string",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD t :s", "ExpressionAttributeValues": {":s": {"S": "1"}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: ADD, operand type: STRING, "
            "typeSet: ALLOWED_FOR_ADD_OPERAND"
        },
    ),
    (
        "add-list",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD l :s", "ExpressionAttributeValues": {":s": {"L": [{"S": "1"}]}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: ADD, operand type: LIST, "
            "typeSet: ALLOWED_FOR_ADD_OPERAND"
        },
    ),
    (
        "add-nested",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD m.x :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "2"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"m": {"M": {"x": {"N": "2"}, "y": {"M": {"z": {"S": "deep"}}}}}},
        },
    ),
    (
        "add-nested-missing",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD q.x :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "add-list-index",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD l[0] :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "2"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"l": {"L": [{"N": "2"}, {"N": "2"}, {"N": "3"}]}},
        },
    ),
    (
        "delete-set",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "DELETE s :s",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":s": {"SS": ["p", "zz"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"s": {"SS": ["q"]}},
        },
    ),
    (
        "delete-set-all",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "DELETE s :s",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":s": {"SS": ["p", "q"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "pk": {"S": "k"},
                "t": {"S": "text"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "ns": {"NS": ["1", "2"]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "delete-set-all-old",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "DELETE s :s",
            "ReturnValues": "UPDATED_OLD",
            "ExpressionAttributeValues": {":s": {"SS": ["p", "q"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "pk": {"S": "k"},
                "t": {"S": "text"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "ns": {"NS": ["1", "2"]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"s": {"SS": ["p", "q"]}},
        },
    ),
    (
        "delete-missing",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "DELETE zz :s",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":s": {"SS": ["p"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "delete-wrong-type",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "DELETE s :s", "ExpressionAttributeValues": {":s": {"NS": ["1"]}}},
        {"error": "An operand in the update expression has an incorrect data type"},
    ),
    (
        "delete-number",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "DELETE a :s", "ExpressionAttributeValues": {":s": {"N": "1"}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: DELETE, operand type: "
            "NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND"
        },
    ),
    (
        "delete-from-string",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "DELETE t :s", "ExpressionAttributeValues": {":s": {"SS": ["t"]}}},
        {"error": "An operand in the update expression has an incorrect data type"},
    ),
    (
        "section-twice",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v SET b = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": 'Invalid UpdateExpression: The "SET" section can only be used '
            "once in an update expression;"
        },
    ),
    (
        "section-twice2",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE a REMOVE b"},
        {
            "error": 'Invalid UpdateExpression: The "REMOVE" section can only be '
            "used once in an update expression;"
        },
    ),
    (
        "overlap",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v REMOVE a.b",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [a, b]"
        },
    ),
    (
        "overlap2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a.b = :v, a = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a, b], path two: [a]"
        },
    ),
    (
        "conflict",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a.b = :v, a[1] = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths conflict with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a, b], path two: [a, [1]]"
        },
    ),
    (
        "overlap-same",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :v, a = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [a]"
        },
    ),
    (
        "key-attr",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET pk = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "One or more parameter values were invalid: Cannot update "
            "attribute pk. This attribute is part of the key"
        },
    ),
    (
        "key-attr-remove",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE pk"},
        {
            "error": "One or more parameter values were invalid: Cannot update "
            "attribute pk. This attribute is part of the key"
        },
    ),
    (
        "key-attr-nested",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET pk.x = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "One or more parameter values were invalid: Cannot update "
            "attribute pk. This attribute is part of the key"
        },
    ),
    (
        "unused-name",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
            "ExpressionAttributeNames": {"#n": "x"},
        },
        {"error": "Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}"},
    ),
    (
        "unused-value",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}, ":w": {"S": "y"}},
        },
        {"error": "Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}"},
    ),
    (
        "undefined-name",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET #a = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "Invalid UpdateExpression: An expression attribute name used "
            "in the document path is not defined; attribute name: #a"
        },
    ),
    (
        "undefined-value",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :w", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "Invalid UpdateExpression: An expression attribute value used "
            "in expression is not defined; attribute value: :w"
        },
    ),
    (
        "syntax1",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :v,", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: ","'},
    ),
    (
        "syntax2",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: ":v", near: "a :v"'},
    ),
    (
        "syntax3",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "PUT a = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "PUT", near: "PUT a"'},
    ),
    (
        "syntax4",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :v + ", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "+ "'},
    ),
    (
        "syntax5",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v + :v + :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {"error": 'Invalid UpdateExpression: Syntax error; token: "+", near: ":v + :v"'},
    ),
    (
        "syntax6",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD a", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "a"'},
    ),
    (
        "syntax7",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE a = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "=", near: "a = :v"'},
    ),
    (
        "syntax8",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = (:v)", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "item": {
                "a": {"S": "x"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "syntax9",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = (:v + :v)", "ExpressionAttributeValues": {":v": {"N": "1"}}},
        {
            "item": {
                "a": {"N": "2"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "syntax10",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = ((:v))", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "syntax11",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :v REMOVE", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "REMOVE"'},
    ),
    (
        "syntax12",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "DELETE a b", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": 'Invalid UpdateExpression: Syntax error; token: "b", near: "a b"'},
    ),
    (
        "syntax13",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = b.:v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {"error": "Invalid UpdateExpression: Internal server error"},
    ),
    (
        "fn-size",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = size(t)"},
        {
            "error": "Invalid UpdateExpression: The function is not allowed in an "
            "update expression; function: size"
        },
    ),
    (
        "fn-exists",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = attribute_exists(t)"},
        {
            "error": "Invalid UpdateExpression: The function is not allowed in an "
            "update expression; function: attribute_exists"
        },
    ),
    (
        "fn-unknown",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = foo(t)"},
        {"error": "Invalid UpdateExpression: Invalid function name; function: foo"},
    ),
    (
        "fn-count",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = if_not_exists(t)"},
        {
            "error": "Invalid UpdateExpression: Incorrect number of operands for "
            "operator or function; operator or function: if_not_exists, "
            "number of operands: 1"
        },
    ),
    (
        "fn-count2",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = list_append(l, l, l)"},
        {
            "error": "Invalid UpdateExpression: Incorrect number of operands for "
            "operator or function; operator or function: list_append, "
            "number of operands: 3"
        },
    ),
    (
        "fn-ine-value",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = if_not_exists(:v, t)",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Operator or function requires a "
            "document path; operator or function: if_not_exists"
        },
    ),
    (
        "fn-la-type",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = list_append(:v, l)",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: list_append, "
            "operand type: S"
        },
    ),
    (
        "arith-type",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :v + a", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: +, operand type: "
            "S"
        },
    ),
    (
        "add-op-type",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "ADD a :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: ADD, operand type: STRING, "
            "typeSet: ALLOWED_FOR_ADD_OPERAND"
        },
    ),
    (
        "delete-op-type",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "DELETE a :v", "ExpressionAttributeValues": {":v": {"N": "1"}}},
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: DELETE, operand type: "
            "NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND"
        },
    ),
    (
        "reserved",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET name = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "error": "Invalid UpdateExpression: Attribute name is a reserved "
            "keyword; reserved keyword: name"
        },
    ),
    (
        "nested-fn",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = list_append(if_not_exists(l, :e), :e)",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":e": {"L": []}},
        },
        {
            "item": {
                "a": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]}},
        },
    ),
    (
        "number-overflow",
        "UpdateItem",
        {"a": {"N": "9.9999999999999999999999999999999999999E+125"}},
        {"UpdateExpression": "SET a = a + a"},
        {"error": "DynamoDB only supports precision up to 38 digits"},
    ),
    (
        "number-precision",
        "UpdateItem",
        {"a": {"N": "1"}},
        {
            "UpdateExpression": "SET a = a + :n",
            "ExpressionAttributeValues": {":n": {"N": "0.000000000000000000000000000000000000001"}},
        },
        {"error": "DynamoDB only supports precision up to 38 digits"},
    ),
    (
        "number-precision2",
        "UpdateItem",
        {"a": {"N": "12345678901234567890123456789012345678"}},
        {"UpdateExpression": "SET a = a + :n", "ExpressionAttributeValues": {":n": {"N": "0.1"}}},
        {"error": "DynamoDB only supports precision up to 38 digits"},
    ),
    (
        "number-underflow",
        "UpdateItem",
        {"a": {"N": "1E-130"}},
        {
            "UpdateExpression": "SET a = a - :n",
            "ExpressionAttributeValues": {":n": {"N": "0.9E-130"}},
        },
        {
            "error": "ExpressionAttributeValues contains invalid value: Number "
            "underflow. Attempting to store a number with magnitude "
            "smaller than supported range for key :n"
        },
    ),
    (
        "cond-fail",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ConditionExpression": "t = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {"error": "The conditional request failed"},
    ),
    (
        "cond-pass",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ConditionExpression": "t = :v",
            "ExpressionAttributeValues": {":v": {"S": "text"}},
        },
        {
            "item": {
                "a": {"S": "text"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "cond-bad",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ConditionExpression": "t = ",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {"error": 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "= "'},
    ),
    (
        "cond-size-misuse",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ConditionExpression": "size(t)",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid ConditionExpression: The function is not allowed to "
            "be used this way in an expression; function: size"
        },
    ),
    (
        "both-errors",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :w",
            "ConditionExpression": "t = ",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute value used "
            "in expression is not defined; attribute value: :w"
        },
    ),
    (
        "both-errors2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET #a = :v",
            "ConditionExpression": "#b = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute name used "
            "in the document path is not defined; attribute name: #a"
        },
    ),
    (
        "cond-undefined-before-update",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v, a = :v",
            "ConditionExpression": "#b = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [a]"
        },
    ),
    (
        "update-unused-in-cond",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :v",
            "ConditionExpression": "a = :w",
            "ExpressionAttributeValues": {":v": {"S": "x"}, ":w": {"S": "y"}},
        },
        {"error": "The conditional request failed"},
    ),
    (
        "put-cond",
        "PutItem",
        ITEM,
        {"ConditionExpression": "attribute_not_exists(pk)"},
        {"error": "The conditional request failed"},
    ),
    (
        "put-cond-ok",
        "PutItem",
        None,
        {"ConditionExpression": "attribute_not_exists(pk)", "ReturnValues": "ALL_OLD"},
        {"item": {"pk": {"S": "k"}}},
    ),
    (
        "delete-cond",
        "DeleteItem",
        ITEM,
        {"ConditionExpression": "a > :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"item": None},
    ),
    (
        "expected-exists",
        "PutItem",
        ITEM,
        {"Expected": {"a": {"Exists": True, "Value": {"N": "5"}}}},
        {"item": {"pk": {"S": "k"}}},
    ),
    (
        "expected-notexists",
        "PutItem",
        ITEM,
        {"Expected": {"a": {"Exists": False}}},
        {"error": "The conditional request failed"},
    ),
    (
        "expected-or",
        "PutItem",
        ITEM,
        {
            "Expected": {
                "a": {"Exists": False},
                "t": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"S": "te"}]},
            },
            "ConditionalOperator": "OR",
        },
        {"item": {"pk": {"S": "k"}}},
    ),
    (
        "expected-ne-missing",
        "PutItem",
        ITEM,
        {"Expected": {"zz": {"ComparisonOperator": "NE", "AttributeValueList": [{"S": "te"}]}}},
        {"item": {"pk": {"S": "k"}}},
    ),
    (
        "expected-notcontains-missing",
        "PutItem",
        ITEM,
        {
            "Expected": {
                "zz": {"ComparisonOperator": "NOT_CONTAINS", "AttributeValueList": [{"S": "te"}]}
            }
        },
        {"error": "The conditional request failed"},
    ),
    ("expected-empty", "PutItem", ITEM, {"Expected": {}}, {"item": {"pk": {"S": "k"}}}),
    (
        "expected-empty-op",
        "PutItem",
        ITEM,
        {"Expected": {}, "ConditionalOperator": "AND"},
        {"error": "ConditionalOperator cannot be used without Filter or Expected"},
    ),
    (
        "expected-and-update",
        "UpdateItem",
        ITEM,
        {
            "Expected": {"a": {"Exists": False, "Value": {"N": "1"}}},
            "UpdateExpression": "SET b = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
        },
        {
            "error": "One or more parameter values were invalid: Value cannot be "
            "used when Exists is false for Attribute: a"
        },
    ),
    (
        "expected-badvalue",
        "PutItem",
        ITEM,
        {"Expected": {"a": {"Value": {"N": "x"}}}},
        {"error": "A value provided cannot be converted into a number"},
    ),
    (
        "expected-badvalue-mix",
        "PutItem",
        ITEM,
        {"Expected": {"a": {"Value": {"N": "x"}}}, "ConditionExpression": "a = b"},
        {
            "error": "Can not use both expression and non-expression parameters in "
            "the same request: Non-expression parameters: {Expected} "
            "Expression parameters: {ConditionExpression}"
        },
    ),
    (
        "names-no-expr",
        "PutItem",
        ITEM,
        {"ExpressionAttributeNames": {"#a": "a"}},
        {"error": "ExpressionAttributeNames can only be specified when using expressions"},
    ),
    (
        "names-no-expr-update",
        "UpdateItem",
        ITEM,
        {"ExpressionAttributeNames": {"#a": "a"}},
        {"error": "ExpressionAttributeNames can only be specified when using expressions"},
    ),
    (
        "names-empty",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}},
        {
            "item": {
                "a": {"S": "x"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "values-empty",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = a"},
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "attrupdates-mix",
        "UpdateItem",
        ITEM,
        {"AttributeUpdates": {"a": {"Action": "DELETE"}}, "ConditionExpression": "a = a"},
        {
            "error": "Can not use both expression and non-expression parameters in "
            "the same request: Non-expression parameters: "
            "{AttributeUpdates} Expression parameters: "
            "{ConditionExpression}"
        },
    ),
    (
        "remove-nested-noitem",
        "UpdateItem",
        None,
        {"UpdateExpression": "REMOVE x.y"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove-index-noitem",
        "UpdateItem",
        None,
        {"UpdateExpression": "REMOVE x[0]"},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "remove-leaf-missing",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "REMOVE m.nope, l[9]", "ReturnValues": "UPDATED_OLD"},
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "overflow",
        "UpdateItem",
        {"a": {"N": "9E+125"}},
        {"UpdateExpression": "SET a = a + a"},
        {
            "error": "Number overflow. Attempting to store a number with magnitude "
            "larger than supported range"
        },
    ),
    (
        "underflow",
        "UpdateItem",
        {"a": {"N": "1E-130"}},
        {
            "UpdateExpression": "SET a = a - :n",
            "ExpressionAttributeValues": {":n": {"N": "0.9E-130"}},
        },
        {
            "error": "ExpressionAttributeValues contains invalid value: Number "
            "underflow. Attempting to store a number with magnitude "
            "smaller than supported range for key :n"
        },
    ),
    (
        "underflow2",
        "UpdateItem",
        {"a": {"N": "2E-130"}},
        {
            "UpdateExpression": "SET a = a - :n",
            "ExpressionAttributeValues": {":n": {"N": "1.9E-130"}},
        },
        {
            "error": "Number underflow. Attempting to store a number with "
            "magnitude smaller than supported range"
        },
    ),
    (
        "add-overflow",
        "UpdateItem",
        {"a": {"N": "9E+125"}},
        {"UpdateExpression": "ADD a :n", "ExpressionAttributeValues": {":n": {"N": "9E+125"}}},
        {
            "error": "Number overflow. Attempting to store a number with magnitude "
            "larger than supported range"
        },
    ),
    (
        "add-precision",
        "UpdateItem",
        {"a": {"N": "1E+30"}},
        {"UpdateExpression": "ADD a :n", "ExpressionAttributeValues": {":n": {"N": "1E-10"}}},
        {"error": "DynamoDB only supports precision up to 38 digits"},
    ),
    (
        "zero",
        "UpdateItem",
        {"a": {"N": "1.5"}},
        {
            "UpdateExpression": "SET a = a - :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"N": "1.50"}},
        },
        {"item": {"a": {"N": "0.00"}, "pk": {"S": "k"}}, "Attributes": {"a": {"N": "0.00"}}},
    ),
    (
        "set-multi-past-end",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l[84] = :a, l[37] = :b, l[17] = :c",
            "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"S": "b"}, ":c": {"S": "c"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {
                    "L": [{"N": "1"}, {"N": "2"}, {"N": "3"}, {"S": "c"}, {"S": "b"}, {"S": "a"}]
                },
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "set-and-remove-list",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l[1] = :a REMOVE l[0]",
            "ExpressionAttributeValues": {":a": {"S": "a"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"S": "a"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "set-remove-list2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "REMOVE l[1] SET l[5] = :a",
            "ExpressionAttributeValues": {":a": {"S": "a"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "3"}, {"S": "a"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "set-past-end-nested",
        "UpdateItem",
        {"l": {"L": [{"M": {}}]}},
        {"UpdateExpression": "SET l[3].x = :a", "ExpressionAttributeValues": {":a": {"S": "a"}}},
        {"error": "The document path provided in the update expression is invalid for update"},
    ),
    (
        "parens-arith-inner",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = (a) + (:n)", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {
            "item": {
                "a": {"N": "6"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "parens-double-path",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = ((a)) + :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "parens-whole-double",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = ((a + :n))", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "parens-fn-arg",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = if_not_exists((a), :n)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "parens-redundant-then-undefined",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = ((:zz))", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "parens-redundant-then-syntax",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = ((:n)) SET", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "ine-noncall-first",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = if_not_exists(if_not_exists(a, :n), :n)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Operator or function requires a "
            "document path; operator or function: if_not_exists"
        },
    ),
    (
        "func-in-lhs",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET if_not_exists(a, :n) = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": 'Invalid UpdateExpression: Syntax error; token: "(", near: "if_not_exists(a"'},
    ),
    (
        "size-inside",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = list_append(size(l), :n)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: The function is not allowed in an "
            "update expression; function: size"
        },
    ),
    (
        "order-reserved-vs-unknownfn",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = foo(:n), name = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": "Invalid UpdateExpression: Invalid function name; function: foo"},
    ),
    (
        "order-section-vs-name",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET #q = :n SET b = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": 'Invalid UpdateExpression: The "SET" section can only be used '
            "once in an update expression;"
        },
    ),
    (
        "order-name-vs-value",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :zz, #q = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute name used "
            "in the document path is not defined; attribute name: #q"
        },
    ),
    (
        "order-value-vs-overlap",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, a = :zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [a]"
        },
    ),
    (
        "order-overlap-vs-operand",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, a = :n ADD b :s",
            "ExpressionAttributeValues": {":n": {"N": "1"}, ":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [b]"
        },
    ),
    (
        "order-operand-vs-function",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET c = list_append(:s, l) ADD b :s",
            "ExpressionAttributeValues": {":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: ADD, operand type: STRING, "
            "typeSet: ALLOWED_FOR_ADD_OPERAND"
        },
    ),
    (
        "order-function-vs-operand",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD b :s SET c = list_append(:s, l)",
            "ExpressionAttributeValues": {":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: list_append, "
            "operand type: S"
        },
    ),
    (
        "order-unknown-vs-size",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = size(l), b = foo(l)"},
        {
            "error": "Invalid UpdateExpression: The function is not allowed in an "
            "update expression; function: size"
        },
    ),
    (
        "order-size-vs-unknown",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET b = foo(l), a = size(l)"},
        {"error": "Invalid UpdateExpression: Invalid function name; function: foo"},
    ),
    (
        "order-index-vs-reserved",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET name = :n, l[99999999999] = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Attribute name is a reserved "
            "keyword; reserved keyword: name"
        },
    ),
    (
        "depth",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET "
            "a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b "
            "= :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: The document path has too many "
            "nesting levels; nesting levels: 33"
        },
    ),
    (
        "key-nested",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET pk.x = :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {
            "error": "One or more parameter values were invalid: Cannot update "
            "attribute pk. This attribute is part of the key"
        },
    ),
    (
        "key-in-operand",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = pk", "ReturnValues": "UPDATED_NEW"},
        {
            "item": {
                "a": {"S": "k"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"S": "k"}},
        },
    ),
    (
        "set-empty-string",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :e",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":e": {"S": ""}},
        },
        {
            "item": {
                "a": {"S": ""},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"a": {"S": ""}},
        },
    ),
    (
        "delete-ns",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "DELETE ns :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"NS": ["1.0"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"ns": {"NS": ["2"]}},
        },
    ),
    (
        "add-ns",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD ns :n",
            "ReturnValues": "UPDATED_NEW",
            "ExpressionAttributeValues": {":n": {"NS": ["1.0", "3"]}},
        },
        {
            "item": {
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2", "3"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            },
            "Attributes": {"ns": {"NS": ["1", "2", "3"]}},
        },
    ),
    (
        "updated-old-new-attr",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET zz = :n",
            "ReturnValues": "UPDATED_OLD",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "item": {
                "zz": {"N": "1"},
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
                "pk": {"S": "k"},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
            }
        },
    ),
    (
        "o1",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET name = :n, a = foo(:n)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Attribute name is a reserved "
            "keyword; reserved keyword: name"
        },
    ),
    (
        "o2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET l[99999999999] = :n, name = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: List index is not within the "
            "allowable range; index: [99999999999]"
        },
    ),
    (
        "o3",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD b :s SET a = :n, a = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}, ":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [a]"
        },
    ),
    (
        "o4",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, a = :n, c = :n, d = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [d]"
        },
    ),
    (
        "o5",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, c = :n, a = :n, d = :n REMOVE e",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [e]"
        },
    ),
    (
        "o6",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, c = :n, a.b = :n, c[1] = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [c], path two: [c, [1]]"
        },
    ),
    (
        "o7",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a.b = :n, a[1] = :n, c = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths conflict with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a, b], path two: [a, [1]]"
        },
    ),
    (
        "o8",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :zz, b = :n, b = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [b], path two: [b]"
        },
    ),
    (
        "o9",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, a = :n, b = #zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [b]"
        },
    ),
    (
        "o10",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = #zz, b = :zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute value used "
            "in expression is not defined; attribute value: :zz"
        },
    ),
    (
        "o11",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :zz, b = #zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute name used "
            "in the document path is not defined; attribute name: #zz"
        },
    ),
    (
        "o12",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :s + :n, b = list_append(:n, l)",
            "ExpressionAttributeValues": {":n": {"N": "1"}, ":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: list_append, "
            "operand type: N"
        },
    ),
    (
        "o13",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET b = list_append(:n, l), a = :s + :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}, ":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator or function: +, operand type: "
            "S"
        },
    ),
    (
        "o14",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "ADD a :s, b :n DELETE c :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}, ":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: DELETE, operand type: "
            "NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND"
        },
    ),
    (
        "o15",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "DELETE c :n ADD a :s",
            "ExpressionAttributeValues": {":n": {"N": "1"}, ":s": {"S": "x"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect operand type for "
            "operator or function; operator: ADD, operand type: STRING, "
            "typeSet: ALLOWED_FOR_ADD_OPERAND"
        },
    ),
    (
        "o16",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = size(l), b = foo(l)"},
        {
            "error": "Invalid UpdateExpression: The function is not allowed in an "
            "update expression; function: size"
        },
    ),
    (
        "o17",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET b = foo(l), a = size(l)"},
        {"error": "Invalid UpdateExpression: Invalid function name; function: foo"},
    ),
    (
        "o18",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = if_not_exists(l), b = :zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute value used "
            "in expression is not defined; attribute value: :zz"
        },
    ),
    (
        "o19",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET b = :zz, a = if_not_exists(l)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Incorrect number of operands for "
            "operator or function; operator or function: if_not_exists, "
            "number of operands: 1"
        },
    ),
    (
        "o20",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n SET b = #zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": 'Invalid UpdateExpression: The "SET" section can only be used '
            "once in an update expression;"
        },
    ),
    (
        "o21",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = foo(:n) SET b = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": "Invalid UpdateExpression: Invalid function name; function: foo"},
    ),
    (
        "o22",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n SET b = :n REMOVE name",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": 'Invalid UpdateExpression: The "SET" section can only be used '
            "once in an update expression;"
        },
    ),
    (
        "o23",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = if_not_exists(:n, a), b = :zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute value used "
            "in expression is not defined; attribute value: :zz"
        },
    ),
    (
        "o24",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, a = :n, b = if_not_exists(:n, a)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [b]"
        },
    ),
    (
        "o25",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = list_append(:n, a), b = if_not_exists(:n, a)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Operator or function requires a "
            "document path; operator or function: if_not_exists"
        },
    ),
    (
        "o26",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET "
            "a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b "
            "= :zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: The document path has too many "
            "nesting levels; nesting levels: 33"
        },
    ),
    (
        "o27",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET "
            "a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b "
            "= :n, c = #zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: The document path has too many "
            "nesting levels; nesting levels: 33"
        },
    ),
    (
        "o28",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a = b.:n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "Invalid UpdateExpression: Internal server error"},
    ),
    (
        "o29",
        "UpdateItem",
        ITEM,
        {"UpdateExpression": "SET a.:n = :n", "ExpressionAttributeValues": {":n": {"N": "1"}}},
        {"error": "Invalid UpdateExpression: Internal server error"},
    ),
    (
        "c1",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a.b = :n, a[1] = :zz",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths conflict with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a, b], path two: [a, [1]]"
        },
    ),
    (
        "c2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET c = :zz, a.b = :n, a[1] = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths conflict with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a, b], path two: [a, [1]]"
        },
    ),
    (
        "c3",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a.b = :n, a[1] = :n, c = :n, c = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [c], path two: [c]"
        },
    ),
    (
        "c4",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a.b = :n, a[1] = :n, c.b = :n, c[1] = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths conflict with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [c, b], path two: [c, [1]]"
        },
    ),
    (
        "r1",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = ((:n)), name = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "r2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET name = :n, a = ((:n))",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "r3",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = ((:n)), b = foo(:n)",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": "Invalid UpdateExpression: The expression has redundant parentheses;"},
    ),
    (
        "s1",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET name = :n, a = :n +",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {"error": 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "+"'},
    ),
    (
        "k1",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :zz, pk = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: An expression attribute value used "
            "in expression is not defined; attribute value: :zz"
        },
    ),
    (
        "k2",
        "UpdateItem",
        ITEM,
        {
            "UpdateExpression": "SET a = :n, a = :n, pk = :n",
            "ExpressionAttributeValues": {":n": {"N": "1"}},
        },
        {
            "error": "Invalid UpdateExpression: Two document paths overlap with "
            "each other; must remove or rewrite one of these paths; path "
            "one: [a], path two: [pk]"
        },
    ),
]

LIVE_DIFFERENCES: dict[str, tuple[str, dict[str, Any]]] = {
    "set-list-index": (
        "UPDATED_OLD/UPDATED_NEW give only the updated paths, "
        "nested (Alternator's "
        "test_update_item_returnvalues_nested, validated "
        "against AWS); DynamoDB Local gives whole top-level "
        "attributes",
        {
            "item": {
                "pk": {"S": "k"},
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "l": {"L": [{"N": "1"}, {"S": "x"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
            },
            "Attributes": {"l": {"L": [{"N": "2"}]}},
        },
    ),
    "set-nested-map": (
        "same as set-list-index",
        {
            "item": {
                "pk": {"S": "k"},
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}, "w": {"S": "x"}}}}},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
            },
            "Attributes": {"m": {"M": {"y": {"M": {"w": {"S": "x"}}}}}},
        },
    ),
    "remove-list": (
        "same as set-list-index",
        {
            "item": {
                "pk": {"S": "k"},
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "l": {"L": [{"N": "2"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
            },
            "Attributes": {"l": {"L": [{"N": "1"}, {"N": "3"}]}},
        },
    ),
    "add-nested": (
        "same as set-list-index",
        {
            "item": {
                "pk": {"S": "k"},
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "l": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "2"}, "y": {"M": {"z": {"S": "deep"}}}}},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
            },
            "Attributes": {"m": {"M": {"x": {"N": "2"}}}},
        },
    ),
    "add-list-index": (
        "same as set-list-index",
        {
            "item": {
                "pk": {"S": "k"},
                "a": {"N": "5"},
                "s": {"SS": ["p", "q"]},
                "l": {"L": [{"N": "2"}, {"N": "2"}, {"N": "3"}]},
                "m": {"M": {"x": {"N": "1"}, "y": {"M": {"z": {"S": "deep"}}}}},
                "t": {"S": "text"},
                "ns": {"NS": ["1", "2"]},
            },
            "Attributes": {"l": {"L": [{"N": "2"}]}},
        },
    ),
    "expected-and-update": (
        "the mixing error comes before Expected's own "
        "checks (dynalite's live-checked "
        "test/putItem.js); DynamoDB Local checks "
        "Expected first",
        {
            "error": "Can not use both expression and "
            "non-expression parameters in the same "
            "request: Non-expression parameters: "
            "{Expected} Expression parameters: "
            "{UpdateExpression}"
        },
    ),
    "expected-badvalue": (
        "a bad number in Expected in the words of every "
        "other attribute value (live for Item values: "
        "dynalite's test/putItem.js); DynamoDB Local says "
        "'A value provided cannot be converted into a "
        "number'",
        {"error": "The parameter cannot be converted to a numeric value: x"},
    ),
    "remove-nested-noitem": (
        "REMOVE of a nested path on a missing item does "
        "nothing (Alternator's "
        "test_nested_attribute_remove_from_missing_item, "
        "xfail there: DynamoDB allows it); DynamoDB "
        "Local refuses it",
        {"item": {"pk": {"S": "k"}}},
    ),
    "remove-index-noitem": ("same as remove-nested-noitem", {"item": {"pk": {"S": "k"}}}),
    "zero": (
        "a number result is stored canonical (1.5 - 1.50 is 0, as every "
        "stored number is normalised); DynamoDB Local keeps the scale "
        "(0.00)",
        {"item": {"pk": {"S": "k"}, "a": {"N": "0"}}, "Attributes": {"a": {"N": "0"}}},
    ),
}
