"""The `detente` command: a thin skin over the Python API (every verb has a Python twin)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from detente.ingest import UsageError
from detente.safetext import brief, json_line

if TYPE_CHECKING:
    from detente.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Détente: political event data (PLOVER/CAMEO) from news articles.")
actors_app = typer.Typer(no_args_is_help=True, help="Look up and extend the actor knowledge base.")
app.add_typer(actors_app, name="actors")

DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD (overrides metadata).")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Name of the source (overrides metadata).")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use (or $DETENTE_SPACY_MODEL).")]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
ActorsOpt = Annotated[list[Path] | None, typer.Option("--actors", help="Actor YAML file to merge into the knowledge base (repeatable).")]
WorkersOpt = Annotated[int | None, typer.Option("--workers", min=1, help="Processes to code on (default: the machine's cores); each loads the model once.")]


def _model_missing(exc: BaseException) -> bool:
    """Whether this is detente.nlp's ModelNotFound, without importing spaCy to ask (only a run that
    tried to load a model can have raised it; a re-ingest with nothing new never imports spaCy)."""
    nlp = sys.modules.get("detente.nlp")
    return nlp is not None and isinstance(exc, nlp.ModelNotFound)


def _settings(model: str | None = None, actor_files: list[Path] | None = None) -> Settings:
    """The coder's Settings from the options: --actors files merged after those in $DETENTE_ACTORS."""
    from detente.settings import Settings

    for path in actor_files or []:
        if not path.exists():
            _fail(f"no such actor file: {path}")
    settings = Settings(model=model).with_actor_files(actor_files)
    if settings.actor_files:  # a broken file is one usage error now, not an error on every document
        from detente.actors.kb import knowledge_base_for

        missing = [str(p) for p in settings.actor_files if not p.is_file()]
        if missing:
            _fail(f"no such actor file: {', '.join(missing)}")
        try:
            knowledge_base_for(settings.actor_files)
        except Exception as exc:
            _fail(f"cannot use the actor file(s) {', '.join(map(str, settings.actor_files))}: "
                  f"{type(exc).__name__}: {brief(str(exc), 200)}")
    return settings


def _fail(message: str) -> NoReturn:
    from detente.store.output import plain  # here: importing the store (DuckDB) takes a third of a CPU second

    typer.echo(f"detente: {plain(message)}", err=True)
    raise typer.Exit(2)


_STOPPING: list[bool] = []  # set once SIGTERM has arrived: what fails after it fails because of the stop


