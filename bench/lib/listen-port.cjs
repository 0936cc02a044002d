// Preloaded (`node -r`) into the external workload's subgraphs.mjs, which always listens on
// 14200: it listens on BENCH_LISTEN_PORT instead, so this benchmark and the external harness
// (or two benchmarks) can run on one machine without measuring each other's processes.
const net = require('node:net');

const FIXED_PORT = 14200;
const port = Number(process.env.BENCH_LISTEN_PORT);
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnBenchPort(...args) {
  if (args[0] === FIXED_PORT && Number.isInteger(port) && port > 0) args[0] = port;
  return listen.apply(this, args);
};
