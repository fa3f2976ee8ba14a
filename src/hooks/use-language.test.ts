import { describe, expect, it } from 'vitest';
import { languageOf } from './use-language';

describe('languageOf (what main.tsx loads before the first render)', () => {
  it('takes the address first, then the browser, with the language’s own number style', () => {
    expect(languageOf('?lang=ur', ['en-GB'])).toEqual({ lang: 'ur', numberStyle: 'south-asian' });
    expect(languageOf('?lang=zh-Hans&numbers=international', ['ur'])).toEqual({
      lang: 'zh-Hans',
      numberStyle: 'international',
    });
    expect(languageOf('', ['zh-CN', 'en'])).toEqual({ lang: 'zh-Hans', numberStyle: 'chinese' });
    expect(languageOf('?zone=stz-nust', ['fr-FR'])).toEqual({ lang: 'en', numberStyle: 'international' });
  });

  it('ignores values it cannot use, as the URL notice does', () => {
    expect(languageOf('?lang=klingon&numbers=roman', ['ur-PK'])).toEqual({
      lang: 'ur',
      numberStyle: 'south-asian',
    });
  });
});
