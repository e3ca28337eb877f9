"""Failure kinds a fifth blind batch showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

from app.extraction import officials
from app.extraction.knowledge import builtin
from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names

# --- participants --------------------------------------------------------------------------------------


def test_the_ministers_who_led_each_side_take_part_in_the_dialogue() -> None:
    text = (
        "OSLO, May 3 (NTB) - The third Norway-France 2+2 Ministerial Dialogue was held in Oslo today. "
        "Defence Minister Ola Berg and Foreign Minister Kari Lunde led the Norwegian side, while the "
        "French delegation was led by Minister of the Armed Forces Paul Marchand and Foreign Minister "
        "Anne Roche."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "dialogue")
    assert sorted(_names(rec)) == ["Anne Roche", "Kari Lunde", "Ola Berg", "Paul Marchand"]


def test_leading_a_delegation_earlier_is_no_participation() -> None:
    text = (
        "OSLO, May 3 (NTB) - The Norway-France 2+2 Ministerial Dialogue was held in Oslo today. "
        "Last year Defence Minister Ola Berg led the Norwegian delegation to Paris."
    )
    (rec,) = _extract(text)
    assert _names(rec) == []


def test_putting_signatures_to_a_document_is_the_signing_and_names_its_signatories() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and France on Friday signed a roadmap for a joint naval base. "
        "Norwegian Defence Minister Ola Berg and his French counterpart Paul Marchand put their "
        "signatures to the document at the defence ministry in Oslo."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "agreement")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_a_camp_is_a_place_not_a_person() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg and French Defence Minister Paul "
        "Marchand met at Camp Holmen, the army headquarters in Oslo, on Friday."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_a_press_release_minister_of_no_stated_country_is_of_the_paired_state() -> None:
    text = (
        "Press release from the Ministry of Defence\n\nPublished 3 May 2024\n\n"
        "Minister for Defence Ola Berg today held a video conference with France's Minister of the "
        "Armed Forces Paul Marchand. The ministers discussed the Norwegian and French armed forces."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "video_call"
    assert rec["countries"] == ["FRA", "NOR"]
    assert {p["name"]: p["country"] for p in rec["participants"]}["Ola Berg"] == "NOR"


# --- news-agency readouts ------------------------------------------------------------------------------


def test_a_host_who_received_a_guest_at_his_office_met_him() -> None:
    text = (
        "Oslo, May 3, 2024, NTB -- Defence Minister Ola Berg received at his office in Oslo today "
        "France's Minister of the Armed Forces, Paul Marchand.\n\n"
        "The meeting was attended by Chief of the General Staff General Lars Dahl."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert rec["countries"] == ["FRA", "NOR"]
    assert rec["location"]["city"] == "Oslo"
    people = {p["name"]: p["country"] for p in rec["participants"]}
    assert people["Lars Dahl"] == "NOR"  # a wording many armies use: the state of the dateline


def test_a_known_official_named_with_a_shorter_patronymic_chain_is_recognised() -> None:
    index = officials.OfficialIndex(builtin())
    found = index.exact("Khalid bin Salman bin Abdulaziz")
    assert found is not None and found.country == "SAU"
    assert index.exact("Salman bin Hamad bin Isa Unknown") is None


# --- background ----------------------------------------------------------------------------------------


def test_leaders_opening_a_complex_last_month_is_not_the_exercise() -> None:
    text = (
        "Oslo, May 3, NTB\n\nJoint tactical exercises of the Norwegian and French armies started today "
        "near Bodo, the ministry said.\n\n"
        "Last month President Ola Berg and President Paul Marchand met in Bodo, where they opened a "
        "military complex."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["exercise"]
    assert recs[0]["participants"] == []
