#!/usr/bin/env python3
"""Builds Sources/DossierAnalysis/Resources/gazetteer.bin from ../shared/gazetteers/.

Format (little-endian): magic "DSGZ", u32 format version (1), u32 entry count, u32 slot count (power of 2),
then `slots` u64 entries of an open-addressing table (linear probing). An entry is the FNV-1a 64 hash of
the lowercased, space-joined phrase with its low 8 bits replaced by category flags; 0 is an empty slot.
Phrases are looked up token by token; the PREFIX flag marks proper prefixes of multi-word phrases.
The Swift side is Sources/DossierAnalysis/Names/Gazetteer.swift; both must agree on hashing and flags.
"""
import csv, json, os, struct, sys

PREFIX, COUNTRY, DEMONYM, CITY, REGION, FIRSTNAME = 1, 2, 4, 8, 16, 32
FNV_OFFSET, FNV_PRIME, MASK = 0xcbf29ce484222325, 0x100000001b3, (1 << 64) - 1

def fnv(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK
    return h

def key_of(h: int) -> int:
    k = h & ~0xFF & MASK
    return k if k else 0x100

def slot_of(h: int, slots: int) -> int:
    return ((h * 0x9E3779B97F4A7C15) & MASK) >> 40 & (slots - 1)

def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "gazetteers")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "Sources", "DossierAnalysis", "Resources", "gazetteer.bin")
    phrases = {}
    def add(text, flag):
        words = text.strip().lower().split()
        if not words or len(words) > 5:
            return
        for n in range(1, len(words)):
            p = " ".join(words[:n])
            phrases[p] = phrases.get(p, 0) | PREFIX
        p = " ".join(words)
        phrases[p] = phrases.get(p, 0) | flag

    countries = json.load(open(os.path.join(shared, "countries_mledoze", "countries.json"), encoding="utf-8"))
    for c in countries:
        add(c["name"]["common"], COUNTRY)
        add(c["name"]["official"], COUNTRY)
        for alt in c.get("altSpellings", []):
            if len(alt) > 3 and all(ord(ch) < 0x250 for ch in alt):   # codes like "RU" and non-Latin names left out
                add(alt, COUNTRY)
        for cap in c.get("capital", []):
            add(cap, CITY)
        for key in ("region", "subregion"):
            if c.get(key):
                add(c[key], REGION)
        for form in c.get("demonyms", {}).get("eng", {}).values():
            if form:
                add(form, DEMONYM)
                if form.endswith(("an", "i", "er")):
                    add(form + "s", DEMONYM)
    with open(os.path.join(shared, "world_cities", "world-cities.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            add(row["name"], CITY)
            add(row["subcountry"], REGION)
    with open(os.path.join(shared, "firstnames_winkelmann", "firstnames.csv"), encoding="utf-8") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        for row in reader:
            freqs = [int(v) for v in row[2:] if v.strip().lstrip("-").isdigit()]
            if freqs and max(freqs) >= -6 and "+" not in row[0]:
                add(row[0].replace("+", " "), FIRSTNAME)

    slots = 1
    while slots < len(phrases) * 4 // 3:
        slots *= 2
    table = [0] * slots
    for phrase in sorted(phrases):
        h = fnv(phrase.encode("utf-8"))
        k = key_of(h)
        s = slot_of(h, slots)
        while table[s] != 0:
            if table[s] & ~0xFF == k:
                raise SystemExit(f"hash collision on {phrase!r}")
            s = (s + 1) & (slots - 1)
        table[s] = k | phrases[phrase]
    with open(out, "wb") as f:
        f.write(b"DSGZ" + struct.pack("<III", 1, len(phrases), slots))
        f.write(struct.pack(f"<{slots}Q", *table))
    print(f"{out}: {len(phrases)} phrases, {slots} slots, {16 + 8 * slots} bytes")

if __name__ == "__main__":
    main()
