#!/usr/bin/env python3
"""Check a .ann against its .txt: print spans with context, verify T text, list uncovered capitalised words,
quote marks outside QUOTE spans, speakers and boilerplate lines. Usage: check-s01-s05.py NAME"""
import re, sys
name = sys.argv[1]
text = open(name + '.txt', encoding='utf-8').read()
T = {}; N = {}; A = {}; R = {}
for l in open(name + '.ann', encoding='utf-8').read().splitlines():
    p = l.split('\t')
    if l.startswith('T'):
        lab, a, b = p[1].split(); a, b = int(a), int(b)
        assert text[a:b] == p[2], ('MISMATCH', l)
        assert '\n' not in p[2], ('NEWLINE', l)
        T[p[0]] = (lab, a, b, p[2])
    elif l.startswith('N'):
        m = re.match(r'Reference (T\d+) (\w+):(.*)', p[1]); N[m.group(1)] = m.group(3)
    elif l.startswith('A'):
        at, t = p[1].split(); A.setdefault(t, []).append(at)
    elif l.startswith('R'):
        m = re.match(r'Speaker Arg1:(T\d+) Arg2:(T\d+)', p[1]); R[m.group(1)] = m.group(2)
mode = sys.argv[2] if len(sys.argv) > 2 else 'all'
if mode in ('all', 'spans'):
    for t, (lab, a, b, s) in sorted(T.items(), key=lambda x: x[1][1]):
        if lab == 'BOILERPLATE' and mode != 'spans':
            continue
        ctx = (text[max(0, a-30):a] + '[' + s + ']' + text[b:b+30]).replace('\n', '|')
        extra = N.get(t, '')
        if t in R: extra += ' SPEAKER=' + T[R[t]][3] + '@' + str(T[R[t]][1])
        if t in A: extra += ' ' + ','.join(A[t])
        print(f'{t:5} {lab:6} {extra:40} {ctx}')
    for lab in ('PERSON','ORG','PLACE','NORP','DATE','TIME','QUOTE','BOILERPLATE'):
        print(lab, sum(1 for v in T.values() if v[0]==lab), end='; ')
    print('total', len(T))
    for t,(lab,a,b,s) in T.items():
        if lab in ('PERSON','ORG','PLACE','NORP','DATE','TIME') and t not in N: print('NO NORM', t, s)
if mode in ('all', 'bp'):
    bp = {(v[1], v[2]) for v in T.values() if v[0] == 'BOILERPLATE'}
    pos = 0
    for i, l in enumerate(text.split('\n'), 1):
        if l.strip():
            flag = 'BP ' if (pos, pos+len(l)) in bp else '   '
            dup = ''
            for t, v in T.items():
                if v[0]=='BOILERPLATE' and v[1]==pos and 'Duplicate' in A.get(t, []): dup='DUP '
            print(f'{i:4} {flag}{dup}{l[:110]}')
        pos += len(l) + 1
    for v in T.values():
        if v[0]=='BOILERPLATE':
            a,b=v[1],v[2]
            if not ((a==0 or text[a-1]=='\n') and (b==len(text) or text[b]=='\n')): print('BP NOT WHOLE LINE', v)
if mode in ('all', 'miss'):
    cov = [False]*len(text)
    for v in T.values():
        if v[0] not in ('QUOTE','BOILERPLATE'):
            for i in range(v[1], v[2]): cov[i] = True
    qcov = [False]*len(text)
    for v in T.values():
        if v[0] == 'QUOTE':
            for i in range(v[1], v[2]): qcov[i] = True
    words = {}
    for m in re.finditer(r"[A-Z][\w'’.&-]*|\d{2,4}", text):
        if not any(cov[m.start():m.end()]):
            words[m.group(0)] = words.get(m.group(0), 0) + 1
    print('UNCOVERED:', ' '.join(f'{w}({n})' if n>1 else w for w, n in sorted(words.items())))
    out = []
    for m in re.finditer('["“”«»‘’\']', text):
        if not qcov[m.start()]:
            out.append((text[max(0,m.start()-25):m.start()] + '<' + m.group(0) + '>' + text[m.start()+1:m.start()+25]).replace('\n','|'))
    print('QUOTE MARKS OUTSIDE QUOTES:'); [print('  >>', o) for o in out]
