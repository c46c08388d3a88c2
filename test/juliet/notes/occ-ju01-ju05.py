#!/usr/bin/env python3
"""Typing aid for ju01-ju05 (copy of test/desdemona/notes/occ-de01-de05.py, names changed; itself a copy of test/cressida/notes/occ-cr01-cr05.py, names changed; itself a copy of test/puck/notes/occ-pu01-pu05.py, names changed; itself a copy of test/umbriel/notes/occ-um01-um05.py, names changed; itself a copy of test/ariel/notes/occ-ar01-ar05.py, names changed; itself a copy of test/miranda/notes/occ-mi01-mi05.py, names changed; itself a copy of test/oberon/notes/occ-ob01-ob05.py, names changed; itself a copy of test/phoebe/notes aid ph01-ph05, itself a copy of test/rhea/notes aid rh01-rh05, itself a copy of test/titan/notes aid ti01-ti05, itself a copy of test/europa/notes aid eu01-eu05, itself a copy of test/dione/notes aid di01-di05, itself a copy of test/ceres/notes/occ-ce01-ce05.py, a copy of test/atlas/notes/occ-at01-at05.py, a copy of test/ymir/notes/occ-y01-y05.py, a copy of test/quasar/notes/occ-q01-q05.py, a copy of test/xena/notes/occ-x01-x05.py, a copy of test/juno/notes/occ-j01-j05.py, a copy of test/ixion/notes/occ-i01-i05.py, a copy of test/gamma/notes/occ-g01-g05.py, a copy of test/cygnus/notes/occ-c01-c05.py, a copy of test/lyra/notes/occ-l01-l05.py, a copy of test/vega/notes/occ-v01-v05.py, a copy of test/polar/notes/occ-p01-p05.py): lists the whole-word occurrences of a string in NAME.txt (the numbering notes-to-brat.py's
#n uses) with their line and context, so the right #n can be chosen. Reads only NAME.txt.
Usage: occ-ju01-ju05.py NAME.txt STRING"""
import re, sys
text = open(sys.argv[1], encoding='utf-8').read(); s = sys.argv[2]; k = 0
for m in re.finditer(re.escape(s), text):
    a, b = m.start(), m.end()
    if a > 0 and text[a-1].isalnum() and s[0].isalnum(): continue
    if b < len(text) and text[b].isalnum() and s[-1].isalnum(): continue
    k += 1
    print(f'#{k} line {text.count(chr(10), 0, a) + 1}: ' + text[max(0, a-40):b+25].replace('\n', '|'))
