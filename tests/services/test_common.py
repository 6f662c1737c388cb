"""Helpers every service uses."""

from __future__ import annotations

import pytest

from cadence.services.common import SLICE, let_go


@pytest.mark.parametrize("size", [0, 1, SLICE, 2 * SLICE + 1])
def test_let_go_empties_a_list_or_a_dict_whatever_its_size(size: int) -> None:
    items = [object() for _ in range(size)]
    by_number = dict(enumerate(items))
    let_go(by_number)
    let_go(items)
    assert (items, by_number) == ([], {})
