// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { slideSvg } from './slide-png';

const FONT_BYTES = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]); // "wOF2…"

function slideIn(lang: string): HTMLElement {
  const deck = document.createElement('main');
  deck.lang = lang;
  deck.innerHTML = '<section><h2>عنوان</h2></section>';
  document.body.append(deck);
  return deck.querySelector('section') as HTMLElement;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('slideSvg', () => {
  it('carries the Urdu Nastaliq inside an Urdu slide’s SVG, as data: URLs an image can load', async () => {
    const fetch = vi.fn(async () => new Response(FONT_BYTES));
    vi.stubGlobal('fetch', fetch);
    const svg = await slideSvg(slideIn('ur'), 1280, 720);
    expect(fetch).toHaveBeenCalledTimes(2);
    const style = /<style><!\[CDATA\[([\s\S]*?)\]\]><\/style>/.exec(svg)?.[1] ?? '';
    expect(style.match(/@font-face/g)).toHaveLength(2);
    expect(style).toContain("font-family:'Noto Nastaliq Urdu'");
    expect(style).toContain(`src:url(data:font/woff2;base64,${btoa('wOF2\x01\x02\x03')})`);
    expect(style).not.toMatch(/url\((?!data:)/);
    expect(svg.indexOf('<style>')).toBeLessThan(svg.indexOf('<foreignObject'));
  });

  it('embeds no font in a Chinese or English slide: their faces are the system’s', async () => {
    const fetch = vi.fn(async () => new Response(FONT_BYTES));
    vi.stubGlobal('fetch', fetch);
    for (const lang of ['zh-Hans', 'en'])
      expect(await slideSvg(slideIn(lang), 1280, 720)).not.toContain('@font-face');
    expect(fetch).not.toHaveBeenCalled();
  });
});
