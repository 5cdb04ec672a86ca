#!/usr/bin/env python3
"""Writes chosen Wikinews articles (CC BY 2.5) from ../shared as Markdown with front matter into Articles/.

Usage: python3 Scripts/import-wikinews.py [SHARED_DIR]
The choice favours many named people and events: courts, arrests, protests, politics, non-Latin script.
"""
import csv, re, sys, os

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
csv.field_size_limit(10**9)
rows = []
for name in ['wikinews_2019.csv', 'wikinews_2020.csv']:
    with open(os.path.join(shared, 'articles', 'wikinews', name), newline='') as f:
        rows += list(csv.DictReader(f))

CHOSEN = [136, 122, 125, 11, 22, 82, 172, 190, 227, 21, 145, 43, 115, 144, 197, 247, 289, 41]

def slug(title):
    s = re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')
    return s[:60].rstrip('-')

credits = ["# Credits\n",
           "`navalny-allies-detained.txt` is the seed article (AFP), kept byte-identical as the reference demo.\n",
           "The other articles are from Wikinews (https://en.wikinews.org), licensed CC BY 2.5",
           "(https://creativecommons.org/licenses/by/2.5/). Text unchanged apart from whitespace; each file's `url` names its source.\n"]
for i in CHOSEN:
    r = rows[i]
    url = r['url'].replace('.org//wiki', '.org/wiki')
    paragraphs = [p.strip() for p in re.split(r'\n\s*\n', r['text']) if p.strip()]
    name = f"{r['date']}-{slug(r['title'])}.md"
    title = r['title'].replace('"', '\\"')
    with open(os.path.join('Articles', name), 'w') as out:
        out.write(f'---\ntitle: "{title}"\ndate: {r["date"]}\nsource: Wikinews\nurl: {url}\nlicense: CC BY 2.5\n---\n\n')
        out.write('\n\n'.join(paragraphs) + '\n')
    credits.append(f"- `{name}`: “{r['title']}”, Wikinews, {r['date']}, {url}")
with open('CREDITS.md', 'w') as out:
    out.write('\n'.join(credits) + '\n')
