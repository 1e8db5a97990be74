"""CPU per document of one coder on one core while the other core runs something else.

    .venv/bin/python bench/neighbours.py [--docs 120] [--rounds 2] [--nice -10]
        [--with idle alu memory coder none] [--corpus numbered|news]

Why: on this 2-core virtual machine two workers each spent about 28 % more CPU per document than the
one-process run (docs/performance.md). If a lone worker codes as cheaply as the one-process run
(bench/worker_cpu.py `--workers 1 --methods inprocess spawn`), the extra cost is not the workers'
set-up but the two cores slowing each other. This bench shows which neighbour does it: a coder
pinned to the first core codes the same documents again and again (CPU measured inside it, start-up
left out), while the second core runs, in turn,
- `idle`: a loop of the CPU's PAUSE instruction (a spinning core that uses next to nothing: on a
  virtual machine the nearest a user program gets to an idle core while others share the machine);
- `alu`: integer arithmetic in registers (no memory traffic: slows the coder only if the two virtual
  cores are hyperthreads of one physical core, sharing its execution units);
- `memory`: copying a 256 MB buffer over and over (memory bandwidth and the shared L3 cache);
- `coder`: a second coder on the same documents (what two workers are);
- `none`: nothing of ours (whatever else the machine is running; on an idle machine the second core
  halts, the nearest to a lone worker's situation: compare `none` with `idle` and `coder` there to
  see whether a busy second core, whatever it runs, makes the coder costlier per document).
The neighbours are small C programs compiled here (gcc), the coders spawned Python processes.
With `--nice -N` (root) the coder and its neighbour run at a higher priority than everything else
(their session's autogroup too, where the kernel groups tasks by session), so that they, not the
other users of the machine, are what shares the cores during a measurement; keep such runs short on
a shared machine. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import subprocess
import tempfile
from multiprocessing.connection import Connection
from pathlib import Path

from inputs import news_corpus, numbered_corpus

NEIGHBOURS = {
    "idle": "int main(void){for(;;)__builtin_ia32_pause();}",
    "alu": "int main(void){unsigned long x=1;for(;;){x=x*6364136223846793005UL+1;__asm__ volatile(\"\"::\"r\"(x));}}",
    "memory": ("#include <stdlib.h>\n#include <string.h>\nint main(void){size_t n=128UL<<20;char*a=malloc(n),*b=malloc(n);"
               "memset(a,1,n);memset(b,2,n);for(;;){memcpy(b,a,n);memcpy(a,b,n);}}"),
}


def pin(core: int, nice: int) -> None:
    os.sched_setaffinity(0, {core})
    if nice:
        os.setpriority(os.PRIO_PROCESS, 0, nice)


def coder_process(path: str, core: int, nice: int, conn: Connection) -> None:
    """Load and warm a coder (as a spawned worker does), then code the documents on each request and
    send back the CPU seconds it took."""
    from detente.ingest import read_inputs
    from detente.runs import parallel
    from detente.settings import Settings

    os.sched_setaffinity(0, {core})
    parallel._init_worker(Settings(), frozenset())
    raws = list(read_inputs([Path(path)]))
    chunk_coder = parallel._worker["coder"]
    chunk_coder.code(raws[:4], None, None, None)  # the first documents' lazy loads
    chunk_coder.skip.clear()
    pin(core, nice)
    conn.send("ready")
    while conn.recv() == "code":
        before = resource.getrusage(resource.RUSAGE_SELF)
        for i in range(0, len(raws), 8):
            chunk_coder.code(raws[i:i + 8], None, None, None)
            chunk_coder.skip.clear()
        after = resource.getrusage(resource.RUSAGE_SELF)
        conn.send((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def neighbour_program(kind: str, tmp: Path) -> Path:
    source, exe = tmp / f"{kind}.c", tmp / kind
    source.write_text(NEIGHBOURS[kind] + "\n")
    subprocess.run(["gcc", "-O2", "-o", str(exe), str(source)], check=True)
    return exe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--nice", type=int, default=0, help="priority of the measured processes (negative: root)")
    parser.add_argument("--with", dest="kinds", nargs="+", default=["idle", "alu", "memory", "coder", "none"])
    parser.add_argument("--corpus", choices=("numbered", "news"), default="numbered",
                        help="news: articles of ../shared/data (bench/inputs.py), longer and more varied")
    args = parser.parse_args()
    if len(os.sched_getaffinity(0)) < 2:
        raise SystemExit("needs two cores")
    first, second = sorted(os.sched_getaffinity(0))[:2]
    if args.nice and Path("/proc/self/autogroup").exists():
        Path("/proc/self/autogroup").write_text(f"{args.nice}\n")  # the group every process here belongs to
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "corpus.jsonl"
        (news_corpus if args.corpus == "news" else numbered_corpus)(data, args.docs)
        programs = {kind: neighbour_program(kind, tmp) for kind in NEIGHBOURS if kind in args.kinds}
        coders = []
        for core in (first, second):
            mine, theirs = context.Pipe()
            proc = context.Process(target=coder_process, args=(str(data), core, args.nice, theirs), daemon=True)
            proc.start()
            coders.append((proc, mine))
        for _proc, conn in coders:
            assert conn.recv() == "ready"
        print(f"{args.docs} documents per measurement; cores {first} (coder) and {second} (neighbour); "
              f"nice {args.nice}; load average {os.getloadavg()[0]:.1f} at start")
        print("| round | neighbour on the other core | coder CPU s per 1,000 documents | neighbour coder's |")
        print("|---:|---|---:|---:|")
        measured, other = coders[0][1], coders[1][1]
        for round_ in range(1, args.rounds + 1):
            for kind in args.kinds:
                neighbour = None
                if kind in programs:
                    neighbour = subprocess.Popen([str(programs[kind])],
                                                 preexec_fn=lambda: pin(second, args.nice))  # noqa: PLW1509
                elif kind == "coder":
                    other.send("code")
                measured.send("code")
                cpu = measured.recv()
                second_cpu = ""
                if neighbour is not None:
                    neighbour.kill()
                    neighbour.wait()
                elif kind == "coder":
                    second_cpu = f"{1000 * other.recv() / args.docs:.1f}"
                print(f"| {round_} | {kind} | {1000 * cpu / args.docs:.1f} | {second_cpu} |", flush=True)
        for proc, conn in coders:
            conn.send("stop")
            proc.join(timeout=30)
        print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
