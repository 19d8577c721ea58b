"""``medusa-client``: parsing, queries, payload sources, outputs, exit codes, secrets and help (no server)."""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
import responses

from medusa_client import cli
from medusa_client.cli import kebab, main, nest_pairs, resource_tree
from tests.conftest import sent

BASE = "http://medusa.test"
SECRET = "sk_cli_secret_DO_NOT_LEAK"
GROUP = {
    "id": "cgrp_1",
    "name": "VIP",
    "created_at": "2026-11-25T17:51:29.756Z",
    "updated_at": "2026-11-25T17:51:29.756Z",
    "deleted_at": None,
    "metadata": {"tier": "gold"},
}


def page(start: int, count: int, total: int, limit: int) -> Dict[str, Any]:
    groups = [{**GROUP, "id": f"cgrp_{i}", "name": f"G{i}"} for i in range(start, start + count)]
    return {"customer_groups": groups, "count": total, "offset": start, "limit": limit}


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Settings from the environment; no config file of the developer's is read."""
    monkeypatch.setenv("MEDUSA_BACKEND_URL", BASE)
    monkeypatch.setenv("MEDUSA_API_KEY", SECRET)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("MEDUSA_CLIENT_CONFIG", raising=False)
    monkeypatch.delenv("MEDUSA_PROFILE", raising=False)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Any:
    def call(*argv: str, stdin: Optional[str] = None) -> Tuple[int, str, str]:
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            code = main(list(argv))
        finally:
            sys.stdin = sys.__stdin__
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def query_of(request_url: str) -> List[Tuple[str, str]]:
    return parse_qsl(urlsplit(request_url).query, keep_blank_values=True)


# --------------------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("limit", "20")], {"limit": "20"}),
        ([("created_at[gt]", "2024-01-01")], {"created_at": {"gt": "2024-01-01"}}),
        ([("name[0]", "a"), ("name[1]", "b")], {"name": ["a", "b"]}),
        ([("name[1]", "b"), ("name[0]", "a")], {"name": ["a", "b"]}),
        ([("name[]", "a"), ("name[]", "b")], {"name": ["a", "b"]}),
        ([("id", "a"), ("id", "b"), ("id", "c")], {"id": ["a", "b", "c"]}),
        ([("items[0][id]", "x"), ("items[0][qty]", "2")], {"items": [{"id": "x", "qty": "2"}]}),
        ([("a[b][c]", "1"), ("a[b][d]", "2")], {"a": {"b": {"c": "1", "d": "2"}}}),
        ([("q", "")], {"q": ""}),
    ],
)
def test_nest_pairs_builds_qs_structures(pairs: List[Tuple[str, str]], expected: Dict[str, Any]) -> None:
    assert nest_pairs(pairs) == expected


@pytest.mark.parametrize(
    "pairs",
    [[("a", "1"), ("a[b]", "2")], [("a[b]", "2"), ("a", "1")], [("a]b", "1")], [("[a]", "1")]],
)
def test_nest_pairs_rejects_conflicts_and_bad_keys(pairs: List[Tuple[str, str]]) -> None:
    with pytest.raises(cli.UsageError):
        nest_pairs(pairs)


def test_query_flags_and_shortcuts_reach_the_wire(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 1, 1, 20))
    code, out, err = run(
        "admin",
        "customer-groups",
        "list",
        "--limit",
        "20",
        "--offset",
        "5",
        "--query",
        "created_at[gt]=2024-01-01",
        "-q",
        "name[0]=a",
        "--query",
        "name[1]=b",
        "--query",
        "q=x=y",
        "--fields",
        "id,name",
        "--expand",
        "customers",
    )
    assert (code, err) == (0, "")
    query = dict(query_of(mocked.calls[0].request.url))
    assert query == {
        "created_at[gt]": "2024-01-01",
        "name[0]": "a",
        "name[1]": "b",
        "q": "x=y",
        "limit": "20",
        "offset": "5",
        "fields": "id,name",
        "expand": "customers",
    }
    assert json.loads(out)["count"] == 1


