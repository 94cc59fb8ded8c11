/**
 * Builds the add-in into dist/:
 *   taskpane.html  the shared-runtime page: loads office.js, then the functions and taskpane bundles
 *   taskpane.js    the pane's first frame: the catalogue (React, Fluent UI, the registry, the host)
 *   templates.js, analyse.js
 *                  the Templates and Analyse panels, loaded by taskpane.js when first shown
 *                  (webpack's dynamic import(): a <script> from the same origin, which the pages'
 *                  Content-Security-Policy allows), prefetched once the pane has loaded
 *   functions.js   the custom functions (+ the CustomFunctions.associate calls the metadata plugin appends)
 *   functions.json custom-function metadata, generated from src/functions/functions.generated.ts
 *                  (error values allowed as inputs: scripts/functionsJson.js)
 *   help.html      the function reference (the help URL of every function)
 *   manifest.xml   manifest.xml with every URL on the chosen base
 *   assets/        icons
 *
 * The base URL is one setting: `https://localhost:3000` in development, anything else with
 * `npm run build -- --env baseUrl=https://addin.example.com` (or AIFLAG_BASE_URL).
 *
 * Only when asked (`--env preview`: `npm start` and the end-to-end tests), also the preview, a
 * development tool that never ships:
 *   preview.html   the taskpane beside a workbook evaluated by the formula engine (src/preview)
 *   office-js/     the real office.js from the installed @microsoft/office-js package, so the
 *                  preview works with no network (the add-in pages keep loading it from the CDN)
 * The production build (`npm run build`, what Excel loads) holds neither, nor anything of the
 * formula engine: test/build/noEngine.test.ts checks the bundles.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { allowErrorInputs } = require("./scripts/functionsJson");

const DEV_BASE_URL = "https://localhost:3000";

/** Replaces every occurrence of the development base URL (not only the first). */
function rebase(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl.replace(/\/+$/, ""));
}

/** The files office.js needs outside Office: itself, and the table it loads from its own folder. */
const OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js"];

/**
 * Marks the preview's bundle as minimized so that a production build leaves it alone: it never
 * ships, and minifying the formula engine adds half again to the build time of the end-to-end tests.
 */
class LeavePreviewUnminified {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LeavePreviewUnminified", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LeavePreviewUnminified", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        if (compilation.getAsset("preview.js")) compilation.updateAsset("preview.js", (source) => source, { minimized: true });
      });
    });
  }
}

/** The preview page, its bundle and a local office.js (copied as it is, byte for byte). */
function previewPlugins() {
  const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  return [
    new HtmlWebpackPlugin({
      filename: "preview.html",
      template: "./src/preview/preview.html",
      chunks: ["preview"],
    }),
    new CopyWebpackPlugin({
      patterns: OFFICE_JS_FILES.map((file) => ({ from: path.join(officeJsDist, file), to: `office-js/${file}`, info: { minimized: true } })),
    }),
    new LeavePreviewUnminified(),
  ];
}

/**
 * Finishes functions.json once the metadata plugin has emitted it: error values allowed as
 * inputs (scripts/functionsJson.js) and the help URLs on the chosen base.
 */
class FinishFunctionsJson {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FinishFunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FinishFunctionsJson", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const text = allowErrorInputs(asset.source.source().toString());
        compilation.updateAsset("functions.json", new sources.RawSource(rebase(text, this.baseUrl)));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const baseUrl = env.baseUrl || process.env.AIFLAG_BASE_URL || DEV_BASE_URL;
  const preview = Boolean(env.preview);

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/index.ts",
      // The pages that show the taskpane load functions.js first: the taskpane's bundle takes the calc
      // core (the registry, its words and maths) from it instead of a second copy.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The lazy panels' chunks (named by their webpackChunkName in App.tsx) and the SEC reader's
      // worker (secWorker.js) sit beside the pages.
      chunkFilename: "[name].js",
      // Chunks load from beside the page that asks for them (every page sits at dist/'s root).
      // Not "auto": webpack's runtime would then find the script's own URL through its shim for
      // Node's `global`, a `new Function("return this")` the no-eval guarantee forbids.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // Fluent's CSS engine (griffel) mentions Node's `global`; webpack's shim for it is a
    // `new Function("return this")`, which the add-in's no-eval guarantee forbids. In a browser
    // griffel falls back to `window`.
    node: { global: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // No chunk is split off an entry: functions.js stays self-contained (Excel loads it before
      // the taskpane's code in the shared runtime, and alone where there is no taskpane);
      // taskpane.js holds what functions.js does not. The taskpane's own dynamic imports still
      // make their chunks (App.tsx).
      splitChunks: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.generated.ts" }),
      new FinishFunctionsJson(baseUrl),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/page.html",
        title: "AIFLAG",
        view: "taskpane",
        officeJs: true,
        // Shared runtime: this one page hosts the taskpane and the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/page.html",
        title: "AIFLAG function reference",
        view: "reference",
        officeJs: false,
        // functions.js first, as on the taskpane page: taskpane.js takes the core from it (outside
        // Office its custom functions register with an inert stand-in, src/functions/runtimeStandIn.ts).
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rebase(content.toString(), baseUrl) },
        ],
      }),
      ...(preview ? previewPlugins() : []),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      static: false,
      hot: false,
      liveReload: false,
      // No client script: it would need a websocket the Content-Security-Policy does not allow.
      client: false,
      // Excel on the web reads functions.json from its own origin, a cross-origin request: the
      // header a production host must send too (README, "Deployment"; test/build/deployment.test.ts).
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};

module.exports.rebase = rebase;
