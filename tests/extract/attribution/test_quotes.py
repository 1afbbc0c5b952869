"""Quotes and their speakers: one table of hand-written cases per attribution pattern, the pairing
of marks without a model, and the property that quotes never overlap and stay in the article."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from brief import quote_marks, summarize
from brief.extract.sentences import is_quotation
from brief.layout import parse_layout
from brief.nlp.typography import normalize
from brief.quote_marks import quoted_stretches
from brief.render.text import field_text
from tests.profiles import examples

HEADLINE = "Officials Trade Words Over the Summit\n\n"

# (article body, [(quote text starts with, speaker or None when the article names no one)]);
# the body follows a fixed headline.
CASES = [
    pytest.param(
        "Senator Jane Holloway spoke on Monday.\n\n"
        "“We will not back down from this fight,” Holloway said.",
        [("We will not back down", "Jane Holloway")],
        id="after-the-quote",
    ),
    pytest.param(
        "“The budget is a disgrace to this city,” said Mayor Tom Reyes.",
        [("The budget is a disgrace", "Tom Reyes")],
        id="inverted-said-name",
    ),
    pytest.param(
        "Mayor Tom Reyes told reporters: “We have no money left for the parks.”",
        [("We have no money left", "Tom Reyes")],
        id="told-reporters-colon",
    ),
    pytest.param(
        "Vladimir Putin warned that the strike “will not go unanswered” by Moscow.",
        [("will not go unanswered", "Vladimir Putin")],
        id="partial-any-verb",
    ),
    pytest.param(
        "The ceasefire is “a trap for the weak,” according to Viktor Orban.",
        [("a trap for the weak", "Viktor Orban")],
        id="according-to",
    ),
    pytest.param(
        "Mark Olsen, a spokesman for the ministry, said the talks were “going nowhere fast.”",
        [("going nowhere fast", "Mark Olsen")],
        id="apposition-role",
    ),
    pytest.param(
        "Donald Trump praised the deal on Tuesday.\n\n"
        "Later he said the talks had been “very, very productive” for everyone.",
        [("very, very productive", "Donald Trump")],
        id="pronoun-to-nearest-person",
    ),
    pytest.param(
        "Foreign minister Sergei Lavrov met his counterpart in Geneva.\n\n"
        "The minister said the proposal was “dead on arrival.”",
        [("dead on arrival", "Sergei Lavrov")],
        id="role-noun-to-person",
    ),
    pytest.param(
        "Sergei Lavrov responded bluntly:\n\n“Those forces would be legitimate targets for us.”",
        [("Those forces would be legitimate", "Sergei Lavrov")],
        id="introduced-on-the-line-before",
    ),
    pytest.param(
        "Russia strongly disagrees, calling the ceasefire a tactic to “prolong war.”",
        [("prolong war", "Russia")],
        id="country-speaks-participle",
    ),
    pytest.param(
        "“The economy is strong,” Mary Chen said. “Wages are rising across the board.”",
        [("The economy is strong", "Mary Chen"), ("Wages are rising", "Mary Chen")],
        id="continuation-same-paragraph",
    ),
    pytest.param(
        "“We will build new schools in every district,” Mary Chen said.\n\n"
        "“And we will pay every teacher what they deserve.”",
        [("We will build new schools", "Mary Chen"), ("And we will pay", "Mary Chen")],
        id="continuation-next-paragraph",
    ),
    pytest.param(
        "Mary Chen opened the rally with a long speech.\n\n"
        "“We will build new schools in every district. We will hire teachers.\n\n"
        "“And we will pay every teacher what they deserve,” she said.",
        [("We will build new schools", "Mary Chen"), ("And we will pay", "Mary Chen")],
        id="multi-paragraph-unclosed",
    ),
    pytest.param(
        "Paul Kim listed his demands to the crowd:\n\n"
        "- “lower taxes for families”\n- “more police on the streets”",
        [("lower taxes for families", "Paul Kim"), ("more police on the streets", "Paul Kim")],
        id="bullets-under-an-introduction",
    ),
    pytest.param(
        "Paul Kim said, 'We are ready for the vote tomorrow.'\n\n"
        "The voters' mood was calm and nobody's plans changed.",
        [("We are ready for the vote", "Paul Kim")],
        id="single-quotes-not-apostrophes",
    ),
    pytest.param(
        '"It is a great day for the workers," Ann Lowe said.',
        [("It is a great day", "Ann Lowe")],
        id="straight-double-marks",
    ),
    pytest.param(
        "Europe joined the “Coalition of the Willing” last year, and critics read the book "
        "“War and Peace” again.",
        [],
        id="titles-and-names-are-not-quotes",
    ),
    pytest.param(
        "Readers sent us their verdicts on the debate.\n\n"
        "“He never answered a single question about the economy.” ― Maria Lopez\n\n"
        "“The most unprepared candidate we have seen in years.” ― Steve Quinlan.",
        [("He never answered", "Maria Lopez"), ("The most unprepared", "Steve Quinlan")],
        id="sign-off-dash-name",
    ),
    pytest.param(
        "The fact checkers reviewed one claim from the debate.\n\n"
        "“Almost all new income is going to the top one percent of the country.”\n\n"
        "- Bernie Sanders.",
        [("Almost all new income", "Bernie Sanders")],
        id="sign-off-on-the-next-line",
    ),
    pytest.param(
        "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible, "
        "right up to the day.”",
        [("Keep on contacting voters", "Carl Bialik")],
        id="name-colon-quote",
    ),
    pytest.param(
        "Roger Stone gave an interview on the radio on Monday.\n\n"
        "More from Stone:\n\n"
        "“The stakes are so high that they would do anything to remain in power.”",
        [("The stakes are so high", "Roger Stone")],
        id="name-colon-on-the-line-before",
    ),
    pytest.param(
        "The party asked Ron Haynes for advice.\n\n"
        "“Ryan will do this in a thoughtful and deliberate way because that is who he is,” "
        "Haynes said.",
        [("Ryan will do this", "Ron Haynes")],
        id="surname-tagged-as-plural",
    ),
    pytest.param(
        "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling "
        "him “a total stiff.”\n\nDonald Trump and Jeb Bush are rivals.",
        [("a total stiff", "Donald Trump")],
        id="nearest-of-two-subjects",
    ),
    pytest.param(
        "During his years in office, Mr. Barack Obama said, a majority of Americans have come "
        "to believe “that climate change is real and we should act.”",
        [("that climate change is real", "Barack Obama")],
        id="reporting-verb-that-names-someone",
    ),
    pytest.param(
        "Ms. Kelly Ayotte voted against the bill on Tuesday. She said it went too far.\n\n"
        "Mr. Mark Kirk voted for it. He said it was overdue.\n\n"
        "“It is a bad bill for New Hampshire families,” she said.",
        [("It is a bad bill", "Kelly Ayotte")],
        id="pronoun-gender-agreement",
    ),
    pytest.param(
        "“Imagine Brad Thor going up against both of them on the same stage,” mused Blaze "
        "co-host Stu Burguiere.",
        [("Imagine Brad Thor", "Stu Burguiere")],
        id="inverted-cue-named-after",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio on Monday.\n\n"
        "“His knowledge is about twenty years old,” said a longtime adviser to Trump.",
        [("His knowledge is about", "a longtime adviser to Trump")],
        id="adviser-to-someone-is-not-them",
    ),
    pytest.param(
        "Donald Trump met Israeli leaders on Tuesday.\n\n"
        "An Israeli official said the prime minister “will meet with any candidate who asks.”",
        [("will meet with any candidate", "An Israeli official")],
        id="indefinite-role-names-no-earlier-person",
    ),
    pytest.param(
        "A spokesman for Platte River Networks said the firm “did not treat the server "
        "differently than any other.”",
        [("did not treat the server", "Platte River Networks")],
        id="spokesman-for-an-organisation",
    ),
    pytest.param(
        "First, Donald Trump identified the judge as “Spanish and biased against him,” which "
        "is what some call people who speak Spanish.",
        [("Spanish and biased", "Donald Trump")],
        id="main-verb-takes-the-quote",
    ),
    pytest.param(
        "George Pataki says John Kasich “has a track record of bringing people together.” He "
        "warns that the front-runner would “drive the party off the cliff.”",
        [("has a track record", "George Pataki"), ("drive the party", "George Pataki")],
        id="pronoun-continues-the-main-subject",
    ),
    pytest.param(
        "Bill de Blasio said the move was made by police commissioner Bill Bratton and said, "
        "“Who are you going to trust on security and keeping people safe?”",
        [("Who are you going to trust", "Bill de Blasio")],
        id="agent-of-another-verb-is-not-the-speaker",
    ),
    pytest.param(
        "In a statement, Ted Cruz said he is certain Marco Rubio will continue to be “a "
        "champion for limitless opportunity in America.”",
        [("a champion for limitless", "Ted Cruz")],
        id="continue-to-be-is-no-report",
    ),
    pytest.param(
        "Fact checkers seized on Donald Trump’s claim that there have been “thousands of "
        "shootings” in Chicago this year.",
        [("thousands of shootings", "Donald Trump")],
        id="someones-claim-that",
    ),
    pytest.param(
        "An aide told Hillary Clinton about the soldiers. Clinton’s response was: “Is the "
        "store in Wisconsin or in Connecticut?”",
        [("Is the store in Wisconsin", "Hillary Clinton")],
        id="someones-response-was-colon",
    ),
    pytest.param(
        "Paul Ryan told reporters on Tuesday that Ruth Bader Ginsburg’s comments “show a clear "
        "bias to me.”",
        [("show a clear bias", "Paul Ryan")],
        id="a-quote-about-someones-comments-is-not-theirs",
    ),
    pytest.param(
        "Megyn Kelly responded pointedly, with a smile: “Can happen when you are older.”\n\n"
        "“You know, it happens, right?” Donald Trump went on, as if he did not hear her at all.",
        [("Can happen when", "_any"), ("You know, it happens", "Donald Trump")],
        id="phrasal-verb-in-the-next-sentence",
    ),
    pytest.param(
        "Bernie Sanders texted his delegates on Monday.\n\n"
        "“I ask you not to engage in any kind of protest on the floor,” Sanders said, "
        "according to CNN. “It is of utmost importance.”\n\n"
        "“We will win this fight in the end,” he added later.",
        [("I ask you not", "CNN"), ("It is of utmost", "CNN"), ("We will win", "Bernie Sanders")],
        id="said-according-to-a-publication",
    ),
    pytest.param(
        "According to Yahoo News, Clinton spokesman Jesse Lehrich said on Friday that "
        "“she would sign this legislation if it came to her desk.”",
        [("she would sign", "Yahoo News")],
        id="according-to-before-the-verb",
    ),
    pytest.param(
        "“Delegates should be able to vote the way they see fit,” Governor Scott Walker said, "
        "according to audio provided by Wyoming Public Radio.",
        [("Delegates should be", "Wyoming Public Radio")],
        id="according-to-a-named-agent",
    ),
    pytest.param(
        "“Delegates should be able to vote the way they see fit,” Governor Scott Walker said, "
        "according to a transcript of the interview.",
        [("Delegates should be", "Scott Walker")],
        id="according-to-no-name-keeps-the-speaker",
    ),
    pytest.param(
        "Trump has begun to dial down the rhetoric.\n\n"
        "“Look at the statement Mr. Trump put out after the Dallas shootings,” Conway notes. "
        "“It was very different in tone.”",
        [("Look at the statement", "Conway"), ("It was very different", "Conway")],
        id="name-the-parse-took-for-a-modifier-of-the-verb",
    ),
    pytest.param(
        "Donald Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation "
        "which was maniacal,” adding, “He lost all of the Latino vote.”",
        [("had a crazy policy", "Donald Trump"), ("He lost all", "Donald Trump")],
        id="participle-after-a-reported-clause-is-the-reporters",
    ),
    pytest.param(
        "Senator Ted Cruz said last week that Donald Trump represents “New York values,” "
        "stating during the debate that they are “socially liberal or pro-abortion.”",
        [("New York values", "_any"), ("socially liberal", "Ted Cruz")],
        id="participle-stating-after-a-that-clause",
    ),
    pytest.param(
        "A Feb. 1 letter from the American Legion warns that “any further communication about "
        "it will be through our trademark attorneys.”",
        [("any further communication", "American Legion")],
        id="a-document-speaks-for-whoever-issued-it",
    ),
    pytest.param(
        "Bernie Sanders won New Hampshire.\n\n"
        "A fundraising email sent out by Sanders on Tuesday night warned of the fight ahead: "
        "“There are 14 primaries and caucuses over the next three weeks.”",
        [("There are 14 primaries", "Bernie Sanders")],
        id="a-document-sent-by-someone",
    ),
    pytest.param(
        "“The evidence cannot prove all legally required elements of the crime,” according to "
        "a court document filed by state attorney Dave Aronberg.",
        [("The evidence cannot prove", "Dave Aronberg")],
        id="according-to-a-document-filed-by-someone",
    ),
    pytest.param(
        "Prime Minister Mariano Rajoy said on Monday that he would try to form a government, "
        "and insisted that his party was “still the number one force in Spain.”--Kim "
        "Hjelmgaard\n\nThe next story follows.",
        [("still the number one force", "Mariano Rajoy")],
        id="a-byline-after-a-partial-quote-is-no-sign-off",
    ),
    pytest.param(
        "Clinton praised Garland.\n\n"
        "As The Post's Dana Milbank puts it, “Senate Republicans are unmoved, and liberal "
        "activists are uninspired.”",
        [("Senate Republicans are unmoved", "Dana Milbank")],
        id="as-someone-puts-it",
    ),
    pytest.param(
        "Donald Trump owns stock in several companies.\n\n"
        "In March, Trump blasted Disney for its “outrageous practices” in requiring 250 "
        "Florida workers to train their foreign replacements before being laid off.",
        [("outrageous practices", "Donald Trump")],
        id="a-name-before-the-cue-is-not-part-of-the-object",
    ),
    pytest.param(
        "Officials at Homeland Security Investigations said they were concerned that those who "
        "prepare the documents “may try to use increasingly sophisticated methods.”",
        [("may try to use", "Homeland Security Investigations")],
        id="officials-at-an-organisation",
    ),
    pytest.param(
        "The debate was scheduled for Saturday night.\n\n"
        "“I guess Christmas Eve was booked,” a spokesman for Bernie Sanders said.",
        [("I guess Christmas Eve", "Bernie Sanders")],
        id="a-spokesman-for-a-person",
    ),
    pytest.param(
        "Candidates rarely give paid speeches while campaigning.\n\n"
        "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It's "
        "a hard thing to do and pull off without stepping over one line or another.”",
        [("It's unusual", "Larry Noble"), ("It's a hard thing", "Larry Noble")],
        id="reversed-closing-mark",
    ),
    pytest.param(
        "Rep. Steve Israel said Hillary Clinton called on members to be “closely coordinated.”",
        [("closely coordinated", "Steve Israel")],
        id="a-report-inside-someones-report-is-theirs",
    ),
    pytest.param(
        "Ted Cruz apologised to Ben Carson on Sunday.\n\n"
        "CNN, Cruz said, called the announcement “highly significant.”",
        [("highly significant", "Ted Cruz")],
        id="a-parenthetical-reporter",
    ),
    pytest.param(
        "Mayor Bill de Blasio spoke on Monday.\n\n"
        "Finally, with the primary looming, Mayor Bill de Blasio on Monday intervened: If "
        "Sanders would debate on April 14, de Blasio tweeted, “I will help you secure any "
        "permit you need to ensure your NY debate.”",
        [("I will help you", "Bill de Blasio")],
        id="a-name-with-a-lower-case-particle",
    ),
    pytest.param(
        "Donald Trump spoke in Iowa on Sunday.\n\n"
        "Trump also embraced enhanced interrogation techniques -- “I think waterboarding is "
        "peanuts compared to what they'd do to us.”",
        [("I think waterboarding", "Donald Trump")],
        id="a-dash-introduces-the-quote",
    ),
    pytest.param(
        "The minister described the plan as “fair and balanced and good for the country "
        "and everyone\n\nThe next paragraph does not reopen the quote.",
        [("fair and balanced", "_any")],
        id="unclosed-stops-at-paragraph",
    ),
]


# One table per class of attribution error; each case failed before its fix.
NOT_SPEECH = [
    pytest.param("Lee “Faker” Sang-hyeok won the final on Sunday.", [], id="nickname-in-a-name"),
    pytest.param(
        "Critics watched “Parasite” and “Marriage Story” in Cannes.", [], id="titles-of-works"
    ),
    pytest.param(
        "Senator Ann Lowe attacked the so-called “fairness doctrine” in a long speech.",
        [],
        id="so-called-term",
    ),
    pytest.param("The old pianos have a lifespan of being “good” for years.", [], id="scare-quote"),
    pytest.param(
        "Users of derivatives such as “BunsenLabs Linux”, “Kali Linux” or “LMDE” should follow "
        "the guide.",
        [],
        id="titles-in-a-list",
    ),
    pytest.param(
        "The news came late, breaking a long silence.\n\n"
        "Breaking News: “We are closing the border tonight at ten.”",
        [("We are closing", None)],
        id="headline-is-no-speaker",
    ),
    pytest.param(
        "Arsenal 2-1 Chelsea:\n\n“We deserved the win today, no doubt about it.”",
        [("We deserved", None)],
        id="scoreline-is-no-speaker",
    ),
]
ROLES_AND_GROUPS = [
    pytest.param(
        "The mayor called the plan “reckless” and “a waste of public money.”",
        [("reckless", "The mayor"), ("a waste of public money", "The mayor")],
        id="role-as-written",
    ),
    pytest.param(
        "“Detectives are looking into it,” Richmond police said in a news release.",
        [("Detectives are", "Richmond police")],
        id="police-of-a-place",
    ),
    pytest.param(
        "Trains stopped at noon.\n\n"
        "“Services will resume on Monday,” the railway said in a statement.",
        [("Services will", "the railway")],
        id="body-speaking-in-a-statement",
    ),
    pytest.param(
        "“The agents are under a lot of pressure,” an intelligence source, who was not "
        "authorized to speak on the record, told Fox News.",
        [("The agents are", "an intelligence source")],
        id="a-new-source-as-written-without-the-mark-before-it",
    ),
]
CONVERSATION = [
    pytest.param(
        "Maria Lopez sat down with us on Friday.\n\n"
        "“Do you regret it?” a reporter asked. “Not for a second,” she said.",
        [("Do you regret", "a reporter"), ("Not for a second", "Maria Lopez")],
        id="reporter-asks-she-answers",
    ),
    pytest.param(
        "Maria Lopez sat down with us on Friday.\n\n"
        "“Do you regret any of it at all?” “Not for a second,” she said.",
        [("Do you regret", None), ("Not for a second", "Maria Lopez")],
        id="question-is-not-the-answer",
    ),
    pytest.param(
        "Q: “Will you run for the seat again next year?”\n\n"
        "Maria Lopez laughed. “Not this time,” she said.",
        [("Will you run", None), ("Not this time", "Maria Lopez")],
        id="q-label-names-no-one",
    ),
    pytest.param(
        "“Jones is a fraud and everyone knows it,” Ann Bolt said. Mark Jones was in court. "
        "“This is nonsense from start to finish.”",
        [("Jones is a fraud", "Ann Bolt"), ("This is nonsense", None)],
        id="new-person-breaks-the-chain",
    ),
    pytest.param(
        "Inslee appointed Raquel Montoya-Lewis on Friday. At the news conference announcing her "
        "appointment, a reporter asked Montoya-Lewis, “What do you see as the biggest challenge?”",
        [("What do you see", "a reporter")],
        id="a-reporter-asks-the-one-named",
    ),
    pytest.param(
        "Governor Jay Inslee spoke on Friday. When a reporter asked Montoya-Lewis, “What do you "
        "see as your role?”, she laughed.",
        [("What do you see", "a reporter")],
        id="a-reporter-asks-before-the-answer",
    ),
]


# Issue 26: quotation marks around what nobody says, one case per rule of `kinds.NOT_SPEECH`.
NOT_SAID = [
    pytest.param(
        "Angela Bolger bought a battery from a seller called “E-Life,” the working name of a "
        "Hong Kong firm.",
        [],
        id="named-term",
    ),
    pytest.param(
        "There are two errors here. We might call the first the “complexity canard.”",
        [],
        id="the-writer-names-a-term",
    ),
    pytest.param("He spoke on NBC’s “Today” on Monday about the crash.", [], id="work-title"),
    pytest.param(
        "For a buck apiece, they offered buttons reading “Erase the Memoirs,” a reference to "
        "the gap in one of the tapes, which Nixon fobbed off as an “accidental” erasure.",
        [],
        id="nameless-modifier",
    ),
    pytest.param(
        "The moment they “decided” which way the dots moved was timed.", [], id="scare-word"
    ),
    pytest.param(
        "The software the council wants is modestly branded “smart traffic analytics.”",
        [],
        id="a-passive-naming-verb-with-no-namer",
    ),
    pytest.param(
        "The team published its results in a paper titled: “A fast method for the tracking "
        "control of small printers.”",
        [],
        id="a-title-after-a-naming-participle-and-a-colon",
    ),
    pytest.param(
        "Still, the date is in line with the “sometime late Q1” timeline that was disclosed in "
        "September.",
        [],
        id="words-that-each-modify-one-noun",
    ),
    pytest.param(
        "Scientists want to know when the “aha!” moment happens in the brain.",
        [],
        id="an-exclamation-labelling-a-noun",
    ),
    pytest.param(
        "“We are ready for the vote,” said Ann Price on Monday. Maybe one day the minister "
        "might “write” a book about it.",
        [("We are ready", "Ann Price")],
        id="a-scare-word-takes-no-speaker-from-a-quote-nearby",
    ),
    pytest.param(
        "The council meets again next week to vote on the closure of the mill.\n\n"
        "“We will not give up on this town”\n\n"
        "“We will not give up on this town. The mill is its heart,” said Mayor Ann Price on "
        "Monday.",
        [("We will not give up on this town. The mill", "Ann Price")],
        id="a-pull-quote-repeats-a-quote",
    ),
    pytest.param(
        "Chancellor Hans Weber hoped that the country would be cleansed of “inferior stock” "
        "within a decade.",
        [],
        id="a-thing-under-a-verb-that-reports-nothing",
    ),
    pytest.param(
        "Senator Bernie Sanders has consistently pushed his promise of “free college” in every "
        "state.",
        [],
        id="a-phrase-under-a-verb-that-reports-nothing",
    ),
    pytest.param(
        "Senator Marco Rubio also bemoaned a climate in which people “literally hate each "
        "other” over politics.",
        [("literally hate each other", "Marco Rubio")],
        id="words-under-a-verb-that-reports-nothing-stay",
    ),
    pytest.param(
        "The mayor called the plan ‘reckless’ and ‘a waste of public money.’",
        [("reckless", "The mayor"), ("a waste of public money", "The mayor")],
        id="single-marks-partial-quotes",
    ),
    pytest.param(
        "“Parasite” director Bong Joon Ho said the win was a surprise to everyone.",
        [],
        id="a-title-in-the-speakers-own-phrase",
    ),
    pytest.param(
        "“We used a kind of shortcut borrowed from chess engines,” explains Dr. Maya Holt. This "
        "“shortcut” was a search over fewer moves.",
        [("We used a kind of shortcut", "Maya Holt")],
        id="a-term-the-writer-points-back-to",
    ),
    pytest.param(
        "Governor Ann Lowe said the state would carry a “rainy day” reserve into the next "
        "budget. Lowe said that this “rainy day” reserve would stay untouched.",
        [("rainy day", "Ann Lowe"), ("rainy day", "Ann Lowe")],
        id="a-term-pointed-back-to-under-a-verb-of-saying-stays",
    ),
    pytest.param(
        "The report said the reserve was “partial,” meaning it covered only the summer.",
        [("partial", "_any")],
        id="a-glossed-word-under-a-verb-of-saying-stays",
    ),
]
# Issue 25: speakers the resolver finds through the cast (roles, appositions, bodies, pronouns).
SPEAKERS = [
    pytest.param(
        "The letter – an edited version of which is reproduced above – warns Mr Johnson: "
        "“If we don't get this right, progress could be wiped out.”",
        [("If we don't get this right", "The letter")],
        id="of-two-subjects-the-one-before-the-verb",
    ),
    pytest.param(
        "Director Ann Price of the agency opened the meeting on Monday. Later the Director "
        "noted that the plan “will not survive the winter.”",
        [("will not survive", "Ann Price")],
        id="capitalised-role-is-the-person-given-it",
    ),
    pytest.param(
        "Grenada’s Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Keith "
        "Mitchell has voiced his support for a forum. The Prime Minister said, “We are taken "
        "for granted by our neighbours.”",
        [("We are taken", "Keith Mitchell")],
        id="role-before-a-name-back-to-the-verb",
    ),
    pytest.param(
        "VFI Chief Executive, Padraig Cribben, said: “It is impossible to overstate the "
        "impact this news will have.”",
        [("It is impossible", "Padraig Cribben")],
        id="apposition-of-a-capitalised-role",
    ),
    pytest.param(
        "“Our agents continue to interdict unlawful cargo at our borders,” Augusto Reyes, "
        "Director of the Marine Branch.",
        [("Our agents", "Augusto Reyes")],
        id="trailing-name-without-a-verb",
    ),
    pytest.param(
        "“This is a great day for the party,” a New Hampshire Democrat said.",
        [("This is a great day", "a New Hampshire Democrat")],
        id="one-of-a-group-is-someone-new",
    ),
    pytest.param(
        "Delta Air Lines said the strike had cost it millions. It added that flights “will "
        "resume on Monday.”",
        [("will resume", "Delta Air Lines")],
        id="it-for-an-organisation",
    ),
]


SPEAKERS += [
    pytest.param(
        "# New valve cuts water loss\n\nSoftware lets the pumps “look ahead” of demand at "
        "night.\n\nThe software was written by city engineers.",
        [],
        id="a-common-noun-opening-a-standfirst-is-no-name",
    ),
    pytest.param(
        "Major wanted the vote “held in the spring.” John Major led the party in 1992, and he "
        "said major changes were coming.",
        [("held in the spring", "John Major")],
        id="a-surname-that-is-also-a-common-word-stays-a-name",
    ),
]


PRONOUNS = [
    pytest.param(
        "The shelter is run by Anna Berg. Volunteers love Anna Berg, and donors trust Berg.\n\n"
        "A letter praised the work of Maria Lopez.\n\n"
        "“We will keep going whatever happens,” she said.",
        [("We will keep going", "Anna Berg")],
        id="she-is-whom-the-story-follows-not-a-passing-mention",
    ),
    pytest.param(
        "“Farmers are angry and they will not stay quiet,” said Mary Hart, president of the "
        "farmers' union. A new coalition is launched today, including the tenant farmers. It "
        "will be chaired by Kate Lund from the food alliance Sustain. She said last night: "
        "“People expect to keep the standards they enjoy.”",
        [("Farmers are angry", "Mary Hart"), ("People expect", "Kate Lund")],
        id="she-after-the-doer-a-passive-names",
    ),
    pytest.param(
        "Senator Marco Rubio was asked by moderator Gerard Baker whether his plan would cost too "
        "much. “The most important job I will ever have is the job of being a parent,” he said.",
        [("The most important job", "Marco Rubio")],
        id="he-after-a-passive-whose-subject-is-named",
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    NOT_SPEECH + NOT_SAID + ROLES_AND_GROUPS + CONVERSATION + SPEAKERS + PRONOUNS,
)
def test_each_class_of_attribution_error_stays_fixed(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    test_quotes_and_speakers(body, expected)


def test_he_after_a_speaking_name_the_recogniser_took_for_an_organisation() -> None:
    (quote,) = summarize('Burton explained from a podium. "I love cats," he said.').quotes
    assert quote.speaker == "Burton"


def test_the_reported_clause_holds_the_quote_pinned_hypothesis_example() -> None:
    text = " said aaaaaa«a:"  # content_end was 14, before the quote's end, 15
    (quote,) = summarize(text).quotes
    assert quote.content_start is not None and quote.content_end is not None
    assert quote.content_start <= quote.start <= quote.end <= quote.content_end


def test_every_quote_records_a_named_step_with_explain() -> None:
    from brief import Article, Options, brief_articles
    from brief.extract.attribution import STEPS

    text = HEADLINE + "“We will not back down,” Jane Holloway said. “Never.”"
    (brief,) = brief_articles([Article.from_text(text)], Options(explain=True))
    names = {step.name for step in STEPS}
    assert [q.step for q in brief.quotes][:1] == ["governing-verb/subject/entity"]
    assert all(q.step is not None and q.step.split("/")[0] in names for q in brief.quotes)
    assert all(q.step is None for q in summarize(text).quotes)  # without --explain


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_quotes_and_speakers(body: str, expected: list[tuple[str, str | None]]) -> None:
    # Quotations only: reported speech around them is tested in test_reported.py.
    quotes = [q for q in summarize(HEADLINE + body).quotes if q.kind != "reported"]
    starts = [start for start, _ in expected]
    assert [q.text[: len(start)] for q, start in zip(quotes, starts, strict=False)] == starts
    assert len(quotes) == len(expected), [q.text for q in quotes]
    for quote, (_, speaker) in zip(quotes, expected, strict=True):
        if speaker != "_any":
            assert quote.speaker == speaker, quote


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("“We are ready,” Ann Lowe said.", "direct"),
        ("Ann Lowe said, “We are ready for anything.”", "direct"),
        ("Ann Lowe said the team was “ready for anything.”", "partial"),
    ],
)
def test_kind(body: str, kind: str) -> None:
    (quote,) = summarize(HEADLINE + body).quotes
    assert quote.kind == kind


def test_unclosed_quote_does_not_swallow_the_next_paragraph() -> None:
    text = HEADLINE + "He said “this never ends\n\nA plain paragraph follows here."
    (quote,) = summarize(text).quotes
    assert quote.text == "this never ends"
    assert "plain" not in text[quote.start : quote.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and “no”.", ["yes", "no"]),
        ("She said 'go home' today.", ["go home"]),
        ("Don't touch the voters' cards, it's 'em.", []),
        ("Rock 'n' roll in the '90s.", []),
        ("„Ja“ und «oui» und “open", ["Ja", "oui", "open"]),
        ("“Who said ‘never’?” he asked.", ["Who said ‘never’?"]),
        ("“It's unusual,“ said Noble. “It's hard.”", ["It's unusual,", "It's hard."]),
        ("“Apparently not,“ he said.", ["Apparently not,"]),
        ("The so-called“reform” passed.", ["reform"]),
        (
            "Food\n\nIt warns: 'If we don't act, it's lost.\n\n'Let's not wait,' it adds.",
            ["If we don't act, it's lost.", "Let's not wait,"],
        ),
        ("Food\n\nIt warns: 'If we don't act, it's lost.\n\nThe voters' cards.", []),
    ],
)
def test_pairing_marks(text: str, expected: list[str]) -> None:
    layout = parse_layout(normalize(text))
    blocks = [block for _, block in layout.body] or (
        [layout.title] if layout.title is not None else []
    )
    found = [text[m.start : m.end] for m in quoted_stretches(text, blocks)]
    assert found == expected


def test_every_mark_set_is_drawn_from_the_marks_by_weight_and_side() -> None:
    marks = quote_marks
    assert set(marks.QUOTE_MARKS) == set(marks.OPENING_MARKS) | set(marks.CLOSING_MARKS)
    assert set(marks.DOUBLE_MARKS) | set(marks.SINGLE_OPENERS + marks.SINGLE_CLOSERS) == set(
        marks.QUOTE_MARKS
    )
    for opening, closing in marks.PARTNERS.items():
        assert opening in marks.DOUBLE_OPENERS + marks.SINGLE_OPENERS
        assert closing in marks.QUOTE_MARKS


def test_the_model_reads_every_double_and_curly_single_mark_as_straight() -> None:
    doubles = quote_marks.DOUBLE_MARKS
    assert normalize(doubles) == quote_marks.STRAIGHT_DOUBLE * len(doubles)
    assert normalize("‘’‚") == quote_marks.STRAIGHT_SINGLE * 3


@pytest.mark.parametrize(
    ("sentence", "quotation"),
    [
        ("“We refuse to sign.”", True),
        ("«We refuse to sign.»", True),
        ("„We refuse to sign.“", True),
        ("'We refuse to sign.'", True),
        ("“We refuse to sign,“", True),  # a reversed closing mark
        ("We refuse to sign, “for now.”", False),
        ("“We refuse,” she said.", False),
    ],
)
def test_a_sentence_in_quotation_marks_of_any_kind_is_a_quotation(
    sentence: str, quotation: bool
) -> None:
    assert is_quotation(sentence, 0, len(sentence), ()) is quotation


QUOTY = st.lists(
    st.sampled_from([*list("ab Xy.,:\"'“”‘’«»„\n-"), " said ", " Anna Berg ", "\n\n"]),
    max_size=80,
).map("".join)


@examples(40)
@given(QUOTY)
@example(text='a said "a\na')  # a quote across a line break: its text field is one line
def test_quotes_never_overlap_and_lie_inside_the_article(text: str) -> None:
    quotes = summarize(text).quotes
    previous_end = 0
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.text == field_text(text[quote.start : quote.end])
        assert quote.start >= previous_end
        if quote.content_start is not None and quote.content_end is not None:
            assert quote.content_start <= quote.start <= quote.end <= quote.content_end
            assert quote.content_end <= len(text)
        previous_end = quote.end


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Mark Olsen said the talks were “going nowhere fast” on Monday.",
            "the talks were “going nowhere fast” on Monday",
        ),
        (
            "Donald Trump praised Vladimir Putin for “not striking the plant,” but the situation "
            "remains volatile.",
            "Vladimir Putin for “not striking the plant,”",
        ),
        ("“We are ready for anything,” Ann Lowe said.", None),
    ],
)
def test_partial_quotes_carry_their_reported_clause(body: str, content: str | None) -> None:
    text = HEADLINE + body
    (quote,) = summarize(text).quotes
    assert quote.content == content
    if content is not None:
        assert quote.content_start is not None and quote.content_end is not None
        assert text[quote.content_start : quote.content_end] == content
        assert quote.content_start <= quote.start <= quote.end <= quote.content_end


# Issue 26: the cue shown is the verb of saying that reports the quote, where the parse hung the
# quote on another verb of the same speaker ("warned" was printed as "claimed", "insisting" as
# "accused"); the speaker stays the one the sentence names.
@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (
            "Defence minister Ivan Petrov claimed the army shot down 40 missiles and warned the "
            "attack “will not go unpunished.”",
            "Ivan Petrov",
            "warned",
            "the attack “will not go unpunished.”",
        ),
        (
            "Anna Berg accused the union of sabotage, insisting the government won’t cancel the "
            "talks — but will now “review” its offer.",
            "Anna Berg",
            "insisting",
            "the government won’t cancel the talks — but will now “review” its offer",
        ),
        (
            "Ann Lowe said the team was “ready for anything” on Monday.",
            "Ann Lowe",
            "said",
            "the team was “ready for anything” on Monday",
        ),
    ],
)
def test_the_cue_is_the_verb_of_saying_nearest_the_quote(
    body: str, speaker: str, cue: str, content: str
) -> None:
    (quote,) = [q for q in summarize(HEADLINE + body).quotes if q.kind == "partial"]
    assert (quote.speaker, quote.cue, quote.content) == (speaker, cue, content)


def test_a_quote_ending_its_text_after_a_comma_is_no_crash() -> None:
    """ "…", with nothing after it: no name can trail it (this raised IndexError)."""
    quotes = summarize('Rules\n\nExamples: "It will not happen.",').quotes
    assert [quote.text for quote in quotes] == ["It will not happen."]
