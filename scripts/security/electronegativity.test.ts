/**
 * The Electronegativity gate, part of `npm test`: every finding on main/ is
 * either fixed or explained in .electronegativity.json, and no explanation is
 * left over once its finding is gone.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gate, readGateConfig, scan, type Finding } from './electronegativity';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('gate', () => {
  const finding = (id: string, file: string): Finding => ({
    id,
    file,
    location: '1:1',
    sample: '',
    description: '',
  });
  const why = 'a reason long enough to be one';

  it.each([
    ['an explained finding passes', [finding('A', 'x.ts')], [{ id: 'A', file: 'x.ts', why }], 0, 0],
    ['an unexplained one fails', [finding('A', 'x.ts')], [], 1, 0],
    [
      'the same check in another file is not explained',
      [finding('A', 'y.ts')],
      [{ id: 'A', file: 'x.ts', why }],
      1,
      1,
    ],
    ['a leftover explanation is stale', [], [{ id: 'A', file: 'x.ts', why }], 0, 1],
  ])('%s', (_case, findings, explained, unexplained, stale) => {
    const result = gate(findings, explained);
    expect(result.unexplained).toHaveLength(unexplained);
    expect(result.stale).toHaveLength(stale);
  });
});

describe('Electronegativity on main/', () => {
  it('has no unexplained finding and no stale explanation', async () => {
    const config = readGateConfig(`${root}.electronegativity.json`);
    const result = gate(await scan(root, config), config.explained);
    const report = result.findings
      .map((f) => `  ${f.id} ${f.file}:${f.location} ${f.sample.slice(0, 80)}`)
      .join('\n');
    console.info(
      `[electronegativity] ${result.findings.length} finding(s), ${result.findings.length - result.unexplained.length} explained in .electronegativity.json, ${config.excludedChecks.length} check(s) excluded:\n${report}`,
    );
    expect(result.unexplained).toEqual([]);
    expect(result.stale).toEqual([]);
  }, 30_000);
});
