"""Event dating and publication-date inference on short texts run through the real pipeline."""

from __future__ import annotations

from detente.time import date_event


def dated(analysis, trigger: str):
    start = analysis.document.text.index(trigger)
    return date_event(analysis, start, start + len(trigger))


def test_a_retrospective_paragraph_dates_its_past_events_by_its_setting(analyse) -> None:
    analysis = analyse(
        "In 2002, the prime minister flew to the northern capital. He met the leader and signed a declaration.\n\n"
        "The government says it wants new talks.",
        published="2024-01-08",
    )
    for trigger in ("flew", "met", "signed"):
        when = dated(analysis, trigger)
        assert (when.date, when.date_end, when.date_precision) == ("2002-01-01", "2002-12-31", "year"), trigger
        assert when.date_basis == "explicit"
        assert when.reason == (None if trigger == "flew" else "context")  # set by the sentence before
        assert when.historical
    present = dated(analysis, "says")  # the news present's day of writing (dating.news_present_saying)
    assert (present.date, present.date_basis, present.reason, present.historical) == (
        "2024-01-08", "relative", "time_of_writing", False)


def test_a_governing_expression_beats_a_nearer_one_in_another_clause(analyse) -> None:
    analysis = analyse("The minister said on Friday that the army had shelled the town in March 2019.")
    shelled = dated(analysis, "shelled")
    assert (shelled.date, shelled.date_precision, shelled.date_basis) == ("2019-03-01", "month", "explicit")
    said = dated(analysis, "said")
    assert (said.date, said.date_precision, said.date_basis) == ("2024-01-05", "day", "relative")


def test_a_noun_trigger_takes_the_year_that_modifies_it(analyse) -> None:
    analysis = analyse("Officials recalled the 2002 summit with warmth.")
    when = dated(analysis, "summit")
    assert (when.date, when.date_basis, when.historical) == ("2002-01-01", "explicit", True)


def test_the_nearest_expression_in_the_sentence_dates_an_event_without_one(analyse) -> None:
    analysis = analyse("Two days ago, a car bomb exploded near the embassy.")
    when = dated(analysis, "exploded")
    assert (when.date, when.date_precision, when.date_basis) == ("2024-01-06", "day", "relative")
    assert not when.historical


def test_without_any_clue_a_past_event_lies_up_to_the_publication_date(analyse) -> None:
    analysis = analyse("Protesters marched through the capital. Police arrested dozens of them.")
    when = dated(analysis, "arrested")
    assert (when.date, when.date_end, when.date_precision, when.date_basis, when.historical) == \
        (None, "2024-01-08", "range", "document", False)  # some time up to the day of writing, not on it
    present = analyse("Police are arresting dozens of protesters in the capital.")
    assert dated(present, "arresting").date == "2024-01-08"  # the present tense: the day of writing itself


def test_an_event_in_an_undated_text_has_no_date(analyse) -> None:
    analysis = analyse("Protesters marched through the capital.", published=None)
    when = dated(analysis, "marched")
    assert (when.date, when.date_basis) == (None, "none")


def test_publication_date_is_inferred_from_a_dateline(analyse) -> None:
    analysis = analyse("GENEVA, March 3, 2023 (Reuters) - Negotiators resumed talks on Friday.", published=None)
    assert (analysis.document.published, analysis.document.published_source) == ("2023-03-03", "inferred")
    friday = [t for t in analysis.times if t.text == "Friday"][0]
    assert friday.value == "2023-03-03"


def test_publication_date_is_inferred_from_a_copyright_line_and_the_text(analyse) -> None:
    text = ("Negotiators met again on May 14 and agreed to a truce on May 20.\n\n"
            "Copyright (c) 2021 Example Press. All rights reserved.")
    analysis = analyse(text, published=None)
    assert any("2021" in line for line in analysis.removed), "ingestion should have cut the copyright line"
    assert (analysis.document.published, analysis.document.published_source) == ("2021-05-20", "inferred")


def test_a_copyright_year_alone_resolves_years_but_invents_no_day(analyse) -> None:
    text = "Trade grew last year, officials said on Friday.\n\nCopyright (c) 2021 Example Press. All rights reserved."
    analysis = analyse(text, published=None)
    assert analysis.document.published is None
    values = {t.text: t.value for t in analysis.times}
    assert values["last year"] == "2020"
    assert values["Friday"] == "XXXX-WXX-5"


def test_given_publication_date_is_kept(analyse) -> None:
    analysis = analyse("GENEVA, March 3, 2023 (Reuters) - Negotiators resumed talks.", published="2023-03-04")
    assert (analysis.document.published, analysis.document.published_source) == ("2023-03-04", "given")


