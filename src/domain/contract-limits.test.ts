import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { fixtures } from '@mocks/data/fixtures';
import { ObservationSchema } from './observation';
import { ProvenanceSchema } from './provenance';
import { ZoneSchema } from './zone';

const provenance = { kind: 'sourced', source: 'SBP', url: 'https://www.sbp.org.pk/', asOf: '2025' };

describe('the contract refuses what the UI must never render', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    '//example.org/no-scheme',
  ])('a link to %s', (url) => {
    expect(safeParse(ProvenanceSchema, { ...provenance, url }).success).toBe(false);
  });

  it('accepts http and https links, and none', () => {
    for (const url of ['https://www.sbp.org.pk/', 'http://example.org/a?b=c', null])
      expect(safeParse(ProvenanceSchema, { ...provenance, url }).success).toBe(true);
  });

  it('refuses a name longer than a card or slide can lay out', () => {
    const zone = fixtures.zones[0];
    expect(safeParse(ZoneSchema, zone).success).toBe(true);
    expect(safeParse(ZoneSchema, { ...zone, name: 'W'.repeat(5000) }).success).toBe(false);
    expect(safeParse(ZoneSchema, { ...zone, shortName: 'W'.repeat(61) }).success).toBe(false);
  });

  it('accepts right-to-left and CJK names', () => {
    const zone = fixtures.zones[0];
    for (const name of ['منطقة التكنولوجيا الخاصة', '沈阳经济技术开发区'])
      expect(safeParse(ZoneSchema, { ...zone, name, shortName: name }).success).toBe(true);
  });

  it('refuses numbers that are not finite, accepts large and negative ones', () => {
    const observation = fixtures.observations[0];
    for (const value of [Infinity, -Infinity, NaN])
      expect(safeParse(ObservationSchema, { ...observation, value }).success).toBe(false);
    for (const value of [9.2e15, -1250.5, 0])
      expect(safeParse(ObservationSchema, { ...observation, value }).success).toBe(true);
  });
});