def test_bad_query_argument_is_a_usage_error(mocked: responses.RequestsMock, run: Any) -> None:
    code, out, err = run("admin", "customer-groups", "list", "--query", "novalue")
    assert (code, out) == (2, "")
    assert err.startswith("error: --query takes KEY=VALUE") and err.count("\n") == 1
    assert run("admin", "customer-groups", "list", "--query", "a=1", "--query", "a[b]=2")[0] == 2
    assert not mocked.calls


# --------------------------------------------------------------------------- ids and payloads


def test_positional_ids_store_and_nested_resources(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/store/carts/cart_123", json={"cart": {"id": "cart_123"}})
    mocked.delete(BASE + "/store/carts/cart_1/payment-sessions/manual", json={"cart": {"id": "cart_1"}})
    mocked.post(BASE + "/store/carts/cart_1/line-items", json={"cart": {"id": "cart_1"}})
    assert run("carts", "retrieve", "cart_123")[0] == 0
    assert run("carts", "delete-payment-session", "cart_1", "manual")[0] == 0
    code, out, _ = run("carts", "line-items", "create", "cart_1", "--data", '{"variant_id":"v","quantity":1}')
    assert code == 0 and json.loads(out) == {"cart": {"id": "cart_1"}}
    calls = sent(mocked)
    assert [c.path for c in calls] == [
        "/store/carts/cart_123",
        "/store/carts/cart_1/payment-sessions/manual",
        "/store/carts/cart_1/line-items",
    ]
    assert calls[2].json == {"variant_id": "v", "quantity": 1}


def test_ids_are_encoded_as_one_segment(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups/a%2Fb", json={"customer_group": GROUP})
    assert run("admin", "customer-groups", "retrieve", "a/b")[0] == 0
    assert sent(mocked)[0].path == "/admin/customer-groups/a%2Fb"


def test_data_inline_file_and_stdin(mocked: responses.RequestsMock, run: Any, tmp_path: Path) -> None:
    mocked.post(BASE + "/admin/customer-groups", json={"customer_group": GROUP})
    payload = tmp_path / "group.json"
    payload.write_text('{"name": "From file", "metadata": {"a": 1}}')
    assert run("admin", "customer-groups", "create", "--data", '{"name":"VIP"}')[0] == 0
    assert run("admin", "customer-groups", "create", "--data", f"@{payload}")[0] == 0
    assert run("admin", "customer-groups", "create", "-d", "-", stdin='{"name": "stdin"}')[0] == 0
    assert [c.json for c in sent(mocked)] == [
        {"name": "VIP"},
        {"name": "From file", "metadata": {"a": 1}},
        {"name": "stdin"},
    ]
    assert all(c.header("Content-Type") == "application/json" for c in sent(mocked))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "--data is not valid JSON"),
        ("[1, 2]", "--data must be a JSON object, not list"),
        ("@/nonexistent/x.json", "cannot read /nonexistent/x.json"),
    ],
)
def test_bad_data_is_a_usage_error(mocked: responses.RequestsMock, run: Any, data: str, message: str) -> None:
    code, out, err = run("admin", "customer-groups", "create", "--data", data)
    assert (code, out) == (2, "")
    assert message in err and err.startswith("error: ") and err.count("\n") == 1
    assert not mocked.calls


def test_missing_required_data_and_unknown_commands_are_usage_errors(run: Any) -> None:
    for argv in (
        ("admin", "customer-groups", "create"),
        ("admin", "customer-groups", "retrieve"),
        ("admin", "customer-groups", "nope"),
        ("admin", "customer_groups", "list"),
        ("admin", "customer-groups"),
        ("carts", "complete", "c1", "--query", "a=1"),  # carts.complete takes no query
        ("admin", "customer-groups", "list", "--timeout", "soon"),
    ):
        code, out, err = run(*argv)
        assert (code, out) == (2, ""), argv
        assert err.startswith("error: ") and err.count("\n") == 1 and "--help" in err, (argv, err)


