"""``jiaokan`` (and ``python -m editor``): the GUI by default, subcommands for batch work.

Each subcommand is a module here with ``register(subparsers)``; it sets ``func`` on its parser,
a callable ``func(args) -> int`` (the exit status). Adding a command = a module + a line below.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from editor import __version__
from editor.core.errors import JiaokanError

COMMANDS = ("gui", "importing", "decode", "clean", "suggest", "export", "search", "history", "backup", "check",
            "screenshot")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jiaokan",
        description="Jiaokan (校勘): correct, annotate and export Chinese newspaper transcriptions.",
    )
    parser.add_argument("--version", action="version", version=f"jiaokan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"editor.cli.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"editor.cli.{name}":
                raise
            continue  # a command not built yet
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"):
        argv = ["gui", *argv]  # the GUI is the default command, with its own options
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except JiaokanError as err:
        print(f"jiaokan: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `jiaokan search ... | head`: the reader has all it wanted
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("jiaokan: interrupted", file=sys.stderr)
        return 130
