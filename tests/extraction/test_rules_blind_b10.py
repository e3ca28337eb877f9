"""Failure kinds a seventh blind batch showed, each tested on invented sentences (names and places made
up, wording of the kinds real readouts, news agencies and wire copy use)."""

from tests.extraction.extraction_fixtures import extract_dicts as _extract
from tests.extraction.extraction_fixtures import names as _names
from tests.extraction.extraction_fixtures import summary as _summary

# --- background and non-contacts ------------------------------------------------------------------------


def test_calling_on_a_state_to_do_something_is_urging_not_a_courtesy_call() -> None:
    text = (
        "PARIS, May 3 (Reuters) - French Armed Forces Minister Paul Marchand spoke by telephone with "
        "Norwegian Defence Minister Ola Berg on Thursday. He told Berg that France had no information "
        "linking the attack to its allies and called on Norway to stop exploiting the tragedy."
    )
    assert _summary(_extract(text)) == [("2024-05-02", "call")]


def test_calling_on_a_leader_to_discuss_ties_is_still_a_courtesy_call() -> None:
    text = (
        "OSLO, May 3 (Reuters) - French Armed Forces Minister Paul Marchand on Thursday called on "
        "Norwegian Prime Minister Kari Lunde to discuss defence ties."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "meeting")


def test_contacts_had_several_times_since_a_crisis_began_are_a_tally() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and France held their first defence dialogue on Thursday. "
        "French President Jean Morel has spoken with Norway's Prime Minister, Kari Lunde, several times "
        "since the crisis began."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["dialogue"]


def test_a_single_contact_in_the_present_perfect_is_still_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - President Jean Morel of France has spoken with Norway's Prime Minister, "
        "Kari Lunde, about the crisis, the palace said on Friday."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["call"]


def test_an_official_expected_in_a_capital_for_talks_is_a_visit_to_come() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg held talks in Paris on Thursday with "
        "his French counterpart Paul Marchand. American envoy John Carver was also expected in Paris "
        "for talks with French officials."
    )
    recs = _extract(text)
    assert len(recs) == 1 and sorted(_names(recs[0])) == ["Ola Berg", "Paul Marchand"]


# --- triggers -------------------------------------------------------------------------------------------


def test_a_separate_meeting_opener_is_a_second_contact_of_the_visit_on_its_day() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian army chief General Lars Dahl held talks in Paris on Thursday "
        "with his French counterpart, General Pierre Roux, on military relations.\n\n"
        "Roux said cooperation between the two armies had grown.\n\n"
        "In a separate meeting, Dahl discussed issues of common interest with General Marc Vidal, head of "
        "French military intelligence."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-02", "meeting"), ("2024-05-02", "meeting")]
    assert sorted(_names(recs[1])) == ["Lars Dahl", "Marc Vidal"]


def test_a_separate_development_opener_is_no_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian army chief General Lars Dahl held talks in Paris on Thursday "
        "with his French counterpart, General Pierre Roux.\n\n"
        "In a separate development, Dahl praised the French army in an interview with Le Monde."
    )
    assert len(_extract(text)) == 1


def test_video_talks_during_which_a_plan_was_backed_are_the_news() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg voiced support for France's plan to "
        "send a frigate north, during video talks with his French counterpart Paul Marchand on Thursday."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "video_call")


def test_video_talks_someone_plans_to_hold_are_background() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg plans to hold video talks with his "
        "French counterpart Paul Marchand."
    )
    assert _extract(text) == []