def test_a_paragraph_setting_stops_at_the_paragraph_break(analyse) -> None:
    analysis = analyse("In 2002, the prime minister flew to the northern capital.\n\n"
                       "Police arrested dozens of protesters outside parliament.")
    when = dated(analysis, "arrested")
    assert (when.date, when.date_end, when.date_basis) == (None, "2024-01-08", "document")


def test_the_nearest_expression_must_agree_with_the_tense(analyse) -> None:
    future = analyse("Talks that began last week will resume in the capital.")
    assert dated(future, "resume").date_basis == "document"
    past = analyse("The envoy, who is due to arrive next month, met the minister.")
    assert dated(past, "met").date_basis == "document"
    assert dated(past, "arrive").date == "2024-02-01"


def test_publication_date_is_inferred_from_a_metadata_line_before_later_dates(analyse) -> None:
    text = "Published: 12 March 2021\n\nThe envoy said the ceasefire signed on June 5, 2021 would hold."
    analysis = analyse(text, published=None)
    assert (analysis.document.published, analysis.document.published_source) == ("2021-03-12", "inferred")


def test_a_date_after_an_event_noun_in_a_phrase_belongs_to_that_noun(analyse) -> None:
    analysis = analyse("The governor sent condolences over a blast on January 3 that killed ten miners.")
    sent = dated(analysis, "sent")
    # not the blast's day: condolences over the blast came after it (rule dating.reaction_over), up to the writing
    assert (sent.date, sent.date_end, sent.date_precision) == ("2024-01-03", "2024-01-08", "range")
    blast = dated(analysis, "blast")
    assert (blast.date, blast.date_precision) == ("2024-01-03", "day")


def test_a_date_after_an_ordinary_noun_still_dates_the_verb(analyse) -> None:
    analysis = analyse("The minister condemned the attack on a convoy on Tuesday.")
    assert dated(analysis, "condemned").date == "2024-01-02"


def test_decades_ago_makes_a_historical_event_without_an_invented_day(analyse) -> None:
    analysis = analyse("Rebels burned the old market decades ago, and traders still remember it.")
    when = dated(analysis, "burned")
    assert (when.date, when.date_precision, when.date_basis, when.historical) == (None, "range", "relative", True)
    assert when.date_end is not None and when.date_end <= "2004-01-08"


def test_coordinated_decades_date_an_event_across_both(analyse) -> None:
    analysis = analyse("The army fought the insurgents in the 1970s and 1980s.")
    when = dated(analysis, "fought")
    assert (when.date, when.date_end, when.date_precision) == ("1970-01-01", "1989-12-31", "range")
    assert when.historical


def test_a_worded_range_dates_an_event_from_its_first_to_its_last_day(analyse) -> None:
    analysis = analyse("The rebels held the valley from 2002 to 2004.")
    when = dated(analysis, "held")
    assert (when.date, when.date_end, when.date_precision) == ("2002-01-01", "2004-12-31", "range")
    analysis = analyse("The rebels held the valley between 2002 and 2004.")
    when = dated(analysis, "held")
    assert (when.date, when.date_end, when.date_precision) == ("2002-01-01", "2004-12-31", "range")


def test_last_month_dates_a_past_event_to_that_month(analyse) -> None:
    analysis = analyse("The two governments signed a grain deal last month, officials said on Monday.")
    signed = dated(analysis, "signed")
    assert (signed.date, signed.date_end, signed.date_precision) == ("2023-12-01", "2023-12-31", "month")
    assert dated(analysis, "said").date == "2024-01-08"


def test_a_historical_setting_carries_through_its_paragraph(analyse) -> None:
    analysis = analyse("Years ago, the general seized power in a coup. His soldiers arrested the cabinet.\n\n"
                       "Today the country holds elections.")
    arrested = dated(analysis, "arrested")
    assert (arrested.date, arrested.reason, arrested.historical) == (None, "context", True)
    holds = dated(analysis, "holds")
    assert not holds.historical


def test_a_date_that_only_qualifies_a_name_sets_no_scene(analyse) -> None:
    """A war's years in brackets say nothing about when the next sentence's demand was made."""
    analysis = analyse("The mission searched for graves. From the Great War (1914-1918) to the Korean War, "
                       "thousands of soldiers are believed to lie in the hills. The rebels reportedly demanded "
                       "millions of dollars from London for the survey.")
    demanded = dated(analysis, "demanded")
    assert demanded.date_basis == "document"
    assert not demanded.historical


def test_days_later_is_a_length_that_still_dates_its_event(analyse) -> None:
    analysis = analyse("On March 3, 2015, the army shelled the port. Two days later, rebels seized the town.")
    later = [t for t in analysis.times if t.text.startswith("Two days")][0]
    assert (later.type, later.value) == ("DURATION", "P2D")
    when = dated(analysis, "seized")
    assert (when.date, when.date_precision) == ("2015-03-05", "day")


