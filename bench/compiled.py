"""Would compiling the coder's hot pure-Python modules with Cython pay? Stage CPU time, compiled vs Python.

    .venv/bin/pip install 'cython>=3.1,<3.4'      # not a project dependency: this is a measurement
    .venv/bin/python bench/compiled.py [--rounds 3] [--repeat 10] [--jobs 2] [--cflags -O1]

It compiles the modules in MODULES, unchanged (Cython 3 pure-Python mode; annotations are never used
as C types, so the semantics stay the interpreter's), into build/compiled/, then alternates child
processes that run every coding stage on the same parsed documents: one importing the compiled
modules, one plain Python. Each child reports the fastest of --repeat runs per stage (CPU seconds),
a hash of the records (which must agree) and the bare parse of the same documents, so the saving
is given as a share of the parse, as the speed budgets are. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from importlib.abc import MetaPathFinder
from importlib.machinery import ExtensionFileLoader, ModuleSpec, PathFinder
from importlib.readers import FileReader
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build" / "compiled"
# the coder's own hottest modules by a cProfile of bench/throughput.py (time spent in their code)
MODULES = [
    "detente.events.detect", "detente.events", "detente.time.dating", "detente.events.role_model",
    "detente.actors.mentions", "detente.nlp.perdoc", "detente.quotes.indirect", "detente.time.starts",
    "detente.actors.matching", "detente.actors", "detente.time.discourse", "detente.nlp.syntax",
    "detente.events.scoring", "detente.nlp.coref", "detente.events.factuality", "detente.events.arguments",
    "detente.rules", "detente.events.lexicon", "detente.claims", "detente.quotes.speakers",
    "detente.events.combine", "detente.claims.grammar", "detente.time.tense"
]
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}


def source_of(module: str) -> Path:
    base = REPO.joinpath("src", *module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def compile_one(module: str, cflags: list[str]) -> tuple[str, str, str]:
    """Compile one module from a copy of its source; returns (module, its source hash, the built file)."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    text = source_of(module).read_bytes()
    with tempfile.TemporaryDirectory(prefix="detente-cy-") as work:
        parts = module.split(".")
        package = source_of(module).name == "__init__.py"
        copy = Path(work, "src", *parts, "__init__.py") if package else Path(work, "src", *parts).with_suffix(".py")
        copy.parent.mkdir(parents=True)
        copy.write_bytes(text)
        [extension] = cythonize([Extension(module, [str(copy)], extra_compile_args=cflags)],
                                compiler_directives=DIRECTIVES, build_dir=str(Path(work, "c")), quiet=True)
        command = build_ext(Distribution({"ext_modules": [extension]}))
        command.build_lib, command.build_temp = str(BUILD), str(Path(work, "tmp"))
        command.ensure_finalized()
        command.run()
        return module, hashlib.sha256(text).hexdigest(), str(BUILD / command.get_ext_filename(module))


class _Loader(ExtensionFileLoader):
    """The compiled module keeps its .py path as __file__ and reads its data files beside the source."""

    def __init__(self, name: str, binary: str, source: str) -> None:
        super().__init__(name, binary)
        self.source = source

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        module = super().create_module(spec)
        module.__file__ = self.source  # set before the module's body runs (multi-phase init)
        return module

    def get_resource_reader(self, name):  # type: ignore[no-untyped-def]
        return FileReader(SimpleNamespace(path=self.source))


class _Finder(MetaPathFinder):
    """Hands out a compiled module only while its source hashes as it did at the build."""

    def __init__(self, built: dict[str, list[str]]) -> None:
        self.built = built

    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        if fullname not in self.built:
            return None
        sha, binary = self.built[fullname][:2]
        plain = PathFinder.find_spec(fullname, path)
        if plain is None or not (plain.origin or "").endswith(".py"):
            return None
        if hashlib.sha256(Path(plain.origin).read_bytes()).hexdigest() != sha:
            return None  # edited since the build: run the source
        spec = ModuleSpec(fullname, _Loader(fullname, binary, plain.origin), origin=binary,
                          is_package=plain.submodule_search_locations is not None)
        spec.submodule_search_locations = plain.submodule_search_locations
        spec.has_location = True
        return spec


