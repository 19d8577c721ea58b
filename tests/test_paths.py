"""Path ids: one sanitiser, one encoded segment each, bad ids refused before any request."""

from __future__ import annotations

import pytest

from medusa_client._paths import build_path, segment


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("cgrp_01ABC", "cgrp_01ABC"),
        ("a/b", "a%2Fb"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#frag", "a%23frag"),
        ("100%", "100%25"),
        ("two words", "two%20words"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../admin/users", "..%2Fadmin%2Fusers"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("a.b", "a.b"),
    ],
)
def test_segment_encodes_one_segment(value: str, expected: str) -> None:
    assert segment(value) == expected


@pytest.mark.parametrize("value", ["", "   ", "a\r\nX-Evil: 1", "a\nb", "nul\x00"])
def test_segment_rejects_empty_and_control_characters(value: str) -> None:
    with pytest.raises(ValueError, match="id"):
        segment(value)


@pytest.mark.parametrize("value", [None, 12, b"id", ["a"]])
def test_segment_rejects_non_strings(value: object) -> None:
    with pytest.raises(TypeError, match="id must be a str"):
        segment(value)


def test_build_path_names_the_bad_parameter() -> None:
    assert (
        build_path("/admin/orders/{id}/swaps/{swap_id}", id="o/1", swap_id="s")
        == "/admin/orders/o%2F1/swaps/s"
    )
    with pytest.raises(ValueError, match="swap_id"):
        build_path("/admin/orders/{id}/swaps/{swap_id}", id="o", swap_id="")