def test_an_undated_past_perfect_happened_before_the_story_not_on_its_day(analyse) -> None:
    analysis = analyse("Six sailors who had been seized by the rebels reached the port on Saturday. "
                       "The envoy said she had urged the rebels to free the rest.", published="2019-07-14")
    seized = dated(analysis, "seized")
    # seized before they reached the port, which Saturday dates: up to that day (rule dating.dated_frame_first)
    assert (seized.date, seized.date_end, seized.date_precision, seized.date_basis) == (None, "2019-07-13", "range",
                                                                                        "relative")
    undated = analyse("Six sailors who had been seized by the rebels reached the port.", published="2019-07-14")
    seized = dated(undated, "seized")
    assert (seized.date, seized.date_end, seized.date_precision, seized.date_basis) == (None, "2019-07-14", "range",
                                                                                        "document")
    # reported speech: some time up to the saying, which the story's Saturday dates, not on the day of writing
    # (rule dating.earlier_act)
    urged = dated(analysis, "urged")
    assert (urged.date, urged.date_end, urged.date_precision, urged.date_basis) == (None, "2019-07-13", "range",
                                                                                    "relative")


def test_a_fronted_date_sets_the_time_of_its_side_clauses(analyse) -> None:
    analysis = analyse("In 2016, rival envoys met in Geneva, where both delegations weighed a truce. "
                       "At the forum in 2009, the minister voiced regret over the border war.", published="2024-01-08")
    weighed = dated(analysis, "weighed")
    assert (weighed.date, weighed.date_end, weighed.date_basis) == ("2016-01-01", "2016-12-31", "explicit")
    voiced = dated(analysis, "voiced")
    assert (voiced.date, voiced.historical) == ("2009-01-01", True)


def test_a_fronted_date_leaves_reported_words_and_descriptions_alone(analyse) -> None:
    analysis = analyse("In 2014, the minister said that the rebels attack villages, and aid reached towns "
                       "cut off by the war.", published="2024-01-08")
    assert dated(analysis, "said").date == "2014-01-01"
    assert dated(analysis, "attack").date_basis == "document"  # what was said keeps its own time
    assert dated(analysis, "cut off").date_basis == "document"  # a description of the towns, not an act of 2014


def test_a_when_clause_takes_the_time_it_follows(analyse) -> None:
    analysis = analyse("Trade with Peru suffered in 2010 when the two navies clashed at sea.", published="2024-01-08")
    assert dated(analysis, "clashed").date == "2010-01-01"


def test_the_second_of_two_decades_hangs_where_the_first_does(analyse) -> None:
    analysis = analyse("In 2019, the king sent an aide to Rabat. Reports said the aide travelled to negotiate "
                       "over miners who were seized during the 1980s and 1990s.")
    negotiate = dated(analysis, "negotiate")  # the decades date the seizure only; the trip is of 2019
    assert (negotiate.date, negotiate.reason) == ("2019-01-01", "context")  # set by the sentence before
    seized = dated(analysis, "seized")
    assert (seized.date, seized.date_end) == ("1980-01-01", "1999-12-31")


def test_a_participle_shares_the_time_of_the_verb_it_hangs_on(analyse) -> None:
    analysis = analyse("Retaliating for the raids, the navy on Thursday shelled the port.", published="2024-01-08")
    assert dated(analysis, "Retaliating").date == "2024-01-04"


def test_a_date_before_an_event_noun_dates_the_noun_and_its_relative_clause(analyse) -> None:
    analysis = analyse("Two agents were charged over the March 3, 2015, bombing that killed nine people.",
                       published="2024-01-08")
    assert dated(analysis, "bombing").date == "2015-03-03"
    assert dated(analysis, "killed").date == "2015-03-03"
    assert dated(analysis, "charged").date != "2015-03-03"  # the charge is not of the bombing's day


def test_an_event_in_the_past_two_months_is_dated_by_that_stretch(analyse) -> None:
    analysis = analyse("Rebels have seized five towns over the past two months.", published="2024-01-08")
    when = dated(analysis, "seized")
    assert (when.date, when.date_end, when.date_basis) == ("2023-11-09", "2024-01-08", "relative")


def test_an_as_or_while_clause_happens_at_the_time_of_its_main_clause(analyse) -> None:
    analysis = analyse("A guard was wounded at 9 p.m. while he waited at the gate.", published="2024-01-08")
    assert dated(analysis, "waited").date == "2024-01-08"
    assert dated(analysis, "waited").date_basis != "document"  # the clock time, not the day of writing


def test_a_fronted_date_after_but_still_sets_the_sentence(analyse) -> None:
    analysis = analyse("But in 2016, rival envoys met in Geneva, where both delegations weighed a truce.",
                       published="2024-05-20")
    assert dated(analysis, "weighed").date == "2016-01-01"


