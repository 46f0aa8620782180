#!/usr/bin/env python3
"""Fill unfinished zh_CN translations in resources/translations/jiaokan_zh_CN.ts from a
glossary TSV (source<TAB>translation), keyed by source text. For maintainers:

    make translations            # lupdate: new strings appear as unfinished
    python .ci/translate.py GLOSSARY.tsv
    make translations            # lrelease: .qm files
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "jiaokan_zh_CN.ts"


def main(glossary: str) -> int:
    table = {}
    for line in Path(glossary).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            src, dst = line.split("\t", 1)
            table[src] = dst
    tree = ET.parse(TS)
    missing = []
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if tr.get("type") == "unfinished":
            if src in table:
                tr.text = table[src]
                del tr.attrib["type"]
            else:
                missing.append(src)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