def child(mode: str, repeat: int) -> None:
    """One measurement in this process: every stage on every document, the fastest run per stage."""
    if mode == "compiled":
        sys.meta_path.insert(0, _Finder(json.loads((BUILD / "built.json").read_text())))
    from detente import pipeline
    from detente.actors.kb import scoped
    from detente.analysis import Analysis
    from detente.ingest import prepare, read_inputs

    coder = pipeline.Coder(None)
    prepared = [p for p in (prepare(r) for r in read_inputs([REPO / "samples"]) if r.error is None) if p.error is None]
    texts = [p.document.text for p in prepared] * 4
    prepared = prepared * 4
    parse = []
    for _ in range(repeat):
        started = time.process_time()
        docs = list(coder.nlp.pipe(texts, batch_size=16))
        parse.append(time.process_time() - started)
    best: dict[str, float] = {}
    digest = ""
    with scoped(coder.kb):
        for run in range(repeat + 1):
            spent = {stage.name: 0.0 for stage in coder.stages}
            records = hashlib.sha1()
            for item, doc in zip(prepared, docs, strict=True):
                analysis = Analysis(document=item.document, doc=doc, removed=item.removed, settings=coder.settings)
                for stage in coder.stages:
                    started = time.process_time()
                    stage.run(analysis)
                    spent[stage.name] += time.process_time() - started
                records.update(json.dumps(pipeline.line_of(analysis.coded()), sort_keys=True).encode())
            if run:  # the first run warms up look-ups and models
                best = {name: min(best.get(name, 1e9), value) for name, value in spent.items()}
            digest = records.hexdigest()[:12]
    in_use = sorted(name for name, module in sys.modules.items() if isinstance(getattr(module, "__loader__", None), _Loader))
    print(json.dumps({"parse": min(parse), "stages": best, "records": digest, "compiled": len(in_use)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating pairs of runs")
    parser.add_argument("--repeat", type=int, default=10, help="runs per child; the fastest counts")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cflags", default="-O1 -g0")
    parser.add_argument("--child", choices=["compiled", "python"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.repeat)
        return
    started = time.perf_counter()
    record = BUILD / "built.json"
    built = json.loads(record.read_text()) if record.is_file() and record.read_text().strip() else {}
    # only what changed since the last build (same flags) is compiled again
    todo = [m for m in MODULES if built.get(m, [None, None, None])[2:] != [args.cflags] or not Path(built[m][1]).is_file()
            or built[m][0] != hashlib.sha256(source_of(m).read_bytes()).hexdigest()]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for module, sha, path in pool.map(compile_one, todo, [args.cflags.split()] * len(todo)):
            built[module] = [sha, path, args.cflags]
    BUILD.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(built, indent=1))
    print(f"compiled {len(todo)} of {len(MODULES)} modules in {time.perf_counter() - started:.0f} s wall ({args.cflags})")
    results: dict[str, list[dict]] = {"compiled": [], "python": []}
    for _ in range(args.rounds):
        for mode in results:
            out = subprocess.run([sys.executable, __file__, "--child", mode, "--repeat", str(args.repeat)],
                                 capture_output=True, text=True, check=True).stdout
            results[mode].append(json.loads(out.strip().splitlines()[-1]))
            row = results[mode][-1]
            print(f"{mode:8s} ({row['compiled']:2d} compiled): parse {row['parse']:.3f} s, stages "
                  + ", ".join(f"{k} {v:.3f}" for k, v in row["stages"].items())
                  + f"; records {row['records']}")
    hashes = {row["records"] for rows in results.values() for row in rows}
    parse = min(row["parse"] for rows in results.values() for row in rows)
    totals = {mode: min(sum(row["stages"].values()) for row in rows) for mode, rows in results.items()}
    print(f"stages in all, fastest child: compiled {totals['compiled']:.3f} s, Python {totals['python']:.3f} s "
          f"({100 * (totals['python'] - totals['compiled']) / totals['python']:.1f}% less); as shares of the "
          f"bare parse ({parse:.3f} s): {100 * totals['compiled'] / parse:.1f}% vs {100 * totals['python'] / parse:.1f}%")
    print("records identical" if len(hashes) == 1 else f"RECORDS DIFFER: {sorted(hashes)}")


if __name__ == "__main__":
    main()
