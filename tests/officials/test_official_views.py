"""Official pages through HTTP: search, detail, edit with optimistic locking, merge and undo."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.officials import service as official_service
from app.officials.models import Official
from tests.builders import count_statements, csrf_from, make_engagement, make_official, make_user, sign_in
from tests.officials.kb import starter_set, update_data


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def _alert(html: str) -> str:
    node = _soup(html).select_one("[role=alert]")
    return node.get_text(" ", strip=True) if node else ""


def _official(session: Session, name: str = "Ada Minister", **kw: object) -> Official:
    return official_service.create(session=session, data=update_data(name=name, **kw), user=None)


def _edit_form(html: str) -> dict[str, object]:
    """The edit form's fields as a browser would submit them (repeated position fields as lists)."""
    form = _soup(html).select_one("form[action$='/edit']")
    assert form is not None
    data: dict[str, object] = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = str(field["name"])
        if field.name == "select":
            chosen = field.select_one("option[selected]")
            value = str(chosen["value"]) if chosen else ""
        elif field.name == "textarea":
            value = field.get_text()
        else:
            value = str(field.get("value", ""))
        if name.startswith("pos_"):
            data.setdefault(name, [])
            data[name].append(value)  # type: ignore[union-attr]
        else:
            data[name] = value
    return data


def test_search_by_alias_shows_the_current_office(session: Session, client: TestClient) -> None:
    _official(session, "Zora Quill", aliases=["Zed Q"])
    _official(session, "Other Person", aliases=[])
    page = _soup(client.get("/officials", params={"q": "zed q"}).text)
    rows = page.select("tr.official")
    assert [r.select_one("a").get_text() for r in rows] == ["Zora Quill"]  # type: ignore[union-attr]
    assert rows[0].select_one(".current").get_text(" ", strip=True).startswith("Defence Minister")  # type: ignore[union-attr]
    assert page.select_one("input[name=q]")["value"] == "zed q"  # type: ignore[index]


def test_country_filter_and_htmx_partial_with_clean_pushed_url(session: Session, client: TestClient) -> None:
    _official(session, "Zora Quill", country="USA")
    response = client.get("/officials?q=Zora&country=usa", headers={"HX-Request": "true"})
    assert "<html" not in response.text and "Zora Quill" in response.text
    assert response.headers["HX-Push-Url"] == "/officials?q=Zora&country=USA"
    assert "Zora Quill" not in client.get("/officials?q=Zora&country=IND").text


def test_names_with_markup_are_escaped(session: Session, client: TestClient) -> None:
    official = _official(session, "<script>alert(1)</script>", aliases=["<b>bold</b>"])
    for url in ("/officials?q=script", f"/officials/{official.id}"):
        html = client.get(url).text
        assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<b>bold</b>" not in html


def _people(*names: tuple[str, str]) -> list[dict[str, str]]:
    return [{"name": n, "title": "Defence Minister", "country": c} for n, c in names]


def test_detail_shows_positions_engagements_and_ranked_counterparts(
    session: Session, client: TestClient
) -> None:
    me = _official(session, "Quill Testperson")
    pair = _people(("Quill Testperson", "IND"), ("Hugo Counterpart", "USA"))
    make_engagement(session, participants=pair)
    make_engagement(session, participants=pair, date=dt.date(2025, 8, 1))
    make_engagement(
        session,
        participants=_people(("Quill Testperson", "IND"), ("Ines Other", "AUS")),
        countries=["IND", "AUS"],
    )
    make_engagement(session, participants=pair, status="draft", summary="secret draft")
    page = _soup(client.get(f"/officials/{me.id}").text)
    assert page.select_one("h1").get_text(strip=True) == "Quill Testperson"  # type: ignore[union-attr]
    counterparts = [r.select("td") for r in page.select("table.counterparts tbody tr")]
    assert [(c[0].get_text(), c[2].get_text()) for c in counterparts] == [
        ("Hugo Counterpart", "2"),
        ("Ines Other", "1"),
    ]
    positions = [r.select_one("td").get_text() for r in page.select("table.positions tbody tr")]  # type: ignore[union-attr]
    assert positions == ["Defence Minister"]
    assert len(page.select("ol.engagements li")) == 3 and "secret draft" not in str(page)
    assert page.select_one("ol.history") is None  # history is for analysts


