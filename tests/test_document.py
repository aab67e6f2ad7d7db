"""One document model: every output is a Document, laid out by one writer per format.

Reports, recommendations, plans and IDPs are the same kind of value (a title and a body of
blocks); ``output.render`` lays any of them out in any format, and every number in them is
worded by ``cells.number``.
"""

from __future__ import annotations

import json

import pytest

from pustaka_cli.i18n import Translator
from pustaka_cli.render import cells, output
from pustaka_cli.render import document as d


def idp_like(name: str = "Ani Lestari") -> d.Document:
    """A small prose document with one block of every kind."""
    return d.Document(
        "idp",
        "Plan",
        "en",
        body=(
            d.Heading("Profile"),
            d.Fields((("Name", name), ("Grade", "Library Assistant"))),
            d.Heading("Gaps"),
            d.Table(
                "gaps",
                "",
                (d.Column("c0", "Competency"), d.Column("c1", "Current")),
                (("Cataloguing", "1"), ("Reference", "?")),
                empty="No gaps.",
            ),
            d.Para("Levels are on a 0-4 scale."),
            d.Items(("first item\ndetail line", "second item"), "Nothing."),
            d.Sign((("Librarian", name), ("Supervisor", "")), "Place, date"),
        ),
        look=d.PROSE,
        footer="Plan · Dinas · 2026-11-21",
    )


@pytest.mark.parametrize("fmt", [f for f in output.FORMATS if f not in output.BINARY])
def test_a_prose_document_is_laid_out_in_every_text_format(fmt: str) -> None:
    text = output.as_text(idp_like(), Translator("en"), fmt)
    assert "Cataloguing" in text
    if fmt in ("text", "markdown", "html"):
        for word in (
            "Plan",
            "Profile",
            "Ani Lestari",
            "Library Assistant",
            "detail line",
            "second item",
            "Supervisor",
            "Place, date",
            "0-4 scale",
        ):
            assert word in text, (fmt, word)


def test_a_prose_document_makes_a_workbook_of_its_tables() -> None:
    book = output.render(idp_like(), "xlsx", Translator("en"))
    assert isinstance(book, bytes) and book.startswith(b"PK")


def test_the_prose_look_in_text() -> None:
    text = output.as_text(idp_like(), Translator("en"))
    assert text.startswith("Plan\n====\n\nProfile\n-------\nName  : Ani Lestari\n")
    # a prose table: dashes under each header, words left-aligned
    assert "Competency   Current\n-----------  -------\nCataloguing  1\nReference    ?\n" in text
    assert "- first item\n    detail line\n- second item\n" in text
    assert text.endswith("Supervisor\n\n\n(" + "." * 30 + ")\n")


def test_a_prose_table_too_wide_for_the_page_becomes_a_list() -> None:
    wide = d.Table(
        "t", "", (d.Column("a", "Activity"), d.Column("b", "Closes")), (("x" * 50, "y" * 40),)
    )
    text = output.as_text(
        d.Document("plan", "P", "en", body=(wide,), look=d.PROSE), Translator("en")
    )
    assert text == f"P\n=\n- Activity : {'x' * 50}\n  Closes   : {'y' * 40}\n"


def test_the_printed_prose_page_carries_its_footer_and_a_signature_block() -> None:
    page = output.as_text(idp_like(), Translator("en"), "html", "f4")
    assert "size:215mm 330mm" in page
    assert '@bottom-left{content:"Plan · Dinas · 2026-11-21"' in page
    assert '<div class="signature">' in page and "<section" not in page


def test_control_characters_are_shown_in_every_prose_format() -> None:
    doc = idp_like("Ani\x1b[31m")
    for fmt in ("text", "markdown", "html"):
        text = output.as_text(doc, Translator("en"), fmt)
        assert "\x1b" not in text, fmt
        assert "Ani\\x1b" in text or "Ani\\\\x1b" in text or "Ani\\u001b" in text, fmt


def test_a_report_body_may_hold_any_block() -> None:
    table = d.Table("t", "People", (d.Column("n", "N", d.INT),), ((3,),))
    doc = d.Document("summary", "R", "en", body=(d.Para("Read this first."), table))
    assert doc.tables == (table,)
    md = output.as_text(doc, Translator("en"), "markdown")
    assert md == "# R\n\nRead this first.\n\n## People\n\n| N |\n|---:|\n| 3 |\n"
    body = json.loads(output.as_text(doc, Translator("en"), "json"))
    assert [t["key"] for t in body["tables"]] == ["t"]


def test_one_number_formatter_groups_thousands_when_asked() -> None:
    assert cells.number(1234.5, "id", group=True) == "1.234,5"
    assert cells.number(1234.5, "en", group=True) == "1,234.5"
    assert cells.number(1234.5, "id") == "1234,5"
    assert cells.number(-0.001, "en", group=True) == "0"  # never -0, grouped or not
    assert cells.number(2.675, "en", group=True) == "2.68"  # the one rounding rule
    assert cells.money(5_000_000, "IDR", "id") == "Rp 5.000.000"
    assert cells.money(5_000_000, "IDR", "en") == "IDR 5,000,000"
    assert cells.money(None, "IDR", "en") == "-"


def test_a_titled_prose_table_is_headed_in_every_format() -> None:
    table = d.Table("t", "Load", (d.Column("a", "Mentor"),), (("Ani",),))
    doc = d.Document("mentors", "M", "en", body=(table,), look=d.PROSE)
    assert output.as_text(doc, Translator("en")) == "M\n=\n\nLoad\n----\nMentor\n------\nAni\n"
    assert "## Load" in output.as_text(doc, Translator("en"), "markdown")
    assert "<h2>Load</h2>" in output.as_text(doc, Translator("en"), "html")
