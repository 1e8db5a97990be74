"""The WHERE clauses shared by event and happening listings: one place says what `since`, `until`,
`type`, `factuality` and a party code mean, so the store, the exports and the API filter alike."""

from __future__ import annotations

from typing import Any


def common_filters(since: str | None = None, until: str | None = None, event_type: str | None = None,
                   factuality: str | None = None) -> tuple[list[str], list[Any]]:
    """Conditions on a table with `day`, `day_end`, `event_type` and `factuality` columns, and their
    bound values. A dated span counts when any day of it falls in [since, until]."""
    where: list[str] = []
    args: list[Any] = []
    if event_type:
        where.append("event_type = ?")
        args.append(event_type.upper())
    if since:
        where.append("coalesce(day_end, day) >= CAST(? AS DATE)")
        args.append(since)
    if until:
        where.append("day <= CAST(? AS DATE)")
        args.append(until)
    if factuality:
        where.append("factuality = ?")
        args.append(factuality)
    return where, args


def happening_party_filter(actor: str | None) -> tuple[list[str], list[Any]]:
    """A happening one of whose sides has this code (as given or upper-cased: actor ids keep their case)."""
    if not actor:
        return [], []
    codes = sorted({actor, actor.upper()})
    return ["(list_has_any(source_codes, ?) OR list_has_any(target_codes, ?))"], [codes, codes]
