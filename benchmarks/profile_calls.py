#!/usr/bin/env python3
"""Profile one benchmark call with cProfile: ``python benchmarks/profile_calls.py small|customers|products``.

Starts the canned server (bench_server.py), warms the call up, profiles ``--n`` calls and
prints the top functions (``--sort tottime`` or ``cumulative``). ``--package-path DIR``
profiles the ``medusa_client`` in ``DIR`` (a patched copy) instead of this checkout.
``structure`` profiles structuring the 1000-customer body alone (no HTTP).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
from typing import Any, Callable, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("call", choices=("small", "customers", "products", "structure"))
    parser.add_argument("--n", type=int, default=0, help="calls to profile (default: 500 small, 10 big)")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative...)")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--package-path", default=ROOT)
    args = parser.parse_args(argv)
    sys.path.insert(0, os.path.abspath(args.package_path))

    import payloads
    from bench_server import ServerProcess

    from medusa_client import Medusa
    from medusa_client.models import AdminCustomersListRes

    n = args.n or (500 if args.call == "small" else 10)
    profiler = cProfile.Profile()
    if args.call == "structure":
        data = json.loads(payloads.customers_body())
        AdminCustomersListRes.from_dict(data)
        profiler.enable()
        for _ in range(n):
            AdminCustomersListRes.from_dict(data)
        profiler.disable()
    else:
        with ServerProcess() as srv, Medusa(base_url=srv.url, api_key="bench_api_key") as medusa:
            calls: dict[str, Callable[[], Any]] = {
                "small": lambda: medusa.admin.customer_groups.list(),
                "customers": lambda: medusa.admin.customer_groups.list_customers("cgrp_bench"),
                "products": lambda: medusa.products.list({"limit": 100}),
            }
            call = calls[args.call]
            for _ in range(5):
                call()
            profiler.enable()
            for _ in range(n):
                call()
            profiler.disable()
    print(f"{args.call}: {n} calls, medusa_client from {os.path.abspath(args.package_path)}")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
