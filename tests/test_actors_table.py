"""Table of actor phrases, dates and the coding a reader expects (detente actors resolve).

Each row: phrase, date, optional context sentence, expected actor id (None: any), country, sector.
The same names appear at several dates: the office held on the date decides the sector (in office:
the office's sector; out of office: ELI), and titles name whoever held the office then.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from detente.actors import resolve_phrase

KOREAS = "Talks stalled after the North fired missiles and the South protested, officials in South Korea said."
STRAIT = "Taiwan said the mainland sent warships near the island as China raised pressure."
KIM = "Kim spoke to party officials, according to North Korea's state media."

CASES: list[tuple[str, str | None, str | None, str | None, str | None, str | None]] = [
    # US presidents at several dates
    ("Barack Obama", "2012-05-01", None, "barack-obama", "USA", "GOV"),
    ("Barack Obama", "2019-05-01", None, "barack-obama", "USA", "ELI"),
    ("Barack Obama", "2005-05-01", None, "barack-obama", "USA", "ELI"),
    ("George W. Bush", "2003-03-20", None, "george-w-bush", "USA", "GOV"),
    ("George W. Bush", "2012-03-20", None, "george-w-bush", "USA", "ELI"),
    ("Bill Clinton", "1995-07-01", None, "bill-clinton", "USA", "GOV"),
    ("Bill Clinton", "2004-07-01", None, "bill-clinton", "USA", "ELI"),
    ("Donald Trump", "2018-06-12", None, "donald-trump", "USA", "GOV"),
    ("Donald Trump", "2022-06-12", None, "donald-trump", "USA", "ELI"),
    ("Donald Trump", "2025-06-12", None, "donald-trump", "USA", "GOV"),
    ("Joe Biden", "2022-02-01", None, "joe-biden", "USA", "GOV"),
    ("Joe Biden", "2015-02-01", None, "joe-biden", "USA", "ELI"),
    ("President Joe Biden", "2023-09-01", None, "joe-biden", "USA", "GOV"),
    ("former President Bill Clinton", "2010-01-01", None, "bill-clinton", "USA", "ELI"),
    ("the American president", "2010-04-01", None, "barack-obama", "USA", "GOV"),
    ("the US president", "2019-04-01", None, "donald-trump", "USA", "GOV"),
    ("the U.S. president", "2022-04-01", None, "joe-biden", "USA", "GOV"),
    ("the American president", "1998-04-01", None, "bill-clinton", "USA", "GOV"),
    # Korea: the same surname at different dates
    ("Kim Jong-un", "2024-01-05", None, "kim-jong-un", "PRK", "GOV"),
    ("Kim Jong Un", "2018-06-12", None, "kim-jong-un", "PRK", "GOV"),
    ("Kim Jong-il", "2002-09-17", None, "kim-jong-il", "PRK", "GOV"),
    ("Kim Jong-il", "2015-09-17", None, "kim-jong-il", "PRK", "ELI"),
    ("Kim Il Sung", "1990-01-01", None, "kim-il-sung", "PRK", "GOV"),
    ("Kim Il Sung", "2000-01-01", None, "kim-il-sung", "PRK", "ELI"),
    ("Kim", "2024-01-05", KIM, "kim-jong-un", "PRK", "GOV"),
    ("Kim", "2019-02-27", KIM, "kim-jong-un", "PRK", "GOV"),
    ("Kim", "2002-09-17", KIM, "kim-jong-il", "PRK", "GOV"),
    ("Kim", "2008-09-17", KIM, "kim-jong-il", "PRK", "GOV"),
    ("Kim", "1991-09-17", KIM, "kim-il-sung", "PRK", "GOV"),
    ("North Korea's leader", "2024-01-05", None, "kim-jong-un", "PRK", "GOV"),
    ("North Korea's leader", "2005-01-05", None, "kim-jong-il", "PRK", "GOV"),
    ("the North Korean leader", "1992-01-05", None, "kim-il-sung", "PRK", "GOV"),
    ("Moon Jae-in", "2019-02-01", None, "moon-jae-in", "KOR", "GOV"),
    ("Moon Jae-in", "2023-02-01", None, "moon-jae-in", "KOR", "ELI"),
    ("Kim Dae-jung", "2000-06-13", None, "kim-dae-jung", "KOR", "GOV"),
    ("Kim Dae-jung", "2005-06-13", None, "kim-dae-jung", "KOR", "ELI"),
    ("Roh Moo-hyun", "2004-06-01", None, "roh-moo-hyun", "KOR", "GOV"),
    ("Park Geun-hye", "2015-06-01", None, "park-geun-hye", "KOR", "GOV"),
    ("Park Geun-hye", "2018-06-01", None, "park-geun-hye", "KOR", "ELI"),
    ("Lee Myung-bak", "2010-06-01", None, "lee-myung-bak", "KOR", "GOV"),
    ("the South Korean president", "2019-06-01", None, "moon-jae-in", "KOR", "GOV"),
    ("the South Korean president", "2001-06-01", None, "kim-dae-jung", "KOR", "GOV"),
    ("South Korea's president", "2013-06-01", None, "park-geun-hye", "KOR", "GOV"),
    # Japan
    ("Fumio Kishida", "2022-07-01", None, "fumio-kishida", "JPN", "GOV"),
    ("Fumio Kishida", "2025-07-01", None, "fumio-kishida", "JPN", "ELI"),
    ("Shinzo Abe", "2015-08-14", None, "shinzo-abe", "JPN", "GOV"),
    ("Shinzo Abe", "2021-08-14", None, "shinzo-abe", "JPN", "ELI"),
    ("Prime Minister Shinzo Abe", "2007-03-01", None, "shinzo-abe", "JPN", "GOV"),
    ("Junichiro Koizumi", "2002-09-17", None, "junichiro-koizumi", "JPN", "GOV"),
    ("Junichiro Koizumi", "2010-09-17", None, "junichiro-koizumi", "JPN", "ELI"),
    ("then-Prime Minister Junichiro Koizumi", "2004-05-22", None, "junichiro-koizumi", "JPN", "GOV"),
    ("Yoshihide Suga", "2021-03-01", None, "yoshihide-suga", "JPN", "GOV"),
    ("the Japanese prime minister", "2022-07-01", None, "fumio-kishida", "JPN", "GOV"),
    ("the Japanese prime minister", "2015-07-01", None, "shinzo-abe", "JPN", "GOV"),
    ("the Japanese prime minister", "2002-07-01", None, "junichiro-koizumi", "JPN", "GOV"),
    ("Japan's prime minister", "2021-03-01", None, "yoshihide-suga", "JPN", "GOV"),
    ("Japanese Prime Minister Fumio Kishida", "2023-01-01", None, "fumio-kishida", "JPN", "GOV"),
    # China and Russia
    ("Xi Jinping", "2020-01-01", None, "xi-jinping", "CHN", "GOV"),
    ("Xi Jinping", "2008-01-01", None, "xi-jinping", "CHN", "ELI"),
    ("Hu Jintao", "2008-08-08", None, "hu-jintao", "CHN", "GOV"),
    ("Hu Jintao", "2016-08-08", None, "hu-jintao", "CHN", "ELI"),
    ("Jiang Zemin", "1999-01-01", None, "jiang-zemin", "CHN", "GOV"),
    ("the Chinese president", "2020-01-01", None, "xi-jinping", "CHN", "GOV"),
    ("the Chinese president", "2006-01-01", None, "hu-jintao", "CHN", "GOV"),
    ("Vladimir Putin", "2015-01-01", None, "vladimir-putin", "RUS", "GOV"),
    ("Vladimir Putin", "2010-01-01", None, "vladimir-putin", "RUS", "GOV"),
    ("Boris Yeltsin", "1995-01-01", None, "boris-yeltsin", "RUS", "GOV"),
    ("Boris Yeltsin", "2003-01-01", None, "boris-yeltsin", "RUS", "ELI"),
    ("the Russian president", "2016-01-01", None, "vladimir-putin", "RUS", "GOV"),
    ("the Russian president", "1996-01-01", None, "boris-yeltsin", "RUS", "GOV"),
    ("Angela Merkel", "2010-01-01", None, "angela-merkel", "DEU", "GOV"),
    ("Angela Merkel", "2023-01-01", None, "angela-merkel", "DEU", "ELI"),
    ("the German chancellor", "2012-01-01", None, "angela-merkel", "DEU", "GOV"),
    # surnames after a title, or with the country named in the sentence
    ("then-Prime Minister Koizumi", "2024-01-08", None, "junichiro-koizumi", "JPN", "GOV"),
    ("President Obama", "2011-05-02", None, "barack-obama", "USA", "GOV"),
    ("Chancellor Merkel", "2015-09-01", None, "angela-merkel", "DEU", "GOV"),
    ("Putin", "2022-02-24", "Putin ordered the attack, Russian officials said.", "vladimir-putin", "RUS", "GOV"),
    ("Xi", "2023-03-20", "Xi arrived in Moscow, China's state media said.", "xi-jinping", "CHN", "GOV"),
    ("Abe", "2015-08-14", "Abe said Japan would not forget the war.", "shinzo-abe", "JPN", "GOV"),
    ("Kishida", "2023-05-19", "Kishida welcomed the leaders to Japan on Friday.", "fumio-kishida", "JPN", "GOV"),
    ("Yoon", "2023-05-19", "Yoon flew to Tokyo, South Korea's presidential office said.", "yoon-suk-yeol", "KOR", "GOV"),
    # groups: nationality and sector from the phrase
    ("a Chinese fishing boat", "2010-09-07", None, "CHN-CVL", "CHN", "CVL"),
    ("three Russian diplomats", "2018-03-26", None, "RUS-GOV", "RUS", "GOV"),
    ("the Tokyo Metropolitan Police", "2020-01-01", None, "JPN-COP", "JPN", "COP"),
    ("Japanese nationals", "2002-01-01", None, "JPN-CVL", "JPN", "CVL"),
    ("South Korean troops", "2010-01-01", None, "KOR-MIL", "KOR", "MIL"),
    ("Chinese police", "2015-01-01", None, "CHN-COP", "CHN", "COP"),
    ("the Japanese government", "2015-01-01", None, "JPN-GOV", "JPN", "GOV"),
    ("Russian soldiers", "2022-03-01", None, "RUS-MIL", "RUS", "MIL"),
    ("French riot police", "2019-01-01", None, "FRA-COP", "FRA", "COP"),
    ("German lawmakers", "2019-01-01", None, "DEU-LEG", "DEU", "LEG"),
    ("British journalists", "2019-01-01", None, "GBR-MED", "GBR", "MED"),
    ("Indian farmers", "2021-01-01", None, "IND-CVL", "IND", "CVL"),
    ("Palestinian militants", "2014-01-01", None, "PSE-REB", "PSE", "REB"),
    ("Afghan refugees", "2021-09-01", None, "AFG-REF", "AFG", "REF"),
    ("the Egyptian army", "2013-07-01", None, "EGY-MIL", "EGY", "MIL"),
    ("Syrian rebels", "2013-07-01", None, "SYR-REB", "SYR", "REB"),
    ("a former diplomat", "2013-07-01", None, None, None, "ELI"),
    ("a former South Korean diplomat", "2013-07-01", None, "KOR-ELI", "KOR", "ELI"),
    ("Nigerian police officers", "2020-10-20", None, "NGA-COP", "NGA", "COP"),
    ("the Pakistani foreign ministry", "2020-10-20", None, "PAK-GOV", "PAK", "GOV"),
    ("a Kenyan court", "2017-09-01", None, "KEN-JUD", "KEN", "JUD"),
    ("Brazilian activists", "2017-09-01", None, "BRA-CVL", "BRA", "CVL"),
    ("a Canadian company", "2017-09-01", None, "CAN-BUS", "CAN", "BUS"),
    ("Ukrainian forces", "2023-01-01", None, "UKR-MIL", "UKR", "MIL"),
    ("officials from Vietnam", "2023-01-01", None, "VNM-GOV", "VNM", "GOV"),
    ("the government of Mexico", "2023-01-01", None, "MEX-GOV", "MEX", "GOV"),
    ("a professor at Seoul National University", "2023-01-01", None, None, "KOR", "EDU"),
    ("North Korea's state-run news agency", "2023-01-01", None, "PRK-MED", "PRK", "MED"),
    ("Iranian state media", "2023-01-01", None, "IRN-MED", "IRN", "MED"),
    # states, seats of government, intergovernmental bodies
    ("Japan", "2020-01-01", None, "JPN", "JPN", None),
    ("North Korea", "2020-01-01", None, "PRK", "PRK", None),
    ("the DPRK", "2020-01-01", None, "PRK", "PRK", None),
    ("South Korea", "2020-01-01", None, "KOR", "KOR", None),
    ("the United States", "2020-01-01", None, "USA", "USA", None),
    ("China", "2020-01-01", None, "CHN", "CHN", None),
    ("Tokyo", "2020-01-01", None, "JPN-GOV", "JPN", "GOV"),
    ("Pyongyang", "2020-01-01", None, "PRK-GOV", "PRK", "GOV"),
    ("Seoul", "2020-01-01", None, "KOR-GOV", "KOR", "GOV"),
    ("Beijing", "2020-01-01", None, "CHN-GOV", "CHN", "GOV"),
    ("Washington", "2020-01-01", None, "USA-GOV", "USA", "GOV"),
    ("the White House", "2020-01-01", None, "USA-GOV", "USA", "GOV"),
    ("the Kremlin", "2020-01-01", None, "RUS-GOV", "RUS", "GOV"),
    ("the United Nations", "2020-01-01", None, "UN", "IGO", "IGO"),
    ("the UN Security Council", "2020-01-01", None, "UNSC", "IGO", "IGO"),
    ("NATO", "2020-01-01", None, None, "IGO", None),
    ("the European Union", "2020-01-01", None, None, "IGO", None),
    # short forms resolved by the sentence they come from
    ("the North", "2023-03-01", KOREAS, "PRK", "PRK", None),
    ("the South", "2023-03-01", KOREAS, "KOR", "KOR", None),
    ("the mainland", "2023-03-01", STRAIT, "CHN", "CHN", None),
    # organisations tell a person's country and sector
    ("a professor at Waseda University", "2024-01-05", None, "JPN-EDU", "JPN", "EDU"),
    ("an analyst at the Brookings Institution", "2020-01-01", None, "USA-EDU", "USA", "EDU"),
    ("a researcher at the Asan Institute for Policy Studies", "2020-01-01", None, "KOR-EDU", "KOR", "EDU"),
    ("a Samsung executive", "2020-01-01", None, "KOR-BUS", "KOR", "BUS"),
    ("Toyota", "2021-01-01", "Toyota said it would halt two plants in China.", "JPN-BUS", "JPN", "BUS"),
    # a country named before an expert is what they study; their institute decides, else nobody's
    ("a China analyst at a Tokyo think tank", "2019-01-01", None, "JPN-EDU", "JPN", "EDU"),
    ("a North Korea expert at Seoul National University", "2019-01-01", None, "KOR-EDU", "KOR", "EDU"),
    ("a Russia expert", "2019-01-01", None, "EDU", None, "EDU"),
    ("a Japanese expert on Korea", "2019-01-01", None, "JPN-EDU", "JPN", "EDU"),
    # a bare surname: the leader over the premier of the same state; a former office holder is ELI
    ("Kim", "2024-01-05", "Kim sent a message of sympathy to Japan.", "kim-jong-un", "PRK", "GOV"),
    ("Abe", "2021-06-01", "Abe criticised the government of Japan on Monday.", "shinzo-abe", "JPN", "ELI"),
    ("Koizumi", "2010-01-01", "Koizumi said Japan must act.", "junichiro-koizumi", "JPN", "ELI"),
    ("Kishida", "2019-01-01", "Kishida said Japan would act.", "fumio-kishida", "JPN", "ELI"),
    ("Kishida", "2022-01-01", "Kishida said Japan would act.", "fumio-kishida", "JPN", "GOV"),
    # relatives are not the person they are named through
    ("his father", "2024-01-08", "Kim Jong-un said his father had never sent such a message.", "kim-jong-il", "PRK",
     "ELI"),
    ("her brother", "2023-06-01", "Kim Yo-jong said her brother would not meet anyone.", "kim-jong-un", "PRK", "GOV"),
    ("his father", "2005-06-01", "George W. Bush said his father had advised him.", "george-h-w-bush", "USA", "ELI"),
    ("his wife", "2023-06-01", "Kishida travelled to Paris with his wife.", "wife-of-fumio-kishida", "JPN", None),
]


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 100
    people = [c for c in CASES if c[3] and c[3][0].islower()]
    assert len({c[3] for c in people}) < len(people), "the same people must appear at several dates"


@pytest.mark.parametrize(("text", "date", "context", "actor_id", "country", "sector"), CASES,
                         ids=[f"{c[0]}@{c[1]}" for c in CASES])
def test_resolve(text: str, date: str | None, context: str | None, actor_id: str | None, country: str | None,
                 sector: str | None) -> None:
    result = resolve_phrase(text, date=date, context=context)
    got = (result["actor_id"] if actor_id else None, result["country"], result["sector"] if sector else None)
    assert got == (actor_id, country, sector), result
