"""HTML pages keep what the main-text extractor drops: embedded posts and data tables.

Every page here is written for the test, after the markup news sites publish: a WordPress page
with a Twitter embed, a Guardian-style pull quote (``<blockquote>`` with ``<cite>``), Instagram,
Facebook and Bluesky embed codes, a results table with ``<th>`` row and column headers, and a
table without any header markup.
"""
from __future__ import annotations

import io

import pytest

from claimledger import analyze
from claimledger.readers.html import html_document
from claimledger.readers.text import ReadOptions
from claimledger.segment import segment_document

OPTS = ReadOptions(on_error=lambda e: None, published=None, max_chars=1_000_000, stats={})

PROSE = ("<p>Dock workers in the port city returned to work on Monday after a strike that lasted "
         "six weeks, the longest in the port's history.</p>\n"
         "<p>The union's leader celebrated the agreement shortly after the vote was counted.</p>\n")
AFTER = ("<p>The port authority said 1,200 containers were waiting to be unloaded and that clearing "
         "them would take about two weeks.</p>\n"
         "<p>Shipping companies had diverted dozens of vessels to other ports during the dispute, "
         "according to industry figures.</p>\n")


def page(middle: str, title: str = "Port strike ends") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article class="post"><h1 class="entry-title">{title}</h1>
<div class="entry-content">
{PROSE}{middle}{AFTER}</div></article></main>
<footer><p>Copyright 2024 The Harbour Times</p></footer></body></html>""".encode()


def read(html: bytes):
    return html_document(html, "page.html", OPTS)


def claims_of(doc):
    return analyze(doc)


TWEET = """<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">
<div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Members
voted 87% in favour. Wages rise 12% over two years. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash;
Maria Lopez (@marialopez_dock) <a href="https://twitter.com/marialopez_dock/status/1764?ref_src=twsrc%5Etfw">March 3, 2024</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>
"""


def test_tweet_is_placed_in_the_text_at_its_place_with_its_author():
    doc = read(page(TWEET))
    post = "Members voted 87% in favour. Wages rise 12% over two years."
    assert post in doc.text
    # between the paragraph before it and the one after it in the page
    assert doc.text.index("celebrated") < doc.text.index(post) < doc.text.index("1,200 containers")
    [embed] = [s for s in segment_document(doc) if s.kind == "embed"]
    assert doc.text[embed.start:embed.end] == post
    assert embed.author == "Maria Lopez (@marialopez_dock)"


def test_a_tweets_numbers_and_statements_are_the_authors_direct_words():
    doc = read(page(TWEET))
    claims = [c for c in claims_of(doc) if c.segment.kind == "embed"]
    numbers = {c.quantity.surface: c for c in claims if c.kind == "quantity"}
    assert {"87%", "12%"} <= set(numbers)
    statements = [c for c in claims if c.kind == "statement"]
    assert [doc.text[c.span[0]:c.span[1]] for c in statements] == [
        "Members voted 87% in favour.", "Wages rise 12% over two years."]
    for c in [*numbers.values(), *statements]:
        assert c.voice == "source" and c.source.name == "Maria Lopez" and c.quote == "direct"
        assert c.via == ("Twitter",) and c.time.value == "2024-03-03"
        assert c.segment.author == "Maria Lopez (@marialopez_dock)"
    c = numbers["87%"]
    assert doc.text[c.span[0]:c.span[1]].startswith("87%")


GUARDIAN_QUOTE = """<aside class="element element-pullquote element--supporting">
<blockquote class="quoted"><p>“We have lost 2,000 jobs at this port in ten years, and we will
not lose another one.”</p><footer><cite>Jane Okafor, union secretary</cite></footer></blockquote>
</aside>
"""


def test_blockquote_with_cite_is_the_cited_persons_quote():
    doc = read(page(GUARDIAN_QUOTE))
    [embed] = [s for s in segment_document(doc) if s.kind == "embed"]
    assert embed.author == "Jane Okafor"
    assert doc.text[embed.start:embed.end].startswith("“We have lost 2,000 jobs")
    claims = [c for c in claims_of(doc) if c.segment.kind == "embed"]
    jobs = next(c for c in claims if c.kind == "quantity" and c.quantity.value == 2000)
    assert jobs.voice == "source" and jobs.quote == "direct" and jobs.via == ()
    assert jobs.source.name == "Jane Okafor" and jobs.source.role == "union secretary"


def test_blockquote_without_an_author_stays_the_articles():
    quote = "<blockquote><p>The port will reopen on Tuesday morning for all traffic.</p></blockquote>\n"
    doc = read(page(quote))
    assert not [s for s in segment_document(doc) if s.kind == "embed"]


@pytest.mark.parametrize("markup, author, platform", [
    ("""<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C4x/"
