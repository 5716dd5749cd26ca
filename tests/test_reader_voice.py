"""A reader comment's pronouns find their antecedents in the comment, never in the article above
it (claims/assemble.py calls ``SpeakerMemory.new_voice`` as each comment begins)."""
from __future__ import annotations

from claimledger.model import Document
from claimledger.pipeline import analyze_documents

#: an article naming a group, then comments whose "they" has no antecedent of their own
PAGE = Document(
    doc_ref="thread", published="2021-03-02", outlet="Forum", format="jsonl",
    title="Talks on the dam stall",
    text="Egyptian negotiators said on Monday that the talks on the dam had stalled.\n\n"
         "The negotiators said 12 meetings had produced no agreement.\n\n\n3 Comments\n\n"
         "Laila\n\nThey say the dam will be finished in two years, but nobody believes it.\n\n\n"
         "Omar_81\n\nThey claimed 40 villages would get water. None did.\n\n\n"
         "Nadia\n\nI read that the dam will hold 74 billion cubic metres.\n")


def test_a_readers_they_is_not_the_articles_last_group():
    claims = next(iter(analyze_documents([PAGE]))).claims
    readers = [c for c in claims if c.voice == "reader"]
    assert readers, "the comments hold claims"
    for c in readers:
        name = c.source.name if c.source else ""
        assert "negotiator" not in name.lower(), (name, c.sentence)
    article = [c for c in claims if c.voice == "source" and c.source]
    assert any("negotiator" in c.source.name.lower() for c in article)
