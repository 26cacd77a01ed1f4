/**
 * `npm test`: the typecheck, the lint, the build (into E2E_OUTDIR, default `dist`) and the unit and
 * component tests side by side; then the browser tests on that build, so the site is built once.
 * A failed step ends the run after its stage.
 */
import { spawn } from 'node:child_process';

const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
}

const STAGES: { steps: Step[]; parallel: boolean }[] = [
  {
    parallel: true,
    steps: [
      { name: 'typecheck', command: 'npm run typecheck' },
      { name: 'lint', command: 'npm run lint' },
      { name: 'build', command: `npx tsx scripts/build/build.ts --outDir ${OUT_DIR}` },
      // Beside the others too: none keeps both cores busy all the time, and together they fill
      // the gaps (measured: 41 s + 48 s one after the other).
      { name: 'unit and component tests', command: 'npm run test:unit' },
    ],
  },
  {
    parallel: false,
    steps: [
      {
        name: 'browser tests',
        command: 'npm run test:e2e',
        env: { E2E_BUILT: '1', E2E_OUTDIR: OUT_DIR },
      },
    ],
  },
];

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/**
 * Runs one step: its output goes straight through, or, when it runs beside others, is held and
 * printed whole when it ends, so outputs never interleave. Resolves to whether it passed.
 */
function run(step: Step, hold: boolean): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      shell: true,
      stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...step.env },
    });
    const held: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => held.push(b));
    child.stderr?.on('data', (b: Buffer) => held.push(b));
    child.on('close', (code) => {
      const ok = code === 0;
      if (hold) {
        console.log(`\n::: ${step.name} (${step.command})`);
        process.stdout.write(Buffer.concat(held));
      }
      console.log(`::: ${step.name} ${ok ? 'passed' : 'FAILED'} in ${seconds(started)}`);
      resolve(ok);
    });
  });
}

const started = Date.now();
let ok = true;
for (const stage of STAGES) {
  if (!stage.parallel) console.log(`\n::: ${stage.steps.map((s) => s.name).join(', ')}`);
  const results = await Promise.all(stage.steps.map((s) => run(s, stage.parallel)));
  if (results.includes(false)) {
    ok = false;
    break;
  }
}
console.log(`\n::: npm test ${ok ? 'passed' : 'FAILED'} in ${seconds(started)}`);
process.exit(ok ? 0 : 1);