def test_optional_payload_may_be_left_out(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.post(BASE + "/store/carts", json={"cart": {"id": "cart_new"}})
    assert run("carts", "create")[0] == 0
    assert sent(mocked)[0].raw_body is None


def test_uploads_take_file_paths(mocked: responses.RequestsMock, run: Any, tmp_path: Path) -> None:
    mocked.post(BASE + "/admin/uploads", json={"uploads": [{"url": "http://f/a.txt", "key": "a.txt"}]})
    first, second = tmp_path / "a.txt", tmp_path / "b.png"
    first.write_bytes(b"hello")
    second.write_bytes(b"\x89PNG")
    code, out, _ = run("admin", "uploads", "create", str(first), str(second))
    assert code == 0 and json.loads(out)["uploads"][0]["key"] == "a.txt"
    body = mocked.calls[0].request.body
    assert b'filename="a.txt"' in body and b'filename="b.png"' in body and b"hello" in body
    code, _, err = run("admin", "uploads", "create", str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in err


def test_custom_get_takes_a_path_and_a_query(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/blog/posts", json={"posts": [{"id": "p1"}], "count": 1})
    code, out, _ = run("admin", "custom", "get", "blog/posts", "--query", "limit=5")
    assert code == 0 and json.loads(out) == {"posts": [{"id": "p1"}], "count": 1}
    assert sent(mocked)[0].path == "/admin/blog/posts" and sent(mocked)[0].query == "limit=5"


def test_header_flag_sets_custom_headers(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.post(BASE + "/admin/customer-groups", json={"customer_group": GROUP})
    argv = ("admin", "customer-groups", "create", "--data", '{"name":"a"}', "-H", "Idempotency-Key: job-42")
    assert run(*argv)[0] == 0
    assert sent(mocked)[0].header("Idempotency-Key") == "job-42"
    assert run("admin", "customer-groups", "create", "--data", "{}", "-H", "nocolon")[0] == 2


# --------------------------------------------------------------------------- outputs


def test_json_output_is_to_dict(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups/cgrp_1", json={"customer_group": {**GROUP, "extra": 1}})
    code, out, _ = run("admin", "customer-groups", "retrieve", "cgrp_1")
    assert code == 0
    assert json.loads(out) == {"customer_group": {**GROUP, "extra": 1}}
    assert out.startswith("{\n  ")  # indented


def test_all_with_jsonl_walks_every_page(mocked: responses.RequestsMock, run: Any) -> None:
    for start in (0, 2, 4):
        mocked.get(BASE + "/admin/customer-groups", json=page(start, min(2, 5 - start), 5, 2))
    code, out, err = run("admin", "customer-groups", "list", "--limit", "2", "--all", "--output", "jsonl")
    assert (code, err) == (0, "")  # no progress when stderr is not a terminal
    lines = out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"cgrp_{i}" for i in range(5)]
    assert [dict(query_of(c.request.url)).get("offset") for c in mocked.calls] == [None, "2", "4"]


def test_all_with_json_is_one_array(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 2, 3, 2))
    mocked.get(BASE + "/admin/customer-groups", json=page(2, 1, 3, 2))
    code, out, _ = run("admin", "customer-groups", "list", "--limit", "2", "--all")
    assert code == 0 and [g["name"] for g in json.loads(out)] == ["G0", "G1", "G2"]


def test_all_only_for_methods_returning_a_page(run: Any) -> None:
    assert run("admin", "customer-groups", "retrieve", "x", "--all")[0] == 2


def test_jsonl_without_all_prints_the_page_items(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 2, 10, 2))
    mocked.get(BASE + "/admin/customer-groups/cgrp_1", json={"customer_group": GROUP})
    code, out, _ = run("admin", "customer-groups", "list", "-o", "jsonl")
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = run("admin", "customer-groups", "retrieve", "cgrp_1", "-o", "jsonl")
    assert code == 0 and out.count("\n") == 1 and json.loads(out)["customer_group"]["id"] == "cgrp_1"


def test_table_output(mocked: responses.RequestsMock, run: Any) -> None:
    data = page(0, 2, 2, 10)
    data["customer_groups"][1]["name"] = "x" * 100
    mocked.get(BASE + "/admin/customer-groups", json=data)
    code, out, _ = run("admin", "customer-groups", "list", "--output", "table")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["ID", "NAME", "CREATED_AT", "UPDATED_AT", "DELETED_AT"]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].split()[:2] == ["cgrp_0", "G0"]
    assert "x" * 57 + "..." in lines[3] and "x" * 61 not in lines[3]


def test_table_of_a_single_object_and_columns(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups/cgrp_1", json={"customer_group": GROUP})
    code, out, _ = run(
        "admin",
        "customer-groups",
        "retrieve",
        "cgrp_1",
        "-o",
        "table",
        "--columns",
        "id,metadata.tier,metadata",
    )
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "METADATA.TIER", "METADATA"]
    assert out.splitlines()[2].split() == ["cgrp_1", "gold", '{"tier":"gold"}']


def test_csv_output_with_columns_and_all(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 2, 3, 2))
    mocked.get(BASE + "/admin/customer-groups", json=page(2, 1, 3, 2))
    code, out, _ = run(
        "admin",
        "customer-groups",
        "list",
        "--all",
        "--limit",
        "2",
        "-o",
        "csv",
        "--columns",
        "id,name,deleted_at",
    )
    assert code == 0
    assert out.splitlines() == ["id,name,deleted_at", "cgrp_0,G0,", "cgrp_1,G1,", "cgrp_2,G2,"]


