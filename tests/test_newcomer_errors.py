"""Mistakes a newcomer makes in a first hour with the plugin, each answered by a message that
says what to write instead (found by writing an orders repository's tests from the docs)."""

from __future__ import annotations

import boto3
import pytest

from pytest_dynafake import DynaFake, DynaFakeError


def test_get_calls_refuses_boto3_method_names(dynafake: DynaFake) -> None:
    """``get_calls("get_item")`` used to return ``[]``: an assertion that a call was never
    made passed whatever the code did."""
    dynafake.table("users", "user_id")
    boto3.client("dynamodb").get_item(TableName="users", Key={"user_id": {"S": "u1"}})
    with pytest.raises(DynaFakeError) as raised:
        dynafake.get_calls("get_item")
    assert str(raised.value) == (
        "get_calls(): operation='get_item' is not an operation the fake serves; did you mean "
        "'GetItem'? Faults and the call log take DynamoDB's operation names (GetItem), not "
        "boto3's method names (get_item)"
    )
    with pytest.raises(DynaFakeError) as raised:
        dynafake.get_call("Querys")
    assert str(raised.value) == (
        "get_call(): operation='Querys' is not an operation the fake serves; use one of "
        "BatchGetItem, BatchWriteItem, CreateTable, DeleteItem, DeleteTable, "
        "DescribeEndpoints, DescribeTable, DescribeTimeToLive, GetItem, ListTables, "
        "ListTagsOfResource, PutItem, Query, Scan, TagResource, TransactGetItems, "
        "TransactWriteItems, UntagResource, UpdateItem, UpdateTable, UpdateTimeToLive"
    )
    assert [call.operation for call in dynafake.get_calls("GetItem")] == ["GetItem"]
    assert dynafake.get_calls("Query") == []


@pytest.mark.parametrize(
    ("given", "meant"), [("put_item", "PutItem"), ("batch_write_item", "BatchWriteItem")]
)
def test_a_fault_on_a_boto3_method_name_names_the_operation(
    dynafake: DynaFake, given: str, meant: str
) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.throttle(given)
    assert str(raised.value) == (
        f"throttle(): operation={given!r} is not an operation the fake serves; did you mean "
        f"{meant!r}? Faults and the call log take DynamoDB's operation names ({meant}), not "
        f"boto3's method names ({given})"
    )


@pytest.mark.parametrize("given", ["putitem", "PUTITEM", "Put_Item"])
def test_a_fault_on_an_operation_in_another_case(dynafake: DynaFake, given: str) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.unprocessed(given)
    assert str(raised.value) == (
        f"unprocessed(): operation={given!r} is not an operation the fake serves; did you "
        "mean 'PutItem'?"
    )


