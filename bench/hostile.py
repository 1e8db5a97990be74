"""The hostile-input suite: thousands of bad and good inputs, each of which must yield exactly one record.

    .venv/bin/python bench/hostile.py [--count 10000] [--workers 2] [--seed 7] [--keep DIR]

It writes a folder of inputs (JSONL lines and files: bad encodings, gzip bombs, malformed and deeply
nested JSON, lone surrogates, markup and escape sequences in metadata, impossible dates, links that
loop or lead nowhere, pipes, file names that are not UTF-8 ...) mixed with good news-like
documents, runs `detente code` on it with small limits, and checks: exit status 0, no traceback,
one record per input in input order, every good document coded without error, every input that
must fail failing with a reason. Tests run a small subset (tests/test_hostile_suite.py); this
command runs all of them. Figures go in docs/robustness.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# limits the run uses: small, so that over-limit inputs stay cheap to write
LIMITS = {"DETENTE_MAX_FILE_BYTES": "400000", "DETENTE_MAX_LINE_BYTES": "200000", "DETENTE_MAX_CHARS": "100000",
          "DETENTE_RATIO_FLOOR_BYTES": "1000000"}

# words for good documents, written here: who, what, whom, when, where
WHO = ["Japan", "China", "The European Union", "Brazil's foreign minister", "Kenya", "The United Nations",
       "South Korea", "Germany's chancellor", "India", "The rebel group", "Mexico", "Turkey"]
ACT = ["imposed new sanctions on", "met officials from", "accused", "signed a trade agreement with",
       "sent aid to", "condemned", "held talks with", "expelled diplomats from", "praised", "threatened"]
WHEN = ["on Monday", "on Tuesday", "last week", "on 3 March", "in January", "yesterday"]
WHERE = ["in Geneva", "in Nairobi", "in Tokyo", "in Brasilia", "at the summit", "in a statement"]


@dataclass
class Case:
    """One input and what its record must be: 'ok' (coded, no error), 'error', or 'any' (one record)."""

    kind: str
    expect: str


@dataclass
class Suite:
    root: Path
    cases: list[Case] = field(default_factory=list)


def sentence(rng: random.Random) -> str:
    who, whom = rng.sample(WHO, 2)
    return f"{who} {rng.choice(ACT)} {whom.replace('The ', 'the ')} {rng.choice(WHEN)}, officials {rng.choice(WHERE)} said."


def article(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def json_line_cases(rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, expectation, line) for one JSONL line of each hostile or good shape."""
    text = article(rng)
    dumps = json.dumps
    return [
        ("good", "ok", dumps({"id": f"g{rng.randrange(10**9)}", "text": text, "published": "2024-03-05"})),
        ("good-html", "ok", dumps({"html": f"<html><body><article><p>{text}</p></article></body></html>"})),
        ("line-separators", "ok", dumps({"text": text.replace(", ", ",\u2028 ", 1) + "\u0085 More.\u2029"},
                                        ensure_ascii=False)),
        ("lone-surrogates", "ok", f'{{"id": "\\ud800", "title": "\\udc00 t", "source": "\\udfff", "text": {dumps(text)}}}'),
        ("markup-title", "ok", dumps({"title": "[/bold] [link=x]y[/link] \x1b[2J\x1b]0;pwn\x07", "text": text})),
        ("huge-int-id", "ok", '{{"id": {}, "text": {}}}'.format("9" * rng.randint(4400, 6000), dumps(text))),
        ("bad-url", "ok", dumps({"url": rng.choice(["http://[::1", "http://[", "::::", "http://a b"]), "text": text})),
        ("odd-metadata", "any", dumps({"title": 5, "authors": [1, None, {}], "published": 20240101,
                                       "source": ["x"], "text": text})),
        ("emoji-rtl", "ok", dumps({"text": text + " \u200f\u202e\U0001f600\u200b"}, ensure_ascii=False)),
        ("nan", "any", f'{{"text": {dumps(text)}, "id": NaN, "title": Infinity}}'),
        ("duplicate-keys", "any", f'{{"text": "x", "text": {dumps(text)}}}'),
        ("impossible-date", "error", dumps({"text": text, "published": rng.choice(["2024-02-30", "2023-13-01",
                                                                                  "2021-04-31"])})),
        ("truncated-json", "error", dumps({"text": text})[: rng.randint(5, 40)]),
        ("deep-nesting", "error", "[" * rng.randint(40, 100_000)),
        ("deep-object", "error", '{"a":' * 50 + "1" + "}" * 50),
        ("not-an-object", "error", rng.choice(["[1, 2]", '"text"', "3", "null", "true"])),
        ("no-text", "error", dumps({"id": "x", "title": "only a title"})),
        ("null-text", "error", dumps({"text": None})),
        ("empty-text", "error", dumps({"text": rng.choice(["", "   ", "\n\n"])})),
        ("numeric-text", "error", dumps({"text": 12345})),
        ("gibberish", "any", dumps({"text": "".join(rng.choice("qxzjvkw ") for _ in range(300))})),
        ("controls", "any", dumps({"text": "".join(chr(rng.randrange(32)) for _ in range(200))})),
        ("over-long-line", "error", dumps({"text": "word " * 50_000})),
        ("invalid-utf8", "any", None),  # written as bytes below
        ("garbage-bytes", "any", None),
    ]


