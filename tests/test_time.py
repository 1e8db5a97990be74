"""Time expressions found in plain text and normalised against a publication date (Monday 8 January 2024)."""

from __future__ import annotations

import pytest

from detente.time import expressions_in_text

PUBLISHED = "2024-01-08"


def only(text: str, published: str | None = PUBLISHED):
    found = expressions_in_text(text, published=published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The treaty was signed on September 17, 2002, in the capital.", "September 17, 2002", "2002-09-17", "day"),
        ("The accord was signed on 4 March 1998 in Geneva.", "4 March 1998", "1998-03-04", "day"),
        ("The port reopened in 2013 after repairs.", "2013", "2013", "year"),
        ("The dam was finished in 1965.", "1965", "1965", "year"),
        ("Elections were held in March 2019.", "March 2019", "2019-03", "month"),
        ("The minister resigned on Friday.", "Friday", "2024-01-05", "day"),
        ("Exports fell last year.", "last year", "2023", "year"),
        ("The ship sank two days ago.", "two days ago", "2024-01-06", "day"),
        ("Talks stalled earlier this month.", "earlier this month", "2024-01", "month"),
        ("The rebels advanced last March.", "last March", "2023-03", "month"),
        ("The border was quiet last week.", "last week", "2024-W01", "range"),
        ("Rates rose in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3", "range"),
        ("Crowds gathered on New Year's Day.", "New Year's Day", "2024-01-01", "day"),
        ("The envoy arrived on Christmas Eve.", "Christmas Eve", "2023-12-24", "day"),
        ("The parade marched on Cinco de Mayo.", "Cinco de Mayo", "2023-05-05", "day"),
        ("Oil prices soared in the 1970s.", "the 1970s", "197", "decade"),
        ("Railways spread in the early 20th century.", "the early 20th century", "19", "century"),
        ("The two sides fought in 1904-1905.", "1904-1905", "1904/1905", "range"),
        ("The envoy arrived yesterday.", "yesterday", "2024-01-07", "day"),
        ("Crowds gathered in the square last summer.", "last summer", "2023-SU", "range"),
    ],
)
def test_dates_are_normalised_against_the_publication_date(text: str, span: str, value: str, precision: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value, found.precision) == (span, "DATE", value, precision)
    assert text[found.start:found.end] == span


def test_every_date_carries_its_first_and_last_day() -> None:
    decade = only("Inflation was high during the 1980s.")
    assert (decade.date, decade.date_end) == ("1980-01-01", "1989-12-31")
    month = only("The vote took place in February 2024.")
    assert (month.date, month.date_end) == ("2024-02-01", "2024-02-29")


def test_the_1970s_and_1980s_are_two_decades_not_the_publication_date() -> None:
    found = expressions_in_text("Growth was slow in the 1970s and 1980s.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("the 1970s", "197"), ("1980s", "198")]
    assert all(not t.value.startswith("2024") for t in found)


def test_a_weekday_points_ahead_when_the_verb_does() -> None:
    assert only("The ministers will meet on Friday.").value == "2024-01-12"
    assert only("The ministers met on Friday.").value == "2024-01-05"


def test_a_plain_present_points_ahead_only_when_the_parse_is_read() -> None:
    # the verb's tense comes from the parse: without it, a bare day falls back to the past
    assert only("The vote takes place on Friday.").value == "2024-01-12"
    assert expressions_in_text("The vote takes place on Friday.", PUBLISHED, parse=False)[0].value == "2024-01-05"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The siege lasted three weeks.", "three weeks", "P3W"),
        ("He ruled for 35 years.", "35 years", "P35Y"),
        ("Talks went on for several months.", "several months", "PXM"),
        ("The cease-fire held for 48 hours.", "48 hours", "PT48H"),
        ("She signed a two-year contract.", "two-year", "P2Y"),
    ],
)
def test_durations_are_kept_apart_from_dates(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value) == (span, "DURATION", value)
    assert found.date is None


