"""Following a Query or Scan to its last page, and the shape two sides must agree on."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .cases import Case

MAX_PAGES = 200  # a runaway cursor ends the case instead of the run
Outcome = dict[str, Any]
FILTERS = ("FilterExpression", "ScanFilter", "QueryFilter")


def canonical(value: Any) -> str:
    """A sort key for DynamoDB JSON (bytes as hex)."""
    return json.dumps(value, sort_keys=True, default=lambda b: b.hex())


def pages(send: Callable[[dict[str, Any]], Outcome], params: dict[str, Any]) -> list[Outcome]:
    """Every page: each request starts at the previous page's LastEvaluatedKey."""
    answers: list[Outcome] = []
    while True:
        answer = send(params)
        answers.append(answer)
        if "LastEvaluatedKey" not in answer or len(answers) == MAX_PAGES:
            return answers
        params = {**params, "ExclusiveStartKey": answer["LastEvaluatedKey"]}


def follow(send: Callable[[dict[str, Any]], Outcome], case: Case) -> Outcome:
    """ "pages" (Query): every page, whole. "scan": the items as a multiset, and per page its
    ScannedCount, Count (when no filter makes it depend on the order), whether it has a
    LastEvaluatedKey and its ConsumedCapacity. "segments": every segment of a parallel Scan,
    each followed to its end: the union of the items and the summed counts."""
    if case.compare == "pages":
        return {"Pages": pages(send, case.params)}
    if case.compare == "scan":
        return unordered(case, pages(send, case.params))
    runs = [pages(send, {**case.params, "Segment": i}) for i in range(case.params["TotalSegments"])]
    flat = [page for run in runs for page in run]
    errors = [page for page in flat if "Error" in page]
    if errors:
        return errors[0]
    return {
        "Items": sorted(canonical(item) for page in flat for item in page.get("Items", [])),
        "Count": sum(page["Count"] for page in flat),
        "ScannedCount": sum(page["ScannedCount"] for page in flat),
        "Segments": len(runs),
    }


def unordered(case: Case, answers: list[Outcome]) -> Outcome:
    if "Error" in answers[0]:
        return answers[0]
    filtered = any(name in case.params for name in FILTERS)
    shape: list[Outcome] = []
    for page in answers:
        if "Error" in page:
            shape.append(page)
            continue
        entry: Outcome = {"ScannedCount": page["ScannedCount"]}
        if not filtered:
            entry["Count"] = page["Count"]
        entry["LastEvaluatedKey"] = "LastEvaluatedKey" in page
        if "ConsumedCapacity" in page:
            entry["ConsumedCapacity"] = page["ConsumedCapacity"]
        shape.append(entry)
    return {
        "Items": sorted(canonical(item) for page in answers for item in page.get("Items", [])),
        "Count": sum(page.get("Count", 0) for page in answers),
        "Pages": shape,
    }
