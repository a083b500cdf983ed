"""Table admin request validation through boto3: tags (TagResource, UntagResource, CreateTable's
Tags, a resource that is not an ARN), attribute name lengths (key schemas, definitions,
projections, time to live) and duplicates, with DynamoDB's messages (docs/errors.md,
"Table admin")."""

from __future__ import annotations

from typing import Any

import pytest

from pytest_dynafake import DynaFake

from .test_create_table import definitions, key

INVALID = "One or more parameter values were invalid: "
LONG = "L" * 256
TOO_LONG = "Member must have length less than or equal to 255"
TOO_SHORT = "Member must have length greater than or equal to 1"
VALIDATION = "ValidationException"
VALUE_INVALID = "The Tag Value provided is invalid, Value: "


def on_demand(client: Any, name: str = "things", **more: Any) -> str:
    client.create_table(
        TableName=name,
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
        **more,
    )
    arn: str = client.describe_table(TableName=name)["Table"]["TableArn"]
    return arn


def tags(client: Any, arn: str) -> list[dict[str, str]]:
    listed: list[dict[str, str]] = client.list_tags_of_resource(ResourceArn=arn)["Tags"]
    return listed


# -- TagResource ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ({"Key": "dog"}, "The Tag Value provided is invalid, Value: null"),
        ({"Value": "dog"}, "The Tag Key provided is invalid, Key: null"),
        ({}, "The Tag Key provided is invalid, Key: null"),
        ({"Key": "", "Value": "dog"}, "The Tag Key provided is invalid, Key: "),
        ({"Key": "k" * 129, "Value": "v"}, "The Tag Key provided is invalid, Key: " + "k" * 129),
        ({"Key": "k", "Value": "v" * 257}, VALUE_INVALID + "v" * 257),
        ({"Key": "hi!", "Value": "dog"}, "The Tag Key provided is invalid, Key: hi!"),
        ({"Key": "dog", "Value": "d%g"}, "The Tag Value provided is invalid, Value: d%g"),
        ({"Key": '"hello"', "Value": "x!"}, 'The Tag Key provided is invalid, Key: "hello"'),
        ({"Key": "k🔑", "Value": "v"}, "The Tag Key provided is invalid, Key: k🔑"),
        ({"Key": "aws:zzz", "Value": "v"}, "Tag Key cannot be prefixed with aws:, Key: aws:zzz"),
    ],
)
def test_tag_resource_refuses_a_bad_tag_and_applies_none(
    raw_client: Any, error_of: Any, tag: dict[str, str], message: str
) -> None:
    arn = on_demand(raw_client)
    good = {"Key": "good", "Value": "1"}
    assert error_of(raw_client.tag_resource, ResourceArn=arn, Tags=[good, tag]) == (
        VALIDATION,
        message,
    )
    assert tags(raw_client, arn) == []


def test_tag_resource_takes_the_longest_tags_and_the_allowed_characters(client: Any) -> None:
    arn = on_demand(client)
    allowed = [
        {"Key": "k" * 128, "Value": "v" * 256},
        {"Key": "é ключ 表", "Value": ""},
        {"Key": "a+b-c=d.e_f:g/h@i 1", "Value": "a+b-c=d.e_f:g/h@i 2"},
    ]
    client.tag_resource(ResourceArn=arn, Tags=allowed)
    assert tags(client, arn) == allowed


def test_tag_resource_refuses_a_key_twice(raw_client: Any, error_of: Any) -> None:
    arn = on_demand(raw_client)
    twice = [{"Key": "dup", "Value": "1"}, {"Key": "dup", "Value": "2"}]
    assert error_of(raw_client.tag_resource, ResourceArn=arn, Tags=twice) == (
        VALIDATION,
        "Duplicate Tag Keys provided as input: Duplicate Tag Key found dup",
    )
    assert tags(raw_client, arn) == []


def test_tag_resource_counts_the_tags_after_the_merge(client: Any, error_of: Any) -> None:
    too_many = "Number of Tags exceed the current limit for the provided ResourceArn"
    arn = on_demand(client)
    fifty_one = [{"Key": str(i), "Value": str(i)} for i in range(51)]
    assert error_of(client.tag_resource, ResourceArn=arn, Tags=fifty_one) == (
        VALIDATION,
        too_many,
    )
    client.tag_resource(ResourceArn=arn, Tags=fifty_one[:40])
    assert error_of(client.tag_resource, ResourceArn=arn, Tags=fifty_one[30:]) == (
        VALIDATION,
        too_many,
    )
    client.tag_resource(ResourceArn=arn, Tags=fifty_one[30:50])  # 50 after the merge
    again = [{"Key": str(i), "Value": "new"} for i in range(50)]
    client.tag_resource(ResourceArn=arn, Tags=again)  # 50 replaced: still 50
    assert tags(client, arn) == again