def test_a_duration_anchored_to_a_year_becomes_a_range() -> None:
    found = only("The company held the concession for 35 years from 1910.")
    assert (found.type, found.value, found.precision) == ("DURATION", "P35Y", "range")
    assert (found.date, found.date_end) == ("1910-01-01", "1944-12-31")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council meets every Monday.", "XXXX-WXX-1"),
        ("The bulletin is published weekly.", "P1W"),
        ("Inspectors visit twice a year.", "P1Y"),
        ("Patrols run every day along the coast.", "P1D"),
        ("The market opens on Fridays.", "XXXX-WXX-5"),
    ],
)
def test_recurring_times_are_sets(text: str, value: str) -> None:
    found = only(text)
    assert (found.type, found.value) == ("SET", value)
    assert found.date is None


@pytest.mark.parametrize(
    "text",
    [
        "The fund holds 300 million dollars.",
        "The plan costs $30 billion.",
        "About 20,000 troops crossed the river.",
        "Prices rose 2 percent.",
        "Some 2000 soldiers were deployed.",
        "A 6-year-old boy was rescued.",
    ],
)
def test_numbers_that_count_things_are_not_times(text: str) -> None:
    assert expressions_in_text(text, published=PUBLISHED) == []


def test_clock_time_joins_its_day() -> None:
    found = only("The vote closes at 2 p.m. on Friday.")
    assert found.type == "TIME"
    assert found.value.endswith("T14:00")


def test_without_a_publication_date_relative_days_are_not_invented() -> None:
    found = only("The minister resigned on Friday.", published=None)
    assert found.value == "XXXX-WXX-5"
    assert found.date is None
    absolute = only("The treaty was signed on September 17, 2002.", published=None)
    assert absolute.date == "2002-09-17"


def test_present_and_past_references() -> None:
    now = only("The region is now calm.")
    assert (now.value, now.date) == ("PRESENT_REF", PUBLISHED)
    recent = only("Fighting flared in recent days.")
    assert (recent.type, recent.value) == ("DURATION", "PXD")  # TE3 marks "recent years" as a stretch, PXY
    assert only("The recent fighting displaced thousands.").value == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The curfew begins at 1900 GMT on Friday.", "1900 GMT on Friday", "2024-01-12T19:00"),  # ahead: present tense
        ("The convoy left at 2300 hours.", "2300 hours", "2024-01-08T23:00"),
        ("Fighting stopped at noon.", "noon", "2024-01-08T12:00"),
    ],
)
def test_clock_times(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value) == (span, "TIME", value)


def test_story_time_words_follow_the_date_before_them() -> None:
    found = expressions_in_text("The dam burst in May 1998. Later that year the village was rebuilt; "
                                "the following year it flooded again.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("May 1998", "1998-05"), ("Later that year", "1998"),
                                                  ("the following year", "1999")]


def test_story_time_word_without_a_date_before_it_is_left_unknown() -> None:
    found = only("Later that year the village was rebuilt.")
    assert (found.value, found.date) == ("XXXX", None)


def test_a_year_earlier_takes_the_quarter_under_discussion() -> None:
    found = expressions_in_text("Profit rose in the third quarter of 2023 from a year earlier.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("the third quarter of 2023", "2023-Q3"),
                                                  ("a year earlier", "2022-Q3")]


def test_spoken_years_in_transcripts() -> None:
    assert only("That was in nineteen ninety-six.").value == "1996"
    assert only("Plans were made for the year two thousand.").value == "2000"


def test_undated_month_takes_the_nearest_year_unless_the_verb_is_past() -> None:
    assert only("The ceasefire expires in February.", published="2023-11-20").value == "2024-02"
    assert only("The rebels took the town in October.", published="2024-01-08").value == "2023-10"


def test_later_and_earlier_count_from_the_date_before_them() -> None:
    found = expressions_in_text("She won in 2008 and lost four years later. In June 2015 he ran; a month later he quit.",
                                published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("2008", "2008"), ("four years later", "2012"),
                                                  ("June 2015", "2015-06"), ("a month later", "2015-07")]


