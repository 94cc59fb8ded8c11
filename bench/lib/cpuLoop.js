// The benchmark's control for parallel speed-up: the same arithmetic split over THREADS worker
// threads, with nothing shared and nothing to wait for. What two threads give over one here is
// what the machine gives at that moment; the screen cannot do better than that.
//   node bench/lib/cpuLoop.js THREADS ITERATIONS   -> prints the milliseconds taken
/* global __filename */
const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");

if (!isMainThread) {
  let x = 0;
  for (let i = 0; i < workerData; i++) x += Math.sqrt(i);
  parentPort.postMessage(x);
} else {
  const threads = Number(process.argv[2]);
  const iterations = Number(process.argv[3]);
  const started = Date.now();
  const runs = Array.from({ length: threads }, () => new Promise((done) => new Worker(__filename, { workerData: Math.floor(iterations / threads) }).on("message", done)));
  Promise.all(runs).then(() => process.stdout.write(`${Date.now() - started}\n`));
}
