#!/usr/bin/env python3
"""A fresh process: ``import medusa_client``, then the first ``admin.customer_groups.list()`` and
warm ones (``python first_call_child.py URL API_KEY``); prints ``{"first_s": ..., "warm_s": ...}``.

The first call pays for what a call needs beyond the import: the resource module, the result's
models and their converter hooks. ``warm_s`` is the median of 20 calls after it.
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def main() -> int:
    url, api_key = sys.argv[1], sys.argv[2]
    from medusa_client import Medusa

    medusa = Medusa(base_url=url, api_key=api_key)
    t0 = time.perf_counter()
    medusa.admin.customer_groups.list()
    first = time.perf_counter() - t0
    warm = []
    for _ in range(20):
        t0 = time.perf_counter()
        medusa.admin.customer_groups.list()
        warm.append(time.perf_counter() - t0)
    print(json.dumps({"first_s": first, "warm_s": statistics.median(warm)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
