"""The rest of the toolbox: seed files, schedules, the call log, a frozen clock, the report."""

from __future__ import annotations

import time
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from freezegun import freeze_time

from pytest_dynafake import DynaFake

from .shop.repository import ShopRepository


@pytest.mark.dynafake(files=["data/shop.json"])  # relative to this file
def test_users_seeded_from_a_file(repository: ShopRepository) -> None:
    assert repository.load_users(["ada", "nobody"]) == {
        "ada": {"user_id": "ada", "name": "Ada Lovelace", "plan": "pro"}
    }


@pytest.mark.dynafake(files=["data/shop.json"])
def test_a_throttle_from_the_third_call_on(dynafake: DynaFake, repository: ShopRepository) -> None:
    """after=2: the first two calls pass, the third is throttled once and retried."""
    fault = dynafake.throttle("BatchGetItem", after=2)
    for _ in range(3):
        repository.load_users(["ada"])
    assert fault.call_count == 1
    assert [call.attempt for call in dynafake.get_calls("BatchGetItem")] == [1, 1, 1, 2]


@pytest.mark.dynafake(files=["data/shop.json"])
def test_random_throttling_is_replayable(dynafake: DynaFake, repository: ShopRepository) -> None:
    """A seeded probability gives the same pattern on every run (the seed is printed if the
    test fails)."""
    dynafake.throttle("BatchGetItem", probability=0.5, seed=11, times=None)
    for _ in range(5):
        repository.load_users(["ada"])
    pattern = [call.outcome == "ok" for call in dynafake.calls]
    assert pattern.count(True) == 5  # every load got through in the end


@pytest.mark.dynafake(files=["data/shop.json"])
def test_backoff_moves_a_frozen_clock(dynafake: DynaFake) -> None:
    """Under freezegun, botocore's backoff advances the frozen clock instead of sleeping."""
    dynafake.throttle("GetItem", times=4)
    client = boto3.client("dynamodb", config=Config(retries={"mode": "legacy"}))
    with freeze_time("2026-11-23 12:00:00"):
        started = time.time()
        client.get_item(TableName="users", Key={"user_id": {"S": "grace"}})
        assert time.time() - started == pytest.approx(0.05 + 0.1 + 0.2 + 0.4)
    assert dynafake.sleeps == [0.05, 0.1, 0.2, 0.4]


@pytest.mark.dynafake(files=["data/shop.json"])
def test_the_call_log_shows_what_the_code_sent(
    dynafake: DynaFake, repository: ShopRepository
) -> None:
    repository.load_users(["ada", "grace"])
    call = dynafake.get_call("BatchGetItem")
    assert call.tables == ("users",)
    assert call.keys == [
        ("users", {"user_id": {"S": "ada"}}),
        ("users", {"user_id": {"S": "grace"}}),
    ]


CUSTOMERS = {"customers": {"partition_key": "customer_id"}}
SCAN_OUTPUT = Path(__file__).parent / "data" / "customers-scan.json"


@pytest.mark.dynafake(tables=CUSTOMERS, files=[("data/customers-scan.json", "customers")])
def test_a_table_filled_from_aws_dynamodb_scan_output() -> None:
    """`aws dynamodb scan --table-name customers > customers-scan.json` fills the declared
    table; S3 exports (JSON lines, gzipped or not) load the same way."""
    client = boto3.client("dynamodb")
    item = client.get_item(TableName="customers", Key={"customer_id": {"S": "c-001"}})["Item"]
    assert item["balance"] == {"N": "1250.5"}  # numbers come back canonical, as DynamoDB's do


def test_the_seed_files_themselves_are_valid() -> None:
    """Big files are checked key by key at load and item by item on first read; a guard test
    with check="all" checks every attribute of every item now."""
    fake = DynaFake(tables=CUSTOMERS)
    fake.load(SCAN_OUTPUT, table="customers", check="all")
    assert len(fake.tables["customers"]) == 2
