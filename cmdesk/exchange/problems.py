"""Problems of an import said once per reason: a file of 13 lines into a submitted
year has one problem, "13 lines (2-14): 2025 is submitted ...", not thirteen copies of
it. Serves every import whose problems have a line, a column, the text and a reason
(values CSV, casualty records, the Committee's requests)."""

from __future__ import annotations

from typing import Iterable, NamedTuple, Protocol


class _Problem(Protocol):
    @property
    def column(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def reason(self) -> str: ...


class ProblemGroup(NamedTuple):
    """Every problem with the same column and reason: the lines (or rows) it is on,
    in file order, and the texts as written (each once)."""

    lines: tuple[int, ...]
    column: str
    texts: tuple[str, ...]
    reason: str

    @property
    def times(self) -> int:
        return len(self.lines)

    @property
    def where(self) -> str:
        """The lines as ranges: "2-14, 20"."""
        return line_ranges(self.lines)


def line_ranges(lines: Iterable[int]) -> str:
    """Line numbers as ranges, in order: [2, 3, 4, 9] gives "2-4, 9"."""
    ranges: list[list[int]] = []
    for line in sorted(set(lines)):
        if ranges and line == ranges[-1][1] + 1:
            ranges[-1][1] = line
        else:
            ranges.append([line, line])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def by_reason(problems: Iterable[_Problem], line_of=lambda problem: problem.line) -> list[ProblemGroup]:
    """The problems grouped by (column, reason), each group where its first problem
    is; `line_of` gives a problem's line (or row)."""
    groups: dict[tuple[str, str], tuple[list[int], list[str]]] = {}
    for problem in problems:
        lines, texts = groups.setdefault((str(problem.column), problem.reason), ([], []))
        lines.append(line_of(problem))
        if problem.text not in texts:
            texts.append(problem.text)
    return [ProblemGroup(tuple(lines), column, tuple(texts), reason)
            for (column, reason), (lines, texts) in groups.items()]