def _stop_cleanly_on_sigterm() -> None:
    """SIGTERM ends the run like Ctrl-C: the batch being written is rolled back, the store closed."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        _STOPPING.append(True)
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, stop)


def _workers(workers: int | None) -> int:
    from detente.runs.parallel import default_workers

    return workers or default_workers()


def _check_date(date: str | None) -> None:
    import datetime as dt

    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            _fail(f"--date must be YYYY-MM-DD, got {date!r}")


def _progress(total: int | None = None):  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # drawn on standard error; standard output, when redirected, is left alone: it carries the records
    # (through rich's redirection a redirected `code` got the bar's blank line at the end)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=True, disable=not sys.stderr.isatty(), console=Console(stderr=True),
                    redirect_stdout=sys.stdout.isatty())


@app.command()
def code(
    files: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    date: DateOpt = None, source: SourceOpt = None, model: ModelOpt = None,
    format: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    actors: ActorsOpt = None, workers: WorkersOpt = None,
) -> None:
    """Code documents and print one JSON record per document, in input order (see design/records.md)."""
    from detente.ingest import read_inputs
    from detente.nlp import ModelNotFound
    from detente.runs.parallel import code_stream

    _check_date(date)
    settings = _settings(model, actors)
    if format != "jsonl":
        _fail(f"unknown --format {format!r}; only jsonl is supported")
    try:
        with _progress() as progress:
            task = progress.add_task("coding", total=None)
            # once=False: two inputs with the same text give two records, each with its own origin
            for _input, line in code_stream(read_inputs(files), workers=_workers(workers), settings=settings,
                                            published=date, source=source, encode=json_line, once=False):
                sys.stdout.write(line + "\n")  # the workers wrote the JSON: the parent only passes it on
                sys.stdout.flush()
                progress.advance(task)
    except UsageError as exc:
        _fail(str(exc))
    except ModelNotFound as exc:
        _fail(str(exc))


def _usage_errors() -> tuple[type[BaseException], ...]:
    """Evaluated only when an exception reaches `ingest`'s handlers: `--dask local` starts its model
    server before this process imports the store (DuckDB, a third of a CPU second)."""
    from detente.store import StoreError

    return UsageError, StoreError


def _disk_errors() -> tuple[type[BaseException], ...]:
    import duckdb

    return duckdb.IOException, duckdb.TransactionException


def _prestart(paths: list[str], db: Path, settings: Settings, workers: int, replace: bool) -> tuple[Any, Any]:
    """(the inputs being read, workers already loading the model or None). A new store skips nothing,
    so when it is to be created and the run has enough inputs to be coded by workers at all, the
    workers are spawned first, before the store's imports and its opening (about half a CPU second
    on the way to the first record). An existing store is left to `Store.ingest`, which spawns its
    workers only if the store's fingerprints leave anything to code (a re-ingest of what is stored
    loads no model)."""
    if replace or db.exists() or not db.parent.is_dir():
        return None, None
    from itertools import chain, islice

    from detente.ingest import read_inputs
    from detente.runs.parallel import SMALL_RUN, prestart

    iterator = read_inputs(paths)
    head = list(islice(iterator, SMALL_RUN))
    raws = chain(head, iterator)
    if len(head) < SMALL_RUN:  # a small run codes in the writer's process (see runs.parallel.code_stream)
        return raws, None
    return raws, prestart(settings, workers)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    db: DbOpt = Path("detente.duckdb"), date: DateOpt = None, source: SourceOpt = None, model: ModelOpt = None,
    actors: ActorsOpt = None, workers: WorkersOpt = None,
    replace: Annotated[bool, typer.Option("--replace", help="Code documents already stored again and replace "
                                                            "them (their happenings are updated).")] = False,
    dask: Annotated[str | None, typer.Option("--dask", help="Code on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for a LocalCluster.")] = None,
) -> None:
    """Code documents and store them in a DuckDB file (idempotent by doc_id; a re-run finishes what is left)."""
    _check_date(date)
    settings = _settings(model, actors)
    _stop_cleanly_on_sigterm()
    try:
        if dask is not None:
            if replace:
                _fail("--replace is not available with --dask")
            from detente.runs.dask import ingest_on_dask

            with _progress() as progress:
                task = progress.add_task("shards coded on Dask", total=None)
                report = ingest_on_dask(paths, db, scheduler=dask, published=date, source=source,
                                        settings=settings, workers=workers, on_shard=lambda: progress.advance(task))
        else:
            raws, started = _prestart(paths, db, settings, _workers(workers), replace)
            try:
                from detente.store import Store

                with Store(db) as store, _progress() as progress:
                    task = progress.add_task("ingesting", total=None)
                    report = store.ingest(paths, published=date, source=source, settings=settings,
                                          on_document=lambda _r: progress.advance(task), workers=_workers(workers),
                                          replace=replace, raws=raws, started=started)
            except BaseException:
                if started is not None:
                    from detente.runs.parallel import stop

                    stop(started)
                raise
    except _usage_errors() as exc:
        _fail(str(exc))
    except _disk_errors() as exc:  # disk full or lost mid-run, e.g. while linking
        _fail(f"cannot write to the store {db}: {str(exc).splitlines()[0][:300]}; what was "
              "committed before stays stored, and a re-run with room finishes the rest")
    except Exception as exc:  # DuckDB turns a stop (SIGTERM, Ctrl-C) inside a query into its own error
        # (an interrupt, or "reading the schema of the Python object failed: SystemExit" when the signal
        # lands while DuckDB reads an Arrow table of ours): after a stop, whatever fails is the stop
        if isinstance(exc, RuntimeError) and _model_missing(exc):
            _fail(str(exc))
        if not _STOPPING and "interrupted" not in str(exc).lower():
            raise
        typer.echo("detente: stopped; what was stored before stays stored, and a re-run codes the rest", err=True)
        raise typer.Exit(143) from None
    from detente.store.output import plain

    typer.echo(plain(report.summary()), err=True)
    if dask is not None:
        _leave_without_teardown()


def _leave_without_teardown() -> NoReturn:
    """End the process now that its work is done (`ingest --dask`: the store committed and closed, the
    cluster and the model server stopped): output flushed and the exit handlers run (multiprocessing's,
    Dask's, logging's), then out without the interpreter's teardown of every module it imported (Dask,
    pandas, pyarrow, DuckDB): about 0.35 CPU s after the work, serial at the end of the run's wall."""
    import atexit
    import os

    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()  # noqa: SLF001 - what a normal exit runs before the teardown
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@app.command()
def events(
    db: DbOpt = Path("detente.duckdb"),
    actor: Annotated[str | None, typer.Option(help="Country code or actor id on either side (e.g. PRK).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type (e.g. SANCTION).")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    factuality: Annotated[str | None, typer.Option(help="asserted | negated | hypothetical | future")] = None,
    format: Annotated[str, typer.Option("--format", help="table | jsonl | csv")] = "table",
) -> None:
    """List stored events."""
    from detente.store import Store

    _check_date(since)
    _check_date(until)
    if format not in ("table", "jsonl", "csv"):
        _fail(f"unknown --format {format!r}; choose table, jsonl or csv")
    if not db.exists():
        _fail(f"no database at {db}; create it with `detente ingest PATH --db {db}`")
    from detente.store import StoreError

    try:
        with Store(db, read_only=True) as store:
            rows = store.events(actor=actor, event_type=type, since=since, until=until, factuality=factuality)
    except StoreError as exc:
        _fail(str(exc))
    from detente.store.output import write_events

    write_events(rows, format, sys.stdout)


@app.command()
def summary(
    db: DbOpt = Path("detente.duckdb"),
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="Two parties: show their timeline.")] = None,
) -> None:
    """A readable summary of a store: documents, happenings, the most active dyads; --dyad A B a timeline."""
    from detente.store import Store, StoreError
    from detente.store.output import print_summary

    if not db.exists():
        _fail(f"no database at {db}")
    try:
        with Store(db, read_only=True) as store:
            print_summary(store, dyad=dyad)
    except StoreError as exc:
        _fail(str(exc))


