"""Numbers in news phrasings: value or range, qualifier, unit, kind, change and what they count.

Each case is one sentence in the style of a finance, sport, politics or science story, the
number's text as the brief must report it, and the expected reading. The whole table runs through
the real pipeline once (`bench/number_accuracy.py` reports its accuracy per field), and the
phrase reader is also checked on its own, without the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief import Brief
from brief.briefing import Options, brief_articles
from brief.extract.number_parsing import parse, scan
from brief.records import Article, Number
from brief.render.grouping import describe_number
from tests.profiles import examples

# (sentence, number text, expected fields). `value` may be a (low, high) pair for a range.
# Fields not given are expected to be None (qualifier, unit, what, change) or "count" (kind).
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- finance
    (
        "Profit rose 27% to $3.36bn in the quarter.",
        "27%",
        {"value": 27, "unit": "%", "kind": "percent", "change": "up", "what": "Profit"},
    ),
    (
        "Profit rose 27% to $3.36bn in the quarter.",
        "$3.36bn",
        {"value": 3.36e9, "unit": "USD", "kind": "money", "what": "Profit"},
    ),
    (
        "Sales reached 11.1bn yuan last year.",
        "11.1bn yuan",
        {"value": 11.1e9, "unit": "CNY", "kind": "money", "what": "Sales"},
    ),
    (
        "The group reported revenue of $42.09bn for the year.",
        "$42.09bn",
        {"value": 42.09e9, "unit": "USD", "kind": "money", "what": "revenue"},
    ),
    (
        "The firm made a pre-tax profit of £5m last year.",
        "£5m",
        {"value": 5e6, "unit": "GBP", "kind": "money", "what": "pre-tax profit"},
    ),
    (
        "Shares fell 2% in early trading.",
        "2%",
        {"value": 2, "unit": "%", "kind": "percent", "change": "down", "what": "Shares"},
    ),
    (
        "Inflation stood at 15 per cent in March.",
        "15 per cent",
        {"value": 15, "unit": "%", "kind": "percent", "what": "Inflation"},
    ),
    (
        "Output was down 3% on the year.",
        "down 3%",
        {"value": 3, "unit": "%", "kind": "percent", "change": "down", "what": "Output"},
    ),
    ("The bank will cut 1,200 jobs by 2006.", "1,200", {"value": 1200, "what": "jobs"}),
    (
        "Its shares closed up 4 pence at 274.5 pence.",
        "up 4 pence",
        {"value": 4, "unit": "pence", "kind": "money", "change": "up", "what": "shares"},
    ),
    (
        "Its shares closed up 4 pence at 274.5 pence.",
        "274.5 pence",
        {"value": 274.5, "unit": "pence", "kind": "money", "what": "shares"},
    ),
    (
        "The deal is worth about €3.5bn to the company.",
        "about €3.5bn",
        {"value": 3.5e9, "qualifier": "about", "unit": "EUR", "kind": "money", "what": "deal"},
    ),
    (
        "Oil prices hit $55 a barrel on Monday.",
        "$55",
        {"value": 55, "unit": "USD", "kind": "money", "what": "Oil prices"},
    ),
    (
        "The company expects a 4% rise in sales next year.",
        "4%",
        {"value": 4, "unit": "%", "kind": "percent", "change": "up", "what": "sales"},
    ),
    (
        "The economy grew by 5.5% in 2004.",
        "5.5%",
        {"value": 5.5, "unit": "%", "kind": "percent", "change": "up", "what": "economy"},
    ),
    (
        "Analysts had forecast growth of between 2% and 3%.",
        "between 2% and 3%",
        {"value": (2, 3), "unit": "%", "kind": "percent", "what": "growth"},
    ),
    (
        "The takeover values the firm at $10-12bn.",
        "$10-12bn",
        {"value": (10e9, 12e9), "unit": "USD", "kind": "money", "what": "firm"},
    ),
    (
        "Net debt rose to 2.3 billion euros.",
        "2.3 billion euros",
        {"value": 2.3e9, "unit": "EUR", "kind": "money", "what": "Net debt"},
    ),
    (
        "The dollar fell to $1.3516 against the euro.",
        "$1.3516",
        {"value": 1.3516, "unit": "USD", "kind": "money", "what": "dollar"},
    ),
    (
        "Some 3,000 staff will be affected.",
        "Some 3,000",
        {"value": 3000, "qualifier": "about", "what": "staff"},
    ),
    (
        "Unemployment fell by 0.2 percentage points.",
        "0.2 percentage points",
        {
            "value": 0.2,
            "unit": "percentage point",
            "kind": "percent",
            "change": "down",
            "what": "Unemployment",
        },
    ),
    (
        "Exports grew 34%, to $14bn.",
        "34%",
        {"value": 34, "unit": "%", "kind": "percent", "change": "up", "what": "Exports"},
    ),
    ("The retailer has 1,500 stores in 12 countries.", "1,500", {"value": 1500, "what": "stores"}),
    ("The retailer has 1,500 stores in 12 countries.", "12", {"value": 12, "what": "countries"}),
    (
        "Turnover for the year was up 4.3% to £1.97bn.",
        "up 4.3%",
        {"value": 4.3, "unit": "%", "kind": "percent", "change": "up", "what": "Turnover"},
    ),
    (
        "The tax will raise more than £1bn a year.",
        "more than £1bn",
        {"value": 1e9, "qualifier": "more than", "unit": "GBP", "kind": "money", "what": "raise"},
    ),
    (
        "Pay rises averaged 3.5% in the private sector.",
        "3.5%",
        {"value": 3.5, "unit": "%", "kind": "percent", "what": "Pay rises"},
    ),
    (
        "Its stake in the venture is worth $600m.",
        "$600m",
        {"value": 6e8, "unit": "USD", "kind": "money", "what": "stake"},
    ),
    (
        "She lost her £7.5m ($14.6m) sex discrimination case.",
        "£7.5m",
        {"value": 7.5e6, "unit": "GBP", "kind": "money", "what": "sex discrimination case"},
    ),
    # --- politics
    (
        "More than two dozen countries have signalled readiness to take part.",
        "More than two dozen",
        {"value": 24, "qualifier": "more than", "what": "countries"},
    ),
    ("Labour has a majority of 161 seats.", "161", {"value": 161, "what": "seats"}),
    (
        "Turnout was 61% at the last election.",
        "61%",
        {"value": 61, "unit": "%", "kind": "percent", "what": "Turnout"},
    ),
    (
        "A third of voters are undecided.",
        "A third",
        {"value": 1 / 3, "kind": "fraction", "what": "voters"},
    ),
    (
        "Two-thirds of MPs backed the bill.",
        "Two-thirds",
        {"value": 2 / 3, "kind": "fraction", "what": "MPs"},
    ),
    (
        "Half a million people marched through London.",
        "Half a million",
        {"value": 5e5, "what": "people"},
    ),
    (
        "Hundreds of people gathered outside parliament.",
        "Hundreds",
        {"value": (100, None), "qualifier": "at least", "what": "people"},
    ),
    (
        "Tens of thousands of protesters filled the square.",
        "Tens of thousands",
        {"value": (10_000, None), "qualifier": "at least", "what": "protesters"},
    ),
    (
        "Between 10 and 20 people were arrested.",
        "Between 10 and 20",
        {"value": (10, 20), "what": "people"},
    ),
    (
        "The ceasefire must last at least 60 days.",
        "at least 60 days",
        {"value": 60, "qualifier": "at least", "unit": "day", "kind": "duration"},
    ),
    (
        "Ukraine pushed for 30–50 year security guarantees.",
        "30–50 year",
        {"value": (30, 50), "unit": "year", "kind": "duration", "what": "security guarantees"},
    ),
    (
        "Nearly 400 soldiers have been killed.",
        "Nearly 400",
        {"value": 400, "qualifier": "nearly", "what": "soldiers"},
    ),
    ("The bill was passed by 316 votes to 219.", "316", {"value": 316, "what": "votes"}),
    (
        "Up to 5,000 troops could be sent.",
        "Up to 5,000",
        {"value": 5000, "qualifier": "up to", "what": "troops"},
    ),
    (
        "The minister served for 10 years.",
        "10 years",
        {"value": 10, "unit": "year", "kind": "duration", "what": "served"},
    ),
    (
        "The inquiry will report within 14 days.",
        "14 days",
        {"value": 14, "unit": "day", "kind": "duration"},
    ),
    (
        "Fewer than 100 families remain in the village.",
        "Fewer than 100",
        {"value": 100, "qualifier": "less than", "what": "families"},
    ),
    (
        "One in five adults says they will not vote.",
        "One in five",
        {"value": 0.2, "kind": "fraction", "what": "adults"},
    ),
    (
        "The party won 35.2% of the vote.",
        "35.2%",
        {"value": 35.2, "unit": "%", "kind": "percent", "what": "vote"},
    ),
    ("Moscow said it downed 91 drones overnight.", "91", {"value": 91, "what": "drones"}),
    # A number set off beside a noun is its amount; never another number's unit.
    (
        "Analysts say the airline's surcharge revenues - £160m - will fall short.",
        "£160m",
        {"value": 160e6, "unit": "GBP", "kind": "money", "what": "surcharge revenues"},
    ),
    (
        "The main shareholders are the French state (15%) and Germany's DaimlerChrysler (30%).",
        "30%",
        {"value": 30, "unit": "%", "kind": "percent", "what": "DaimlerChrysler"},
    ),
    (
        "The prime minister, 52, said he would stand again.",
        "52",
        {"value": 52, "kind": "age", "what": "minister"},
    ),
    (
        "Roughly 1.5 million people voted by post.",
        "Roughly 1.5 million",
        {"value": 1.5e6, "qualifier": "about", "what": "people"},
    ),
    ("The council approved the plan by 12 votes to 10.", "12", {"value": 12, "what": "votes"}),
    # --- sport
    (
        "Chelsea beat Arsenal 2-1 on Sunday.",
        "2-1",
        {"value": None, "kind": "score", "what": "Chelsea"},  # who won so
    ),
    (
        "Federer won the final 6-3 in the deciding set.",
        "6-3",
        {"value": None, "kind": "score", "what": "Federer"},  # who won it
    ),
    (
        "A late penalty cut the visitors' lead to 5-3 before half-time.",
        "5-3",
        {"value": None, "kind": "score", "what": "lead"},  # the score a verb sets it to
    ),
    (
        "The replay, which the home side won 2-0, drew a big crowd.",
        "2-0",
        {"value": None, "kind": "score", "what": "home side"},
    ),
    (
        "The 18-year-old striker signed a new deal.",
        "18-year-old",
        {"value": 18, "unit": "year", "kind": "age", "what": "striker"},
    ),
    ("She finished third in the 100m final.", "third", {"value": 3, "kind": "rank"}),
    (
        "Moya made up for it by beating Roddick 6-2 7-6 to give the hosts the lead.",
        "6-2",
        {"value": None, "kind": "score", "what": "Moya"},  # the beaten side's verb's subject
    ),
    (
        "Nadal dropped serve once but recovered to win 6-4 7-5 against the qualifier.",
        "6-4",
        {"value": None, "kind": "score", "what": "Nadal"},  # a score won: the winner's
    ),
    (
        "The champion broke early and served out to win 6-2 in the final set.",
        "6-2",
        {"value": None, "kind": "score", "what": "champion"},  # "served" shares "broke"'s subject
    ),
    (
        "The airline will close 12 routes over the next three years.",
        "three years",
        {"value": 3, "unit": "year", "kind": "duration", "what": "close"},  # a time frame
    ),
    (
        "Orders picked up in the last six months, the survey found.",
        "six months",
        {"value": 6, "unit": "month", "kind": "duration", "what": "picked up"},
    ),
    (
        "The plant will reopen in two years.",
        "two years",
        {"value": 2, "unit": "year", "kind": "duration"},  # a moment, not a time frame
    ),
    (
        "The retailer agreed to pay a total of $14m to end the dispute.",
        "$14m",
        {"value": 14e6, "unit": "USD", "kind": "money", "what": "pay"},  # through "a total of"
    ),
    (
        "The country owes its creditors about $48bn.",
        "about $48bn",
        {"value": 48e9, "qualifier": "about", "unit": "USD", "kind": "money", "what": "owes"},
    ),
    (
        "The film made over $40m in its first week.",
        "over $40m",
        {"value": 40e6, "qualifier": "more than", "unit": "USD", "kind": "money", "what": "made"},
    ),
    (
        "Bank shares touched 12.40 euros before falling back.",
        "12.40 euros",
        {"value": 12.4, "unit": "EUR", "kind": "money", "what": "Bank shares"},  # a level
    ),
    (
        "Quarterly revenue nearly tripled, exceeding $86m.",
        "$86m",
        # a level the revenue reached, not money made ("exceeding")
        {"value": 86e6, "unit": "USD", "kind": "money", "what": "Quarterly revenue"},
    ),
    (
        "Profit warnings sent the bank's shares down 3.4% on Monday.",
        "down 3.4%",
        {"value": 3.4, "unit": "%", "kind": "percent", "change": "down", "what": "shares"},
    ),
    (
        "The jobless rate went up to 6.1% last month.",
        "up to 6.1%",
        {"value": 6.1, "unit": "%", "kind": "percent", "qualifier": "up to", "what": "rate"},
    ),
    (
        "The Saints were 17-3 down at half-time.",
        "17-3",
        {"value": None, "kind": "score", "what": "Saints"},  # a copula's score: its subject's
    ),
    (
        "Roger Federer reached the semi-finals with an easy 6-1 6-2 win over Lopez.",
        "6-1",
        {"value": None, "kind": "score", "what": "win"},  # one run of set scores, one result
    ),
    (
        "A poll suggests two-thirds of Britons support the decision.",
        "two-thirds",
        {"value": 2 / 3, "kind": "fraction", "what": "Britons"},  # a plural name: a group
    ),
    (
        "More than half of 2,000 people surveyed said they had worries.",
        "More than half",
        {"value": 0.5, "qualifier": "more than", "kind": "fraction", "what": "people"},
    ),
    (
        "Film studio Fox has bought the rights for around $4m.",
        "around $4m",
        {"value": 4e6, "qualifier": "about", "unit": "USD", "kind": "money", "what": "rights"},
    ),
    (
        "Actor Keanu Reeves has been given a star on the Walk of Fame. The 40-year-old attended the unveiling.",
        "40-year-old",
        {
            "value": 40,
            "unit": "year",
            "kind": "age",
            "what": "Keanu Reeves",
        },  # continues the subject
    ),
    (
        "Mr Florin said so. A 30-year-old comes home from work and still wants to play.",
        "30-year-old",
        {"value": 30, "unit": "year", "kind": "age"},  # indefinite: anyone, no one before
    ),
    (
        "Arsenal lost 2-0 at Old Trafford, which ended a record 49-match unbeaten run.",
        "49",
        {"value": 49, "kind": "count", "what": "run"},  # a compound, not an elliptical score
    ),
    (
        "City boss Kevin Keegan has praised striker Robbie Fowler. The 29-year-old took his tally past 150.",
        "29-year-old",
        {"value": 29, "unit": "year", "kind": "age"},  # two people before: which one, unsaid
    ),
    (
        "Spain's Carlos Moya finished second in the race.",
        "second",
        {"value": 2, "kind": "rank", "what": "Carlos Moya"},  # whoever finished so, by name
    ),
    (
        "Federer won 7-5 7-6 against the American.",
        "7-5",
        {"value": None, "kind": "score", "what": "Federer"},
    ),
    (
        "Thailand's economy is now expected to grow by 5.7% in 2005.",
        "5.7%",
        {"value": 5.7, "unit": "%", "kind": "percent", "what": "economy", "change": "up"},
    ),
    (
        "US sales at GM sank 12.7% in February.",
        "12.7%",
        {"value": 12.7, "unit": "%", "kind": "percent", "what": "US sales"},
    ),
    (
        "She finished third in the 100m final.",
        "100m",
        {"value": 100, "unit": "m", "kind": "measure", "what": "final"},
    ),
    (
        "World number one Roger Federer reached the semi-finals.",
        "one",
        {"value": 1, "kind": "rank"},
    ),
    ("He has scored 23 goals in 30 games this season.", "23", {"value": 23, "what": "goals"}),
    ("He has scored 23 goals in 30 games this season.", "30", {"value": 30, "what": "games"}),
    (
        "The midfielder is out for up to eight weeks.",
        "up to eight weeks",
        {"value": 8, "qualifier": "up to", "unit": "week", "kind": "duration"},
    ),
    # What the money pays for, as "bought the forward for £27m" is the forward's price.
    (
        "United paid £27m for the forward.",
        "£27m",
        {"value": 27e6, "unit": "GBP", "kind": "money", "what": "forward"},
    ),
    (
        "Right to Rise USA spent $1.2 million on digital ads.",
        "$1.2 million",
        {"value": 1.2e6, "unit": "USD", "kind": "money", "what": "ads"},
    ),
    (
        "US gaming consortium BLB will pay $339m (£182.5m) for the US unit.",
        "$339m",
        {"value": 339e6, "unit": "USD", "kind": "money", "what": "US unit"},
    ),
    (
        "The group has agreed to pay $1.1bn (£568m) to victims of asbestos-related diseases.",
        "$1.1bn",
        {"value": 1.1e9, "unit": "USD", "kind": "money", "what": "victims"},
    ),
    # A change's level after "to" is the level of what changed.
    (
        "BP announced a 26% rise in annual profits to $16.2bn.",
        "$16.2bn",
        {"value": 16.2e9, "unit": "USD", "kind": "money", "what": "annual profits"},
    ),
    # A gerund or a time after "for" is no purchase.
    (
        "Wells Fargo was fined $185 million for scamming its customers.",
        "$185 million",
        {"value": 185e6, "unit": "USD", "kind": "money", "what": "fined"},  # a fine, not a purchase
    ),
    (
        "The annual deficit would surpass $1 trillion for the first time.",
        "$1 trillion",
        {"value": 1e12, "unit": "USD", "kind": "money", "what": "annual deficit"},  # a level
    ),
    # A bound written onto the number with a hyphen keeps its noun.
    (
        "He drew an estimated 28,000-plus crowds at a park in Brooklyn.",
        "an estimated 28,000",
        {"value": 28000, "qualifier": "about", "what": "crowds"},
    ),
    ("Ten of the 80-odd resorts were damaged.", "80", {"value": 80, "what": "resorts"}),
    (
        "The crowd of 75,000 was the largest this season.",
        "75,000",
        {"value": 75000, "what": "crowd"},
    ),
    ("Aged 34, he is the oldest player in the squad.", "34", {"value": 34, "kind": "age"}),
    (
        "Wales have won two of their last three games in Paris.",
        "two",
        {"value": 2, "what": "games"},
    ),
    (
        "Wales have won two of their last three games in Paris.",
        "three",
        {"value": 3, "what": "games"},
    ),
    (
        "The marathon winner ran 42 kilometres in just over two hours.",
        "42 kilometres",
        {"value": 42, "unit": "km", "kind": "measure", "what": "marathon winner"},
    ),
    (
        "The marathon winner ran 42 kilometres in just over two hours.",
        "just over two hours",
        {"value": 2, "qualifier": "more than", "unit": "hour", "kind": "duration"},
    ),
    (
        "The top seed is ranked fifth in the world.",
        "fifth",
        {"value": 5, "kind": "rank", "what": "seed"},
    ),
    (
        "The club's 1-0 defeat left them in 14th place.",
        "1-0",
        {"value": None, "kind": "score", "what": "defeat"},
    ),
    ("The club's 1-0 defeat left them in 14th place.", "14th", {"value": 14, "kind": "rank"}),
    ("Dudek conceded three goals in six minutes.", "three", {"value": 3, "what": "goals"}),
    (
        "Dudek conceded three goals in six minutes.",
        "six minutes",
        {"value": 6, "unit": "minute", "kind": "duration"},
    ),
    ("She played on at the age of 48.", "48", {"value": 48, "kind": "age"}),
    (
        "He predicted it would collect five or six awards.",
        "five or six",
        {"value": (5, 6), "what": "awards"},
    ),
    (
        "Idowu landed 17.30m at the British trials.",
        "17.30m",
        {"value": 17.3, "unit": "m", "kind": "measure", "what": "Idowu"},
    ),
    ("He was 84, and had been ill for many months.", "84", {"value": 84, "kind": "age"}),
    (
        "Almost a quarter of a million consumers complained.",
        "Almost a quarter of a million",
        {"value": 250000, "qualifier": "nearly", "what": "consumers"},
    ),
    (
        "About six out of 20 women work in low-paid jobs.",
        "About six out of 20",
        {"value": 0.3, "qualifier": "about", "kind": "fraction", "what": "women"},
    ),
    ("She won the final 2-6 6-3 6-0.", "2-6", {"value": None, "kind": "score"}),
    ("From 40-0 up she just folded.", "40-0", {"value": None, "kind": "score"}),
    (
        "Visitors staying for between six and 12 months need an X-ray.",
        "between six and 12 months",
        {"value": (6, 12), "unit": "month", "kind": "duration"},
    ),
    # --- science and technology
    (
        "The probe travelled 4 billion km to reach Saturn.",
        "4 billion km",
        {"value": 4e9, "unit": "km", "kind": "measure", "what": "probe"},
    ),
    (
        "The temperature rose by 0.6 degrees over the century.",
        "0.6 degrees",
        {"value": 0.6, "unit": "degree", "kind": "measure", "change": "up", "what": "temperature"},
    ),
    (
        "The trial involved 2,400 patients in 12 hospitals.",
        "2,400",
        {"value": 2400, "what": "patients"},
    ),
    (
        "The drug cut the risk of stroke by 25%.",
        "25%",
        {"value": 25, "unit": "%", "kind": "percent", "change": "down", "what": "risk"},
    ),
    (
        "Apple has sold more than six million iPods.",
        "more than six million",
        {"value": 6e6, "qualifier": "more than", "what": "iPods"},
    ),
    (
        "More than 200 million songs have been downloaded.",
        "More than 200 million",
        {"value": 2e8, "qualifier": "more than", "what": "songs"},
    ),
    (
        "The chip runs at 3.2 GHz.",
        "3.2 GHz",
        {"value": 3.2, "unit": "GHz", "kind": "measure", "what": "chip"},
    ),
    (
        "The firm has an 87% share of the market.",
        "87%",
        {"value": 87, "unit": "%", "kind": "percent", "what": "share"},
    ),
    ("The telescope can see objects 13 billion light years away.", "13 billion", {"value": 13e9}),
    (
        "Dozens of websites were shut down.",
        "Dozens",
        {"value": (12, None), "qualifier": "at least", "what": "websites"},
    ),
    (
        "The network reaches 100,000 or so homes.",
        "100,000 or so",
        {"value": 100000, "qualifier": "about", "what": "homes"},
    ),
    ("Scientists studied 150 species over 20 years.", "150", {"value": 150, "what": "species"}),
    (
        "Scientists studied 150 species over 20 years.",
        "20 years",
        {"value": 20, "unit": "year", "kind": "duration", "what": "studied"},  # issue 28
    ),
    (
        "The glacier has shrunk by a quarter since the 1970s.",
        "a quarter",
        {"value": 0.25, "kind": "fraction", "what": "glacier"},
    ),
    (
        "The battery lasts 10 to 12 hours.",
        "10 to 12 hours",
        {"value": (10, 12), "unit": "hour", "kind": "duration"},
    ),
    (
        "About 3% of users reported the fault.",
        "About 3%",
        {"value": 3, "qualifier": "about", "unit": "%", "kind": "percent", "what": "users"},
    ),
    (
        "The file was 700 MB in size.",
        "700 MB",
        {"value": 700, "unit": "MB", "kind": "measure", "what": "file"},
    ),
    (
        "Broadband users rose to 5.3 million in December.",
        "5.3 million",
        {"value": 5.3e6, "what": "Broadband users"},
    ),
    # Issue 28: a number a verb sets through "to", "by", "at" or "from" measures the verb's
    # object or passive subject; a value in the unit the sentence last gave is another value of
    # that measure; "the number of" counts what follows; "worth" and hyphenated words are
    # passed on the way to the noun.
    (
        "The government raised the cap on foreign ownership of airlines from 40% to 65%.",
        "65%",
        {"value": 65, "unit": "%", "kind": "percent", "what": "cap"},
    ),
    (
        "Its holding in the bank would be reduced to less than 30%.",
        "less than 30%",
        {"value": 30, "qualifier": "less than", "unit": "%", "kind": "percent", "what": "holding"},
    ),
    ("The firm cut its workforce by 2,000.", "2,000", {"value": 2000, "what": "workforce"}),
    (
        "The takeover values the club at £800m.",
        "£800m",
        {"value": 800e6, "unit": "GBP", "kind": "money", "what": "club"},
    ),
    (
        "Shares closed down 3% at 120 pence.",
        "120 pence",
        {"value": 120, "unit": "pence", "kind": "money", "what": "Shares"},
    ),
    (
        "Council tax bills averaged £1,400 last year.",
        "£1,400",
        {"value": 1400, "unit": "GBP", "kind": "money", "what": "Council tax bills"},
    ),
    (
        "The trade deficit swelled to $9bn.",
        "$9bn",
        {"value": 9e9, "unit": "USD", "kind": "money", "what": "trade deficit"},
    ),
    (
        "Its £5m loss was dwarfed by the £40m reported by its rival.",
        "£40m",
        {"value": 40e6, "unit": "GBP", "kind": "money", "what": "loss"},
    ),
    (
        "The number of people out of work rose by 45,000 in March.",
        "45,000",
        {"value": 45000, "what": "people"},
    ),
    (
        "Figures showed the average rent was £1,250 in London; £640 in Leeds; and £590 in Hull.",
        "£590",
        {"value": 590, "unit": "GBP", "kind": "money", "what": "average rent"},
    ),
    (
        "The airline made a pre-tax profit of £60m, compared with £95m a year earlier.",
        "£95m",
        {"value": 95e6, "unit": "GBP", "kind": "money", "what": "pre-tax profit"},
    ),
    (
        "The board turned down a bid worth $2bn.",
        "$2bn",
        {"value": 2e9, "unit": "USD", "kind": "money", "what": "bid"},
    ),
    (
        "Britain imported £3.2bn worth of steel last year.",
        "£3.2bn",
        {"value": 3.2e9, "unit": "GBP", "kind": "money", "what": "steel"},
    ),
    (
        "Police raided three file-sharing sites.",
        "three",
        {"value": 3, "what": "file-sharing sites"},
    ),
    (
        "Visitor numbers fell 12% last year.",
        "12%",
        {"value": 12, "unit": "%", "kind": "percent", "change": "down", "what": "Visitor numbers"},
    ),
    # --- what a rank, an ordinal or an age qualifies, past coordination and compounds
    (
        "She won her 12th and final world title in Paris.",
        "12th",
        {"value": 12, "kind": "ordinal", "what": "world title"},  # "and final" joins the 12th
    ),
    (
        "The coach praised 12-time world champion Anna Berg after the race.",
        "12",
        {"value": 12, "what": "world champion"},  # not "time world champion", nor the name
    ),
    (
        "He refused a $1 billion donation Libyan leader Muammar Gaddafi had pledged.",
        "$1 billion",
        {"value": 1e9, "unit": "USD", "kind": "money"},  # not hyphened: no "leader" before a name
    ),
    (
        "The stadium has a new 40,000-seater North Stand.",
        "40,000",
        {"value": 40000},  # the word hyphened onto it is its own, not what it counts
    ),
    (
        "A win over sixth-placed Lyon would lift the club to third.",
        "sixth",
        {"value": 6, "kind": "rank", "what": "Lyon"},  # the name "-placed" ranks
    ),
    (
        "Tom Hardy was ruled out on Monday. The club said a knee injury would keep the 31-year-old out until March.",
        "31-year-old",
        {"value": 31, "unit": "year", "kind": "age", "what": "Tom Hardy"},  # an object too
    ),
    (
        "Coach Dan Evans says the 24-year-old should captain the side.",
        "24-year-old",
        {"value": 24, "unit": "year", "kind": "age"},  # not the person named before it
    ),
    (
        "Fans cheered for Lisa Park on Sunday. The 19-year-old then beat the top seed.",
        "19-year-old",
        {"value": 19, "unit": "year", "kind": "age"},  # a name outside the subject: unsure
    ),
    (
        "The club signed four players in January. Two have already left.",
        "Two",
        {"value": 2, "what": "players"},  # a bare subject counts what the sentence before did
    ),
    (
        "The panel scored 40 policies. A score of 1 meant reject, while 10 was taken to mean adopt.",
        "10",
        {"value": 10},  # a subject, but not its sentence's first words: no borrowing
    ),
    (
        "Wakes were held for at least three victims. Twenty-three of the 53 wounded remained in hospital.",
        "Twenty-three",
        {"value": 23},  # "of the 53 wounded" says whom it counts: the victims are not borrowed
    ),
]


# From a reader's check of real pages: each case failed before its rule.
READER_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Tens of thousands of protesters marched through the capital.",
        "Tens of thousands",
        {"value": (10_000, None), "qualifier": "at least", "what": "protesters"},
    ),
    (
        "Shares closed at 212 pence in London.",
        "212 pence",
        {"value": 212, "unit": "pence", "kind": "money", "what": "Shares"},
    ),
    (
        "He paid 50 cents a litre.",
        "50 cents",
        {"value": 50, "unit": "cents", "kind": "money", "what": "paid"},
    ),
    (
        "Temperatures reached 40C in Madrid on Tuesday.",
        "40C",
        {"value": 40, "unit": "°C", "kind": "measure", "what": "Temperatures"},
    ),
    (
        "The heat hit 104F in Phoenix.",
        "104F",
        {"value": 104, "unit": "°F", "kind": "measure", "what": "heat"},
    ),
    (
        "The temperature fell to minus 5 degrees Celsius overnight.",
        "minus 5 degrees Celsius",
        {"value": -5, "unit": "°C", "kind": "measure", "what": "temperature"},
    ),
    ("The airline ordered 20 Boeing 737 jets last year.", "20", {"value": 20, "what": "jets"}),
    (
        "Apple reported $4.9 billion in quarterly profit.",
        "$4.9 billion",
        {"value": 4.9e9, "unit": "USD", "kind": "money", "what": "quarterly profit"},
    ),
    (
        "The government announced $2 billion in aid for farmers.",
        "$2 billion",
        {"value": 2e9, "unit": "USD", "kind": "money", "what": "aid"},
    ),
    (
        "Apple earned $4.9 billion in the quarter.",
        "$4.9 billion",
        {"value": 4.9e9, "unit": "USD", "kind": "money", "what": "earned"},  # what was earned
    ),
    (
        "The house sold for $2.5 million.",
        "$2.5 million",
        {"value": 2.5e6, "unit": "USD", "kind": "money", "what": "house"},
    ),
    (
        "The trust is spending $100 million on a 20-mile transit line.",
        "20-mile",
        {"value": 20, "unit": "mile", "kind": "measure", "what": "transit line"},
    ),
    (
        "Kelly Holmes started running when she was 13.",
        "13",
        {"value": 13, "kind": "age", "what": "Kelly Holmes"},
    ),
    (
        "Patsy Rowlands won a scholarship to the Guildhall School when she was just 15.",
        "15",
        {"value": 15, "kind": "age", "what": "Patsy Rowlands"},
    ),
    (
        "A president must be a citizen (that is, he or she is at least 35 years old).",
        "at least 35 years old",
        {"value": 35, "qualifier": "at least", "unit": "year", "kind": "age"},  # anyone
    ),
    (
        "The emails were not among the 30,000 Clinton's lawyers returned.",
        "30,000",
        {"value": 30000},  # not 30,000 lawyers
    ),
    (
        "With the 700-plus-page tome a wedding gift, My Struggle became a bestseller.",
        "700",
        {"value": 700, "what": "plus-page tome"},
    ),
    (
        "The clock said it was just 15 minutes to midnight.",
        "15 minutes",
        {"value": 15, "unit": "minute", "kind": "duration"},
    ),
    (
        "Five Bank of America subsidiaries have agreed to pay a total of $515m.",
        "Five",
        {"value": 5, "what": "subsidiaries"},
    ),
    (
        "Some 2,000 business and political leaders will listen to his speech.",
        "Some 2,000",
        {"value": 2000, "qualifier": "about", "what": "leaders"},
    ),
    (
        "Sideways has had more praise heaped on it by two US critics' associations.",
        "two",
        {"value": 2, "what": "associations"},
    ),
    (
        "Mothers can take up to six months' paid leave - and six unpaid.",
        "up to six months",
        {"value": 6, "qualifier": "up to", "unit": "month", "kind": "duration"},
    ),
    (
        "With a price tag under £80,000, the Vantage is cheaper than other models.",
        "under £80,000",
        {
            "value": 80000,
            "qualifier": "less than",
            "unit": "GBP",
            "kind": "money",
            "what": "price tag",
        },
    ),
    (
        "The performance comes on sales up 21% at 8.6bn euros.",
        "8.6bn euros",
        {"value": 8.6e9, "unit": "EUR", "kind": "money", "what": "sales"},
    ),
    (
        "The unemployment rate is 4.9 million people or 11.7%, up 0.3 percentage points.",
        "up 0.3 percentage points",
        {
            "value": 0.3,
            "unit": "percentage point",
            "kind": "percent",
            "change": "up",
            "what": "unemployment rate",
        },
    ),
    (
        "The UN Security Council received the 95-page report on Wednesday.",
        "95",
        {"value": 95, "what": "page report"},  # the number's own unit stays: not 95 reports
    ),
    (
        "The trust is spending $100 million on a 20-mile transit line.",
        "$100 million",
        {
            "value": 1e8,
            "unit": "USD",
            "kind": "money",
            "what": "transit line",
        },  # not "mile transit line"
    ),
    (
        "The lockdown will last 3 or 4 weeks.",
        "3 or 4 weeks",
        {"value": (3, 4), "unit": "week", "kind": "duration"},
    ),
    (
        "He crossed 46 road intersections on the trip.",
        "46",
        {"value": 46, "what": "road intersections"},
    ),
    (
        "There are 16.8 million Americans out of work.",
        "16.8 million",
        {"value": 16.8e6, "what": "Americans"},
    ),
]

# Issue 26's reader check of real pages: a label, value, unit or change that said the wrong
# thing. Written from the issue's classes (hand-written sentences, not the pages' text).
WRONG_LABELS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "The museum received help in the form of 15 million euros from a donor.",
        "15 million euros",
        {"value": 15e6, "unit": "EUR", "kind": "money", "what": "help"},
    ),
    (
        "The charity expects a grant to the tune of £2m next year.",
        "£2m",
        {"value": 2e6, "unit": "GBP", "kind": "money", "what": "grant"},
    ),
    (
        "The Paris-based auction house sold it for 24.4 million euros.",
        "24.4 million euros",
        {"value": 24.4e6, "unit": "EUR", "kind": "money"},
    ),
    (
        "The auction house sold the painting for 24.4 million euros.",
        "24.4 million euros",
        {"value": 24.4e6, "unit": "EUR", "kind": "money", "what": "painting"},
    ),
    (
        "None of the hundreds who applied were accepted.",
        "hundreds",
        {"value": (100, None), "qualifier": "at least"},
    ),
    (
        "Waves ranging from 150 to 300 feet hit the coast.",
        "150 to 300 feet",
        {"value": (150, 300), "unit": "ft", "kind": "measure"},
    ),
    (
        "Claims over three weeks brought the total to 16.8 million.",
        "16.8 million",
        {"value": 16.8e6},
    ),
    (
        "The father-of-three was jailed for two and a half years.",
        "two and a half years",
        {"value": 2.5, "unit": "year", "kind": "duration", "what": "jailed"},
    ),
    (
        "The race is three and a quarter miles long.",
        "three and a quarter miles",
        {"value": 3.25, "unit": "mile", "kind": "measure", "what": "race"},
    ),
    (
        "The state put up 43 million euros for the project.",
        "43 million euros",
        {"value": 43e6, "unit": "EUR", "kind": "money", "what": "project"},
    ),
    (
        "Investors stumped up £5m for the new stadium.",
        "£5m",
        {"value": 5e6, "unit": "GBP", "kind": "money", "what": "stadium"},
    ),
    (
        "Sales were up 3% in May.",
        "up 3%",
        {"value": 3, "unit": "%", "kind": "percent", "change": "up", "what": "Sales"},
    ),
    # From a reader's check of 12 development pages (bench/results/entities_numbers.md):
    # hand-written sentences of the same shapes.
    (
        "Warming reached 1.43°C above the average.",
        "1.43°C",
        {"value": 1.43, "unit": "°C", "kind": "measure", "what": "Warming"},
    ),
    (
        "Agents found Sunday 475 pounds (215.5 kilos) of cocaine.",
        "475 pounds",
        {"value": 475, "unit": "lb", "kind": "measure", "what": "cocaine"},
    ),
    (
        "Recording methods achieve 1.14Tb per square inch.",
        "1.14Tb",
        {"value": 1.14, "unit": "Tbit", "kind": "measure"},
    ),
    (
        "He shifted to the 7-foot-3 centre.",
        "7-foot-3",
        {"value": 7.25, "unit": "ft", "kind": "measure", "what": "centre"},
    ),
    (
        "The rate is 119 per 100,000 among young adults.",
        "119 per 100,000",
        {"value": 119, "unit": "per 100,000", "what": "rate"},
    ),
    (
        "There is little to look forward to at the end of these three weeks.",
        "three weeks",
        {"value": 3, "unit": "week", "kind": "duration"},
    ),
    ("The 7-day increased from 43 to 66.", "66", {"value": 66}),
    (
        "The deal will close in less than six months' time.",
        "less than six months",
        {"value": 6, "qualifier": "less than", "unit": "month", "kind": "duration"},
    ),
    # Fresh: written after the rules above, scored once (10 of 12 right at the first read; the
    # two misses were a missing "what": "in fines" after a conversion, now read past it, and
    # "ranged", which is no verb of level).
    (
        "The city offered aid in the form of $2bn in loans.",
        "$2bn",
        {"value": 2e9, "unit": "USD", "kind": "money", "what": "loans"},
    ),
    (
        "The collector sold them for $3m last year.",
        "$3m",
        {"value": 3e6, "unit": "USD", "kind": "money"},
    ),
    (
        "The gallery sold the sculpture for $3m.",
        "$3m",
        {"value": 3e6, "unit": "USD", "kind": "money", "what": "sculpture"},
    ),
    (
        "She was sentenced to three and a half years in prison.",
        "three and a half years",
        {"value": 3.5, "unit": "year", "kind": "duration"},
    ),
    (
        "The club put down £10m for the striker.",
        "£10m",
        {"value": 10e6, "unit": "GBP", "kind": "money", "what": "striker"},
    ),
    (
        "The fund's value ranged from 10 to 15 million dollars.",
        "10 to 15 million dollars",
        {"value": (10e6, 15e6), "unit": "USD", "kind": "money", "what": "value"},
    ),
    (
        "None of the thousands of fans were hurt.",
        "thousands",
        {"value": (1000, None), "qualifier": "at least", "what": "fans"},
    ),
    (
        "Unemployment over six months climbed to 2.1 million.",
        "2.1 million",
        {"value": 2.1e6, "what": "Unemployment"},
    ),
    (
        "The company paid 200 million yen ($1.8 million) in fines.",
        "200 million yen",
        {"value": 200e6, "unit": "JPY", "kind": "money", "what": "fines"},
    ),
    (
        "The peak is 8,848 metres (29,029 feet) high.",
        "8,848 metres",
        {"value": 8848, "unit": "m", "kind": "measure", "what": "peak"},
    ),
]

# Issue 28: a "what" read from more of the number's sentence, and wrong ones seen in the
# evaluation briefs (hand-written sentences in their phrasing, not their text).
SENTENCE_WHATS: list[tuple[str, str, dict[str, Any]]] = [
    # a participle goes on with its head's subject; "exceed" gives a level
    (
        "Turnover rose 10%, reaching $3bn.",
        "$3bn",
        {"value": 3e9, "unit": "USD", "kind": "money", "what": "Turnover"},
    ),
    # an amount a verb with no object stays at measures its subject
    (
        "The bank said interest rates would stay at 4.75%.",
        "4.75%",
        {"value": 4.75, "unit": "%", "kind": "percent", "what": "interest rates"},
    ),
    # the record a duration is the span of
    (
        "Shares in the firm have risen by the fastest rate in seven years.",
        "seven years",
        {"value": 7, "unit": "year", "kind": "duration", "what": "fastest rate"},
    ),
    (
        "The club reached the final for the first time in 77 years.",
        "77 years",
        {"value": 77, "unit": "year", "kind": "duration", "what": "first time"},
    ),
    (
        "The economy added 337,000 jobs in October - a seven-month high.",
        "seven-month",
        {"value": 7, "unit": "month", "kind": "duration", "what": "high"},
    ),
    # an ordinal that places a noun in a sequence is no record: the verb the period frames
    (
        "The club were knocked out in the fifth round four times in the last seven years.",
        "seven years",
        {"value": 7, "unit": "year", "kind": "duration", "what": "knocked out"},
    ),
    # a verb that tells no act a period frames: a catenative one, a state in the present
    (
        "During his first two years in office, the mayor seems to have cut crime.",
        "two years",
        {"value": 2, "unit": "year", "kind": "duration"},
    ),
    (
        "Over the past five years, China accounts for half of the growth in demand.",
        "five years",
        {"value": 5, "unit": "year", "kind": "duration"},
    ),
    # money beside its noun, past commas; a conversion in figures ("$1.6bn") is skipped
    (
        "He filed a $5 billion, ultimately unsuccessful, defamation lawsuit against the paper.",
        "$5 billion",
        {"value": 5e9, "unit": "USD", "kind": "money", "what": "defamation lawsuit"},
    ),
    (
        "The firm could bail out of a $3bn ($1.6bn) deal to build a network in Iran.",
        "$3bn",
        {"value": 3e9, "unit": "USD", "kind": "money", "what": "deal"},
    ),
    (
        "The kite measured an astonishing 6,000 metres (3.7 miles) from end to end.",
        "6,000 metres",
        {"value": 6000, "unit": "m", "kind": "measure", "what": "kite"},
    ),
    # money a relative clause raises; not the verb that shows it, nor one whose object is
    # a relative pronoun
    (
        "Records show the $204,202 that Clinton has raised is the most of any candidate.",
        "$204,202",
        {"value": 204202, "unit": "USD", "kind": "money", "what": "raised"},
    ),
    (
        "Rubio is keeping the contribution to his campaign that Pate made—all $2,700 worth.",
        "$2,700",
        {"value": 2700, "unit": "USD", "kind": "money"},
    ),
    # a draw is both sides'; a lead told of an object is not the subject's
    (
        "Armenia and Portugal drew 0-0 in a qualifier on Saturday.",
        "0-0",
        {"value": None, "kind": "score", "what": "Armenia and Portugal"},
    ),
    (
        "The Americans won the doubles, leaving Spain 2-1 ahead going into the final day.",
        "2-1",
        {"value": None, "kind": "score", "what": "Spain"},  # the object's, not the subject's
    ),
    # what is put at a place a rank names
    (
        "The band's debut album moved up seven places from number eight to number one.",
        "eight",
        {"value": 8, "kind": "rank", "what": "debut album"},
    ),
    (
        "The thriller Constantine, which opened at number two, took $30m.",
        "two",
        {"value": 2, "kind": "rank", "what": "Constantine"},
    ),
    (
        "Vettel starts ahead of Felipe Massa, with Kimi Raikkonen down in sixth place.",
        "sixth",
        {"value": 6, "kind": "rank"},  # Raikkonen's, not Massa's
    ),
    (
        "The list includes the Sony Walkman at number three and the remote control at two.",
        "two",
        {"value": 2, "kind": "rank"},  # another item's place, not the Walkman's
    ),
    # a period a verb goes on over; an adjective standing as the noun counted; a quoted count
    (
        "She is charged with having married 10 men over 11 years.",
        "11 years",
        {"value": 11, "unit": "year", "kind": "duration", "what": "married"},
    ),
    (
        "The memorial lists the names of the 2,977 dead.",
        "2,977",
        {"value": 2977, "what": "dead"},
    ),
    (
        'The government will give "hundreds of millions" of pounds in aid.',
        "hundreds of millions",
        {"value": (1e8, None), "qualifier": "at least", "what": "pounds"},
    ),
    # guards from the evaluation briefs' read (issue 28)
    (
        "A super PAC accounts for about 40% of the advertising in the state over the next two months.",
        "two months",
        {"value": 2, "unit": "month", "kind": "duration"},  # a verb of state
    ),
    (
        "For two years, his father refused to call him Ted.",
        "two years",
        {"value": 2, "unit": "year", "kind": "duration", "what": "refused"},
    ),
    (
        "After watching the Republicans ignore facts for two hours, she left.",
        "two hours",
        {"value": 2, "unit": "hour", "kind": "duration"},  # not the facts'
    ),
    (
        "The firm had an operating loss for the three months to December.",
        "three months",
        {"value": 3, "unit": "month", "kind": "duration", "what": "operating loss"},
    ),
    (
        "Most of the gains have gone to the top 1 percent, the study says.",
        "1 percent",
        {"value": 1, "unit": "%", "kind": "percent"},  # a group, no level of the gains
    ),
    (
        "Sanders asked people to chip in $27, which he claimed as his average donation.",
        "$27",
        {"value": 27, "unit": "USD", "kind": "money"},
    ),
    (
        "The senator raised $413,000 from teachers, surpassing the $394,000 raised by Clinton.",
        "$394,000",
        {"value": 394000, "unit": "USD", "kind": "money"},
    ),
    (
        "Trump got 18 first-place votes this week, Marco Rubio got seven and Ted Cruz got three.",
        "seven",
        {"value": 7, "what": "first-place votes"},
    ),
    (
        "The channel's share remained the same at a slender 6.3%.",
        "6.3%",
        {"value": 6.3, "unit": "%", "kind": "percent", "what": "share"},
    ),
    (
        "A survey suggests 69% of over-55s always vote in a general election.",
        "69%",
        {"value": 69, "unit": "%", "kind": "percent", "what": "over-55s"},
    ),
    # an age on a name or noun its compounds lead to
    (
        "The 21-year-old Blues prop is the only uncapped player in the squad.",
        "21-year-old",
        {"value": 21, "unit": "year", "kind": "age", "what": "Blues prop"},
    ),
    (
        "The coach had words of comfort for 18-year-old Newcastle centre Mathew Tait.",
        "18-year-old",
        {"value": 18, "unit": "year", "kind": "age", "what": "Mathew Tait"},
    ),
    (
        "One of the men 38-year-old Lianna Barrientos wed was deported.",
        "38-year-old",
        {"value": 38, "unit": "year", "kind": "age"},  # not the "d" of a split "we'd"
    ),
    (
        "The striker took his goal tally past 150 this season.",
        "150",
        {"value": 150, "what": "goal tally"},
    ),
    # a participle set off after an object describes the object
    (
        "Canada imposed new duties, ranging from 10 percent to 40 percent, on steel imports.",
        "40 percent",
        {"value": 40, "unit": "%", "kind": "percent", "what": "duties"},
    ),
    # "by A to B" of a verb of no level: the "to" share is the other side's
    (
        "The governor leads by 54 percent to 38 percent in the latest poll.",
        "38 percent",
        {"value": 38, "unit": "%", "kind": "percent", "what": None},
    ),
    # a participle with an object of its own tells an act of the subject, not the object's
    (
        "The group led the way, spending $4.1 million on such ads.",
        "$4.1 million",
        {"value": 4.1e6, "unit": "USD", "kind": "money", "what": "ads"},
    ),
    # a subject the parse gave a possessive "'s" owns what ends its phrase
    (
        "Her party's and her foundation's coffers had shrunk to $3.4 million each by June.",
        "$3.4 million",
        {"value": 3.4e6, "unit": "USD", "kind": "money", "what": "coffers"},
    ),
    # a verb "without" negates tells no act: the period frames the verb "without" hangs from
    (
        "Staff opened thousands of accounts for clients without them knowing over at least three years.",
        "at least three years",
        {"value": 3, "unit": "year", "kind": "duration", "qualifier": "at least", "what": "opened"},
    ),
    # a name with a possessive "'s" for subject: what the parse hung from it is its title
    (
        "Coldplay's new album came second while Keane's Under the Iron Sea was in fourth place.",
        "fourth",
        {"value": 4, "kind": "rank", "what": "Keane's Under the Iron Sea"},
    ),
    # a score of a clause that "Despite" (tagged a conjunction) opens is the main subject's
    (
        "Despite losing 31-12 in Saturday's opener, the Scots showed real promise.",
        "31-12",
        {"value": None, "kind": "score", "what": "Scots"},
    ),
    # "the 52-year-old" the parse makes its sentence's root still stands for someone
    (
        "Now Tom Hardy, of Leeds, has found himself back in court for a third time. "
        "The 52-year-old recently offered to pay the whole fine.",
        "52-year-old",
        {"value": 52, "unit": "year", "kind": "age", "what": "Tom Hardy"},
    ),
    # "she" of a clause on the main clause stands for its subject, a name the model typed not
    (
        "Born in March 1961, Winterbottom won a place at the Royal Ballet School when she was just 12.",
        "12",
        {"value": 12, "kind": "age", "what": "Winterbottom"},
    ),
    # an amount said again in another unit after "or" is the same measure
    (
        "The chief executive said heating costs rose by £38m or 12.5% in the quarter.",
        "12.5%",
        {"value": 12.5, "unit": "%", "kind": "percent", "what": "heating costs"},
    ),
    (
        "Flats near the new station sell for 9 per cent more – or £21,400 – than others.",
        "£21,400",
        {"value": 21400, "unit": "GBP", "kind": "money", "what": "Flats"},
    ),
    # a distance that names a race is no distance gone; a counted possessor stays the noun
    (
        "The Scot, knighted for taking 400m and 800m gold, thanked the crowd.",
        "400m",
        {"value": 400, "unit": "m", "kind": "measure", "what": None},
    ),
    (
        "Voters say each of the two senators’ positions on the issues are about right.",
        "two",
        {"value": 2, "what": "senators"},
    ),
    # an infinitive that qualifies a noun has it for subject, and a copula's noun its subject
    (
        "Rebecca Ellis became the youngest woman to win the title by beating Maria Lopez 6-4 7-5.",
        "6-4",
        {"value": None, "kind": "score", "what": "Rebecca Ellis"},
    ),
    # a score between a verb's object and a word of standing is the object's
    (
        "A late goal from Hughes put Rovers 2-0 up before the break.",
        "2-0",
        {"value": None, "kind": "score", "what": "Rovers"},
    ),
    # a figure an amount qualifies is told for the period its "for" names, past "of the year"
    (
        "The group reported a £95m loss for the first three months of the year.",
        "three months",
        {"value": 3, "unit": "month", "kind": "duration", "what": "loss"},
    ),
    (
        "Lies: Barnes and Jamie Silvonek met in October, when she was 13.",
        "13",
        {"value": 13, "kind": "age", "what": None},  # one of two names: not for certain
    ),
    # a distance a verb takes as its only object is how far its subject went
    (
        "Jonathan Edwards landed 18.29m in Gothenburg to break the record.",
        "18.29m",
        {"value": 18.29, "unit": "m", "kind": "measure", "what": "Jonathan Edwards"},
    ),
    (
        "The old lorry travelled 300 miles on one tank.",
        "300 miles",
        {"value": 300, "unit": "mile", "kind": "measure", "what": "lorry"},
    ),
]

# Written after the rules above were tuned, and scored before any change for them: the
# accuracy report gives this table separately as the fairer measure of new phrasings.
HELD_OUT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Vodafone said pre-tax profits climbed 12% to £4.1bn.",
        "12%",
        {"value": 12, "unit": "%", "kind": "percent", "change": "up", "what": "pre-tax profits"},
    ),
    (
        "Vodafone said pre-tax profits climbed 12% to £4.1bn.",
        "£4.1bn",
        {"value": 4.1e9, "unit": "GBP", "kind": "money", "what": "pre-tax profits"},
    ),
    (
        "The airline carried 2.4 million passengers in May.",
        "2.4 million",
        {"value": 2.4e6, "what": "passengers"},
    ),
    (
        "House prices fell 0.5% in October, the survey showed.",
        "0.5%",
        {"value": 0.5, "unit": "%", "kind": "percent", "change": "down", "what": "House prices"},
    ),
    (
        "The carmaker is shedding 6,000 jobs over three years.",
        "6,000",
        {"value": 6000, "what": "jobs"},
    ),
    (
        "The carmaker is shedding 6,000 jobs over three years.",
        "three years",
        {"value": 3, "unit": "year", "kind": "duration", "what": "shedding"},  # issue 28
    ),
    (
        "Nearly half of all households now have broadband.",
        "Nearly half",
        {"value": 0.5, "qualifier": "nearly", "kind": "fraction", "what": "households"},
    ),
    (
        "The fine of $10m is the largest ever imposed.",
        "$10m",
        {"value": 1e7, "unit": "USD", "kind": "money", "what": "fine"},
    ),
    (
        "Almost 70% of the population voted in the referendum.",
        "Almost 70%",
        {"value": 70, "qualifier": "nearly", "unit": "%", "kind": "percent", "what": "population"},
    ),
    (
        "The senator, who is 71, won a fifth term.",
        "71",
        {"value": 71, "kind": "age", "what": "senator"},
    ),
    (
        "Police said at least 12 people had been injured.",
        "at least 12",
        {"value": 12, "qualifier": "at least", "what": "people"},
    ),
    (
        "Thousands of workers joined the strike on Friday.",
        "Thousands",
        {"value": (1000, None), "qualifier": "at least", "what": "workers"},
    ),
    (
        "The government plans to build 200,000 homes by 2016.",
        "200,000",
        {"value": 200000, "what": "homes"},
    ),
    (
        "Henman lost 6-4 6-2 to the Swiss player.",
        "6-4",
        {"value": None, "kind": "score", "what": "Henman"},
    ),
    (
        "The 23-year-old has signed a three-year contract.",
        "23-year-old",
        {"value": 23, "unit": "year", "kind": "age"},
    ),
    (
        "The 23-year-old has signed a three-year contract.",
        "three-year",
        {"value": 3, "unit": "year", "kind": "duration", "what": "contract"},
    ),
    (
        "Liverpool are fourth in the table, five points behind Arsenal.",
        "five",
        {"value": 5, "what": "points"},
    ),
    (
        "The Dow Jones index closed down 1.2%.",
        "down 1.2%",
        {"value": 1.2, "unit": "%", "kind": "percent", "change": "down", "what": "Dow Jones index"},
    ),
    ("The storm left 1.5m homes without power.", "1.5m", {"value": 1.5e6, "what": "homes"}),
    (
        "The vaccine was 95% effective in trials of 40,000 volunteers.",
        "95%",
        {"value": 95, "unit": "%", "kind": "percent", "what": "vaccine"},
    ),
    (
        "The vaccine was 95% effective in trials of 40,000 volunteers.",
        "40,000",
        {"value": 40000, "what": "volunteers"},
    ),
    (
        "The spacecraft will spend six months orbiting Mars.",
        "six months",
        {"value": 6, "unit": "month", "kind": "duration"},
    ),
    (
        "Emissions must fall by 80% by 2050.",
        "80%",
        {"value": 80, "unit": "%", "kind": "percent", "change": "down", "what": "Emissions"},
    ),
    ("The team has lost 10 of its last 12 matches.", "10", {"value": 10, "what": "matches"}),
    (
        "Wages rose by an average of 4.2% last year.",
        "4.2%",
        {"value": 4.2, "unit": "%", "kind": "percent", "change": "up", "what": "Wages"},
    ),
    (
        "The company's market value is about $300bn.",
        "about $300bn",
        {
            "value": 3e11,
            "qualifier": "about",
            "unit": "USD",
            "kind": "money",
            "what": "market value",
        },
    ),
    (
        "Some 40 countries will attend the summit.",
        "Some 40",
        {"value": 40, "qualifier": "about", "what": "countries"},
    ),
    (
        "The turbine produces 5 MW of power.",
        "5 MW",
        {"value": 5, "unit": "MW", "kind": "measure", "what": "power"},
    ),
]


# Sentences with numbers that are parts of names, codes, times, dates or list markers:
# the brief must report none of these texts as numbers.
NOT_NUMBERS: list[tuple[str, str]] = [
    ("The residence is protected by Pantsir-S1 air defence systems.", "1"),
    ("A Boeing 737 landed safely at Heathrow.", "737"),
    ("COVID-19 cases rose sharply in the city.", "19"),
    ("Leaders of the G7 met in Rome.", "7"),
    ("For details call 0800 123 4567 today.", "0800"),
    ("For details call 0800 123 4567 today.", "4567"),
    ("The Airbus A380 made its first flight.", "380"),
    ("The new 3G phones went on sale.", "3"),
    ("The meeting will start at 10:30 GMT.", "10:30"),
    ("The Budget is at about 1230 GMT on Wednesday.", "1230"),
    ("The results for the three months to 31 December 2004 were strong.", "31"),
    ("The vote on 5 May was close.", "5"),
    ("It happened on March 3rd, officials said.", "3rd"),
    ("It was the first time the club had won.", "first"),
    ("One of the biggest firms said no.", "One"),
    ("The fare rose to £10 one-way for all flights.", "one"),
    ("Windows 95 was a best-seller.", "95"),
    ("He was one of the best coaches we had.", "one"),
    ("Meyer was born on 27 October, 1920.", "27"),
    ("Wales won the Six Nations title in 2005.", "Six"),
    ("He scored in the 19th minute of the game.", "19th"),
    ("The troops of the 2nd Battalion arrived.", "2nd"),
    ("Bookmakers are offering odds of 4/6 on a win.", "4/6"),
    # dates, clock times, handles and titles a reader caught as counts
    ("The hearing is set for Feb. 9 in Washington.", "9"),
    ("The fire started at 3 a.m. on Saturday.", "3"),
    ("The shops open at 9 am every day.", "9"),
    ("Follow him at @Rabbi_360 for updates.", "360"),
    ("The report is at www.example.org/2024/report today.", "2024"),
    ('Sam Mendes directed "1917" for Universal.', "1917"),
    # read on real pages: phones, labels, house numbers, shooting records, codes, dates
    ("Contact: 624-6456; 225-8452 or 225-8491.", "624"),
    ("Send us a message on WhatsApp at 1-876-499-0169 today.", "876"),
    ("The crash happened about 1.p.m. on the main road.", "1"),
    ("The country moves to level 3 restrictions from midnight.", "3"),
    ("Voting is at 2344 Bragg St. from Monday.", "2344"),
    ("The Sixers went 0-for-9 from three-point range.", "0"),
    ("The office is at Apt. 1C on the second floor.", "1C"),
    ("The rules will be in place until the 27th of October.", "27th"),
    # issue 26: not quantities (names, labels, addresses, compounds, terms) and dates
    ('The war film "1917," won the top prize.', "1917"),
    ("Parasite beat 1917 and Joker at the Oscars.", "1917"),
    ("Sam Mendes's 1917 won the prize.", "1917"),
    ("The restaurant is on 56th street near the park.", "56th"),
    ("The shops between 56th and 57th streets closed.", "56th"),
    ("He won the best-of-five series in four games.", "five"),
    ("The father-of-three was jailed for two and a half years.", "three"),
    ("Ireland moves to level six restrictions from midnight.", "six"),
    ("The teams played 5v5 matches in the tournament.", "5"),
    ("Workers on zero-hours contracts earn less.", "zero"),
    ("The team won in 2014 and again in the 2011-12 season.", "2014"),
    ("The team won in 2014 and again in the 2011-12 season.", "2011"),
    ("The 18th-century house was rebuilt on March 3, 2019.", "18th"),
    ("The 18th-century house was rebuilt on March 3, 2019.", "2019"),
    ("Their songs of the 1990s still sell.", "1990s"),
    # fresh (written after the rules, scored once: all right at the first read)
    ("The Oscar went to the war drama “1917.”", "1917"),
    ("She lives on West 72nd Street in Manhattan.", "72nd"),
    ("The office moved to 42nd street last year.", "42nd"),
    ("They lost the best-of-seven final.", "seven"),
    ("The mother-of-two was cleared by the jury.", "two"),
    ("The region stays at alert level four until Friday.", "four"),
    ("He joined a 3v3 basketball league.", "3"),
    ("Critics say zero-hours deals trap young workers.", "zero"),
    ("The bridge, built in the 19th century, was closed.", "19th"),
    ("He served two terms, in 2010 and 2014.", "2010"),
    ("The 2018-19 budget was cut.", "2018"),
    ("The 1990s boom ended.", "1990s"),
    # a reader's check of 12 development pages
    ("On days four and five of the conference, investors visit sites.", "four"),
    ("On days four and five of the conference, investors visit sites.", "five"),
    ("Activate the card by 12/31/21.", "21"),
    ("Only one in five (21 per cent) agreed.", "21"),
    # chemical names, from a reader's check of the fingerprint
    ("One drug routinely used, 17-beta oestradiol, causes cancer.", "17"),
    ("The enzyme 5-alpha reductase turns testosterone into DHT.", "5"),
]

LIST_ARTICLE = "The plan has three parts:\n\n1. Lower taxes\n2. Fewer rules\n3. More homes\n"


@pytest.fixture(scope="module")
def briefs() -> dict[str, Brief]:
    cases = CASES + READER_CASES + WRONG_LABELS + SENTENCE_WHATS + HELD_OUT
    sentences = sorted({case[0] for case in cases} | {case[0] for case in NOT_NUMBERS})
    articles = [Article.from_text(sentence) for sentence in sentences]
    return dict(zip(sentences, brief_articles(articles, Options()), strict=True))


def find(brief: Brief, text: str) -> Number | None:
    """The number the brief reports with exactly this text."""
    return next((number for number in brief.numbers if number.text == text), None)


def reading(number: Number) -> dict[str, Any]:
    """A number's fields in the shape of the expectations above."""
    value: Any = number.value
    if number.low is not None:
        value = (number.low, number.high)  # a range, or a lower bound ("tens of thousands")
    return {
        "value": value,
        "qualifier": number.qualifier,
        "unit": number.unit,
        "what": number.what,
        "kind": number.kind,
        "change": number.change,
    }


