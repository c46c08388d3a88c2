#!/usr/bin/env python3
"""Type BOILERPLATE notes lines for line ranges chosen by hand (reads only NAME.txt).
Usage: bp-lines-a06-a10.py NAME.txt RANGES [DUPRANGES]   e.g. 1-60,62,63  76,77
Each chosen line becomes 'BOILERPLATE <stripped line> #k' (or DUP), k = its occurrence among lines equal to it."""
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
def rng(s):
    out = set()
    for p in s.split(','):
        if not p: continue
        a, _, b = p.partition('-')
        out.update(range(int(a), int(b or a) + 1))
    return out
bp = rng(sys.argv[2]); dup = rng(sys.argv[3]) if len(sys.argv) > 3 else set()
seen = {}
for i, l in enumerate(lines, 1):
    s = l.strip()
    if not s: continue
    seen[s] = seen.get(s, 0) + 1
    if i in bp or i in dup:
        print(('DUP' if i in dup else 'BOILERPLATE') + f' {s} #{seen[s]}')
