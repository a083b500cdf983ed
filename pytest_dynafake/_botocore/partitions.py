"""Partitions (``aws``, ``aws-cn``, ``aws-us-gov``...) from botocore's own data, for ARNs and
addresses: read once, then cached per region, off the request path of data reads."""

from __future__ import annotations

import functools
import re
from typing import Any

import botocore.loaders


@functools.lru_cache(maxsize=64)
def partition_of(region: str) -> tuple[str, str]:
    """``(partition, dnsSuffix)`` of a region, from botocore's own partitions data (as its
    endpoint resolver does: listed regions first, then each partition's region pattern)."""
    for partition in _partitions():
        if region in partition.get("regions", {}):
            return _outputs(partition)
    for partition in _partitions():
        if re.match(partition.get("regionRegex", "$^"), region):
            return _outputs(partition)
    return "aws", "amazonaws.com"


@functools.lru_cache(maxsize=1)
def _partitions() -> list[dict[str, Any]]:
    data = botocore.loaders.create_loader().load_data("partitions")  # botocore >= 1.28
    partitions: list[dict[str, Any]] = data.get("partitions", [])
    return partitions


def _outputs(partition: dict[str, Any]) -> tuple[str, str]:
    outputs = partition.get("outputs", {})
    name = outputs.get("name", partition.get("id", "aws"))
    return name, outputs.get("dnsSuffix", "amazonaws.com")
