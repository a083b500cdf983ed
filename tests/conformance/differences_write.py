"""Write cases where DynamoDB Local differs from live DynamoDB (the fake follows live), and
cases where the fake differs from both for no documented reason (suspected bugs).

``WRITE_DIFFERENCES`` maps a case id to its differing steps: step index -> ``Difference``
(Local's answer and the service's, exactly, with the source); the key ``"contents"`` holds a
difference in the resulting table contents (Local's and the service's, as ``run`` gives them).
"""

from __future__ import annotations

from .cases import Difference

WRITE_DIFFERENCES: dict[str, dict[int | str, Difference]] = {}

# case id -> why (strict xfail): the fake differs from DynamoDB Local with no source.
WRITE_BUGS: dict[str, str] = {}