def expected(fields: dict[str, Any]) -> dict[str, Any]:
    full = {"qualifier": None, "unit": None, "what": None, "kind": "count", "change": None}
    full.update(fields)
    value = full["value"]
    if isinstance(value, tuple):
        full["value"] = tuple(None if end is None else pytest.approx(end) for end in value)
    elif value is not None:
        full["value"] = pytest.approx(value)
    return full


def case_ids(cases: Iterable[tuple[str, str, dict[str, Any]]]) -> list[str]:
    return [f"{text}@{sentence[:30]}" for sentence, text, _ in cases]


# Cases the method still gets wrong, with why: kept in the table so the accuracy report counts them.
KNOWN_WRONG = {
    ("She finished third in the 100m final.", "100m"): "the small model tags 'final' an adjective",
    ("The 7-day increased from 43 to 66.", "66"): (
        "a bare number after a duration used as a noun ('the 7-day') borrows its unit"
    ),
}


def params() -> list[Any]:
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case[:2]]))
        if case[:2] in KNOWN_WRONG
        else case
        for case in CASES + READER_CASES + WRONG_LABELS + SENTENCE_WHATS + HELD_OUT
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "fields"),
    params(),
    ids=case_ids(CASES + READER_CASES + WRONG_LABELS + SENTENCE_WHATS + HELD_OUT),
)
def test_number_reading(
    briefs: dict[str, Brief], sentence: str, text: str, fields: dict[str, Any]
) -> None:
    number = find(briefs[sentence], text)
    assert number is not None, f"{text!r} not among {[n.text for n in briefs[sentence].numbers]}"
    assert reading(number) == expected(fields)