def test_csv_of_a_list_that_is_not_a_page(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/apps", json={"apps": [{"name": "a", "installed": True}]})
    code, out, _ = run("admin", "apps", "list", "-o", "csv")
    assert code == 0 and out.splitlines() == ["name,installed", "a,true"]


def test_empty_response_prints_an_empty_object(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.delete(BASE + "/admin/auth", body="OK", content_type="text/plain")
    code, out, _ = run("admin", "auth", "delete-session")
    assert (code, json.loads(out)) == (0, {})


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_only(
    mocked: responses.RequestsMock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for start in (0, 2):
        mocked.get(BASE + "/admin/customer-groups", json=page(start, 2, 4, 2))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["admin", "customer-groups", "list", "--limit", "2", "--all", "-o", "jsonl"]) == 0
    assert "\r1 items..." in terminal.getvalue() and terminal.getvalue().endswith("\r\x1b[K")
    assert len(capsys.readouterr().out.splitlines()) == 4


# --------------------------------------------------------------------------- exit codes


ERRORS = [
    (401, "Unauthorized", None, 3, "error: 401: Unauthorized"),
    (404, None, {"type": "not_found", "message": "CustomerGroup with id x was not found"}, 4, None),
    (400, None, {"type": "invalid_data", "message": "name must be a string"}, 5, None),
    (400, None, {"type": "not_allowed", "code": "insufficient_inventory", "message": "no stock"}, 5, None),
    (
        422,
        None,
        {"code": "invalid_request_error", "type": "duplicate_error", "message": "Key exists."},
        5,
        None,
    ),
    (409, None, {"code": "invalid_state_error", "type": "conflict", "message": "busy"}, 6, None),
    (
        500,
        None,
        {"code": "unknown_error", "type": "unknown_error", "message": "An unknown error occurred."},
        7,
        None,
    ),
    (429, "", None, 7, "error: 429: Too Many Requests"),
    (403, "Forbidden", None, 7, "error: 403: Forbidden"),
]


@pytest.mark.parametrize(("status", "text", "body", "code", "line"), ERRORS)
def test_exit_code_and_one_error_line_per_status(
    mocked: responses.RequestsMock,
    run: Any,
    status: int,
    text: Optional[str],
    body: Optional[Dict[str, str]],
    code: int,
    line: Optional[str],
) -> None:
    url = BASE + "/admin/customer-groups/x"
    if body is not None:
        mocked.get(url, json=body, status=status)
        head = " ".join(str(p) for p in (status, body["type"], body.get("code")) if p)
        line = f"error: {head}: {body['message']}"
    else:
        mocked.get(url, body=text, status=status, content_type="text/plain")
    result = run("admin", "customer-groups", "retrieve", "x", "--max-retries", "0")
    assert result == (code, "", line + "\n")


def test_not_found_line_matches_the_documented_example(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(
        BASE + "/admin/customer-groups/x",
        json={"type": "not_found", "message": "CustomerGroup with id x was not found"},
        status=404,
    )
    assert run("admin", "customer-groups", "retrieve", "x")[1:] == (
        "",
        "error: 404 not_found: CustomerGroup with id x was not found\n",
    )


@pytest.mark.parametrize(
    ("failure", "code", "fragment"),
    [
        (
            requests.ConnectionError("refused"),
            8,
            "error: connection: GET http://medusa.test/admin/customer-groups",
        ),
        (
            requests.ReadTimeout("slow"),
            8,
            "error: timeout: GET http://medusa.test/admin/customer-groups: read",
        ),
    ],
)
def test_connection_failures_exit_8(
    mocked: responses.RequestsMock, run: Any, failure: Exception, code: int, fragment: str
) -> None:
    mocked.get(BASE + "/admin/customer-groups", body=failure)
    result = run("admin", "customer-groups", "list", "--max-retries", "0")
    assert result[0] == code and result[2].startswith(fragment) and result[2].count("\n") == 1


def test_invalid_response_exits_9(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", body="<html>proxy</html>", content_type="text/html")
    code, out, err = run("admin", "customer-groups", "list")
    assert (code, out) == (9, "") and err.startswith("error: invalid response: 200 response to GET")


def test_invalid_id_is_a_usage_error(run: Any) -> None:
    code, _, err = run("admin", "customer-groups", "retrieve", " ")
    assert code == 2 and err.startswith("error: invalid argument: id must be a non-empty string")


def test_bad_base_url_is_a_usage_error(run: Any) -> None:
    code, _, err = run("admin", "customer-groups", "list", "--base-url", "ftp://x")
    assert code == 2 and "base_url must be an http(s) URL" in err


def test_unexpected_error_exits_1_with_a_hint(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 1, 1, 10))

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_emit", broken)
    code, _, err = run("admin", "customer-groups", "list")
    assert code == 1 and err == "error: RuntimeError: boom (a bug? run with -v for the traceback)\n"


def test_exit_code_table() -> None:
    from medusa_client import (
        APIConnectionError,
        APIResponseValidationError,
        APITimeoutError,
        MedusaError,
        PaymentAuthorizationError,
        ServerError,
    )

    assert cli.exit_code_for(APIConnectionError("x", method="GET", url="u")) == 8
    assert cli.exit_code_for(APITimeoutError("x", method="GET", url="u")) == 8
    assert cli.exit_code_for(cli.UsageError("x")) == 2
    assert cli.exit_code_for(MedusaError("x")) == 1
    assert cli.exit_code_for(KeyError("x")) == 1
    response = requests.Response()
    response.status_code = 422
    response.request = requests.Request("GET", BASE + "/x").prepare()
    assert cli.exit_code_for(PaymentAuthorizationError("m", response=response, body=None)) == 5
    assert cli.exit_code_for(APIResponseValidationError("m", response=response)) == 9
    response.status_code = 502
    assert cli.exit_code_for(ServerError("m", response=response, body=None)) == 7


def test_broken_pipe_is_quiet(mocked: responses.RequestsMock, monkeypatch: pytest.MonkeyPatch) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 1, 1, 10))

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["admin", "customer-groups", "list"]) == 0


