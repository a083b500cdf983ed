"""DynamoDB's errors for BatchWriteItem and TransactWriteItems, byte for byte.

Sources are in docs/errors.md ("Batch and transactional writes"): the service's own words where
a live capture exists (paritysuite/dynamodb-conformance eu-west-2 2026, dynalite's and Scylla
Alternator's tests run against AWS), DynamoDB Local 3.3.1 where none does. Where the service is
moving a message to its validation framework's wording region by region, the constant holds the
newest captured form and the comment names the older one.
"""

from __future__ import annotations

# -- codes -------------------------------------------------------------------------------------
IDEMPOTENT_MISMATCH = "IdempotentParameterMismatchException"
TRANSACTION_IN_PROGRESS = "TransactionInProgressException"

# -- BatchWriteItem ----------------------------------------------------------------------------
# Newest wording (eu-north-1 since 2026-08-22): the table's request list by its member path.
# Older regions echo the whole RequestItems as a Java dump and list both bounds:
# "Value '{t=[...]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy
# constraint: [Member must have length less than or equal to 25, Member must have length
# greater than or equal to 1]".
BATCH_WRITE_LIST_FIELD = "RequestItems.{table}.member"
LIST_MAX_25 = "Member must have length less than or equal to 25"
# More than 25 requests over several tables, each list within 25 (the API reference: "more
# than 25 requests in the batch"; DynamoDB Local's words, as BatchGetItem's live ones).
BATCH_WRITE_TOO_MANY = "Too many items requested for the BatchWriteItem call"
# A PutRequest without Item, a DeleteRequest without Key (dynalite's live batchWriteItem.js).
BATCH_WRITE_PUT_ITEM_FIELD = "requestItems.{table}.member.{position}.member.putRequest.item"
BATCH_WRITE_DELETE_KEY_FIELD = "requestItems.{table}.member.{position}.member.deleteRequest.key"

# -- TransactWriteItems ------------------------------------------------------------------------
# Newest wording (eu-west-2, 2026-10-09), reported alone; us-east-1 still echoes the token:
# "Value '<token>' at 'clientRequestToken' failed to satisfy constraint: ..." among the others.
TOKEN_FIELD = "ClientRequestToken"
TOKEN_TOO_LONG = "Member must have length less than or equal to 36"
TOKEN_TOO_SHORT = "Member must have length greater than or equal to 1"
# The member a TransactWriteItem lacks, as TransactGetItems names a Get's
# ("transactItems.1.member.conditionCheck.conditionExpression"; DynamoDB Local's wording).
TRANSACT_WRITE_FIELD = "transactItems.{position}.member.{action}.{member}"
# DynamoDB Local (no live capture): an entry without an action, and one with several.
TRANSACT_WRITE_NO_ACTION = (
    "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request"
)
TRANSACT_WRITE_SEVERAL_ACTIONS = (
    "TransactItems can only contain one of Check, Put, Update or Delete"
)
# DynamoDB Local, with the running size of the items at the first action that crossed 4 MB;
# Scylla Alternator's AWS-run test_transact_write_items_put_5MB matches "size cannot exceed".
TRANSACT_PAYLOAD_TOO_LARGE = "Transaction payload size cannot exceed 4MB. Payload Size: {size}"
# DynamoDB Local answers a token reused with another request with an empty message; no live
# capture exists.
IDEMPOTENT_MISMATCH_MESSAGE = ""
# Live, from the AWS SDK for Java's log of the exception (aws/aws-sdk-java-v2 issue 2518).
TRANSACTION_IN_PROGRESS_MESSAGE = "Transaction from previous request is still in progress"
# DynamoDB Local, for a null among a table's write requests; no live capture.
BATCH_WRITE_NULL_REQUEST = "The batch write request list for a table cannot be null or empty"
