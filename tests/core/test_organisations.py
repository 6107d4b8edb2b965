"""Alias resolution: spellings merge, coalitions split, state forces recognised, unknown names kept and listed."""
from __future__ import annotations

import pytest

from vdto_targeting.core.organisations import AliasError, AliasTable, default_alias_path, normalise


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return AliasTable.from_csv(default_alias_path())


def test_normalise_ignores_accents_case_dashes_and_spacing():
    assert normalise("Cártel  Jalisco Nueva Generación") == "cartel jalisco nueva generacion"
    assert normalise("Sinaloa Cartel – Los Chapitos") == normalise("sinaloa cartel-los chapitos")


def test_spellings_of_cjng_are_one_organisation(aliases):
    names = {aliases.resolve_one(n).name for n in
             ["CJNG", "Jalisco Cartel New Generation", "Cártel Jalisco Nueva Generación",
              "cartel jalisco nueva generacion"]}
    assert names == {"Jalisco Cartel New Generation (CJNG)"}
    assert not aliases.unknown


def test_coalition_is_split_into_members(aliases):
    actors = aliases.resolve("Gulf Cartel, La Familia, Sinaloa Cartel")
    assert [a.name for a in actors] == ["Gulf Cartel", "La Familia Michoacana", "Sinaloa Cartel"]
    assert [a.kind for a in aliases.resolve("Los Rusos, UPOEG")] == ["dto", "armed_group"]


def test_state_forces_civilians_and_unidentified_are_recognised(aliases):
    assert aliases.resolve_one("Government of Mexico").kind == "state"
    acled = aliases.resolve_one("Military Forces of Mexico (2018-2024) Mexican Navy")
    assert acled.kind == "state" and not acled.ranked
    assert aliases.resolve_one("Civilians (Mexico)").kind == "civilian"
    assert aliases.resolve_one("Unidentified Armed Group (Mexico)").kind == "unidentified"


def test_unknown_names_are_held_for_review_and_listed(aliases):
    table = AliasTable.from_csv(default_alias_path())
    actor = table.resolve_one("Cartel de los Cuinis")
    # unidentified, for review: kept under its own spelling, listed, never ranked (kind is not dto)
    assert actor.name == "Cartel de los Cuinis" and actor.kind == "unidentified" and not actor.known
    assert not actor.ranked
    assert table.unknown == {"Cartel de los Cuinis": 1}


def test_unknown_names_ranked_only_when_the_analyst_accepts_them():
    table = AliasTable.from_csv(default_alias_path())
    table.accept_unknown = True
    actor = table.resolve_one("Cartel de los Cuinis")
    assert actor.kind == "dto" and actor.ranked and not actor.known
    assert table.unknown == {"Cartel de los Cuinis": 1}


def test_every_ucdp_actor_is_in_the_shipped_table(shared_data, aliases):
    import pandas as pd

    from tests.datasets import UCDP_CSV

    events = pd.read_csv(shared_data / UCDP_CSV, usecols=["side_a", "side_b"])
    table = AliasTable.from_csv(default_alias_path())
    for name in pd.unique(events[["side_a", "side_b"]].to_numpy().ravel()):
        table.resolve(name)
    assert table.unknown == {}


def test_bad_alias_table_names_the_problem(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("name,organisation\nCJNG,CJNG\n", encoding="utf-8")
    with pytest.raises(AliasError, match="missing columns alias, kind"):
        AliasTable.from_csv(path)
    path.write_text("alias,organisation,kind\nCJNG,CJNG,cartel\n", encoding="utf-8")
    with pytest.raises(AliasError, match="kind 'cartel' is not one of"):
        AliasTable.from_csv(path)
