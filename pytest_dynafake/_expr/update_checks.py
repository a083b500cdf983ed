"""The checks DynamoDB makes on a parsed UpdateExpression once names and values are known,
after :func:`~.update.parse`'s (see :func:`check` for the order)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .. import _validation as v
from .._wire import AttributeValue
from . import messages as m
from . import messages_update as mu
from .conditions import Node
from .paths import Path, resolve, show
from .update import UPDATE_FUNCTIONS, Clauses, Resolved

# How DynamoDB names a scalar, list or map operand of ADD/DELETE in its message.
_JAVA_TYPES = {
    "S": "STRING",
    "N": "NUMBER",
    "B": "BINARY",
    "NULL": "NULL",
    "BOOL": "BOOLEAN",
    "L": "LIST",
    "M": "MAP",
}


def nodes(node: Node | None) -> list[Node]:
    """Every node of an operand tree, inside out (post-order)."""
    out: list[Node] = []
    if node is None:
        return out
    for arg in node.args if node.kind not in ("path", "value") else ():
        out.extend(nodes(arg))
    out.append(node)
    return out


def check(
    clauses: Clauses,
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    used_names: set[str],
    used_values: set[str],
) -> tuple[Resolved, ...]:
    """DynamoDB's checks on a parsed update after :func:`parse`'s (DynamoDB Local's order):
    paths that overlap, then paths that conflict, then the LAST as written of: an undefined
    name or value, a function's operand count, path or operand types, an ADD/DELETE operand
    type; a ``:value`` after a dot in a path last of all. Records the placeholders used and
    returns the actions with their paths resolved."""
    prefix = mu.UPDATE_PREFIX
    actions = [action for _, group in clauses for action in group]
    last: str | None = None
    internal = False
    for action in actions:
        for node in [Node("path", "", action.path), *nodes(action.value)]:
            if node.kind == "path":
                for kind, text in node.args:
                    if kind == "value":
                        internal = True
                    elif kind == "placeholder":
                        if text in names:
                            used_names.add(text)
                        else:
                            last = m.UNDEFINED_NAME_DETAIL.format(name=text)
            elif node.kind == "value":
                if node.name in values:
                    used_values.add(node.name)
                else:
                    last = m.UNDEFINED_VALUE_DETAIL.format(name=node.name)
            elif node.kind == "call":
                last = _function_error(node, names, values) or last
            elif node.kind == "arith":
                last = _operand_types(node, values) or last
        if action.clause in ("ADD", "DELETE") and action.value is not None:
            value = values.get(action.value.name)
            kind = next(iter(value)) if value is not None else None
            allowed = ("SS", "NS", "BS", "N") if action.clause == "ADD" else ("SS", "NS", "BS")
            if kind is not None and kind not in allowed:
                last = mu.ACTION_OPERAND_TYPE_DETAIL.format(
                    action=action.clause, type=_JAVA_TYPES[kind]
                )
    resolvable = [
        action
        for action in actions
        if all(
            kind != "value" and (kind != "placeholder" or text in names)
            for kind, text in action.path
        )
    ]
    resolved = tuple(
        Resolved(action.clause, resolve(action.path, names), action.value) for action in resolvable
    )
    overlap: Path | None = None
    conflict: tuple[Path, Path] | None = None
    for number, this in enumerate(resolved):
        for earlier in resolved[:number]:
            problem = _overlap(earlier.path, this.path)
            if problem == "overlap":
                overlap = earlier.path
            elif problem == "conflict":
                conflict = (earlier.path, this.path)
    if overlap is not None:
        # The service names the overlapped path, then the LAST path of the expression.
        detail = mu.PATHS_OVERLAP_DETAIL.format(one=show(overlap), two=show(resolved[-1].path))
        raise v.invalid(prefix + detail)
    if conflict is not None:
        detail = mu.PATHS_CONFLICT_DETAIL.format(one=show(conflict[0]), two=show(conflict[1]))
        raise v.invalid(prefix + detail)
    if last is not None:
        raise v.invalid(prefix + last)
    if internal:
        raise v.invalid(prefix + m.INTERNAL_DETAIL)
    return resolved


def _resolvable(node: Node, names: Mapping[str, str]) -> bool:
    return all(
        kind != "value" and (kind != "placeholder" or text in names) for kind, text in node.args
    )


def _overlap(one: Path, two: Path) -> str | None:
    """``overlap`` when one path is a prefix of the other, ``conflict`` when they part at a
    map key on one side and a list index on the other, else ``None``."""
    for a, b in zip(one, two, strict=False):
        if type(a) is not type(b):
            return "conflict"
        if a != b:
            return None
    return "overlap"


def _type_of(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    if node.kind == "value" and node.name in values:
        return next(iter(values[node.name]))
    if node.kind == "arith":
        return "N"
    if node.kind == "call" and node.name == "list_append":
        return "L"
    return None


def _operand_types(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    detail = None
    for arg in node.args:
        kind = _type_of(arg, values)
        if kind is not None and kind != "N":
            detail = m.OPERAND_TYPE_DETAIL.format(name=node.name, type=kind)
    return detail


def _function_error(
    node: Node, names: Mapping[str, str], values: Mapping[str, AttributeValue]
) -> str | None:
    name = node.name
    if name not in UPDATE_FUNCTIONS:
        return None  # reported by parse()
    if len(node.args) != UPDATE_FUNCTIONS[name]:
        return m.OPERAND_COUNT_DETAIL.format(name=name, count=len(node.args))
    if name == "if_not_exists":
        first, second = node.args
        if first.kind != "path":
            return m.NEEDS_PATH_DETAIL.format(name=name)
        if second.kind == "path" and _resolvable(first, names) and _resolvable(second, names):
            path = resolve(first.args, names)
            if resolve(second.args, names) == path:  # DynamoDB Local
                return m.NOT_DISTINCT_DETAIL.format(name=name, path=show(path))
        return None
    detail = None
    for arg in node.args:  # list_append
        kind = _type_of(arg, values)
        if kind is not None and kind != "L":
            detail = m.OPERAND_TYPE_DETAIL.format(name=name, type=kind)
    return detail


def check_nested_keys(
    paths: Iterable[Path], key_names: Iterable[str], index_keys: Iterable[str]
) -> None:
    """A nested path into a table key attribute, then into an index key attribute, is
    refused (DynamoDB Local; the read expressions' rule, live-checked by dynalite)."""
    nested = [str(path[0]) for path in paths if len(path) > 1]
    keys = set(key_names)
    for name in nested:
        if name in keys:
            raise v.invalid(v.PROJECTION_KEY_PATH.format(name=name))
    for name in index_keys:  # in index order (DynamoDB Local), not the paths'
        if name in nested:
            raise v.invalid(m.INDEX_KEY_SCALAR_ONLY.format(name=name))