data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C4x/">View this post on Instagram</a>
<p>Back at work after 42 days on the picket line. Proud of every one of our 900 members.</p>
<p><a href="https://www.instagram.com/p/C4x/">A post shared by Dockers United (@dockersunited)</a></p></div>
</blockquote><script async src="//www.instagram.com/embed.js"></script>
""", "Dockers United (@dockersunited)", "Instagram"),
    ("""<div class="fb-post" data-href="https://www.facebook.com/harbourmayor/posts/998" data-width="500">
<blockquote cite="https://www.facebook.com/harbourmayor/posts/998" class="fb-xfbml-parse-ignore">
<p>The city will pay 3 million dollars toward the cleanup of the container yards.</p>
Posted by <a href="https://www.facebook.com/harbourmayor">Mayor Tom Reilly</a> on
<a href="https://www.facebook.com/harbourmayor/posts/998">Sunday, March 3, 2024</a></blockquote></div>
""", "Mayor Tom Reilly (@harbourmayor)", "Facebook"),
    ("""<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k"
data-bluesky-cid="bafy"><p lang="en">Freight rates fell 8% on the week the strike ended.</p>&mdash;
Lena Berg (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@lenaberg.bsky.social</a>)
<a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">March 4, 2024 at 9:15 AM</a></blockquote>
""", "Lena Berg (@lenaberg.bsky.social)", "Bluesky"),
])
def test_embed_codes_of_other_platforms(markup, author, platform):
    doc = read(page(markup))
    [embed] = [s for s in segment_document(doc) if s.kind == "embed"]
    assert embed.author == author
    words = doc.text[embed.start:embed.end]
    assert "View this post" not in words and "shared by" not in words and "Posted by" not in words
    numbers = [c for c in claims_of(doc) if c.segment.kind == "embed" and c.kind == "quantity"]
    assert numbers and all(c.voice == "source" and c.via == (platform,) for c in numbers)


RESULTS_TABLE = """<figure class="wp-block-table"><table>
<caption>Labour market, seasonally adjusted</caption>
<thead><tr><th></th><th>March 2024</th><th>April 2024</th></tr></thead>
<tbody><tr><th scope="row">Unemployment rate</th><td>3.8%</td><td>3.9%</td></tr>
<tr><th scope="row">Payrolls added</th><td>303,000</td><td>175,000</td></tr></tbody>
</table></figure>
"""


def test_table_cells_are_claims_named_by_their_row_and_column_headers():
    doc = read(page(RESULTS_TABLE))
    assert "Unemployment rate — March 2024: 3.8%; April 2024: 3.9%" in doc.text
    assert doc.text.index("celebrated") < doc.text.index("Unemployment rate") < doc.text.index("1,200")
    rows = [s for s in segment_document(doc) if s.kind == "table"]
    assert [doc.text[s.start:s.end] for s in rows][1:] == [
        "Unemployment rate — March 2024: 3.8%; April 2024: 3.9%",
        "Payrolls added — March 2024: 303,000; April 2024: 175,000"]
    cells = [c for c in claims_of(doc) if c.segment.kind == "table"]
    got = {(doc.text[c.span[0]:c.span[1]], c.quantity.measured) for c in cells}
    assert got == {("3.8%", "Unemployment rate — March 2024"), ("3.9%", "Unemployment rate — April 2024"),
                   ("303,000", "Payrolls added — March 2024"), ("175,000", "Payrolls added — April 2024")}
    for c in cells:
        assert c.voice == "outlet" and c.source is None
        assert c.sentence == doc.text[c.sentence_span[0]:c.sentence_span[1]]
        assert c.time.value == ("2024-03" if "March" in c.quantity.measured else "2024-04")


def test_election_results_table_with_a_header_row():
    table = """<table class="results"><tr><th>Candidate</th><th>Party</th><th>Votes</th><th>Share</th></tr>