def test_a_day_right_after_the_verb_is_its_own(analyse) -> None:
    analysis = analyse("The drone was found March 3 lying in a field near the border. "
                       "The minister said Monday the army had left the town.", published="2024-03-08")
    assert dated(analysis, "found").date == "2024-03-03"
    assert dated(analysis, "said").date == "2024-03-04"


def test_an_act_in_recent_years_is_dated_up_to_the_day_of_writing(analyse) -> None:
    when = dated(analyse("Smugglers have bribed border guards in recent years.", published="2024-01-08"), "bribed")
    assert (when.date, when.date_end, when.date_precision) == (None, "2024-01-08", "range")


def test_an_act_in_the_coming_months_is_dated_from_the_day_of_writing_on(analyse) -> None:
    when = dated(analyse("Chile will reopen its embassy in Caracas in the coming months.", published="2024-01-08"),
                 "reopen")
    assert (when.date, when.date_end, when.date_precision) == ("2024-01-08", None, "range")


def test_a_clause_parsed_onto_an_event_nouns_date_happens_then(analyse) -> None:
    analysis = analyse("The envoy sent condolences over a bomb blast on January 3 that killed 40 people.",
                       published="2024-01-08")
    killed = dated(analysis, "killed")
    assert (killed.date, killed.date_basis) == ("2024-01-03", "relative")  # the year comes from publication


def test_the_time_of_a_compared_figure_does_not_date_the_change(analyse) -> None:
    analysis = analyse("Turnout rose to 61% from 52% four years earlier, the election commission said on Friday.",
                       published="2024-01-08")
    rose = dated(analysis, "rose")
    assert rose.date is None or not rose.date.startswith("2020"), rose


def test_a_length_or_frequency_is_the_events_extent_and_a_vague_time_its_side_of_today(analyse) -> None:
    analysis = analyse("The ruling ended six months of talks. Protesters gathered daily outside the court. "
                       "In the past, the court rejected such appeals. A week later, the judges met again.",
                       published="2024-01-08")
    assert dated(analysis, "talks").extent.text == "six months"
    assert dated(analysis, "gathered").extent.text == "daily"
    earlier = dated(analysis, "rejected")
    assert (earlier.date, earlier.date_end, earlier.date_basis) == (None, "2024-01-08", "relative")
    assert dated(analysis, "met").extent is None  # "a week later" is a gap, not how long they met
    both = analyse("For weeks the government has held rallies almost daily.", published="2024-01-08")
    assert dated(both, "held").extent.text == "daily"  # of two, the one nearest the verb


def test_an_event_noun_takes_the_date_of_the_clause_that_describes_it(analyse) -> None:
    analysis = analyse("Police are investigating shootings that wounded two guards in November. Officials discussed "
                       "the attack that the minister condemned on Friday.", published="2024-01-08")
    shootings = dated(analysis, "shootings")
    assert (shootings.date, shootings.date_precision) == ("2023-11-01", "month")
    assert dated(analysis, "attack").date != "2024-01-05"  # condemned on Friday; the attack was before


def test_a_definite_noun_of_the_same_family_takes_the_date_of_the_first_telling(analyse) -> None:
    analysis = analyse("A bombing on Friday killed nine people in the market.\n\n"
                       "The government condemned the attack and promised an inquiry.", published="2024-01-08")
    start = analysis.document.text.index("attack")
    when = date_event(analysis, start, start + len("attack"))
    assert (when.date, when.reason) == ("2024-01-05", "context")


def test_an_inferred_publication_date_is_no_earlier_than_the_weekdays_the_story_tells(analyse) -> None:
    # the latest explicit day is an older happening; the letter that "arrived on Friday" came after it
    text = ("The envoy sent condolences after a flood on March 4 that killed dozens.\n\n"
            "The letter arrived on Friday, officials said.\n\nCopyright (c) 2022 Example Press. All rights reserved.")
    analysis = analyse(text, published=None)
    assert (analysis.document.published, analysis.document.published_source) == ("2022-03-04", "inferred")
    later = text.replace("March 4", "March 2")  # a Wednesday: the Friday after it
    analysis = analyse(later, published=None)
    assert analysis.document.published == "2022-03-04"
    friday = [t for t in analysis.times if t.text == "Friday"][0]
    assert friday.value == "2022-03-04"
    habit = later.replace("arrived on Friday", "arrives every Friday")
    assert analyse(habit, published=None).document.published == "2022-03-02"


def test_a_possessive_event_noun_refers_back_to_the_verb_that_dated_the_happening(analyse) -> None:
    text = ("A judge was shot dead outside his home on Friday, police said.\n\n"
            "Lawyers in the capital held a rally on Tuesday. The minister condemned the judge's killing.")
    analysis = analyse(text, published="2024-01-17")
    when = dated(analysis, "killing")
    assert (when.date, when.reason) == ("2024-01-12", "context"), when
    other = analyse("Lawyers held a rally on Tuesday.\n\nThe minister condemned the judge's appointment.",
                    published="2024-01-17")
    assert dated(other, "appointment").date_basis == "document"


