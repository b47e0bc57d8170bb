"""find_claimant: every pattern's examples and must-not-match cases (the table lives beside the code)."""

from __future__ import annotations

from collections import Counter

import pytest
from _linear import assert_linear

from timeline_cli.lang.en.attribution import (
    LEAD_PHRASES,
    PATTERN_EXAMPLES,
    REPORTING_VERBS,
    analyse,
    find_claimant,
    names_another,
)

# Extra cases beyond the per-pattern examples: (sentence, claimant).
EXTRA = [
    ("The Pentagon said on Tuesday that troops had arrived.", "The Pentagon"),
    ("Zelensky has said the front is stable.", "Zelensky"),
    ("Officials in Seoul told reporters the ships left on October 8.", "Officials in Seoul"),
    ("Mr. Kim, the spokesman, announced the plan.", "Mr. Kim"),
    ("Troops moved north, the town fell, said the spokesman.", "the spokesman"),
    ("It is not clear when exactly the battle took place.", ""),
    ("There are approximately 12 000 military personnel.", ""),
    ("For more news and in-depth stories from Ukraine please follow us on X.", ""),
    ("They said nothing.", ""),
    ("According to Mr. Smith, the talks failed.", "Mr. Smith"),
    ("The talks failed, according to the U.S. Embassy.", "the U.S. Embassy"),
    ("According to him, the war will end.", ""),
    ("* All games Friday night unless otherwise noted", ""),
    ("All games start at 7 p.m. Friday unless otherwise stated.", ""),
    ("The coach noted on Friday that all games start at 7 p.m.", "The coach"),
    ('Goldstein tweeted he was "honored" to offer the benediction on Monday.', "Goldstein"),
    ("The senator posted on Truth Social on Friday that the vote was rigged.", "The senator"),
    ("The museum posted a photo of the painting on Monday.", ""),
    # a participle inside a fronted phrase modifies its noun; a clause's irregular past ends its subject
    ("At a press conference announcing her appointment on Monday, the governor smiled.", ""),
    ("The minister spoke on Monday, announcing that the talks had failed.", "The minister"),
    # "Y quoted X as saying": the medium relays, X claims (a pronoun X is resolved later)
    ("Jiji quoted Doi as telling reporters that the bill was unfair.", "Doi"),
    ("The agency quoted witnesses as saying tanks are patrolling the streets.", "witnesses"),
    ("ABC quoted an Iraqi Foreign Ministry official in Baghdad as saying Americans are held.",
     "an Iraqi Foreign Ministry official"),
    # must not: the passive keeps its subject
    ("A senior official was quoted by local media as saying that the group did it.", "A senior official"),
    # a participle right after the sentence's first noun modifies it; after a comma it reports
    ("Evidence confirming that thesis is now everywhere.", ""),
    ("Reports confirming the attack emerged on Monday.", ""),
    ("The dollar firmed on Wednesday, dealers saying the greenback had risen.", "dealers"),
    # a reporting verb inside a subordinate clause ("as", "when", "after") is not the sentence's
    # main clause: no claimant, never the words of the main clause ("I flinched as I")
    ("I flinched as I recalled the impact.", ""),
    ("The mayor smiled as officials announced the deal.", ""),
    ("Shares rallied 1.5 percent Monday after the government announced plans.", ""),
    ("He also criticises other departments when he says the Pentagon should pay.", ""),
    # must not: "as well as", a coordinated verb, the "as" of a name, the "as saying" of a quote
    ("The mayor as well as officials said the deal was done.", "The mayor as well as officials"),
    ("Jeffrey repeated that the forces would leave if asked but said the day was far off.", "Jeffrey"),
    ("Judges sentenced him on Tuesday, a court clerk who identified himself only as Bambang told AFP.",
     "a court clerk"),
    ("A senior official who saw the files was quoted Friday by local media as saying that the group did it.",
     "A senior official"),
    # a fronted conditional is no subject: the inverted tag names the claimant
    ("So if you want to stay healthy, a multivitamin might help, says certified nutritionist Anju Mobin.",
     "certified nutritionist Anju Mobin"),
    # a table's cells are no subject
    ("| | Rabbit's Foot | Some say it's lucky.", ""),
    ("| Rabbit | Officials said it was lucky.", "Officials"),
    # a role named by a name in apposition closing the sentence takes the name
    ("\u201cIt\u2019s like Christmas morning,\u201d said the head coach, Dwayne Killings.", "the head coach, Dwayne Killings"),
    ("The war is over, said the spokesman, Tom Reyes.", "the spokesman, Tom Reyes"),
    # must not: a day, a relative clause or an aside after a name
    ("\u201cIt\u2019s fine,\u201d said the spokesman, Monday.", "the spokesman"),
    ("\u201cIt\u2019s fine,\u201d said the head coach, who declined to give his name.", "the head coach"),
    ("\u201cIt\u2019s fine,\u201d said Coach Smith, a veteran.", "Coach Smith"),
    ("", ""),
]

