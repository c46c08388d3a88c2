#!/usr/bin/env python3
"""Typing aid for al01-al05 (copy of test/desdemona/notes/bp-lines-de01-de05.py, names changed; itself a copy of test/cressida/notes/bp-lines-cr01-cr05.py, names changed; itself a copy of test/puck/notes/bp-lines-pu01-pu05.py, names changed; itself a copy of test/umbriel/notes/bp-lines-um01-um05.py, names changed; itself a copy of test/ariel/notes/bp-lines-ar01-ar05.py, names changed; itself a copy of test/miranda/notes/bp-lines-mi01-mi05.py, names changed; itself a copy of test/oberon/notes/bp-lines-ob01-ob05.py, names changed; itself a copy of test/phoebe/notes aid ph01-ph05, itself a copy of test/rhea/notes aid rh01-rh05, itself a copy of test/titan/notes aid ti01-ti05, itself a copy of test/europa/notes aid eu01-eu05, itself a copy of test/dione/notes aid di01-di05, itself a copy of test/ceres/notes/bp-lines-ce01-ce05.py, copy of test/atlas/notes/bp-lines-at01-at05.py, a copy of test/ymir/notes/bp-lines-y01-y05.py, a copy of test/quasar/notes/bp-lines-q01-q05.py, a copy of test/xena/notes/bp-lines-x01-x05.py, a copy of test/juno/notes/bp-lines-j01-j05.py, a copy of test/ixion/notes/bp-lines-i01-i05.py, a copy of test/gamma/notes/bp-lines-g01-g05.py, a copy of test/cygnus/notes/bp-lines-c01-c05.py, a copy of test/lyra/notes/bp-lines-l01-l05.py, a copy of test/vega/notes/bp-lines-v01-v05.py, a copy of test/polar/notes/bp-lines-p01-p05.py, a copy of test/nadir/notes/bp-lines-n01-n05.py, a copy of test/equinox/notes/bp-lines-e01-e05.py via test/solstice/notes/bp-lines-t01-t05.py): prints BOILERPLATE/DUP notes lines (with #n = occurrence among equal lines) for line
ranges chosen by hand. Reads only NAME.txt. Usage: bp-lines-al01-al05.py NAME.txt RANGES [DUPLINES]
RANGES like 1-50,53,64-164; DUPLINES like 84,86 (those lines get DUP instead of BOILERPLATE)."""
import re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
def rng(s):
    out = []
    for part in filter(None, s.split(',')):
        a, _, b = part.partition('-'); out += range(int(a), int(b or a) + 1)
    return out
want = rng(sys.argv[2]); dups = set(rng(sys.argv[3])) if len(sys.argv) > 3 else set()
for n in want:
    s = lines[n - 1].strip()
    if not s: continue
    if re.search(r'\s(=|>)\s|\s[*]$|\s#\d+$|\s!unmarked$', s): sys.exit(f'line {n} needs BOILERPLATE^: {s!r}')
    k = [l.strip() for l in lines[:n]].count(s)
    total = [l.strip() for l in lines].count(s)
    print(f"{'DUP' if n in dups else 'BOILERPLATE'} {s}" + (f' #{k}' if total > 1 else ''))