def test_keyboard_interrupt_exits_130(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_emit", interrupted)
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 1, 1, 10))
    assert run("admin", "customer-groups", "list") == (130, "", "error: interrupted\n")


# --------------------------------------------------------------------------- secrets


def test_api_key_is_sent_and_never_echoed(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(
        BASE + "/admin/customer-groups/x",
        json={"type": "not_found", "message": f"no group for token {SECRET}"},
        status=404,
    )
    code, out, err = run("admin", "customer-groups", "retrieve", "x", "-v")
    assert code == 4
    assert sent(mocked)[0].header("x-medusa-access-token") == SECRET
    assert SECRET not in out + err
    assert "api_key=set (environment)" in err and "no group for token ***" in err


def test_api_key_from_stdin(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 0, 0, 10))
    code, out, err = run("admin", "customer-groups", "list", "--api-key", "-", "-v", stdin="from_stdin_key\n")
    assert code == 0 and sent(mocked)[0].header("x-medusa-access-token") == "from_stdin_key"
    assert "from_stdin_key" not in out + err and "api_key=set (flag)" in err
    assert run("admin", "customer-groups", "list", "--api-key", "-", stdin="")[0] == 2
    code, _, err = run("admin", "customer-groups", "create", "--api-key", "-", "--data", "-", stdin="k\n{}")
    assert code == 2 and "cannot both read stdin" in err