# -- UntagResource ------------------------------------------------------------------------------
def test_untag_resource_checks_its_keys(raw_client: Any, error_of: Any) -> None:
    arn = on_demand(raw_client, Tags=[{"Key": "a", "Value": "1"}])
    for keys, message in (
        ([""], "The Tag Key provided is invalid, Key: "),
        (["a", "k" * 129], "The Tag Key provided is invalid, Key: " + "k" * 129),
        (
            [str(i) for i in range(51)],
            "Number of Tags exceed the current limit for the provided ResourceArn",
        ),
    ):
        assert error_of(raw_client.untag_resource, ResourceArn=arn, TagKeys=keys) == (
            VALIDATION,
            message,
        )
    assert tags(raw_client, arn) == [{"Key": "a", "Value": "1"}]


# -- a resource that is not an ARN --------------------------------------------------------------
def test_tagging_a_name_that_is_not_an_arn(client: Any, error_of: Any) -> None:
    on_demand(client)
    message = INVALID + "ARNs must start with 'arn:': I_do_not_exist"
    tag = [{"Key": "k", "Value": "v"}]
    assert error_of(client.tag_resource, ResourceArn="I_do_not_exist", Tags=tag) == (
        VALIDATION,
        message,
    )
    assert error_of(client.untag_resource, ResourceArn="I_do_not_exist", TagKeys=["k"]) == (
        VALIDATION,
        message,
    )
    assert error_of(client.list_tags_of_resource, ResourceArn="I_do_not_exist") == (
        VALIDATION,
        message,
    )


# -- CreateTable's Tags -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            [{"Key": str(i), "Value": str(i)} for i in range(100)],
            "Number of Tags exceed the current limit for the provided ResourceArn",
        ),
        ([{"Key": "k"}], "The Tag Value provided is invalid, Value: null"),
        ([{"Key": "hi!", "Value": "v"}], "The Tag Key provided is invalid, Key: hi!"),
        (
            [{"Key": "d", "Value": "1"}, {"Key": "d", "Value": "1"}],
            "Duplicate Tag Keys provided as input: Duplicate Tag Key found d",
        ),
    ],
)
def test_create_table_refuses_bad_tags_and_creates_nothing(
    dynafake: DynaFake, raw_client: Any, error_of: Any, given: Any, message: str
) -> None:
    assert error_of(
        raw_client.create_table,
        TableName="things",
        KeySchema=key(("pk", "HASH")),
        AttributeDefinitions=definitions(("pk", "S")),
        BillingMode="PAY_PER_REQUEST",
        Tags=given,
    ) == (VALIDATION, message)
    assert list(dynafake.tables) == []


def test_create_table_with_no_tags(client: Any) -> None:
    arn = on_demand(client, Tags=[])
    assert tags(client, arn) == []


# -- attribute name lengths ---------------------------------------------------------------------
def too_long(field: str, name: str = LONG, constraint: str = TOO_LONG) -> str:
    return f"Value '{name}' at '{field}' failed to satisfy constraint: {constraint}"


def detected(*errors: str) -> tuple[str, str]:
    count = f"{len(errors)} validation error{'s' if len(errors) > 1 else ''} detected: "
    return VALIDATION, count + "; ".join(errors)


GSI_KEY = "globalSecondaryIndexes.1.member.keySchema.1.member.attributeName"


@pytest.mark.parametrize(
    ("schema", "defined", "errors"),
    [
        (
            [("pk", LONG)],
            [LONG],
            [
                too_long("attributeDefinitions.1.member.attributeName"),
                too_long("keySchema.1.member.attributeName"),
            ],
        ),
        (
            [("pk", "x"), ("sk", LONG)],
            ["x", LONG],
            [
                too_long("attributeDefinitions.2.member.attributeName"),
                too_long("keySchema.2.member.attributeName"),
            ],
        ),
        # the lengths come before the definitions' consistency with the key schema
        ([("pk", LONG)], ["short"], [too_long("keySchema.1.member.attributeName")]),
        ([("pk", "short")], [LONG], [too_long("attributeDefinitions.1.member.attributeName")]),
        (
            [("pk", "x"), ("sk", "")],
            ["x", ""],
            [
                too_long("attributeDefinitions.2.member.attributeName", "", TOO_SHORT),
                too_long("keySchema.2.member.attributeName", "", TOO_SHORT),
            ],
        ),
    ],
)
def test_create_table_key_names_of_more_than_255_characters(
    dynafake: DynaFake,
    raw_client: Any,
    error_of: Any,
    schema: list[tuple[str, str]],
    defined: list[str],
    errors: list[str],
) -> None:
    kinds = ("HASH", "RANGE")
    assert error_of(
        raw_client.create_table,
        TableName="things",
        KeySchema=key(*((name, kinds[i]) for i, (_, name) in enumerate(schema))),
        AttributeDefinitions=definitions(*((name, "S") for name in defined)),
        BillingMode="PAY_PER_REQUEST",
    ) == detected(*errors)
    assert list(dynafake.tables) == []


