"""Stories are events: reports of one event across outlets are one story, look-alike events stay
apart, and the grouping does not depend on how many articles the run holds."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from brief import summarize
from brief.digest.builder import DigestBuilder
from brief.digest.memory import centroid
from brief.digest.profiles import (
    TIME_WEIGHT,
    profile,
    rarity,
    similarity,
    time_agreement,
    time_features,
)
from brief.digest.stories import group_stories, similarities
from brief.records import Brief, Date, Entity, EntityType, Section, Source, SummarySentence

# Nine pages, nine events: (title, text, people, places).
PAGES = [
    (
        "Ferry runs aground off Skye",
        "A CalMac ferry carrying 140 passengers ran aground off the Isle of Skye on Sunday. "
        "Coastguard crews from Portree towed the vessel free at high tide and nobody was hurt.",
        ("Morag Beaton",),
        ("Skye", "Portree"),
    ),
    (
        "Wildfire forces evacuation of Greek villages",
        "Firefighters battled a wildfire on the island of Evia as strong winds pushed flames "
        "towards villages, and the civil protection agency ordered 2,000 residents to leave.",
        ("Vassilis Kikilias",),
        ("Evia", "Greece"),
    ),
    (
        "Chess prodigy wins national title at twelve",
        "A twelve-year-old from Leeds became the youngest national chess champion, beating a "
        "grandmaster in the final round with a daring knight sacrifice.",
        ("Ethan Pereira",),
        ("Leeds",),
    ),
    (
        "Brewery recalls cider over glass fragments",
        "A Somerset brewery recalled 30,000 bottles of cider after a customer found glass "
        "fragments, and the Food Standards Agency told shoppers to return them.",
        ("Joan Thatcher",),
        ("Somerset",),
    ),
    (
        "Astronomers spot comet heading for inner solar system",
        "Astronomers at the Mauna Kea observatory spotted a comet that will pass inside the "
        "orbit of Mars next spring, bright enough to see with binoculars.",
        ("Keiko Tanaka",),
        ("Hawaii",),
    ),
    (
        "Strike halts trams in Manchester",
        "Tram drivers walked out over pay, halting the Metrolink network across Manchester "
        "during the morning rush while the union and the operator traded blame.",
        ("Gail Rowntree",),
        ("Manchester",),
    ),
    (
        "Rare orchid found in Kent woodland",
        "Botanists recorded a ghost orchid in a Kent beechwood, the first confirmed sighting "
        "of the leafless flower in England for a decade.",
        ("Roland Hume",),
        ("Kent", "England"),
    ),
    (
        "Museum returns bronze sculptures to Nigeria",
        "A Cambridge museum handed back looted Benin bronzes to a Nigerian delegation at a "
        "ceremony, after years of campaigning for their restitution.",
        ("Ngozi Okafor",),
        ("Cambridge", "Nigeria"),
    ),
    (
        "Glacier collapse sends avalanche into Alpine valley",
        "Part of a glacier on Piz Palu collapsed, sending ice and rock into the valley below; "
        "Swiss rescuers searched for two climbers reported missing.",
        ("Urs Caduff",),
        ("Switzerland",),
    ),
]


def page_brief(
    path: str, title: str, text: str, people: tuple[str, ...] = (), places: tuple[str, ...] = ()
) -> Brief:
    """A hand-built brief of a short page (no model): its title, text and named entities."""
    entities = [entity(name, "person", line=3) for name in people]
    entities += [entity(name, "place", line=3) for name in places]
    return Brief(
        source=Source(path, len(text.split()), "0" * 64),
        title=title,
        summary=(SummarySentence(text, 3, None, 0, len(text)),),
        sections=(Section(None, 3, text, (text,)),),
        entities=tuple(entities),
        numbers=(),
        quotes=(),
    )


def entity(name: str, kind: EntityType, mentions: int = 2, line: int = 1) -> Entity:
    return Entity(name, kind, "", mentions, (), line)


def stories_of(briefs: list[Brief]) -> list[tuple[str, ...]]:
    builder = DigestBuilder()
    for brief in briefs:
        builder.add(brief)
    return [story.sources for story in builder.finish().stories]


def test_135_copies_of_9_pages_are_9_stories() -> None:
    # issue 27: words used by more than max(10, n/10) articles were dropped, so 15 copies of
    # each of 9 pages made 135 stories.
    briefs = [
        page_brief(f"p{page}_{copy}.txt", *PAGES[page])
        for copy in range(15)
        for page in range(len(PAGES))
    ]
    stories = stories_of(briefs)
    assert len(stories) == 9
    assert all(len(sources) == 15 for sources in stories)
    assert all(len({source.split("_")[0] for source in sources}) == 1 for sources in stories)


def test_the_grouping_is_the_same_in_a_run_of_50_or_of_500() -> None:
    # The nine events' stories are the same alone or among hundreds of unrelated articles.
    events = [page_brief(f"p{p}_{c}.txt", *PAGES[p]) for c in range(5) for p in range(9)]
    alone = stories_of(events)
    generator = random.Random(27)
    words = sorted({w for _, text, _, _ in PAGES for w in text.split() if len(w) > 6})
    noise = [
        page_brief(f"noise{n}.txt", f"Notes {n}", " ".join(generator.sample(words, 12)))
        for n in range(450)
    ]
    crowded = stories_of([*noise, *events])
    assert [s for s in crowded if s[0].startswith("p")] == alone
    assert len(alone) == 9


def test_rarity_comes_from_english_at_large_not_from_the_run() -> None:
    assert rarity("the") == rarity("said") == 0.0
    assert rarity("aftershock") > rarity("earthquake") > 0.0
    first = profile(["A glacier collapsed on Piz Palu."], ())
    second = profile(["Glacier collapse on Piz Palu."], ())
    # A pair's score depends on the two reports alone.
    assert similarity(first.as_dict(), second.as_dict()) == pytest.approx(
        similarity(second.as_dict(), first.as_dict())
    )


def test_the_most_central_report_leads_and_names_the_story() -> None:
    # Each short report tells half of what the full one tells: the full one is the centre.
    title, text, people, places = PAGES[1]
    first, second = text.split(" as ")
    briefs = [
        page_brief("first.txt", "Evia fire", first, people, places),
        page_brief("full.txt", title, text, people, places),
        page_brief("second.txt", "Villages evacuated", second, people, places),
    ]
    builder = DigestBuilder()
    for brief in briefs:
        builder.add(brief)
    [story] = builder.finish().stories
    assert story.lead == 1 and story.headline == title
    assert story.titles == ("Evia fire", title, "Villages evacuated")


# Reports of one event in each outlet's own words, and a look-alike event of the same kind.
QUAKES = {
    "quake_peru_1.txt": """Strong earthquake shakes southern Peru