def test_verbs_joined_by_and_share_the_first_ones_time_unless_they_have_their_own(analyse) -> None:
    text = "Rebels seized the airport on March 3 and burned two planes."
    analysis = analyse(text, published="2024-03-08")
    assert dated(analysis, "burned").date == "2024-03-03"
    own = analyse("Rebels seized the airport on March 3 and the army will retake it.", published="2024-03-08")
    assert dated(own, "retake").date != "2024-03-03"


def test_a_phrase_opening_the_sentence_dates_it_however_the_parser_hangs_it(analyse) -> None:
    text = ("During the third quarter, the company charged $46 million against earnings, added $20 million to "
            "its reserves and established a $30 million reserve for its bonds.")
    analysis = analyse(text, published="2023-11-02")
    assert dated(analysis, "established").date == "2023-07-01"


def test_a_clause_on_the_object_of_a_dated_event_noun_takes_the_nouns_date(analyse) -> None:
    text = ("The suspect has been on the run since the January 2019 bombing of a mosque that killed a guard "
            "and maimed a nurse.")
    analysis = analyse(text, published="2024-05-06")
    assert dated(analysis, "killed").date == "2019-01-01"
    assert dated(analysis, "maimed").date == "2019-01-01"


def test_a_walk_out_is_not_the_happening_a_later_killing_refers_back_to(analyse) -> None:
    analysis = analyse("Dock workers went on strike on Tuesday. The killing of a guard at the port shocked the city.",
                       published="2024-01-12")
    killing = dated(analysis, "killing")
    assert killing.expression is None or killing.expression.text != "Tuesday"
    shooting = analyse("A guard was shot in the back on Tuesday night at the port. The shooting shocked the city.",
                       published="2024-01-12")
    assert dated(shooting, "shooting").date == "2024-01-09"  # the time hangs on "back"; the happening is "shot"


def test_an_event_whose_clause_gives_only_its_length_is_dated_by_that_length(analyse) -> None:
    analysis = analyse("On Monday the president flew to Lagos. The delegations met for three hours behind closed doors.",
                       published="2024-01-12")
    met = dated(analysis, "met")
    assert met.expression is not None and met.expression.text == "three hours"
    # where it lies comes from the story's reference time: the Monday the lead set
    assert (met.date, met.reason) == ("2024-01-08", "context")


def test_a_length_counted_back_from_now_sets_the_range_it_covers(analyse) -> None:
    analysis = analyse("In the last 24 hours, the currency has lost a tenth of its value.", published="2024-01-12")
    lost = dated(analysis, "lost")
    assert lost.expression is not None and lost.expression.text == "the last 24 hours"
    assert (lost.date, lost.date_end, lost.date_precision, lost.date_basis) == (
        "2024-01-11", "2024-01-12", "range", "relative")  # 24 hours reach into the day before
    analysis = analyse("Over the last three years, the two navies have trained together.", published="2024-01-12")
    trained = dated(analysis, "trained")
    assert (trained.date, trained.date_end, trained.date_basis) == ("2021-01-13", "2024-01-12", "relative")


def test_a_length_measuring_the_event_noun_is_its_own_but_a_governing_day_comes_first(analyse) -> None:
    analysis = analyse("The minister said on Tuesday that after a two-hour meeting the envoys left.",
                       published="2024-01-12")
    meeting = dated(analysis, "meeting")
    assert meeting.expression is not None and meeting.expression.text == "two-hour"
    assert meeting.date == "2024-01-09"  # the day comes from the sentence's Tuesday, the length is its own
    analysis = analyse("Envoys held a two-hour meeting in Geneva last week.", published="2024-01-12")
    held = dated(analysis, "held")
    assert held.expression is not None and held.expression.text == "last week"


def test_a_participle_describing_what_a_dated_act_made_takes_that_acts_time(analyse) -> None:
    analysis = analyse("The director spoke to reporters Friday after the senator posted a series of messages "
                       "criticizing the mayor.", published="2024-01-13")
    criticizing = dated(analysis, "criticizing")
    assert (criticizing.date, criticizing.expression.text if criticizing.expression else None) == ("2024-01-12", "Friday")
    analysis = analyse("The three states Friday formally joined the alliance at a ceremony held in the old capital.",
                       published="2024-01-13")
    held = dated(analysis, "held")
    assert (held.date, held.date_basis) == ("2024-01-12", "relative")


