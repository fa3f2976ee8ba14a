import { describe, expect, it } from 'vitest';
import { deckScale } from '@/features/present/use-deck-scale';
import { pickLanguage } from '@/lib/language';
import { BOOT_SCRIPT, pageHtml } from './prerender.mjs';

/** Runs the boot script against a made-up page; returns the path it marked, if any. */
function boot(languages: string[], search = '', pathname = '/map', size = { width: 412, height: 823 }) {
  const dataset: Record<string, string> = {};
  const style: Record<string, string> = {};
  const documentElement = {
    dataset,
    style: { setProperty: (name: string, value: string) => (style[name] = value) },
  };
  const run = new Function('location', 'navigator', 'document', 'innerWidth', 'innerHeight', BOOT_SCRIPT) as (
    ...args: unknown[]
  ) => void;
  run(
    { search, pathname },
    { languages, language: languages[0] ?? '' },
    { documentElement },
    size.width,
    size.height,
  );
  return Object.assign([dataset.prerender], { style });
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
    expect(boot(languages)[0] === '/map').toBe(pickLanguage(languages) === 'en');
  });

  it('leaves an address with a query string to the app (filters, theme or language change the page)', () => {
    expect(boot(['en-US'], '?theme=dark')[0]).toBeUndefined();
    expect(boot(['en-US'], '', '/explore')[0]).toBe('/explore');
  });

  it.each([
    [412, 823],
    [1280, 720],
    [1920, 1080],
    [800, 1280],
  ])('sets the deck copy’s scale for a %i × %i window as the deck works it out', (width, height) => {
    const { style } = boot(['en-US'], '', '/present', { width, height });
    expect(Number(style['--deck-scale'])).toBeCloseTo(deckScale(width, height, false), 10);
    expect(boot(['en-US'], '', '/map', { width, height }).style['--deck-scale']).toBeUndefined();
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

  it('leaves out the deck’s scale for the window it was drawn in', () => {
    const deck = pageHtml(template, '/present', {
      html: '<div class="deck" style="--deck-scale: 0.321875;"><h2>Cover</h2></div>',
      styles: [],
    });
    expect(deck).toContain('<div class="deck" style=""><h2>Cover</h2></div>');
  });

  it('refuses a template without an empty #root', () => {
    expect(() => pageHtml('<div id="root">x</div>', '/', { html: '', styles: [] })).toThrow(/#root/);
  });
});
