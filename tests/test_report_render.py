"""Renderers: CSV safety (BOM, formula injection, NIPs as text), masks, numbers, JSON shape."""

from __future__ import annotations

import datetime as dt
import json

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells, formats, html, terminal
from pustaka_cli.render import document as d


def doc(*rows: tuple[d.Cell, ...]) -> d.Document:
    columns = (
        d.Column("name", "Name"),
        d.Column("nip", "NIP", d.NIP),
        d.Column("jp", "JP", d.JP),
        d.Column("change", "Change", d.CHANGE),
        d.Column("cell", "Cell", d.MATRIX),
    )
    return d.Document(
        "test",
        "Title <b>",
        "en",
        (("as_of", "As of", dt.date(2026, 1, 2)),),
        (d.Table("t", "Table", columns, rows),),
    )


def test_csv_neutralises_formulas_and_keeps_numbers() -> None:
    rows = [
        (text, None, 1.5, -0.25, d.MatrixCell(2, 3, 1))
        for text in ("=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "plain")
    ]
    out = formats.csv_text(doc(*rows), Translator("en"))
    assert out.startswith("\ufeff")
    lines = out.lstrip("\ufeff").split("\r\n")
    assert lines[1] == "'=SUM(A1),,1.5,-0.25,2 (3)"  # numbers stay numbers, even negative
    assert (
        lines[2].startswith("'+1,") and lines[3].startswith("'-1,") and lines[4].startswith("'@x,")
    )
    assert "'\tx" in out and "'\rx" in out


def test_csv_in_indonesian_uses_semicolons_and_decimal_commas() -> None:
    out = formats.csv_text(doc(("Ani", None, 1.5, 0.25, None)), Translator("id"))
    assert out.lstrip("\ufeff").split("\r\n")[1] == "Ani;;1,5;0,25;"


def test_nips_are_text_in_csv() -> None:
    masked = cells.nip_text("198503122010012001", show=False)
    shown = cells.nip_text("198503122010012001", show=True)
    assert (masked, shown) == ("******** ****** * 001", "19850312 201001 2 001")
    odd = cells.nip_text("1234567890123456", show=True)
    out = formats.csv_text(doc(("A", odd, 0, 0, None)), Translator("en"))
    assert "'1234567890123456" in out  # digits only: kept as text, not a 15-digit number
    assert cells.nip_text(None, show=True) is None


def test_numbers_in_both_languages() -> None:
    assert cells.number(2.5, "id") == "2,5"
    assert cells.number(2.0, "en") == "2"
    assert cells.number(-0.001, "en") == "0"
    assert cells.grouped(12000000, "id") == "12.000.000"
    assert cells.text(0.3, d.CHANGE, Translator("en")) == "+0.3"
    assert cells.text(None, d.LEVEL, Translator("en")) == "?"


def test_json_shape_is_stable() -> None:
    body = json.loads(formats.json_text(doc(("A", None, 1.5, 0.5, d.MatrixCell(None, 2, None)))))
    assert list(body) == ["schema", "report", "lang", "title", "parameters", "tables", "notes"]
    assert body["parameters"] == {"as_of": "2026-01-02"}
    assert body["tables"][0]["rows"] == [
        {
            "name": "A",
            "nip": None,
            "jp": 1.5,
            "change": 0.5,
            "cell": {"current": None, "required": 2, "gap": None},
        }
    ]


def test_html_escapes_everything_and_loads_nothing() -> None:
    out = html.html(doc(("<script>alert(1)</script>", None, 1, 0, None)), Translator("en"))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "Title &lt;b&gt;" in out
    assert "http" not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_terminal_has_no_escape_codes_without_colour() -> None:
    out = terminal.terminal(doc(("A", None, 1, 0, d.MatrixCell(1, 3, 2))), Translator("en"))
    assert "\x1b" not in out
    coloured = terminal.terminal(
        doc(("A", None, 1, 0, d.MatrixCell(1, 3, 2))), Translator("en"), color=True
    )
    assert "\x1b[" in coloured


# --- one rounding rule (docs/report-json.md) --------------------------------------------


def _numbers_doc() -> d.Document:
    columns = (
        d.Column("jp", "JP", d.JP),
        d.Column("mean", "Mean", d.NUMBER),
        d.Column("share", "Share", d.PERCENT),
        d.Column("cost", "Cost", d.MONEY),
        d.Column("change", "Change", d.CHANGE),
    )
    row = (10.666666666666666, 2.675, 33.349999999, 166666.666, -0.125)
    return d.Document("test", "T", "en", (), (d.Table("t", "T", columns, (row,)),))


ROUNDED = ["10.67", "2.68", "33.3", "166667", "-0.13"]


def test_every_format_rounds_every_number_the_same_way() -> None:
    # JP 10.666666666666666 came out whole in JSON (issue 12): 2 decimals everywhere,
    # percentages 1, money none; halves away from zero (2.675 is 2.68, not binary 2.67).
    doc_, en = _numbers_doc(), Translator("en")
    row = json.loads(formats.json_text(doc_))["tables"][0]["rows"][0]
    assert [str(v) for v in row.values()] == ROUNDED
    assert formats.csv_text(doc_, en).split("\r\n")[1] == ",".join(ROUNDED)  # under the header
    shown = ["10.67", "2.68", "33.3%", "166,667", "-0.13"]
    assert formats.markdown(doc_, en).splitlines()[-1] == "| " + " | ".join(shown) + " |"
    assert terminal.terminal(doc_, en).split()[-5:] == shown
    page = html.html(doc_, en)
    assert all(f">{v}</td>" in page for v in shown)
    assert formats.csv_text(doc_, Translator("id")).split("\r\n")[1] == ";".join(
        v.replace(".", ",") for v in ROUNDED
    )


def test_rounding_is_half_away_from_zero_and_never_minus_zero() -> None:
    assert cells.rounded(2.675) == 2.68 and cells.rounded(-2.675) == -2.68
    assert cells.rounded(-0.001) == 0.0 and str(cells.rounded(-0.001)) == "0.0"
    assert cells.rounded(7) == 7 and isinstance(cells.rounded(7), int)
    assert cells.number(0.125, "id") == "0,13"
