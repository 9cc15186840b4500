// `npm run test:soak`: runs the whole `npm test` three times in a row while busy loops keep every
// core of the machine occupied, and fails unless all three pass. It prints each run's duration and
// the load average seen during it, and writes them to test-results/soak.json.
//   SOAK_RUNS=3 (runs), SOAK_LOAD=<cores> (busy loops), SOAK_COMMAND="npm test"
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const runs = Number(process.env.SOAK_RUNS ?? 3);
const loops = Number(process.env.SOAK_LOAD ?? availableParallelism());
const command = process.env.SOAK_COMMAND ?? 'npm test';
// Every busy loop stops by itself after this long, even if this script is killed.
const loadLimitMs = Math.max(1, runs) * 30 * 60_000;

const busy = Array.from({ length: loops }, () =>
  spawn(process.execPath, ['-e', `const end = Date.now() + ${loadLimitMs}; while (Date.now() < end) {}`], { stdio: 'ignore' }),
);
const stopLoad = () => busy.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function run() {
  return new Promise((resolve) => {
    const started = Date.now();
    const samples = [];
    const sampler = setInterval(() => samples.push(loadavg()[0]), 10_000);
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
    child.on('exit', (code) => {
      clearInterval(sampler);
      const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : loadavg()[0];
      resolve({ passed: code === 0, exitCode: code, seconds: Math.round((Date.now() - started) / 1000), meanLoad1m: Number(mean.toFixed(2)) });
    });
  });
}

console.log(`test:soak: ${runs} × \`${command}\` with ${loops} busy loop(s) on ${availableParallelism()} core(s)`);
const results = [];
for (let i = 1; i <= runs; i += 1) {
  console.log(`\n===== soak run ${i} of ${runs} =====`);
  const result = await run();
  results.push(result);
  console.log(
    `===== soak run ${i}: ${result.passed ? 'passed' : `FAILED (exit ${result.exitCode})`} in ${result.seconds} s, mean load ${result.meanLoad1m}`,
  );
}
stopLoad();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/soak.json', `${JSON.stringify({ command, loops, cores: availableParallelism(), results }, null, 2)}\n`);
console.log('\ntest:soak summary');
results.forEach((r, i) =>
  console.log(
    `  run ${i + 1}: ${r.passed ? 'passed' : 'FAILED'}, ${r.seconds} s (${(r.seconds / 60).toFixed(1)} min), mean 1-min load ${r.meanLoad1m}`,
  ),
);
const failed = results.filter((r) => !r.passed).length;
console.log(`${runs - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
