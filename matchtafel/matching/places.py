"""Places in the Netherlands and Flanders, offline, from GeoNames (CC BY 4.0), and distances between them.

The table ``resources/places/places_nl_be.tsv`` is extracted once by ``scripts/extract_places.py``; no
network is needed at run time. Names match case- and accent-insensitively; a name shared by several
places ("Hengelo") resolves to the largest unless the person wrote "Hengelo (Gld)".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matchtafel.domain.text_fold import fold
from matchtafel.paths import resources_dir

ATTRIBUTION = "Place data: GeoNames (www.geonames.org), licensed CC BY 4.0."


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    latitude: float
    longitude: float
    population: int


class Gazetteer:
    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self._by_name: dict[str, Place] = {}
        by_base: dict[str, Place] = {}
        for place in places:
            self._by_name[fold(place.name)] = place
            base = fold(place.name.split(" (")[0])
            if base not in by_base or by_base[base].population < place.population:
                by_base[base] = place
        for base, place in by_base.items():
            self._by_name.setdefault(base, place)

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        places = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or line.startswith("name\t"):
                    continue
                name, country, latitude, longitude, population = line.rstrip("\n").split("\t")
                places.append(Place(name, country, float(latitude), float(longitude), int(population)))
        return cls(places)

    def lookup(self, name: str) -> Place | None:
        """The place meant by ``name``, or None when it is empty or unknown."""
        return self._by_name.get(fold(name.strip())) if name.strip() else None

    def names(self) -> list[str]:
        return [place.name for place in self.places]


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer.from_file(resources_dir() / "places" / "places_nl_be.tsv")


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance; travel by road is longer, which the scorer's bands allow for."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
