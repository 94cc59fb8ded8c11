/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The UI suites render every card through Fluent in jsdom: seconds on a quiet machine, more on
  // a loaded 2-core CI box. A generous ceiling keeps them from failing for want of CPU.
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
  },
  moduleNameMapper: {
    // office-addin-mock loads office-addin-manifest, whose ESM-only dependencies jest 30
    // cannot load on Node 20: point it at the CommonJS entry it actually needs.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
