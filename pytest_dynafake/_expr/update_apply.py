"""Applying a checked UpdateExpression to an item, with DynamoDB's semantics.

:class:`Update` (``expressions.update``):

Made from UpdateExpression (:mod:`.update`, :mod:`.update_checks`) or from the legacy
AttributeUpdates (:mod:`.attribute_updates`: ``legacy``, its actions on top-level
attributes, its type mismatch message).

- ``check_keys(key_names)``: an update may not touch a key attribute (the service's error);
- ``apply(item, key) -> Item``: the new wire item (``item`` ``None``: none stored, the update
  starts from ``key``). Every operand reads the item as it was before the update. The stored
  item is never changed: the containers on a changed path are copied. Errors met here are the
  service's ValidationExceptions (an operand of the wrong type, a path into a missing map, an
  operand naming a missing attribute, a number out of range);
- ``returned(old, new, which)``: ``UPDATED_OLD``/``UPDATED_NEW``: only the updated paths, each
  nested as in the item (``SET a.b = :v`` gives ``{"a": {"M": {"b": ...}}}``).

SET ``path = value`` (``+``/``-`` on numbers, ``if_not_exists(path, value)``,
``list_append(a, b)``; past a list's end: appended), REMOVE (a list index shifts the list; an
index past the end does nothing), ADD (a number to a number, a set to a set of its type; to a
missing attribute: the value), DELETE (members from a set of its type; an emptied set removes
the attribute). The 400 KB limit is the caller's (the whole item is checked there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Context, Decimal
from typing import Any

from .. import _validation as v
from .._numbers import MAX_DIGITS, NumberError, canonical_number
from .._wire import AttributeValue, Item
from . import messages_update as mu
from .conditions import Node
from .paths import Path, read, resolve
from .projection import LEAF, Trie, _project_map
from .update import Resolved
from .update_checks import check_nested_keys, nodes

_EXACT = Context(prec=4096, Emax=10**9, Emin=-(10**9))


class Update:
    """A checked UpdateExpression (or AttributeUpdates): see the module docstring.
    ``paths``: the paths it changes, in request order."""

    __slots__ = (
        "_mismatch",
        "_names",
        "_ordered",
        "_reads",
        "_resolved",
        "_trie",
        "actions",
        "legacy",
        "paths",
        "values",
    )

    def __init__(
        self,
        actions: tuple[Resolved, ...],
        values: Mapping[str, AttributeValue],
        names: Mapping[str, str] | None = None,
        *,
        legacy: bool = False,
    ) -> None:
        self.actions = actions
        self.legacy = legacy
        self._mismatch = mu.LEGACY_TYPE_MISMATCH if legacy else mu.WRONG_OPERAND_TYPE
        self.values = values
        self._names = names or {}
        self.paths: tuple[Path, ...] = tuple(action.path for action in actions)
        trie: Trie = {}
        for path in self.paths:
            node = trie
            for element in path[:-1]:
                node = node.setdefault(element, {})
            node[path[-1]] = LEAF
        self._trie = trie
        # Work done once per expression (parsed updates are cached): the order actions apply
        # in, and every path an operand reads, resolved.
        self._ordered = tuple(sorted(actions, key=_index_order))
        self._resolved: dict[int, Path] = {
            id(node): resolve(node.args, self._names)
            for action in actions
            for node in nodes(action.value)
            if node.kind == "path"
        }
        self._reads = tuple(self._resolved.values())

    def check_keys(self, key_names: Iterable[str], index_keys: Iterable[str] = ()) -> None:
        """The checks that need the table, in DynamoDB Local's order (after the
        condition's :meth:`~.writes.Condition.check_keys`): an action on a key attribute
        ("Cannot update attribute pk..."), then a nested path, changed or read, into a
        table key ("...: Key: pk"), then into an index key ("...: IndexKey: g")."""
        keys = set(key_names)
        for path in self.paths:
            if path[0] in keys:
                raise v.invalid(mu.KEY_ATTRIBUTE_UPDATE.format(name=path[0]))
        check_nested_keys(self.paths + self._reads, keys, index_keys)

    def apply(self, item: Item | None, key: Item) -> Item:
        """The item after the update (module docstring)."""
        old: Item = item if item is not None else key
        new: Item = dict(old)
        removals: list[Path] = []
        # List elements set past the end are appended in index order (the Developer Guide;
        # Alternator's live-checked test_nested_attribute_update_array_out_of_bounds).
        for action in self._ordered:
            if action.clause == "REMOVE":
                removals.append(action.path)
                continue
            # The target's containers first, then the value (DynamoDB Local: "SET q.x = zz"
            # with neither q nor zz is the path's error).
            if action.clause != "DELETE":
                _check_target(old, action.path)
            value = self._operand(action.value, old) if action.value is not None else None
            assert value is not None
            if action.clause == "SET":
                _put(new, action.path, value)
            elif action.clause == "ADD":
                current = read(old, action.path)
                if current is not None:
                    value = _add(current, value, self._mismatch)
                _put(new, action.path, value)
            else:  # DELETE
                current = read(old, action.path)
                if current is None:
                    # Nothing to take from, but the containers on the way must be there
                    # (DynamoDB Local; found by tests/conformance/test_update_fuzz.py).
                    _check_parent(old, action.path)
                    continue
                remaining = _delete(current, value, self._mismatch)
                if remaining is None:
                    _remove(new, action.path, strict=False)
                else:
                    _put(new, action.path, remaining)
        # Removals last, list indexes from the highest down, so each names the original
        # element.
        # A path into a missing attribute is invalid, unless there is no item at all (live:
        # Alternator's test_nested_attribute_remove_from_missing_item).
        for path in sorted(removals, key=_removal_order):
            _remove(new, path, strict=item is not None)
        return new

    def returned(self, old: Item | None, new: Item, which: str) -> Item:
        """The updated paths of ``old`` (``UPDATED_OLD``) or ``new`` (``UPDATED_NEW``)."""
        source = new if which == "UPDATED_NEW" else (old or {})
        return _project_map(source, self._trie)

    def _operand(self, node: Node, item: Item) -> AttributeValue:
        kind = node.kind
        if kind == "value":
            return self.values[node.name]
        if kind == "path":
            found = read(item, self._resolved[id(node)])
            if found is None:
                raise v.invalid(mu.MISSING_OPERAND)
            return found
        if kind == "arith":
            left, right = self._operands(node, item, "N")
            return _arithmetic(node.name, left, right)
        if node.name == "if_not_exists":
            path, fallback = node.args
            found = read(item, self._resolved[id(path)])
            # Both operands are read: a missing fallback fails even when the path is there
            # (DynamoDB Local; found by tests/conformance/test_update_fuzz.py).
            otherwise = self._operand(fallback, item)
            return found if found is not None else otherwise
        first, second = self._operands(node, item, "L")  # list_append
        return {"L": [*first["L"], *second["L"]]}

    def _operands(self, node: Node, item: Item, kind: str) -> list[AttributeValue]:
        """Both operands, each of ``kind``, read left to right: a left operand of another type
        is reported before a missing right one (DynamoDB Local: "SET b = t + zz")."""
        out = []
        for arg in node.args:
            value = self._operand(arg, item)
            if kind not in value:
                raise v.invalid(mu.WRONG_OPERAND_TYPE)
            out.append(value)
        return out


def _check_target(item: Item, path: Path) -> None:
    """The containers a SET or ADD writes into: each map or list on the way (a list index past
    the end is appended, so only the list itself must be there)."""
    if len(path) > 1:
        _check_parent(item, path)


def _check_parent(item: Item, path: Path) -> None:
    if len(path) == 1:
        return
    parent = read(item, path[:-1])
    wanted = "L" if type(path[-1]) is int else "M"
    if parent is None or wanted not in parent:
        raise v.invalid(mu.INVALID_UPDATE_PATH)


def _removal_order(path: Path) -> tuple[Any, ...]:
    return tuple((0, -e) if type(e) is int else (1, e) for e in path)


def _index_order(action: Resolved) -> tuple[Any, ...]:
    return tuple((0, e) if type(e) is int else (1, e) for e in action.path)


def _number(text: str) -> AttributeValue:
    try:
        return {"N": canonical_number(text)}
    except NumberError as exc:
        if exc.args[0] == NumberError.TOO_MANY_DIGITS:
            # Past 38 digits before the point the service says overflow (Alternator's
            # test_update_expression_plus_imprecise, AWS-run: 1e50 - 1); DynamoDB Local says
            # precision, as the service does for a fraction past 38 digits.
            if Decimal(text).adjusted() >= MAX_DIGITS:
                raise v.invalid(v.NUMBER_OVERFLOW) from None
            raise v.invalid(mu.NUMBER_PRECISION) from None
        from .._store import attribute_error

        raise attribute_error(exc) from None


def _arithmetic(sign: str, left: AttributeValue, right: AttributeValue) -> AttributeValue:
    if "N" not in left or "N" not in right:
        raise v.invalid(mu.WRONG_OPERAND_TYPE)
    one, two = left["N"], right["N"]
    if _INTEGER.match(one) and _INTEGER.match(two):  # the common case: counters
        total = int(one) + int(two) if sign == "+" else int(one) - int(two)
        if -_INT_LIMIT < total < _INT_LIMIT:
            return {"N": str(total)}
    a, b = Decimal(one), Decimal(two)
    result = _EXACT.add(a, b) if sign == "+" else _EXACT.subtract(a, b)
    return _number(format(result, "f") if result else "0")


# Canonical integers of up to 38 digits: their sum is exact in int, canonical as str().
_INTEGER = re.compile(r"-?[0-9]{1,38}\Z")
_INT_LIMIT = 10**38


def _add(current: AttributeValue, value: AttributeValue, mismatch: str) -> AttributeValue:
    ((kind, wire),) = value.items()
    if kind not in current:
        raise v.invalid(mismatch)
    if kind == "N":
        return _arithmetic("+", current, value)
    if kind == "L":  # AttributeUpdates only: the list appended
        return {"L": [*current["L"], *wire]}
    members = list(current[kind])
    seen = set(members)
    members.extend(member for member in wire if member not in seen)
    return {kind: members}


def _delete(current: AttributeValue, value: AttributeValue, mismatch: str) -> AttributeValue | None:
    ((kind, wire),) = value.items()
    if kind not in current:
        raise v.invalid(mismatch)
    gone = set(wire)
    members = [member for member in current[kind] if member not in gone]
    return {kind: members} if members else None


def _put(item: Item, path: Path, value: AttributeValue) -> None:
    """Set ``path`` in ``item`` (a fresh top-level dict) to ``value``, copying the
    containers on the way."""
    name = str(path[0])
    if len(path) == 1:
        item[name] = value
        return
    item[name] = _put_inside(item.get(name), path[1:], value)


def _put_inside(
    container: AttributeValue | None, rest: Path, value: AttributeValue
) -> AttributeValue:
    element = rest[0]
    if type(element) is int:
        if container is None or "L" not in container:
            raise v.invalid(mu.INVALID_UPDATE_PATH)
        elements = list(container["L"])
        if len(rest) == 1:
            if element < len(elements):
                elements[element] = value
            else:
                elements.append(value)
        else:
            if element >= len(elements):
                raise v.invalid(mu.INVALID_UPDATE_PATH)
            elements[element] = _put_inside(elements[element], rest[1:], value)
        return {"L": elements}
    if container is None or "M" not in container:
        raise v.invalid(mu.INVALID_UPDATE_PATH)
    members = dict(container["M"])
    if len(rest) == 1:
        members[element] = value
    else:
        members[element] = _put_inside(members.get(element), rest[1:], value)
    return {"M": members}


def _remove(item: Item, path: Path, *, strict: bool) -> None:
    name = str(path[0])
    if len(path) == 1:
        item.pop(name, None)
        return
    current = item.get(name)
    if current is None:
        if strict:
            raise v.invalid(mu.INVALID_UPDATE_PATH)
        return
    item[name] = _remove_inside(current, path[1:])


def _remove_inside(container: AttributeValue | None, rest: Path) -> AttributeValue:
    """``container`` less the element ``rest`` names; the last element may be missing (a
    no-op), the containers on the way may not."""
    element = rest[0]
    if type(element) is int:
        if container is None or "L" not in container:
            raise v.invalid(mu.INVALID_UPDATE_PATH)
        elements = list(container["L"])
        if len(rest) == 1:
            if element < len(elements):
                del elements[element]
        else:
            inside = elements[element] if element < len(elements) else None
            changed = _remove_inside(inside, rest[1:])
            elements[element] = changed
        return {"L": elements}
    if container is None or "M" not in container:
        raise v.invalid(mu.INVALID_UPDATE_PATH)
    members = dict(container["M"])
    if len(rest) == 1:
        members.pop(element, None)
    else:
        members[element] = _remove_inside(members.get(element), rest[1:])
    return {"M": members}
