"""Hostile input at every route the app has: 4xx with a message, never a 5xx, never stored half-way.

Routes are enumerated from the app, so endpoints added later are attacked without editing this file.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engagements.models import Engagement
from app.ingest.models import Article
from app.officials.models import Official
from app.pillars import service as pillar_service
from app.pillars.schemas import PillarCreate
from app.users.models import User
from tests.builders import api_headers, make_engagement, make_official, make_user, sign_in
from tests.security.hostile import (
    ID_VALUES,
    MARKUP,
    QUERY_VALUES,
    SAFETY_NET_HITS,
    SCRIPT,
    TEXT,
    check,
    form_fields,
    has_message,
    json_bodies,
    report,
    row_counts,
)
from tests.security.routes import endpoints, page_writes, reads

TEN_MB = 10 * 1024 * 1024
NEWEST = {"engagement_id": Engagement, "article_id": Article, "official_id": Official, "user_id": User}
WRITES = ("POST", "PUT", "PATCH", "DELETE")


def _report(failures: list[str]) -> None:
    """Fail on bad answers; print (without failing) the requests only the 422 safety net answered."""
    if SAFETY_NET_HITS:
        hits = "; ".join(SAFETY_NET_HITS)
        report(f"unbounded input reached the database (answered 422 by the safety net): {hits}")
        SAFETY_NET_HITS.clear()
    assert not failures, f"{len(failures)} bad answers:\n" + "\n".join(failures[:40])


def test_hostile_query_values_on_every_read(session: Session, strict: TestClient, admin: User) -> None:
    headers = api_headers(session, admin)  # a bearer token works on pages too: reach admin-only reads
    failures, sent = [], 0
    for endpoint in reads(strict.app):  # type: ignore[arg-type]
        url = endpoint.url()
        for name in endpoint.query_params:
            for value in QUERY_VALUES:
                response = strict.get(url, params={name: value}, headers=headers, follow_redirects=False)
                sent += 1
                check(response, f"GET {url}?{name}={value[:40]!r}", failures)
            many = [(name, "IND")] * 1000
            response = strict.get(url, params=many, headers=headers, follow_redirects=False)
            check(response, f"GET {url} with {name} given 1000 times", failures)
    report(f"hostile query values: {sent} requests")
    _report(failures)


def test_hostile_path_ids_on_every_route(session: Session, strict: TestClient, admin: User) -> None:
    headers = api_headers(session, admin)
    token = sign_in(strict, admin)
    failures = []
    for endpoint in endpoints(strict.app, ("GET", *WRITES)):  # type: ignore[arg-type]
        for param in endpoint.path_params:
            for value in ID_VALUES:
                url = endpoint.url(**{param: quote(value, safe="")})
                kwargs: dict[str, object] = {"headers": {**headers, "X-CSRF-Token": token}}
                if endpoint.method != "GET":
                    kwargs["json" if endpoint.is_api else "data"] = {} if endpoint.is_api else {"x": "1"}
                response = strict.request(endpoint.method, url, follow_redirects=False, **kwargs)  # type: ignore[arg-type]
                check(response, f"{endpoint.method} {url[:120]}", failures)
                if response.status_code < 400:
                    failures.append(
                        f"{endpoint.method} {url[:120]} -> {response.status_code} for an unknown id"
                    )
    _report(failures)


def test_ten_megabyte_body_is_413_at_every_write(session: Session, strict: TestClient, admin: User) -> None:
    headers = api_headers(session, admin)
    token = sign_in(strict, admin)
    before = row_counts(session)
    failures = []
    for endpoint in endpoints(strict.app, WRITES):  # type: ignore[arg-type]
        kind = "application/json" if endpoint.is_api else "application/x-www-form-urlencoded"
        body = b"a" * TEN_MB
        h = {**headers, "Content-Type": kind, "X-CSRF-Token": token}
        response = strict.request(endpoint.method, endpoint.url(), content=body, headers=h)
        if response.status_code != 413 or not has_message(response) or "bytes" not in response.text:
            failures.append(f"{endpoint} -> {response.status_code}")
    _report(failures)
    assert row_counts(session) == before


@pytest.mark.parametrize(
    "kind", ["application/x-www-form-urlencoded", "application/json", "multipart/form-data; boundary=xyz"]
)
def test_streamed_body_without_length_is_cut_off(strict: TestClient, kind: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\n'
        for _ in range(20):
            yield b"a" * 1024 * 1024

    for url in ("/login", "/admin/pillars"):
        response = strict.post(url, content=chunks(), headers={"Content-Type": kind})
        assert response.status_code == 413, (url, kind, response.status_code)
        assert "larger than" in response.text


def test_invalid_utf8_is_422_at_every_write(session: Session, strict: TestClient, admin: User) -> None:
    headers = api_headers(session, admin)
    token = sign_in(strict, admin)
    before = row_counts(session)
    failures = []
    for endpoint in endpoints(strict.app, WRITES):  # type: ignore[arg-type]
        if endpoint.is_api:
            bodies = [(b'{"summary": "\xff\xfe caf\xe9"}', "application/json")]
        else:
            form = f"csrf_token={token}&name=".encode()
            bodies = [(form + b"\xff\xfe", "application/x-www-form-urlencoded")]
            bodies.append((form + b"%ff%fe", "application/x-www-form-urlencoded"))
        for body, kind in bodies:
            h = {**headers, "Content-Type": kind}
            response = strict.request(endpoint.method, endpoint.url(), content=body, headers=h)
            if response.status_code != 422 or "UTF-8" not in response.text:
                failures.append(f"{endpoint} {body[-12:]!r} -> {response.status_code}")
    _report(failures)
    assert row_counts(session) == before


def test_nul_characters_are_refused(session: Session, strict: TestClient, admin: User) -> None:
    """Postgres cannot store NUL; it is refused up front instead of failing in the database."""
    token = sign_in(strict, admin)
    responses = [
        strict.get("/", params={"q": "a\x00b"}),
        strict.post("/admin/users", data={"csrf_token": token, "name": "nul\x00name"}),
        strict.post(
            "/api/anything", content=b'{"summary": "a\\u0000b"}', headers={"Content-Type": "application/json"}
        ),
    ]
    for response in responses:
        assert response.status_code == 422, response.text[:200]
        assert "NUL" in response.text


def test_hostile_text_in_every_page_form_field(session: Session, strict: TestClient, admin: User) -> None:
    """Every form field of every page write gets script, SQL and huge text; then every page is checked."""
    token = sign_in(strict, admin)
    failures = []
    for endpoint in page_writes(strict.app):  # type: ignore[arg-type]
        if endpoint.path in ("/logout", "/login"):
            continue
        fields = form_fields(endpoint.route.dependant)
        url = endpoint.url(user_id=admin.id, key="logistics")
        for value in TEXT:
            data = dict.fromkeys(fields, value) | {"csrf_token": token}
            response = strict.request(endpoint.method, url, data=data, follow_redirects=False)
            check(response, f"{endpoint} fields={fields} value={value[:30]!r}", failures)
    failures += _markup_on_pages(strict, ids=_latest_ids(session))
    _report(failures)


def _latest_ids(session: Session) -> dict[str, object]:
    """Path values for the newest record of each kind, so the sweep shows what the test just stored."""
    ids: dict[str, object] = {"key": "logistics", "iso3": "IND", "pair": "IND-USA"}
    for name, model in NEWEST.items():
        if (newest := session.scalar(select(func.max(model.id)))) is not None:
            ids[name] = newest
    return ids


def test_hostile_json_at_every_api_write(session: Session, strict: TestClient, analyst: User) -> None:
    headers = api_headers(session, analyst)
    make_engagement(session, status="draft", summary="target of hostile edits")
    ids = _latest_ids(session)  # real ids, so bodies reach the code behind the lookup
    spec = strict.get("/openapi.json").json()
    failures, sent = [], 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method.upper() not in WRITES:
                continue
            schema = (
                operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            )
            url = path.format(**{name: ids.get(name, 1) for name in _path_names(path)})
            for body in json_bodies(schema or {}, spec):
                before = row_counts(session)
                response = strict.request(method.upper(), url, json=body, headers=headers)
                sent += 1
                check(response, f"{method.upper()} {url} {str(body)[:80]}", failures)
                if response.status_code >= 400 and row_counts(session) != before:
                    failures.append(f"{method.upper()} {url} {str(body)[:80]} -> stored half-way")
    report(f"hostile JSON bodies: {sent} requests")
    _report(failures)


def _path_names(path: str) -> list[str]:
    import re

    return re.findall(r"{(\w+)}", path)


def _markup_on_pages(client: TestClient, ids: dict[str, object]) -> list[str]:
    """Every page (path ids filled from `ids`) must show stored markup escaped, never raw."""
    failures = []
    for endpoint in reads(client.app):  # type: ignore[arg-type]
        response = client.get(endpoint.url(**ids), follow_redirects=False)
        if response.status_code >= 500:
            failures.append(f"GET {endpoint.url(**ids)} -> {response.status_code}")
        elif "text/html" in response.headers.get("content-type", ""):
            failures += [f"GET {endpoint.url(**ids)} shows {m!r} raw" for m in MARKUP if m in response.text]
    return failures


def test_stored_markup_is_escaped_on_every_page(session: Session, strict: TestClient, admin: User) -> None:
    """Script and HTML in every text field of stored records come back escaped wherever shown."""
    hostile_user = make_user(session, name=SCRIPT[:80], role="analyst")
    pillar_service.create(
        session=session,
        data=PillarCreate(key="xss", label=SCRIPT, description=IMG_TEXT, cues=[SCRIPT, IMG_TEXT]),
        user=hostile_user,
    )
    make_engagement(
        session,
        summary=SCRIPT + IMG_TEXT,
        participants=[
            {"name": SCRIPT, "title": IMG_TEXT, "country": "IND"},
            {"name": IMG_TEXT, "title": SCRIPT, "country": "USA"},
        ],
        location={"city": SCRIPT, "country": "IND", "venue": IMG_TEXT},
        pillars=["xss"],
    )
    sign_in(strict, admin)
    make_official(session, name=SCRIPT, country_iso3="IND")
    ids = _latest_ids(session) | {"key": "xss"}
    _report(_markup_on_pages(strict, ids))
    assert "&lt;script&gt;" in strict.get("/admin/users").text
    assert "&lt;script&gt;" in strict.get("/admin/pillars").text


IMG_TEXT = MARKUP[1]


def test_nul_in_a_multipart_form_is_not_a_server_error(
    session: Session, strict: TestClient, admin: User
) -> None:
    """Multipart bodies are not scanned up front (uploads may hold any byte): SQLite stores NUL, and on
    Postgres the database's refusal becomes a 422 with nothing stored."""
    token = sign_in(strict, admin)
    before = row_counts(session)
    fields = {"csrf_token": token, "key": "nul", "label": "a\x00b", "description": "", "cues": ""}
    response = strict.post(
        "/admin/pillars", files={k: (None, v) for k, v in fields.items()}, follow_redirects=False
    )
    assert response.status_code in (303, 422), response.text[:300]
    if response.status_code == 422:
        assert has_message(response)
        assert row_counts(session) == before
