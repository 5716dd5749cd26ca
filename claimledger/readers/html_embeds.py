"""Embedded posts in an HTML page: a tweet, an Instagram or Facebook post, a Mastodon or Bluesky
post, or a quotation block that names its author (``<blockquote>`` with a ``<cite>`` or footer).

Trafilatura drops all of these, and with them the words a named person said in public.  Each is
read here into an :class:`EmbeddedPost` — its paragraphs, and who posted it where and when — from
what the embed code itself carries: the "— Name (@handle) March 3, 2024" line under a tweet or a
Bluesky post, "A post shared by …" (Instagram), "Posted by … on …" (Facebook), a ``data-*``
attribute, the handle in the post's URL, or the ``<cite>`` of a quotation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from claimledger.lexicon import segments as lex
from claimledger.readers.markup import block_lines, classes, one_line

#: an author line under a quotation: "— Jane Roe, union leader" (short, opening with a dash)
_DASH_LINE = re.compile(r"[—–―-]{1,2}\s?(?P<who>[^\n]{2,120})")
_AUTHOR_MAX_WORDS = 14
#: an image link closing a tweet's text ("… pic.twitter.com/AbC")
_TRAILING_PIC = re.compile(r"\s*(?:pic\.twitter\.com|https?://t\.co)/\S+\s*$")
#: data-* attributes holding the post's URL
_URL_ATTRIBUTES = ("data-href", "data-instgrm-permalink", "data-embed-url", "cite", "data-url",
                   "data-permalink")


@dataclass(frozen=True)
class EmbeddedPost:
    """One embedded post: its words and who posted them, as the markup says."""

    paragraphs: tuple[str, ...]
    platform: Optional[str] = None  # None: a quotation block on the page itself
    name: Optional[str] = None
    handle: Optional[str] = None
    role: Optional[str] = None  # "union leader" from "<cite>Jane Roe, union leader</cite>"
    date: Optional[str] = None  # as written under the post

    @property
    def author(self) -> Optional[str]:
        """"Jane Roe (@janeroe)", or whichever of the two the markup gave."""
        if self.name and self.handle:
            return f"{self.name} ({self.handle})"
        return self.name or self.handle

    @property
    def attribution(self) -> str:
        """The line the reader writes under the post's words."""
        who = self.author or "unknown author"
        if self.role:
            who += f", {self.role}"
        via = f" on {self.platform}" if self.platform else ""
        return f"— {who}{via}" + (f", {self.date}" if self.date else "")


def find_embeds(root) -> list[tuple[object, EmbeddedPost]]:
    """(element, post) for every embedded post in the page, outermost elements, in page order."""
    found: list[tuple[object, EmbeddedPost]] = []
    taken: set = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or any(a in taken for a in el.iterancestors()):
            continue
        post = _platform_post(el) if classes(el) & lex.EMBED_CLASSES.keys() else None
        if post is None and el.tag == "blockquote" and not _inside_platform_embed(el):
            post = _quotation(el)
        if post is not None and post.paragraphs:
            found.append((el, post))
            taken.add(el)
    return found


def _inside_platform_embed(el) -> bool:
    return any(classes(a) & lex.EMBED_CLASSES.keys() for a in el.iterancestors())


# ------------------------------------------------------------------ social-media embed codes

def _platform_post(el) -> Optional[EmbeddedPost]:
    platform = next(lex.EMBED_CLASSES[c] for c in sorted(classes(el)) if c in lex.EMBED_CLASSES)
    name = handle = date = None
    paragraphs = []
    for line in block_lines(el):
        m = lex.EMBED_ATTRIBUTION.fullmatch(line)
        if m and name is None and handle is None:
            name, handle, date = m.group("name").strip() or None, m.group("handle"), m.group("date").strip()
            continue
        m = lex.EMBED_SHARED_BY.fullmatch(line)
        if m and name is None:
            name, handle = m.group("name").strip() or None, m.group("handle")
            date = (m.group("date") or "").strip() or date
            continue
        if lex.EMBED_CHROME.fullmatch(line):
            continue
        line = _TRAILING_PIC.sub("", line)
        if line:
            paragraphs.append(line)
    attr_name = _attribute_author(el)
    if attr_name:
        if attr_name.startswith("@"):
            handle = handle or attr_name
        else:
            name = name or attr_name
    if handle is None:
        handle = _handle_from_urls(el, platform)
    return EmbeddedPost(tuple(paragraphs), platform, name, handle, None, date or None)


def _attribute_author(el) -> Optional[str]:
    for node in [el, *el.iterdescendants()]:
        if not isinstance(node.tag, str):
            continue
        for attr in lex.EMBED_AUTHOR_ATTRIBUTES:
            value = " ".join((node.get(attr) or "").split())
            if value and len(value) <= 80:
                return value
    return None


def _handle_from_urls(el, platform: str) -> Optional[str]:
    """The poster's handle from the post's URL: twitter.com/janeroe/status/…, mastodon.social/@jane/…"""
    urls = [el.get(a) for a in _URL_ATTRIBUTES if el.get(a)]
    urls += [a.get("href") for a in el.iter("a") if a.get("href")]
    for url in urls:
        m = lex.EMBED_URL_HANDLE.match(url)
        if not m:
            continue
        host = m.group("host").lower().removeprefix("www.")
        if m.group("at"):  # Mastodon and other fediverse hosts: @user@host
            return m.group("at") + ("" if platform != "Mastodon" else "@" + host)
        user = m.group("user")
        if lex.EMBED_HOSTS.get(host) == platform and user.lower() not in lex.EMBED_URL_NOT_USER:
            return "@" + user
    return None


# ------------------------------------------------------------------ quotation blocks

def _quotation(el) -> Optional[EmbeddedPost]:
    """A ``<blockquote>`` whose author the page names: a ``<cite>`` or ``<footer>`` inside it, a
    ``<figcaption>``/``<cite>`` beside it in its figure, or a last line opening with a dash."""
    author_el = _author_element(el)
    skip = {author_el} if author_el is not None and el in author_el.iterancestors() else set()
    lines = block_lines(el, skip)
    who = one_line(author_el) if author_el is not None else None
    if who is None and len(lines) >= 2:
        m = _DASH_LINE.fullmatch(lines[-1])
        if m and len(m.group("who").split()) <= _AUTHOR_MAX_WORDS:
            who, lines = lines[-1], lines[:-1]
    if not who:
        return None
    who = who.lstrip("—–―- ").strip()
    if not who or len(who.split()) > _AUTHOR_MAX_WORDS:
        return None
    name, _, role = (part.strip() for part in who.partition(","))
    return EmbeddedPost(tuple(lines), None, name or None, None, role or None, None)


def _author_element(el):
    for child in el.iter("footer", "cite", "figcaption"):
        if child is el:
            continue
        parent = child.getparent()
        # a <cite> inside a sentence names a work ("<cite>The Economist</cite> reported"), not the
        # quotation's author
        if child.tag == "cite" and parent is not el and parent.tag not in ("footer", "figcaption"):
            continue
        return child
    figure = el.getparent()
    if figure is not None and figure.tag in ("figure", "aside"):
        for child in figure:
            if isinstance(child.tag, str) and child.tag in ("figcaption", "cite", "footer") and child is not el:
                return child
    return None