ALL = [(s, e) for examples in PATTERN_EXAMPLES.values() for s, e in examples] + EXTRA


def test_no_duplicate_sentences():
    dupes = [s for s, n in Counter(s for s, _ in ALL).items() if n > 1]
    assert not dupes, dupes


def test_every_pattern_has_positive_and_negative_examples():
    for name, examples in PATTERN_EXAMPLES.items():
        assert any(e for _, e in examples), f"{name} has no example that matches"
    assert any(not e for examples in PATTERN_EXAMPLES.values() for _, e in examples)


def test_vocabulary_is_lower_case():
    assert all(v == v.lower() for v in REPORTING_VERBS)
    assert all(p == p.lower() for p in LEAD_PHRASES)


@pytest.mark.parametrize(("sentence", "claimant"), ALL)
def test_claimant(sentence, claimant):
    assert find_claimant(sentence) == claimant


def test_whitespace_is_folded():
    assert find_claimant("South  Korean\nintelligence reported that ships left.") == "South Korean intelligence"


@pytest.mark.parametrize("unit", ["according to ", "he said ", "reported by ", "— a b c ", "x", "sources of "])
def test_linear_on_pathological_input(unit):
    # The unit repeated: doubling the text must not quadruple the time (a ratio, not a clock).
    assert_linear(find_claimant, lambda n: (unit * (n // len(unit) + 1))[:n], what=f"find_claimant on {unit!r} * N")


def test_every_claimant_example_passes_the_trigger_word_prefilter():
    """find_claimant skips sentences with none of the trigger words; no example may be lost."""
    import re

    from timeline_cli.lang.en.attribution import _TRIGGER_WORDS

    for pattern, examples in PATTERN_EXAMPLES.items():
        for sentence, expected in examples:
            if expected:
                words = set(re.findall(r"[a-z]+", sentence.lower()))
                assert not _TRIGGER_WORDS.isdisjoint(words), (pattern, sentence)


# ---- claimants across a document (lang/en/claimants.py through document_events) ----------

from datetime import date  # noqa: E402

from timeline_cli.temporal.attribution import document_claimants  # noqa: E402
from timeline_cli.temporal.events import document_events  # noqa: E402

# (document text, the claimant of each of its sentences in order; "" = none)
DOCUMENTS = [
    # a quotation over several sentences keeps its speaker
    ('"I want a referendum," Howard said. "The Australian people are owed the opportunity of '
     'expressing an opinion on this."', ["Howard", "Howard"]),
    ("``Obviously, it is deeply discouraging for the family after 22 months. But there is no "
     "evidence in either direction,'' said a Foreign Office spokesman.",
     ["a Foreign Office spokesman", "a Foreign Office spokesman"]),
    ('"These bugs are rare," said Hewlett-Packard\'s Mr. Archuleta. "You can do that but you\'re '
     'taking a risk. Those companies are paying the price for taking the risk." Sales rose in May.',
     ["Hewlett-Packard's Mr. Archuleta"] * 3 + [""]),
    ("Howard said the Queen is taking a great interest in the debate. ``She is following the "
     "thing very closely and taking the view it's our business.''", ["Howard", "Howard"]),
    # pronouns: the most recent claimant that fits
    ("Sgt. Derek Glenn said 14 women were killed in five years. But over all, arrests were made "
     "in more than 60 percent of murder cases, he said.", ["Sgt. Derek Glenn", "Sgt. Derek Glenn"]),
    ("Mr. Reupke said he resigned on Monday. Ms. Kolber said the talks would go on. He said "
     "there was no business reason for his departure.", ["Mr. Reupke", "Ms. Kolber", "Mr. Reupke"]),
    ("Prosecutors said the fees were illegal. Therefore, they said, the money can be taken from "
     "the lawyers.", ["Prosecutors", "Prosecutors"]),
    ("Nhek Bunchhay, who led the search, fled the capital in July. He said he received "
     "information on where the body had been buried.", ["", "Nhek Bunchhay"]),
    ("An IBM spokeswoman said the company would recall no cards. \"We don't look at this as a "
     "major problem for us,\" she said.", ["An IBM spokeswoman", "IBM"]),
    # a person named as the subject, without the day after the name
    ('President Bill Clinton Saturday vowed to hunt down those responsible. "We will pursue '
     'terrorists until justice is done," he said.', ["", "President Bill Clinton"]),
    # a person the sentence names is not its "he" or "she"
    ('"We will win," Vivek Ramaswamy said on Wednesday. "Leave my daughter out of your voice," '
     'she told Ramaswamy.', ["Vivek Ramaswamy", ""]),
    ('"We will win," Mr. Smith said on Wednesday. "Not so," Mr. Jones replied. "Leave him be," '
     'he told Jones.', ["Mr. Smith", "Mr. Jones", "Mr. Smith"]),
    # descriptions: the organisation or person named earlier
    ("Magna International Inc. said its chairman resigned. The company said Mr. Stronach will "
     "direct the restructuring.", ["Magna International Inc.", "Magna International Inc."]),
    ("Cineplex Odeon Corp. directors said they would seek offers. The board said two executives "
     "are negotiating financing.", ["Cineplex Odeon Corp. directors"] * 2),
    ("The official Iraqi News Agency said the team made surprise visits. Five other teams visited "
     "nine sites, the agency reported.", ["The official Iraqi News Agency"] * 2),
    ("President Clinton arrived in Philadelphia later in the day. Nevertheless, the president said "
     "Washington would use force.", ["", "President Clinton"]),
    ("Kellogg Co. said it would delay the plant. A company spokesman said it was possible that "
     "the plant might never be built.", ["Kellogg Co.", "Kellogg Co."]),
    ("Magna International Inc.'s chief financial officer resigned, the company said.",
     ["Magna International Inc."]),
    # transcripts (no quotation marks): a first-person sound bite continues the speaker
    ("Mr. Netanyahu said he expects an equal effort from the Palestinians. If Israel is asked to "
     "stretch itself, then we must see an equal effort on the other side.",
     ["Mr. Netanyahu", "Mr. Netanyahu"]),
    ("Officials said the hills may slide. For NPR news, I'm Auncil Martinez reporting.",
     ["Officials", ""]),
    # a framed editorial
    ("The New York Times said in an editorial on Saturday, April 25: The Supreme Court took a "
     "detour this week. By a 6-3 vote, the court upheld a discriminatory immigration law.",
     ["The New York Times", "The New York Times"]),
    # must not carry: plain sentences after a report, quoted titles, unresolvable pronouns
    ("Kellogg reported lower third-quarter earnings. Sales fell 5% in the quarter.",
     ["Kellogg", ""]),
    ('Mr. Lenz said the film was good. "Titanic" won 11 Oscars in 1998.', ["Mr. Lenz", ""]),
    ("He said the war would end. The company said sales rose.", ["", "The company"]),
    ("The mayor's spokesman, Tom Reyes, denied in May that the budget was cut. Former minister "
     "Anna Kovacs was informed Tuesday that her post was abolished.", ["Tom Reyes", ""]),
    # an indefinite description is someone new; "the X" is resolved
    ("Prime Minister Romano Prodi said Italy would protest. \"It is contrary to our principles,\" a "
     "junior minister said Friday.", ["Prime Minister Romano Prodi", "a junior minister"]),
    # a pronoun reaches a person named as a later sentence's subject, and a learnt gender
    ("Officials said the plan was new. However, the health minister defended the plan in "
     "parliament. \"We are keeping our promise,\" she said.", ["Officials", "", "the health minister"]),
    ("The region's chief veterinarian, Alexander Vasilyev, said many birds had gathered. \"They "
     "might have been weakened by the long voyage,\" he said.", ["Alexander Vasilyev"] * 2),
    ("Mr. Dorrington said infections were not falling, national newspaper Business Day reported. "
     "\"We are keeping our promise,\" she said.", ["Mr. Dorrington", ""]),
    # a person introduced without speaking: a title, an initial or an aside marks a person
    ("U.S. Secretary of State Madeleine Albright visited Kenya on Monday. She said the bombers would "
     "be caught.", ["", "U.S. Secretary of State Madeleine Albright"]),
    ("Mr. Smith said the plan failed on Monday. New York City banned the plan in May. He said it "
     "would return.", ["Mr. Smith", "", "Mr. Smith"]),
    # a pronoun nothing earlier can be takes up the subject of its sentence's fronted clause
    ("The plan failed. When Meghan joined the family, she said \"that was the last time.\"",
     ["", "Meghan"]),
    ("A body was found. While authorities believe the torso is his wife, they said the remains "
     "are hard to identify.", ["", "authorities"]),
    ("Jane Doe said the plan failed. When President Biden announced his plan, she said it was late.",
     ["Jane Doe", "Jane Doe"]),  # an earlier claimant who can be "she" comes first
    ("The plan failed. When he arrived, they said the vote was over.", ["", ""]),
    ("The race began. When President Biden announced his bid in a short, three-minute video, he "
     "also revealed his campaign team.", ["", "President Biden"]),
    ("The plan failed. When asked about the vote, she said it would return.", ["", ""]),
    # a possessive ends no subject: the administration boasted, not its president
    ("Dr. Marwan Al-Hams said the aid was small. U.S. President Joe Biden's administration has "
     "boasted about the trucks. \"It is not enough,\" he said.",
     ["Dr. Marwan Al-Hams", "", "Dr. Marwan Al-Hams"]),
    ("Egyptian Foreign Minister Ahmed Maher el-Sayed condemned the attack on Friday. \"Terrorism is "
     "inconsistent with our values,\" he said.", ["", "Egyptian Foreign Minister Ahmed Maher el-Sayed"] ),
    # "it said": the organisation that spoke just before, never a person or from far back
    ("Qantas Airways Ltd. said it would add flights. In a joint statement with Air India, it said "
     "two new flights would start in May.", ["Qantas Airways Ltd."] * 2),
    ("The report was long. It said the war would end.", ["", ""]),
    ("Mr. Lenz said the plant would close. It said the plant would close in May.", ["Mr. Lenz", ""]),
    # "company officials" are the company's
    ("Westinghouse Electric Corp. said profits rose. Company officials also said sales would grow.",
     ["Westinghouse Electric Corp."] * 2),
    # a sentence that opens with '' opens a quotation (some AP copy)
    ("''This is my home,'' Elian's cousin said. ''I will not leave.''", ["Elian's cousin"] * 2),
    # a reply is the person just asked, not the last speaker
    ('Governor Jane Doe spoke at a hearing. "I will sign the bill," she said. Senator Mark Smith '
     'said the budget was late. Smith asked Doe, "When is the vote?" "The vote is on June 9," she replied.',
     ["", "Governor Jane Doe", "Senator Mark Smith", "", "Governor Jane Doe"]),
    ('Senator Mark Smith questioned Governor Jane Doe at a hearing. "Will you sign the bill?" he '
     'asked. "I will sign it in May," she replied.',
     ["", "Senator Mark Smith", "Governor Jane Doe"]),
    ('Reporters asked Defence Minister Ann Hale about the raid. "We regret it deeply," she replied.',
     ["", "Defence Minister Ann Hale"]),
    ('"Do you agree?" Smith asked Doe. "I agree with it fully," she replied.', ["", "Doe"]),
    # the one person met, reached or interviewed just before, when no claimant can be "she"
    ("I spoke with Mayor Jane Hill on Tuesday about the bridge. She said it would reopen on June 3.",
     ["", "Mayor Jane Hill"]),
    ("Reporters asked the governor, Tom Reed, about the budget on Monday. He said cuts would come.",
     ["", "Tom Reed"]),
    ("Officials met Maria Lopez, the union leader, on Friday. She told them the strike would start.",
     ["", "Maria Lopez"]),
    # must not: a title of the other gender, two people met, a claimant nearer, the one met
    # named in the sentence itself
    ("I spoke with Mr. John Hill on Tuesday. She said the bridge would reopen.", ["", ""]),
    ("Officials met Maria Lopez and then Ana Ruiz on Friday. She said the strike would start.",
     ["", ""]),
    ("Governor Ann Reed said the budget was late. Reporters met Mayor Jane Hill on Tuesday. She "
     "said the bridge would reopen.", ["Governor Ann Reed", "", "Governor Ann Reed"]),
    ("I spoke with Mayor Jane Hill on Tuesday. She said Hill would not run.", ["", ""]),
    # "quoted her as saying": the medium relays, the person it quotes claims
    ("Governor Jane Doe was charged on Monday. The ABC quoted her as saying that she was innocent.",
     ["", "Governor Jane Doe"]),
    # must not: the person asked cannot be "he"; a possessive is not the person asked
    ('Mr. Smith asked Mrs. Doe about the raid. "We regret it deeply," he replied.', ["", "Mr. Smith"]),
    ("Ms. Doe asked President Clinton's spokesman about the raid. \"We regret it,\" he replied.",
     ["", ""]),
    # a description, then a name, cut off by a comma, is the subject a pronoun looks back to
    ('Former premier Benjamin Netanyahu, who leads the polls, insisted strength brings peace. '
     '"Our peace is dependent on our strength," he said.',
     ["", "Former premier Benjamin Netanyahu"]),
    ("Israel's UN deputy representative Daniel Carmon, for his part, stressed that talks matter. "
     '"We must join hands," he added.',
     ["", "Israel's UN deputy representative Daniel Carmon"]),
    # an interview: a speaker label is the claimant, and the answer runs on to the next label
    ("Mr Malone teaches at MIT. The Economist asked him about his book. The Economist: What do you "
     "mean by the word superminds? Thomas Malone: A supermind is a group of minds that work "
     "together. We are surrounded by them every day. The Economist: Why did you write the book? "
     "Mr Malone: I wanted to show how groups think. It took me five years.",
     ["", "", "Thomas Malone", "Thomas Malone", "Thomas Malone", "Thomas Malone"]),
    # must not: one label is a heading; labels before lists; a name never given a title
    ("China Focus: China will import less oil in the coming year than it did before. The "
     "ministry said imports fell.", ["", "The ministry"]),
    ("The squads were named. England: Marcus Trescothick (capt), Andrew Strauss, Paul "
     "Collingwood. Pakistan: Inzamam-ul-Haq (capt), Salman Butt, Shoaib Malik.", ["", "", ""]),
    ("You need Sea Salt for this. Sea Salt: it makes the sweet taste come through. Coconut "
     "Flour: it keeps the truffles firm and dry.", ["", "", ""]),
    # a sentence that introduces a quotation: its subject says what follows
    ("Sen. Josh Hawley spoke on Tuesday. Looking ahead to next year's elections, Hawley also "
     "offered this insight on Donald Trump. \u201cI think he is going to be the nominee. I think "
     "it's going to be Biden versus Trump.\u201d The vote is set for Nov. 5, 2024.",
     ["", "Josh Hawley", "Josh Hawley", "Josh Hawley", ""]),
    # must not: "had this" as no introduction; a pronoun or an article is no name
    ("Real Madrid had this season their best run in May. It had this effect on the fans in June.",
     ["", ""]),
    # must not: no role word before the name
    ('Former colleagues John Smith and Mary Jones, who knew him, wept. "He was kind," he said.',
     ["", ""]),
]


def _bys(text: str) -> list[str]:
    events = document_events(text, source="doc.txt", reported=date(2024, 1, 5), keep_undated=True)
    return [e.by or "" for e in events]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_claimants(text, expected):
    assert _bys(text) == expected


def test_document_claimants_api_matches_the_per_sentence_reading_without_context():
    sentences = ["Zelensky said the front is stable.", "He said reserves arrived."]
    assert document_claimants(sentences) == ["Zelensky", "Zelensky"]
    assert [find_claimant(s) for s in sentences] == ["Zelensky", ""]


def test_a_pack_without_document_claimants_reads_sentence_by_sentence():
    import types

    pack = types.SimpleNamespace(find_claimant=lambda s: "X" if "said" in s else "")
    assert document_claimants(["A said.", "He did."], lang=pack) == ["X", ""]


def test_document_claimants_linear_on_long_documents():
    # A quotation that runs over sentences, repeated: each sentence looks back for its speaker.
    unit = '"We will hold," said the mayor. "Help is coming. He said so." '
    assert_linear(_bys, lambda n: unit * max(1, n // len(unit)), what="document_claimants on quotations")


def test_a_surname_is_found_as_its_pattern_finds_it():
    """claimants._word_ends (str.find, no pattern compiled per name) ends where
    re.finditer(rf"\\b{key}\\b(?!\\s+[A-Z])") matches: word edges in any script, "_", white
    space of any kind before a capital, repeats, a key that is also part of itself."""
    import random
    import re

    from timeline_cli.lang.en.claimants import _word_ends

    rng = random.Random(7)
    keys = ["Annan", "A", "Li", "O'Neil", "Jr", "Ng", "Lee-Smith", "AA"]
    pieces = ["Annan", "Li", "Lin", "A", "AA", "aA", "_", "é", "Δ", "1", " ", "  ", "\t", "\u00a0", "\n", ",", ".",
              "Party", "said", "O'Neil", "Jr", "Ng", "-", "Lee-Smith", "x"]
    for _ in range(20000):
        key = rng.choice(keys)
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.end() for m in re.finditer(rf"\b{re.escape(key)}\b(?!\s+[A-Z])", text)]
        assert _word_ends(key, text) == expected, (key, text)


def test_a_surname_search_is_linear():
    from timeline_cli.lang.en.claimants import _word_ends

    assert_linear(lambda text: _word_ends("Annan", text), lambda n: ("Annan  " * (n // 7 + 1))[:n],
                  what="_word_ends on 'Annan  ' * N")
    assert_linear(lambda text: _word_ends("AA", text), lambda n: "A" * n, what="_word_ends on 'A' * N")


@pytest.mark.parametrize("sentence, claimant", [
    ("Data published by OpenAI shows that compute doubled.", "OpenAI"),
    ("He said data published by OpenAI shows that compute doubled.", "he"),
    ("Reports by witnesses said the building collapsed.", "witnesses"),
])
def test_a_participles_agent_is_the_source_of_its_document_and_never_ends_in_its_verb(sentence, claimant):
    # "Data published by OpenAI shows that ...": the main verb ends the agent ("OpenAI", never
    # "OpenAI shows"); when the data is not the subject, the subject claims ("he").
    assert analyse(sentence).name == claimant


@pytest.mark.parametrize("sentence, claimant", [
    ("Speaking through an interpreter he added: \"It is true that the momentum is building.\"", "he"),
    ("Previously she has admitted she does not know how much time she has left.", "she"),
    ("She continued: \"When the housing executive decided, we agreed.\"", "she"),
    ("He continued to work at the mill until 1990.", ""),
])
def test_pronoun_subjects_after_a_fronted_phrase_or_before_continued_quote(sentence, claimant):
    # find_claimant hides pronouns; analyse gives them to the document's resolution
    assert analyse(sentence).name == claimant


@pytest.mark.parametrize("sentence, another", [
    ('"We will appeal in May," she said.', True),
    ("They said the utilities had plenty of power.", True),
    ("Specifically, it tells you the percent of your total body weight that is fat.", False),
    ("The council closed the harbour on Tuesday.", False),
    ("The mayor said the harbour would reopen.", False),  # named: the document's own claimant
])
def test_names_another_is_a_person_pronoun_claiming_the_sentence(sentence, another):
    # the byline must not stand in for "she" (ingest); "it" may be the author's own subject
    assert names_another(sentence) is another


@pytest.mark.parametrize("sentence, claimant", [
    # ", saying" / "and explained" after a subject without a capital: a bare plural after "But",
    # a contracted pronoun ("she’s"), a past verb before a bare object ("urged struggling students")
    ("But vice-chancellors have reacted angrily to the plan, saying ministers pushed them.", "vice-chancellors"),
    ("But local residents reacted angrily to the closure, saying the plan was unfair.", "local residents"),
    ("A spokesperson for Sheffield University urged struggling students to talk to the university, "
     "saying the halls were safe.", "A spokesperson for Sheffield University"),
    ("The star slammed the couple in March, and she’s now revisited her comments and explained "
     "she lashed out.", "she"),
    ("He’s now said that the plan failed.", "he"),
    ("officials met on Monday and explained that the dam was safe.", "officials"),
    # must not: a determiner or quantifier is no bare subject; "saying" after a copula's infinitive
    ("But many have reacted angrily to the plan, saying ministers pushed them.", ""),
    ("But these have risen sharply, saying nothing.", ""),
    ("Mordechai was the first senior official to refer to the resolution, saying at the time it was "
     "fine.", ""),
    ("Hers was the last word.", ""),
])
def test_a_lower_case_or_contracted_subject_claims_its_saying_or_coordinated_verb(sentence, claimant):
    assert analyse(sentence).name == claimant


@pytest.mark.parametrize("sentence, claimant", [
    # an inverted tag with no comma that ends the sentence: the source after "said", never the
    # words before it
    ("The dam opened x> said officials", "officials"),
    ("The dam opened on Monday said officials.", "officials"),
    ("The plant will close next year said police spokesman John Smith.", "police spokesman John Smith"),
    ("The plant will close next year said John Smith.", "John Smith"),
    # must not: the name opens a reported clause, or no source follows
    ("Magna said Mr. McAlpine resigned to pursue a consulting career.", "Magna"),
    ("Officials said the president himself met with Sununu Sunday.", "Officials"),
    ("The mayor said officials would leave.", "The mayor"),
    ("The mayor said Monday.", "The mayor"),
    ("He said Amen.", "he"),
])
def test_an_inverted_tag_without_a_comma_is_claimed_by_the_source_after_said(sentence, claimant):
    assert analyse(sentence).name == claimant


@pytest.mark.parametrize("sentence, claimant", [
    # a document published in a journal, with a main reporting verb: the journal is its source
    ("A new research paper published in Frontiers in Ecology and the Environment journal suggests "
     "that rights recognition is crucial.", "Frontiers in Ecology and the Environment"),
    ("A study published in the journal Nature on Monday found that deaths rose.", "Nature"),
    ("According to a study published in The Journal of Nutrition in 2015, women who took a "
     "multivitamin were less likely to die.", "The Journal of Nutrition"),
    # must not: a place or a year is no journal (the document reads as before: "Polls have
    # shown" is a finding of its own), no main verb follows
    ("A study published in Britain found that deaths rose.", "A study"),
    ("A paper published in 2015 suggests that the virus spread.", "A paper"),
    ("The paper was published in Nature in 2019.", ""),
    ("In their paper published in Proceedings of the National Academy of Sciences, the group "
     "describes the tool.", ""),
])
def test_a_document_published_in_a_journal_is_claimed_by_the_journal(sentence, claimant):
    assert analyse(sentence).name == claimant


def test_a_person_published_in_a_journal_never_gives_the_journal_the_claim():
    assert "Lancet" not in analyse("A man published in The Lancet said the drug works.").name
