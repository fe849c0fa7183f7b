"""Start-up time: from spawning a process to the CMDesk window painted on the demo
database, against the floor (a bare PySide6 window with a table view, painted),
measured in the same run on the same machine. See benchmarks/README.md.

    python benchmarks/startup.py [--runs 21] [--warmup 1] [--importtime] [--instructions]

Prints one line per round, the median time from spawn to each step, and last

    startup: cmdesk 0.412 s, floor 0.301 s (medians, 1.37x), ratio 1.36x (target <= 1.5x)

where the ratio is the median of each round's ratio (the two runs of a round are
seconds apart).

It reports; it never fails on a slow time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # benchmarks.bigdb, run as a script or as a module
CHILD = HERE / "startup_child.py"
TARGET_RATIO = 1.5
TARGET_SETTLED = 2.0
CHILD_TIMEOUT_SECONDS = 120
MODES = ("cmdesk", "floor")
# A user name already set, so the "who are you" dialog does not open.
SETTINGS_INI = "[user]\nname=benchmark\n"


@dataclass
class Run:
    seconds: float  # spawn to the "painted" line, on the parent's clock
    marks: dict[str, float] = field(default_factory=dict)  # step -> seconds since spawn
    settled: float = 0.0  # spawn to the "settled" line (Overview complete, the loop idle)
    longest_wait: float = 0.0  # the longest gap between two zero-delay timers after painting


def prepare(folder: Path, database: str) -> Path:
    """Create the database in `folder` (not timed): the demo, or the demo with a
    generated register of 130,000 records (benchmarks/bigdb.py); opened once, so the
    day's automatic backup is already taken, as on any start but the day's first."""
    from benchmarks.bigdb import BIG, demo_database, register_database

    return demo_database(folder) if database == "demo" else register_database(folder, BIG)


def child_command(python: str, mode: str, db: Path, settings: Path) -> list[str]:
    command = [python, str(CHILD), "--mode", mode]
    if mode == "cmdesk":
        command += ["--db", str(db), "--settings", str(settings), "--repo", str(REPO)]
    return command


def count_instructions(command: list[str], env: dict[str, str], workdir: Path,
                       until: str = "painted") -> int:
    """The instructions `command` runs from spawn to printing `until` (`painted` or
    `settled`; it ends there),
    counted by valgrind's callgrind: the same count for the same code whatever else
    the machine is doing. PYTHONHASHSEED is fixed so that two runs agree."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("startup: --instructions needs valgrind (apt-get install valgrind)")
    out = workdir / "callgrind.out"
    result = subprocess.run(
        [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *command,
         f"--exit-when-{until}"],
        env=dict(env, PYTHONHASHSEED="0"), cwd=workdir, capture_output=True, text=True,
        timeout=CHILD_TIMEOUT_SECONDS * 10)
    totals = [line for line in out.read_text().splitlines() if line.startswith(("summary:", "totals:"))] \
        if out.exists() else []
    if result.returncode != 0 or until not in result.stdout.split() or not totals:
        raise SystemExit(f"startup: the child failed under valgrind (exit code "
                         f"{result.returncode}):\n{result.stderr[-2000:]}")
    out.unlink()
    return int(totals[-1].split()[1])


def measure(command: list[str], env: dict[str, str], workdir: Path) -> Run:
    """Spawn `command`, return the time until it prints `painted` and its marks."""
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=workdir, text=True
        )
        watchdog = threading.Timer(CHILD_TIMEOUT_SECONDS, process.kill)
        watchdog.start()
        marks: dict[str, float] = {}
        painted = settled = None
        try:
            for line in process.stdout:
                if line.startswith("mark "):
                    name, _, seconds = line[5:].rstrip("\n").partition("\t")
                    marks[name] = float(seconds)
                elif line.strip() == "painted":
                    painted = time.perf_counter()
                elif line.strip() == "settled":
                    settled = time.perf_counter()
                    break
            process.stdout.read()  # let it finish; its shutdown is not timed
            code = process.wait()
        finally:
            watchdog.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
        if painted is None or settled is None or code != 0:
            errors.seek(0)
            raise SystemExit(
                f"startup: the child failed (exit code {code}, painted: {painted is not None}):\n"
                f"  {' '.join(command)}\n{errors.read()}"
            )
    # The marks are the child's time.perf_counter(), the same system-wide monotonic
    # clock as ours on Linux, Windows and macOS; they only feed the breakdown.
    longest = marks.pop("longest wait", 0.0)
    return Run(painted - started, {name: value - started for name, value in marks.items()},
               settled - started, longest)


