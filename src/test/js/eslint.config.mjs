// ESLint over the site's own scripts (templates/assets/*.js, served as they are: plain ES2020 browser
// scripts, no build step) and these tests. Run from the project folder:
//   src/test/js/node_modules/.bin/eslint --config src/test/js/eslint.config.mjs
// (with --config, ESLint resolves the file patterns below from the current folder). JavaScriptIT runs it in
// `mvn verify`.
import js from "@eslint/js";
import globals from "globals";

const rules = {
  ...js.configs.recommended.rules,
  eqeqeq: "error",
  "no-implicit-globals": "error",
  "no-shadow": "error",
  "no-unused-vars": ["error", { caughtErrors: "none" }],
};

export default [
  {
    files: ["templates/**/*.js"],
    languageOptions: { ecmaVersion: 2020, sourceType: "script", globals: globals.browser },
    rules: { ...rules, strict: ["error", "function"] },
  },
  {
    files: ["src/test/js/**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
    rules,
  },
];
