"""Patterns for page segmentation: structural lines of news pages and their comment threads.

Kept apart from ``segment.py`` so the rules there read as logic and the wording they recognise
can grow in one place.  Every pattern is anchored and matched against one stripped line, and
none nests quantifiers over overlapping classes, so a 200,000-character line cannot make them
backtrack catastrophically.
"""
from __future__ import annotations

import re

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?"
_DATE = (rf"(?:{_WEEKDAY}\s)?(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s\d{{4}}"
         rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})")

#: "3 hours ago", "a day ago", "yesterday", "just now", "2h"
RELATIVE_TIME = re.compile(
    r"(?:(?:about|over|almost)\s)?(?:\d{1,4}|an?|one|two|three|few)\s"
    r"(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\sago"
    r"|yesterday(?:\sat\s" + _CLOCK + r")?|just now|today(?:\sat\s" + _CLOCK + r")?"
    r"|\d{1,3}\s?(?:s|m|h|d|w|mo|y|yr|min|hrs?)",
    re.IGNORECASE)

#: "Feb 23, 2016 at 6:34 am", "23 February 2016, 14:02", "2016-02-23 06:34", "6:34 AM"
ABSOLUTE_TIME = re.compile(
    rf"(?:{_DATE}(?:,?\s(?:at\s|@\s|-\s|\|\s)?{_CLOCK})?|{_CLOCK}(?:,?\s(?:on\s)?{_DATE})?)",
    re.IGNORECASE)

#: a date alone on a line (a dateline under the headline)
DATE_LINE = re.compile(rf"(?:(?:published|updated|posted)(?:\son)?:?\s)?{_DATE}(?:,?\s(?:at\s)?{_CLOCK})?",
                       re.IGNORECASE)

#: the line that opens the reader-comment section
COMMENTS_HEADER = re.compile(
    r"(?:\d[\d,.]*k?\s)?(?:reader\s|user\s)?(?:comments?|responses?|replies|discussion)"
    r"(?:\s?\(\d[\d,]*\))?(?:\s?\d[\d,]*)?:?"
    r"|(?:leave|post|add|write)\s(?:a\s|your\s)?(?:comment|reply)s?"
    r"|join the (?:discussion|conversation)|what (?:readers|you) (?:say|think)"
    r"|(?:show|view|see|read)\s(?:all\s)?(?:\d[\d,]*\s)?comments?"
    r"|comments? (?:are|is) (?:closed|moderated)|conversation",
    re.IGNORECASE)

#: action and counter lines around a comment ("Reply", "Share", "▲ 13 ▼", "Like (3)")
ACTION_WORD = (r"(?:reply|share|report|flag|like|likes|dislike|upvote|downvote|permalink|link|"
               r"edit|delete|quote|recommend|recommended|follow|mute|block|report abuse|"
               r"hide replies|show replies|view replies|view reply|\d{1,5}\s(?:replies|reply|likes?|"
               r"upvotes?|votes?|points?|recommendations?)|show more(?: comments| replies)?|"
               r"load more(?: comments| replies)?|see more(?: comments| replies)?|"
               r"view more(?: comments| replies)?|read more|older comments|newer comments|"
               r"continue reading)")
ACTION_LINE = re.compile(
    rf"(?:[·•|\-–—]\s?)?{ACTION_WORD}(?:\s?\(\d{{1,6}}\))?(?:\s?[·•|\-–—/]\s?{ACTION_WORD}(?:\s?\(\d{{1,6}}\))?){{0,6}}"
    r"|[▲▼↑↓+\-−]?\s?\d{1,6}\s?[▲▼↑↓]?(?:\s[▲▼↑↓+\-−]?\s?\d{1,6}\s?[▲▼↑↓]?)?"
    r"|[▲△▼▽👍👎↑↓⬆⬇]\s?(?:\d{1,6}\s?)?[▲△▼▽👍👎↑↓⬆⬇]?(?:\s?\d{1,6})?",
    re.IGNORECASE)

#: a bare number alone on a line: a vote count under a comment, but as often a list item's number
#: ("1", "2", … in a listicle) or a page number, so it never by itself says comments are there
BARE_COUNT = re.compile(r"[+\-−]?\s?\d{1,6}")

