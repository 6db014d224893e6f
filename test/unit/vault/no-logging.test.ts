import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const VAULT_DIR = join(import.meta.dirname, '../../../lib/vault');

describe('the vault never logs', () => {
  it('no console call and no node:crypto anywhere in lib/vault', () => {
    const files = readdirSync(VAULT_DIR).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const source = readFileSync(join(VAULT_DIR, name), 'utf8');
      expect(source, name).not.toMatch(/\bconsole\s*\.\s*\w+\s*\(/);
      expect(source, name).not.toMatch(/node:crypto|from 'crypto'/);
    }
  });
});
