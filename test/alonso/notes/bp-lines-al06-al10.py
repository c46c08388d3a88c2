#!/usr/bin/env python3
"""Typing aid for al06-al10 (copy of test/desdemona/notes/bp-lines-de06-de10.py, itself a copy of test/cressida/notes aid cr06-cr10, itself a copy of test/puck/notes aid pu06-pu10, itself a copy of test/umbriel/notes aid um06-um10, itself a copy of test/ariel/notes aid ar06-ar10, itself a copy of test/miranda/notes aid mi06-mi10, itself a copy of test/oberon/notes aid ob06-ob10, itself a copy of test/phoebe/notes aid ph06-ph10, itself a copy of test/rhea/notes aid rh06-rh10, itself a copy of test/titan/notes aid ti06-ti10, itself a copy of test/europa/notes aid eu06-eu10, itself a copy of test/dione/notes aid di06-di10, itself a copy of test/ceres/notes aid ce06-ce10, itself a copy of test/atlas/notes aid at06-at10, itself a copy of test/ymir/notes aid y06-y10, itself a copy of test/xena/notes aid x06-x10, itself a copy of test/juno/notes/bp-lines-j06-j10.py, folder and name check changed; reads only a NAME.txt of /work/annot/alonso): prints the BOILERPLATE notes lines
for the line ranges chosen by hand, with the occurrence number #n among equal lines.
Usage: python3 notes/bp-lines-al06-al10.py NAME.txt RANGES [DUPLINES]   (RANGES like 1-133,151,164-210;
DUPLINES: line numbers to be typed as DUP instead of BOILERPLATE)"""
import sys, re
path = sys.argv[1]
assert re.match(r'(.*/)?al(0[6-9]|10)-', path), 'only al06-al10'
lines = open(path, encoding='utf-8').read().split('\n')
want = set()
for part in sys.argv[2].split(','):
    a, _, b = part.partition('-')
    want.update(range(int(a), int(b or a) + 1))
dups = set(int(x) for x in sys.argv[3].split(',')) if len(sys.argv) > 3 and sys.argv[3] else set()
for i in sorted(want):
    s = lines[i - 1].strip()
    assert s, ('empty line', i)
    n = sum(1 for l in lines[:i] if l.strip() == s)
    total = sum(1 for l in lines if l.strip() == s)
    lab = 'DUP' if i in dups else 'BOILERPLATE'
    print(f'{lab} {s}' + (f' #{n}' if total > 1 else ''))