#: "Jane wrote:", "Jane writes:" — the name the comment is by ("said:" is left out: in news copy
#: "The minister said:" often stands alone before a quoted paragraph)
WROTE_LINE = re.compile(r"(?P<name>\S(?:[^\n:]{0,58}\S)?)\s(?:wrote|writes)\s?:",
                        re.IGNORECASE)

#: "Posted by Jane", "Comment by Jane on Feb 3, 2016", "Jane replied"
POSTED_BY_LINE = re.compile(
    r"(?:posted|comment(?:ed)?|submitted|written)\sby:?\s(?P<name>[^\n|·•,]{1,60}?)"
    r"(?:\s?(?:[|·•,]|\son\s|\sat\s).*)?",
    re.IGNORECASE)

#: "In reply to Jane", "Replying to @jane", "Reply to Jane" — a threaded reply's marker
IN_REPLY_LINE = re.compile(r"(?:in\s)?repl(?:y|ying|ied)\sto:?\s@?(?P<name>[^\n]{1,60})",
                           re.IGNORECASE)

#: a name and a time on one line: "Jane Roe · 3 hours ago", "jroe | Feb 23, 2016 at 6:34 am"
NAME_TIME_SEP = re.compile(r"\s(?:[·•|–—-]|on|at)\s|,\s")

#: bylines: "By Jane Roe | February 23, 2016", "Jane Roe — Published February 2, 2016"
BYLINE_BY = re.compile(r"(?:written\s|story\s|words\s)?by:?\s(?P<rest>.{2,200})", re.IGNORECASE)
BYLINE_PUBLISHED = re.compile(
    r"(?P<name>[^\n|·•—–]{2,80}?)\s?[|·•—–-]\s?(?:(?:published|updated|posted)(?:\son)?:?\s)?"
    rf"(?P<date>{_DATE}.{{0,40}})",
    re.IGNORECASE)
BYLINE_SPLIT = re.compile(r"\s?[|·•—–]\s?|\s-\s|,\s(?=(?:published|updated|posted)\b)|\s(?=(?:published|updated|posted)\b)",
                          re.IGNORECASE)
BYLINE_DATE_PREFIX = re.compile(r"(?:published|updated|posted|last updated)(?:\son)?:?\s", re.IGNORECASE)
STAFF_WORDS = re.compile(r"(?:staff|correspondent|reporter|editor|columnist|contributor|writer|"
                         r"news desk|newsroom|special to)\b", re.IGNORECASE)

#: image captions and credits: "Photo: Reuters", "(AP Photo/Jane Roe)", "Image credit: …"
CAPTION_CUE = re.compile(
    r"(?:photo|image|picture|file photo|illustration|video)(?:\scredit)?:|\((?:ap|afp|reuters|getty)"
    r"|(?:photo|image|picture)\s(?:by|courtesy|credit)|getty images|\(photo\b|\bphoto:|/\s?(?:ap|afp|reuters|getty)\)|"
    r"(?:shutterstock|ap photo|afp photo|reuters photo|credit:)",
    re.IGNORECASE)

#: a wire dateline opening a paragraph: "WASHINGTON, March 3 -", "SURFERS PARADISE, Australia, …"
DATELINE_OPENING = re.compile(r"[A-Z][A-Z.'\- ]{1,40},\s")
#: how a paragraph that starts a sentence opens (capital, digit or opening quote)
SENTENCE_OPENING = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")

#: characters that end a sentence (a line ending in one is prose, not a name or caption)
SENTENCE_END = ".!?:;,\"”’')…"
#: a URL or e-mail alone
URL_LINE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
#: a name token: capitalised word, initial, handle with digits/underscores, or a particle
NAME_PARTICLES = frozenset("de da del della der di du la le van von bin al el y st st. mc o'".split())

#: marks of reader prose that edited news copy rarely has: used only to decide whether the last
#: paragraphs before the first wide gap are already a comment when no name line says so
COMMENT_STRONG = (
    re.compile(r"[\"'“‘(]?[a-z]"),                       # starts in lower case (matched at start)
    re.compile(r"[a-z]{2}[.!?][A-Z][a-z]"),               # sentence glued to the next: "them.Here"
    re.compile(r"[!?]{2}|\.{4}|\b(?:lol|imo|imho|smh|lmao)\b|[:;]-?[()DP](?!\w)", re.IGNORECASE),
)
COMMENT_WEAK = (
    re.compile(r"\b(?:you|your|you're|u)\b", re.IGNORECASE),  # addressing the writer or a reader
    re.compile(r"\.{3}|…"),
    re.compile(r"\b[A-Z]{4,}\b(?![.)])"),                 # shouting (also long acronyms: weak)
    re.compile(r"!"),
)