def test_create_table_index_key_and_projected_names_of_more_than_255_characters(
    raw_client: Any, error_of: Any
) -> None:
    def create(defined: list[str], **indexes: Any) -> tuple[str, str]:
        code_message: tuple[str, str] = error_of(
            raw_client.create_table,
            TableName="things",
            KeySchema=key(("pk", "HASH"), ("sk", "RANGE")),
            AttributeDefinitions=definitions(*((name, "S") for name in defined)),
            BillingMode="PAY_PER_REQUEST",
            **indexes,
        )
        return code_message

    gsi = {
        "IndexName": "by_x",
        "KeySchema": key((LONG, "HASH")),
        "Projection": {"ProjectionType": "ALL"},
    }
    assert create(["pk", "sk", LONG], GlobalSecondaryIndexes=[gsi]) == detected(
        too_long("attributeDefinitions.3.member.attributeName"), too_long(GSI_KEY)
    )
    assert create(["pk", "sk", "q"], GlobalSecondaryIndexes=[gsi]) == detected(too_long(GSI_KEY))
    lsi = {
        "IndexName": "by_l",
        "KeySchema": key(("pk", "HASH"), (LONG, "RANGE")),
        "Projection": {"ProjectionType": "ALL"},
    }
    assert create(["pk", "sk"], LocalSecondaryIndexes=[lsi]) == detected(
        too_long("localSecondaryIndexes.1.member.keySchema.2.member.attributeName")
    )
    include = {
        "IndexName": "by_x",
        "KeySchema": key(("x", "HASH")),
        "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["a", LONG]},
    }
    projected = (
        "Member must satisfy constraint: [Member must have length less than or equal to 255, "
        "Member must have length greater than or equal to 1]"
    )
    assert create(["pk", "sk", "x"], GlobalSecondaryIndexes=[include]) == detected(
        too_long(
            "globalSecondaryIndexes.1.member.projection.nonKeyAttributes",
            f"[a, {LONG}]",
            projected,
        )
    )


def test_update_table_index_key_names_of_more_than_255_characters(
    raw_client: Any, error_of: Any
) -> None:
    on_demand(raw_client)
    create = "globalSecondaryIndexUpdates.1.member.create"

    def update(defined: str, hashed: str, projection: Any) -> tuple[str, str]:
        code_message: tuple[str, str] = error_of(
            raw_client.update_table,
            TableName="things",
            AttributeDefinitions=definitions((defined, "S")),
            GlobalSecondaryIndexUpdates=[
                {
                    "Create": {
                        "IndexName": "by_x",
                        "KeySchema": key((hashed, "HASH")),
                        "Projection": projection,
                    }
                }
            ],
        )
        return code_message

    every = {"ProjectionType": "ALL"}
    assert update(LONG, LONG, every) == detected(
        too_long("attributeDefinitions.1.member.attributeName"),
        too_long(f"{create}.keySchema.1.member.attributeName"),
    )
    assert update("q", LONG, every) == detected(
        too_long(f"{create}.keySchema.1.member.attributeName")
    )
    assert update(LONG, "q", every) == detected(
        too_long("attributeDefinitions.1.member.attributeName")
    )
    assert update("q", "q", {"ProjectionType": "INCLUDE", "NonKeyAttributes": [""]}) == detected(
        too_long(
            f"{create}.projection.nonKeyAttributes",
            "[]",
            "Member must satisfy constraint: [Member must have length less than or equal to "
            "255, Member must have length greater than or equal to 1]",
        )
    )


