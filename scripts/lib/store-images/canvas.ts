// The store's image sizes, composed around real renders of the extension's pages: a caption beside the
// page (1280 x 800), and the promo tile (440 x 280) with the icon, the name and a piece of the popup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../browser/fixtures';
import type { Render, Scheme } from './scenes';

export const SCREENSHOT = { width: 1280, height: 800 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;

const ICON = `data:image/png;base64,${readFileSync(join(ROOT, 'public', 'icons', 'icon-128.png')).toString('base64')}`;
const dataUrl = (r: Render) => `data:image/png;base64,${r.png.toString('base64')}`;
const html = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// The extension's own colours (src/ui/base.css), so that the frame matches the page inside it.
const COLOURS = {
  light: {
    bg: '#efeafc',
    fg: '#1d1b20',
    muted: '#5b5660',
    accent: '#6a4bd8',
    shadow: 'rgb(60 40 120 / 0.25)',
  },
  dark: { bg: '#121016', fg: '#eeeaf2', muted: '#a49fab', accent: '#9d85f0', shadow: 'rgb(0 0 0 / 0.6)' },
} as const;

function page(scheme: Scheme, size: { width: number; height: number }, body: string, css: string): string {
  const c = COLOURS[scheme];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${size.width}px; height: ${size.height}px; overflow: hidden; }
    body { background: ${c.bg}; color: ${c.fg}; font-family: system-ui, sans-serif; display: flex;
      align-items: center; box-sizing: border-box; }
    .muted { color: ${c.muted}; }
    .brand { display: flex; align-items: center; gap: 12px; font-weight: 700; color: ${c.accent}; }
    .shot { border-radius: 10px; box-shadow: 0 12px 40px ${c.shadow}; display: block; }
    ${css}
  </style></head><body>${body}</body></html>`;
}

/**
 * A 1280 x 800 store screenshot: the caption on the left, the render on the right at `zoom` times its
 * CSS size (shrunk further if it would not fit), so that a 340-pixel popup reads at store size.
 */
export function screenshotHtml(
  scheme: Scheme,
  render: Render,
  caption: { title: string; text: string },
  zoom: number,
) {
  const scale = Math.min(zoom, 720 / render.height, 700 / render.width);
  const body = `<div class="caption">
      <div class="brand"><img src="${ICON}" width="48" height="48" alt="">Emotune</div>
      <h1>${html(caption.title)}</h1><p class="muted">${html(caption.text)}</p>
    </div>
    <div class="stage"><img class="shot" src="${dataUrl(render)}" alt=""
      width="${Math.round(render.width * scale)}" height="${Math.round(render.height * scale)}"></div>`;
  const css = `body { padding: 0 64px; gap: 48px; }
    .caption { flex: 0 0 400px; } .brand { font-size: 28px; }
    h1 { font-size: 40px; line-height: 1.15; margin: 28px 0 16px; } p { font-size: 21px; line-height: 1.45; margin: 0; }
    .stage { flex: 1; display: flex; justify-content: center; }`;
  return page(scheme, SCREENSHOT, body, css);
}

/** The 440 x 280 promo tile: icon, name and line on the left, the top of the popup on the right. */
export function promoTileHtml(scheme: Scheme, popup: Render, line: string) {
  const width = 190;
  const body = `<div class="caption">
      <div class="brand"><img src="${ICON}" width="44" height="44" alt="">Emotune</div>
      <p>${html(line)}</p>
    </div>
    <div class="stage"><img class="shot" src="${dataUrl(popup)}" alt=""
      width="${width}" height="${Math.round((popup.height * width) / popup.width)}"></div>`;
  const css = `body { padding: 0 0 0 24px; gap: 20px; }
    .caption { flex: 0 0 190px; } .brand { font-size: 26px; }
    p { font-size: 17px; line-height: 1.35; margin: 14px 0 0; font-weight: 600; }
    .stage { align-self: flex-start; margin-top: 28px; }`;
  return page(scheme, PROMO_TILE, body, css);
}

/** Renders composed HTML at its size, in a page of its own that has no extension privileges. */
export async function shoot(context: BrowserContext, html: string, size: { width: number; height: number }) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    await page.setContent(html, { waitUntil: 'load' });
    return await page.screenshot({ animations: 'disabled' });
  } finally {
    await page.close();
  }
}