def test_ago_counts_from_the_publication_date() -> None:
    found = expressions_in_text("She won in 2008. Two years ago she lost.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("2008", "2008"), ("Two years ago", "2022")]


def test_the_past_followed_by_a_count_is_not_a_time() -> None:
    assert expressions_in_text("The party lost two of the past six elections.", published=PUBLISHED) == []
    assert only("In the past, floods were rare.").value == "PAST_REF"


def test_a_modifier_before_a_century_stays_with_it() -> None:
    found = only("Trade grew through the first half of the 20th century.")
    assert (found.text, found.value) == ("the first half of the 20th century", "19")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The rebels took the town in June last year.", "June last year", "2023-06"),
        ("The port was closed in March this year.", "March this year", "2024-03"),
        ("The envoy visited on May 3 last year.", "May 3 last year", "2023-05-03"),
        ("Prices peaked in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
    ],
)
def test_a_month_or_day_followed_by_a_year_is_one_date_in_that_year(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.value) == (span, value)


@pytest.mark.parametrize(("phrase", "type_", "value"), [("in the near future", "DATE", "FUTURE_REF"),
                                                       ("in coming months", "DURATION", "PXM"),
                                                       ("in the weeks ahead", "DURATION", "PXW")])
def test_vague_future_phrases_refer_to_the_future(phrase: str, type_: str, value: str) -> None:
    found = only(f"Officials expect more arrests {phrase}.")
    # from the day of writing on, with no known end
    assert (found.type, found.value, found.date, found.date_end) == (type_, value, PUBLISHED, None)


def test_an_infinitive_after_set_looks_ahead(analyse) -> None:
    analysis = analyse("Talks between the two sides are set to resume Friday in the capital.")
    assert [t.value for t in analysis.times if t.text == "Friday"] == ["2024-01-12"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Engineers hope to finish the bridge by the end of the year.", "the end of the year", "2024"),
        ("The fund has lost money since year-end.", "year-end", "2023"),
        ("Payments resume at the start of the month.", "the start of the month", "2024-01"),
    ],
)
def test_the_edge_of_the_current_period_is_that_period(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value) == (span, "DATE", value)


def test_a_year_earlier_paragraphs_after_the_quarter_still_compares_that_quarter() -> None:
    text = ("The airline said net income rose 12% in the third quarter to $40 million. "
            "Revenue climbed on strong demand for transatlantic seats, and the carrier added routes to three "
            "cities in Asia while retiring older jets that burn more fuel. Analysts had expected a smaller gain, "
            "citing higher wages and airport fees that the company had warned about in its annual report. "
            "Passenger traffic was up 9% from a year earlier.")
    found = expressions_in_text(text, published="2023-10-26")
    assert [(t.text, t.value) for t in found] == [("the third quarter", "2023-Q3"), ("a year earlier", "2022-Q3")]


