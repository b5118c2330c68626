// `npm test`: every check, in order, with timings. Later steps that need the build are not run
// when the build fails. Ends with a "checks: N passed, N failed" line and a non-zero exit on failure.
import { spawnSync } from 'node:child_process';
const steps = [
  { name: 'typecheck', cmd: 'npm run --silent typecheck' },
  { name: 'lint', cmd: 'npm run --silent lint' },
  { name: 'format (prettier)', cmd: 'npm run --silent format:check' },
  { name: 'unit tests', cmd: 'npx vitest run' },
  { name: 'eval (relevance targets)', cmd: 'npm run --silent eval' },
  { name: 'build (chrome + firefox)', cmd: 'npm run --silent build', build: true },
  { name: 'build fixtures', cmd: 'npm run --silent build:fixtures', build: true },
  { name: 'size budget', cmd: 'npm run --silent size', needsBuild: true },
  {
    name: 'web-ext lint (firefox)',
    cmd: 'npx web-ext lint --source-dir dist/firefox --self-hosted --no-input --warnings-as-errors=false',
    needsBuild: true,
  },
  {
    name: 'e2e (chromium + firefox)',
    cmd: 'npx vitest run --config vitest.e2e.config.ts',
    needsBuild: true,
  },
];

const results = [];
let buildFailed = false;
for (const step of steps) {
  if (step.needsBuild && buildFailed) {
    results.push({ name: step.name, ok: false, seconds: 0, note: 'not run: the build failed' });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const { status } = spawnSync(step.cmd, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const ok = status === 0;
  if (!ok && step.build) buildFailed = true;
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000 });
}

console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(28)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`,
  );
const failed = results.filter((r) => !r.ok).length;
const total = results.reduce((s, r) => s + r.seconds, 0);
console.log(`  total ${total.toFixed(1)} s`);
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
