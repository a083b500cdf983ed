"""DescribeTable and ListTables, for the declared tables (boto3's resource layer and waiters
call them)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from .. import _validation as v
from .._botocore.partitions import partition_of
from .._shape import INT, STR, Shape
from .._store import GLOBAL, LOCAL, Table
from .._wire import dumps
from ._common import RequestContext, Target, name_errors, resolve
from .directives import Directive

# The account every fake ARN names.
ACCOUNT = "123456789012"
DESCRIBE_SHAPE: dict[str, Shape] = {"TableName": STR}
LIST_SHAPE: dict[str, Shape] = {"ExclusiveStartTableName": STR, "Limit": INT}


class Answer(NamedTuple):
    """A plan whose answer is known once validated."""

    body: str
    targets: Sequence[Target] = ()

    def run(self, directive: Directive | None = None) -> str:
        return self.body


def describe_table(body: Mapping[str, Any], context: RequestContext) -> Answer:
    name = body.get("TableName")
    errors = name_errors(name, "tableName")
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    table = resolve(context, name, v.TABLE_NOT_FOUND_NAMED)
    return Answer(dumps({"Table": describe(table, context.region)}), (Target(name, table, None),))


def arn_of(name: str, region: str) -> str:
    """A table's ARN in the fake's account."""
    return f"arn:{partition_of(region)[0]}:dynamodb:{region}:{ACCOUNT}:table/{name}"


def describe(table: Table, region: str) -> dict[str, Any]:
    """DescribeTable's ``Table``: the key schema, and what ``create_table`` declared."""
    extra = table.extra
    arn = arn_of(table.name, region)
    key_schema = [{"AttributeName": table.hash_key.name, "KeyType": "HASH"}]
    if table.range_key is not None:
        key_schema.append({"AttributeName": table.range_key.name, "KeyType": "RANGE"})
    throughput = extra.get("ProvisionedThroughput") or {}
    described: dict[str, Any] = {
        "AttributeDefinitions": extra.get("AttributeDefinitions")
        or [{"AttributeName": a.name, "AttributeType": a.type} for a in table.key_attributes],
        "TableName": table.name,
        "KeySchema": key_schema,
        "TableStatus": "ACTIVE",
        "CreationDateTime": table.created,
        "ProvisionedThroughput": {
            "NumberOfDecreasesToday": 0,
            "ReadCapacityUnits": int(throughput.get("ReadCapacityUnits", 0)),
            "WriteCapacityUnits": int(throughput.get("WriteCapacityUnits", 0)),
        },
        # An estimate, as the service's is (updated about every six hours): see
        # docs/tables.md#describetable-of-a-large-seed-file.
        "TableSizeBytes": sum(item.size_estimate for item in table.items.values()),
        "ItemCount": len(table.items),
        "TableArn": arn,
        "TableId": str(uuid.uuid5(uuid.NAMESPACE_URL, arn)),
        "DeletionProtectionEnabled": bool(extra.get("DeletionProtectionEnabled", False)),
    }
    mode = extra.get("BillingMode", "PAY_PER_REQUEST")
    if mode == "PAY_PER_REQUEST" or extra.get("WasOnDemand"):
        # A table switched to PROVISIONED keeps the summary, as the service shows it.
        described["BillingModeSummary"] = {
            "BillingMode": mode,
            "LastUpdateToPayPerRequestDateTime": table.created,
        }
    for field, kind in (("LocalSecondaryIndexes", LOCAL), ("GlobalSecondaryIndexes", GLOBAL)):
        indexes = [index for index in table.indexes.values() if index.kind == kind]
        if indexes:
            described[field] = [index.describe(arn) for index in indexes]
    stream = extra.get("StreamSpecification")
    if stream is not None and stream.get("StreamEnabled"):
        described["StreamSpecification"] = stream
    label = extra.get("LatestStreamLabel")
    if label is None and stream is not None and stream.get("StreamEnabled"):
        label = extra["LatestStreamLabel"] = stream_label(table.created)
    if label is not None:  # kept once the stream is disabled, as the service does
        described["LatestStreamLabel"] = label
        described["LatestStreamArn"] = f"{arn}/stream/{label}"
    sse = extra.get("SSESpecification")
    if sse is not None and sse.get("Enabled"):
        key = sse.get("KMSMasterKeyId") or (
            f"arn:{partition_of(region)[0]}:kms:{region}:{ACCOUNT}:key/"
            + str(uuid.uuid5(uuid.NAMESPACE_URL, arn + "/kms"))
        )
        described["SSEDescription"] = {
            "Status": "ENABLED",
            "SSEType": "KMS",
            "KMSMasterKeyArn": key,
        }
    if "TableClass" in extra:
        described["TableClassSummary"] = {"TableClass": extra["TableClass"]}
    return described


def stream_label(created: float) -> str:
    """A stream's label: its creation time to the millisecond, as DynamoDB writes it."""
    seconds = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created))
    return f"{seconds}.{int(created * 1000) % 1000:03d}"


def list_tables(body: Mapping[str, Any], context: RequestContext) -> Answer:
    limit = body.get("Limit")
    if limit is None:
        limit = 100
    if not 1 <= limit <= 100:
        raise v.constraint_errors(
            [
                v.CONSTRAINT.format(
                    value=f"'{limit}'",
                    field="limit",
                    constraint="Member must have value "
                    + (
                        "less than or equal to 100" if limit > 100 else "greater than or equal to 1"
                    ),
                )
            ]
        )
    start = body.get("ExclusiveStartTableName")
    if start is not None:
        errors = name_errors(start, "exclusiveStartTableName")
        if errors:
            raise v.constraint_errors(errors)
    region, tables = context.region, context.tables
    names = sorted(
        n for n in tables if (start is None or n > start) and tables[n].region in (None, region)
    )
    page = names[:limit]
    out: dict[str, Any] = {"TableNames": page}
    if len(names) > limit:
        out["LastEvaluatedTableName"] = page[-1]
    return Answer(dumps(out))