@pytest.mark.parametrize(
    ("name", "constraint"), [("", TOO_SHORT), (LONG, TOO_LONG)], ids=["empty", "256"]
)
def test_update_time_to_live_attribute_name_length(
    raw_client: Any, error_of: Any, name: str, constraint: str
) -> None:
    on_demand(raw_client)
    assert error_of(
        raw_client.update_time_to_live,
        TableName="things",
        TimeToLiveSpecification={"AttributeName": name, "Enabled": True},
    ) == detected(too_long("timeToLiveSpecification.attributeName", name, constraint))
    assert raw_client.describe_time_to_live(TableName="things")["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "DISABLED"
    }
    raw_client.update_time_to_live(
        TableName="things", TimeToLiveSpecification={"AttributeName": LONG[:255], "Enabled": True}
    )


# -- duplicates and key attributes in a projection -----------------------------------------------
def test_create_table_an_attribute_defined_twice(raw_client: Any, error_of: Any) -> None:
    assert error_of(
        raw_client.create_table,
        TableName="things",
        KeySchema=key(("xyz", "HASH")),
        AttributeDefinitions=definitions(("xyz", "S"), ("xyz", "N")),
        BillingMode="PAY_PER_REQUEST",
    ) == (VALIDATION, "Attribute Name is duplicated: xyz")
    assert error_of(
        raw_client.create_table,
        TableName="things",
        KeySchema=key(("p", "HASH")),
        AttributeDefinitions=definitions(("p", "S"), ("xyz", "S"), ("xyz", "N")),
        BillingMode="PAY_PER_REQUEST",
        GlobalSecondaryIndexes=[
            {
                "IndexName": "hello",
                "KeySchema": key(("xyz", "HASH")),
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
    ) == (VALIDATION, "Attribute Name is duplicated: xyz")


def include(*names: str) -> dict[str, Any]:
    return {"ProjectionType": "INCLUDE", "NonKeyAttributes": list(names)}


def test_an_index_projecting_an_attribute_twice(raw_client: Any, error_of: Any) -> None:
    twice = (VALIDATION, INVALID + "Duplicate element in NonKeyAttributes: a")
    index = {"IndexName": "hello", "KeySchema": key(("x", "HASH")), "Projection": include("a", "a")}
    assert (
        error_of(
            raw_client.create_table,
            TableName="things",
            KeySchema=key(("p", "HASH")),
            AttributeDefinitions=definitions(("p", "S"), ("x", "S")),
            BillingMode="PAY_PER_REQUEST",
            GlobalSecondaryIndexes=[index],
        )
        == twice
    )
    on_demand(raw_client)
    assert (
        error_of(
            raw_client.update_table,
            TableName="things",
            AttributeDefinitions=definitions(("x", "S")),
            GlobalSecondaryIndexUpdates=[{"Create": index}],
        )
        == twice
    )


def test_an_index_may_project_key_attributes_by_name(dynafake: DynaFake, client: Any) -> None:
    created = client.create_table(
        TableName="things",
        KeySchema=key(("p", "HASH")),
        AttributeDefinitions=definitions(("p", "S"), ("x", "S")),
        BillingMode="PAY_PER_REQUEST",
        GlobalSecondaryIndexes=[
            {"IndexName": "hello", "KeySchema": key(("x", "HASH")), "Projection": include("a", "x")}
        ],
    )["TableDescription"]
    assert created["GlobalSecondaryIndexes"][0]["Projection"] == include("a", "x")
    client.put_item(
        TableName="things",
        Item={"p": {"S": "1"}, "x": {"S": "2"}, "a": {"S": "3"}, "b": {"S": "4"}},
    )
    scanned = client.scan(TableName="things", IndexName="hello")["Items"]
    assert scanned == [{"p": {"S": "1"}, "x": {"S": "2"}, "a": {"S": "3"}}]
    client.update_table(
        TableName="things",
        AttributeDefinitions=definitions(("y", "S")),
        GlobalSecondaryIndexUpdates=[
            {
                "Create": {
                    "IndexName": "by_y",
                    "KeySchema": key(("y", "HASH")),
                    "Projection": include("p", "y", "b"),
                }
            }
        ],
    )
    described = client.describe_table(TableName="things")["Table"]["GlobalSecondaryIndexes"]
    assert [i["Projection"] for i in described] == [include("a", "x"), include("p", "y", "b")]
    dynafake.table(
        "seeded",
        ("p", "S"),
        indexes={"by_x": {"partition_key": ("x", "S"), "projection": ["x", "p", "a"]}},
        items=[{"p": "1", "x": "2", "a": "3", "b": "4"}],
    )
    assert client.scan(TableName="seeded", IndexName="by_x")["Items"] == scanned