def test_a_past_perfect_with_only_a_length_keeps_its_open_range_before_the_story(analyse) -> None:
    analysis = analyse("The two armies had fought for three years.", published="2024-01-12")
    fought = dated(analysis, "fought")
    assert fought.expression is not None and fought.expression.text == "three years"
    assert (fought.date, fought.date_end, fought.date_basis) == (None, "2024-01-12", "document")


def test_a_simple_present_state_is_not_dated_by_a_past_year_in_its_sentence(analyse) -> None:
    analysis = analyse("The island has been self-governing since 1948, but it still recognizes the king as its head "
                       "of state.", published="2024-01-12")
    recognizes = dated(analysis, "recognizes")
    # "still" tells the state as going on at the time of writing: that day by the tense (dating.going_on)
    assert (recognizes.date, recognizes.date_basis, recognizes.reason, recognizes.expression) == \
        ("2024-01-12", "relative", "time_of_writing", None)
    analysis = analyse("The island recognized the king in 1948.", published="2024-01-12")
    assert dated(analysis, "recognized").date == "1948-01-01"  # the past act keeps its year


def test_a_gerund_of_means_and_a_participle_on_an_undated_act_take_the_acts_time(analyse) -> None:
    analysis = analyse("On Monday the police made elaborate arrangements by deploying forces near the station. "
                       "They also passed a resolution asking the governor to resign.", published="2024-01-13")
    deploying = dated(analysis, "deploying")
    assert (deploying.date, deploying.expression.text if deploying.expression else None) == ("2024-01-08", "Monday")
    asking = dated(analysis, "asking")  # "passed" is dated by the story's Monday; what it passed asks then too
    assert (asking.date, asking.reason) == ("2024-01-08", "context")


def test_a_participle_on_the_object_of_another_happening_noun_keeps_out_of_the_acts_time(analyse) -> None:
    analysis = analyse("In 2014, the two countries discussed the return of fishermen detained in the North.",
                       published="2024-01-12")
    detained = dated(analysis, "detained")  # the detention is its own, older happening
    assert detained.expression is None or detained.expression.text != "2014"


def test_an_act_still_to_come_is_not_dated_by_the_day_of_writing(coder) -> None:
    """ "will hold talks" has not happened on the publication day: the writer's future lies from that day on (date
    the day of writing with no end, basis 'relative', reason 'after_writing': rule dating.after_writing); the announcement
    (an asserted AGREE made in the text) is held at the time of writing, and a month the act's own clause names is its
    date."""
    events = coder.code_text("The two governments will hold talks on fishing rights.\n\nIf the army attacks the "
                             "town, the rebels might retaliate.", published="2024-01-12")["events"]
    talks = next(e for e in events if e["event_type"] == "CONSULT")
    assert (talks["factuality"], talks["date"], talks["date_end"], talks["date_basis"], talks["date_reason"]) == (
        "future", "2024-01-12", None, "relative", "after_writing")
    announced = next(e for e in events if e["event_type"] == "AGREE")
    assert (announced["factuality"], announced["date"], announced["date_basis"], announced["date_reason"]) == (
        "asserted", "2024-01-12", "relative", "time_of_writing")  # the plan held now (dating.writers_announcement)
    attack = next(e for e in events if e["event_type"] == "ASSAULT" and e["factuality"] == "hypothetical")
    assert (attack["date"], attack["date_basis"], attack["date_reason"]) == (None, "none", "unscheduled")
    scheduled = coder.code_text("The two governments will hold talks on fishing rights next month.",
                                published="2024-01-12")["events"]
    talks = next(e for e in scheduled if e["event_type"] == "CONSULT")
    assert (talks["date"], talks["date_end"], talks["date_basis"]) == ("2024-02-01", "2024-02-29", "relative")


def test_a_habit_has_no_date_but_a_news_present_keeps_the_day_of_writing(coder) -> None:
    """ "Armed gangs regularly attack farmers" tells a habit, not a happening: no date, basis 'none', reason
    'habitual'; "the army is shelling" is going on on the day of writing, which its tense says (basis 'relative',
    reason 'time_of_writing': rule dating.time_of_writing)."""
    events = coder.code_text("Life in the north\n\nArmed gangs regularly attack farmers in the border districts. The "
                             "army is shelling their camps.", published="2024-01-12")["events"]
    by_trigger = {e["mentions"][0]["trigger"]["text"]: e for e in events}
    habit = by_trigger["attack"]
    assert (habit["date"], habit["date_basis"], habit["date_reason"]) == (None, "none", "habitual")
    now = by_trigger["shelling"]
    assert (now["date"], now["date_basis"], now["date_reason"]) == ("2024-01-12", "relative", "time_of_writing")
    assert {e["date_basis"] for e in events} <= {"explicit", "relative", "document", "none"}


