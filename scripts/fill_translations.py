"""Fill a .ts file's unfinished entries from a Python dict file (developer aid, not run by the build).

    python scripts/fill_translations.py resources/translations/matchtafel_nl.ts NL_DICT.py [NAME]

The dict file defines NAME (default NL): source -> translation, or -> (singular, plural) for %n strings.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, dict_path: str, name: str = "NL") -> int:
    table: dict[str, str | tuple[str, str]] = runpy.run_path(dict_path)[name]
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in table:
            value = table[source]
            if isinstance(value, tuple):
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in value:  # lupdate may have written fewer forms than the language has
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