@app.command("eval")
def evaluate(
    suite: Annotated[str, typer.Argument(help="Suite name, or 'all'.")],
    data: Annotated[Path | None, typer.Option("--data", help="The gold data folder (../shared/data).")] = None,
    write: Annotated[Path | None, typer.Option("--write", help="Write the figures as Markdown to this file.")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="A fast subset (what CI runs).")] = False,
) -> None:
    """Run an accuracy suite on gold data and print its figures."""
    from detente.eval import SUITES, DataMissing, run_suite
    from detente.eval.report import write_report

    names = sorted(SUITES) if suite == "all" else [suite]
    if suite != "all" and suite not in SUITES:
        _fail(f"unknown suite {suite!r}; choose from {', '.join(sorted(SUITES))} or all")
    results = []
    for name in names:
        try:
            result = run_suite(name, data, quick=quick)
        except (DataMissing, NotImplementedError) as exc:
            typer.echo(f"{name}: skipped: {exc}", err=True)
            continue
        results.append(result)
        typer.echo(result.markdown())
    if write is not None:
        write_report(results, write, quick=quick)
        typer.echo(f"wrote {write}", err=True)


@app.command("ablate")
def ablate_cmd(
    suite: Annotated[str, typer.Argument(help="Suite whose rule tables to ablate (time, events, quotes, boilerplate, "
                                                    "actors).")],
    data: Annotated[Path | None, typer.Option("--data", help="The gold data folder (../shared/data).")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="Score on the suite's fast subset.")] = False,
    rules: Annotated[list[str] | None, typer.Option("--rule", help="Only this rule id (repeatable).")] = None,
) -> None:
    """Switch each rule off in turn and print how the suite's figures move without it."""
    from detente.eval import DataMissing
    from detente.eval.ablation import ablate

    try:
        for item in ablate(suite, data, quick=quick, rules=rules):
            if hasattr(item, "figures"):
                typer.echo(f"# {suite} with every rule on: " + ", ".join(
                    f"{k} {v:.3f}" for k, v in item.figures.items() if isinstance(v, float)))
                continue
            moved = ", ".join(f"{k} {v:+.4f}" for k, v in item.changes.items()) or "no figure moves"
            held = {True: "its examples still hold without it", False: "its examples need it",
                    None: "examples run elsewhere"}[item.examples_hold]
            typer.echo(f"{item.rule}\t{moved}\t({held})")
    except KeyError as exc:
        _fail(str(exc.args[0]))
    except DataMissing as exc:
        _fail(str(exc))