A magnitude 6.8 earthquake struck near Arequipa in southern Peru on Tuesday, killing at least four people and damaging colonial churches, the civil defence institute said.

Landslides blocked the Pan-American Highway near Camana, and President Dina Boluarte flew to Arequipa to meet rescuers.
""",
    "quake_peru_2.txt": """Peru quake kills four, damages Arequipa churches

At least four people died when a 6.8-magnitude quake hit the Arequipa region of Peru, officials said, as rescuers dug through collapsed adobe homes.

Dina Boluarte visited Arequipa, where the cathedral lost part of its tower, and landslides cut the highway near Camana.
""",
    "quake_japan_1.txt": """Earthquake rattles northern Japan

A magnitude 6.1 earthquake struck off Iwate prefecture in northern Japan on Tuesday, the Japan Meteorological Agency said, briefly halting bullet trains.

No tsunami warning was issued; the agency said residents of Miyako should expect aftershocks.
""",
    "quake_japan_2.txt": """Quake off Iwate halts shinkansen

Bullet trains in northern Japan stopped for an hour after a 6.1-magnitude quake off the coast of Iwate, the Japan Meteorological Agency said.

There was no tsunami warning, but officials in Miyako urged residents to watch for aftershocks.
""",
}


@pytest.mark.model
def test_one_event_across_outlets_is_one_story_and_look_alikes_stay_apart() -> None:
    briefs = [summarize(text, path=name) for name, text in QUAKES.items()]
    stories = sorted(sorted(sources) for sources in stories_of(briefs))
    assert stories == [
        ["quake_japan_1.txt", "quake_japan_2.txt"],
        ["quake_peru_1.txt", "quake_peru_2.txt"],
    ]


# One topic, two look-alike events five years apart: Internet Explorer's emergency patch of
# December 2008 and its stopgap of September 2013. Their words, actor and topic are alike;
# their dates are not.
PATCHES = {
    "patch_2008_1.txt": """Microsoft rushes out emergency patch for Internet Explorer

