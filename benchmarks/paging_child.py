"""Peak memory of walking a long listing, measured in a fresh interpreter.

``python benchmarks/paging_child.py URL TOTAL MODE`` (MODE ``client`` or ``requests``)
walks ``TOTAL`` customer groups served in pages of 100 and prints one JSON line: resident
set size before the walk, its peak during the walk (``VmHWM``, reset first through
``/proc/self/clear_refs`` where the kernel allows it) and the time taken. Run by run.py
with ``PYTHONPATH`` pointing at the package under test.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Dict

PAGE = 100


def _status() -> Dict[str, int]:
    values: Dict[str, int] = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, value = line.split(":", 1)
                values[name] = int(value.split()[0])  # kB
    return values


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
    except OSError:
        return False
    return True


def main() -> int:
    url, total, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    import requests

    from medusa_client import Medusa

    medusa = Medusa(base_url=url, api_key="bench_api_key")
    session = requests.Session()
    session.headers.update({"Accept": "application/json", "x-medusa-access-token": "bench_api_key"})
    before = _status()
    reset = _reset_peak()
    started = time.perf_counter()
    seen = 0
    if mode == "client":
        first = medusa.admin.customer_groups.list({"limit": PAGE})
        for _group in first.auto_paging_iter():
            seen += 1
            if seen >= total:
                break
    else:
        offset = 0
        while seen < total:
            page = session.get(f"{url}/admin/customer-groups?offset={offset}&limit={PAGE}").json()
            items = page["customer_groups"]
            if not items:
                break
            seen += len(items)
            offset += len(items)
    elapsed = time.perf_counter() - started
    after = _status()
    medusa.close()
    session.close()
    print(
        json.dumps(
            {
                "items": seen,
                "seconds": elapsed,
                "rss_before_kb": before["VmRSS"],
                "hwm_before_kb": before["VmHWM"],
                "hwm_after_kb": after["VmHWM"],
                "rss_after_kb": after["VmRSS"],
                "hwm_reset": reset,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