@pytest.mark.parametrize(("sentence", "text"), NOT_NUMBERS)
def test_not_a_number(briefs: dict[str, Brief], sentence: str, text: str) -> None:
    assert all(text not in number.text for number in briefs[sentence].numbers)


def test_list_markers_are_not_numbers() -> None:
    (brief,) = brief_articles([Article.from_text(LIST_ARTICLE)], Options())
    assert [number.text for number in brief.numbers] == ["three"]


def test_bare_number_in_a_list_item_borrows_its_siblings_unit_and_what() -> None:
    text = "Behind closed doors:\n- the union wants 20-25 new nurses\n- the board offers 12\n"
    (brief,) = brief_articles([Article.from_text(text)], Options())
    twelve = find(brief, "12")
    assert twelve is not None and (twelve.unit, twelve.what, twelve.kind) == (
        None,
        "nurses",
        "count",
    )


def test_a_number_before_a_quoted_noun_borrows_nothing() -> None:
    text = (
        "- The rate among 15-24-year-olds rose.\n"
        '- There are 31 "open outbreaks" in nursing homes.\n'
    )
    brief = next(brief_articles([Article.from_text(text)], Options()))
    number = find(brief, "31")
    assert number is not None and (number.kind, number.unit) == ("count", None)


def test_a_bare_number_followed_by_its_own_noun_borrows_nothing() -> None:
    text = "Key points:\n- the union wants 20-25 new nurses\n- the board offers 5 days off\n"
    (brief,) = brief_articles([Article.from_text(text)], Options())
    five = find(brief, "5 days")
    assert five is not None and (five.unit, five.kind) == ("day", "duration")