@app.command("time")
def time_cmd(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    date: DateOpt = None, model: ModelOpt = None,
) -> None:
    """Print the time expressions of a document, normalised, one JSON line each.

    The text is parsed, so a bare weekday or month points the way its verb does."""
    from detente.nlp import ModelNotFound
    from detente.records import to_plain
    from detente.time import expressions_in_text

    _check_date(date)
    text = _read_text(file)
    try:
        expressions = expressions_in_text(text, published=date, model=model)
    except ModelNotFound as exc:
        _fail(str(exc))
    for expression in expressions:
        sys.stdout.write(json_line(to_plain(expression)) + "\n")


@actors_app.command("resolve")
def actors_resolve(
    text: Annotated[str, typer.Argument(help="An actor phrase, or - for JSON lines on standard input.")],
    date: Annotated[str | None, typer.Option("--date", help="Resolve as of this date (YYYY-MM-DD).")] = None,
    context: Annotated[str | None, typer.Option("--context", help="The sentence the phrase comes from.")] = None,
    actors: ActorsOpt = None,
) -> None:
    """Resolve a short actor phrase to actor_id, name, country and sector."""
    from detente.actors import resolve_phrase

    _check_date(date)
    settings = _settings(actor_files=actors)
    if text != "-":
        typer.echo(json_line(resolve_phrase(text, date=date, context=context, settings=settings)))
        return
    for number, line in enumerate(sys.stdin.buffer, start=1):
        if line.strip():
            typer.echo(json_line(_resolve_line(line, number, settings)))


def _resolve_line(line: bytes, number: int, settings: Settings) -> dict:
    """One `actors resolve -` input line resolved, or an error saying what the line lacks."""
    import datetime as dt

    from detente.actors import resolve_phrase
    from detente.ingest.limits import current
    from detente.ingest.readers import parse_json_line

    expected = 'expected {"text": "...", "date": "YYYY-MM-DD", "context": "..."}'
    raw = parse_json_line(line.decode("utf-8", "replace"), f"line {number}", number, current())
    if raw.error and "neither" not in raw.error:
        return {"error": f"line {number}: {raw.error}"}
    try:
        item = json.loads(line)
    except ValueError:
        return {"error": f"line {number}: {expected}"}
    text, date, context = item.get("text"), item.get("date"), item.get("context")
    if not isinstance(text, str) or not text.strip():
        return {"error": f"line {number}: 'text' must be a non-empty string; {expected}"}
    if context is not None and not isinstance(context, str):
        return {"error": f"line {number}: 'context' must be a string; {expected}"}
    if date is not None:
        try:
            dt.date.fromisoformat(str(date))
        except ValueError:
            return {"error": f"line {number}: 'date' must be a real date as YYYY-MM-DD, got {brief(date)}"}
    try:
        return resolve_phrase(raw.text or text, date=date, context=context, settings=settings)
    except Exception as exc:  # one bad line must not end the stream
        return {"error": f"line {number}: internal error: {type(exc).__name__}"}


