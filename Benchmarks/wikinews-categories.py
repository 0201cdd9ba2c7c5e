#!/usr/bin/env python3
"""Tagging against a proxy gold that ships with the repository: the Wikinews sample's categories.

usage: python3 Benchmarks/wikinews-categories.py [NEWSINDEX] [ARTICLES.jsonl]
default: .build/release/newsindex and Samples/wikinews-2004.jsonl (78 articles, public domain)

Wikinews editors file each article under the countries and people it is about. That is no
annotation of every mention, so read the figures as a check that moves when tagging changes, not as
a score to chase:
  countries  the categories that name a country (by the lexicon's country names and aliases)
             against `tag`'s salient countries, and against all the countries it names;
  people     the categories of two to four capitalised words that the article's text gives in full
             (and that name no country) against the names `tag` prints; recall only, since the
             categories list only the people an article is about.
Needs a release build (`swift build -c release`); no data outside the repository.
"""
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "newsindex")
ARTICLES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Samples", "wikinews-2004.jsonl")
PLACES = os.path.join(ROOT, "Sources", "NewsEntities", "Resources", "Lexicons", "places.tsv")


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def country_names():
    names = {}
    with open(PLACES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            phrase, code, kind = line.rstrip("\n").split("\t")[:3]
            if code and kind in ("country", "alias"):
                names[phrase] = code
    return names


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    names = country_names()
    articles = [json.loads(line) for line in open(ARTICLES, encoding="utf-8") if line.strip()]
    tagged = subprocess.run([BIN, "tag", ARTICLES], check=True, capture_output=True, text=True).stdout
    tags = {}
    for line in tagged.splitlines():
        record = json.loads(line)
        tags[record["id"]] = record
    counts = {"salient": [0, 0, 0], "named": [0, 0, 0]}
    people_found = people_all = 0
    missed = []
    for article in articles:
        record = tags[article["id"]]
        gold = {names[c.lower()] for c in article.get("categories", []) if c.lower() in names}
        salient = {c["code"] for c in record["countries"]}
        named = salient | {c["code"] for c in record["named"]}
        for key, predicted in (("salient", salient), ("named", named)):
            counts[key][0] += len(predicted & gold)
            counts[key][1] += len(predicted - gold)
            counts[key][2] += len(gold - predicted)
        text = fold(article.get("title", "") + "\n" + article.get("body", ""))
        found = {fold(p["name"]) for p in record["people"]}
        for category in article.get("categories", []):
            words = category.split()
            if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
                continue
            if category.lower() in names or fold(category) not in text:
                continue
            people_all += 1
            if fold(category) in found:
                people_found += 1
            else:
                missed.append(category)
    print(f"{len(articles)} articles, {BIN}")
    for key in ("salient", "named"):
        tp, fp, fn = counts[key]
        p, r, f = prf(tp, fp, fn)
        print(f"countries {key:8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"people    name-like categories given in full in the text: {people_found} of {people_all} found")
    print("          not found (most are no people):", "; ".join(sorted(set(missed))))


if __name__ == "__main__":
    main()
