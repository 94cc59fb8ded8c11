// The entry of a screen worker thread. A worker is a fresh JavaScript environment: the tsx hook
// the CLI runs under (bin/aiflag.js) is not in it, so it is registered here before the
// TypeScript module is loaded.
require("tsx/cjs");
require("./worker.ts");
