"""Parts of personal names that the casing rules of the speaker phrase must not misread."""
from __future__ import annotations

from claimledger.lexicon.attribution import HONORIFICS

#: particles written in lower case inside a surname ("Bill de Blasio", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("""
de del della der di da das dos du la le van von den ter al el bin ibn bint
""".split())

#: letters written after a name that are honours or offices, not the name ("Durham Hall QC")
POST_NOMINALS = frozenset("""
qc kc mp msp mla mep obe mbe cbe kbe dbe phd md jr jr. sr sr. esq
""".split())

#: words that address or style a person before the name ("Dr Valeria Gazzola", "Prof. Ana Li"):
#: the honorifics and the academic styles; a name written after one is a person's, never an
#: organisation's
PERSONAL_STYLES = HONORIFICS | frozenset("dr dr. doctor prof prof. professor madam".split())
