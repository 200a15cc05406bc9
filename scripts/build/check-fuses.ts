/**
 * `npx tsx scripts/build/check-fuses.ts --app PATH [--platform P]`: reads the
 * fuses back from a packaged binary and compares them with the shipped wire
 * of fuses.mjs. CI runs it after packaging on each OS, so an afterPack hook
 * that silently did nothing fails the build. Exit 1 on a mismatch, 2 on usage.
 */
import { parseArgs } from 'node:util';
import { getCurrentFuseWire } from '@electron/fuses';
import { fuseMismatches } from './fuse-check';
import { fuseConfig } from './fuses.mjs';

const { values } = parseArgs({ options: { app: { type: 'string' }, platform: { type: 'string' } } });
if (!values.app) {
  console.error('usage: check-fuses --app PATH [--platform darwin|win32|linux]');
  process.exit(2);
}
const expected = fuseConfig(process.env.KIOSK_FUSES ?? 'shipped', values.platform ?? process.platform);
const found = await getCurrentFuseWire(values.app);
const mismatches = fuseMismatches(
  found as unknown as Record<number, unknown>,
  expected as unknown as Record<number, unknown>,
);
for (const line of mismatches) console.error(`${values.app}: ${line}`);
console.log(
  mismatches.length === 0 ? `fuses as shipped: ${values.app}` : `${mismatches.length} fuse(s) wrong`,
);
process.exitCode = mismatches.length === 0 ? 0 : 1;