def test_seed_fifteen_is_a_number_of_the_security_guarantees(seed_brief: Brief) -> None:
    fifteen = find(seed_brief, "15")
    assert fifteen is not None
    assert (fifteen.unit, fifteen.what, fifteen.kind) == ("year", "security guarantees", "duration")


def test_a_reading_repeated_in_the_article_is_reported_once() -> None:
    text = "The best song of the last 25 years. Not the best in 25 years. Over 25 years, no."
    (brief,) = brief_articles([Article.from_text(text)], Options())
    assert [number.text for number in brief.numbers] == ["25 years"]


def test_seed_reports_no_day_of_month_or_name_numbers(seed_brief: Brief) -> None:
    assert all("S1" not in number.text for number in seed_brief.numbers)


# --- the phrase reader alone (no model) -------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high"),
    [
        ("1,200", 1200, None, None),
        ("3.5", 3.5, None, None),
        ("11.1bn", 11.1e9, None, None),
        ("twenty-five", 25, None, None),
        ("one hundred and fifty", 150, None, None),
        ("two dozen", 24, None, None),
        ("a dozen", 12, None, None),
        ("3/4 of them", 0.75, None, None),
        ("30-50", None, 30, 50),
        ("from 10 to 12", 10, None, None),
        ("£2-3m", None, 2e6, 3e6),
        ("a four-fold rise", 4, None, None),
    ],
)
def test_phrase_values(
    phrase: str, value: float | None, low: float | None, high: float | None
) -> None:
    quantity = parse(phrase)
    assert quantity is not None
    assert (quantity.value, quantity.low, quantity.high) == (
        pytest.approx(value) if value is not None else None,
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
    )