def test_a_time_heading_dates_the_news_present_of_its_section(coder) -> None:
    """A running story's items each open with a time on a line of their own; "is accusing" under "11 a.m." is
    told as of that time (basis relative, reason context), and so is "is threatening" under "9:40 a.m."."""
    text = ("The Latest on the election (all times local):\n\n11 a.m.\n\nThe opposition leader is accusing the "
            "government of fraud.\n\n___.\n\n9:40 a.m.\n\nThe interior minister is threatening to arrest the "
            "protest leaders.")
    events = coder.code_text(text, published="2024-05-03")["events"]
    accuse = next(e for e in events if e["event_type"] == "ACCUSE")
    assert (accuse["date"], accuse["date_basis"], accuse["date_reason"]) == ("2024-05-03", "relative", "context")
    threat = next(e for e in events if e["event_type"] == "THREATEN")
    assert (threat["date"], threat["date_basis"], threat["date_reason"]) == ("2024-05-03", "relative", "context")


def test_an_act_told_as_not_done_has_no_date_unless_its_clause_names_one(coder) -> None:
    """ "Neither delegation offered any concessions" happened on no day: date null, basis 'none', reason
    'not_done'; "did not attack the town on Monday" keeps Monday."""
    events = coder.code_text("Neither delegation offered any concessions.", published="2024-01-12")["events"]
    offer = next(e for e in events if e["factuality"] == "negated")
    assert (offer["date"], offer["date_basis"], offer["date_reason"]) == (None, "none", "not_done")
    events = coder.code_text("The rebels did not attack the town on Monday.", published="2024-01-12")["events"]
    attack = next(e for e in events if e["event_type"] == "ASSAULT")
    assert (attack["factuality"], attack["date"], attack["date_basis"], attack["date_reason"]) == (
        "negated", "2024-01-08", "relative", None)


def test_the_writers_present_dates_an_act_going_on_by_its_tense_not_a_quote_or_a_report(coder) -> None:
    """A present progressive in the story's own voice is dated on the day of writing by its tense (basis 'relative',
    reason 'time_of_writing'); the same words in a direct quote, or reported by a past verb of saying, are the
    speaker's present, which nothing here dates (the publication date, basis 'document'); a modal has no day."""
    def dated(text: str, trigger: str) -> tuple:
        events = coder.code_text(text, published="2024-03-04")["events"]
        event = next(e for e in events if e["mentions"][0]["trigger"]["text"] == trigger)
        return event["date"], event["date_basis"], event["date_reason"]

    assert dated("The border agency is investigating the shooting of two fishermen.", "investigating") == (
        "2024-03-04", "relative", "time_of_writing")
    # (session 27: going on when an undated past "told" spoke, some time up to the day of writing:
    # dating.quoted_present_at_saying)
    assert dated("\"The police are investigating the shooting of two fishermen,\" the governor told the council.",
                 "investigating") == (None, "relative", "before_writing")
    assert dated("The minister told the council that the police are investigating the shooting.",
                 "investigating") == ("2024-03-04", "document", None)
    assert dated("The army may be attacking villages in the north.", "attacking") == (None, "none", "unscheduled")


def test_an_earlier_act_under_another_clause_lies_up_to_that_clauses_time(coder) -> None:
    """An act told as over in words reported, a relative clause or an "after" clause, with no time of its own,
    happened before its frame: up to the saying's day ("told reporters on Tuesday that the army had attacked"), or
    up to the day of writing when nothing dates the frame; never on the publication day as a single day, and a time
    of the clause around it ("criticized on Monday") is not its own (rule dating.earlier_act)."""
    def dated(text: str, event_type: str) -> tuple:
        events = coder.code_text(text, published="2024-01-12")["events"]
        event = next(e for e in events if e["event_type"] == event_type)
        return event["date"], event["date_end"], event["date_precision"], event["date_basis"]

    assert dated("The minister told reporters on Tuesday that the army had attacked the village.", "ASSAULT") == (
        None, "2024-01-09", "range", "relative")
    assert dated("Iran says it will resume enrichment after the United States withdrew from the deal.",
                 "SANCTION") == (None, "2024-01-12", "range", "relative")  # by its tense (dating.before_writing)
    assert dated("The president on Monday criticized the agreement, which the last government signed.",
                 "SUPPORT")[:2] == (None, "2024-01-08")
    assert dated("The sanctions imposed by the council have hurt the economy of the two trading partners.",
                 "SANCTION") == (None, "2024-01-12", "range", "relative")  # by its tense (dating.before_writing)
    # a past state reported in the past holds when it is said; an act told as not done keeps no date
    events = coder.code_text("The minister said on Tuesday that the rebels never attacked the village.",
                             published="2024-01-12")["events"]
    attack = next(e for e in events if e["event_type"] == "ASSAULT")
    assert (attack["factuality"], attack["date"], attack["date_basis"]) == ("negated", None, "none")


