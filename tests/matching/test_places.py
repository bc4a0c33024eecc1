from __future__ import annotations

import pytest

from matchtafel.demo.vocabulary import PLACES
from matchtafel.matching.places import ATTRIBUTION, distance_km, gazetteer


def test_every_demo_place_is_known() -> None:
    unknown = [name for name in PLACES if gazetteer().lookup(name) is None]
    assert unknown == []


@pytest.mark.parametrize(
    "typed, found",
    [
        ("doetinchem", "Doetinchem"),
        ("'S-HEERENBERG", "'s-Heerenberg"),
        ("Hengelo (Gld)", "Hengelo (Gld)"),
        ("Hengelo", "Hengelo (Ov)"),
        ("gent", "Gent"),
        ("Zwijndrecht", "Zwijndrecht (ZH)"),
    ],
)
def test_lookup_ignores_case_and_resolves_shared_names_to_the_largest(typed: str, found: str) -> None:
    place = gazetteer().lookup(typed)
    assert place is not None and place.name == found


def test_unknown_and_empty_places() -> None:
    assert gazetteer().lookup("Atlantis") is None
    assert gazetteer().lookup("  ") is None


def test_distances_are_plausible() -> None:
    g = gazetteer()
    doetinchem, winterswijk, gent = (g.lookup(n) for n in ("Doetinchem", "Winterswijk", "Gent"))
    assert doetinchem and winterswijk and gent
    assert 25 < distance_km(doetinchem, winterswijk) < 35
    assert 195 < distance_km(doetinchem, gent) < 215
    assert distance_km(doetinchem, doetinchem) == 0


def test_attribution_names_geonames_and_the_licence() -> None:
    assert "GeoNames" in ATTRIBUTION and "CC BY 4.0" in ATTRIBUTION
    assert len(gazetteer().places) > 4000
