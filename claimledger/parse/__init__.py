"""Stage 3, parse: load the spaCy pipeline once, skip what cannot hold a claim, refuse text that
would stall the parser.

``models`` loads the pipeline named by the settings and batches ``nlp.pipe``; ``prefilter``
decides which paragraphs are worth parsing; ``guard`` cuts hostile text (endless tokens, deep
nesting) before the parser sees it.
"""
from claimledger.parse.models import load_pipeline, parse

__all__ = ["load_pipeline", "parse"]