def test_received_at_a_ministry_by_a_counterpart_is_a_meeting() -> None:
    text = (
        "Press release\n\nParis, 3 May 2024\n\n"
        "The French Minister of the Armed Forces, Paul Marchand, travelled to Oslo on Friday, where he was "
        "received at the Norwegian Ministry of National Defence by his counterpart, Ola Berg."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-03", "meeting")
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_putting_names_to_a_document_names_the_signatories() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and France signed a defence memorandum on Friday. "
        "Norwegian Defence Minister Ola Berg and French Armed Forces Minister Paul Marchand put their "
        "names to the document at the ministry in Oslo."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "agreement"
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_received_by_one_host_and_later_by_another_is_two_contacts() -> None:
    text = (
        "OSLO, May 3 (Reuters) - French Armed Forces Minister Paul Marchand was received on Friday by "
        "General Lars Dahl, the Norwegian chief of defence, and later by Norwegian Foreign Minister "
        "Kari Lunde."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-03", "meeting")]
    assert sorted(_names(recs[0])) == ["Lars Dahl", "Paul Marchand"]
    assert sorted(_names(recs[1])) == ["Kari Lunde", "Paul Marchand"]


def test_a_ratification_later_by_parliament_is_no_second_contact() -> None:
    text = (
        "OSLO, May 3 (Reuters) - French Armed Forces Minister Paul Marchand was received by Norwegian "
        "Defence Minister Ola Berg on Friday, and later by parliament's defence committee."
    )
    recs = _extract(text)
    assert len(recs) == 1 and sorted(_names(recs[0])) == ["Ola Berg", "Paul Marchand"]


def test_co_chairs_of_a_session_take_part_in_the_dialogue() -> None:
    text = (
        "WASHINGTON, May 3 (Reuters) - The United States and Norway held their first Strategic Dialogue on "
        "Thursday. Secretary of State Tom Hale co-chaired the opening session at the State Department "
        "with Norway's Foreign Minister Kari Lunde."
    )
    (rec,) = _extract(text)
    assert (rec["date"], rec["type"]) == ("2024-05-02", "dialogue")
    assert sorted(_names(rec)) == ["Kari Lunde", "Tom Hale"]


# --- dates and participants -----------------------------------------------------------------------------


def test_a_reception_later_in_the_afternoon_is_on_the_day_of_the_visit() -> None:
    text = (
        "Press release\n\nParis, 3 May 2024\n\n"
        "The Minister of the Armed Forces, Paul Marchand, met Norwegian Defence Minister Ola Berg in "
        "Oslo on Friday 3 May 2024.\n\n"
        "The ministers discussed the High North.\n\n"
        "Norway and France cooperate closely.\n\n"
        "Later in the afternoon Paul Marchand was received by Prime Minister Kari Lunde of Norway."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-03", "meeting")]


def test_a_visitor_also_received_by_another_host_is_on_the_day_of_the_visit() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norway and France signed a defence memorandum on Wednesday, when French "
        "Armed Forces Minister Paul Marchand and Norwegian Defence Minister Ola Berg signed it in Oslo.\n\n"
        "The memorandum covers training.\n\n"
        "Norway restored the ties in 2020.\n\n"
        "Marchand, who landed on Tuesday night, was also received by General Lars Dahl, the Norwegian "
        "chief of defence."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-01", "agreement"), ("2024-05-01", "meeting")]


def test_the_minister_meeting_a_counterpart_is_the_minister_named_before() -> None:
    text = (
        "Ministry of Defence\n\nMinister on first visit to Oslo\n\nParis, 03.05.2024\n\n"
        "French Armed Forces Minister Paul Marchand travelled to Oslo on Friday on his first visit.\n\n"
        "In Oslo the Minister met his Norwegian counterpart, Defence Minister Ola Berg."
    )
    (rec,) = _extract(text)
    assert rec["type"] == "meeting"
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand"]


def test_the_officer_a_general_accompanied_is_not_at_his_separate_talks() -> None:
    text = (
        "Press release\n\nPublished 3 May 2024\n\n"
        "French Armed Forces Minister Paul Marchand held talks in Oslo today with Norwegian Defence "
        "Minister Ola Berg.\n\n"
        "The ministers discussed the High North.\n\n"
        "Marchand said France would stay engaged.\n\n"
        "Alongside the ministerial talks, General Pierre Roux, who accompanied Minister Marchand, held "
        "separate talks with the Norwegian chief of defence, General Lars Dahl."
    )
    recs = _extract(text)
    assert _summary(recs) == [("2024-05-03", "meeting"), ("2024-05-03", "meeting")]
    assert sorted(_names(recs[1])) == ["Lars Dahl", "Pierre Roux"]
    assert sorted(_names(recs[0])) == ["Ola Berg", "Paul Marchand"]


def test_a_general_who_accompanied_the_minister_and_only_spoke_joins_her_talks() -> None:
    text = (
        "OSLO, May 3 (Reuters) - French Armed Forces Minister Paul Marchand held talks in Oslo on Friday "
        "with Norwegian Defence Minister Ola Berg. General Pierre Roux, who accompanied Minister Marchand, "
        "said the talks were useful."
    )
    (rec,) = _extract(text)
    assert sorted(_names(rec)) == ["Ola Berg", "Paul Marchand", "Pierre Roux"]


# --- location -------------------------------------------------------------------------------------------


def test_a_later_contact_of_the_visitor_placed_only_by_the_dateline_is_where_the_visit_is() -> None:
    text = (
        "Press release\n\nParis, 3 May 2024\n\n"
        "French Armed Forces Minister Paul Marchand travelled to Oslo on Friday 3 May 2024, where he held "
        "talks with Norwegian Defence Minister Ola Berg.\n\n"
        "The ministers discussed the High North.\n\n"
        "Norway and France cooperate closely.\n\n"
        "Later in the afternoon Paul Marchand was received by Prime Minister Kari Lunde of Norway."
    )
    recs = _extract(text)
    assert [(r["type"], r["location"]["city"]) for r in recs] == [("meeting", "Oslo"), ("meeting", "Oslo")]


def test_a_contact_of_other_officials_keeps_the_dateline_city() -> None:
    text = (
        "Press release\n\nParis, 3 May 2024\n\n"
        "French Armed Forces Minister Paul Marchand travelled to Oslo on Friday 3 May 2024, where he held "
        "talks with Norwegian Defence Minister Ola Berg.\n\n"
        "The ministers discussed the High North.\n\n"
        "Norway and France cooperate closely.\n\n"
        "Later in the afternoon French Foreign Minister Anne Roche received Norwegian Foreign Minister "
        "Kari Lunde."
    )
    recs = _extract(text)
    assert [(r["type"], r["location"]["city"]) for r in recs] == [("meeting", "Oslo"), ("meeting", "Paris")]


def test_a_document_signed_by_one_official_and_later_by_another_is_one_signing() -> None:
    text = (
        "OSLO, May 3 (Reuters) - The Norway-France defence roadmap was signed by Norwegian Defence "
        "Minister Ola Berg on Friday, and later by French Armed Forces Minister Paul Marchand."
    )
    recs = _extract(text)
    assert [r["type"] for r in recs] == ["agreement"]


def test_chairing_a_multilateral_session_alone_is_no_bilateral_meeting() -> None:
    text = (
        "OSLO, May 3 (Reuters) - Norwegian Defence Minister Ola Berg co-chaired the opening session of the "
        "Nordic defence forum on Friday. French Armed Forces Minister Paul Marchand, German Defence Minister "
        "Karl Weber and American envoy John Carver addressed the forum."
    )
    assert _extract(text) == []
