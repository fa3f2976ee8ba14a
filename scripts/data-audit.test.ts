import { existsSync, readFileSync } from 'node:fs';
import { issue12Checklist } from './data-checklist';
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

  it('maps every point of issue 12 to test files that exist', () => {
    expect(text).toContain('## Issue 12 checklist');
    expect(issue12Checklist.filter((i) => /^\d+\./.test(i.point))).toHaveLength(10);
    const missing = issue12Checklist.flatMap((i) => i.tests).filter((t) => !existsSync(t));
    expect(missing).toEqual([]);
  });
});
