"""Parts of personal names that the casing rules of the speaker phrase must not misread."""
from __future__ import annotations

#: particles written in lower case inside a surname ("Bill de Blasio", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("""
de del della der di da das dos du la le van von den ter al el bin ibn bint
""".split())

#: letters written after a name that are honours or offices, not the name ("Durham Hall QC")
POST_NOMINALS = frozenset("""
qc kc mp msp mla mep obe mbe cbe kbe dbe phd md jr jr. sr sr. esq
""".split())
