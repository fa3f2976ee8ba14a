import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/messages';
import { createEnglishLocale, englishLocale as en } from '@/lib/locale';
import { sedaFortuneFigures } from '@test/builders';
import { rememberingShape } from './kpi-definitions';

describe('rememberingShape', () => {
  const figures = sedaFortuneFigures();
  const context = { zones: undefined };

  it('shapes a card again only when one of its inputs changes', () => {
    const shape = rememberingShape();
    const first = shape('seda-fortune500', figures, undefined, context, en);
    expect(first?.headline.display).toBe('32');
    expect(shape('seda-fortune500', figures, undefined, context, en)).toBe(first);
    // New answers (a refetch), another language: shaped anew, to the same figures.
    const refetched = shape('seda-fortune500', [...figures], undefined, context, en);
    expect(refetched).not.toBe(first);
    expect(refetched).toEqual(first);
    const pseudo = createEnglishLocale(createTranslator('en', {}));
    expect(shape('seda-fortune500', [...figures], undefined, context, pseudo)).not.toBe(refetched);
  });

  it('keeps each card apart', () => {
    const shape = rememberingShape();
    const fortune = shape('seda-fortune500', figures, undefined, context, en);
    expect(shape('zones', figures, undefined, context, en)).toBeNull();
    expect(shape('seda-fortune500', figures, undefined, context, en)).toBe(fortune);
  });
});
