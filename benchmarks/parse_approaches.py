"""Parse a folder's YAML four ways and print the CPU time of each (issue 17's choice).

    python benchmarks/parse_approaches.py FOLDER [--repeat 3]

PyYAML's C loader (what P parses with); libyaml's events iterated with nothing built (the
floor of any reader that consumes them); the least an event consumer must do to give
pustaka's located nodes (one node per event, no checks); the strict reader alone
(``parse(..., parser="libyaml")``: every check, located problems); and ``parse`` as
pustaka reads (the fast reader first). CPU seconds, the least of ``--repeat`` runs, the
garbage collector off, the files read into memory first.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from yaml._yaml import CParser
from yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from pustaka_cli.problems import new_loc
from pustaka_cli.store.yaml import Node, parse
from pustaka_cli.store.yaml.nodes import new_mapping, new_scalar, new_sequence


def events_only(texts: list[str]) -> None:
    for text in texts:
        get = CParser(text).get_event
        while get() is not None:
            pass


def events_to_nodes(texts: list[str]) -> None:
    """One node per event, no checks at all: the least such a reader can do."""
    for text in texts:
        get = CParser(text).get_event
        stack: list[list[Node]] = [[]]
        opened = []
        while (event := get()) is not None:
            kind = type(event)
            mark = event.start_mark
            if kind is ScalarEvent:
                stack[-1].append(
                    new_scalar(event.value, bool(event.style), "f", mark.line + 1, mark.column + 1)
                )
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                loc = new_loc("f", mark.line + 1, mark.column + 1)
                opened.append((kind is MappingStartEvent, loc))
                stack.append([])
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                items = stack.pop()
                is_map, loc = opened.pop()
                node = (
                    new_mapping(tuple(zip(items[::2], items[1::2], strict=True)), loc)  # type: ignore[arg-type]
                    if is_map
                    else new_sequence(tuple(items), loc)
                )
                stack[-1].append(node)


def least(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        work()
        best = min(best, time.process_time() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    gc.disable()
    paths = sorted(p for p in args.folder.rglob("*.yaml") if ".pustaka" not in p.parts)
    files = [p.read_bytes() for p in paths]
    texts = [data.decode("utf-8") for data in files]
    ways: dict[str, Callable[[], object]] = {
        "PyYAML C loader (P's parse)": lambda: [
            yaml.load(d, Loader=yaml.CSafeLoader) for d in files
        ],
        "libyaml events, nothing built": lambda: events_only(texts),
        "libyaml events → nodes, no checks (the least of that way)": lambda: events_to_nodes(texts),
        "strict reader alone (libyaml events → nodes, every check)": lambda: [
            parse(d, "f", parser="libyaml") for d in files
        ],
        "parse: the fast reader, the strict one when it declines": lambda: [
            parse(d, "f") for d in files
        ],
    }
    print(f"{args.folder} ({len(files)} files)")
    print("| way | CPU s |")
    print("|---|---|")
    for name, work in ways.items():
        print(f"| {name} | {least(work, args.repeat):.2f} |")


if __name__ == "__main__":
    main()