def test_a_fault_marker_on_a_boto3_method_name(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.dynafake_condition_fails("update_item")
        def test_it(dynafake):
            pass
        """
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert result.stderr.lines[0] == (
        "ERROR: test_a_fault_marker_on_a_boto3_method_name.py::test_it: "
        "@pytest.mark.dynafake_condition_fails: operation='update_item' is not an operation "
        "the fake serves; did you mean 'UpdateItem'? Faults and the call log take DynamoDB's "
        "operation names (UpdateItem), not boto3's method names (update_item)"
    )


def test_reading_back_an_undeclared_table_names_the_declared_ones(dynafake: DynaFake) -> None:
    dynafake.table("orders", "order_id")
    dynafake.table("payments", "payment_id")
    with pytest.raises(DynaFakeError) as raised:
        dynafake.tables["order"]
    assert str(raised.value) == (
        "tables['order']: no table 'order' is declared; did you mean 'orders'? The declared "
        "tables: 'orders', 'payments' (declare one with table() or create_table())"
    )
    assert isinstance(raised.value, KeyError)  # what a dict's [] raises, for except KeyError
    assert dynafake.tables.get("order") is None
    assert "orders" in dynafake.tables


def test_reading_back_when_no_table_is_declared(dynafake: DynaFake) -> None:
    with pytest.raises(DynaFakeError) as raised:
        dynafake.tables["users"]
    assert str(raised.value) == (
        "tables['users']: no table 'users' is declared; no table is declared at all "
        "(declare one with table() or create_table())"
    )


def test_a_fault_on_an_undeclared_table_says_so_when_it_never_fired() -> None:
    """A typo in ``table=`` cannot fail at declaration (the table may be declared later), so
    the never-fired check names it: the list alone does not show why the fault missed."""
    fake = DynaFake(assert_all_faults_fired=False)  # checked below, by hand
    fake.table("orders", "order_id")
    fake.throttle("PutItem", table="order")
    fake.fail("GetItem", table="orders")
    with fake:
        boto3.client("dynamodb").put_item(TableName="orders", Item={"order_id": {"S": "o1"}})
    with pytest.raises(AssertionError) as raised:
        fake.check_faults()
    assert str(raised.value) == (
        "The following faults were declared but never fired:\n"
        "- throttle PutItem on table 'order' (times=1, fired 0 times): no table 'order' was "
        "declared or requested; did you mean 'orders'?\n"
        "- fail GetItem on table 'orders' (times=1, fired 0 times): no GetItem call was made "
        "(the calls: PutItem x1)\n\n"
        "If this is on purpose, pass is_optional=True to the fault, use "
        "@pytest.mark.dynafake(assert_all_faults_fired=False) on the test, or set "
        "dynafake_assert_all_faults_fired = false in the ini file; see "
        "docs/faults.md#optional-faults"
    )


FIXTURE_BEFORE_THE_FAKE = """
import pathlib
import boto3, pytest
from pytest_dynafake import DynaFakeError

@pytest.fixture
def client():
    return boto3.client("dynamodb")

@pytest.fixture
def seeded(client):
    # set up before dynafake: the test lists it first
    with pytest.raises(DynaFakeError) as caught:
        client.put_item(TableName="orders", Item={"order_id": {"S": "o1"}})
    pathlib.Path("refused.txt").write_text(str(caught.value))

@pytest.fixture(scope="module")
def shared_seed():
    with pytest.raises(DynaFakeError) as caught:
        boto3.client("dynamodb").list_tables()
    pathlib.Path("refused_shared.txt").write_text(str(caught.value))

def test_orders(seeded, dynafake):
    pass

def test_shared(shared_seed, dynafake):
    pass
"""


def test_a_fixture_that_calls_before_the_fake_is_named_with_its_fix(
    pytester: pytest.Pytester,
) -> None:
    """The test requested dynafake, so "request dynafake in the test" did not help: the call
    came from a fixture set up before the fake started, and the message names it."""
    pytester.makepyfile(test_early=FIXTURE_BEFORE_THE_FAKE)
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2)
    host = "dynamodb.us-east-1.amazonaws.com"
    assert (pytester.path / "refused.txt").read_text() == (
        "pytest-dynafake refused a DynamoDB PutItem request made while no fake was active: "
        "fixture 'seeded' made it while being set up for test_early.py::test_orders, before "
        f"the dynafake fixture started, so the request was not sent to {host}, outside the "
        "machine. Request dynafake in that fixture (def seeded(..., dynafake):) so the fake "
        "is active when it runs; to reach a real endpoint on purpose, do it in a test that "
        "uses no dynafake fixture."
    )
    assert (pytester.path / "refused_shared.txt").read_text() == (
        "pytest-dynafake refused a DynamoDB ListTables request made while no fake was active: "
        "fixture 'shared_seed' (module scope) made it while being set up for "
        f"test_early.py::test_shared, outside any fake, so the request was not sent to {host}, "
        "outside the machine. A fixture of module scope makes its calls inside "
        "`with dynafake_module:` (def shared_seed(..., dynafake_module):), and each test's "
        "dynafake serves the tables it made; to reach a real endpoint on purpose, do it in a "
        "test that uses no dynafake fixture."
    )


def test_reading_back_with_a_key_in_dynamodb_json_says_to_pass_the_format(
    dynafake: DynaFake,
) -> None:
    """A key copied from the boto3 request (DynamoDB JSON) into ``get()``."""
    dynafake.table("orders", "order_id", items=[{"order_id": "o1"}])
    with pytest.raises(DynaFakeError) as raised:
        dynafake.tables["orders"].get({"order_id": {"S": "o1"}})
    assert str(raised.value) == (
        "table 'orders': key {'order_id': {'S': 'o1'}} does not match the key schema "
        "'order_id' (S); give each key attribute a value of its type. The key is in DynamoDB "
        "JSON: give get() format='dynamodb', or the plain value ({'order_id': 'o1'})"
    )
    assert dynafake.tables["orders"].get({"order_id": {"S": "o1"}}, format="dynamodb") == {
        "order_id": {"S": "o1"}
    }


def test_a_key_in_broken_dynamodb_json_gets_the_format_hint_alone(dynafake: DynaFake) -> None:
    dynafake.table("counters", ("n", "N"))
    with pytest.raises(DynaFakeError) as raised:
        dynafake.tables["counters"].get({"n": {"N": "one"}})
    assert str(raised.value) == (
        "table 'counters': key {'n': {'N': 'one'}} does not match the key schema 'n' (N); give "
        "each key attribute a value of its type. The key is in DynamoDB JSON: give get() "
        "format='dynamodb'"
    )


def test_a_fault_key_in_dynamodb_json_names_the_plain_value(dynafake: DynaFake) -> None:
    """Fault keys are plain values; one copied from a request's ``Key`` is DynamoDB JSON."""
    with pytest.raises(DynaFakeError) as raised:
        dynafake.condition_fails("PutItem", key={"order_id": {"S": "o1"}})
    assert str(raised.value) == (
        "condition_fails(): key={'order_id': {'S': 'o1'}}: attribute 'order_id': {'S': 'o1'} "
        "is not a key value: a key is a string, a number (int or Decimal) or bytes. Fault keys "
        "are plain values, not DynamoDB JSON: give 'o1'"
    )
    with pytest.raises(DynaFakeError) as raised:
        dynafake.throttle("GetItem", keys=[{"n": {"N": "7"}}])
    assert str(raised.value) == (
        "throttle(): keys[0]={'n': {'N': '7'}}: attribute 'n': {'N': '7'} is not a key value: a "
        "key is a string, a number (int or Decimal) or bytes. Fault keys are plain values, not "
        "DynamoDB JSON: give 7"
    )


FORGOT_THE_FIXTURE = """
import boto3
from botocore.awsrequest import AWSResponse

def answered_by_hand(client):
    # stands for AWS: the request got past the plugin (nothing is sent from this test)
    def answer(request, **_):
        response = AWSResponse(request.url, 400, {}, None)
        response._content = (
            b'{"__type": "com.amazon.coral.service#UnrecognizedClientException",'
            b' "message": "The security token included in the request is invalid."}'
        )
        return response
    client.meta.events.register("before-send.dynamodb", answer)
    return client

def test_forgot_the_fixture():
    client = answered_by_hand(boto3.client("dynamodb", region_name="eu-west-1"))
    client.get_item(TableName="orders", Key={"order_id": {"S": "o1"}})

def test_passes_without_dynamodb():
    assert True
"""


def test_a_failing_test_without_the_fixture_says_its_requests_were_not_faked(
    pytester: pytest.Pytester,
) -> None:
    """A test that forgot ``dynafake`` sends its requests on (they may be meant for AWS):
    on AWS it fails with an invalid security token, which says nothing of the fixture. Its
    report says which requests no fake answered, and how to have them answered."""
    pytester.makepyfile(test_forgot=FORGOT_THE_FIXTURE)
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    lines = result.stdout.lines
    start = next(i for i, line in enumerate(lines) if line.strip("- ") == "dynafake")
    assert lines[start + 1 : start + 3] == [
        "this test uses no dynafake fixture, so no fake answered its DynamoDB requests: "
        "GetItem went to dynamodb.eu-west-1.amazonaws.com. Request the dynafake fixture "
        "(def test_forgot_the_fixture(dynafake):) or mark the test @pytest.mark.dynafake to "
        "have them answered by the fake.",
        "=========================== short test summary info ============================",
    ]


def test_a_fault_on_an_operation_never_called_names_the_calls_made() -> None:
    """``@pytest.mark.dynafake_unprocessed(key=...)`` defaults to BatchGetItem: on code that
    writes with BatchWriteItem it never fires, and the list alone does not say why."""
    fake = DynaFake(assert_all_faults_fired=False)  # checked below, by hand
    fake.table("orders", "order_id")
    fake.unprocessed(key={"order_id": "o1"})
    fake.throttle("GetItem", table="orders", after=5)
    with fake:
        client = boto3.client("dynamodb")
        for _ in range(2):
            client.batch_write_item(
                RequestItems={"orders": [{"PutRequest": {"Item": {"order_id": {"S": "o1"}}}}]}
            )
        client.get_item(TableName="orders", Key={"order_id": {"S": "o1"}})
    with pytest.raises(AssertionError) as raised:
        fake.check_faults()
    assert str(raised.value).splitlines()[:3] == [
        "The following faults were declared but never fired:",
        "- unprocessed BatchGetItem for keys [{'order_id': 'o1'}] (times=1, fired 0 times): no "
        "BatchGetItem call was made (the calls: BatchWriteItem x2, GetItem x1)",
        "- throttle GetItem on table 'orders' (times=1, after=5, fired 0 times)",
    ]


def test_no_hint_from_a_call_log_that_max_calls_cut() -> None:
    """With calls dropped from the log, "no GetItem call was made" might be false: no hint."""
    fake = DynaFake(max_calls=1, assert_all_faults_fired=False)
    fake.table("orders", "order_id")
    fake.throttle("GetItem", after=5)
    with fake:
        client = boto3.client("dynamodb")
        client.get_item(TableName="orders", Key={"order_id": {"S": "o1"}})
        client.put_item(TableName="orders", Item={"order_id": {"S": "o1"}})
    with pytest.raises(AssertionError) as raised:
        fake.check_faults()
    assert (
        str(raised.value).splitlines()[1] == "- throttle GetItem (times=1, after=5, fired 0 times)"
    )