def test_nine_months_between_keep_a_year_earlier_a_year() -> None:
    text = ("Profit rose in the third quarter. For the nine months, the bank earned $2 billion, up from "
            "$1.7 billion a year earlier.")
    found = expressions_in_text(text, published="2023-10-26")
    assert [(t.text, t.value) for t in found][-1] == ("a year earlier", "2022")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In the third quarter, the loss compared with a year-earlier profit of $3 million.", "year-earlier",
         "2022-Q3"),
        ("In the year-ago third quarter, the bank earned $5 million.", "the year-ago third quarter", "2022-Q3"),
        ("Sales rose in the third quarter. For the quarter a year ago, sales were flat.", "the quarter a year ago",
         "2022-Q3"),
        ("Sales rose in the third quarter. In the 2022 period, the company lost money.", "the 2022 period", "2022-Q3"),
        ("Sales rose in the third quarter, against $3 million in the 2022 quarter.", "the 2022 quarter", "2022-Q3"),
    ],
)
def test_results_stories_compare_quarters(text: str, span: str, value: str) -> None:
    found = expressions_in_text(text, published="2023-10-26")
    assert (span, value) in [(t.text, t.value) for t in found], [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The retailer expects a loss for the year.", "the year", "DATE", "2023"),
        ("Sales for the full year rose 4%.", "the full year", "DATE", "2023"),
        ("Rain delayed planting earlier in the year.", "earlier in the year", "DATE", "2023"),
        ("The mill earned $9 million in the year ended June 30.", "the year", "DURATION", "P1Y"),
        ("Prices have doubled in the year since the coup.", "the year", "DURATION", "P1Y"),
        ("In 2019 the plant closed; for the year, output fell by half.", "the year", "DATE", "2019"),
        ("By 2030 it aims to double sales. It forecast a rise for the full year.", "the full year", "DATE", "2023"),
    ],
)
def test_the_year_of_the_story(text: str, span: str, type_: str, value: str) -> None:
    found = expressions_in_text(text, published="2023-10-26")
    assert (span, type_, value) in [(t.text, t.type, t.value) for t in found], [(t.text, t.value) for t in found]


def test_the_year_in_a_title_is_no_time() -> None:
    assert expressions_in_text("She was named person of the year.", published="2023-10-26") == []


def parsed_times(nlp, text: str, published: str) -> list[tuple[str, str]]:
    """The time stage on a real parse (the verb's tense decides which Friday is meant)."""
    from detente.analysis import Analysis
    from detente.records import Document
    from detente.time import annotate

    analysis = Analysis(document=Document(doc_id="t", text=text, published=published, published_source="given"),
                        doc=nlp(text))
    annotate(analysis)
    return [(t.text, t.value) for t in analysis.times]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The index closed near the record high set on Aug. 6.", "2024-02-06", ("Aug. 6", "2023-08-06")),
        ("The offer had been scheduled to expire on Friday.", "2024-01-08", ("Friday", "2024-01-05")),
        ("The offer had been due to expire on Friday.", "2024-01-08", ("Friday", "2024-01-05")),
        ("The offer is due to expire on Friday.", "2024-01-08", ("Friday", "2024-01-12")),
        ("The board named a new chairman, effective Feb. 1.", "2023-10-26", ("Feb. 1", "2024-02-01")),
        ("Traders sold bonds ahead of the weekend.", "2024-01-10", ("the weekend", "2024-W02-WE")),
        ("The senator resigned before announcing his run in April.", "2015-12-15", ("April", "2015-04")),
        ("He left the party, joining the rebels in April.", "2015-12-15", ("April", "2015-04")),
        ("Even with his victory in the primary Tuesday, it remains hard for him.", "2016-05-05",
         ("Tuesday", "2016-05-03")),
        ("Talks begin Tuesday in Geneva.", "2016-05-05", ("Tuesday", "2016-05-10")),
        ("Clinton allies believe backers she will need come November.", "2016-03-23", ("November", "2016-11")),
        ("Sentiment will change if it looks like Trump can win in November.", "2016-03-23",
         ("November", "2016-11")),
        ("The White House would like to make November's election a battle.", "2016-03-23",
         ("November", "2016-11")),
        ("The singer became the star of a long summer tour in November after the album.", "2016-05-20",
         ("November", "2015-11")),
        ("Rescuers have been digging since shortly after the Oct. 2 landslide.", "2016-05-20",
         ("Oct. 2", "2015-10-02")),
        ("Until Friday, the police had not named him a suspect.", "2024-01-08", ("Friday", "2024-01-05")),
        ("The agency extended its deadline until 9 a.m. EST Tuesday.", "2024-01-08",
         ("9 a.m. EST Tuesday", "2024-01-09T09:00")),
        ("Parliament will debate the bill on Dec. 20.", "2024-01-10", ("Dec. 20", "2024-12-20")),
        ("The inquiry's report is released Thursday.", "2024-01-10", ("Thursday", "2024-01-11")),
        ("The company agreed to buy the unit for $22 million in February.", "2023-10-30",
         ("February", "2024-02")),
        ("Voters will go to the polls in January.", "2024-01-10", ("January", "2024-01")),
        ("Weak technology stocks hurt the index on Friday.", "2024-01-08",
         ("Friday", "2024-01-05")),
    ],
)
def test_the_verb_and_its_cues_say_which_way_a_date_lies(nlp, text: str, published: str,
                                                          expected: tuple[str, str]) -> None:
    assert expected in parsed_times(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The talks broke off after a minute and a half.", "a minute and a half", "PT1M30S"),
        ("The vote took half an hour.", "half an hour", "PT30M"),
        ("The strike lasted two and a half days.", "two and a half days", "P2DT12H"),
        ("Prices will stay high for a couple of years.", "a couple of years", "P2Y"),
        ("The fleet may stay for 20 more years.", "20 more years", "P20Y"),
        ("The loan was extended for an additional year.", "an additional year", "P1Y"),
        ("The shares rose for five trading days.", "five trading days", "P5D"),
        ("The ministry will reply within ten working days.", "ten working days", "P10D"),
    ],
)
def test_fractions_pairs_and_extra_units_keep_their_length(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value) == (span, "DURATION", value)


