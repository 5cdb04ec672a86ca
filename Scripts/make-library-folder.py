#!/usr/bin/env python3
"""Writes N articles of a JSON Lines corpus as one Markdown file each (front matter: title, date,
source, url), for measuring the reader's library list on a large folder.

    Scripts/make-library-folder.py /work/shared/articles/doj-press-releases/doj_press_releases.jsonl /tmp/doj-10k 10000
"""
import json
import os
import sys


def main():
    source, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(folder, exist_ok=True)
    written = 0
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            if written == count:
                break
            record = json.loads(line)
            if not record.get("text"):
                continue
            front = ["---"]
            for field in ("title", "date", "source", "url"):
                value = str(record.get(field) or "").replace("\n", " ")
                if value:
                    front.append(f"{field}: {value}")
            front.append("---")
            name = os.path.join(folder, f"{written:05d}.md")
            with open(name, "w", encoding="utf-8") as out:
                out.write("\n".join(front) + "\n" + record["text"] + "\n")
            written += 1
    print(f"wrote {written} articles to {folder}")


if __name__ == "__main__":
    main()
