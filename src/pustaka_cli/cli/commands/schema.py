"""``pustaka schema``: JSON Schema of each kind of record file, for editors."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.

from pathlib import Path
from typing import Annotated

import typer

from pustaka_cli.cli import common
from pustaka_cli.errors import UsageError
from pustaka_cli.i18n import Translator


def register(app: typer.Typer, t: Translator) -> None:
    @app.command("schema", help=t("schema.help"))
    def schema(
        kind: Annotated[
            str | None,
            typer.Argument(help=t("schema.argument.kind"), show_default=False),
        ] = None,
        out: Annotated[
            Path | None,
            typer.Option("--out", "-o", help=t("schema.option.out"), metavar=t("metavar.dir")),
        ] = None,
        lang: Annotated[str | None, common.lang_option(t)] = None,
    ) -> None:
        from pustaka_cli.store.scaffold import write_schemas
        from pustaka_cli.store.schema import KIND_NAMES, kind_schema_text

        if kind is not None and kind not in KIND_NAMES:
            raise UsageError("error.bad-kind", value=kind, choices=", ".join(KIND_NAMES))
        if out is not None:
            written = write_schemas(out)
            common.write(t("schema.done", count=len(written), folder=out) + "\n")
        elif kind is not None:
            common.write(kind_schema_text(kind))
        else:
            common.write(t("schema.kinds", kinds=", ".join(KIND_NAMES)) + "\n")
