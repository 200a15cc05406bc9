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

  it('opens nothing else, calls nothing that writes, and nothing that waits on the disk', () => {
    const source = readFileSync(fileURLToPath(new URL('./read-only-file.ts', import.meta.url)), 'utf8');
    // (open(2) in a comment names the system call.)
    expect(source.match(/\bopen(Sync)?\s*\((?!\d)/g)).toEqual(['open(']);
    expect(source).toMatch(/await open\(file, OPEN_FLAGS\)/);
    expect(source).not.toMatch(/\w+Sync\s*\(/);
    expect(source).not.toMatch(
      /\b(writeFile|appendFile|rename|unlink|rm|rmdir|mkdir|copyFile|cp|truncate|chmod|utimes|write)(Sync)?\s*\(/,
    );
  });
});
