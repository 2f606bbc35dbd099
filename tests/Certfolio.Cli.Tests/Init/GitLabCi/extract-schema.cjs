// Regenerates gitlab-ci.schema.json from the npm package gitlab-ci-local, which bundles GitLab's own CI schema
// (gitlab-org/gitlab, app/assets/javascripts/editor/schema/ci.json) as one object literal in dist/index.js and
// then deletes a few patterns from it for its own use. This takes the literal as GitLab wrote it, before those
// deletions, and prints it as JSON. Usage (see README.md):
//   npm pack gitlab-ci-local@4.75.1 && tar xzf gitlab-ci-local-4.75.1.tgz
//   node extract-schema.cjs package/dist/index.js > gitlab-ci.schema.json
"use strict";
const fs = require("node:fs");
const vm = require("node:vm");

const bundle = fs.readFileSync(process.argv[2], "utf8");
const marker = '={$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"';
const start = bundle.indexOf(marker);
if (start < 0) throw new Error("GitLab's CI schema was not found in " + process.argv[2]);

// The literal ends at the brace that balances its first one (strings in it hold no unbalanced braces outside quotes).
let depth = 0, end = -1, quote = null;
for (let i = start + 1; i < bundle.length && end < 0; i++) {
  const c = bundle[i];
  if (quote) { if (c === "\\") i++; else if (c === quote) quote = null; continue; }
  if (c === '"' || c === "'" || c === "`") quote = c;
  else if (c === "{") depth++;
  else if (c === "}" && --depth === 0) end = i + 1;
}
const schema = vm.runInNewContext("(" + bundle.slice(start + 1, end) + ")");
process.stdout.write(JSON.stringify(schema, null, 2) + "\n");