@actors_app.command("import-wikidata")
def actors_import_wikidata(
    csv_file: Annotated[Path, typer.Argument(help="Wikidata query result: person, country, position, start, end.")],
    out: Annotated[Path, typer.Option("--out", help="YAML file to write, for use with --actors.")] = Path("actors.yaml"),
) -> None:
    """Turn a Wikidata query result (CSV) into an actor file that --actors can merge."""
    from detente.actors import import_wikidata

    if not csv_file.exists():
        _fail(f"no such file: {csv_file}")
    count = import_wikidata(csv_file, out)
    typer.echo(f"wrote {count} people to {out}", err=True)


# --- actors search / import-cameo (issue 15) ---------------------------------------------------
@actors_app.command("search")
def actors_search(
    name: Annotated[str, typer.Argument(help="A name or part of one (any case).")],
    limit: Annotated[int, typer.Option("--limit", help="At most this many entries.")] = 50,
    actors: ActorsOpt = None,
) -> None:
    """Every knowledge-base entry matching NAME, with its dated roles and where each came from (JSON lines)."""
    from detente.actors import search_actors

    settings = _settings(actor_files=actors)
    if not name.strip():
        _fail("actors search needs a name")
    found = search_actors(name, limit=limit, settings=settings)
    if not found:
        typer.echo(f"detente: no actor matches {name!r}", err=True)
    for entry in found:
        typer.echo(json.dumps(entry, ensure_ascii=False))


@actors_app.command("import-cameo")
def actors_import_cameo(
    dictionary: Annotated[Path, typer.Argument(help="A CAMEO/PETRARCH-style actor dictionary (text).")],
    out: Annotated[Path, typer.Option("--out", help="YAML file to write, for use with --actors.")] = Path("actors.yaml"),
) -> None:
    """Convert a CAMEO-style actor dictionary into an actor file that --actors can merge."""
    from detente.actors import import_cameo

    try:
        counts = import_cameo(dictionary, out)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"wrote {counts['people']} people, {counts['organisations']} organisations and "
               f"{counts['places']} places to {out}", err=True)
# --- end actors search / import-cameo ----------------------------------------------------------

# -- the corpus: relations, happenings, exports (issue 16) --------------------------------------
def _open_store(db: Path):  # type: ignore[no-untyped-def]
    from detente.store import Store

    if not db.exists():
        _fail(f"no database at {db}; create it with `detente ingest PATH --db {db}`")
    return Store(db, read_only=True)