def test_words_about_a_dated_happening_and_a_since_span_run_up_to_the_day_of_writing(coder) -> None:
    """A time inside what a verb of words is about ("criticized last year's election") is the topic's, not the
    criticism's: some time from then up to the day of writing (rule dating.topic_not_time); "since last March" is
    the span from March up to the day of writing, not March (rule dating.since_then)."""
    def dated(text: str, event_type: str) -> tuple:
        events = coder.code_text(text, published="2024-01-12")["events"]
        event = next(e for e in events if e["event_type"] == event_type)
        return event["date"], event["date_end"], event["date_precision"]

    assert dated("The opposition criticized last year's election as rigged.", "ACCUSE") == (
        "2023-01-01", "2024-01-12", "range")
    assert dated("Police have detained dozens of protesters since last March.", "COERCE") == (
        "2023-03-01", "2024-01-12", "range")
    # an act's own setting keeps its time
    assert dated("Rebels seized the town in last year's offensive.", "ASSAULT") == (
        "2023-01-01", "2023-12-31", "year")


def test_a_present_perfect_in_dated_reported_words_lies_up_to_the_saying(analyse) -> None:
    """"said on Tuesday that the army has attacked": the attack is over by the saying, not on its day."""
    analysis = analyse("The minister said on Tuesday that the army has attacked the village.", published="2024-01-12")
    attacked = dated(analysis, "attacked")
    assert (attacked.date, attacked.date_end, attacked.date_precision) == (None, "2024-01-09", "range")
    said = dated(analysis, "said")
    assert (said.date, said.date_precision) == ("2024-01-09", "day")


def test_a_simple_past_conjunct_does_not_take_a_past_perfects_time(analyse) -> None:
    """"had been unfair and criticized the judge": the criticism is not dated by the hearing's year."""
    analysis = analyse("The lawyer said on Monday that last year's hearing had been unfair and criticized the judge.",
                       published="2024-01-12")
    criticized = dated(analysis, "criticized")
    assert criticized.expression is not None and criticized.expression.text == "Monday"
    assert criticized.date_end == "2024-01-08" and criticized.date != "2023-01-01"


def test_a_past_act_with_no_time_lies_up_to_the_day_of_writing_by_its_tense(coder) -> None:
    """ "Rebels attacked a convoy" and "the council has imposed sanctions" have no time of their own: their past
    and perfect tenses put them some time up to the day of writing (an open range ending on the publication day),
    which is the text's own clue, so the basis is 'relative' with reason 'before_writing', not the publication date
    taken for want of a clue ('document'), which a reported present still gets. An act told as not done keeps no date
    (rule dating.before_writing)."""
    from detente.rules import switched_off

    text = ("Rebels attacked a convoy in the north. The council has imposed sanctions on the rebels. The army did "
            "not attack the rebels' camps. The governor said the army attacks villages in the border districts.")

    def by_trigger() -> dict:
        events = coder.code_text(text, published="2024-01-12")["events"]
        return {e["mentions"][0]["trigger"]["text"].split()[0]: e for e in events}

    found = by_trigger()
    for trigger in ("attacked", "imposed"):
        e = found[trigger]
        assert (e["date"], e["date_end"], e["date_precision"], e["date_basis"], e["date_reason"]) == (
            None, "2024-01-12", "range", "relative", "before_writing"), trigger
    assert (found["attack"]["date_basis"], found["attack"]["date_reason"]) == ("none", "not_done")
    with switched_off(["dating.before_writing"]):
        off = by_trigger()
    assert (off["attacked"]["date_end"], off["attacked"]["date_basis"], off["attacked"]["date_reason"]) == (
        "2024-01-12", "document", None)
    assert len(off) == len(found)  # the range is read as the day of writing is when mentions merge: no new events


def test_a_participle_is_told_in_the_tense_of_the_verb_it_hangs_on(coder) -> None:
    """ "Troops stormed the town, burning houses": the participle has no tense of its own and shares the past of
    "stormed", so with no time anywhere it lies some time up to the day of writing, as "stormed" does, not on the
    publication day; on a present progressive it is on the day of writing (rule dating.participle_tense)."""
    from detente.rules import switched_off

    def burning(text: str) -> tuple:
        events = coder.code_text(text, published="2024-01-12")["events"]
        found = [e for e in events if e["mentions"][0]["trigger"]["text"].startswith("burning")]
        assert found, [e["mentions"][0]["trigger"]["text"] for e in events]
        return found[0]["date"], found[0]["date_end"], found[0]["date_basis"], found[0]["date_reason"]

    past = "Government troops stormed the rebel town, burning the houses of the militia leaders."
    assert burning(past) == (None, "2024-01-12", "relative", "before_writing")
    with switched_off(["dating.participle_tense"]):
        assert burning(past) == ("2024-01-12", None, "document", None)
