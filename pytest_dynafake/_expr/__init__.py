"""One expression package for every expression parameter of a request.

Modules (each documents its API):

- :mod:`.lexer`: tokens and DynamoDB's syntax error, shared by every expression.
- :mod:`.paths`: document paths (parse, reserved words, list indexes, read from an item).
- :mod:`.projection`: ProjectionExpression/AttributesToGet (``from_request`` for the Gets).
- :mod:`.conditions`: the condition grammar (``parse``), :mod:`.checks` its checks,
  :mod:`.evaluate` its semantics (``compile_condition`` -> ``matches(item)``), :mod:`.order`
  DynamoDB's order.
- :mod:`.key_conditions`: KeyConditionExpression terms and ``bind(key_condition, hash_attrs,
  range_attrs) -> (hash_values, sort_condition)``.
- :mod:`.legacy`: KeyConditions, QueryFilter, ScanFilter, ConditionalOperator.
- :mod:`.request`: ``parse_request(body, *, key_condition, filter, projection,
  filter_member="QueryFilter", start_key_check=None) -> Expressions`` (``.key_condition``,
  ``.filter`` with ``.matches(item)``, ``.projection``, ``.check_keys(table_keys,
  index_keys, queried_keys)``):
  the one entry point for Query and Scan (later the writes), with every check in DynamoDB's
  order across all expressions of the request.
- :mod:`.writes`: ConditionExpression / Expected (:class:`~.writes.Condition`) for
  ``parse_request(body, condition=True, update=True)``; :mod:`.update` (parse),
  :mod:`.update_checks` and :mod:`.update_apply` (:class:`~.update_apply.Update`:
  ``check_keys``, ``apply``, ``returned``) for UpdateExpression.
- :mod:`.messages`, :mod:`.messages_update`: the service's messages for all of the above.

Query use, in short::

    exprs = parse_request(body, key_condition=True, filter=True, projection=True,
                          start_key_check=lambda: check_start_key(body))
    exprs.check_keys(table_keys, all_index_keys, queried_keys=keys_of_table_or_index)
    hash_values, sort_condition = bind(exprs.key_condition, hash_attrs, range_attrs,
                                       table_keys=table_keys)
"""

from __future__ import annotations

from .key_conditions import KeyCondition, SortCondition, Term, bind
from .projection import Projection
from .request import Expressions, Filter, parse_request

__all__ = [
    "Expressions",
    "Filter",
    "KeyCondition",
    "Projection",
    "SortCondition",
    "Term",
    "bind",
    "parse_request",
]
