#!/usr/bin/env python3
"""Reading aid for ju06-ju10 (copy of test/desdemona/notes aid de06-de10, itself a copy of test/cressida/notes aid cr06-cr10, itself a copy of test/puck/notes aid pu06-pu10, itself a copy of test/umbriel/notes aid um06-um10, itself a copy of test/ariel/notes aid ar06-ar10, itself a copy of test/miranda/notes aid mi06-mi10, itself a copy of test/oberon/notes aid ob06-ob10, itself a copy of test/phoebe/notes aid ph06-ph10, itself a copy of test/rhea/notes aid rh06-rh10, itself a copy of test/titan/notes aid ti06-ti10, itself a copy of test/europa/notes aid eu06-eu10, itself a copy of test/dione/notes aid di06-di10, itself a copy of test/ceres/notes/check-ce06-ce10.py, itself a copy of test/atlas/notes/check-at06-at10.py, itself a copy of test/ymir/notes/check-y06-y10.py, itself a copy of test/xena/notes/check-x06-x10.py, itself a copy of test/juno/notes/check-j06-j10.py, folder and name check changed; reads only NAME.txt and NAME.ann of /work/annot/juliet, never any detector output).
Usage (from /work/annot/juliet): python3 notes/check-ju06-ju10.py NAME [spans|words|quotes|lines|all]
Checks: each T text equals the text at its offsets and holds no line break; no duplicated span; no overlap between
entity/date spans; every entity/date has its normalisation; every BOILERPLATE span is a whole line; every speaker
relation points from a QUOTE to a PERSON/ORG; attributes only on QUOTE (Unmarked) / BOILERPLATE (Duplicate).
Prints every span with context, the capitalised words and numbers no entity/date span covers, the quote marks
outside QUOTE spans, and every line with its boilerplate mark."""
import re, sys
name = sys.argv[1]
assert re.match(r'ju(0[6-9]|10)-', name), 'only ju06-ju10'
what = sys.argv[2] if len(sys.argv) > 2 else 'all'
text = open(name + '.txt', encoding='utf-8').read()
T, N, A, R = {}, {}, {}, {}
for l in open(name + '.ann', encoding='utf-8').read().splitlines():
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split(); a, b = int(a), int(b)
        T[p[0]] = (lab, a, b, p[2])
        assert text[a:b] == p[2], ('mismatch', l)
        assert '\n' not in p[2], ('newline', l)
    elif l.startswith('N'):
        _, t, v = p[1].split(' ', 2); assert t not in N, ('two norms', l); N[t] = v
        assert p[2] == T[t][3], ('norm text', l)
    elif l.startswith('A'):
        k, t = p[1].split(); A.setdefault(t, []).append(k)
        assert (k == 'Unmarked' and T[t][0] == 'QUOTE') or (k == 'Duplicate' and T[t][0] == 'BOILERPLATE'), l
    elif l.startswith('R'):
        _, a1, a2 = p[1].split(); a1, a2 = a1.split(':')[1], a2.split(':')[1]
        assert T[a1][0] == 'QUOTE' and T[a2][0] in ('PERSON', 'ORG'), l
        assert a1 not in R, ('two speakers', l); R[a1] = a2
    elif l.strip():
        raise SystemExit('bad line ' + l)
seen = set()
for t, (lab, a, b, s) in T.items():
    assert (lab, a, b) not in seen, ('dup', t); seen.add((lab, a, b))
    if lab not in ('QUOTE', 'BOILERPLATE'):
        assert t in N, ('no norm', t, s)
        assert s == s.strip() and s, ('space at span edge', t, s)
    else:
        assert t not in N, ('norm on', t)
    if lab == 'BOILERPLATE':
        assert (a == 0 or text[a-1] == '\n') and (b == len(text) or text[b] == '\n'), ('bp not line', t)
ed = sorted((a, b, t) for t, (lab, a, b, s) in T.items() if lab not in ('QUOTE', 'BOILERPLATE'))
for i in range(len(ed) - 1):
    assert ed[i][1] <= ed[i+1][0], ('overlap', ed[i], ed[i+1])
counts = {}
for t, (lab, a, b, s) in T.items():
    counts[lab] = counts.get(lab, 0) + 1
ent = sum(counts.get(k, 0) for k in ('PERSON', 'ORG', 'PLACE', 'NORP'))
dat = sum(counts.get(k, 0) for k in ('DATE', 'TIME'))
print('counts', dict(sorted(counts.items())), '| ent', ent, 'date', dat, 'quote', counts.get('QUOTE', 0),
      'bp', counts.get('BOILERPLATE', 0), '| total', len(T), '| Unmarked', sum(v.count('Unmarked') for v in A.values()),
      'Duplicate', sum(v.count('Duplicate') for v in A.values()), 'Speaker', len(R))
if what in ('spans', 'all'):
    for t, (lab, a, b, s) in sorted(T.items(), key=lambda x: (x[1][1], -x[1][2])):
        if lab == 'BOILERPLATE':
            continue
        ctx = text[max(0, a-30):a].replace('\n', '|') + '[' + s + ']' + text[b:b+30].replace('\n', '|')
        extra = N.get(t, '')
        if t in A: extra += ' ' + ','.join(A[t])
        if t in R: extra += ' speaker=' + T[R[t]][3] + '@' + str(T[R[t]][1])
        print(f'{t:5} {lab:7} {extra:48} {ctx}')
cov = set()
for t, (lab, a, b, s) in T.items():
    if lab not in ('QUOTE', 'BOILERPLATE'):
        cov.update(range(a, b))
if what in ('words', 'all'):
    out = []
    for m in re.finditer(r"[A-Z0-9][\w’'&.-]*", text):
        if not cov & set(range(m.start(), m.end())):
            out.append(m.group())
    print('UNCOVERED:', ' '.join(out))
qcov = set()
for t, (lab, a, b, s) in T.items():
    if lab == 'QUOTE':
        qcov.update(range(a, b))
if what in ('quotes', 'all'):
    for m in re.finditer(r'["“”‘’\'«»]', text):
        if m.start() not in qcov:
            print('MARK outside quote:', repr(text[max(0, m.start()-30):m.start()+30]))
if what in ('lines', 'all'):
    bp = {a: t for t, (lab, a, b, s) in T.items() if lab == 'BOILERPLATE'}
    pos = 0
    for i, l in enumerate(text.split('\n'), 1):
        mark = ('BP' + ('-DUP' if 'Duplicate' in A.get(bp[pos], []) else '')) if pos in bp else '  '
        if l.strip():
            print(f'{i:4} {mark:6} {l[:120]}')
        pos += len(l) + 1
