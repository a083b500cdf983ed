"""Time to live (DescribeTimeToLive, UpdateTimeToLive) and tags (TagResource, UntagResource,
ListTagsOfResource): stored on the table, in the fake that served the request. Nothing
expires: the fake never deletes an item by its time to live, as DynamoDB Local does not."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _messages_admin as a
from .. import _validation as v
from .._shape import BOOL, STR, Shape, nulls_as_empty
from .._store import Table
from .._wire import dumps
from ._common import RequestContext, find, name_errors, resolve
from ._names import name_errors as name_length_errors
from ._tags import check_tag_keys, check_tags
from .create_table import null_error
from .tables import Answer

DESCRIBE_TTL_SHAPE: dict[str, Shape] = {"TableName": STR}
UPDATE_TTL_SHAPE: dict[str, Shape] = {
    "TableName": STR,
    "TimeToLiveSpecification": {"Enabled": BOOL, "AttributeName": STR},
}
TAG_SHAPE: dict[str, Shape] = {"ResourceArn": STR, "Tags": [{"Key": STR, "Value": STR}]}
UNTAG_SHAPE: dict[str, Shape] = {"ResourceArn": STR, "TagKeys": [STR]}
LIST_TAGS_SHAPE: dict[str, Shape] = {"ResourceArn": STR, "NextToken": STR}


def _name(body: Mapping[str, Any]) -> str:
    name = body.get("TableName")
    errors = name_errors(name, "tableName")
    if errors:
        raise v.constraint_errors(errors)
    assert isinstance(name, str)
    return name


def describe_time_to_live(body: Mapping[str, Any], context: RequestContext) -> Answer:
    table = resolve(context, _name(body), v.TABLE_NOT_FOUND_NAMED)
    ttl = table.extra.get("TimeToLive")
    if ttl is None or not ttl["Enabled"]:
        described: dict[str, Any] = {"TimeToLiveStatus": "DISABLED"}
    else:
        described = {"TimeToLiveStatus": "ENABLED", "AttributeName": ttl["AttributeName"]}
    return Answer(dumps({"TimeToLiveDescription": described}))


def update_time_to_live(body: Mapping[str, Any], context: RequestContext) -> Answer:
    name = _name(body)
    spec = body.get("TimeToLiveSpecification")
    if spec is None:
        raise v.invalid(a.TTL_SPEC_NULL)
    errors = [
        null_error(f"timeToLiveSpecification.{field}")
        for field, member in (("attributeName", "AttributeName"), ("enabled", "Enabled"))
        if spec.get(member) is None
    ]
    field = "timeToLiveSpecification.attributeName"
    errors[:0] = name_length_errors(spec.get("AttributeName"), field)
    if errors:
        raise v.constraint_errors(errors)
    writer = context.writer
    with writer.lock:
        current = resolve(context, name, v.TABLE_NOT_FOUND_NAMED).extra.get("TimeToLive") or {}
        on = bool(current.get("Enabled"))
        if on and current["AttributeName"] != spec["AttributeName"]:
            raise v.invalid(a.TTL_OTHER_ATTRIBUTE.format(name=current["AttributeName"]))
        if on and spec["Enabled"]:
            raise v.invalid(a.TTL_ALREADY_ENABLED)
        if not on and not spec["Enabled"]:
            raise v.invalid(a.TTL_ALREADY_DISABLED)
        table = writer.writable(name, v.TABLE_NOT_FOUND_NAMED)
        stored = {"Enabled": spec["Enabled"], "AttributeName": spec["AttributeName"]}
        table.extra = {**table.extra, "TimeToLive": stored}
    return Answer(dumps({"TimeToLiveSpecification": stored}))


def _arn_table(body: Mapping[str, Any], context: RequestContext) -> tuple[str, Table]:
    arn = body.get("ResourceArn")
    if arn is None:
        raise v.constraint_errors([null_error("resourceArn")])
    if not arn.startswith("arn:"):
        raise v.invalid(a.ARN_NOT_ARN.format(arn=arn))
    name = arn.rpartition(":table/")[2] if ":table/" in arn else ""
    if not name or "/" in name:
        raise v.invalid(a.INVALID_ARN.format(arn=arn))
    table = find(context, name)
    if table is None:
        raise v.AwsError(v.RESOURCE_NOT_FOUND, a.ARN_NOT_FOUND.format(arn=arn))
    return name, table


def tag_resource(body: Mapping[str, Any], context: RequestContext) -> Answer:
    nulls_as_empty(TAG_SHAPE, body)
    writer = context.writer
    with writer.lock:
        name, current = _arn_table(body, context)
        tags = body.get("Tags")
        if tags is None:
            raise v.constraint_errors([null_error("tags")])
        if not tags:
            raise v.invalid(a.TAGS_EMPTY)
        check_tags(tags, [t["Key"] for t in current.extra.get("Tags") or ()])
        table = writer.writable(name)
        merged = {t["Key"]: t["Value"] for t in table.extra.get("Tags") or ()}
        merged.update((t["Key"], t["Value"]) for t in tags)
        table.extra = {**table.extra, "Tags": [{"Key": k, "Value": x} for k, x in merged.items()]}
    return Answer("{}")


def untag_resource(body: Mapping[str, Any], context: RequestContext) -> Answer:
    writer = context.writer
    with writer.lock:
        name, _ = _arn_table(body, context)
        keys = body.get("TagKeys")
        if keys is None:
            raise v.constraint_errors([null_error("tagKeys")])
        if not keys:
            raise v.invalid(a.TAG_KEYS_EMPTY)
        check_tag_keys(keys)
        table = writer.writable(name)
        kept = [t for t in table.extra.get("Tags") or () if t["Key"] not in keys]
        table.extra = {**table.extra, "Tags": kept}
    return Answer("{}")


def list_tags_of_resource(body: Mapping[str, Any], context: RequestContext) -> Answer:
    _, table = _arn_table(body, context)
    tags = [{"Key": t["Key"], "Value": t["Value"]} for t in table.extra.get("Tags") or ()]
    return Answer(dumps({"Tags": tags}))
