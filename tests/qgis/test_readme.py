"""The README's algorithm table is generated from the provider: it must stay current."""
from __future__ import annotations

import sys

from tests.datasets import ROOT


def test_readme_algorithm_table_is_current(vdto_provider):
    sys.path.insert(0, str(ROOT / "scripts"))
    from algorithm_table import BEGIN, END, table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(BEGIN) + len(BEGIN):readme.index(END)].strip()
    assert block == table().strip(), "README is stale: run `.venv/bin/python scripts/algorithm_table.py --write`"
