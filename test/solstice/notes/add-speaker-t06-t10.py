#!/usr/bin/env python3
"""Adds Speaker relations whose speaker mention was added by add-glued-w.py (notes-to-brat.py cannot link them).
Reads only a t06-t10 NAME.txt / notes / .ann of /work/annot/solstice. Notes lines read here (comments to the other
scripts):  #R QUOTE TEXT > MENTION TEXT   (the QUOTE span whose text is QUOTE TEXT, without a speaker yet, gets the
nearest PERSON/ORG span whose text is MENTION TEXT). Idempotent: a QUOTE that already has a speaker is left alone.
Usage: add-speaker-t06-t10.py NAME.txt notes/NAME.notes NAME.ann"""
import re, sys
txt, notes, ann = sys.argv[1:4]
assert re.match(r'(.*/)?t(0[6-9]|10)-', ann), 'only t06-t10'
lines = open(ann, encoding='utf-8').read().splitlines()
T = {}
R = []
for l in lines:
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split(); T[p[0]] = (lab, int(a), int(b), p[2])
    elif l.startswith('R'):
        R.append(l)
has = {re.search(r'Arg1:(T\d+)', l).group(1) for l in R}
n = len(R)
for raw in open(notes, encoding='utf-8').read().splitlines():
    if not raw.startswith('#R '):
        continue
    q, m = [x.strip() for x in raw[3:].split(' > ')]
    qs = [t for t, v in T.items() if v[0] == 'QUOTE' and v[3] == q]
    ms = [t for t, v in T.items() if v[0] in ('PERSON', 'ORG') and v[3] == m]
    if not qs or not ms:
        sys.exit(f'not found: {raw}')
    for qt in qs:
        if qt in has:
            continue
        best = min(ms, key=lambda t: abs(T[t][1] - T[qt][1]))
        n += 1
        lines.append(f'R{n}\tSpeaker Arg1:{qt} Arg2:{best}')
        has.add(qt)
open(ann, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(f'{ann}: {n} speaker relations')
