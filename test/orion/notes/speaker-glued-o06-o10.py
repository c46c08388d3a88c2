#!/usr/bin/env python3
"""Third step for o06-o10 (reads only a NAME.txt, its notes and its .ann in /work/annot/orion): gives a QUOTE its
speaker when the nearest mention of the speaker is a glued mention added by add-glued-w.py (which notes-to-brat.py,
run before it, could not see). Notes lines read here (the other scripts read them as comments):
  #> QUOTE-START => CANON     the QUOTE whose text starts with QUOTE-START gets (or keeps) one Speaker relation to the
                              nearest PERSON/ORG mention with that canonical name, chosen as notes-to-brat.py chooses
Usage: python3 notes/speaker-glued-o06-o10.py NAME.txt notes/NAME.notes NAME.ann"""
import re, sys
txt, notes, ann = sys.argv[1:4]
assert re.match(r'(.*/)?o(0[6-9]|10)-', txt), 'only o06-o10'
lines = open(ann, encoding='utf-8').read().splitlines()
T, N = {}, {}
for l in lines:
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split(); T[p[0]] = (lab, int(a), int(b), p[2])
    elif l.startswith('N'):
        _, t, v = p[1].split(' ', 2); N[t] = v.split(':', 1)[1]
R = {}
for l in lines:
    if l.startswith('R'):
        _, a1, a2 = l.split('\t')[1].split(); R[a1.split(':')[1]] = a2.split(':')[1]
done = 0
for raw in open(notes, encoding='utf-8').read().splitlines():
    if not raw.startswith('#> '):
        continue
    start, canon = [x.strip() for x in raw[3:].split(' => ')]
    qs = [t for t, v in T.items() if v[0] == 'QUOTE' and v[3].startswith(start)]
    assert len(qs) == 1, ('quote not found once', start)
    q = qs[0]; _, qa, qb, _ = T[q]
    cands = [t for t, v in T.items() if v[0] in ('PERSON', 'ORG') and N.get(t) == canon]
    assert cands, ('no mention', canon)
    best = min(cands, key=lambda t: min(abs(T[t][1] - qa), abs(T[t][1] - qb)) + (10**9 if qa <= T[t][1] < qb else 0))
    R[q] = best; done += 1
key = lambda t: int(t[1:])
rl = [f'R{i}\tSpeaker Arg1:{q} Arg2:{R[q]}' for i, q in enumerate(sorted(R, key=key), 1)]
out = [l for l in lines if not l.startswith('R')] + rl
open(ann, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(f'{ann}: {done} speakers set, {len(rl)} relations')
