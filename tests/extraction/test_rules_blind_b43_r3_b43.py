"""Failure kinds blind batch b43 showed, each tested on invented sentences (names made up, wording of the
kinds real readouts, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- who took part: named in the next sentence, a reviewing officer, an abbreviated office -------------


def test_people_named_inside_an_unnamed_call_are_its_participants() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- The defence chiefs of Norway and Portugal held phone talks Friday and "
        "vowed to expand their defence exchanges.\n\n"
        "During the conversation, Norwegian Defence Minister Ola Berg and his Portuguese counterpart, Rui "
        "Matos, exchanged views on regional security and naval cooperation."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "call")]
    assert set(_names(recs[0])) == {"Ola Berg", "Rui Matos"}


def test_one_side_named_after_an_unnamed_call_gives_no_participants() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- The defence chiefs of Norway and Portugal held phone talks Friday and "
        "vowed to expand their defence exchanges.\n\n"
        "During the conversation, Norwegian Defence Minister Ola Berg stressed naval cooperation."
    )
    assert all("Ola Berg" not in _names(r) for r in _extract(text) if r["type"] == "call")


def test_a_quoted_reviewing_officer_takes_part_in_the_exercise() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The joint military exercise Nordlys 2024 between the Norwegian and "
        "Portuguese armies got under way at the Skarvik ranges on Friday with an opening ceremony.\n\n"
        '"We have a lot to learn from each other," said Brigadier Ola Berg, the Norwegian reviewing officer.'
    )
    recs = [r for r in _extract(text) if r["type"] == "exercise"]
    assert len(recs) == 1
    assert "Ola Berg" in _names(recs[0])


def test_a_quoted_exercise_director_is_still_no_participant() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The joint military exercise Nordlys 2024 between the Norwegian and "
        "Portuguese armies got under way at the Skarvik ranges on Friday with an opening ceremony.\n\n"
        '"We have a lot to learn from each other," said Colonel Ola Berg, the Norwegian exercise director.'
    )
    recs = [r for r in _extract(text) if r["type"] == "exercise"]
    assert all("Ola Berg" not in _names(r) for r in recs)


def test_an_office_with_its_abbreviation_in_brackets_is_the_named_holders_title() -> None:
    text = (
        "GARDEMOEN: Chief of the Army Staff (COAS) Gen Tore Haugen and US Secretary of Defense Lloyd "
        "Austin held a telephonic conversation on Friday, during which regional stability was discussed.\n\n"
        "Mr Austin offered full support to the people of Norway, the ministry said. He also pledged to "
        "enhance cooperation with Norway at all levels."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "call")]
    assert set(_names(recs[0])) == {"Tore Haugen", "Lloyd Austin"}
    assert recs[0]["countries"] == ["NOR", "USA"]


# --- the participant's state: the other state the story names most ---------------------------------


def test_a_titled_participant_of_no_state_serves_the_state_the_story_names_most() -> None:
    text = (
        "Defence Cabinet Secretary Juma Odhiambo on Wednesday held talks with US Secretary of Defense Lloyd "
        "Austin at the Pentagon.\n\n"
        "Austin thanked Kenya for its contribution to regional security. The two also discussed Kenya's "
        "offer to lead a security mission, and Kenya's troops serving in Somalia."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-01", "meeting")]
    assert recs[0]["countries"] == ["KEN", "USA"]
    assert "Juma Odhiambo" in _names(recs[0])


def test_no_state_is_guessed_when_the_story_names_two_as_often() -> None:
    text = (
        "Defence Cabinet Secretary Juma Odhiambo on Wednesday held talks with US Secretary of Defense Lloyd "
        "Austin at the Pentagon.\n\n"
        "Austin thanked Kenya and Uganda for their contribution to regional security, and praised the "
        "troops of Kenya and Uganda serving in Somalia."
    )
    assert _extract(text) == []


# --- what is no contact: a format a state has --------------------------------------------------------


def test_a_similar_format_a_state_has_with_others_is_no_dialogue() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Foreign Minister Ola Berg and Portuguese Foreign Minister Rui "
        "Matos held their first 2+2 dialogue in Oslo on Friday.\n\n"
        "Norway has a similar 2+2 format with several partners, including Japan and Australia."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "dialogue")]
    assert recs[0]["countries"] == ["NOR", "PRT"]


def test_a_first_2_plus_2_held_is_still_a_dialogue() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and Japan held their first 2+2 dialogue in Oslo on Friday, with "
        "Norwegian Foreign Minister Ola Berg and Japanese Foreign Minister Kenji Sato."
    )
    assert [r["type"] for r in _extract(text)] == ["dialogue"]


# --- two contacts in one sentence; a standing group's session and its chairs --------------------------


def test_a_ships_call_in_an_as_clause_is_a_record_apart_from_the_talks() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- Norway and Portugal held the inaugural meeting of their Maritime "
        "Consultative Group in Oslo on Friday, as a Portuguese frigate pulled into the Norwegian port of "
        "Bergen for the first time in decades.\n\n"
        "The session at the defence ministry in Akershus was co-chaired by Ola Berg, Norway's principal "
        "deputy national security adviser, and Rui Matos, the Portuguese navy's coordinator for maritime "
        "affairs. Both praised the talks."
    )
    recs = sorted(_extract(text), key=lambda r: r["type"])
    assert _summary(recs) == [("2024-05-03", "dialogue"), ("2024-05-03", "port_call")]
    assert set(_names(recs[0])) == {"Ola Berg", "Rui Matos"}
    assert _names(recs[1]) == []


def test_a_title_after_the_name_ends_at_the_sentence_end() -> None:
    text = (
        "OSLO, May 3 (Reuters) -- Norwegian Defence Minister Ola Berg met Rui Matos, the Portuguese "
        "navy's coordinator for maritime affairs. Cara Lind, a Norwegian official, said the talks went well."
    )
    recs = _extract(text)
    assert len(recs) == 1
    matos = next(p for p in recs[0]["participants"] if p["name"] == "Rui Matos")
    assert matos["title"] is not None and matos["title"].endswith("maritime affairs")


# --- a courtesy call on a head of state named by one name; a signed implementation plan ---------------


def test_a_courtesy_call_on_a_president_named_by_one_name_is_a_contact_of_its_own() -> None:
    text = (
        "LISBON, Portugal - Norwegian Defence Minister Ola Berg held talks with Portuguese Defence Minister "
        "Rui Matos at the ministry on Friday.\n\n"
        "Earlier Friday, Berg, accompanied by Norwegian Ambassador Kari Lunde, paid a courtesy call on "
        "President Ravessa at the palace."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["meeting", "meeting"]
    assert "Ravessa" in _names(recs[1])
    assert recs[1]["countries"] == ["NOR", "PRT"]


def test_a_signed_implementation_plan_is_an_agreement() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg on Friday met his Portuguese "
        "counterpart Rui Matos in Oslo to discuss bilateral defence ties.\n\n"
        "Matos was welcomed with a military ceremony. After one-on-one talks followed by delegation "
        "meetings, Berg and Matos signed a military cooperation implementation plan."
    )
    assert sorted(r["type"] for r in _extract(text)) == ["agreement", "meeting"]
