"""What DynamoDB says when a write fails on purpose (faults on writes): cancellation reasons
and the write side of throttling. Exact text, documented in docs/errors.md."""

from __future__ import annotations

# API reference, TransactWriteItems / CancellationReason; the same text as the
# ConditionalCheckFailedException a single write answers.
REASON_CONDITION_FAILED = "The conditional request failed"
