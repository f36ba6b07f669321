import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import pluginQuery from "@tanstack/eslint-plugin-query";
import playwright from "eslint-plugin-playwright";
import prettier from "eslint-config-prettier";

// Layers, lowest first: a module may import from its own layer and the ones below, never above.
// The sandbox is a part of its own (it stands in for Recharge) and imports nothing from the app.
const layers = [
  ["lib/schemas", "lib/utils", "lib/env", "lib/money", "lib/security"],
  // lib/pulse: the overview's tile definitions and figures (#19), pure and browser-safe.
  ["lib/recharge", "lib/webhooks", "lib/batches", "lib/list-url", "lib/pulse"],
  ["lib/db"],
  // The action catalog sits below lib/auth: the permission table derives from it (#17).
  ["lib/actions"],
  ["lib/auth"],
  ["lib/api"],
  // Use-cases behind the routes (batches): they answer in the door's errors, so they sit above it.
  ["lib/use-cases"],
  ["lib/queries"],
  ["components"],
  ["app"],
];
const layerZones = layers.flatMap((layer, index) =>
  layers
    .slice(index + 1)
    .flat()
    .map((above) => ({
      target: layer.map((folder) => `./${folder}/**/!(*.test).{ts,tsx,mjs}`),
      from: `./${above}`,
      message: `${layer.join(", ")} sit below ${above}: move the shared part down instead.`,
    })),
);
const sandboxZones = ["lib", "components", "app"].map((folder) => ({
  target: "./sandbox",
  from: `./${folder}`,
  message: "The sandbox stands in for Recharge: it imports nothing from the app.",
}));

const config = [
  ...nextVitals,
  ...nextTs,
  ...pluginQuery.configs["flat/recommended"],
  {
    ...playwright.configs["flat/recommended"],
    files: ["e2e/**/*.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    files: ["e2e/**/*.ts"],
    rules: {
      // Playwright fixtures call `use(...)`, which is not React's hook.
      "react-hooks/rules-of-hooks": "off",
      "playwright/no-wait-for-timeout": "error",
      "playwright/no-focused-test": "error",
      "playwright/no-skipped-test": "error",
      // Our assertion helpers (e2e/fixtures) count as assertions.
      "playwright/expect-expect": ["warn", { assertFunctionPatterns: ["^expect[A-Z]"] }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // Our own modules only: parsing packages for cycles is slow and tells us nothing.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": ["error", { zones: [...layerZones, ...sandboxZones] }],
    },
  },
  prettier,
  {
    ignores: [
      ".next/**",
      ".next-analyze/**",
      "node_modules/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