def write_suite(root: Path, count: int, seed: int = 7) -> Suite:
    """Write `count` inputs under root and the expectation for each, in the order they will be read."""
    rng = random.Random(seed)
    suite = Suite(root)
    folder = root / "in"
    folder.mkdir(parents=True)
    file_budget = max(20, count // 20)
    line_budget = count - file_budget
    number = 0

    def name(stem: str) -> str:
        nonlocal number
        number += 1
        return f"{number:06d}-{stem}"

    # JSONL files of up to 500 lines each
    while line_budget > 0:
        size = min(500, line_budget)
        line_budget -= size
        lines: list[bytes] = []
        for _ in range(size):
            kind, expect, line = rng.choice(json_line_cases(rng))
            if kind == "invalid-utf8":
                data = json.dumps({"text": article(rng)}).encode()[:-3] + b"\xff\xfe\"}"
            elif kind == "garbage-bytes":
                data = bytes(rng.randrange(256) for _ in range(rng.randint(10, 400))).replace(b"\n", b" ")
            else:
                data = line.encode("utf-8", "surrogatepass")
            lines.append(data)
            suite.cases.append(Case(kind, expect))
        (folder / name("batch.jsonl")).write_bytes(b"\n".join(lines) + b"\n")

    bomb = gzip.compress(b"\0" * 64 * 1024 * 1024, compresslevel=9)
    newline_bomb = gzip.compress(b"\n" * 64 * 1024 * 1024, compresslevel=9)
    for _ in range(file_budget):
        text = article(rng)
        kind = rng.choice(FILE_KINDS)
        expect = write_file_case(folder, name, kind, text, rng, bomb, newline_bomb, suite)
        if expect:
            suite.cases.append(Case(kind, expect))
    return suite


FILE_KINDS = ["utf8", "utf16-bom", "utf16-nobom", "utf32", "cp1252", "html", "gz", "truncated-gz", "gzip-bomb",
              "newline-bomb", "binary", "empty", "whitespace", "not-utf8-name", "broken-link", "link-loop",
              "fifo", "too-big", "nul-inside", "no-spaces", "markup-html", "jsonl-gz"]


def write_file_case(folder: Path, name, kind: str, text: str, rng: random.Random,  # type: ignore[no-untyped-def]
                    bomb: bytes, newline_bomb: bytes, suite: Suite) -> str | None:
    """Write one file-shaped input; returns its expectation (None when it wrote nothing)."""
    if kind == "utf8":
        (folder / name("a.txt")).write_text(text, "utf-8")
        return "ok"
    if kind == "utf16-bom":
        (folder / name("a.txt")).write_bytes(("\ufeff" + text).encode("utf-16-le"))
        return "ok"
    if kind == "utf16-nobom":
        (folder / name("a.txt")).write_bytes(text.encode("utf-16-be"))
        return "ok"
    if kind == "utf32":
        (folder / name("a.txt")).write_bytes(text.encode("utf-32"))
        return "ok"
    if kind == "cp1252":
        (folder / name("a.txt")).write_bytes((text + " \u201cQuoted\u201d \u2013 caf\u00e9.").encode("cp1252"))
        return "ok"
    if kind == "html":
        (folder / name("a.html")).write_text(f"<!doctype html><html><head><title>T</title></head><body><article>"
                                             f"<p>{text}</p><p>{article(rng)}</p></article></body></html>")
        return "ok"
    if kind == "markup-html":
        (folder / name("a.html")).write_text(f"<html><body><p>{text}<script>alert(1)</script><p>unclosed <b>"
                                             f"<div><table><tr><td>\x1b[31m</html></p>")
        return "any"
    if kind == "gz":
        (folder / name("a.txt.gz")).write_bytes(gzip.compress(text.encode()))
        return "ok"
    if kind == "jsonl-gz":
        (folder / name("a.jsonl.gz")).write_bytes(gzip.compress((json.dumps({"text": text}) + "\n").encode()))
        return "ok"
    if kind == "truncated-gz":
        data = gzip.compress((text * 20).encode())
        (folder / name("a.txt.gz")).write_bytes(data[: len(data) // 2])
        return "error"
    if kind == "gzip-bomb":
        (folder / name("a.txt.gz")).write_bytes(bomb)
        return "error"
    if kind == "newline-bomb":
        (folder / name("a.jsonl.gz")).write_bytes(gzip.compress((json.dumps({"text": text}) + "\n").encode())
                                                  + newline_bomb)
        suite.cases.append(Case("before-bomb", "ok"))
        return "error"
    if kind == "binary":
        (folder / name("a.txt")).write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
        return "error"
    if kind == "empty":
        (folder / name("a.txt")).write_bytes(b"")
        return "error"
    if kind == "whitespace":
        (folder / name("a.txt")).write_text(" \n\t\n " * 20)
        return "error"
    if kind == "not-utf8-name":
        with open(os.fsencode(folder / name("a")) + b"\xff\xfe.txt", "wb") as handle:
            handle.write(text.encode())
        return "ok"
    if kind == "broken-link":
        (folder / name("a.txt")).symlink_to(folder / "no-such-target.txt")
        return "error"
    if kind == "link-loop":
        (folder / name("loop")).symlink_to(".")
        return "error"
    if kind == "fifo":
        os.mkfifo(folder / name("a.txt"))
        return "error"
    if kind == "too-big":
        (folder / name("a.txt")).write_text(text + " More words." * 40_000)
        return "error"
    if kind == "nul-inside":
        (folder / name("a.txt")).write_bytes(text.encode() + b"\0" * rng.randint(1, 3) + text.encode())
        return "any"
    if kind == "no-spaces":
        (folder / name("a.txt")).write_text("x" * rng.randint(1000, 90_000))
        return "any"
    raise ValueError(kind)


@dataclass
class Outcome:
    inputs: int
    records: int
    tracebacks: int
    lost: list[str]  # good inputs without a clean record
    wrong: list[str]  # inputs that should fail but did not
    exit_status: int
    seconds: float

    @property
    def passed(self) -> bool:
        return (self.exit_status == 0 and self.tracebacks == 0 and self.records == self.inputs
                and not self.lost and not self.wrong)


def run_suite(suite: Suite, workers: int = 1) -> Outcome:
    """Run `detente code` on the suite's folder and compare every record with its expectation."""
    exe = Path(sys.executable).with_name("detente")
    started = time.perf_counter()
    result = subprocess.run([str(exe), "code", str(suite.root / "in"), "--workers", str(workers)],
                            capture_output=True, env={**os.environ, **LIMITS}, timeout=6 * 3600)
    seconds = time.perf_counter() - started
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines() if line.strip()]
    lost, wrong = [], []
    for index, (case, record) in enumerate(zip(suite.cases, records, strict=False)):
        error = record.get("error")
        if case.expect == "ok" and error:
            lost.append(f"{index}: {case.kind}: {error}")
        if case.expect == "error" and not error:
            wrong.append(f"{index}: {case.kind}")
    stderr = result.stderr.decode("utf-8", "replace")
    return Outcome(inputs=len(suite.cases), records=len(records), tracebacks=stderr.count("Traceback"),
                   lost=lost, wrong=wrong, exit_status=result.returncode, seconds=seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="write the inputs here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        suite = write_suite(root, args.count, args.seed)
        outcome = run_suite(suite, args.workers)
    kinds = sorted({c.kind for c in suite.cases})
    print(f"inputs {outcome.inputs} ({len(kinds)} kinds), records {outcome.records}, tracebacks "
          f"{outcome.tracebacks}, good lost {len(outcome.lost)}, bad accepted {len(outcome.wrong)}, exit "
          f"{outcome.exit_status}, {outcome.seconds:.0f} s with {args.workers} worker(s)")
    for line in (outcome.lost + outcome.wrong)[:20]:
        print("  ", line)
    sys.exit(0 if outcome.passed else 1)


if __name__ == "__main__":
    main()
