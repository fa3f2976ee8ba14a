import { describe, expect, it } from 'vitest';
import { directionOf, isLanguage, matchLanguage, pickLanguage } from './language';

describe('pickLanguage', () => {
  it('takes the first preference the dashboard speaks', () => {
    expect(pickLanguage(['fr-FR', 'ur-PK', 'en-GB'])).toBe('ur');
    expect(pickLanguage(['de', 'zh-CN', 'en'])).toBe('zh-Hans');
    expect(pickLanguage(['en-PK', 'ur'])).toBe('en');
  });

  it('reads Simplified Chinese from region or script, and skips Traditional', () => {
    expect(matchLanguage('zh')).toBe('zh-Hans');
    expect(matchLanguage('zh-SG')).toBe('zh-Hans');
    expect(matchLanguage('zh-Hans-HK')).toBe('zh-Hans');
    expect(matchLanguage('zh-TW')).toBeNull();
    expect(pickLanguage(['zh-TW', 'en-US'])).toBe('en');
  });

  it('falls back to English for no or unusable preferences', () => {
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['not a tag', 'fr'])).toBe('en');
  });
});

describe('language helpers', () => {
  it('runs Urdu right to left and the others left to right', () => {
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('zh-Hans')).toBe('ltr');
    expect(directionOf('en-XA')).toBe('ltr');
  });

  it('accepts the UI languages and the pseudo-locale only', () => {
    expect(isLanguage('zh-Hans')).toBe(true);
    expect(isLanguage('en-XA')).toBe(true);
    expect(isLanguage('zh')).toBe(false);
    expect(isLanguage('UR')).toBe(false);
  });
});
