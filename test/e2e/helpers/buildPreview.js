/**
 * `node test/e2e/helpers/buildPreview.js OUT_DIR`: the production build plus the preview
 * (`--env preview`) into OUT_DIR, through the webpack API with the project's own config.
 * Run as a child process by build.ts: inside jest's module sandbox the same build is five times
 * slower (112 s against 22 s here).
 */
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../../..");
if (!process.argv[2]) {
  console.error("usage: node test/e2e/helpers/buildPreview.js OUT_DIR");
  process.exit(2);
}
const outDir = path.resolve(process.argv[2]);

const base = require(path.join(ROOT, "webpack.config.js"))({ preview: true }, { mode: "production" });
const config = {
  ...base,
  context: ROOT,
  output: { ...base.output, path: outDir },
  infrastructureLogging: { level: "error" },
  // Webpack's own cache (node_modules/.cache, never committed): a second run rebuilds only what changed.
  cache: {
    type: "filesystem",
    cacheDirectory: path.join(ROOT, "node_modules", ".cache", "aiflag-e2e-webpack"),
    buildDependencies: { config: [path.join(ROOT, "webpack.config.js"), path.join(__dirname, "buildPreview.js")] },
  },
};

const compiler = webpack(config);
compiler.run((error, stats) => {
  compiler.close(() => {
    if (error) {
      console.error(error.stack || String(error));
      process.exitCode = 1;
    } else if (!stats || stats.hasErrors()) {
      console.error(stats ? stats.toString({ all: false, errors: true }) : "webpack gave no stats");
      process.exitCode = 1;
    }
  });
});
