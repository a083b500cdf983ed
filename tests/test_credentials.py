"""Fake credentials for the class as for the fixture: while a DynaFake is active (``with`` or
start()/stop()), a client built without credentials signs with static fake ones; leaving gives
os.environ back exactly as it was, in stack order, leaving alone what the user changed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import NoCredentialsError

from pytest_dynafake import DynaFake

ROOT = Path(__file__).resolve().parent.parent
FAKED = {
    "AWS_ACCESS_KEY_ID": "dynafake-access-key",
    "AWS_SECRET_ACCESS_KEY": "dynafake-secret-key",
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_DEFAULT_REGION": "us-east-1",
}
USERS = {"users": {"partition_key": "user_id", "items": [{"user_id": "x", "name": "Ada"}]}}
ITEM = {"user_id": {"S": "x"}, "name": {"S": "Ada"}}


@pytest.fixture
def bare(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """A machine without AWS configuration: no AWS_ variable (the plugin's session fill and the
    root conftest's file settings removed), HOME an empty folder (no ~/.aws). Returns the
    environment as it is then."""
    for name in [n for n in os.environ if n.startswith(("AWS_", "BOTO_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    return environ()


def environ() -> dict[str, str]:
    """os.environ, without the variable pytest changes between setup and call."""
    return {n: v for n, v in os.environ.items() if n != "PYTEST_CURRENT_TEST"}


def fresh_client(**kwargs: Any) -> Any:
    """A client of a new session: credentials and region are resolved now, from os.environ."""
    return boto3.session.Session().client(
        "dynamodb", config=Config(retries={"mode": "standard", "total_max_attempts": 1}), **kwargs
    )


def get_item() -> Any:
    answer = fresh_client().get_item(TableName="users", Key={"user_id": {"S": "x"}})
    return answer["Item"]


def test_the_class_outside_pytest_answers_without_credentials(tmp_path: Path) -> None:
    """The README's `with DynaFake(...)` in a plain script, on a machine without credentials."""
    script = textwrap.dedent(
        """
        import os
        import boto3
        from pytest_dynafake import DynaFake

        before = dict(os.environ)
        with DynaFake(tables={"users": {"partition_key": "user_id", "items": [{"user_id": "x"}]}}):
            client = boto3.client("dynamodb", region_name="us-east-1")
            print(client.get_item(TableName="users", Key={"user_id": {"S": "x"}})["Item"])
        print(dict(os.environ) == before)
        """
    )
    env = {n: v for n, v in os.environ.items() if not n.startswith(("AWS_", "BOTO_"))}
    env |= {"HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "{'user_id': {'S': 'x'}}\nTrue\n"


def test_inside_the_block_a_client_needs_no_credentials_nor_region(bare: dict[str, str]) -> None:
    with DynaFake(tables=USERS):
        assert {n: v for n, v in os.environ.items() if n.startswith("AWS_")} == FAKED
        assert get_item() == ITEM
    assert environ() == bare


def test_start_and_stop_set_and_give_back_the_environment(bare: dict[str, str]) -> None:
    fake = DynaFake(tables=USERS).start()
    try:
        assert get_item() == ITEM
    finally:
        fake.stop()
    assert environ() == bare


def test_real_credentials_are_replaced_inside_and_back_after(
    bare: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in the fixture: real keys, session tokens and profiles never sign; a region set stays."""
    real = {
        "AWS_ACCESS_KEY_ID": "real",
        "AWS_SECRET_ACCESS_KEY": "real-secret",
        "AWS_SESSION_TOKEN": "token",
        "AWS_SECURITY_TOKEN": "old-token",
        "AWS_PROFILE": "prod",
        "AWS_DEFAULT_REGION": "eu-west-1",
    }
    for name, value in real.items():
        monkeypatch.setenv(name, value)
    before = environ()
    with DynaFake(tables=USERS):
        assert {n: v for n, v in os.environ.items() if n.startswith("AWS_")} == {
            "AWS_ACCESS_KEY_ID": "dynafake-access-key",
            "AWS_SECRET_ACCESS_KEY": "dynafake-secret-key",
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_DEFAULT_REGION": "eu-west-1",
        }
        assert get_item() == ITEM
    assert environ() == before


def test_the_environment_is_given_back_when_the_block_raises(bare: dict[str, str]) -> None:
    def failing() -> None:
        with DynaFake(tables=USERS):
            assert get_item() == ITEM
            raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        failing()
    assert environ() == bare


def test_nested_and_layered_fakes_give_back_in_stack_order(
    bare: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_PROFILE", "prod")
    before = environ()
    outer = DynaFake(tables=USERS)
    with outer:
        inside_outer = environ()
        # The user sets a profile again: the inner fake removes it and puts it back.
        os.environ["AWS_PROFILE"] = "other"
        with outer.layer():
            assert "AWS_PROFILE" not in os.environ
            with DynaFake(tables=USERS):
                assert get_item() == ITEM
            assert "AWS_PROFILE" not in os.environ
            assert get_item() == ITEM
        assert os.environ["AWS_PROFILE"] == "other"
        del os.environ["AWS_PROFILE"]
        assert environ() == inside_outer
    assert environ() == before


def test_stopping_an_outer_fake_first_keeps_the_inner_one_signing(bare: dict[str, str]) -> None:
    """Stopping a fake that is not the most recent leaves the environment to the one above."""
    outer = DynaFake(tables=USERS).start()
    inner = DynaFake(tables=USERS).start()
    try:
        outer.stop()
        assert {n: v for n, v in os.environ.items() if n.startswith("AWS_")} == FAKED
        assert get_item() == ITEM
    finally:
        inner.stop()
    assert environ() == bare


def test_a_variable_changed_inside_the_block_is_left_alone(bare: dict[str, str]) -> None:
    with DynaFake(tables=USERS):
        os.environ["AWS_ACCESS_KEY_ID"] = "mine"
        os.environ["AWS_PROFILE"] = "mine"
    assert os.environ.pop("AWS_ACCESS_KEY_ID") == "mine"
    assert os.environ.pop("AWS_PROFILE") == "mine"
    assert environ() == bare


def test_without_fake_credentials_the_environment_is_untouched(
    bare: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """fake_credentials=False: botocore finds what the environment gives, here nothing."""
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")  # no metadata lookup, no network
    monkeypatch.setenv("AWS_PROFILE", "mine")
    before = environ()
    with DynaFake(tables=USERS, fake_credentials=False) as fake:
        assert environ() == before
        with fake.layer():  # a layer does as its base
            assert environ() == before
        monkeypatch.delenv("AWS_PROFILE")
        with pytest.raises(NoCredentialsError):
            fresh_client(region_name="us-east-1").list_tables()
        monkeypatch.setenv("AWS_PROFILE", "mine")
    assert environ() == before


def test_the_marker_turns_fake_credentials_off_for_one_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
import os
import pytest

@pytest.mark.dynafake(fake_credentials=False)
def test_off(dynafake):
    assert os.environ["AWS_ACCESS_KEY_ID"] == "real"
    assert os.environ["AWS_PROFILE"] == "prod"

def test_on(dynafake):
    assert os.environ["AWS_ACCESS_KEY_ID"] == "dynafake-access-key"
    assert "AWS_PROFILE" not in os.environ
"""
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AWS_ACCESS_KEY_ID", "real")
        patch.setenv("AWS_PROFILE", "prod")
        pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_the_fixture_gives_back_what_a_test_changed(pytester: pytest.Pytester) -> None:
    """A test's own monkeypatch.setenv, or a plain assignment, of a variable the fixture set does
    not outlive the test: the next test sees the environment from before."""
    pytester.makepyfile(
        """
import os

def test_changes(dynafake, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "mine")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    os.environ["AWS_EC2_METADATA_DISABLED"] = "false"
    os.environ["AWS_PROFILE"] = "mine"

def test_after():
    assert os.environ["AWS_ACCESS_KEY_ID"] == "real"
    assert os.environ["AWS_SECRET_ACCESS_KEY"] == "real-secret"
    assert os.environ["AWS_PROFILE"] == "prod"
    assert "AWS_DEFAULT_REGION" not in os.environ
    assert "AWS_EC2_METADATA_DISABLED" not in os.environ
"""
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AWS_ACCESS_KEY_ID", "real")
        patch.setenv("AWS_SECRET_ACCESS_KEY", "real-secret")
        patch.setenv("AWS_PROFILE", "prod")
        patch.delenv("AWS_EC2_METADATA_DISABLED", raising=False)
        patch.delenv("AWS_DEFAULT_REGION", raising=False)
        pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_a_region_set_only_in_aws_region_is_the_one_clients_use(
    bare: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """botocore reads a client's region from AWS_DEFAULT_REGION only; other AWS SDKs read
    AWS_REGION. Set alone, AWS_REGION's region is the one a client gets while a fake is active,
    not botocore's NoRegionError (nor us-east-1)."""
    monkeypatch.setenv("AWS_REGION", "eu-west-2")
    before = environ()
    with DynaFake(tables=USERS):
        assert os.environ["AWS_DEFAULT_REGION"] == "eu-west-2"
        assert fresh_client().meta.region_name == "eu-west-2"
        assert get_item() == ITEM
    assert environ() == before
