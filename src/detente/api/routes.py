"""The JSON endpoints: each one checks its parameters and asks the query layer."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Request

from detente.api.actors import search_actors
from detente.api.coding import CodeRequest, CodingService
from detente.api.errors import error_response
from detente.api.queries import FACTUALITIES, PERIODS, SORTS, BadRequest, EventFilter, Queries, actor_code

router = APIRouter(prefix="/api")

Id = Annotated[str, Path(min_length=1, max_length=200)]
ActorParam = Annotated[str, Query(min_length=1, max_length=80, description="Country code (JPN) or actor id.")]
DayParam = Annotated[dt.date | None, Query(description="YYYY-MM-DD")]


def queries(request: Request) -> Queries:
    return request.app.state.queries


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _span(since: dt.date | None, until: dt.date | None) -> tuple[str | None, str | None]:
    if since and until and since > until:
        raise BadRequest(f"since ({since}) is after until ({until})")
    return _day(since), _day(until)


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p for p in value.replace(";", ",").split(",") if p.strip()]
    if len(parts) != 2:
        raise BadRequest(f"dyad must be two actors separated by a comma, such as JPN,PRK; got {value!r}")
    return actor_code(parts[0], "dyad"), actor_code(parts[1], "dyad")


@router.get("/events", summary="List events: filters, sorting, cursor pagination")
def list_events(
    request: Request,
    actor: Annotated[str | None, Query(max_length=80, description="Country code or actor id on either side.")] = None,
    dyad: Annotated[str | None, Query(max_length=170, description="Two actors, 'JPN,PRK': between them, "
                                                                     "either direction or acting together.")] = None,
    type: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]+$", description="PLOVER type.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop. .. 4 material conflict")] = None,
    factuality: Annotated[Literal[FACTUALITIES] | None, Query()] = None,  # type: ignore[valid-type]
    since: DayParam = None,
    until: DayParam = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in a reporting sentence or title.")] = None,
    sort: Annotated[Literal[tuple(SORTS)], Query()] = "date",  # type: ignore[valid-type]
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=1000, description="next_cursor of the previous page.")] = None,
    total: Annotated[bool, Query(description="Also count all matching events (one more scan).")] = False,
) -> dict[str, Any]:
    since_day, until_day = _span(since, until)
    flt = EventFilter(actor=actor_code(actor) if actor else None, dyad=_dyad(dyad), event_type=type,
                      quad_class=quad_class, factuality=factuality, since=since_day, until=until_day,
                      text=q.strip() or None if q else None)
    return queries(request).events(flt, sort=sort, limit=limit, cursor=cursor, with_total=total)


@router.get("/events/{event_id}", summary="One event with every mention and its document")
def get_event(request: Request, event_id: Id) -> dict[str, Any]:
    return queries(request).event(event_id)


@router.get("/happenings", summary="The happenings between two actors in a period (one point of the chart)")
def list_happenings(request: Request, a: ActorParam, b: ActorParam, since: dt.date, until: dt.date,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
    since_day, until_day = _span(since, until)
    return queries(request).period_happenings(actor_code(a, "a"), actor_code(b, "b"), since_day, until_day,
                                              limit=limit)


@router.get("/happenings/{happening_id}", summary="One happening with every report of it")
def get_happening(request: Request, happening_id: Id) -> dict[str, Any]:
    return queries(request).happening(happening_id)


@router.get("/relations", summary="The relation series of two actors: cooperation, conflict, Goldstein")
def relations(request: Request, a: ActorParam, b: ActorParam,
              by: Annotated[Literal[PERIODS], Query()] = "month",  # type: ignore[valid-type]
              since: DayParam = None, until: DayParam = None) -> dict[str, Any]:
    since_day, until_day = _span(since, until)
    return queries(request).relations(actor_code(a, "a"), actor_code(b, "b"), by=by, since=since_day,
                                      until=until_day)


@router.get("/actors", summary="Search actors in the store and the knowledge base")
def actors(request: Request, q: Annotated[str, Query(max_length=100)] = "",
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    return search_actors(queries(request), q, limit=limit)


@router.get("/documents/{doc_id}", summary="A document's cleaned text with the spans of its events, actors, quotes")
def get_document(request: Request, doc_id: Id) -> dict[str, Any]:
    return queries(request).document(doc_id)


@router.get("/network", summary="Countries as nodes, edges weighted by events and coloured by QuadClass")
def network(request: Request, since: DayParam = None, until: DayParam = None,
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            factuality: Annotated[Literal[FACTUALITIES] | None, Query()] = "asserted",  # type: ignore[valid-type]
            limit: Annotated[int, Query(ge=1, le=2000)] = 300) -> dict[str, Any]:
    since_day, until_day = _span(since, until)
    return queries(request).network(since=since_day, until=until_day, min_events=min_events,
                                    factuality=factuality, limit=limit)


@router.get("/overview", summary="What the store holds")
def overview(request: Request) -> dict[str, Any]:
    return {**queries(request).overview(), "writable": request.app.state.writable}


@router.post("/code", summary="Code a posted text or HTML page and return its record",
             responses={413: {"description": "Body over the size limit"},
                        422: {"description": "Malformed request, or a document that cannot be coded"},
                        403: {"description": "store=true on a read-only store"}})
def code(request: Request, body: Annotated[CodeRequest, Body()],
         store: Annotated[bool, Query(description="Also store the record (the server must run with --writable).")]
         = False) -> Any:
    if store and not request.app.state.writable:
        return error_response(403, "this server opened the store read-only; start it with --writable to store")
    service: CodingService = request.app.state.coding
    record = service.code(body)
    if "error" in record:
        return error_response(422, f"the document could not be coded: {record['error']}", record=record)
    if store:
        with request.app.state.write_lock:
            stored = request.app.state.store.add_record(record, input_name="api")
        record = {**record, "stored": stored}
    return record
