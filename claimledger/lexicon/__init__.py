"""Every word list claimledger's rules use, one module per stage, each list with a line on where
it comes from.  Rules import lists from here; no list is written out anywhere else.

- ``segments``: page layouts (comment headers, bylines, boilerplate)
- ``attribution``: speech cues, speaker words, titles, roles, channels
- ``quantities``: number words, units, currencies, hedges
- ``predicates``: what a count says happened (killed, exported …)
- ``tracking``: how counted things are written one way across pages
"""
