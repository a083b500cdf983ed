"""Other fakes on the same clients are refused or announced, never silently shadowed."""

from __future__ import annotations

import boto3
import pytest
from botocore.stub import Stubber

from pytest_dynafake import DynaFake, DynaFakeError, DynaFakeWarning
from pytest_dynafake._conflicts import MOTO_ACTIVE, STUBBER_ACTIVE


def test_a_stubber_cannot_be_activated_on_dynamodb_under_a_fake(dynafake: DynaFake) -> None:
    stubber = Stubber(boto3.client("dynamodb"))
    with pytest.raises(DynaFakeError) as raised:
        stubber.activate()
    assert str(raised.value) == STUBBER_ACTIVE
    assert STUBBER_ACTIVE.startswith("a botocore Stubber is active on a DynamoDB client")


def test_a_fake_cannot_start_while_a_dynamodb_stubber_is_active() -> None:
    with Stubber(boto3.client("dynamodb")), pytest.raises(DynaFakeError) as raised:
        DynaFake().start()
    assert str(raised.value) == STUBBER_ACTIVE
    with DynaFake():  # the stubber is gone
        pass


def test_stubbers_on_other_services_are_fine(dynafake: DynaFake) -> None:
    with Stubber(boto3.client("s3")):
        pass


def test_moto_alongside_is_announced() -> None:
    moto = pytest.importorskip("moto")
    with moto.mock_aws(), pytest.warns(DynaFakeWarning) as record, DynaFake():
        pass
    assert [str(w.message) for w in record] == [MOTO_ACTIVE]