def test_approximate_shifts_back_from_the_publication_date() -> None:
    assert (only("The rebels withdrew a week or so ago.").text, only("They met a couple of years ago.").value) == \
        ("a week or so ago", "2022")


def test_worded_ranges_are_two_expressions_as_in_timeml() -> None:
    found = expressions_in_text("Unemployment doubled between 2002 and 2004, and fell from 2010 to 2012.",
                                published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("2002", "2002"), ("2004", "2004"), ("2010", "2010"),
                                                  ("2012", "2012")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The deal follows months of talks.", "months", "PXM"),
        ("The town was rebuilt after years of war.", "years", "PXY"),
        ("Exports grew for the first time in years.", "years", "PXY"),
        ("Over the next couple of years the army will shrink.", "the next couple of years", "P2Y"),
    ],
)
def test_vague_stretches_of_time(text: str, span: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value) == (span, "DURATION", value)


def test_may_after_a_preposition_is_the_month() -> None:
    assert only("The company disclosed in May that it had been approached.", published="2023-10-26").value == \
        "2023-05"
    assert expressions_in_text("Officials said they may resign.", published="2023-10-26") == []


def test_the_halves_of_a_named_year_are_timeml_halves() -> None:
    assert only("Profit rose in the first half of 2023.").value == "2023-H1"
    assert only("Output fell in the last half of 2022.").value == "2022-H2"


@pytest.mark.parametrize(
    "text",
    [
        "A poll by USA Today found wide support.",
        'The minister, speaking on the "This Week" programme, said talks would go on.',
        'He told "This Week With Jane Doe" that talks would go on.',
        'The father spoke to CBS\'s "60 Minutes" about his son.',
        'The poster showed the sheriff from the film "High Noon."',
        "For the reformers, high noon has come.",
    ],
)
def test_papers_and_shows_named_like_times_are_no_times(text: str) -> None:
    assert expressions_in_text(text, published=PUBLISHED) == []


def test_today_and_this_week_in_running_text_are_times() -> None:
    assert only("The army withdrew. Today the town is quiet.").value == "2024-01-08"
    assert only('"This week we fight," the general said.').value == "2024-W02"


def test_one_day_after_a_modal_is_some_future_day() -> None:
    found = only("Officials say the region will one day be a trading hub.")
    assert (found.text, found.value) == ("one day", "FUTURE_REF")
    assert only("He had been in the job one day.").value == "P1D"


