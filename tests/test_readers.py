"""Readers: every format, stdin, directories, and every kind of bad input.

All texts here are made up for these tests.  A bad input must produce one InputError naming the
file (and line / record) while the good inputs around it still come through.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.readers import format_of, read, sniff

DATA = Path(__file__).parent / "data" / "readers"
ARTICLE = ("Harbour board says 120 boats used the new marina in June.\n\n"
           "The board's chair, Ilse Brandt, said \u201cmost of them stayed a week\u201d.\n")


def run(paths, **kw):
    errors: list[InputError] = []
    stats: dict = {}
    docs = list(read([str(p) for p in paths], on_error=errors.append, stats=stats, **kw))
    return docs, errors, stats


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def good(tmp_path):
    return write(tmp_path / "good.txt", ARTICLE)


# --- plain text ---------------------------------------------------------------------------------

def test_text_is_the_whole_file(good):
    docs, errors, stats = run([good], published="2021-06-30")
    assert errors == []
    (doc,) = docs
    assert doc.text == ARTICLE
    assert (doc.doc_ref, doc.format, doc.published) == (str(good), "text", "2021-06-30")
    assert doc.metadata["encoding"] == "utf-8"
    assert stats["read"] == 1


def test_crlf_becomes_lf_and_offsets_follow(tmp_path):
    path = write(tmp_path / "win.txt", ARTICLE.replace("\n", "\r\n"))
    (doc,), errors, _ = run([path])
    assert doc.text == ARTICLE
    assert doc.text.index("Ilse") == ARTICLE.index("Ilse")


def test_utf16_with_bom(tmp_path):
    path = write(tmp_path / "utf16.txt", ARTICLE.encode("utf-16"))
    (doc,), errors, _ = run([path])
    assert doc.text == ARTICLE and doc.metadata["encoding"].startswith("utf-16")


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    (doc,), _, _ = run([path])
    assert doc.text == ARTICLE


@pytest.mark.parametrize("sentence", [
    "The mayor\u2019s office said \u201cabout 3,000\u201d residents left \u2013 most by car.\n",
    "Caf\u00e9 owners said the na\u00efve plan cost them \u201ctwo months\u201d of trade.\n",
])
def test_cp1252_is_detected_not_mangled(tmp_path, sentence):
    path = write(tmp_path / "legacy.txt", sentence.encode("cp1252"))
    (doc,), errors, _ = run([path])
    assert errors == []
    assert doc.text == sentence
    assert doc.metadata["encoding"] == "cp1252"


def test_names_with_spaces_and_non_ascii(tmp_path):
    path = write(tmp_path / "Zürich notes" / "März bericht ñ.txt", ARTICLE)
    (doc,), errors, _ = run([path])
    assert errors == [] and doc.doc_ref == str(path)


# --- bad inputs -----------------------------------------------------------------------------------

BAD_FILES = {
    "random.txt": (bytes(range(256)) * 4, "binary"),
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b" \n\t\r\n  \n", "only whitespace"),
    "nul.txt": (b"Forty boats came\x00 in", "NUL byte at offset 16"),
    "broken-utf8.txt": ("Z\u00fcrich harbour saw 120 boats\n".encode() + b"\xff and more\n",
                        "invalid UTF-8 (byte 0xff at offset 30)"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
    "paper.md": (b"%PDF-1.7\n" + b"x" * 100, "PDF"),
    "archive.txt": (b"PK\x03\x04" + bytes(40), "zip"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path, good, name):
    data, problem = BAD_FILES[name]
    bad = write(tmp_path / name, data)
    docs, errors, stats = run([bad, good])
    assert [d.doc_ref for d in docs] == [str(good)]
    (err,) = errors
    assert err.where == str(bad)
    assert problem in err.problem
    assert "\n" not in str(err)
    assert stats == {"read": 1, "errors": 1}


def test_random_bytes_without_nul_are_refused(tmp_path, good):
    import random

    rng = random.Random(7)
    data = bytes(rng.choice(range(1, 256)) for _ in range(2000))
    bad = write(tmp_path / "noise.dat", data)
    docs, errors, _ = run([bad, good])
    assert len(docs) == 1 and len(errors) == 1 and errors[0].where == str(bad)


def test_missing_path(tmp_path, good):
    docs, errors, _ = run([tmp_path / "nope.txt", good])
    assert len(docs) == 1
    assert errors[0].where.endswith("nope.txt") and "no such file" in errors[0].problem


def test_file_over_max_chars(tmp_path, good):
    big = write(tmp_path / "big.txt", "a" * 5_000)
    docs, errors, _ = run([big, good], max_chars=2_000)
    assert len(docs) == 1
    assert errors[0].where == str(big)
    assert errors[0].problem == "is 5,000 characters; the limit is 2,000 (setting max_chars, CLAIMLEDGER_MAX_CHARS)"


def test_file_far_over_max_chars_is_not_read_whole(tmp_path):
    big = write(tmp_path / "huge.txt", "b" * 50_000)
    _, errors, _ = run([big], max_chars=1_000)
    assert "50,000 bytes" in errors[0].problem and "setting max_chars" in errors[0].problem


# --- directories ----------------------------------------------------------------------------------

def test_directory_is_walked_sorted_and_hidden_files_skipped(tmp_path):
    write(tmp_path / "b.txt", "Second file about 2 ferries.\n")
    write(tmp_path / "a" / "z.md", "First file about 1 ferry.\n")
    write(tmp_path / ".hidden.txt", "never read\n")
    write(tmp_path / ".git" / "c.txt", "never read\n")
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + bytes(20))
    write(tmp_path / "notes", "No extension, read as text: 3 boats.\n")
    docs, errors, stats = run([tmp_path])
    assert errors == []
    assert [Path(d.doc_ref).name for d in docs] == ["z.md", "b.txt", "notes"]
    assert stats["skipped:not a text format"] == 1


def test_directory_with_nothing_readable(tmp_path, good):
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty / ".DS_Store", b"\x00\x01")
    docs, errors, _ = run([empty, good])
    assert len(docs) == 1
    assert errors[0].where == str(empty) and "no readable files" in errors[0].problem


def test_unknown_extensions_are_sniffed(tmp_path):
    write(tmp_path / "rows.data", json.dumps({"id": "r1", "text": "Ten boats."}) + "\n")
    write(tmp_path / "page.dump", (DATA / "plain_article.html").read_bytes())
    docs, errors, _ = run([tmp_path])
    assert errors == []
    assert sorted(d.format for d in docs) == ["html", "jsonl"]


@pytest.mark.parametrize("name, fmt", [
    ("a.TXT", "text"), ("a.jsonl.gz", "jsonl"), ("a.ndjson", "jsonl"), ("a.warc.gz", "warc"),
    ("a.arc.gz", "warc"), ("a.xhtml", "html"), ("a.csv", None),
])
def test_format_by_extension(name, fmt):
    assert format_of(name) == fmt


@pytest.mark.parametrize("head, fmt", [
    (b'  {"text": "x"}', "jsonl"), (b"<!doctype html>", "html"), (b"WARC/1.0\r\n", "warc"),
    (b"Plain words", "text"), (b"\xef\xbb\xbf<html>", "html"),
])
def test_sniff(head, fmt):
    assert sniff(head) == fmt


# --- stdin ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("payload, fmt, count", [
    (ARTICLE.encode(), "text", 1),
    (b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n', "jsonl", 2),
    ((DATA / "plain_article.html").read_bytes(), "html", 1),
    (gzip.compress(b'{"id": "g1", "text": "Gzipped on stdin."}\n'), "jsonl", 1),
])
def test_stdin_is_sniffed(monkeypatch, payload, fmt, count):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    docs, errors, _ = run(["-"])
    assert errors == []
    assert [d.format for d in docs] == [fmt] * count


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    docs, errors, _ = run(["-"])
    assert docs == [] and errors[0].where == "<stdin>" and "empty" in errors[0].problem


# --- JSONL ----------------------------------------------------------------------------------------

ROWS = [
    {"id": "n1", "title": "Ferry fares rise", "text": "Fares rose 4%.\r\n\r\nThe operator said so.",
     "date": "2019-01-04", "url": "https://example.org/n1", "outlet": "Gazette", "section": "transport"},
    {"title": "No id here", "text": "Twelve buses were added.", "date": "2019-01-04T10:00:00Z"},
    {"id": 77, "text": "Numbers as ids become strings.", "date": "January 5, 2019"},
    {"id": "n4", "text": "A date that is no date.", "date": "sometime soon"},
]


def jsonl(rows) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def test_jsonl_fields_and_metadata(tmp_path):
    path = write(tmp_path / "news.jsonl", jsonl(ROWS))
    docs, errors, stats = run([path], published="2020-02-02")
    assert errors == []
    first, second, third, fourth = docs
    assert (first.doc_ref, first.title, first.url, first.outlet, first.published) == (
        "n1", "Ferry fares rise", "https://example.org/n1", "Gazette", "2019-01-04")
    assert first.text == "Fares rose 4%.\n\nThe operator said so."
    assert first.metadata == {"section": "transport"}
    assert (second.doc_ref, second.published) == (f"{path}:2", "2019-01-04")
    assert (third.doc_ref, third.published) == ("77", "2019-01-05")
    assert fourth.published == "2020-02-02" and fourth.metadata["date_unparsed"] == "sometime soon"
    assert stats["read"] == 4


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not JSON"),
    ('["a", "list"]', "a JSON list, not an object"),
    ('"just a string"', "a JSON str, not an object"),
    ('{"id": "x", "title": "no text"}', 'no "text" key'),
    ('{"id": "x", "text": null}', '"text" is null'),
    ('{"id": "x", "text": 42}', '"text" is a int, not a string'),
    ('{"id": "x", "text": "   "}', '"text" is empty'),
])
def test_jsonl_bad_line_names_file_and_line(tmp_path, line, problem):
    path = write(tmp_path / "mixed rows.jsonl", jsonl([ROWS[0], line, ROWS[2]]))
    docs, errors, stats = run([path])
    assert [d.doc_ref for d in docs] == ["n1", "77"]
    (err,) = errors
    assert err.where == f"{path}:2"
    assert problem in err.problem
    assert stats["errors"] == 1


def test_jsonl_invalid_utf8_line(tmp_path):
    path = write(tmp_path / "bytes.jsonl", jsonl([ROWS[0]]).encode() + b'{"text": "caf\xe9"}\n')
    docs, errors, _ = run([path])
    assert len(docs) == 1 and errors[0].where == f"{path}:2" and "UTF-8" in errors[0].problem


def test_jsonl_text_over_max_chars(tmp_path):
    path = write(tmp_path / "long.jsonl", jsonl([{"id": "long", "text": "x" * 300}, ROWS[2]]))
    docs, errors, _ = run([path], max_chars=100)
    assert [d.doc_ref for d in docs] == ["77"]
    assert errors[0].where == f"{path}:1" and "300 characters; the limit is 100" in errors[0].problem


def test_jsonl_line_far_over_max_chars_is_skipped_not_held(tmp_path):
    path = write(tmp_path / "wide.jsonl", jsonl([{"id": "w", "text": "y" * 20_000}, ROWS[2]]))
    docs, errors, _ = run([path], max_chars=1_000)
    assert [d.doc_ref for d in docs] == ["77"]
    assert errors[0].where == f"{path}:1" and "20,0" in errors[0].problem
    assert "setting max_chars" in errors[0].problem


def test_gzip_jsonl_is_streamed(tmp_path):
    path = write(tmp_path / "news.jsonl.gz", gzip.compress(jsonl(ROWS).encode()))
    docs, errors, _ = run([path])
    assert errors == [] and [d.doc_ref for d in docs][:1] == ["n1"] and len(docs) == 4


def test_truncated_gzip_keeps_the_rows_before_the_damage(tmp_path):
    blob = gzip.compress(jsonl(ROWS * 50).encode())
    path = write(tmp_path / "cut.jsonl.gz", blob[: len(blob) // 2])
    docs, errors, _ = run([path])
    assert len(errors) == 1 and errors[0].where == str(path)
    assert 0 < len(docs) < 200


def test_empty_jsonl(tmp_path):
    path = write(tmp_path / "none.jsonl", "\n\n")
    docs, errors, _ = run([path])
    assert docs == [] and errors[0].where == str(path)


# --- HTML -----------------------------------------------------------------------------------------

def test_wordpress_page_with_two_comments():
    (doc,), errors, _ = run([DATA / "wordpress_comments.html"], published="1999-01-01")
    assert errors == []
    assert doc.format == "html"
    assert doc.title == "Harbour town counts 4,200 visitors at lantern festival"
    assert doc.outlet == "The Quayside Courier"
    assert doc.published == "2021-09-14"
    assert doc.url == "https://quayside.example.org/2021/09/14/lantern-festival/"
    body_end = doc.comment_spans[0][0] - 3
    body = doc.text[:body_end]
    assert body.startswith("About 4,200 people walked")
    assert "\n\nFestival organiser Petra Lindqvist" in body
    assert "Leave a Reply" not in doc.text and "Home" not in body
    assert [a for *_, a in doc.comment_spans] == ["Jonas Weir", "Aisha Rahman"]
    first, second = (doc.text[s:e] for s, e, _ in doc.comment_spans)
    assert first == ("I counted at least 300 lanterns on the water by the lighthouse alone.\n\n"
                     "Well done to the volunteers.")
    assert second == "The council said 4,200 but the queue for the ferry suggested closer to 6,000 people."
    assert doc.text == body + "\n\n\n" + first + "\n\n\n" + second


def test_nested_replies_are_their_own_comments(tmp_path):
    page = (DATA / "wordpress_comments.html").read_text()
    reply = ('<ol class="children"><li id="comment-103" class="comment depth-2">'
             '<article class="comment-body"><div class="comment-author vcard"><b class="fn">Petra L.</b>'
             '</div><div class="comment-content"><p>We will count the lanterns properly next year.</p>'
             '</div></article></li></ol>')
    page = page.replace("</article>\n</li>\n<li id=\"comment-102\"",
                        "</article>\n" + reply + "</li>\n<li id=\"comment-102\"")
    (doc,), errors, _ = run([write(tmp_path / "nested.html", page)])
    assert [a for *_, a in doc.comment_spans] == ["Jonas Weir", "Petra L.", "Aisha Rahman"]
    s, e, _ = doc.comment_spans[0]
    assert "next year" not in doc.text[s:e]


DISQUS_LIST = """<div id="disqus_thread"><ul id="post-list" class="post-list">
<li class="post"><div class="post-content"><header><span class="author"><a href="#">quietreader</a></span>
</header><div class="post-body"><div class="post-message"><p>Our orchard lost nearly all of the early
blossom too.</p></div></div></div></li>
<li class="post"><div class="post-content"><header><span class="author"><a href="#">Fen Okafor</a></span>
</header><div class="post-body"><div class="post-message"><p>Frost nets would have saved most of it.</p>
</div></div></div></li></ul></div>"""
COMMENT_BLOCKS = """<section class="comments"><h3>Comments</h3>
<div class="comment"><span class="username">quietreader</span><div class="comment-text">Our orchard lost
nearly all of the early blossom too.</div></div>
<div class="comment"><span class="username">Fen Okafor</span><div class="comment-text">Frost nets would
have saved most of it.</div></div></section>"""
UNSPLIT = """<div id="comments" class="comments"><h3>Comments</h3><p>Loading comments...</p>
<p>Our orchard lost nearly all of the early blossom too.</p>
<p>Frost nets would have saved most of it.</p></div>"""


@pytest.mark.parametrize("markup, authors", [
    (DISQUS_LIST, ["quietreader", "Fen Okafor"]),
    (COMMENT_BLOCKS, ["quietreader", "Fen Okafor"]),
    (UNSPLIT, [None, None]),  # no comment list: one comment a paragraph, widget labels dropped
])
def test_comment_lists(tmp_path, markup, authors):
    page = (DATA / "plain_article.html").read_text().replace("</article>", "</article>" + markup)
    (doc,), errors, _ = run([write(tmp_path / "page.html", page)])
    assert [a for *_, a in doc.comment_spans] == authors
    assert [doc.text[s:e] for s, e, _ in doc.comment_spans] == [
        "Our orchard lost nearly all of the early blossom too.", "Frost nets would have saved most of it."]
    assert doc.text.count("Frost nets") == 1 and "Loading" not in doc.text


def test_page_without_comments_uses_the_default_date():
    (doc,), errors, _ = run([DATA / "plain_article.html"], published="2022-05-20")
    assert errors == [] and doc.comment_spans == ()
    assert doc.published == "2022-05-20" and doc.outlet == "Hillside Gazette"
    paragraphs = doc.text.split("\n\n")
    assert any(p.startswith("The growers' cooperative said its 42 member farms") for p in paragraphs)


def test_latin1_page_decoded_by_its_meta_charset(tmp_path):
    page = (DATA / "plain_article.html").read_text().replace('charset="utf-8"', 'charset="iso-8859-1"')
    page = page.replace("near the river.", "near the Ch\u00e2teau de la Rivi\u00e8re.")
    (doc,), errors, _ = run([write(tmp_path / "latin.html", page.encode("cp1252"))])
    assert errors == [] and "Ch\u00e2teau de la Rivi\u00e8re" in doc.text
    assert doc.metadata["encoding"] == "cp1252"


@pytest.mark.parametrize("page", [
    "<html><body><div><a href='/'>Home</a></div></body></html>",
    "<html><head><title>Only a title</title></head><body></body></html>",
    "<<<>>> </div></p><script>var x = 1;</script>",
])
def test_html_without_article_text(tmp_path, good, page):
    bad = write(tmp_path / "broken.html", page)
    docs, errors, _ = run([bad, good])
    assert len(docs) == 1
    assert errors[0].where == str(bad) and "no article text found" in errors[0].problem


# --- WARC -----------------------------------------------------------------------------------------

def make_warc(path: Path, gz: bool = True) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)

        def response(uri, body, ctype, date="2021-09-15T06:00:00Z"):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                            http_headers=http,
                                            warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)

        response("https://quayside.example.org/lanterns", (DATA / "wordpress_comments.html").read_bytes(),
                 "text/html; charset=utf-8")
        response("https://quayside.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(30), "image/png")
        latin = (DATA / "plain_article.html").read_text().replace('<meta charset="utf-8">', "")
        latin = latin.replace("near the river.", "near the Ch\u00e2teau.")
        response("https://hillside.example.net/frost", latin.encode("cp1252"),
                 "text/html; charset=windows-1252", date="2022-05-19T12:00:00Z")
        response("https://hillside.example.net/empty", b"<html><body></body></html>", "text/html")
        req = writer.create_warc_record("https://hillside.example.net/frost", "request",
                                        payload=io.BytesIO(b"GET /frost HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses(tmp_path, gz):
    path = make_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz)
    docs, errors, stats = run([path], published="1999-01-01")
    assert [d.doc_ref for d in docs] == ["https://quayside.example.org/lanterns",
                                         "https://hillside.example.net/frost"]
    lanterns, frost = docs
    assert lanterns.published == "2021-09-14"  # the page's own date beats the crawl date
    assert len(lanterns.comment_spans) == 2
    assert frost.published == "2022-05-19"  # the crawl date fills in
    assert frost.url == "https://hillside.example.net/frost"
    assert "Ch\u00e2teau" in frost.text
    (err,) = errors
    assert err.where.startswith(f"{path} record at byte ") and "hillside.example.net/empty" in err.where
    assert "no article text found" in err.problem
    assert stats["skipped:warc non-html response"] == 1
    assert stats["skipped:warc request record"] == 1


def test_not_a_warc(tmp_path, good):
    bad = write(tmp_path / "fake.warc", "this is not an archive\n" * 5)
    docs, errors, _ = run([bad, good])
    assert len(docs) == 1 and errors[0].where == str(bad)


def test_warcio_fallback_reads_the_same(tmp_path, monkeypatch):
    import builtins

    path = make_warc(tmp_path / "crawl.warc.gz")
    real_import = builtins.__import__

    def no_fastwarc(name, *args, **kwargs):
        if name.startswith("fastwarc"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_fastwarc)
    docs, errors, stats = run([path])
    assert [d.doc_ref for d in docs] == ["https://quayside.example.org/lanterns",
                                         "https://hillside.example.net/frost"]
    assert stats["skipped:warc non-html response"] == 1 and len(errors) == 1


def test_errors_never_escape_the_iterator(tmp_path, good):
    paths = [tmp_path / "missing", write(tmp_path / "e.txt", b""), good,
             write(tmp_path / "x.jsonl", "[1]\n"), write(tmp_path / "y.warc.gz", b"\x1f\x8bnot gzip")]
    docs, errors, stats = run(paths)
    assert len(docs) == 1 and len(errors) == 4
    assert [e.where for e in errors] == [str(paths[0]), str(paths[1]), f"{paths[3]}:1", str(paths[4])]
    assert all(isinstance(e, InputError) for e in errors)
    assert os.path.basename(errors[3].where) == "y.warc.gz"
