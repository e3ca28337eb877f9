"""schemathesis over every operation in /openapi.json, as a test analyst: zero server errors.

Bounded and deterministic (derandomized, a fixed number of examples per operation and mode), so it
runs inside the normal suite on SQLite and Postgres; the number of generated cases is printed.
"""

from __future__ import annotations

import time
from collections import Counter

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from sqlalchemy.orm import Session

from app.users.models import User
from tests.builders import api_headers
from tests.security.hostile import report

EXAMPLES_PER_OPERATION = 20
BUDGET_SECONDS = 60


def _run_operation(
    operation: schemathesis.APIOperation,
    mode: GenerationMode,
    headers: dict[str, str],
    statuses: Counter[int],
) -> dict[str, list[str]]:
    """Generate and send cases for one operation, counting statuses; return the server errors by cause."""
    errors: dict[str, list[str]] = {}

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(generation_mode=mode))
        try:
            response = case.call(headers=headers)
            status = response.status_code
        except Exception as exc:  # the ASGI transport re-raises server exceptions
            status, detail = 500, f"{type(exc).__name__}: {exc}"
        else:
            detail = response.text[:200]
        statuses[status] += 1
        if status >= 500:
            cause = f"{case.method} {case.formatted_path} -> {detail.splitlines()[0] if detail else status}"
            errors.setdefault(cause, []).append(f"query={case.query} body={case.body!r:.300}")

    run()
    return errors


def test_schemathesis_finds_no_server_errors(session: Session, strict: TestClient, analyst: User) -> None:
    headers = api_headers(session, analyst)
    schema = schemathesis.openapi.from_asgi("/openapi.json", strict.app)
    started = time.monotonic()
    operations, errors, statuses = 0, dict[str, list[str]](), Counter[int]()
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            for cause, examples in _run_operation(operation, mode, headers, statuses).items():
                errors.setdefault(cause, []).extend(examples)
    elapsed = time.monotonic() - started
    total = sum(statuses.values())
    report(
        f"schemathesis: {total} generated cases over {operations} operations in {elapsed:.1f}s, "
        f"statuses {dict(sorted(statuses.items()))}"
    )
    assert operations >= 1, "no operations in /openapi.json"
    lines = [f"{cause} ({len(ex)} cases), shortest: {min(ex, key=len)}" for cause, ex in errors.items()]
    assert not errors, f"{len(errors)} distinct server errors:\n" + "\n".join(lines)
    assert elapsed < BUDGET_SECONDS * 3, "fuzzing is far over its time budget: lower EXAMPLES_PER_OPERATION"