@pytest.mark.parametrize(
    "text",
    [
        "Statues stand on Easter Island.",
        "Officials judge the risks on a day-to-day basis.",
        "He told Breitbart News Daily that he would run.",
        "The Daily Mail reported the story.",
        "She hosted “Saturday Night Live” again.",
        "The ad was paid for by the Liberty Now PAC.",
        "He taped an appearance on The Tonight Show Starring Jane Doe.",
        "Peacekeepers were accused of paying 13-YEAR-OLDS.",
    ],
)
def test_names_and_adjectives_that_look_like_times_are_no_times(text: str) -> None:
    assert expressions_in_text(text, published=PUBLISHED) == []


def test_a_frequency_word_in_running_text_is_a_set() -> None:
    assert only("Inspectors visit the plant daily.").value == "P1D"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police counted 3,000 victims between January 1 and September 26.",
         [("January 1", "2016-01-01"), ("September 26", "2016-09-26")]),
        ("The strike ran from March to June 2019.", [("March", "2019-03"), ("June 2019", "2019-06")]),
        ("Shootings have risen since January 1.", [("January 1", "2016-01-01")]),
    ],
)
def test_a_range_or_since_places_a_month_without_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = expressions_in_text(text, published="2016-09-29")
    assert [(t.text, t.value) for t in found] == expected


def test_later_counts_from_the_story_date_even_a_paragraph_back() -> None:
    text = ("On Nov. 11, 2014, the two leaders announced a climate pact after months of talks. " + "Aides then "
            "briefed reporters on the details of the plan, which covered power plants, cars and forests. " * 3 +
            "A little more than a year later, in Paris, nearly every country signed on.")
    found = expressions_in_text(text, published="2016-09-29")
    assert (found[-1].text, found[-1].value) == ("a year later", "2015")


def test_quarters_are_counted_in_quarters() -> None:
    assert only("The bank lost money in the past two quarters.").value == "P2Q"
    assert only("Dividends are paid every quarter.").value == "P1Q"


def test_stretches_ahead_are_vague_durations() -> None:
    found = only("Rates may fall in the coming weeks.")
    assert (found.text, found.type, found.value) == ("coming weeks", "DURATION", "PXW")
    assert only("The future of the talks is unclear.").value == "FUTURE_REF"


def test_the_next_day_follows_the_date_before_it() -> None:
    found = expressions_in_text("He was arrested on March 3, 2015. The next day, police raided his home.",
                                published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("March 3, 2015", "2015-03-03"), ("The next day", "2015-03-04")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("On March 3, 2015 he left; the same day, he returned.", "the same day", "2015-03-03"),
        ("The vote is two weeks from today.", "two weeks from today", "2024-W04"),
    ],
)
def test_the_same_day_and_from_today(text: str, span: str, value: str) -> None:
    found = expressions_in_text(text, published=PUBLISHED)
    assert (span, value) in [(t.text, t.value) for t in found], [(t.text, t.value) for t in found]


def test_an_article_before_a_plural_unit_makes_no_duration() -> None:
    assert expressions_in_text("Police ended an hours-long standoff.", published=PUBLISHED) == []


def test_a_clock_time_with_its_gmt_time_in_brackets_is_on_the_day_after_them() -> None:
    found = expressions_in_text("The blast struck the market at about 9:40 a.m. (0640 GMT) Friday.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("9:40 a.m.", "2024-01-05T09:40"), ("0640 GMT", "2024-01-05T06:40"),
                                                  ("Friday", "2024-01-05")]


def test_the_week_of_a_day_is_that_week() -> None:
    found = only("A court hearing is planned for the week of March 6.")
    assert (found.text, found.value) == ("the week of March 6", "2024-W10")


