/**
 * `npm test`: the typecheck, the lint, the unit and component tests and the build (into E2E_OUTDIR,
 * default `dist`) side by side; the browser tests start on that build as soon as it is made, beside
 * whatever is still running, so the site is built once and both cores stay busy (measured: 313 s
 * with the browser tests waiting for every other step, 283 s starting after the build alone).
 * Every step runs to its end, so one run shows every failure; the browser tests need the build.
 */
import { spawn } from 'node:child_process';

const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
  /** Starts once this step has passed; skipped if it failed. */
  after?: string;
  /** Its output goes through as it comes, line by line; the others' is held and printed whole. */
  stream?: boolean;
}

const STEPS: Step[] = [
  { name: 'typecheck', command: 'npm run typecheck' },
  { name: 'lint', command: 'npm run lint' },
  { name: 'unit and component tests', command: 'npm run test:unit' },
  { name: 'build', command: `npx tsx scripts/build/build.ts --outDir ${OUT_DIR}` },
  {
    name: 'browser tests',
    command: 'npm run test:e2e',
    env: { E2E_BUILT: '1', E2E_OUTDIR: OUT_DIR },
    after: 'build',
    stream: true,
  },
];

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs one step and resolves to whether it passed. Output never splits another step's lines. */
function run(step: Step): Promise<boolean> {
  const began = Date.now();
  if (step.stream) console.log(`\n::: ${step.name} (${step.command})`);
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    });
    const held: Buffer[] = [];
    let partial = '';
    const take = (b: Buffer) => {
      if (!step.stream) return void held.push(b);
      const lines = (partial + b.toString()).split('\n');
      partial = lines.pop()!;
      if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      const ok = code === 0;
      if (step.stream && partial) process.stdout.write(partial + '\n');
      if (!step.stream) {
        console.log(`\n::: ${step.name} (${step.command})`);
        process.stdout.write(Buffer.concat(held));
      }
      console.log(`::: ${step.name} ${ok ? 'passed' : 'FAILED'} in ${seconds(began)}`);
      resolve(ok);
    });
  });
}

const results = new Map<string, Promise<boolean>>();
for (const step of STEPS) {
  const before = step.after ? results.get(step.after)! : Promise.resolve(true);
  results.set(
    step.name,
    before.then((ready) => {
      if (ready) return run(step);
      console.log(`::: ${step.name} skipped: ${step.after} failed`);
      return false;
    }),
  );
}
const ok = (await Promise.all(results.values())).every(Boolean);
console.log(`\n::: npm test ${ok ? 'passed' : 'FAILED'} in ${seconds(started)}`);
process.exit(ok ? 0 : 1);
