"""DynamoDB's errors for Query and Scan, as named constants (kept apart from
:mod:`._validation`, which holds the messages the item reads share).

Sources are given beside each constant and in docs/errors.md. "live" means a capture of the
service (the public conformance suites, dynalite's and Scylla Alternator's AWS-run tests);
DDBL is DynamoDB Local 3.3.1, which words several of these differently (docs/differences.md).
"""

from __future__ import annotations

# -- request constraints ---------------------------------------------------------------------
ENUM_SELECT = (
    "Member must satisfy enum value set: "
    "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]"
)
MIN_VALUE_1 = "Member must have value greater than or equal to 1"
MIN_VALUE_0 = "Member must have value greater than or equal to 0"
MAX_SEGMENT = "Member must have value less than or equal to 999999"
MAX_TOTAL_SEGMENTS = "Member must have value less than or equal to 1000000"
# Newest live form (paritysuite tier3 validation-ordering/query.test.ts, eu-west-2 and
# us-east-1, 2026-10-09): bare, "[ALL, OR]" (sic), on its own before the other constraints.
# Older regions list "Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member
# must satisfy enum value set: [OR, AND]" among them (dynalite's query.js).
CONDITIONAL_OPERATOR_INVALID = (
    "Failed to satisfy constraint: Member must satisfy enum value set: [ALL, OR]"
)
# A legacy condition's ComparisonOperator (KeyConditions, QueryFilter, ScanFilter), reported at
# 'queryFilter.<attribute>.member.comparisonOperator' (dynalite's query.js and scan.js, live).
ENUM_COMPARISON_OPERATOR = (
    "Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, "
    "NE, LE, BEGINS_WITH, GE, CONTAINS]"
)
CONDITION_FIELD = "{member}.{name}.member.comparisonOperator"
LIST_MAX_255 = "Member must have length less than or equal to 255"
# Limit, Segment and TotalSegments are reported in the newest wording, the member named as in
# the API and its value not echoed: "Value at 'Limit' failed to satisfy constraint: ..."
# (Query: nubo-db tier3 query.test.ts, 2026-04; Scan: the 2026-09 rollout, paritysuite tier3
# scan.test.ts). Regions not yet switched echo the value: "Value '0' at 'limit'". DDBL:
# "Limit must be greater than or equal to 1".

# -- Select --------------------------------------------------------------------------------------
# In the "1 validation error detected: " envelope (live: Query, and Scan since the 2026-09
# rollout; paritysuite tier3 query.test.ts and scan.test.ts); older regions and DDBL bare.
SELECT_SPECIFIC_WITHOUT_PROJECTION = (
    "1 validation error detected: Must specify the AttributesToGet or ProjectionExpression "
    "when choosing to get SPECIFIC_ATTRIBUTES"
)
# A Query gives the two below in the envelope too, a Scan bare (AWS: moto's aws_verified
# test_dynamodb_select.py); DDBL bare in both.
SELECT_QUERY_PREFIX = "1 validation error detected: "
SELECT_PROJECTED_WITHOUT_INDEX = (
    "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName"
)
# {member}: ProjectionExpression or AttributesToGet; {what}: "only the Count", ALL_ATTRIBUTES
# or ALL_PROJECTED_ATTRIBUTES.
SELECT_WITH_PROJECTION = "Cannot specify the {member} when choosing to get {what}"
SELECT_COUNT_WHAT = "only the Count"
SELECT_ALL_ON_GSI = (
    "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for "
    "global secondary index {index} because its projection type is not ALL"
)

# -- indexes -------------------------------------------------------------------------------------
INDEX_NOT_FOUND = "The table does not have the specified index: {index}"
GSI_CONSISTENT_READ = "Consistent reads are not supported on global secondary indexes"
GSI_DOES_NOT_PROJECT = (
    "One or more parameter values were invalid: Global secondary index {index} does not "
    "project [{names}]"
)
INDEX_FILTER_NOT_PROJECTED = (
    "One or more parameter values were invalid: Secondary index {index} does not project one "
    "or more filter attributes: [{names}]"
)
# An empty S or B for an index key in a Query's key condition (DDBL 3.3.1; live gives the same
# words for an empty index key in PutItem).
INDEX_KEY_EMPTY = (
    "One or more parameter values are not valid. A value specified for a secondary index key "
    "is not supported. The AttributeValue for a key attribute cannot contain an empty {kind} "
    "value. IndexName: {index}, IndexKey: {name}"
)

# -- ExclusiveStartKey (live: dynalite's query.js and scan.js; DDBL words the size and type
# errors "Exclusive Start Key must have same size as table's key schema" and "Type mismatch
# for attribute to update", and answers a start key outside the partition with the predicate
# message) ------------------------------------------------------------------------------------
START_KEY_INVALID = "The provided starting key is invalid"
START_KEY_INVALID_BECAUSE = "The provided starting key is invalid: {reason}"
START_KEY_OUTSIDE = (
    "The provided starting key is outside query boundaries based on provided conditions"
)
START_KEY_PREDICATE = "The provided starting key does not match the range key predicate"
START_KEY_ONE_ROW = "The query can return at most one row and cannot be restarted"
# The reason after START_KEY_INVALID_BECAUSE for a Scan segment (dynalite's scan.js, live);
# DDBL: "Exclusive start key must lie within the segment".
START_KEY_WRONG_SEGMENT = (
    "Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. "
    "TotalSegments: {total} Segment: {segment}"
)

# -- Scan segments (live: nubo-db tier3 scan.test.ts, 2026-04; DDBL: "If segment is specified,
# total segment must also be specified", "If total segments is specified, a particular segment
# must also be specified for this request" and a constraint message for Segment >= total) ------
SEGMENT_WITHOUT_TOTAL = (
    "The TotalSegments parameter is required but was not present in the request when Segment "
    "parameter is present"
)
TOTAL_WITHOUT_SEGMENT = (
    "The Segment parameter is required but was not present in the request when parameter "
    "TotalSegments is present"
)
# The 2026-09 rollout dropped the old suffix ": Segment: 5 is not less than TotalSegments: 5"
# (paritysuite tier3 scan.test.ts; nubo-db's 2026-04 capture has it).
SEGMENT_NOT_LESS = (
    "The Segment parameter is zero-based and must be less than parameter TotalSegments"
)
# A Query of a table without a sort key has no item after its start key (live, quoted by
# scylladb test/alternator/test_query.py test_query_no_sort_key_exclusive_start_key); DDBL
# answers an empty page.
START_KEY_NO_SORT_KEY = "The provided exclusive start key is invalid: ExclusiveStartKey: {key}"
