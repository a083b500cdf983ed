"""Customer accounts (store credit, in cents): the write side of a data-access module.

Every write here has a failure path that production meets and tests rarely do:

* ``open`` refuses an account id already taken (PutItem with ``attribute_not_exists``);
* ``rename`` is optimistic locking: read the item, write it back only if its ``version`` is
  still the one read; a concurrent writer wins the race, so read again and retry;
* ``record_login`` is an atomic counter (UpdateItem ``ADD``), no read needed;
* ``transfer`` moves credit between two accounts and records the payment, all or nothing
  (TransactWriteItems). The payment record is the idempotency record: a payment id already
  recorded means the transfer was already made, and it is not made twice. A transaction that
  meets another one in progress is cancelled with ``TransactionConflict``: it is retried;
* ``close`` deletes an account only if its balance is zero, and says what the balance was;
* ``import_accounts`` writes in batches of 25 (BatchWriteItem) and writes again what
  DynamoDB left in ``UnprocessedItems``, with backoff, until nothing is left.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from botocore.exceptions import ClientError

from .repository import plain

BATCH_WRITE_LIMIT = 25


class AccountExists(Exception):
    """The account id is taken."""


class UnknownAccount(Exception):
    """No account with that id."""


class ConcurrentModification(Exception):
    """Another writer changed the account on every attempt."""


class InsufficientFunds(Exception):
    """The source account's balance is less than the amount."""


class BalanceNotZero(Exception):
    """An account with credit left cannot be closed."""

    def __init__(self, account_id: str, balance: int) -> None:
        super().__init__(f"account {account_id} still holds {balance}")
        self.balance = balance


class IncompleteWrite(Exception):
    """DynamoDB still had unprocessed items after every round."""


def _code(error: ClientError) -> str:
    return str(error.response["Error"]["Code"])


