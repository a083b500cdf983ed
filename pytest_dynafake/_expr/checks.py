"""The checks DynamoDB makes on a parsed condition expression before it reads anything, in
its order (see :func:`check`). Used for KeyConditionExpression, FilterExpression and later
ConditionExpression.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import _validation as v
from .._wire import AttributeValue
from . import messages as m
from .conditions import FUNCTIONS, Node, Parsed, walk
from .messages_update import FUNCTION_NOT_IN_CONDITION_DETAIL
from .paths import MAX_DEPTH, RawPath, index_out_of_range, reserved_word

# UpdateExpression's functions: named in a condition, "not allowed" rather than unknown.
_UPDATE_FUNCTIONS = frozenset({"if_not_exists", "list_append"})
MAX_OPERATORS = 300
MAX_IN_OPERANDS = 100
_OPERATOR_KINDS = frozenset({"compare", "between", "in", "and", "or", "not", "call"})
TYPE_NAMES = ("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M")


def _is_condition_position(node: Node) -> list[Node]:
    """Nodes that stand where a condition is expected."""
    if node.kind in ("and", "or", "not"):
        return [n for arg in node.args for n in _is_condition_position(arg)]
    return [node]


def check(
    parsed: Parsed,
    prefix: str,
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    used_names: set[str],
    used_values: set[str],
    shown: Mapping[str, AttributeValue] | None = None,
) -> None:
    """DynamoDB's checks after the parse, in its order: redundant parentheses, unknown
    functions, the operator count, IN's operand count, misused functions, reserved words, then
    per condition: undefined names and values, operand counts, distinct operands, operand
    types. Records the placeholders used."""
    tree = parsed.tree
    nodes = walk(tree)
    # Redundant parentheses, then an unknown function, even past the operator limit (DynamoDB
    # Local 3.3.1: "a < f(f(...))" 1,355 deep, or 301 ORs then f(a), name the function; 301
    # ORs and "((a < b))" the parentheses; dynalite's live "a > whatever((:things), ((a)))").
    if parsed.redundant_parens:
        raise v.invalid(prefix + m.REDUNDANT_PARENS_DETAIL)
    for node in nodes:
        if node.kind == "call" and node.name not in FUNCTIONS:
            if node.name in _UPDATE_FUNCTIONS:
                detail = FUNCTION_NOT_IN_CONDITION_DETAIL.format(name=node.name)
            else:
                detail = m.UNKNOWN_FUNCTION_DETAIL.format(name=node.name)
            raise v.invalid(prefix + detail)
    # size() is not counted: "a < size(size(...))" 400 deep is no operator error (DDBL 3.3.1).
    if sum(_counts(node) for node in nodes) > MAX_OPERATORS:
        raise v.invalid(prefix + m.TOO_MANY_OPERATORS_DETAIL.format(count=MAX_OPERATORS + 1))
    for node in nodes:
        if node.kind == "in" and len(node.args) - 1 > MAX_IN_OPERANDS:
            count = len(node.args) - 1
            raise v.invalid(prefix + m.TOO_MANY_IN_OPERANDS_DETAIL.format(count=count))
    conditions = {id(n) for n in _is_condition_position(tree)}
    for node in nodes:
        if node.kind == "call":
            misused = (node.name == "size") == (id(node) in conditions)
            if misused:
                raise v.invalid(prefix + m.MISUSED_FUNCTION_DETAIL.format(name=node.name))
        if node.kind in ("compare", "between", "in", "call"):
            for arg in node.args:
                if arg.kind == "call" and arg.name != "size":
                    raise v.invalid(prefix + m.MISUSED_FUNCTION_DETAIL.format(name=arg.name))
    for node in nodes:
        if node.kind == "path":
            index = index_out_of_range(node.args)
            if index is not None:
                raise v.invalid(prefix + m.INDEX_RANGE_DETAIL.format(index=index))
            word = reserved_word(node.args)
            if word is not None:
                raise v.invalid(prefix + m.RESERVED_DETAIL.format(word=word))
    # Then condition by condition, as the service builds the tree (inside out, left to
    # right): at the first condition that completes with an error, the first error of the
    # most important kind so far: an undefined name or value, an operand count, operands not
    # distinct, an operand type (dynalite's live-checked order).
    errors: dict[str, str] = {}
    for node in _post_order(tree):
        if node.kind == "path":
            _path_errors(node.args, names, used_names, errors)
        elif node.kind == "value":
            if node.name in values:
                used_values.add(node.name)
            elif "undefined" not in errors:
                errors["undefined"] = m.UNDEFINED_VALUE_DETAIL.format(name=node.name)
        else:
            _operand_errors(node, names, values, errors, shown or values)
        if errors and (node.kind in ("compare", "between", "in") or id(node) in conditions):
            break
    for kind in ("undefined", "operands", "distinct", "function", "internal"):
        if kind in errors:
            raise v.invalid(prefix + errors[kind])


def _counts(node: Node) -> bool:
    return node.kind in _OPERATOR_KINDS and not (node.kind == "call" and node.name == "size")


def _post_order(node: Node) -> list[Node]:
    out: list[Node] = []
    for arg in node.args if node.kind not in ("path", "value") else ():
        out.extend(_post_order(arg))
    out.append(node)
    return out


def _path_errors(
    raw: RawPath, names: Mapping[str, str], used: set[str], errors: dict[str, str]
) -> None:
    if len(raw) > MAX_DEPTH and "undefined" not in errors:
        errors["undefined"] = m.TOO_DEEP_DETAIL.format(levels=len(raw))
    for kind, text in raw:
        if kind == "value":  # ":v" after a dot: DynamoDB Local fails inside, last of all
            errors.setdefault("internal", m.INTERNAL_DETAIL)
        elif kind == "placeholder":
            if text in names:
                used.add(text)
            elif "undefined" not in errors:
                errors["undefined"] = m.UNDEFINED_NAME_DETAIL.format(name=text)


def _defined(node: Node, names: Mapping[str, str], values: Mapping[str, AttributeValue]) -> bool:
    if node.kind == "value":
        return node.name in values
    if node.kind == "path":
        return all(
            kind not in ("placeholder", "value") or text in names for kind, text in node.args
        )
    return all(_defined(arg, names, values) for arg in node.args)


def _operand_errors(
    node: Node,
    names: Mapping[str, str],
    values: Mapping[str, AttributeValue],
    errors: dict[str, str],
    shown: Mapping[str, AttributeValue],
) -> None:
    from .paths import resolve, show

    if node.kind == "call" and len(node.args) != FUNCTIONS[node.name]:
        if "operands" not in errors:
            errors["operands"] = m.OPERAND_COUNT_DETAIL.format(name=node.name, count=len(node.args))
        return
    if "distinct" not in errors and (
        node.kind in ("compare", "between", "in") or (node.kind == "call" and len(node.args) == 2)
    ):
        first, *rest = node.args
        if first.kind == "path" and _defined(first, names, values):
            mine = resolve(first.args, names)
            for other in rest:
                if (
                    other.kind == "path"
                    and _defined(other, names, values)
                    and resolve(other.args, names) == mine
                ):
                    errors["distinct"] = m.NOT_DISTINCT_DETAIL.format(
                        name=node.name, path=show(mine)
                    )
                    break
    if "function" in errors or not _defined(node, names, values):
        return
    detail = _type_error(node, values, shown)
    if detail is not None:
        errors["function"] = detail


def _type_error(
    node: Node, values: Mapping[str, AttributeValue], shown: Mapping[str, AttributeValue]
) -> str | None:
    if node.kind == "call":
        return _function_error(node, values)
    if node.kind in ("compare", "between") and node.name not in ("=", "<>"):
        for arg in node.args:
            kind = _type_of(arg, values)
            if kind is not None and kind not in ("N", "S", "B"):
                return m.OPERAND_TYPE_DETAIL.format(name=node.name, type=kind)
    if node.kind == "between":
        _, low, high = node.args
        if low.kind == "value" and high.kind == "value":
            from .order import bounds_error

            return bounds_error(
                values[low.name], values[high.name], shown[low.name], shown[high.name]
            )
    return None


def _type_of(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    if node.kind == "value":
        return next(iter(values[node.name]))
    if node.kind == "call" and node.name == "size":
        return "N"
    return None


def _function_error(node: Node, values: Mapping[str, AttributeValue]) -> str | None:
    name = node.name
    if name in ("attribute_exists", "attribute_not_exists"):
        if node.args[0].kind != "path":
            return m.NEEDS_PATH_DETAIL.format(name=name)
    elif name == "begins_with":
        for arg in node.args:
            kind = _type_of(arg, values)
            if kind is not None and kind not in ("S", "B"):
                return m.OPERAND_TYPE_DETAIL.format(name=name, type=kind)
    elif name == "attribute_type":
        kind = _type_of(node.args[1], values)
        if kind != "S":
            shown = kind or "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}"
            return m.OPERAND_TYPE_DETAIL.format(name=name, type=shown)
        wanted = values[node.args[1].name]["S"]
        if wanted not in TYPE_NAMES:
            return m.ATTRIBUTE_TYPE_NAME_DETAIL.format(type=wanted)
    elif name == "size":
        kind = _type_of(node.args[0], values)
        if kind in ("N", "BOOL", "NULL"):
            return m.OPERAND_TYPE_DETAIL.format(name=name, type=kind)
    return None
