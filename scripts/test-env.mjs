#!/usr/bin/env node
// Local emulators for integration tests: moto server, a private Docker engine, a registry.
//
//   node scripts/test-env.mjs start [--only moto[,docker,registry]] [--dir DIR]
//   node scripts/test-env.mjs status [--only ...] [--dir DIR]     exit 1 unless all are running
//   node scripts/test-env.mjs stop [--only ...] [--dir DIR]
//
// Then: `set -a; . .test-env/env; set +a`. The state dir defaults to .test-env/ ($TEST_ENV_DIR).
import { parseArgs } from 'node:util';
import { start, status, stop } from './lib/test-env.mjs';

const usage = 'usage: node scripts/test-env.mjs start|stop|status [--only moto,docker,registry] [--dir DIR]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const command = positionals[0];
const options = { log: (line) => console.log(line) };
if (values.only !== undefined) options.only = values.only;
if (values.dir !== undefined) options.dir = values.dir;

async function printStatus() {
  const report = await status(options);
  for (const c of report.components) {
    const pid = c.pid === null ? '' : `pid ${c.pid}`;
    console.log(`${c.name.padEnd(9)} ${c.state.padEnd(12)} ${pid.padEnd(11)} ${c.address ?? ''}`);
  }
  return report.allRunning;
}

try {
  if (values.help || !['start', 'stop', 'status'].includes(command ?? '')) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 2;
  } else if (command === 'start') {
    const { dir, started, alreadyRunning } = await start(options);
    if (started.length === 0) console.log(`already running (${alreadyRunning.join(', ')})`);
    await printStatus();
    console.log(`\nenv file: ${dir}/env   (use: set -a; . ${dir}/env; set +a)`);
  } else if (command === 'status') {
    process.exitCode = (await printStatus()) ? 0 : 1;
  } else {
    const { stopped, leftovers } = await stop(options);
    if (stopped.length === 0) console.log('nothing to stop');
    process.exitCode = leftovers.length === 0 ? 0 : 1;
  }
} catch (error) {
  console.error(`test-env ${command}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
