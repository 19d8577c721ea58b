#!/usr/bin/env python3
"""medusa_client benchmarks: ``python benchmarks/run.py [--quick]`` (what ``make bench`` runs).

Against a canned Medusa v1 server in a child process on 127.0.0.1 (bench_server.py), one
run measures, client and baseline alternating round by round (medians reported):

1. small call: ``medusa.admin.customer_groups.list()`` vs ``requests`` + ``.json()``;
2. big calls: 1000 customers and 100 products vs ``requests`` + ``.json()``, and
   structuring alone vs ``json.loads`` of the same bytes;
3. medusa-js 6.1.10 on Node (installed with npm into a temporary folder) on the same calls;
   each with the default install (``json``) and with the ``speedups`` extra (``orjson``);
   cold start: the first call after import and one CLI call, fresh processes;
4. ``auto_paging_iter`` over 100,000 items (pages of 100): peak RSS growth, fresh process;
5. 16 threads sharing one ``Medusa`` vs 1 thread against a server answering in 5 ms;
6. import time of ``medusa_client`` vs ``requests`` (fresh interpreters).

It prints a table with the ratios and the targets of docs/performance.md. ``--quick`` is a
short smoke run; ``--package-path DIR`` benchmarks the ``medusa_client`` found in ``DIR``
(a patched copy, say) instead of this checkout; ``--json FILE`` saves the numbers;
``--strict`` exits 2 when a (non-stretch) target is missed. The exit status is 1 when a
section could not run.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
API_KEY = "bench_api_key"
GROUP_ID = "cgrp_bench"
MEDUSA_JS = "@medusajs/medusa-js@6.1.10"
SECTIONS = ("small", "big", "cold", "js", "paging", "threads", "import")


@dataclass
class Config:
    rounds: int = 5
    small_n: int = 300
    big_n: int = 8
    struct_n: int = 5
    paging_total: int = 100_000
    thread_rounds: int = 3
    thread_seconds: float = 2.0
    import_n: int = 15
    cold_n: int = 9

    @classmethod
    def quick(cls) -> Config:
        return cls(
            rounds=2,
            small_n=50,
            big_n=2,
            struct_n=2,
            paging_total=10_000,
            thread_rounds=1,
            thread_seconds=0.5,
            import_n=3,
            cold_n=2,
        )


@dataclass
class Row:
    metric: str
    client: str
    baseline: str
    ratio: Optional[float] = None
    target: str = ""
    passed: Optional[bool] = None


@dataclass
class Results:
    rows: List[Row] = field(default_factory=list)
    raw: Dict[str, Any] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {_format_row(row)}", flush=True)


# ---------------------------------------------------------------- formatting
def fmt_time(seconds: float) -> str:
    if seconds >= 1.0:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} us"


def _format_row(row: Row) -> str:
    ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
    verdict = {True: "PASS", False: "FAIL", None: ""}[row.passed]
    return f"{row.metric}: {row.client} vs {row.baseline} -> {ratio} {row.target} {verdict}".rstrip()


def render_table(rows: List[Row], markdown: bool = False) -> str:
    header = ("Metric", "medusa_client", "baseline", "ratio", "target", "result")
    cells = [
        (
            r.metric,
            r.client,
            r.baseline,
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.target or "-",
            {True: "PASS", False: "FAIL", None: "info"}[r.passed],
        )
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(c) + " |" for c in cells]
        return "\n".join(lines)
    widths = [max(len(str(c[i])) for c in [header, *cells]) for i in range(len(header))]
    sep = "  "
    out = [sep.join(h.ljust(w) for h, w in zip(header, widths)), sep.join("-" * w for w in widths)]
    out += [sep.join(str(c).ljust(w) for c, w in zip(row, widths)) for row in cells]
    return "\n".join(out)


# ------------------------------------------------------------------ measuring
def timed(call: Callable[[], Any], n: int) -> Tuple[float, float]:
    """(CPU seconds, wall seconds) per call of ``n`` calls."""
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(n):
        call()
    return (time.process_time() - c0) / n, (time.perf_counter() - t0) / n


def compare(
    rounds: int, n: int, client: Callable[[], Any], baseline: Callable[[], Any], warmup: int = 3
) -> Dict[str, float]:
    """Alternate ``client`` and ``baseline`` (order flipped every round); medians per call."""
    for _ in range(warmup):
        client()
        baseline()
    samples: Dict[str, List[float]] = {"client_cpu": [], "client_wall": [], "base_cpu": [], "base_wall": []}
    for r in range(rounds):
        order = [("client", client), ("base", baseline)]
        for name, call in order if r % 2 == 0 else order[::-1]:
            cpu, wall = timed(call, n)
            samples[f"{name}_cpu"].append(cpu)
            samples[f"{name}_wall"].append(wall)
    return {key: statistics.median(values) for key, values in samples.items()}


def cpu_and_wall_rows(results: Results, label: str, m: Dict[str, float], cpu_target: Optional[float]) -> None:
    cpu_ratio = m["client_cpu"] / m["base_cpu"]
    results.add(
        Row(
            f"{label}: client CPU per call",
            fmt_time(m["client_cpu"]),
            fmt_time(m["base_cpu"]),
            cpu_ratio,
            f"<= {cpu_target:.1f}x" if cpu_target else "",
            cpu_ratio <= cpu_target if cpu_target else None,
        )
    )
    results.add(
        Row(
            f"{label}: wall per call",
            fmt_time(m["client_wall"]),
            fmt_time(m["base_wall"]),
            m["client_wall"] / m["base_wall"],
        )
    )


# ------------------------------------------------------------------- sections
def new_session(pool: int = 10) -> Any:
    import requests
    from requests.adapters import HTTPAdapter

    session = requests.Session()
    session.headers.update({"Accept": "application/json", "x-medusa-access-token": API_KEY})
    adapter = HTTPAdapter(pool_maxsize=pool)
    session.mount("http://", adapter)
    return session


def products_call(medusa: Any) -> Tuple[str, Callable[[], Any]]:
    products = getattr(medusa, "products", None)
    if products is not None and hasattr(products, "list"):
        return "medusa.products.list({'limit': 100})", lambda: products.list({"limit": 100})
    from medusa_client.models import StoreProductsListRes

    def call() -> Any:
        return medusa.client.request("GET", "/store/products", StoreProductsListRes, options={})

    return 'medusa.client.request("GET", "/store/products", StoreProductsListRes)', call


def bench_small(results: Results, cfg: Config, url: str, medusa: Any, session: Any) -> None:
    print("[small call] customer_groups.list() vs requests.get().json()", flush=True)
    t0 = time.perf_counter()
    first = medusa.admin.customer_groups.list()
    results.raw["small_first_call_s"] = time.perf_counter() - t0
    assert len(first.customer_groups) == 10, first
    m = compare(
        cfg.rounds,
        cfg.small_n,
        lambda: medusa.admin.customer_groups.list(),
        lambda: session.get(url + "/admin/customer-groups").json(),
        warmup=20,
    )
    results.raw["small"] = m
    cpu_and_wall_rows(results, "small call (10 groups)", m, 1.0)


def speedups_available() -> bool:
    from medusa_client import _serde

    return bool(getattr(_serde, "SPEEDUPS", False))  # False too for a package without the extra


class parsing:
    """``with parsing(speedups=False):`` the calls inside parse bodies as the default install does."""

    def __init__(self, speedups: bool) -> None:
        self.speedups = speedups

    def __enter__(self) -> None:
        from medusa_client import _serde

        self.saved = getattr(_serde, "_orjson", None)
        if not self.speedups:
            _serde._orjson = None  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        from medusa_client import _serde

        _serde._orjson = self.saved  # type: ignore[assignment]


def bench_big(results: Results, cfg: Config, url: str, medusa: Any, session: Any) -> None:
    from medusa_client.models import AdminCustomersListRes, StoreProductsListRes

    print("[big calls] 1000 customers, 100 products; structuring vs json.loads", flush=True)
    modes = [("default install", False, 2.0)]
    if speedups_available():
        modes.append(("speedups extra", True, 1.5))
    else:
        results.notes.append("big calls with the speedups extra: skipped, orjson is not installed")
    how, products = products_call(medusa)
    results.notes.append(f"products call: {how}")
    calls = [
        (
            "1000 customers, 1.3 MB",
            "customers",
            lambda: medusa.admin.customer_groups.list_customers(GROUP_ID),
            lambda: session.get(f"{url}/admin/customer-groups/{GROUP_ID}/customers").json(),
            lambda r: len(r.customers) == 1000,
        ),
        (
            "100 products, 0.9 MB",
            "products",
            products,
            lambda: session.get(url + "/store/products?limit=100").json(),
            lambda r: len(r.products) == 100,
        ),
    ]
    for label, key, call, baseline, check in calls:
        t0 = time.perf_counter()
        first = call()
        results.raw[f"{key}_first_call_s"] = time.perf_counter() - t0
        assert check(first)
        for mode, speedups, target in modes:
            with parsing(speedups):
                m = compare(cfg.rounds, cfg.big_n, call, baseline)
            results.raw[f"{key}{'_speedups' if speedups else ''}"] = m
            cpu_and_wall_rows(results, f"big call ({label}), {mode}", m, target)
    results.add(
        Row(
            "first call after import (builds hooks): groups / customers / products, in this process",
            " / ".join(
                fmt_time(results.raw[k])
                for k in ("small_first_call_s", "customers_first_call_s", "products_first_call_s")
                if k in results.raw
            ),
            "-",
        )
    )

    for label, path, cls in (
        ("1000 customers", f"/admin/customer-groups/{GROUP_ID}/customers", AdminCustomersListRes),
        ("100 products", "/store/products", StoreProductsListRes),
    ):
        body = session.get(url + path).content
        data = json.loads(body)
        s = compare(
            cfg.rounds, cfg.struct_n, lambda d=data, c=cls: c.from_dict(d), lambda b=body: json.loads(b)
        )
        results.raw[f"structure_{label}"] = s
        results.add(
            Row(
                f"structuring alone ({label}) vs json.loads of the bytes",
                fmt_time(s["client_cpu"]),
                fmt_time(s["base_cpu"]),
                s["client_cpu"] / s["base_cpu"],
            )
        )
        if speedups_available():
            import orjson

            o = compare(
                cfg.rounds, cfg.struct_n, lambda b=body: orjson.loads(b), lambda b=body: json.loads(b)
            )
            results.raw[f"orjson_{label}"] = o
            results.add(
                Row(
                    f"orjson.loads vs json.loads of the bytes ({label})",
                    fmt_time(o["client_cpu"]),
                    fmt_time(o["base_cpu"]),
                    o["client_cpu"] / o["base_cpu"],
                )
            )


def _run_child(cmd: List[str], env: Dict[str, str], cwd: str) -> Tuple[float, float, str]:
    """(wall, CPU of the child) seconds and its output: the whole process, start-up included."""
    before = os.times()
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - t0
    after = os.times()
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}... failed: {done.stderr.strip()[-800:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, done.stdout


def bench_cold(results: Results, cfg: Config, url: str, package_path: str) -> None:
    """What a short process pays: the first call after import, and one CLI call, vs ``requests``."""
    print(
        "[cold start] first call after import; one CLI call vs a requests script, fresh processes", flush=True
    )
    env = child_env(package_path)
    env.update({"MEDUSA_BACKEND_URL": url, "MEDUSA_API_KEY": API_KEY})
    cwd = tempfile.gettempdir()
    first_call = os.path.join(HERE, "first_call_child.py")
    cli = [sys.executable, "-m", "medusa_client", "admin", "customer-groups", "list", "--query", "limit=5"]
    cli += ["-o", "json"]
    script = (
        f"import requests; requests.get({url + '/admin/customer-groups?limit=5'!r}, "
        f"headers={{'Accept': 'application/json', 'x-medusa-access-token': {API_KEY!r}}}).json()"
    )
    plain = [sys.executable, "-c", script]
    for cmd in (cli, plain):  # warm-up (and .pyc files)
        _run_child(cmd, env, cwd)
    firsts: List[float] = []
    warms: List[float] = []
    samples: Dict[str, List[Tuple[float, float]]] = {"cli": [], "plain": []}
    for i in range(cfg.cold_n):
        order = [("cli", cli), ("plain", plain)]
        for name, cmd in order if i % 2 == 0 else order[::-1]:
            wall, cpu, _ = _run_child(cmd, env, cwd)
            samples[name].append((wall, cpu))
        out = json.loads(
            _run_child([sys.executable, first_call, url, API_KEY], env, cwd)[2].strip().splitlines()[-1]
        )
        firsts.append(out["first_s"])
        warms.append(out["warm_s"])
    first, warm = statistics.median(firsts), statistics.median(warms)
    results.raw["cold"] = {"first_s": first, "warm_s": warm, "cli": samples["cli"], "plain": samples["plain"]}
    above = first - warm
    results.add(
        Row(
            "first call after import (fresh process): first - warm customer_groups.list()",
            f"{fmt_time(above)} ({fmt_time(first)} - {fmt_time(warm)})",
            "-",
            None,
            "<= 50 ms",
            above <= 0.050,
        )
    )
    wall_cli = statistics.median(w for w, _ in samples["cli"])
    wall_plain = statistics.median(w for w, _ in samples["plain"])
    cpu_cli = statistics.median(c for _, c in samples["cli"])
    cpu_plain = statistics.median(c for _, c in samples["plain"])
    results.add(
        Row(
            "CLI 'admin customer-groups list --query limit=5 -o json' vs requests script (process wall)",
            fmt_time(wall_cli),
            fmt_time(wall_plain),
            wall_cli / wall_plain,
            "<= 1.5x",
            wall_cli / wall_plain <= 1.5,
        )
    )
    results.add(Row("  same, process CPU", fmt_time(cpu_cli), fmt_time(cpu_plain), cpu_cli / cpu_plain))


def bench_js(results: Results, cfg: Config, url: str) -> None:
    print(f"[medusa-js] {MEDUSA_JS} on Node, same server and calls", flush=True)
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        results.notes.append("medusa-js: skipped, node/npm not found")
        print("  skipped: node/npm not found", flush=True)
        return
    work = tempfile.mkdtemp(prefix="medusa-js-bench-")
    try:
        with open(os.path.join(work, "package.json"), "w") as f:
            json.dump({"name": "medusa-js-bench", "private": True}, f)
        install = [
            npm,
            "install",
            MEDUSA_JS,
            "--legacy-peer-deps",  # the @medusajs/medusa peer (the server) is not needed
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ]
        t0 = time.perf_counter()
        try:
            done = subprocess.run(install, cwd=work, capture_output=True, text=True, timeout=240)
        except subprocess.TimeoutExpired:
            done = None
        if done is None or done.returncode != 0:
            why = "timed out" if done is None else (done.stderr or done.stdout).strip()[-500:]
            results.notes.append(f"medusa-js: npm install failed: {why}")
            print(f"  npm install failed, skipping: {why}", flush=True)
            return
        print(f"  npm install took {time.perf_counter() - t0:.1f} s", flush=True)
        shutil.copy(os.path.join(HERE, "medusa_js_bench.js"), work)
        cmd = [node, "medusa_js_bench.js", url, str(cfg.rounds), str(cfg.small_n), str(cfg.big_n)]
        done = subprocess.run(cmd, cwd=work, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            results.notes.append(f"medusa-js: benchmark failed: {done.stderr.strip()[-500:]}")
            print(f"  node benchmark failed: {done.stderr.strip()[-500:]}", flush=True)
            return
        js = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results.raw["medusa_js"] = js
    for name, label in (
        ("small", "small call"),
        ("customers", "1000 customers"),
        ("products", "100 products"),
    ):
        py = results.raw.get(name)
        if py is None:
            continue
        ratio = py["client_wall"] / js[name]["wall_us"] * 1e6
        results.add(
            Row(
                f"vs medusa-js ({label}): wall per call, Python / JS",
                fmt_time(py["client_wall"]),
                f"{fmt_time(js[name]['wall_us'] / 1e6)} (node)",
                ratio,
                "<= 1.0x (stretch)",
                ratio <= 1.0,
            )
        )
        results.add(
            Row(
                f"vs medusa-js ({label}): process CPU per call",
                fmt_time(py["client_cpu"]),
                f"{fmt_time(js[name]['cpu_us'] / 1e6)} (node)",
                py["client_cpu"] / js[name]["cpu_us"] * 1e6,
            )
        )


def child_env(package_path: str) -> Dict[str, str]:
    env = dict(os.environ)
    # children write .pyc files (the warm-up runs make them), as an installed package has them:
    # without, every fresh process would compile the package from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([package_path, HERE])
    return env


def bench_paging(results: Results, cfg: Config, url: str, package_path: str) -> None:
    print(f"[paging] auto_paging_iter over {cfg.paging_total:,} items, fresh process", flush=True)
    measured: Dict[str, Dict[str, Any]] = {}
    for mode in ("client", "requests"):
        cmd = [sys.executable, os.path.join(HERE, "paging_child.py"), url, str(cfg.paging_total), mode]
        done = subprocess.run(cmd, capture_output=True, text=True, env=child_env(package_path), timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"paging child ({mode}) failed: {done.stderr.strip()[-800:]}")
        out = json.loads(done.stdout.strip().splitlines()[-1])
        out["growth_mb"] = (out["hwm_after_kb"] - out["rss_before_kb"]) / 1024
        measured[mode] = out
    results.raw["paging"] = measured
    client, base = measured["client"], measured["requests"]
    if client["items"] != cfg.paging_total:
        raise RuntimeError(f"auto_paging_iter yielded {client['items']} items, expected {cfg.paging_total}")
    if not client["hwm_reset"]:
        results.notes.append("paging: VmHWM could not be reset; growth is an upper bound")
    results.add(
        Row(
            f"auto_paging_iter {cfg.paging_total:,} items: peak RSS growth",
            f"{client['growth_mb']:.1f} MB",
            f"{base['growth_mb']:.1f} MB (requests loop)",
            None,
            "< 50 MB",
            client["growth_mb"] < 50,
        )
    )
    results.add(
        Row(
            f"auto_paging_iter {cfg.paging_total:,} items: items per second",
            f"{client['items'] / client['seconds']:,.0f}/s",
            f"{base['items'] / base['seconds']:,.0f}/s",
            base["seconds"] / client["seconds"] if client["seconds"] else None,
            ">= 0.8x",
            base["seconds"] / client["seconds"] >= 0.8 if client["seconds"] else None,
        )
    )


def throughput(call: Callable[[], Any], threads: int, seconds: float) -> float:
    """Calls per second of ``threads`` threads calling ``call`` for about ``seconds``."""
    counts = [0] * threads
    errors: List[BaseException] = []
    stop = threading.Event()
    barrier = threading.Barrier(threads + 1)

    def worker(index: int) -> None:
        barrier.wait()
        n = 0
        try:
            while not stop.is_set():
                call()
                n += 1
        except BaseException as exc:  # reported below
            errors.append(exc)
        counts[index] = n

    pool = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(threads)]
    for t in pool:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - t0
    if errors:
        raise RuntimeError(f"{len(errors)} thread(s) failed: {errors[0]!r}")
    return sum(counts) / elapsed


def bench_threads(results: Results, cfg: Config) -> None:
    from bench_server import ServerProcess

    from medusa_client import Medusa

    print("[threads] 16 threads sharing one client vs 1 thread, 5 ms server", flush=True)
    with ServerProcess(delay_ms=5) as srv:
        medusa = Medusa(base_url=srv.url, api_key=API_KEY)
        session = new_session(pool=32)
        url = srv.url + "/admin/customer-groups"
        calls = {
            "client": lambda: medusa.admin.customer_groups.list(),
            "base": lambda: session.get(url).json(),
        }
        for call in calls.values():
            throughput(call, 16, 0.2)  # open the 16 connections
        samples: Dict[str, List[float]] = {f"{k}_{t}": [] for k in calls for t in (1, 16)}
        for _ in range(cfg.thread_rounds):
            for name, call in calls.items():
                for threads in (1, 16):
                    samples[f"{name}_{threads}"].append(throughput(call, threads, cfg.thread_seconds))
        medusa.close()
        session.close()
    m = {k: statistics.median(v) for k, v in samples.items()}
    results.raw["threads"] = m
    results.add(
        Row(
            "1 thread, 5 ms server: calls per second",
            f"{m['client_1']:.0f}/s",
            f"{m['base_1']:.0f}/s",
            m["client_1"] / m["base_1"],
        )
    )
    results.add(
        Row(
            "16 threads sharing one client: calls per second",
            f"{m['client_16']:.0f}/s",
            f"{m['base_16']:.0f}/s (shared Session)",
            m["client_16"] / m["base_16"],
        )
    )
    speedup, base_speedup = m["client_16"] / m["client_1"], m["base_16"] / m["base_1"]
    results.add(
        Row(
            "16 threads vs 1 thread: throughput speed-up",
            f"{speedup:.1f}x",
            f"{base_speedup:.1f}x (requests)",
            None,
            ">= 8x",
            speedup >= 8,
        )
    )


def bench_import(results: Results, cfg: Config, package_path: str) -> None:
    print("[import] fresh interpreters, alternating", flush=True)
    programs = {
        "bare": "pass",
        "requests": "import requests",
        "client": "import medusa_client",
        "startup": "from medusa_client import Medusa; Medusa().admin.customer_groups",
    }
    env = child_env(package_path)
    cwd = tempfile.gettempdir()  # so that ``-c`` cannot import a medusa_client from the cwd
    for code in programs.values():  # warm-up (and .pyc files)
        subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, check=True)
    samples: Dict[str, List[float]] = {k: [] for k in programs}
    for _ in range(cfg.import_n):
        for name, code in programs.items():
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, check=True)
            samples[name].append(time.perf_counter() - t0)
    m = {k: statistics.median(v) for k, v in samples.items()}
    results.raw["import"] = m
    ratio = m["client"] / m["requests"]
    results.add(
        Row(
            "python -c 'import medusa_client' vs 'import requests' (process wall)",
            fmt_time(m["client"]),
            fmt_time(m["requests"]),
            ratio,
            "<= 2.0x",
            ratio <= 2.0,
        )
    )
    net_client, net_requests = m["client"] - m["bare"], m["requests"] - m["bare"]
    results.add(
        Row(
            f"  same, minus the bare interpreter ({fmt_time(m['bare'])})",
            fmt_time(net_client),
            fmt_time(net_requests),
            net_client / net_requests if net_requests > 0 else None,
        )
    )
    results.add(
        Row(
            "python -c 'Medusa().admin.customer_groups' vs 'import requests'",
            fmt_time(m["startup"]),
            fmt_time(m["requests"]),
            m["startup"] / m["requests"],
        )
    )


# ----------------------------------------------------------------- machine
def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine_info() -> Dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    node = shutil.which("node")
    node_version = "not found"
    if node:
        done = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
        node_version = done.stdout.strip() or "unknown"
    import medusa_client

    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "unknown"
    return {
        "nproc": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "cpu": cpu,
        "os": platform.platform(),
        "python": platform.python_version(),
        "requests": _version("requests"),
        "urllib3": _version("urllib3"),
        "cattrs": _version("cattrs"),
        "attrs": _version("attrs"),
        "orjson (speedups extra)": _version("orjson"),
        "node": node_version,
        "medusa_client": f"{medusa_client.__version__} ({os.path.dirname(medusa_client.__file__)})",
        "load average at start": load,
    }


# -------------------------------------------------------------------- main
def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="medusa_client benchmarks (see docs/performance.md)")
    parser.add_argument("--quick", action="store_true", help="short smoke run")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    parser.add_argument("--no-js", action="store_true", help="skip the medusa-js comparison")
    parser.add_argument("--package-path", default=ROOT, help="folder holding the medusa_client to measure")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    parser.add_argument("--json", metavar="FILE", help="write the raw numbers to FILE")
    parser.add_argument("--strict", action="store_true", help="exit 2 when a target is missed")
    args = parser.parse_args(argv)
    cfg = Config.quick() if args.quick else Config()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if args.no_js:
        only.discard("js")
    package_path = os.path.abspath(args.package_path)
    sys.path.insert(0, package_path)
    os.environ["PYTHONPATH"] = os.pathsep.join([package_path, HERE])

    from bench_server import ServerProcess

    from medusa_client import Medusa

    started = time.perf_counter()
    info = machine_info()
    print("medusa_client benchmarks" + (" (--quick)" if args.quick else ""))
    for key, value in info.items():
        print(f"  {key}: {value}")
    results = Results()
    results.raw["machine"] = info
    failures = 0

    def run(name: str, fn: Callable[[], None]) -> None:
        nonlocal failures
        if name not in only:
            return
        try:
            fn()
        except Exception:
            failures += 1
            print(f"  section {name!r} failed:\n{traceback.format_exc()}", flush=True)
            results.notes.append(f"{name}: failed ({traceback.format_exc().strip().splitlines()[-1]})")

    with ServerProcess() as srv:
        medusa = Medusa(base_url=srv.url, api_key=API_KEY)
        session = new_session()
        run("small", lambda: bench_small(results, cfg, srv.url, medusa, session))
        run("big", lambda: bench_big(results, cfg, srv.url, medusa, session))
        run("cold", lambda: bench_cold(results, cfg, srv.url, package_path))
        run("js", lambda: bench_js(results, cfg, srv.url))
        run("paging", lambda: bench_paging(results, cfg, srv.url, package_path))
        medusa.close()
        session.close()
    run("threads", lambda: bench_threads(results, cfg))
    run("import", lambda: bench_import(results, cfg, package_path))

    elapsed = time.perf_counter() - started
    print(f"\nResults ({elapsed:.0f} s; medians; ratio = medusa_client / baseline):\n")
    print(render_table(results.rows))
    for note in results.notes:
        print(f"note: {note}")
    if args.markdown:
        print("\n" + render_table(results.rows, markdown=True))
    if args.json:
        results.raw["rows"] = [r.__dict__ for r in results.rows]
        results.raw["notes"] = results.notes
        with open(args.json, "w") as f:
            json.dump(results.raw, f, indent=2)
    if failures:
        return 1
    missed = [r.metric for r in results.rows if r.passed is False and "stretch" not in r.target]
    return 2 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
