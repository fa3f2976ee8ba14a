import { describe, expect, it } from 'vitest';
import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import ur from '@/locales/compiled/ur.json';
import zh from '@/locales/compiled/zh-Hans.json';
import type { Catalogue } from '@/lib/messages';
import { mapCaveats, statusKey, toMapLegend } from './to-map-pptx';
import { zone } from './test-zones';

const zones = [
  zone({ id: 'cn-seda', lon: 123, lat: 41, country: 'CN', status: 'counterpart', shortName: 'SEDA' }),
  zone({ id: 'stz-nust', lon: 73, lat: 33, status: 'launched', shortName: 'NUST' }),
  zone({ id: 'stz-tech7', lon: 74, lat: 31, status: 'planned', shortName: 'Tech7' }),
];

describe('toMapLegend', () => {
  it('keys every zone in its map colour, Pakistani zones first, with its status in shape and word', () => {
    expect(toMapLegend(zones, englishLocale)).toEqual([
      { label: '● NUST (launched)', colour: '#999933' },
      { label: '○ Tech7 (planned)', colour: '#DDCC77' },
      { label: '▲ SEDA (Chinese counterpart)', colour: '#C1272D' },
    ]);
  });

  it('says what shapes, sizes and borders mean', () => {
    expect(statusKey(englishLocale)).toBe(
      '▲ Chinese counterpart, ● launched, ■ notified, ◆ approved, ○ planned',
    );
    const caveats = mapCaveats('companies', 'Borders note.', englishLocale);
    expect(caveats[1]).toContain('companies in zone, illustrative');
    expect(caveats.at(-1)).toBe('Borders note.');
  });

  it('writes the key in Chinese and Urdu, with local names where the zone has them', () => {
    const chinese = createLocale('zh-Hans', zh as Catalogue);
    const seda = zone({
      id: 'cn-seda',
      lon: 123,
      lat: 41,
      country: 'CN',
      status: 'counterpart',
      shortName: 'SEDA',
    });
    const named = [{ ...seda, shortNames: { 'zh-Hans': '沈阳经开区', ur: 'سیڈا شین یانگ' } }, zones[1]!];
    expect(toMapLegend(named, chinese).map((k) => k.label)).toEqual([
      '● NUST（已启用）',
      '▲ 沈阳经开区（中方对口园区）',
    ]);
    expect(statusKey(chinese)).toBe('▲ 中方对口园区，● 已启用，■ 已公告，◆ 已批准，○ 规划中');
    const urdu = createLocale('ur', ur as Catalogue);
    expect(toMapLegend(named, urdu).map((k) => k.label)).toEqual([
      '● NUST (فعال)',
      '▲ سیڈا شین یانگ (چینی ہم منصب)',
    ]);
    expect(mapCaveats('companies', 'x', urdu)[1]).toContain('زون میں کمپنیاں، توضیحی');
  });
});