#: words of a comment widget's own labels in HTML (WordPress, Disqus and German news themes);
#: a short comment line holding one is chrome, not a comment (readers/html.py)
COMMENT_CHROME = frozenset({"comment", "comments", "commenting", "discussion", "conversation",
                            "disqus", "shares", "share", "loading", "reply", "replies", "login",
                            "subscribe", "kommentare", "kommentar"})

# ---------------------------------------------------------------- embedded posts (readers/html_embeds.py)

#: class token of an embedded post's element → the platform it was posted on (the embed codes
#: Twitter/X, Instagram, Facebook, Mastodon, Bluesky, Threads, TikTok and Reddit hand out)
EMBED_CLASSES = {
    "twitter-tweet": "Twitter", "twitter-tweet-rendered": "Twitter", "twitter-video": "Twitter",
    "instagram-media": "Instagram", "fb-post": "Facebook", "fb-xfbml-parse-ignore": "Facebook",
    "mastodon-embed": "Mastodon", "bluesky-embed": "Bluesky", "text-post-media": "Threads",
    "tiktok-embed": "TikTok", "reddit-embed-bq": "Reddit",
}
#: a post's host in a link or data-* URL → platform, for embeds whose class says nothing
EMBED_HOSTS = {
    "twitter.com": "Twitter", "x.com": "Twitter", "instagram.com": "Instagram",
    "facebook.com": "Facebook", "bsky.app": "Bluesky", "threads.net": "Threads",
    "tiktok.com": "TikTok", "reddit.com": "Reddit",
}
#: data-* attributes that name a post's author outright
EMBED_AUTHOR_ATTRIBUTES = ("data-author", "data-author-name", "data-username", "data-user",
                           "data-handle", "data-screen-name", "data-name")
#: the attribution line under a tweet or Bluesky post: "— Jane Roe (@janeroe) March 3, 2024"
EMBED_ATTRIBUTION = re.compile(
    r"[—–-]{1,2}\s?(?P<name>[^()\n]{0,80}?)\s?\((?P<handle>@[\w.@:-]{1,80})\)\s?(?P<date>[^\n]{0,60})")
#: Instagram's and Facebook's credit lines: "A post shared by Jane Roe (@janeroe)",
#: "Posted by Jane Roe on Sunday, March 3, 2024"
EMBED_SHARED_BY = re.compile(
    r"(?:a\s(?:post|photo|video)\sshared\sby|posted\sby)\s(?P<name>[^()\n]{0,80}?)\s?"
    r"(?:\((?P<handle>@[\w.]{1,60})\))?\s?(?:on\s(?P<date>[^\n]{0,60}))?",
    re.IGNORECASE)
#: lines of an embed's own chrome, never the post's words
EMBED_CHROME = re.compile(
    r"view (?:this|the) post on \w+|view on \w+|post by @\S+|see (?:more|this) on \w+"
    r"|watch on \w+|\S*pic\.twitter\.com/\S+|a (?:post|photo|video) shared by .*|posted by .*",
    re.IGNORECASE)
#: a profile or post URL's path → the handle it belongs to (twitter.com/janeroe/status/…,
#: mastodon.social/@jane/…, instagram.com/janeroe/)
EMBED_URL_HANDLE = re.compile(r"https?://(?:www\.)?(?P<host>[^/\s]+)/(?:(?P<at>@[\w.]{1,60})|(?P<user>[\w.]{1,60}))(?:/|$|\?)")
#: URL paths that are not a user's ("twitter.com/i/…", "facebook.com/plugins/…")
EMBED_URL_NOT_USER = frozenset({"i", "p", "reel", "tv", "plugins", "share", "status", "posts",
                                "watch", "embed", "r", "profile", "web", "intent", "home"})

# ---------------------------------------------------------------- HTML element names (readers/markup.py)

#: elements that start a new line of text when an embed or a table cell is read
HTML_BLOCK_TAGS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4",
                             "h5", "h6", "section", "article", "header", "footer", "table", "tr", "dd",
                             "dt", "figure", "figcaption", "aside", "cite"})
#: elements whose text is never the page's words
HTML_SKIP_TAGS = frozenset({"script", "style", "noscript", "form", "button", "svg", "template", "iframe"})