def test_a_year_ago_after_the_year_ago_quarter_is_that_same_quarter() -> None:
    found = expressions_in_text("The bank earned $4 million in the year-ago quarter. The year-ago results were "
                                "restated.", published="2023-10-26")
    assert [(t.text, t.value) for t in found] == [("the year-ago quarter", "2022-Q3"), ("The year-ago", "2022-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The craft has been passed down for two thousand years.", [("two thousand years", "P2000Y")]),
        ("Two thousand troops crossed the border.", []),
        ("The fine was two thousand five hundred dollars.", []),
        ("In two thousand eight, the bank failed.", [("two thousand eight", "2008")]),
    ],
)
def test_a_spoken_thousand_counts_years_or_things_unless_it_is_a_year(text: str, expected) -> None:
    assert [(t.text, t.value) for t in expressions_in_text(text, published=PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders will meet at the summit on April 24 and 25.", [("April 24", "2024-04-24"), ("25", "2024-04-25")]),
        ("On May 4 and 5 soldiers were hurt.", [("May 4", "2023-05-04")]),  # past tense: last May
        ("Prices fell on Jan. 2 and 15 percent of stores shut.", [("Jan. 2", "2024-01-02")]),
    ],
)
def test_a_second_day_of_the_same_month_is_its_own_date(text: str, expected) -> None:
    assert [(t.text, t.value) for t in expressions_in_text(text, published=PUBLISHED)] == expected


def test_last_before_a_month_and_day_is_the_latest_such_day() -> None:
    found = only("The doctor was killed last Oct. 23 at his home.")
    assert (found.text, found.value) == ("last Oct. 23", "2023-10-23")
    assert only("The envoy returns next Jan. 3.").value == "2025-01-03"


def test_the_day_before_or_after_a_date_is_one_day_off_it() -> None:
    found = only("The day before last Tuesday's hearing, the lawyers met.")
    assert (found.text, found.value) == ("The day before last Tuesday", "2024-01-01")
    assert only("The envoy left the day after Jan. 3.").value == "2024-01-04"


def test_the_previous_or_following_weekday_is_told_from_the_story_day() -> None:
    found = expressions_in_text("The index closed on Friday, Oct. 27, down 4.5% from the previous Friday.",
                                published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("Friday, Oct. 27", "2023-10-27"), ("the previous Friday", "2023-10-20")]
    found = expressions_in_text("He was arrested on Jan. 3, 2023 and freed the following Monday.", published=PUBLISHED)
    assert found[-1].value == "2023-01-09"


def test_that_day_after_a_year_says_no_day() -> None:
    found = expressions_in_text("The market crashed in 1987, and traders lost heavily that day.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("1987", "1987"), ("that day", "XXXX-XX-XX")]


def test_a_quarter_of_something_is_a_share_not_a_time() -> None:
    assert expressions_in_text("Pension funds hold more than a quarter of the bond market.", published=PUBLISHED) == []
    assert only("Profit returned after several quarters of losses.").value == "PXQ"


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    found = only("The campaign will stress the economy until Election Day.", published="2022-10-20")
    assert (found.text, found.value) == ("Election Day", "2022-11-08")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Crowds gathered in the capital on Inauguration Day.", "2017-01-20"),
        ("Offices shut for Martin Luther King Jr. Day.", "2017-01-16"),
    ],
)
def test_more_named_days(text: str, value: str) -> None:
    assert only(text, published="2017-01-25").value == value


def test_days_later_or_earlier_are_lengths_as_timebank_marks_them() -> None:
    found = expressions_in_text("Rebels took the port on March 3, 2015. Three days later, the army left.",
                                published=PUBLISHED)
    assert [(t.text, t.type, t.value, t.date) for t in found][-1] == ("Three days later", "DURATION", "P3D",
                                                                       "2015-03-06")
    assert only("A few days later, the talks resumed.").value == "PXD"
    assert only("A year earlier, profit was higher.").value == "2023"


def test_the_end_of_the_decade_is_this_decade() -> None:
    found = only("Emissions must halve by the end of the decade.")
    assert (found.text, found.value) == ("the end of the decade", "202")
    assert expressions_in_text("At the end of the decade of war, he left.", published=PUBLISHED) == []


