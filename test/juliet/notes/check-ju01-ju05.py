#!/usr/bin/env python3
"""Reading aid for ju01-ju05 (copy of test/desdemona/notes/check-de01-de05.py, folder and name check changed; itself a copy of test/cressida/notes/check-cr01-cr05.py, folder and name check changed; itself a copy of test/puck/notes/check-pu01-pu05.py, folder and name check changed; itself a copy of test/umbriel/notes/check-um01-um05.py, folder and name check changed; itself a copy of test/ariel/notes/check-ar01-ar05.py, folder and name check changed; itself a copy of test/miranda/notes/check-mi01-mi05.py, folder and name check changed; itself a copy of test/oberon/notes/check-ob01-ob05.py, folder and name check changed; itself a copy of test/phoebe/notes/check-ph01-ph05.py, folder and name check changed; itself a copy of test/rhea/notes/check-rh01-rh05.py, folder and name check changed; itself a copy of test/titan/notes/check-ti01-ti05.py, folder and name check changed; itself a copy of test/europa/notes/check-eu01-eu05.py, folder and name check changed; itself a copy of test/dione/notes/check-di01-di05.py, folder and name check changed; itself a copy of test/ceres/notes/check-ce01-ce05.py, copy of test/atlas/notes/check-at01-at05.py, a copy of test/ymir/notes/check-y01-y05.py, a copy of test/quasar/notes/check-q01-q05.py, a copy of test/xena/notes/check-x01-x05.py, a copy of test/juno/notes/check-j01-j05.py, a copy of test/ixion/notes/check-i01-i05.py, a copy of test/gamma/notes/check-g01-g05.py, a copy of test/orion/notes/check-o01-o05.py, a copy of test/cygnus/notes/check-c01-c05.py, a copy of test/lyra/notes/check-l01-l05.py, a copy of test/vega/notes/check-v01-v05.py, a copy of test/polar/notes/check-p01-p05.py, a copy of test/nadir/notes/check-n01-n05.py, a copy of test/equinox/notes/check-e01-e05.py via test/solstice/notes/check-t01-t05.py) (reads only NAME.txt and NAME.ann of /work/annot/juliet, never any detector output).
Usage (from /work/annot/juliet): python3 notes/check-ju01-ju05.py NAME [spans|words|quotes|lines|all]
Checks: each T text equals the text at its offsets and holds no line break; no duplicated span; no overlap between
entity/date spans; every entity/date has its normalisation; every BOILERPLATE span is a whole line; every speaker
relation points from a QUOTE to a PERSON/ORG; attributes only on QUOTE (Unmarked) / BOILERPLATE (Duplicate).
Prints every span with context, the capitalised words and numbers no entity/date span covers, the quote marks
outside QUOTE spans, and every line with its boilerplate mark."""
import re, sys, os
os.chdir('/work/annot/juliet')
name = re.sub(r'\.(txt|ann)$', '', sys.argv[1].split('/')[-1])
if not re.match(r'ju0[1-5]-', name):
    raise SystemExit('only ju01-ju05')
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
    for m in re.finditer(r'["“”‘’\'«»`]', text):
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
