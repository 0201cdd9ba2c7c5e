#!/usr/bin/env python3
"""How many shown passages carry none of the query's words.

usage: Benchmarks/shown-passages.py INDEX [NEWSINDEX] [QUERIES]
       (default: .build/release/newsindex, Benchmarks/queries.tsv)

Runs every query of QUERIES that has text (with its person and country filters) once, top 10
articles, and counts the hits whose highlighted passage has no <b> mark. A query of titles' words
only (`title:...`) can show none: its hits are counted too, so compare binaries, not absolutes.
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
index = sys.argv[1]
binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", ".build", "release", "newsindex")
queries = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "queries.tsv")
hits = unmarked = 0
for line in open(queries, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    text, person, country = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    if not text:
        continue
    command = [binary, "search", "--index", index, text, "--limit", "10", "--format", "json", "--facets", "0"]
    if person:
        command += ["--person", person]
    if country:
        command += ["--country", country]
    result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    for hit in result["hits"]:
        hits += 1
        if "<b>" not in hit["passage"]["highlighted"]:
            unmarked += 1
print(f"{unmarked} of {hits} shown passages carry no word of the query")