<tr><td>Ann Smith</td><td>Labour</td><td>21,480</td><td>48.2%</td></tr>
<tr><td>Bob Jones</td><td>Conservative</td><td>15,003</td><td>33.7%</td></tr></table>
"""
    doc = read(page(table))
    cells = {doc.text[c.span[0]:c.span[1]]: c.quantity.measured for c in claims_of(doc)
             if c.segment.kind == "table"}
    assert cells == {"21,480": "Ann Smith — Votes", "48.2%": "Ann Smith — Share",
                     "15,003": "Bob Jones — Votes", "33.7%": "Bob Jones — Share"}


def test_table_without_header_markup_takes_its_first_row_and_column_for_labels():
    table = """<table><tr><td>Port</td><td>Ships waiting</td><td>Days closed</td></tr>
<tr><td>Northgate</td><td>35</td><td>42</td></tr><tr><td>Eastwick</td><td>12</td><td>9</td></tr></table>
"""
    doc = read(page(table))
    cells = {doc.text[c.span[0]:c.span[1]]: c.quantity.measured for c in claims_of(doc)
             if c.segment.kind == "table"}
    assert cells["35"] == "Northgate — Ships waiting" and cells["9"] == "Eastwick — Days closed"


def test_table_of_bare_cells_still_yields_its_numbers():
    table = "<table><tr><td>Northgate</td><td>35</td></tr><tr><td>Eastwick</td><td>12</td></tr></table>\n"
    doc = read(page(table))
    cells = {doc.text[c.span[0]:c.span[1]]: c.quantity.measured for c in claims_of(doc)
             if c.segment.kind == "table"}
    assert cells == {"35": "Northgate", "12": "Eastwick"}


def test_layout_table_is_left_to_the_extractor():
    prose = " ".join(["The harbour reopened to traffic after weeks of dispute between the parties."] * 6)
    table = f"<table><tr><td><p>{prose}</p></td><td>12</td></tr><tr><td>a</td><td>b</td></tr></table>\n"
    doc = read(page(table))
    assert not [s for s in segment_document(doc) if s.kind == "table"]


def test_page_without_posts_or_tables_reads_as_before():
    doc = read(page(""))
    assert "html_embeds" not in doc.metadata and "html_tables" not in doc.metadata
    assert {s.kind for s in segment_document(doc)} <= {"headline", "body", "byline", "caption"}


def test_a_quote_inside_a_reader_comment_stays_the_readers():
    comments = """<ol class="commentlist"><li class="comment"><article class="comment-body">
<footer class="comment-meta"><b class="fn">Jonas Weir</b> says:</footer>
<div class="comment-content"><blockquote><p>clearing them would take about two weeks</p>
<footer><cite>the port authority</cite></footer></blockquote><p>More like two months, I work there.</p></div>
</article></li></ol>"""
    html = page("").replace(b"</article></main>", comments.encode() + b"</article></main>")
    doc = read(html)
    assert not [s for s in segment_document(doc) if s.kind == "embed"]


def test_warc_record_holding_a_page_with_a_tweet_and_a_table(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from claimledger.readers import read as read_paths

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        body = page(TWEET + RESULTS_TABLE)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://harbour.example/strike", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    [doc] = list(read_paths([str(path)], on_error=lambda e: pytest.fail(str(e))))
    kinds = [s.kind for s in segment_document(doc)]
    assert kinds.count("embed") == 1 and kinds.count("table") == 3
    claims = claims_of(doc)
    assert any(c.segment.kind == "embed" and c.source and c.source.name == "Maria Lopez" for c in claims)
    assert any(c.segment.kind == "table" and c.quantity.measured == "Payrolls added — April 2024"
               for c in claims)


def test_a_posts_attribution_line_never_opens_a_comment_section():
    """'— Name (@handle) March 3, 2024' reads like a commenter's name-and-time line; inside a
    placed post the layout rules never see it, so the article after the post stays body."""
    tweets = TWEET + TWEET.replace("Maria Lopez (@marialopez_dock)", "Sam Reed (@samreed)")
    doc = read(page(tweets))
    kinds = [s.kind for s in segment_document(doc)]
    assert "comment" not in kinds and kinds.count("embed") == 2 and kinds[-1] == "body"