@pytest.mark.parametrize(
    "phrase",
    ["the second half", "no one came", "a third quarter loss", "Pantsir-S1", "F-16 jets", "MP3"],
)
def test_phrases_without_quantities(phrase: str) -> None:
    assert scan(phrase) == []


def test_different_scores_are_all_reported() -> None:
    text = "He won 6-1 in the first set and 6-3 in the second, after trailing 3-1."
    (brief,) = brief_articles([Article.from_text(text)], Options())
    assert [number.text for number in brief.numbers] == ["6-1", "6-3", "3-1"]


PIECES = [*"0123456789 ,.-–/:%$£€p", "bn", "m", " million", " of ", "a ", "half", "third"]
PIECES += ["-year", "-old", " March ", " to ", " and ", "between ", "up ", "down ", "Six ", "1st"]
NUMBERY = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@examples(300)
@given(NUMBERY)
def test_scan_never_fails_and_stays_in_bounds(text: str) -> None:
    for quantity in scan(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert (
            quantity.value is not None
            or quantity.low is not None
            or quantity.kind in {"score", "date"}
        )
        assert quantity.date is None or quantity.kind in {"year", "date"}
        assert quantity.kind != "year" or quantity.date is not None


def test_a_headline_number_repeated_in_the_body_is_reported_from_the_body() -> None:
    text = "Storm cuts power to 40,000 homes\n\nThe storm cut power to 40,000 homes on Tuesday.\n"
    (brief,) = brief_articles([Article.from_text(text)], Options())
    assert [(number.text, number.line) for number in brief.numbers] == [("40,000", 3)]


@pytest.mark.parametrize(
    ("value", "low", "high", "kind", "shown"),
    [
        (2030, None, None, "year", "2030"),  # a year is a label: never "2,030"
        (None, 1965, 1971, "year", "1965–1971"),
        (20_000, None, None, "count", "20,000"),
        (None, 10_000, None, "count", "10,000"),  # a lower bound: "at least" is its qualifier
    ],
)
def test_values_are_shown_as_a_reader_writes_them(
    value: float | None, low: float | None, high: float | None, kind: str, shown: str
) -> None:
    assert describe_number(value, low, high, kind) == shown


@pytest.mark.parametrize(
    "sentence",
    [
        'The war film "1917," won the top prize.',
        "Parasite beat 1917 and Joker at the Oscars.",
        "Sam Mendes's 1917 won the prize.",
    ],
)
def test_a_title_in_digits_is_neither_a_number_nor_a_date(
    briefs: dict[str, Brief], sentence: str
) -> None:
    brief = briefs[sentence]
    assert not [n for n in brief.numbers if "1917" in n.text]
    assert not [d for d in brief.dates if "1917" in d.text]


@pytest.mark.parametrize(
    ("text", "number", "conversions", "what"),
    [
        (
            "The museum got 15 million euros ($16 million) from a donor.",
            "15 million euros",
            [("$16 million", 16e6, "USD")],
            None,
        ),
        (
            "The fine was 15 million euros, or $16 million, the court said.",
            "15 million euros",
            [("$16 million", 16e6, "USD")],
            "fine",
        ),
        (
            "It cost €15m ($16m; £13m) in all.",
            "€15m",
            [("$16m", 16e6, "USD"), ("£13m", 13e6, "GBP")],
            None,
        ),
        (
            "She lost her £7.5m ($14.6m) sex discrimination case.",
            "£7.5m",
            [("$14.6m", 14.6e6, "USD")],
            "sex discrimination case",
        ),
        # the conversion's "what" serves the figure when the figure has none
        (
            "The temperature hit 40C (104F) on Tuesday.",
            "40C",
            [("104F", 104, "°F")],
            "temperature",
        ),
    ],
)
def test_a_conversion_is_one_figure_with_its_conversion(
    text: str, number: str, conversions: list[tuple[str, float, str]], what: str | None
) -> None:
    (brief,) = brief_articles([Article.from_text(text)], Options())
    (figure,) = brief.numbers
    assert figure.text == number and figure.what == what
    assert [(c.text, c.value, c.unit) for c in figure.conversions] == conversions


@pytest.mark.parametrize(
    "text",
    [
        "He paid $5m; she paid £4m.",  # two payments, not one amount twice
        "The fee rose to $5m (up £1m).",  # a change in brackets is news of its own
        "It weighs 5kg (up to 7kg) in all.",  # the same unit converts nothing
    ],
)
def test_numbers_side_by_side_that_are_not_conversions_stay_apart(text: str) -> None:
    (brief,) = brief_articles([Article.from_text(text)], Options())
    assert len(brief.numbers) == 2 and not any(n.conversions for n in brief.numbers)


def test_a_bare_number_does_not_borrow_the_unit_of_a_time_frame() -> None:
    text = "Claims over three weeks brought the total to 16.8 million."
    (brief,) = brief_articles([Article.from_text(text)], Options())
    total = find(brief, "16.8 million")
    assert total is not None and (total.unit, total.kind) == (None, "count")


def test_a_bare_number_borrows_the_unit_of_a_duration_it_echoes() -> None:
    text = "He was jailed for three years and his partner for two."
    (brief,) = brief_articles([Article.from_text(text)], Options())
    two = find(brief, "two")
    assert two is not None and (two.unit, two.kind) == ("year", "duration")


def test_a_span_of_time_after_for_is_a_length_even_before_after() -> None:
    text = "He was jailed for two years after a trial."
    (brief,) = brief_articles([Article.from_text(text)], Options())
    assert [(n.text, n.unit, n.what) for n in brief.numbers] == [("two years", "year", "jailed")]
    assert brief.dates == ()
