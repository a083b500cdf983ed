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
