#!/usr/bin/env python3
"""Derives namematch's lexicon tables from the rigour data files (MIT, (c) OpenSanctions Datenbanken GmbH).

Usage: python3 derive_tables.py /work/shared/data/name-normalisation ../main/resources/org/jsis/namematch/text

Only facts are taken (which words are legal forms, which words mean the same, which names a country
has); the output format and everything that reads it are ours. Needs PyYAML.
"""
import json
import sys
import unicodedata
from pathlib import Path

import yaml

SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC", "ARMENIAN", "GEORGIAN")
HEADER = ("# Derived by namematch/src/build/derive_tables.py from opensanctions/rigour {src}\n"
          "# (MIT, (c) 2023-2025 OpenSanctions Datenbanken GmbH; snapshot 8f4044dd6719d71e8ba59b5033818ff407e0efab).\n")


def wanted_script(text, scripts=SCRIPTS):
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith(scripts):
            return False
    return True


def clean(text):
    return " ".join(str(text).replace("|", " ").split())


def legal_forms(src, out):
    types = yaml.safe_load((src / "org_types.yml").read_text(encoding="utf-8"))["types"]
    seen, lines = set(), []
    for t in types:
        for alias in [t.get("display"), t.get("compare")] + list(t.get("aliases") or []):
            if not alias:
                continue
            alias = clean(alias)
            if alias and wanted_script(alias) and alias.casefold() not in seen:
                seen.add(alias.casefold())
                lines.append(alias)
    (out / "legal-forms.txt").write_text(
        HEADER.format(src="resources/names/org_types.yml") + "# One legal-form alias per line.\n"
        + "\n".join(lines) + "\n", encoding="utf-8")


def org_words(src, out):
    data = yaml.safe_load((src / "symbols.yml").read_text(encoding="utf-8"))
    lines = []
    for section in ("org_symbols", "org_domains"):
        for symbol, words in (data.get(section) or {}).items():
            kept = []
            for w in words or []:
                w = clean(w)
                if w and wanted_script(w) and w.casefold() not in (k.casefold() for k in kept):
                    kept.append(w)
            if len(kept) > 1:
                lines.append(f"{symbol}: " + " | ".join(kept))
    (out / "org-words-derived.txt").write_text(
        HEADER.format(src="resources/names/symbols.yml (org_symbols, org_domains)")
        + "# class: word | word | ... (the same word in several languages and spellings)\n"
        + "\n".join(lines) + "\n", encoding="utf-8")


def countries(src, out):
    lines = []
    for line in (src / "territories.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        names = [r.get("name"), r.get("full_name")] + list(r.get("names_strong") or [])
        names += [n for n in (r.get("names_weak") or []) if wanted_script(n, ("LATIN", "CYRILLIC"))]
        kept = []
        for n in names:
            n = clean(n or "")
            if n and n.casefold() not in (k.casefold() for k in kept):
                kept.append(n)
        lines.append("\t".join([r["code"], r.get("alpha3") or "", " | ".join(kept)]))
    (out / "countries.tsv").write_text(
        HEADER.format(src="rust/data/territories/data.jsonl")
        + "# code<TAB>alpha3<TAB>name | name | ...\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main():
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    legal_forms(src, out)
    org_words(src, out)
    countries(src, out)


if __name__ == "__main__":
    main()
