#!/usr/bin/env python3
"""Typing aid for ju06-ju10 (copy of test/desdemona/notes aid de06-de10, itself a copy of test/cressida/notes aid cr06-cr10, itself a copy of test/puck/notes aid pu06-pu10, itself a copy of test/umbriel/notes aid um06-um10, itself a copy of test/ariel/notes aid ar06-ar10, itself a copy of test/miranda/notes aid mi06-mi10, itself a copy of test/oberon/notes aid ob06-ob10, itself a copy of test/phoebe/notes aid ph06-ph10, itself a copy of test/rhea/notes aid rh06-rh10, itself a copy of test/titan/notes aid ti06-ti10, itself a copy of test/europa/notes aid eu06-eu10, itself a copy of test/dione/notes aid di06-di10, itself a copy of test/ceres/notes aid ce06-ce10, itself a copy of test/atlas/notes aid at06-at10, itself a copy of test/ymir/notes aid y06-y10, itself a copy of test/xena/notes aid x06-x10, itself a copy of test/juno/notes/occ-j06-j10.py, folder and name check changed; reads only a NAME.txt of /work/annot/juliet): lists the whole-word occurrences of a string
with line number and context, numbered as notes-to-brat.py's '#n' counts them.
Usage: python3 notes/occ-ju06-ju10.py NAME.txt STRING"""
import re, sys
path, s = sys.argv[1], sys.argv[2]
assert re.match(r'(.*/)?ju(0[6-9]|10)-', path), 'only ju06-ju10'
text = open(path, encoding='utf-8').read()
n = 0
for m in re.finditer(re.escape(s), text):
    a, b = m.start(), m.end()
    if a > 0 and text[a-1].isalnum() and s[0].isalnum(): continue
    if b < len(text) and text[b].isalnum() and s[-1].isalnum(): continue
    n += 1
    line = text.count('\n', 0, a) + 1
    print(f'#{n} line {line}: ' + text[max(0, a-40):b+40].replace('\n', '|'))
