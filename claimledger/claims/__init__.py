"""Claims: the stage after extract, which turns what the extractors found in a document into
:class:`~claimledger.model.Claim` records (``assemble``), each with its voice, source, cue, time
and quantity.  The extractors answer one question each about a segment; the claims stage is where
their answers meet, and where a document's earlier claims inform later ones (a speaker's last
date, the thing last counted)."""
