"""Long tables on a screen (issue 6): cut, with the count and how to get every row."""

from __future__ import annotations

from pustaka_cli.api.reading import Screen
from pustaka_cli.i18n import Translator
from pustaka_cli.render import document as d
from pustaka_cli.render import output
from pustaka_cli.render.terminal import TERMINAL_ROWS


def _doc(n: int) -> d.Document:
    columns = (d.Column("id", "Id", d.ID), d.Column("jp", "JP", d.INT))
    rows = tuple((f"p{i:05d}", i) for i in range(n))
    return d.Document("hours", "Hours", "en", (), (d.Table("hours", "People", columns, rows),))


def test_a_screen_shows_at_most_the_limit_and_says_how_many_there_are() -> None:
    t = Translator("en")
    text = output.render(_doc(1000), "text", t, 80, False, rows=TERMINAL_ROWS)
    assert text.count("\np0") == TERMINAL_ROWS
    assert f"Showing {TERMINAL_ROWS} of 1000 rows" in text.replace("\n", " ")
    assert "--format csv" in text.replace("\n", " ")


def test_piped_text_and_exports_keep_every_row() -> None:
    t = Translator("en")
    assert output.render(_doc(1000), "text", t).count("\np0") == 1000
    assert output.render(_doc(1000), "csv", t, rows=TERMINAL_ROWS).count("p0") == 1000
    assert Screen(terminal=False).rows("text") is None
    assert Screen(terminal=True).rows("csv") is None
    assert Screen(terminal=True).rows("text") == TERMINAL_ROWS


def test_a_short_table_is_not_cut() -> None:
    t = Translator("id")
    full = output.render(_doc(TERMINAL_ROWS), "text", t)
    assert output.render(_doc(TERMINAL_ROWS), "text", t, rows=TERMINAL_ROWS) == full
