"""One-word "names" that are common English words: a sentence's first word the tagger reads as a
proper noun, and the last word of a longer capitalised name the model cut off."""

from __future__ import annotations

from tests.extract.cast.conftest import cast_of


def _names(text: str) -> set[str]:
    return {actor.name for actor in cast_of(text).actors}


def test_a_common_word_opening_a_sentence_once_is_no_person() -> None:
    text = (
        "Riot police took 10 minutes to restore order. The match was abandoned after the fans "
        "threw their seats over the fence."
    )
    assert "Riot" not in _names(text)


def test_a_common_word_opening_a_sentence_before_a_noun_is_no_person() -> None:
    text = "Agenda minutes for the Illinois Board of Elections show the vote was unanimous."
    assert _names(text) == {"Illinois Board of Elections"}


def test_a_person_opening_a_sentence_stays() -> None:
    text = "Obama flew to Chicago on Monday. He met the mayor there."
    assert "Obama" in _names(text)


def test_a_speaking_person_opening_a_sentence_stays() -> None:
    text = "Sen. Smith voted no. Smith said later that she regretted it."
    assert "Smith" in _names(text)


def test_the_last_word_of_a_longer_name_is_no_person() -> None:
    text = (
        "The former Heisman Trophy winner, now a guest speaker who travels around the country, "
        "spoke on Monday. Walker said he was tired."
    )
    assert "Trophy" not in _names(text)


def test_a_division_after_its_company_is_no_person() -> None:
    text = (
        "Jeff Zucker, President of CNN Worldwide, said simply that he would not respond. "
        "Zucker responded by saying nothing."
    )
    assert _names(text) == {"Jeff Zucker", "CNN"}


def test_players_in_a_squad_list_stay() -> None:
    text = (
        "Manchester United: Carroll, Gary Neville, Brown, Ferdinand, Heinze, Keane, Fortune, "
        "Rooney. Subs: Howard, Giggs, Smith, Miller, Spector."
    )
    names = _names(text)
    assert {"Brown", "Fortune", "Smith", "Miller"} <= names


def test_a_surname_after_an_initial_or_in_a_results_line_stays() -> None:
    squad = "F Sheahan, M Horan, D O'Callaghan, E Miller, G Easterby, D Humphreys, K Maggs."
    results = "7. Irina Privalova ( Russia ) 11.27 8. Inger Miller ( U.S. ) 11.37"
    assert "Miller" in _names(squad)
    assert "Miller" in _names(results)


def test_a_reporter_opening_a_sentence_stays() -> None:
    text = "The state will answer questions, the governor said.  Wolf reported from Washington."
    assert "Wolf" in _names(text)


def test_a_tail_cut_from_a_name_in_a_sentence_with_an_age_is_no_person() -> None:
    text = (
        "The friends were on their way to see Les Miserables on Broadway, DNA Info reports. "
        "'We wrestled him,' Kvarzell, 25, who is also an officer, told DNA Info."
    )
    assert "Info" not in _names(text)
