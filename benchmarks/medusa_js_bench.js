// medusa-js 6.1.10 against the benchmark server: the same small and big calls as run.py.
// Usage: node medusa_js_bench.js URL ROUNDS N_SMALL N_BIG  (run from a folder whose
// node_modules holds @medusajs/medusa-js). Prints one JSON object: medians per call in
// microseconds, wall (hrtime) and process CPU (process.cpuUsage, user + system).
"use strict";

const Medusa = require("@medusajs/medusa-js").default;

const [url, rounds, nSmall, nBig] = [
  process.argv[2],
  Number(process.argv[3] || 5),
  Number(process.argv[4] || 300),
  Number(process.argv[5] || 6),
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function measure(n, call) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    await call();
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1000 / n;
  const cpu1 = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu1.user + cpu1.system) / n };
}

async function main() {
  const medusa = new Medusa({ baseUrl: url, maxRetries: 0, apiKey: "bench_api_key" });
  const calls = {
    small: [nSmall, () => medusa.admin.customerGroups.list()],
    customers: [nBig, () => medusa.admin.customerGroups.listCustomers("cgrp_bench")],
    products: [nBig, () => medusa.products.list({ limit: 100 })],
  };
  const check = await medusa.admin.customerGroups.list();
  if (check.customer_groups.length !== 10) throw new Error("unexpected small response");
  for (const [, call] of Object.values(calls)) {
    for (let i = 0; i < 3; i++) await call(); // warm-up: JIT, keep-alive connection
  }
  const samples = {};
  for (const name of Object.keys(calls)) samples[name] = { wall: [], cpu: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [name, [n, call]] of Object.entries(calls)) {
      const { wall, cpu } = await measure(n, call);
      samples[name].wall.push(wall);
      samples[name].cpu.push(cpu);
    }
  }
  const result = { node: process.version };
  for (const [name, s] of Object.entries(samples)) {
    result[name] = { wall_us: median(s.wall), cpu_us: median(s.cpu) };
  }
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((err) => {
  process.stderr.write(String((err && err.stack) || err) + "\n");
  process.exit(1);
});