def test_secrets_absent_from_help(run: Any) -> None:
    for argv in ((), ("admin",), ("admin", "customer-groups"), ("admin", "customer-groups", "list")):
        code, out, err = run(*argv, "--help")
        assert code == 0 and SECRET not in out + err and BASE not in out


def test_missing_api_key_hint_on_401(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEDUSA_API_KEY")
    mocked.get(BASE + "/admin/customer-groups", body="Unauthorized", status=401)
    code, _, err = run("admin", "customer-groups", "list")
    assert code == 3
    assert err == "error: 401: Unauthorized (no API key: use --api-key, MEDUSA_API_KEY or a profile)\n"


def test_verbose_logs_each_request_then_restores_logging(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(BASE + "/admin/customer-groups", json=page(0, 1, 1, 10))
    logger = logging.getLogger("medusa_client")
    before = (logger.level, list(logger.handlers))
    code, _, err = run("admin", "customer-groups", "list", "--verbose")
    assert code == 0
    assert "medusa_client: GET /admin/customer-groups -> 200 (attempt 1" in err
    assert "medusa_client.cli: settings: base_url=http://medusa.test (environment)" in err
    assert (logger.level, list(logger.handlers)) == before
    run("admin", "customer-groups", "list")  # without -v nothing is logged
    assert run("admin", "customer-groups", "list")[2] == ""


# --------------------------------------------------------------------------- configuration


def write_config(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    path.chmod(0o600)
    return path


def test_profiles_and_precedence(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = write_config(
        tmp_path,
        '[default]\nbase_url = "http://default.test"\napi_key = "default_key"\n\n'
        '[prod]\nbase_url = "http://prod.test"\napi_key = "prod_key"\ntimeout = 5\nmax_retries = 0\n',
    )
    monkeypatch.setenv("MEDUSA_CLIENT_CONFIG", str(config))
    monkeypatch.delenv("MEDUSA_BACKEND_URL")
    monkeypatch.delenv("MEDUSA_API_KEY")
    for host in ("default", "prod", "env", "flag"):
        mocked.get(f"http://{host}.test/admin/apps", json={"apps": []})

    assert run("admin", "apps", "list")[0] == 0  # the default profile
    monkeypatch.setenv("MEDUSA_BACKEND_URL", "http://env.test")
    monkeypatch.setenv("MEDUSA_API_KEY", "env_key")
    assert run("admin", "apps", "list")[0] == 0  # the environment beats the default profile
    assert run("admin", "apps", "list", "--profile", "prod")[0] == 0  # an explicit profile beats it
    monkeypatch.setenv("MEDUSA_PROFILE", "prod")
    assert run("admin", "apps", "list", "--base-url", "http://flag.test", "--api-key", "flag_key")[0] == 0
    seen = [
        (urlsplit(c.request.url).hostname, c.request.headers["x-medusa-access-token"]) for c in mocked.calls
    ]
    assert seen == [
        ("default.test", "default_key"),
        ("env.test", "env_key"),
        ("prod.test", "prod_key"),
        ("flag.test", "flag_key"),
    ]


def test_profiles_nested_under_a_profiles_table(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = write_config(tmp_path, '[profiles.staging]\nbase_url = "http://staging.test"\n')
    monkeypatch.setenv("MEDUSA_CLIENT_CONFIG", str(config))
    mocked.get("http://staging.test/store/regions", json={"regions": []})
    assert run("regions", "list", "--profile", "staging")[0] == 0


def test_ini_profiles(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = write_config(tmp_path, "[shop]\nbase_url = http://ini.test\npublishable_key = 'pk_1'\n", "c.ini")
    monkeypatch.setenv("MEDUSA_CLIENT_CONFIG", str(config))
    mocked.get("http://ini.test/store/regions", json={"regions": []})
    assert run("regions", "list", "--profile", "shop")[0] == 0
    assert sent(mocked)[0].header("x-publishable-api-key") == "pk_1"


@pytest.mark.parametrize(
    ("text", "argv", "message"),
    [
        ("[a]\nbase_url = 'x'\n", ("--profile", "b"), "no profile 'b'"),
        ("[a]\nsecret = 'x'\n", ("--profile", "a"), "unknown key 'secret' in profile 'a'"),
        ("[a\n", ("--profile", "a"), "cannot read"),
        ("[a]\ntimeout = 'soon'\n", ("--profile", "a"), "timeout must be a number"),
    ],
)
def test_profile_errors_are_usage_errors(
    run: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, argv: Tuple[str, ...], message: str
) -> None:
    monkeypatch.setenv("MEDUSA_CLIENT_CONFIG", str(write_config(tmp_path, text)))
    code, _, err = run("regions", "list", *argv)
    assert code == 2 and message in err


def test_toml_subset_reader_of_python_3_9_and_3_10(tmp_path: Path) -> None:
    text = (
        "# profiles\n[default]\nbase_url = \"http://a.test\"\napi_key = 'k1'\n\n"
        '[profiles.prod]\nbase_url = "https://shop.example"\ntimeout = 10\nmax_retries = 0\n'
    )
    expected = {
        "default": {"base_url": "http://a.test", "api_key": "k1"},
        "prod": {"base_url": "https://shop.example", "timeout": "10", "max_retries": "0"},
    }
    assert cli.read_toml_subset(text, tmp_path / "config.toml") == expected
    if sys.version_info >= (3, 11):  # tomllib gives the same profiles (numbers as numbers)
        path = write_config(tmp_path, text)
        assert cli.load_profiles(path)["prod"] == {
            "base_url": "https://shop.example",
            "timeout": 10,
            "max_retries": 0,
        }


def test_bad_ini_and_missing_file(run: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MEDUSA_CLIENT_CONFIG", str(write_config(tmp_path, "no section\n", "x.ini")))
    assert run("regions", "list", "--profile", "a")[0] == 2
    monkeypatch.setenv("MEDUSA_CLIENT_CONFIG", str(tmp_path / "absent.toml"))
    code, _, err = run("regions", "list", "--profile", "a")
    assert code == 2 and "there is no config file" in err


def test_default_config_location_and_readable_warning(
    mocked: responses.RequestsMock, run: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "xdg" / "medusa-client"
    folder.mkdir(parents=True)
    config = folder / "config.toml"
    config.write_text('[default]\napi_key = "profile_key"\n')
    config.chmod(0o644)
    monkeypatch.delenv("MEDUSA_API_KEY")
    mocked.get(BASE + "/admin/apps", json={"apps": []})
    code, _, err = run("admin", "apps", "list")
    assert code == 0 and sent(mocked)[0].header("x-medusa-access-token") == "profile_key"
    if os.name == "posix":
        assert "readable by others: chmod 600" in err and "profile_key" not in err
    assert cli.config_path({}) == Path.home() / ".config" / "medusa-client" / "config.toml"


# --------------------------------------------------------------------------- help


def help_of(run: Any, *argv: str) -> str:
    code, out, err = run(*argv, "--help")
    assert (code, err) == (0, ""), argv
    return str(out)


def test_no_arguments_prints_the_top_level_help(run: Any) -> None:
    code, out, _ = run()
    assert code == 0 and "usage: medusa-client" in out and "Exit codes:" in out


def test_help_of_every_resource_lists_its_methods_and_resources(run: Any) -> None:
    tree = resource_tree()
    nodes = list(tree.walk())
    assert len(nodes) > 60
    for node in nodes:
        text = help_of(run, *(kebab(p) for p in node.path))
        for name, spec in node.methods.items():
            assert f"  {kebab(name)} " in text, (node.path, name)
            assert spec.result.__name__ in text
        for name in node.children:
            assert f"  {kebab(name)} " in text, (node.path, name)


def test_help_of_every_method_shows_ids_payload_query_and_result(run: Any) -> None:
    methods = list(resource_tree().all_methods())
    assert len(methods) >= 320
    for spec in methods:
        text = help_of(run, *spec.command.split())
        assert f"usage: medusa-client {spec.command}" in " ".join(text.split())
        for name in spec.ids:
            assert name in text
        assert f"result: {spec.result.__name__}" in text
        if spec.payload:
            assert f"payload: {spec.payload.model_name}" in text and "--data" in text
        else:
            assert "--data" not in text
        if spec.query:
            assert f"query: {spec.query.model_name}" in text and "--query" in text
        else:
            assert "--query" not in text
        assert ("--all" in text) == spec.pages
        assert (spec.files is not None) == ("FILE [FILE ...]" in text)


def test_tree_names_do_not_collide() -> None:
    for node in resource_tree().walk():
        names = [kebab(n) for n in (*node.methods, *node.children)]
        assert len(names) == len(set(names)), node.path


def test_method_help_lists_the_model_fields(run: Any) -> None:
    text = help_of(run, "admin", "customer-groups", "create")
    assert "fields: name*, metadata" in text
    text = help_of(run, "admin", "customer-groups", "list")
    assert "keys: q, offset, order" in text


def test_version(run: Any) -> None:
    from medusa_client import __version__

    assert run("--version") == (0, f"medusa-client {__version__}\n", "")


def test_main_module(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import runpy

    monkeypatch.setattr(sys, "argv", ["medusa-client", "--version"])
    with pytest.raises(SystemExit) as done:
        runpy.run_module("medusa_client", run_name="__main__")
    assert done.value.code == 0 and capsys.readouterr().out.startswith("medusa-client ")


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "medusa_client", "admin", "customer-groups", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0 and "list-customers" in result.stdout


# --------------------------------------------------------------------------- --api v2


def test_v2_commands_use_the_v2_tree_credentials_and_paging(mocked: responses.RequestsMock, run: Any) -> None:
    for start in (0, 2):
        mocked.get(BASE + "/admin/customer-groups", json=page(start, 2, 4, 2))
    code, out, err = run(
        "--api", "v2", "admin", "customer-group", "list", "--limit", "2", "--all", "-o", "jsonl"
    )
    assert (code, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["cgrp_0", "cgrp_1", "cgrp_2", "cgrp_3"]
    sent = mocked.calls[0].request
    assert sent.headers["Authorization"] == "Basic " + base64.b64encode(f"{SECRET}:".encode()).decode()
    assert "x-medusa-access-token" not in sent.headers


def test_v2_errors_keep_the_exit_codes(mocked: responses.RequestsMock, run: Any) -> None:
    mocked.get(
        BASE + "/admin/customer-groups/cg_1", json={"type": "not_found", "message": "no group"}, status=404
    )
    code, out, err = run("admin", "customer-group", "retrieve", "cg_1", "--api=v2")
    assert (code, out) == (4, "")
    assert err == "error: 404 not_found: no group\n"
    assert SECRET not in err


def test_v2_uploads_and_unknown_versions(mocked: responses.RequestsMock, run: Any, tmp_path: Path) -> None:
    csv_file = tmp_path / "products.csv"
    csv_file.write_text("Product Handle\nshirt\n")
    mocked.post(BASE + "/admin/products/import", json={"transaction_id": "tx_1", "summary": {}})
    code, out, err = run("--api", "v2", "admin", "product", "import", str(csv_file))
    assert (code, err) == (0, "")
    assert json.loads(out)["transaction_id"] == "tx_1"
    assert b'name="file"; filename="products.csv"' in (mocked.calls[0].request.body or b"")
    code, out, err = run("--api", "v3", "admin", "customer-group", "list")
    assert (code, out) == (2, "")
    assert "--api must be one of v1, v2, got 'v3'" in err
