"""The records a run passes along: articles read, failures, and the one loop that sorts them."""

from __future__ import annotations

import hashlib

from brief.errors import InputError
from brief.records import Article, Failure, FailureLog
from tests.conftest import SEED


def test_an_article_from_text_is_named_by_its_path_its_id_or_stdin() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = Article.from_text(text, path="news/a.txt")
    assert article.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert article.name == "news/a.txt"
    assert Article.from_text(text, id="rec-7").name == "rec-7"
    assert Article.from_text(text).name == "<stdin>"


def test_a_failure_says_what_an_input_error_says() -> None:
    failure = Failure.of(InputError("news/a.txt", "is empty"))
    assert failure == Failure("news/a.txt", "is empty")
    assert failure.message == "news/a.txt: is empty"


def test_the_log_passes_successes_on_in_order_and_keeps_and_tells_each_failure() -> None:
    first, second = Failure("a.txt", "is empty"), Failure("c.txt", "no such file")
    told: list[Failure] = []
    log: FailureLog[str] = FailureLog(told.append)
    passed = list(log.successes([first, "brief of b", second, "brief of d"]))
    assert passed == ["brief of b", "brief of d"]
    assert log.failures == told == [first, second]


def test_the_log_sorts_lazily_so_a_failure_is_told_in_its_place() -> None:
    events: list[str] = []
    log: FailureLog[str] = FailureLog(lambda failure: events.append(failure.source))
    for brief in log.successes(["b", Failure("c", "is empty"), "d"]):
        events.append(brief)
    assert events == ["b", "c", "d"]


def test_one_outcome_at_a_time() -> None:
    log: FailureLog[str] = FailureLog()
    assert log.passes("brief")
    assert not log.passes(Failure("x", "is empty"))
    assert log.failures == [Failure("x", "is empty")]
