import { describe, expect, it } from 'vitest';
import { slugify } from './download';

describe('slugify', () => {
  it('makes an English title a lower-case hyphenated name, accents dropped', () => {
    expect(slugify('Net FDI into Pakistan (FY2013–FY2025)')).toBe('net-fdi-into-pakistan-fy2013-fy2025');
    expect(slugify('Café São Paulo')).toBe('cafe-sao-paulo');
  });

  it('keeps Chinese and Urdu letters and digits', () => {
    expect(slugify('巴基斯坦净外国直接投资（2013–2025财年）')).toBe('巴基斯坦净外国直接投资-2013-2025财年');
    expect(slugify('پاکستان میں چین سے سرمایہ کاری، مالی سال 2025')).toBe(
      'پاکستان-میں-چین-سے-سرمایہ-کاری-مالی-سال-2025',
    );
    // A letter with a combining mark (آ is ا + madda under NFKD) stays one letter, not a hyphen.
    expect(slugify('آبادی')).toBe('آبادی');
  });

  it('cannot climb directories, start with a dot, carry markup or reorder itself', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('.hidden')).toBe('hidden');
    expect(slugify('<script>alert("x")</script>')).toBe('script-alert-x-script');
    expect(slugify('C:\\Windows\\system32')).toBe('c-windows-system32');
    expect(slugify('invoice\u202Egpj.exe')).toBe('invoicegpj-exe');
    expect(slugify('a\u0000b\u001fc\u007fd')).toBe('a-b-c-d');
    expect(slugify('名字\u200f\u2066x')).toBe('名字x');
  });

  it('falls back to "download" when nothing is left and avoids names Windows refuses', () => {
    expect(slugify('')).toBe('download');
    expect(slugify('../..//\u202e')).toBe('download');
    expect(slugify('CON')).toBe('con-file');
    expect(slugify('lpt1')).toBe('lpt1-file');
  });

  it('limits the length in characters, not bytes, without a trailing hyphen', () => {
    expect(Array.from(slugify('中'.repeat(200)))).toHaveLength(80);
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
    expect(Array.from(slugify('سرمایہ '.repeat(40))).length).toBeLessThanOrEqual(80);
  });
});
