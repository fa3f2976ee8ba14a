import { describe, expect, it } from 'vitest';
import { pickLanguage } from '@/lib/language';
import { BOOT_SCRIPT, pageHtml } from './prerender.mjs';

/** Runs the boot script against a made-up page; returns the path it marked, if any. */
function boot(languages: string[], search = '', pathname = '/map') {
  const dataset: Record<string, string> = {};
  const run = new Function('location', 'navigator', 'document', BOOT_SCRIPT) as (...args: unknown[]) => void;
  run({ search, pathname }, { languages, language: languages[0] ?? '' }, { documentElement: { dataset } });
  return dataset.prerender;
}

describe('the boot script', () => {
  it.each([
    [['en-US']],
    [['en-GB', 'ur']],
    [['zh-CN']],
    [['zh-TW', 'en']],
    [['zh-TW', 'zh-Hans']],
    [['ur-PK', 'en']],
    [['de-DE']],
    [['de', 'ur']],
    [['fr', 'zh-Hans-CN']],
    [['not a tag', 'ur']],
    [[]],
  ])('shows the English copy for %j exactly when the app picks English', (languages) => {
    expect(boot(languages) === '/map').toBe(pickLanguage(languages) === 'en');
  });

  it('leaves an address with a query string to the app (filters, theme or language change the page)', () => {
    expect(boot(['en-US'], '?theme=dark')).toBeUndefined();
    expect(boot(['en-US'], '', '/explore')).toBe('/explore');
  });
});

describe('a prerendered page', () => {
  const template =
    '<html><head><link rel="stylesheet" href="/assets/index-1.css"></head><body><div id="root"></div></body></html>';
  const html = pageHtml(template, '/map', {
    html: '<h1>Map</h1>',
    styles: ['/assets/index-1.css', '/assets/map-2.css'],
  });

  it('holds the inert copy, shown only at its own address, and links the stylesheets it needs once', () => {
    expect(html).toContain(
      '<div id="root"><div data-prerendered="/map" inert aria-hidden="true"><h1>Map</h1></div></div>',
    );
    expect(html).toContain('html:not([data-prerender="/map"]) [data-prerendered]{display:none}');
    expect(html.match(/index-1\.css/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/map-2.css">');
    expect(html).toContain(`<script>${BOOT_SCRIPT}</script></head>`);
  });

  it('refuses a template without an empty #root', () => {
    expect(() => pageHtml('<div id="root">x</div>', '/', { html: '', styles: [] })).toThrow(/#root/);
  });
});
