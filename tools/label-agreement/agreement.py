#!/usr/bin/env python3
"""Agreement between two labellings of the same notes (A = reference, B = second annotator): counts only.

Each label file of B is compared with the file of the same path under A. Mentions are the surfaces' occurrences in the
note's visible text (a name inside a longer one of the same labelling dropped), matched by overlap; relations match when
the predicate is the same and subject and object share a key (name, surface or pinned id in lower-case letters, digits,
+ and #). Prints counts and shares only, no label or note text, so a held-out set can be measured without being read.

    python3 tools/label-agreement/agreement.py tests/Core.Tests/Extraction/HeldOut5 \
        tests/Core.Tests/Extraction/HeldOut5/labels tests/Core.Tests/Extraction/HeldOut5/second-labels
"""
import re, sys, os, glob, yaml
root, la, lb = sys.argv[1:4]
def visible(md):
    md = re.sub(r'^---\n.*?\n---\n', '', md, flags=re.S)
    md = re.sub(r'\[\[([^\]|]*)\|([^\]]*)\]\]', r'\2', md)
    md = re.sub(r'\[\[([^\]]*)\]\]', r'\1', md)
    md = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', md)
    md = re.sub(r'<a [^>]*>.*?</a>', '', md)
    md = re.sub(r'<[^>]+>', '', md)
    return md.replace('**', '').replace('__', '')
def key(s): return re.sub(r'[^a-z0-9+#]', '', s.lower())
def spans(d, text):
    out = []
    for e in d.get('entities') or []:
        for s in e.get('surfaces') or []:
            for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text):
                out.append((m.start(), m.end()))
    out = sorted(set(out))
    return [a for a in out if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in out)]
def keys(d):
    k = {}
    for e in d.get('entities') or []:
        k[e['name']] = {key(e['name'])} | {key(s) for s in e.get('surfaces') or []} | ({key(e['id'])} if e.get('id') else set())
    return k
def rels(d, kind=None):
    return [r for r in d.get('relations') or [] if kind is None or r['kind'] == kind]
def match(r, ka, q, kb):
    return r['predicate'] == q['predicate'] and ka.get(r['subject'], {key(r['subject'])}) & kb.get(q['subject'], {key(q['subject'])}) \
        and ka.get(r['object'], {key(r['object'])}) & kb.get(q['object'], {key(q['object'])})
tot = dict(ma=0, mb=0, mab=0, ea=0, eb=0, ea_in_b=0, eb_in_a=0, ra=0, rb=0, ra_in_b=0, rb_in_a=0, ea_in_b_exp=0, ents_a=0, ents_b=0)
files = sorted(glob.glob(os.path.join(lb, '*', '*.yaml')))
for fb in files:
    rel = os.path.relpath(fb, lb)
    a = yaml.safe_load(open(os.path.join(la, rel))); b = yaml.safe_load(open(fb))
    text = visible(open(os.path.join(root, 'notes', a['note'])).read())
    sa, sb = spans(a, text), spans(b, text)
    tot['ma'] += len(sa); tot['mb'] += len(sb)
    tot['mab'] += sum(any(x[0] < y[1] and y[0] < x[1] for y in sb) for x in sa)
    tot['ents_a'] += len(a.get('entities') or []); tot['ents_b'] += len(b.get('entities') or [])
    ka, kb = keys(a), keys(b)
    for kind, pre in (('explicit', 'e'), (None, 'r')):
        A, B = rels(a, kind), rels(b, kind)
        tot[pre + 'a'] += len(A); tot[pre + 'b'] += len(B)
        tot[pre + 'a_in_b'] += sum(any(match(r, ka, q, kb) for q in rels(b)) for r in A)
        tot[pre + 'b_in_a'] += sum(any(match(q, kb, r, ka) for r in rels(a)) for q in B)
    tot['ea_in_b_exp'] += sum(any(match(r, ka, q, kb) for q in rels(b, 'explicit')) for r in rels(a, 'explicit'))
print(f"notes: {len(files)}; entities A {tot['ents_a']}, B {tot['ents_b']}")
print(f"mention occurrences: A {tot['ma']}, B {tot['mb']}; A's found by B (overlap) {tot['mab']} = {100*tot['mab']/max(1,tot['ma']):.1f} %")
print(f"relations: A {tot['ra']}, B {tot['rb']}; A's listed by B {tot['ra_in_b']} = {100*tot['ra_in_b']/max(1,tot['ra']):.1f} %; B's listed by A {tot['rb_in_a']} = {100*tot['rb_in_a']/max(1,tot['rb']):.1f} %")
print(f"explicit: A {tot['ea']}, B {tot['eb']}; A's explicit listed by B (any kind) {tot['ea_in_b']} = {100*tot['ea_in_b']/max(1,tot['ea']):.1f} %, as explicit {tot['ea_in_b_exp']}; B's explicit listed by A {tot['eb_in_a']} = {100*tot['eb_in_a']/max(1,tot['eb']):.1f} %")