def test_this_past_weekend_is_one_expression() -> None:
    found = only("This past weekend, voters went to the polls.", published="2024-01-10")
    assert (found.text, found.value) == ("This past weekend", "2024-W01-WE")
    assert only("Sales rose this past summer.").value == "2023-SU"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord ends a decade of feuding.", [("a decade", "P10Y")]),
        ("The pact marks a year of quiet.", [("a year", "P1Y")]),
        ("The airline will add 700 seats a week.", []),
        ("Agents carry out dozens of interviews a day.", []),
    ],
)
def test_a_unit_after_a_verb_is_a_length_after_counted_things_a_rate(text: str, expected) -> None:
    assert [(t.text, t.value) for t in expressions_in_text(text, published=PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The first quarter of next year will be hard.", "The first quarter of next year", "2025-Q1"),
        ("Profit rose in the second half of last year.", "the second half of last year", "2023-H2"),
    ],
)
def test_a_quarter_or_half_of_a_relative_year(text: str, span: str, value: str) -> None:
    found = only(text, published="2024-01-10")
    assert (found.text, found.value) == (span, value)


def test_on_weekends_is_every_weekend_and_much_of_the_year_the_year() -> None:
    found = only("He visits his mother on weekends.")
    assert (found.text, found.type, found.value) == ("weekends", "SET", "XXXX-WXX-WE")
    assert only("The truce held for much of the year.").value == "2024"


def test_following_without_the_is_a_preposition_not_the_next_weekday() -> None:
    found = expressions_in_text("Police patrolled the city following Wednesday's clashes.", published="2024-01-12")
    assert [(t.text, t.value) for t in found] == [("Wednesday", "2024-01-10")]


def test_the_next_day_after_a_day_earlier_counts_from_that_day() -> None:
    found = expressions_in_text("A day earlier, a mob stoned his house. The next day, it returned.", published=PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("A day earlier", "P1D"), ("The next day", "2024-01-08")]


def test_earlier_in_the_week_is_the_story_week() -> None:
    assert only("The reactor was shut down earlier in the week.", published="2024-01-10").value == "2024-W02"
    found = expressions_in_text("On March 3, 2015 he left; later in the week he returned.", published=PUBLISHED)
    assert found[-1].value == "2015-W10"
    assert expressions_in_text("Fasting ends late in the month of Ramadan.", published=PUBLISHED) == []


def test_a_length_counted_back_or_ahead_from_today_covers_those_days() -> None:
    back = only("Attacks rose over the past two months.")
    assert (back.type, back.value, back.date, back.date_end) == ("DURATION", "P2M", "2023-11-09", "2024-01-08")
    ahead = only("Japan will invest more over the next five years.")
    assert (ahead.value, ahead.date, ahead.date_end) == ("P5Y", "2024-01-08", "2029-01-07")
    plain = only("He ruled for 35 years.")
    assert (plain.value, plain.date) == ("P35Y", None)  # a length anchored nowhere has no days


def test_recent_stretches_run_up_to_the_day_of_writing_from_an_unknown_start() -> None:
    years = only("Exports have grown in recent years.")
    assert (years.value, years.date, years.date_end) == ("PXY", None, "2024-01-08")
    lately = only("The ministry recently changed the rules.")
    assert (lately.value, lately.date, lately.date_end) == ("PAST_REF", None, "2024-01-08")


@pytest.mark.parametrize(("text", "span"), [("By the end of 2016, soldiers will leave the valley.", "the end of 2016"),
                                            ("By 2016 soldiers will leave the valley.", "2016"),
                                            ("In 1995 soldiers entered the town.", "1995")])
def test_a_year_before_a_count_noun_is_a_year_across_a_comma_or_after_a_preposition(text: str, span: str) -> None:
    assert only(text).text == span


def test_a_bare_four_digit_count_of_troops_is_no_year() -> None:
    assert expressions_in_text("The alliance sent 2000 soldiers to the border.", published=PUBLISHED) == []


def test_since_the_start_of_the_year_is_this_year_but_since_year_end_the_last() -> None:
    assert only("Since the start of the year, prices have risen.").value == "2024"
    assert only("Since year-end, prices have risen.").value == "2023"
