import { describe, expect, it } from 'vitest';
import indicators from '@mocks/data/indicators.json';
import sectors from '@mocks/data/sectors.json';
import zones from '@mocks/data/zones.json';
import { IndicatorSchema } from './indicator';
import { localName, localShortName } from './local-names';
import { SectorSchema } from './sector';
import { limits } from './text';
import { ZoneSchema } from './zone';

const sector = { id: 'power', name: 'Power', group: 'economy', description: '' };

describe('localised names in the contract', () => {
  it('accepts names in Chinese and Urdu, and records without them', () => {
    expect(SectorSchema.safeParse({ ...sector, names: { 'zh-Hans': '电力', ur: 'بجلی' } }).success).toBe(
      true,
    );
    expect(SectorSchema.safeParse({ ...sector, names: { ur: 'بجلی' } }).success).toBe(true);
    expect(SectorSchema.safeParse(sector).success).toBe(true);
  });

  it('refuses empty, over-long, control and bidi-override text, naming the field', () => {
    for (const bad of ['', 'x'.repeat(limits.name + 1), 'بجلی\u0007', 'abc\u202edcba', 'a\u2066b']) {
      const result = SectorSchema.safeParse({ ...sector, names: { ur: bad } });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['names', 'ur']);
    }
    expect(SectorSchema.safeParse({ ...sector, names: { ur: 'آئی\u200cٹی' } }).success).toBe(true);
  });

  it('has Chinese and Urdu names for every zone, sector and indicator of the demo data', () => {
    for (const z of zones) {
      const zone = ZoneSchema.parse(z);
      expect([zone.id, zone.names?.['zh-Hans'], zone.names?.ur]).toEqual([
        zone.id,
        expect.any(String),
        expect.any(String),
      ]);
      expect([zone.id, zone.shortNames?.['zh-Hans'], zone.shortNames?.ur]).toEqual([
        zone.id,
        expect.any(String),
        expect.any(String),
      ]);
    }
    for (const record of [
      ...sectors.map((s) => SectorSchema.parse(s)),
      ...indicators.map((i) => IndicatorSchema.parse(i)),
    ])
      expect([record.id, record.names?.['zh-Hans'], record.names?.ur]).toEqual([
        record.id,
        expect.any(String),
        expect.any(String),
      ]);
  });
});

describe('localName', () => {
  const zone = {
    name: 'Shenyang Economic and Technological Development Area (SEDA)',
    shortName: 'SEDA Shenyang',
    names: { 'zh-Hans': '沈阳经济技术开发区' },
    shortNames: { 'zh-Hans': '沈阳经开区' },
  };

  it('gives the name in the asked language, saying which language it is', () => {
    expect(localName(zone, 'zh-Hans')).toEqual({ text: '沈阳经济技术开发区', lang: 'zh-Hans' });
    expect(localShortName(zone, 'zh-Hans')).toEqual({ text: '沈阳经开区', lang: 'zh-Hans' });
  });

  it('falls back to English, marked as English, when there is no translation', () => {
    expect(localName(zone, 'ur')).toEqual({ text: zone.name, lang: 'en' });
    expect(localShortName({ shortName: 'Z-Park Beijing' }, 'ur')).toEqual({
      text: 'Z-Park Beijing',
      lang: 'en',
    });
    expect(localName(zone, 'en')).toEqual({ text: zone.name, lang: 'en' });
    expect(localName(zone, 'en-XA')).toEqual({ text: zone.name, lang: 'en' });
  });
});