def test_analyst_sees_drafts_and_history(session: Session, client: TestClient) -> None:
    me = _official(session, "Quill Testperson")
    make_engagement(
        session,
        participants=_people(("Quill Testperson", "IND"), ("Hugo Counterpart", "USA")),
        status="draft",
        summary="secret draft",
    )
    sign_in(client, make_user(session))
    page = _soup(client.get(f"/officials/{me.id}").text)
    assert "secret draft" in page.select_one("ol.engagements").get_text()  # type: ignore[union-attr]
    assert [li["data-action"] for li in page.select("ol.history li")] == ["create"]


def test_a_merged_official_redirects_permanently(session: Session, client: TestClient) -> None:
    keep = make_official(session, name="Kept")
    gone = make_official(session, name="Gone", status="merged", merged_into_id=keep.id)
    response = client.get(f"/officials/{gone.id}", follow_redirects=False)
    assert response.status_code == 308 and response.headers["location"] == f"/officials/{keep.id}"


def test_unknown_official_is_404_with_message(client: TestClient) -> None:
    response = client.get("/officials/99999999")
    assert response.status_code == 404 and "No official with id 99999999" in response.text


def test_edit_saves_positions_and_aliases(session: Session, client: TestClient) -> None:
    official = _official(session)
    sign_in(client, make_user(session))
    data = _edit_form(client.get(f"/officials/{official.id}/edit").text)
    data["aliases"] = "A. Minister\nAda M."
    data["pos_title"][1] = "External Affairs Minister"  # type: ignore[index]
    data["pos_start"][1] = "2021-02-03"  # type: ignore[index]
    response = client.post(f"/officials/{official.id}/edit", data=data, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/officials/{official.id}"
    page = _soup(client.get(f"/officials/{official.id}").text)
    titles = [r.select_one("td").get_text() for r in page.select("table.positions tbody tr")]  # type: ignore[union-attr]
    assert titles == ["Defence Minister", "External Affairs Minister"]
    assert "Ada M." in page.select_one(".aliases").get_text()  # type: ignore[union-attr]


def test_invalid_edit_rerenders_the_form_with_the_message_and_input(
    session: Session, client: TestClient
) -> None:
    official = _official(session)
    sign_in(client, make_user(session))
    data = _edit_form(client.get(f"/officials/{official.id}/edit").text)
    data["name"] = "Changed Name"
    data["pos_end"][0] = "2019-01-01"  # type: ignore[index]
    response = client.post(f"/officials/{official.id}/edit", data=data)
    assert response.status_code == 422
    assert "ends (2019-01-01) before it starts (2020-01-01)" in _alert(response.text)
    assert _soup(response.text).select_one("input[name=name]")["value"] == "Changed Name"  # type: ignore[index]
    data["pos_start"][0] = "not a date"  # type: ignore[index]
    response = client.post(f"/officials/{official.id}/edit", data=data)
    assert response.status_code == 422 and "start" in _alert(response.text)


def test_a_stale_edit_gets_409_saying_someone_else_changed_it(session: Session, client: TestClient) -> None:
    official = _official(session)
    sign_in(client, make_user(session))
    form_a = _edit_form(client.get(f"/officials/{official.id}/edit").text)
    form_b = dict(form_a)
    form_a["name"] = "Saved First"
    assert (
        client.post(f"/officials/{official.id}/edit", data=form_a, follow_redirects=False).status_code == 303
    )
    form_b["name"] = "Saved Second"
    response = client.post(f"/officials/{official.id}/edit", data=form_b)
    assert response.status_code == 409
    assert "Someone else changed" in _alert(response.text)
    assert official_service.get(session=session, official_id=official.id).name == "Saved First"


def test_a_viewer_cannot_edit(session: Session, client: TestClient) -> None:
    official = _official(session)
    token = sign_in(client, make_user(session, name="vic", role="viewer"))
    assert client.get(f"/officials/{official.id}/edit").status_code == 403
    response = client.post(f"/officials/{official.id}/edit", data={"csrf_token": token, "name": "Hacked"})
    assert response.status_code == 403 and "analyst" in response.text
    assert official_service.get(session=session, official_id=official.id).name == "Ada Minister"


def test_logged_out_edit_redirects_to_login(session: Session, client: TestClient) -> None:
    official = _official(session)
    response = client.get(f"/officials/{official.id}/edit", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/login?next=/officials/{official.id}/edit"


def test_new_official_form_creates_one(session: Session, client: TestClient) -> None:
    token = sign_in(client, make_user(session))
    assert _soup(client.get("/officials/new").text).select_one("form[action='/officials/new']") is not None
    data = {
        "csrf_token": token,
        "name": "Brand New",
        "country": "FRA",
        "aliases": "",
        "pos_title": ["Minister of the Armed Forces"],
        "pos_start": ["2024-01-11"],
    }
    response = client.post("/officials/new", data=data, follow_redirects=False)
    assert response.status_code == 303
    page = _soup(client.get(response.headers["location"]).text)
    assert page.select_one("h1").get_text(strip=True) == "Brand New"  # type: ignore[union-attr]
    bad = client.post("/officials/new", data={**data, "country": "ZZZ"})
    assert bad.status_code == 422 and "Unknown country 'ZZZ'" in _alert(bad.text)


def test_merge_preview_confirm_and_undo_from_history(session: Session, client: TestClient) -> None:
    keep = _official(session, "Subrahmanyam Jaishankar", aliases=[], positions=[])
    drop = _official(session, "S Jaishankar", aliases=["S. Jaishankar"], positions=[])
    make_engagement(
        session,
        participants=[
            {"name": "S Jaishankar", "title": "EAM", "country": "IND"},
            {"name": "Marco Rubio", "title": "SecState", "country": "USA"},
        ],
    )
    token = sign_in(client, make_user(session))
    preview = _soup(client.get(f"/officials/merge?keep={keep.id}&drop={drop.id}").text)
    assert "1 engagement participation(s) move" in preview.select_one(".moves-engagements").get_text()  # type: ignore[union-attr]
    response = client.post(
        "/officials/merge",
        data={"csrf_token": token, "keep": keep.id, "drop": drop.id},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == f"/officials/{keep.id}"
    page = _soup(client.get(f"/officials/{keep.id}").text)
    assert (
        len(page.select("ol.engagements li")) == 1
        and "S Jaishankar" in page.select_one(".aliases").get_text()
    )  # type: ignore[union-attr]
    merges = page.select("ol.history li[data-action=merge]")
    assert len(merges) == 1
    undo = merges[0].select_one("form")
    assert undo is not None
    response = client.post(str(undo["action"]), data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/officials/{drop.id}"
    assert client.get(f"/officials/{drop.id}", follow_redirects=False).status_code == 200
    page = _soup(client.get(f"/officials/{keep.id}").text)
    assert not page.select("ol.history li[data-action=merge] form")  # already undone


def test_merge_with_overlapping_tenures_is_409_with_message(session: Session, client: TestClient) -> None:
    keep = _official(session, "A Keep", aliases=[])
    drop = _official(
        session, "A Drop", aliases=[], positions=[{"title": "Raksha Mantri", "start": "2021-01-01"}]
    )
    token = sign_in(client, make_user(session))
    assert "overlaps" in _alert(client.get(f"/officials/merge?keep={keep.id}&drop={drop.id}").text)
    response = client.post("/officials/merge", data={"csrf_token": token, "keep": keep.id, "drop": drop.id})
    assert response.status_code == 409 and "overlaps" in response.text


def test_merge_page_needs_an_analyst(session: Session, client: TestClient) -> None:
    assert client.get("/officials/merge", follow_redirects=False).status_code == 303
    csrf = csrf_from(client.get("/login").text)
    response = client.post(
        "/officials/merge", data={"csrf_token": csrf, "keep": 1, "drop": 2}, follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_the_list_runs_the_same_number_of_queries_for_1_or_100_rows(
    session: Session, client: TestClient
) -> None:
    official_service.load_kb(session=session, rows=starter_set())
    _official(session, "Unique Qwertyname")
    client.get("/officials")  # warm up
    with count_statements(session) as one:
        assert len(_soup(client.get("/officials?q=qwertyname").text).select("tr.official")) == 1
    with count_statements(session) as many:
        assert len(_soup(client.get("/officials").text).select("tr.official")) >= 20
    assert len(many) == len(one) <= 10