December 17, 2008

Microsoft issued an emergency patch for Internet Explorer on Wednesday, fixing a flaw that criminals used to steal gamers' passwords from thousands of Chinese websites.

Spokesman Christopher Budd said the company broke its monthly cycle because about two million infected pages were found in China and Taiwan.
""",
    "patch_2008_2.txt": """Microsoft plugs Internet Explorer hole after password thefts

Wednesday, December 17, 2008

Microsoft released an out-of-band security update for Internet Explorer after gangs exploited the hole on Chinese websites to steal passwords for online games.

Christopher Budd of Microsoft said infected pages had spread across China and Taiwan before the fix.
""",
    "patch_2013_1.txt": """Browser bug lets hackers hijack PCs at Japanese banks

September 18, 2013

Hackers hijacked computers at Japanese banks and carmakers through a bug in Internet Explorer, Microsoft warned, offering a stopgap download until a full update is ready.

Dustin Childs of its response centre said versions 6 to 11 were vulnerable when visiting rigged sites.
""",
    "patch_2013_2.txt": """Microsoft offers stopgap as hackers target Japanese firms

Tuesday, September 17, 2013

Microsoft offered a stopgap download for a bug in Internet Explorer that hackers used to hijack computers at firms in Japan.

Dustin Childs said visitors to rigged sites were at risk with versions 6 to 11, and a full update would follow.
""",
}


@pytest.mark.model
def test_look_alike_events_of_different_years_are_two_stories() -> None:
    briefs = [summarize(text, path=name) for name, text in PATCHES.items()]
    assert [date.value[:4] for brief in briefs for date in brief.dates] == [
        "2008", "2008", "2013", "2013"
    ]  # fmt: skip
    assert sorted(map(sorted, stories_of(briefs))) == [
        ["patch_2008_1.txt", "patch_2008_2.txt"],
        ["patch_2013_1.txt", "patch_2013_2.txt"],
    ]


@pytest.mark.model
def test_dates_count_only_when_both_reports_give_them() -> None:
    # Without their datelines, nothing tells the two patches apart: one story, as before
    # dates were read; a report without a date neither gains nor loses.
    undated = {
        name: "\n".join(line for line in text.splitlines() if not line[-4:].isdigit())
        for name, text in PATCHES.items()
    }
    briefs = [summarize(text, path=name) for name, text in undated.items()]
    assert not any(brief.dates for brief in briefs)
    assert len(stories_of(briefs)) == 1


# Two look-alike events that give no dates: one actor, one vocabulary; only the details differ
# (the browser versions, the flaw, the spokesman). Without dates nothing in a profile outweighs
# what the two share, so they are one story: ECB+'s Internet Explorer patches of 2008 and 2013,
# and the species rule of 2008 and its reversal in 2009, merge the same way
# (bench/results/digest.md, issue 27, third pass). The test passes when that is fixed.
UNDATED_PATCHES = [
    (
        "old_1.txt",
        "Microsoft rushes out emergency fix for Internet Explorer",
        "Microsoft released an emergency security update for Internet Explorer 7 after criminals "
        "exploited a flaw in the browser's XML parser to hijack two million computers. Spokesman "
        "Christopher Budd urged users to install the patch at once.",
        ("Christopher Budd",),
    ),
    (
        "old_2.txt",
        "Internet Explorer flaw patched out of cycle",
        "Microsoft broke its monthly cycle to patch a critical Internet Explorer vulnerability in "
        "data binding that attackers used on thousands of infected websites. Christopher Budd "
        "said the update protects Internet Explorer 7 users.",
        ("Christopher Budd",),
    ),
    (
        "new_1.txt",
        "Microsoft offers stopgap for Internet Explorer zero-day",
        "Microsoft offered a Fix It workaround for a zero-day flaw in Internet Explorer that "
        "attackers exploited through memory corruption in targeted attacks. Dustin Childs said "
        "versions 8 and 9 were under attack until a security update ships.",
        ("Dustin Childs",),
    ),
    (
        "new_2.txt",
        "Hackers exploit unpatched Internet Explorer bug",
        "Attackers exploited an unpatched Internet Explorer vulnerability in targeted attacks, and "
        "Microsoft published a temporary Fix It shim while it prepares a security update. Dustin "
        "Childs advised users of versions 8 and 9 to apply it.",
        ("Dustin Childs",),
    ),
]


@pytest.mark.xfail(strict=True, reason="undated look-alikes with one actor merge (issue 27)")
def test_undated_look_alikes_told_by_other_people_are_two_stories() -> None:
    microsoft = entity("Microsoft", "organization", mentions=3)
    briefs = [
        replace(brief, entities=(microsoft, *brief.entities))
        for brief in (
            page_brief(path, title, text, people) for path, title, text, people in UNDATED_PATCHES
        )
    ]
    assert sorted(map(sorted, stories_of(briefs))) == [
        ["new_1.txt", "new_2.txt"],
        ["old_1.txt", "old_2.txt"],
    ]


def dated(*values: tuple[str, float]) -> list[Date]:
    return [Date(value, value, "", 1, 0, 4, salience) for value, salience in values]


def test_time_features_are_years_weighted_by_salience() -> None:
    found = time_features(dated(("2013-09-18", 0.75), ("2008/2009", 0.2), ("--12-14", 0.7)))
    assert found == pytest.approx({"y:2013": 0.75, "y:2008": 0.1, "y:2009": 0.1})
    assert time_features(dated(("199X", 0.5), ("--03-03", 0.3))) == {}


def test_dates_that_agree_raise_and_dates_that_disagree_lower_the_similarity() -> None:
    text = ["Microsoft patches Internet Explorer flaw exploited by attackers"]
    of_2008 = profile(text, (), dated(("2008-12-17", 0.45)))
    of_2013 = profile(text, (), dated(("2013-09-18", 0.45), ("2008", 0.1)))
    also_2013 = profile(text, (), dated(("2013-09-17", 0.75)))
    undated = profile(text, ())
    assert time_agreement(of_2008, undated) == time_agreement(undated, undated) == 0.0
    assert time_agreement(of_2013, also_2013) > 0.9 * TIME_WEIGHT
    assert time_agreement(of_2008, also_2013) == pytest.approx(-TIME_WEIGHT)
    square = similarities([of_2008, also_2013, undated])
    assert square[0, 1] == pytest.approx(1.0 - TIME_WEIGHT)
    assert square[0, 2] == pytest.approx(1.0)


def test_a_centroids_time_agreement_is_its_reports_mean() -> None:
    # The memory compares stories by their mean profiles: the time term must average too.
    text = ["Turkmenistan holds parliamentary election"]
    first = [profile(text, (), dated(("2008-12-14", 0.75))), profile(text, ())]
    second = [profile(text, (), dated(("2013-12-15", 0.7), ("2008", 0.2)))]
    pairs = [time_agreement(a, b) for a in first for b in second]
    assert time_agreement(centroid(first), centroid(second)) == pytest.approx(
        sum(pairs) / len(pairs)
    )


def test_an_empty_run_has_no_stories() -> None:
    assert group_stories([]) == []
    assert group_stories([profile([""], ())]) == [[0]]


def test_summarize_and_help_do_not_load_the_digest_libraries() -> None:
    import subprocess
    import sys

    from tests.conftest import SEED

    heavy = ("scipy", "datasketch", "wordfreq")
    for argv in (["brief", "--help"], ["brief", "summarize", str(SEED), "-f", "json"]):
        code = (
            "import contextlib, io, sys\n"
            "from brief.cli import main\n"
            f"sys.argv = {argv!r}\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        main()\n    except SystemExit:\n        pass\n"
            f"print([name for name in {heavy!r} if name in sys.modules])"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.stdout.strip() == "[]", done.stderr
