"""The small expression language of the catalog's rules (resources/catalog/rules.toml).

A rule's `when` is a Python-like expression over names: item codes in value rules
(`qls.survivors_assessed > qls.persons_assessed`, a part as a last segment:
`svc.prc_clients.survivor`), record fields in casualty-record rules
(`age > 110`, `outcome == 'killed' and amputation == 'yes'`). It is parsed with
Python's `ast` and evaluated by walking the tree: only the node kinds listed below are
accepted, so a catalog file can never run code.

A name whose value is missing (no value entered, an empty field) makes the whole
expression not applicable: `evaluate` returns None and the rule raises nothing, as a
check on figures nobody has entered would only be noise.
"""

from __future__ import annotations

import ast
import operator
from typing import Any, Callable, Mapping

FUNCTIONS: dict[str, Callable] = {"abs": abs, "min": min, "max": max}
_COMPARE = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Eq: operator.eq, ast.NotEq: operator.ne,
    ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
}
_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
               ast.Div: operator.truediv}


class ExpressionError(ValueError):
    """The expression is not one the rules language accepts; the message says why."""


def _dotted(node: ast.AST) -> str | None:
    """`a.b.c` as one name, or None when `node` is not a plain dotted name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


class Expression:
    """A parsed `when` expression: `names` it reads, `evaluate` to run it."""

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            self._tree = ast.parse(text.strip(), mode="eval").body
        except SyntaxError as error:
            raise ExpressionError(f"'{text}' is not a valid expression ({error.msg}).") from None
        names: list[str] = []
        self._check(self._tree, names)
        self._compiled: Callable[[Mapping[str, object]], Any] | None = None
        self.names: tuple[str, ...] = tuple(dict.fromkeys(names))

    def _check(self, node: ast.AST, names: list[str]) -> None:
        name = _dotted(node)
        if name is not None:
            names.append(name)
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str)) \
                and not isinstance(node.value, bool):
            return
        if isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS) or node.keywords:
                raise ExpressionError(f"'{self.text}': only {', '.join(FUNCTIONS)}(...) may be called.")
            children = node.args
        elif isinstance(node, ast.BoolOp):
            children = node.values
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            children = [node.operand]
        elif isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
            children = [node.left, node.right]
        elif isinstance(node, ast.Compare) and all(type(op) in _COMPARE for op in node.ops):
            children = [node.left, *node.comparators]
        elif isinstance(node, (ast.Tuple, ast.List)):
            children = node.elts
        else:
            raise ExpressionError(
                f"'{self.text}': '{ast.unparse(node)}' is not allowed in a rule (use names, "
                "numbers, 'text', + - * /, comparisons, and/or/not, abs/min/max).")
        for child in children:
            self._check(child, names)

    def evaluate(self, values: Mapping[str, object]) -> object | None:
        """The expression's value with `values` for its names; None when one of its
        names has no value (None or '') in `values`."""
        for name in self.names:
            if values.get(name) in (None, ""):
                return None
        try:
            return self._run(values)
        except (TypeError, ZeroDivisionError):
            return None

    @property
    def _run(self) -> Callable[[Mapping[str, object]], Any]:
        # Compiled on first use into nested closures: a record rule runs once per
        # record of the year, and walking the tree each time cost 4x more
        # (benchmarks/checks.py).
        if self._compiled is None:
            self._compiled = _compile(self._tree)
        return self._compiled


def _compile(node: ast.AST) -> Callable[[Mapping[str, object]], Any]:
    name = _dotted(node)
    if name is not None:
        return lambda values: values[name]
    if isinstance(node, ast.Constant):
        constant = node.value
        return lambda values: constant
    if isinstance(node, ast.BoolOp):
        parts = [_compile(value) for value in node.values]
        if isinstance(node.op, ast.And):
            def every(values):
                result = True
                for part in parts:
                    result = part(values)
                    if not result:
                        return result
                return result
            return every

        def first_true(values):
            result = False
            for part in parts:
                result = part(values)
                if result:
                    return result
            return result
        return first_true
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda values: not operand(values)
        return lambda values: -operand(values)
    if isinstance(node, ast.BinOp):
        left, right, apply = _compile(node.left), _compile(node.right), _ARITHMETIC[type(node.op)]
        return lambda values: apply(left(values), right(values))
    if isinstance(node, ast.Compare):
        first = _compile(node.left)
        steps = [(_COMPARE[type(op)], _compile(comparator))
                 for op, comparator in zip(node.ops, node.comparators)]

        def compare(values):
            left = first(values)
            for test, comparator in steps:
                right = comparator(values)
                if not test(left, right):
                    return False
                left = right
            return True
        return compare
    if isinstance(node, (ast.Tuple, ast.List)):
        elements = [_compile(element) for element in node.elts]
        return lambda values: tuple(element(values) for element in elements)
    # The only kind left after Expression._check: a call of a function by its name.
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    function, arguments = FUNCTIONS[node.func.id], [_compile(arg) for arg in node.args]
    return lambda values: function(*(argument(values) for argument in arguments))


class _DottedFormatter:
    """str.format for message templates whose fields are dotted names
    ("{qls.persons_assessed:,}"): the whole field name is looked up, never as an
    attribute of a value."""

    def __init__(self) -> None:
        import string

        class Formatter(string.Formatter):
            def get_field(self, field_name, args, kwargs):
                return kwargs[field_name], field_name

        self._formatter = Formatter()

    def format(self, template: str, values: Mapping[str, object]) -> str:
        return self._formatter.vformat(template, (), dict(values))


_formatter = _DottedFormatter()


def format_message(template: str, values: Mapping[str, object]) -> str:
    """`template` with its {fields} (dotted names allowed) filled from `values`."""
    return _formatter.format(template, values)


def template_fields(template: str) -> set[str]:
    """The field names a message template uses."""
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