class Accounts:
    def __init__(
        self,
        client: Any,
        *,
        table: str = "accounts",
        payments: str = "payments",
        max_attempts: int = 5,
        base_delay: float = 0.05,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.table = table
        self.payments = payments
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.sleep = sleep
        self.clock = clock

    def open(self, account_id: str, owner: str, balance: int = 0) -> None:
        try:
            self.client.put_item(
                TableName=self.table,
                Item=self._item(account_id, owner, balance, version=1),
                ConditionExpression="attribute_not_exists(account_id)",
            )
        except ClientError as error:
            if _code(error) == "ConditionalCheckFailedException":
                raise AccountExists(account_id) from error
            raise

    def get(self, account_id: str) -> dict[str, Any] | None:
        response = self.client.get_item(
            TableName=self.table, Key=self._key(account_id), ConsistentRead=True
        )
        return plain(response["Item"]) if "Item" in response else None

    def rename(self, account_id: str, owner: str) -> int:
        """Give the account a new owner; the new version. Read, change, write back on the
        condition that nobody wrote in between; if somebody did, start again."""
        for attempt in range(self.max_attempts):
            response = self.client.get_item(
                TableName=self.table, Key=self._key(account_id), ConsistentRead=True
            )
            if "Item" not in response:
                raise UnknownAccount(account_id)
            account = response["Item"]
            version = int(account["version"]["N"])
            try:
                self.client.put_item(
                    TableName=self.table,
                    Item={**account, "owner": {"S": owner}, "version": {"N": str(version + 1)}},
                    ConditionExpression="version = :read",
                    ExpressionAttributeValues={":read": {"N": str(version)}},
                )
                return version + 1
            except ClientError as error:
                if _code(error) != "ConditionalCheckFailedException":
                    raise
            self.sleep(self.base_delay * 2**attempt)  # lost the race: read again
        raise ConcurrentModification(account_id)

    def record_login(self, account_id: str) -> int:
        """Count a login, atomically; the new count."""
        try:
            response = self.client.update_item(
                TableName=self.table,
                Key=self._key(account_id),
                UpdateExpression="ADD logins :one SET last_login = :now",
                ConditionExpression="attribute_exists(account_id)",
                ExpressionAttributeValues={":one": {"N": "1"}, ":now": {"N": str(self.clock())}},
                ReturnValues="UPDATED_NEW",
            )
        except ClientError as error:
            if _code(error) == "ConditionalCheckFailedException":
                raise UnknownAccount(account_id) from error
            raise
        return int(response["Attributes"]["logins"]["N"])

    def transfer(self, payment_id: str, source: str, target: str, amount: int) -> bool:
        """Move ``amount`` from ``source`` to ``target`` once per payment id: True if this
        call made the transfer, False if it had been made before."""
        value = {":amount": {"N": str(amount)}, ":one": {"N": "1"}}
        move = "SET balance = balance {} :amount, version = version + :one"
        actions = [
            {
                "Update": {
                    "TableName": self.table,
                    "Key": self._key(source),
                    "UpdateExpression": move.format("-"),
                    "ConditionExpression": "balance >= :amount",
                    "ExpressionAttributeValues": value,
                }
            },
            {
                "Update": {
                    "TableName": self.table,
                    "Key": self._key(target),
                    "UpdateExpression": move.format("+"),
                    "ConditionExpression": "attribute_exists(account_id)",
                    "ExpressionAttributeValues": value,
                }
            },
            {
                "Put": {
                    "TableName": self.payments,
                    "Item": {
                        "payment_id": {"S": payment_id},
                        "source": {"S": source},
                        "target": {"S": target},
                        "amount": {"N": str(amount)},
                    },
                    "ConditionExpression": "attribute_not_exists(payment_id)",
                }
            },
        ]
        for attempt in range(self.max_attempts):
            try:
                self.client.transact_write_items(TransactItems=actions)
                return True
            except ClientError as error:
                if _code(error) != "TransactionCanceledException":
                    raise
                debit, credit, payment = (r["Code"] for r in error.response["CancellationReasons"])
                if payment == "ConditionalCheckFailed":
                    return False  # recorded before: the transfer was made once already
                if debit == "ConditionalCheckFailed":
                    raise InsufficientFunds(source) from error
                if credit == "ConditionalCheckFailed":
                    raise UnknownAccount(target) from error
                if "TransactionConflict" not in (debit, credit, payment):
                    raise
            self.sleep(self.base_delay * 2**attempt)  # another transaction held an item
        raise ConcurrentModification(f"payment {payment_id}")

    def close(self, account_id: str) -> dict[str, Any]:
        """Delete an empty account; what it held when deleted."""
        try:
            response = self.client.delete_item(
                TableName=self.table,
                Key=self._key(account_id),
                ConditionExpression="balance = :zero",
                ExpressionAttributeValues={":zero": {"N": "0"}},
                ReturnValues="ALL_OLD",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except ClientError as error:
            if _code(error) != "ConditionalCheckFailedException":
                raise
            if "Item" not in error.response:  # the condition failed on no item at all
                raise UnknownAccount(account_id) from error
            balance = int(error.response["Item"]["balance"]["N"])
            raise BalanceNotZero(account_id, balance) from error
        return plain(response["Attributes"])

    def import_accounts(self, rows: Iterable[tuple[str, str, int]]) -> int:
        """Write ``(account_id, owner, balance)`` rows, 25 to a call; the rounds it took."""
        requests = [
            {"PutRequest": {"Item": self._item(account_id, owner, balance, version=1)}}
            for account_id, owner, balance in rows
        ]
        rounds = 0
        for start in range(0, len(requests), BATCH_WRITE_LIMIT):
            pending = {self.table: requests[start : start + BATCH_WRITE_LIMIT]}
            for round_ in range(self.max_attempts):
                rounds += 1
                pending = self.client.batch_write_item(RequestItems=pending)["UnprocessedItems"]
                if not pending:
                    break
                self.sleep(self.base_delay * 2**round_)
            else:
                left = sum(len(writes) for writes in pending.values())
                raise IncompleteWrite(f"{left} accounts left unwritten")
        return rounds

    @staticmethod
    def _key(account_id: str) -> dict[str, Any]:
        return {"account_id": {"S": account_id}}

    def _item(self, account_id: str, owner: str, balance: int, version: int) -> dict[str, Any]:
        return {
            **self._key(account_id),
            "owner": {"S": owner},
            "balance": {"N": str(balance)},
            "version": {"N": str(version)},
        }