@app.command()
def relations(
    a: Annotated[str, typer.Argument(help="A party: country (PRK), sector (PRK-GOV) or actor id.")],
    b: Annotated[str, typer.Argument(help="The other party.")],
    db: DbOpt = Path("detente.duckdb"),
    by: Annotated[str, typer.Option("--by", help="day | week | month | year")] = "month",
    since: Annotated[str | None, typer.Option(help="Happenings on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Happenings on or before YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", help="table | csv | json | parquet")] = "table",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file (needed for parquet).")] = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the series to this PNG file.")] = None,
) -> None:
    """The relation series between two parties: happenings and reports by QuadClass per period."""
    from detente.corpus.relations import PERIODS
    from detente.store.output import write_relations

    _check_date(since)
    _check_date(until)
    if by not in PERIODS:
        _fail(f"unknown --by {by!r}; choose day, week, month or year")
    if format not in ("table", "csv", "json", "parquet"):
        _fail(f"unknown --format {format!r}; choose table, csv, json or parquet")
    if format == "parquet" and out is None:
        _fail("--format parquet needs --out FILE")
    with _open_store(db) as store:
        frame = store.relations(a, b, by=by, since=since, until=until)
    write_relations(frame, format, out, title=f"{a} and {b} by {by}")
    if plot is not None:
        from detente.corpus.plot import plot_relations

        plot_relations(frame, a, b, plot, by=by)
        typer.echo(f"wrote {plot}", err=True)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="gdelt | polecat | parquet | csv | jsonl")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    db: DbOpt = Path("detente.duckdb"),
    actor: Annotated[str | None, typer.Option(help="Country, sector (PRK-GOV) or actor id on either side.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type (consensus).")] = None,
    since: Annotated[str | None, typer.Option(help="Happenings on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Happenings on or before YYYY-MM-DD.")] = None,
    factuality: Annotated[str | None, typer.Option(help="asserted | negated | hypothetical | future "
                                                        "(gdelt: asserted unless given)")] = None,
) -> None:
    """Export happenings (one row each) as GDELT 2.0 events, POLECAT JSON, Parquet, CSV or JSON lines."""
    from detente.corpus.export import FORMATS

    _check_date(since)
    _check_date(until)
    if format not in FORMATS:
        _fail(f"unknown --format {format!r}; choose {', '.join(FORMATS)}")
    if not out.parent.exists():
        _fail(f"no such folder for --out: {out.parent}")
    with _open_store(db) as store:
        count = store.export(format, out, actor=actor, since=since, until=until, event_type=type,
                             factuality=factuality)
    typer.echo(f"wrote {count} happening(s) to {out}", err=True)


@app.command()
def happening(
    happening_id: Annotated[str, typer.Argument(help="A happening id (see `detente events`).")],
    db: DbOpt = Path("detente.duckdb"),
) -> None:
    """One happening as JSON: consensus, disagreement, its events, mentions and documents."""
    with _open_store(db) as store:
        found = store.happening(happening_id)
    if found is None:
        _fail(f"no happening {happening_id!r} in {db}")
    typer.echo(json.dumps(found, ensure_ascii=False, indent=1, default=str))


# -- serve (issue 17) ------------------------------------------------------------------------------
@app.command()
def serve(
    db: DbOpt = Path("detente.duckdb"),
    host: Annotated[str, typer.Option(help="Address to bind; the default keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    writable: Annotated[bool, typer.Option("--writable", help="Open the store for writing, so POST /api/code?store=true can store.")] = False,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body accepted, in bytes.")] = 200_000,
    model: ModelOpt = None,
) -> None:
    """Serve the JSON API (OpenAPI at /docs) and the dashboard (at /) over a store."""
    import duckdb

    from detente.api import serve as run_server
    from detente.store import SchemaMismatch

    if not db.exists():
        _fail(f"no database at {db}; create it with `detente ingest PATH --db {db}`")
    if not 0 < port < 65536:
        _fail(f"--port must be between 1 and 65535, got {port}")
    if max_body < 1:
        _fail(f"--max-body must be positive, got {max_body}")
    typer.echo(f"Détente dashboard on http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", err=True)
    try:
        run_server(db, host=host, port=port, writable=writable, max_body_bytes=max_body, model=model)
    except (duckdb.Error, SchemaMismatch) as exc:
        _fail(f"cannot open {db}: {str(exc).splitlines()[0]}")


def _read_text(path: str) -> str:
    """A text file (or - for standard input) read within the limits, or one clear usage error."""
    from detente.ingest.readers import read_inputs

    try:
        raws = list(read_inputs([path]))
    except UsageError as exc:
        _fail(str(exc))
    if len(raws) != 1 or raws[0].error or raws[0].text is None and raws[0].html is None:
        reason = raws[0].error if len(raws) == 1 and raws[0].error else "expected one plain-text document"
        _fail(f"cannot read {path}: {reason}")
    text = raws[0].text if raws[0].text is not None else raws[0].html or ""
    from detente.ingest.limits import current

    if len(text) > current().max_chars:
        _fail(f"{path} is too long: {len(text):,} characters; at most {current().max_chars:,} (DETENTE_MAX_CHARS)")
    return text


def main() -> None:
    app()


if __name__ == "__main__":
    main()
