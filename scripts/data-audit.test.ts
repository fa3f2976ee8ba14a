import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDoc, formattedDataAudit, renderDataAudit } from './data-audit';

describe('docs/data.md', () => {
  const text = renderDataAudit();

  it('is what the audit of the fixtures writes (run `npm run data:audit` after changing mocks/data)', async () => {
    expect(readFileSync(dataDoc, 'utf8')).toBe(await formattedDataAudit());
  });

  it('counts every resource by provenance kind, and states the rules they are checked against', () => {
    expect(text).toMatch(/^\| observations \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|$/m);
    expect(text).toMatch(/^- Estimates: (\d+), every one with a method \(\1 of \1\)\.$/m);
    for (const heading of [
      '## Known gaps',
      '### Vintages',
      '### Derived figures',
      '### Where sources disagree',
    ])
      expect(text).toContain(heading);
  });
});
