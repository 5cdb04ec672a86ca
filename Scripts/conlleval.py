#!/usr/bin/env python3
"""conlleval (chunk-level, IOB1/BIO) for cross-checking `dossier eval`: reads lines `... GOLD PRED`
from a file or stdin and prints precision, recall and FB1 overall and per type."""
import sys
from collections import Counter

def split(tag):
    if tag == "O" or "-" not in tag:
        return "O", ""
    p, t = tag.split("-", 1)
    return p, t

def end_of_chunk(pp, p, pt, t):
    return (pp in "BI" and p in "BO") or (pp == "E" and p in "EIO") or (pp != "O" and pt != t)

def start_of_chunk(pp, p, pt, t):
    return p == "B" or (pp in "EO" and p in "IE") or (p != "O" and pt != t)

def chunks(tags):
    out, start, pp, pt = set(), None, "O", ""
    for i, tag in enumerate(tags + ["O"]):
        p, t = split(tag)
        if start is not None and end_of_chunk(pp, p, pt, t):
            out.add((start, i, pt)); start = None
        if start_of_chunk(pp, p, pt, t):
            start = i
        pp, pt = p, t
    return out

def main():
    f = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    gold, pred, gs, ps, n, ok = set(), set(), [], [], 0, 0
    offset = 0
    def flush():
        nonlocal gs, ps, offset
        for (s, e, t) in chunks(gs): gold.add((s + offset, e + offset, t))
        for (s, e, t) in chunks(ps): pred.add((s + offset, e + offset, t))
        offset += len(gs) + 1; gs, ps = [], []
    for line in f:
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            flush(); continue
        gs.append(cols[-2]); ps.append(cols[-1]); n += 1; ok += cols[-2] == cols[-1]
    flush()
    correct = gold & pred
    def prf(g, p, c):
        pr = 100 * c / p if p else 0; rc = 100 * c / g if g else 0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0)
    pr, rc, f1 = prf(len(gold), len(pred), len(correct))
    print(f"processed {n} tokens with {len(gold)} phrases; found: {len(pred)} phrases; correct: {len(correct)}.")
    print(f"accuracy: {100*ok/max(n,1):6.2f}%; precision: {pr:6.2f}%; recall: {rc:6.2f}%; FB1: {f1:6.2f}")
    G, P, C = Counter(t for *_, t in gold), Counter(t for *_, t in pred), Counter(t for *_, t in correct)
    for t in sorted(set(G) | set(P)):
        pr, rc, f1 = prf(G[t], P[t], C[t])
        print(f"{t:>17}: precision: {pr:6.2f}%; recall: {rc:6.2f}%; FB1: {f1:6.2f}  {P[t]}")

if __name__ == "__main__":
    main()
