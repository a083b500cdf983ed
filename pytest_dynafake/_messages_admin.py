"""DynamoDB's messages for table admin: CreateTable, DeleteTable, UpdateTable, DescribeTable,
time to live and tags (exact texts, sources in docs/errors.md)."""

from __future__ import annotations

RESOURCE_IN_USE = "ResourceInUseException"
TABLE_EXISTS = "Table already exists: {table}"
