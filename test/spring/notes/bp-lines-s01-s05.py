#!/usr/bin/env python3
"""Print BOILERPLATE notes lines for the given 1-based line numbers/ranges of a text (a typing aid: the choice of
lines is made by hand). Usage: bp-lines-s01-s05.py NAME.txt 1-84 89-95 ..."""
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
want = set()
for r in sys.argv[2:]:
    a, _, b = r.partition('-')
    want.update(range(int(a), int(b or a) + 1))
stripped = [l.strip() for l in lines]
done = set()
for i in sorted(want):
    s = stripped[i - 1]
    if not s:
        continue
    occ = [j + 1 for j, x in enumerate(stripped) if x == s]
    if all(o in want for o in occ):
        if s in done:
            continue
        done.add(s)
        print(f'BOILERPLATE {s}' + (' *' if len(occ) > 1 else ''))
    else:
        print(f'BOILERPLATE {s} #{occ.index(i) + 1}')
