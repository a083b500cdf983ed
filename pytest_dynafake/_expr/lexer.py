"""The expression lexer shared by every expression parameter, and DynamoDB's syntax error.

Tokens are ``(kind, text, start, end)``. Kinds: ``name`` (an attribute name or a function
name), ``keyword`` (AND, OR, NOT, BETWEEN, IN and the update-expression clause words, any
case), ``placeholder`` (``#n``), ``value`` (``:v``), ``number`` (a list index), ``open``/``close``
(``[``/``]``), ``lparen``/``rparen``, ``comparator`` (``= <> < <= > >=``), ``dot``, ``comma``
and ``other`` (any other character, a syntax error wherever it stands).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import messages as m

# DynamoDB's lexer, as DynamoDB Local reports its syntax errors: a name starts with a letter,
# an index has no leading zero ("01" is two tokens), "#" alone and "_x" are errors.
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<name>[A-Za-z][A-Za-z0-9_]*)|(?P<placeholder>#[A-Za-z0-9_]+)"
    r"|(?P<value>:[A-Za-z0-9_]+)|(?P<number>0|[1-9][0-9]*)|(?P<open>\[)|(?P<close>\])"
    r"|(?P<lparen>\()|(?P<rparen>\))|(?P<comparator><>|<=|>=|=|<|>)"
    r"|(?P<dot>\.)|(?P<comma>,)|(?P<other>.)",
    re.DOTALL,
)
# Words of the expression grammar itself: where a name belongs they are a syntax error, not a
# reserved word (DynamoDB Local reports them so; `size`, a function, passes as a name).
KEYWORDS = frozenset({"AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE"})
# The service's expression limit: 4 KB of the expression as written, before names are
# substituted, counted as DynamoDB Local counts it, in UTF-16 code units (Java's length).
MAX_EXPRESSION = 4096
EOF_TEXT = "<EOF>"
Token = tuple[str, str, int, int]  # kind, text, start, end


@lru_cache(maxsize=512)
def tokenize(expression: str) -> tuple[Token, ...]:
    """The tokens of ``expression``, spaces dropped."""
    return tuple(
        (_kind(m.lastgroup or "", m.group()), m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(expression)
        if m.lastgroup != "space"
    )


def _kind(group: str, text: str) -> str:
    return "keyword" if group == "name" and text.upper() in KEYWORDS else group


def utf16_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


def too_long(expression: str) -> bool:
    """Over the 4 KB expression limit, counted in UTF-16 code units."""
    return len(expression) > MAX_EXPRESSION // 2 and utf16_length(expression) > MAX_EXPRESSION


def at(tokens: tuple[Token, ...] | list[Token], position: int) -> tuple[str, str]:
    """The kind and text of the token at ``position``, or ``("eof", "<EOF>")``."""
    if position < len(tokens):
        kind, text, _, _ = tokens[position]
        return kind, text
    return "eof", EOF_TEXT


def syntax_message(expression: str, tokens: tuple[Token, ...] | list[Token], position: int) -> str:
    """DynamoDB's syntax error (without the "Invalid XExpression: " prefix): the bad token, and
    the source from the token before it to the token after it."""
    _, token = at(tokens, position)
    start = tokens[position - 1][2] if 0 < position <= len(tokens) else 0
    end = (
        tokens[position + 1][3]
        if position + 1 < len(tokens)
        else (tokens[position][3] if position < len(tokens) else len(expression))
    )
    return m.SYNTAX.format(token=token, near=expression[start:end])
