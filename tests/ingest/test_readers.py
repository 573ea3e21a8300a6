"""Readers: every format, headers, stable ids, and bad items reported without stopping the batch."""
from __future__ import annotations

import json
import threading
from datetime import date
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest

from ingest.model import Article
from ingest.readers import ReadError, parse_text, read_path

BODY = "Labour MP Jane Example said on Tuesday that the bypass plan must be scrapped.\n\nShe repeated the call later."


def articles(items):
    return [a for a in items if isinstance(a, Article)]


def errors(items):
    return [e for e in items if isinstance(e, ReadError)]


def test_txt_with_headers(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title: Bypass row\nDate: 2022-07-15\nURL: https://news.example/bypass\nSource: Example News\n"
                 "Author: A Writer\n\n" + BODY, encoding="utf-8")
    [a] = list(read_path(f))
    assert a.title == "Bypass row"
    assert a.published == date(2022, 7, 15)
    assert a.url == "https://news.example/bypass"
    assert a.source == "Example News" and a.author == "A Writer"
    assert a.text.startswith("Labour MP Jane Example")


def test_txt_without_headers_first_line_is_title():
    a = parse_text("Bypass row grows\n" + BODY)
    assert a.title == "Bypass row grows"
    assert a.text.startswith("Labour MP")
    assert a.published is None


def test_site_furniture_above_the_headline_is_skipped():
    for furniture in ["More on Example Gazette", "Advertisement", "Read more", "Home | News | Politics | Sport"]:
        a = parse_text(f"{furniture}\nBypass row grows\n" + BODY)
        assert a.title == "Bypass row grows", furniture
        assert a.text.startswith("Labour MP")


def test_furniture_then_a_first_paragraph_gives_no_title():
    a = parse_text("More on Example Gazette\nThe council voted again last night on the bypass plan.\n" + BODY)
    assert a.title == ""
    assert a.text.startswith("The council voted again")


def test_headlines_that_look_like_furniture_words_are_kept():
    for headline in ["Home Office faces fresh questions over visas", "More councils back the bypass plan today",
                     "Share prices fall as Chancellor speaks", "Home truths for Labour", "Advertisement row grows"]:
        a = parse_text(headline + "\n" + BODY)
        assert a.title == headline


def test_txt_single_line_has_no_title():
    a = parse_text("Just one line of text about a council vote.")
    assert a.title == "" and a.text.startswith("Just one line")


def test_published_dates_bare_files_only(tmp_path):
    dated = tmp_path / "a.txt"
    dated.write_text("Date: 2001-01-01\n\n" + BODY, encoding="utf-8")
    bare = tmp_path / "b.txt"
    bare.write_text(BODY, encoding="utf-8")
    a, b = list(read_path(tmp_path, published=date(2022, 7, 15)))
    assert a.published == date(2001, 1, 1)
    assert b.published == date(2022, 7, 15)


def test_header_lookalike_body_is_not_eaten():
    a = parse_text("Date: the committee met at noon and argued\nabout the plan for hours.")
    assert a.published is None
    assert "committee" in a.title + a.text


def test_ids_are_stable_and_depend_on_url_or_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Headline\n" + BODY, encoding="utf-8")
    first = list(read_path(f))[0].id
    assert first == list(read_path(f))[0].id
    assert len(first) == 16
    # Same text with other line wrapping: same id; other text: other id.
    assert parse_text("Headline\n" + BODY.replace(" ", "\n  ", 1)).id == first
    assert parse_text("Headline\nSomething else entirely.\nMore.").id != first
    with_url = parse_text("URL: https://x.example/1\n\n" + BODY)
    assert with_url.id != first
    assert with_url.id == parse_text("URL: https://x.example/1\n\nDifferent body text.").id


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path):
    f = tmp_path / "c.jsonl"
    good = {"id": "story-1", "title": "T", "text": BODY, "published": "2005-03-01", "url": None, "source": "S"}
    no_id = {"title": "T2", "text": "Another story body.", "published": None}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "x", "text": ""}), json.dumps(no_id), ""]
    f.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(f))
    got = articles(items)
    assert [a.id for a in got][0] == "story-1"
    assert got[0].published == date(2005, 3, 1) and got[0].source == "S"
    assert len(got) == 2 and len(got[1].id) == 16
    bad = errors(items)
    assert [e.line for e in bad] == [2, 3]
    assert "c.jsonl:2" in str(bad[0])


HTML = """<html><head><title>Council row deepens</title>
<meta name="author" content="Pat Reporter">
<meta property="article:published_time" content="2021-03-04"></head>
<body><article><h1>Council row deepens</h1>
<p>Conservative councillor Sam Sample resigned from the cabinet on Monday after a long dispute over parking charges in the town centre.</p>
<p>The council leader said a replacement would be named within a fortnight and thanked the outgoing member for years of service.</p>
</article></body></html>"""


def test_html_file(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    [a] = list(read_path(f))
    assert a.title == "Council row deepens"
    assert a.published == date(2021, 3, 4)
    assert a.author == "Pat Reporter"
    assert "Sam Sample resigned" in a.text


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title>
<item><title>First story</title><link>https://feed.example/1</link>
<pubDate>Fri, 15 Jul 2022 08:00:00 GMT</pubDate><description>&lt;p&gt;Lib Dem candidate Alex Doe won the ward.&lt;/p&gt;</description></item>
<item><title>Second story</title><link>https://feed.example/2</link><description>Green Party members met.</description></item>
</channel></rss>"""


def test_rss_feed_entries_become_articles(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(RSS, encoding="utf-8")
    got = articles(read_path(f))
    assert [a.title for a in got] == ["First story", "Second story"]
    assert got[0].text == "Lib Dem candidate Alex Doe won the ward."
    assert got[0].published == date(2022, 7, 15)
    assert got[0].url == "https://feed.example/1" and got[0].source == "Example Feed"
    assert got[0].id != got[1].id


def test_broken_feed_is_an_error_not_a_crash(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text("this is not xml at all", encoding="utf-8")
    items = list(read_path(f))
    assert len(items) == 1 and isinstance(items[0], ReadError)


def test_directory_recursion_sorted_and_skips_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\nSecond body.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("One\nFirst body.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "c.jsonl").write_text("{broken\n", encoding="utf-8")
    items = list(read_path(tmp_path))
    assert [a.title for a in articles(items)] == ["Two", "One"]   # b/two.txt sorts before one.txt
    assert len(errors(items)) == 1


def test_missing_path_is_reported(tmp_path):
    [e] = list(read_path(tmp_path / "nope.txt"))
    assert isinstance(e, ReadError) and "no such file" in e.message


@pytest.fixture
def local_server(tmp_path):
    (tmp_path / "story.html").write_text(HTML, encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_is_fetched_and_read_as_html(local_server):
    [a] = list(read_path(local_server + "/story.html"))
    assert isinstance(a, Article)
    assert a.url == local_server + "/story.html"
    assert "Sam Sample" in a.text
    [e] = list(read_path(local_server + "/missing.html"))
    assert isinstance(e, ReadError) and "fetch failed" in e.message