def importtime(command: list[str], env: dict[str, str], workdir: Path, top: int) -> None:
    """Run once with `python -X importtime`; print the packages that cost most to
    import (their modules' own time added up) and which module first imported each.

    -X importtime slows imports down, so these seconds are larger than in the timed
    runs: read them as shares, not as figures."""
    env = dict(env, PYTHONPROFILEIMPORTTIME="1")
    result = subprocess.run(command, env=env, cwd=workdir, capture_output=True, text=True,
                            timeout=CHILD_TIMEOUT_SECONDS)
    # Lines read "import time: <self us> | <cumulative us> | <2 spaces a level>name"; a
    # module is listed after the modules it imported, which are one level deeper.
    entries: list[tuple[int, str, int]] = []  # depth, module, self microseconds
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            self_us, _, name = line.split(":", 1)[1].split("|")
            depth = (len(name) - len(name.lstrip()) - 1) // 2
            entries.append((depth, name.strip(), int(self_us)))
    importer: dict[int, int] = {}
    pending: list[tuple[int, int]] = []
    for index, (depth, _, _) in enumerate(entries):
        while pending and pending[-1][0] > depth:
            importer[pending.pop()[1]] = index
        pending.append((depth, index))

    def package(index: int) -> str:
        return entries[index][1].split(".")[0]

    # Start order (pre-order) tells which module brought each package in first.
    children: dict[int | None, list[int]] = {}
    for index in range(len(entries)):
        children.setdefault(importer.get(index), []).append(index)
    started: list[int] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        index = stack.pop()
        started.append(index)
        stack.extend(reversed(children.get(index, [])))

    own: dict[str, int] = {}
    first_importer: dict[str, str] = {}
    for index in started:
        name = package(index)
        own[name] = own.get(name, 0) + entries[index][2]
        parent = importer.get(index)
        if name not in first_importer:
            first_importer[name] = entries[parent][1] if parent is not None else "(top level)"
    total = sum(own.values())
    print(f"  all imports: {total / 1e6:.3f} s (inflated by -X importtime)")
    for name, self_us in sorted(own.items(), key=lambda item: -item[1])[:top]:
        print(f"  {self_us / 1e6:7.3f} s  {100 * self_us / total:4.1f}%  {name:<18} "
              f"first imported by {first_importer[name]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each (default 21)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="untimed runs of each first, to warm the disk cache (default 1)")
    parser.add_argument("--platform", default="offscreen",
                        help="QT_QPA_PLATFORM for the children (default offscreen)")
    parser.add_argument("--python", default=sys.executable,
                        help="the interpreter to run the children with (default: this one)")
    parser.add_argument("--importtime", action="store_true",
                        help="also run each once with -X importtime and show the import cost by package")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each one's instructions from spawn to painted, and "
                             "cmdesk's to settled, with valgrind (~2 minutes; the same figure "
                             "however busy the machine is)")
    parser.add_argument("--database", choices=("demo", "130k", "both"), default="both",
                        help="the demo database, the demo with a 130,000-record register, or "
                             "both (default)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    from benchmarks.bigdb import child_environment

    env = child_environment(QT_QPA_PLATFORM=args.platform)
    folder = Path(tempfile.mkdtemp(prefix="cmdesk-startup-"))
    try:
        databases = ("demo", "130k") if args.database == "both" else (args.database,)
        results = []
        for database in databases:
            db = prepare(folder, database)
            results += run_rounds(args, env, folder, db, database)
        print("\n".join(results))
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_rounds(args, env, folder: Path, db: Path, database: str) -> list[str]:
    """Time the rounds on one database; print the details; return the result lines."""
    runs: dict[str, list[Run]] = {mode: [] for mode in MODES}
    print(f"startup benchmark on the {database} database: {args.runs} timed run(s) of each after "
          f"{args.warmup} warm-up run(s), "
          f"QT_QPA_PLATFORM={args.platform}, Python {sys.version.split()[0]}")
    for round_number in range(args.warmup + args.runs):
        timed = round_number >= args.warmup
        # Alternate which goes first, so that drift weighs on both alike.
        order = MODES if round_number % 2 == 0 else MODES[::-1]
        figures = {}
        for mode in order:
            # A fresh settings file each time: CMDesk saves its window geometry on exit.
            settings = folder / f"settings-{database}-{round_number}-{mode}.ini"
            settings.write_text(SETTINGS_INI, encoding="utf-8")
            run = measure(child_command(args.python, mode, db, settings), env, folder)
            figures[mode] = run
            if timed:
                runs[mode].append(run)
        label = f"run {round_number - args.warmup + 1}" if timed else "warm-up"
        print(f"  {label:<8} cmdesk {figures['cmdesk'].seconds:.3f} s (settled "
              f"{figures['cmdesk'].settled:.3f} s), floor {figures['floor'].seconds:.3f} s")

    medians = {mode: statistics.median(r.seconds for r in runs[mode]) for mode in MODES}
    print("median seconds from spawn to each step:")
    print(f"  {'step':<20}{'cmdesk':>8}{'floor':>8}")
    steps = list(runs["cmdesk"][0].marks)  # the floor's steps are a subset
    for step in steps:
        cells = []
        for mode in MODES:
            values = [r.marks[step] for r in runs[mode] if step in r.marks]
            cells.append(f"{statistics.median(values):8.3f}" if values else f"{'-':>8}")
        print(f"  {step:<20}{''.join(cells)}")
    for mode in MODES:
        seconds = [r.seconds for r in runs[mode]]
        print(f"  {mode} spawn to painted: min {min(seconds):.3f} s, "
              f"median {medians[mode]:.3f} s, max {max(seconds):.3f} s")
    waits = [r.longest_wait for r in runs["cmdesk"]]
    print(f"  cmdesk's longest wait for input between painted and settled: min "
          f"{min(waits) * 1e3:.0f} ms, median {statistics.median(waits) * 1e3:.0f} ms, "
          f"max {max(waits) * 1e3:.0f} ms")

    if args.importtime:
        for mode in MODES:
            settings = folder / f"settings-importtime-{mode}.ini"
            settings.write_text(SETTINGS_INI, encoding="utf-8")
            print(f"import cost by package, {mode} (one run with -X importtime):")
            importtime(child_command(args.python, mode, db, settings), env, folder, 15)

    lines = []
    if args.instructions:
        counts = {}
        for mode in MODES:
            settings = folder / f"settings-instructions-{mode}.ini"
            settings.write_text(SETTINGS_INI, encoding="utf-8")
            counts[mode] = count_instructions(
                child_command(args.python, mode, db, settings), env, folder)
        settings = folder / "settings-instructions-settled.ini"
        settings.write_text(SETTINGS_INI, encoding="utf-8")
        settled = count_instructions(child_command(args.python, "cmdesk", db, settings), env,
                                     folder, until="settled")
        lines.append(f"instructions from spawn to painted (valgrind), {database}: cmdesk "
                     f"{counts['cmdesk'] / 1e6:,.1f} M, floor {counts['floor'] / 1e6:,.1f} M, "
                     f"ratio {counts['cmdesk'] / counts['floor']:.2f}x")
        # The floor has nothing to settle: its painted is its settled.
        lines.append(f"instructions from spawn to settled (valgrind), {database}: cmdesk "
                     f"{settled / 1e6:,.1f} M, ratio {settled / counts['floor']:.2f}x")

    # Each round's two runs are seconds apart, so a change in the machine's speed
    # during the benchmark (other jobs, the CPU's clock) weighs on both: the median
    # of the rounds' ratios is the result. The ratio of the medians is shown beside it.
    from benchmarks.bigdb import spread

    for what, target, of in (("painted", TARGET_RATIO, lambda r: r.seconds),
                             ("settled", TARGET_SETTLED, lambda r: r.settled)):
        paired = [of(c) / of(f) for c, f in zip(runs["cmdesk"], runs["floor"])]
        ours = statistics.median(of(r) for r in runs["cmdesk"])
        floor = statistics.median(of(r) for r in runs["floor"])
        lines.append(f"startup to {what}, {database}: cmdesk {ours:.3f} s, floor {floor:.3f} s "
                     f"(medians, {ours / floor:.2f}x), ratio {statistics.median(paired):.2f}x "
                     f"({spread(paired)}) (target <= {target}x)")
    return lines


if __name__ == "__main__":
    sys.exit(main())
