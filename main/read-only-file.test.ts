import { constants } from 'node:fs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPEN_FLAGS } from './read-only-file';

describe('read-only-file', () => {
  it('opens for reading only: no write, create, truncate or append bit', () => {
    const writing =
      constants.O_WRONLY | constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND;
    expect(OPEN_FLAGS & writing).toBe(0);
  });

  it('opens nothing else and calls nothing that writes', () => {
    const source = readFileSync(fileURLToPath(new URL('./read-only-file.ts', import.meta.url)), 'utf8');
    expect(source.match(/\bopenSync\s*\(/g)).toHaveLength(1);
    expect(source).toMatch(/openSync\(file, OPEN_FLAGS\)/);
    expect(source).not.toMatch(
      /\b(writeFile|appendFile|rename|unlink|rm|rmdir|mkdir|copyFile|cp|truncate|chmod|utimes|write)(Sync)?\s*\(/,
    );
  });
});
