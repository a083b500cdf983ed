"""The write workloads of bench.py: PutItem, UpdateItem and BatchWriteItem of ~1 KB items.

``python benchmarks/bench_write.py [--quick] [--json PATH]`` runs them with bench.py's floor,
fake and moto interleaved as for the reads, and two reads of the same run for reference
(GetItem and BatchGetItem of 100 keys: on a busy machine every ratio moves, and these show
by how much); ``bench.py`` runs them with all the others.

One table, ``bench_writes`` (partition key ``pk``, S), seeded in the fake and in moto with 100
of bench.py's ~1 KB items under keys of their own (``write#...``):

* ``PutItem 1 KB``: one of those items put again (a whole replacement, same size);
* ``UpdateItem SET+ADD``: ``SET`` of two attributes (one nested) and ``ADD`` to a counter on
  a stored ~1 KB item;
* ``BatchWriteItem 25``: 25 of the items put again in one call.

The puts write a different item each call (a ``seq`` attribute counts the calls; see
:class:`Variants`): the same request sent again could be answered from a cache, which would
measure the cache, not the write. Each call leaves the table as big as it was (the counter
grows by one), so the thousandth call costs what the first did. ``ReturnValues`` is left at
NONE, as most code leaves it: the answer is ``{}`` (``{"UnprocessedItems": {}}`` for the
batch), the floor's canned body too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

TABLE = "bench_writes"
COUNT = 100
VARIANTS = 1_000  # more than the calls any contender makes in a full run (about 300)


class Variants:
    """A workload whose request differs call by call: each caller (a contender, or the floor's
    capture) takes the requests in turn, from the first, wrapping around after the last."""

    def __init__(self, make: Callable[[int], dict[str, Any]], count: int = VARIANTS) -> None:
        self.requests = [make(k) for k in range(count)]
        self._turn: dict[str, int] = {}

    def take(self, who: str) -> dict[str, Any]:
        turn = self._turn.get(who, 0)
        self._turn[who] = turn + 1
        return self.requests[turn % len(self.requests)]


def _rekeyed(make_item: Callable[[int], dict[str, Any]], i: int) -> dict[str, Any]:
    return {**make_item(i), "pk": {"S": f"write#{i:06d}"}}


def workloads(make_item: Callable[[int], dict[str, Any]]) -> dict[str, tuple[str, Any]]:
    items = [_rekeyed(make_item, i) for i in range(25)]

    def seq(item: dict[str, Any], k: int) -> dict[str, Any]:
        return {**item, "seq": {"N": str(k)}}  # the nested values are shared, not copied

    update = {
        "TableName": TABLE,
        "Key": {"pk": items[0]["pk"]},
        "UpdateExpression": "SET #n = :n, address.city = :city ADD visits :one",
        "ExpressionAttributeNames": {"#n": "name"},
        "ExpressionAttributeValues": {
            ":n": {"S": "Customer Renamed " + "y" * 40},
            ":city": {"S": "Shelbyville"},
            ":one": {"N": "1"},
        },
    }
    return {
        "PutItem 1 KB": (
            "PutItem",
            Variants(lambda k: {"TableName": TABLE, "Item": seq(items[1], k)}),
        ),
        "UpdateItem SET+ADD": ("UpdateItem", update),
        "BatchWriteItem 25": (
            "BatchWriteItem",
            Variants(
                lambda k: {
                    "RequestItems": {TABLE: [{"PutRequest": {"Item": seq(i, k)}} for i in items]}
                }
            ),
        ),
    }


METHOD = {"PutItem": "put_item", "UpdateItem": "update_item", "BatchWriteItem": "batch_write_item"}


def seed(fake: Any, moto_client: Any, make_item: Callable[[int], dict[str, Any]]) -> None:
    """The write table into the fake and into moto, the same items in both."""
    items = [_rekeyed(make_item, i) for i in range(COUNT)]
    fake.table(TABLE, partition_key="pk", items=items, format="dynamodb")
    moto_client.create_table(
        TableName=TABLE,
        BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
    )
    for item in items:
        moto_client.put_item(TableName=TABLE, Item=item)


def main(argv: list[str] | None = None) -> int:
    """The write workloads alone: bench.py's call measurement, nothing else."""
    import bench

    return bench.main([*(sys.argv[1:] if argv is None else argv), "--only", "writes"])


if __name__ == "__main__":
    sys.exit(main())
