"""Small helpers over lxml elements shared by the HTML reader's parts (comments, posts, tables)."""
from __future__ import annotations

from claimledger.lexicon.segments import HTML_BLOCK_TAGS as BLOCKS
from claimledger.lexicon.segments import HTML_SKIP_TAGS as SKIP


def classes(el) -> set[str]:
    return set((el.get("class") or "").split()) if isinstance(el.tag, str) else set()


def block_lines(el, skip=(), *, blocks=BLOCKS, skip_tags=SKIP) -> list[str]:
    """The lines of an element: block elements and <br> break lines, whitespace collapses.

    ``skip`` holds elements left out with everything inside them (an embed's footer)."""
    pieces: list[str] = []

    def add(text: str | None) -> None:
        if text:  # a line break in the source is only whitespace; blocks make the breaks
            pieces.append(text.replace("\r", " ").replace("\n", " "))

    def walk(node):
        if not isinstance(node.tag, str) or node.tag in skip_tags or node in skip:
            if node is not el:
                add(node.tail)
            return
        block = node.tag in blocks or node.tag == "br"
        if block:
            pieces.append("\n")
        add(node.text)
        for child in node:
            walk(child)
        if block:
            pieces.append("\n")
        if node is not el:
            add(node.tail)

    walk(el)
    return [" ".join(line.split()) for line in "".join(pieces).split("\n") if line.strip()]


def one_line(el) -> str:
    """An element's words on one line."""
    return " ".join(" ".join(block_lines(el)).split())
