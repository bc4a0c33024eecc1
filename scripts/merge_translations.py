"""Fill a .ts file's unfinished entries from other .ts files (after a merge: developer aid, not run by the build).

    python scripts/merge_translations.py resources/translations/matchtafel_nl.ts OTHER.ts [OTHER.ts ...]

Typical use after two branches both added strings: take either side's .ts, run ``make translations`` (lupdate
adds the sources it misses, unfinished), then fill them from the other side's file:

    git show OTHER_BRANCH:resources/translations/matchtafel_nl.ts > /tmp/other.ts
    python scripts/merge_translations.py resources/translations/matchtafel_nl.ts /tmp/other.ts
    make translations   # compiles the .qm

Entries are matched on (context, source); a finished translation in the target is never overwritten.
Prints what is still unfinished and exits 1 when something is.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET


def _finished(paths: list[str]) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for path in paths:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                found.setdefault((name, message.findtext("source") or ""), translation)
    return found


def main(target: str, *others: str) -> int:
    known = _finished(list(others))
    tree = ET.parse(target)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            if (name, source) in known:
                message.remove(translation)
                message.append(copy.deepcopy(known[(name, source)]))
            else:
                missing.append(f"{name}: {source}")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
