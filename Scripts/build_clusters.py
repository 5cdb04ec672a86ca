#!/usr/bin/env python3
"""Builds Sources/DossierAnalysis/Resources/clusters.bin: word classes from unlabelled text.

Words (case kept) of the DOJ press releases, the Wikinews samples and the *words* of eng.train (no tags)
are described by their left and right neighbours among the 1,000 most frequent words; rows are square-root
scaled, normalised and grouped by spherical k-means (1,024 fine classes, deterministic); the fine centres are
grouped again into 256 middle classes and those centres into 32 coarse classes, so the three levels nest
(like prefixes of a Brown-cluster path). Format (little-endian): magic "DSWC", u32 version (2), u32 entries,
u32 slots (power of two), then u64 slots: FNV-1a 64 of the word's UTF-8 bytes with the low 24 bits replaced
by coarse << 19 | middle << 11 | (fine + 1); 0 is empty. Read by Sources/DossierAnalysis/Names/WordClusters.swift.
"""
import csv, json, os, re, struct, sys
import numpy as np

FNV_OFFSET, FNV_PRIME, MASK = 0xcbf29ce484222325, 0x100000001b3, (1 << 64) - 1
TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-.'&][A-Za-z0-9]+)*\.?|[^\sA-Za-z0-9]")
ABBREV = re.compile(r"^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")

def fnv(data):
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK
    return h

def tokens(text):
    out = []
    for t in TOKEN.findall(text):
        if t.endswith(".") and len(t) > 1 and not ABBREV.match(t):
            out.append(t[:-1]); out.append(".")
        else:
            out.append(t)
    return out

def texts(shared):
    with open(os.path.join(shared, "articles", "doj-press-releases", "doj_press_releases.jsonl"), encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]
    for name in sorted(os.listdir(os.path.join(shared, "articles", "wikinews"))):
        if name.endswith(".csv"):
            with open(os.path.join(shared, "articles", "wikinews", name), encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    yield row["text"]
    words = []
    with open(os.path.join(shared, "corpora", "conll2003", "eng.train"), encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                yield " ".join(words); words = []
            elif cols[0] != "-DOCSTART-":
                words.append(cols[0])

def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "Sources", "DossierAnalysis", "Resources", "clusters.bin")
    vocab_size, context_size, k_fine, k_middle, k_coarse = 80000, 1000, 1024, 256, 32
    ids, sequences, counts = {}, [], []
    for text in texts(shared):
        seq = []
        for t in tokens(text):
            i = ids.get(t)
            if i is None:
                i = ids[t] = len(ids); counts.append(0)
            counts[i] += 1
            seq.append(i)
        sequences.append(np.array(seq, dtype=np.int32))
    counts = np.array(counts)
    order = np.argsort(-counts, kind="stable")
    words = [None] * len(ids)
    for w, i in ids.items():
        words[i] = w
    vocab = order[:vocab_size]
    row_of = np.full(len(ids), -1, dtype=np.int64); row_of[vocab] = np.arange(len(vocab))
    ctx_of = np.full(len(ids), context_size, dtype=np.int64); ctx_of[order[:context_size]] = np.arange(context_size)
    width = 2 * (context_size + 1)
    matrix = np.zeros((len(vocab), width), dtype=np.float32)
    for seq in sequences:
        if len(seq) < 2:
            continue
        left, right = seq[:-1], seq[1:]
        r = row_of[right]; keep = r >= 0
        np.add.at(matrix, (r[keep], ctx_of[left][keep]), 1)
        r = row_of[left]; keep = r >= 0
        np.add.at(matrix, (r[keep], context_size + 1 + ctx_of[right][keep]), 1)
    matrix = np.sqrt(matrix)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9

    def kmeans(x, k, iterations, seed):
        rng = np.random.RandomState(seed)
        centres = x[rng.choice(len(x), k, replace=False)].copy()
        for _ in range(iterations):
            assign = np.concatenate([np.argmax(x[s:s + 8192] @ centres.T, axis=1) for s in range(0, len(x), 8192)])
            order = np.argsort(assign, kind="stable")
            present, starts = np.unique(assign[order], return_index=True)
            sums = np.add.reduceat(x[order], starts, axis=0)
            centres[present] = sums / (np.linalg.norm(sums, axis=1, keepdims=True) + 1e-9)
        assign = np.concatenate([np.argmax(x[s:s + 8192] @ centres.T, axis=1) for s in range(0, len(x), 8192)])
        return assign, centres

    fine, centres = kmeans(matrix, k_fine, 15, 1)
    middle_of_fine, middle_centres = kmeans(centres, k_middle, 20, 2)
    coarse_of_middle, _ = kmeans(middle_centres, k_coarse, 20, 3)
    slots = 1
    while slots < len(vocab) * 4 // 3:
        slots *= 2
    table = [0] * slots
    for row, i in enumerate(vocab):
        h = fnv(words[i].encode("utf-8"))
        key = h & ~0xFFFFFF & MASK
        s = ((h * 0x9E3779B97F4A7C15) & MASK) >> 40 & (slots - 1)
        while table[s] != 0:
            if table[s] & ~0xFFFFFF & MASK == key:
                raise SystemExit(f"hash collision on {words[i]!r}")
            s = (s + 1) & (slots - 1)
        m = int(middle_of_fine[fine[row]])
        table[s] = key | int(coarse_of_middle[m]) << 19 | m << 11 | (int(fine[row]) + 1)
    with open(out, "wb") as f:
        f.write(b"DSWC" + struct.pack("<III", 2, len(vocab), slots))
        f.write(struct.pack(f"<{slots}Q", *table))
    print(f"{out}: {len(vocab)} words, {slots} slots, {16 + 8 * slots} bytes")
    for c in range(0, k_fine, 97):
        print(c, [words[vocab[r]] for r in np.where(fine == c)[0][:12]])

if __name__ == "__main__":
    main()
