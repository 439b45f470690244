// The store images (docs/screenshots/): which there are, and one run of the built test extension
// (dist/chrome-test) that renders them, with the fake camera on a smiling face and Apple's catalogue
// answered by the loopback stub.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startItunesStub } from '../../../test/stubs/itunes-stub';
import { makeY4mFixtures, y4m } from '../browser/fixtures';
import { DIST_TEST, grantCamera, launchExtension } from '../browser/harness';
import { useItunesStub } from '../browser/itunes-endpoint';
import { PROMO_TILE, promoTileHtml, SCREENSHOT, screenshotHtml, shoot } from './canvas';
import { routeCovers } from './covers';
import { openSettings, PopupScene, type Render, renderMapping, renderSettings, type Scheme } from './scenes';

const SCENES = ['popup-mood', 'player', 'mapping', 'settings'] as const;
type Scene = (typeof SCENES)[number];
const SCHEMES: Scheme[] = ['light', 'dark'];

/** Every image's name (its file is `<name>.png`): each scene in each scheme, and the promo tile. */
export const STORE_IMAGES = [...SCENES.flatMap((s) => SCHEMES.map((c) => `${s}-${c}`)), 'promo-tile'];

const CAPTIONS: Record<Scene, { title: string; text: string }> = {
  'popup-mood': {
    title: 'Music for the mood on your face',
    text: 'Emotune reads your expression on your computer and suggests tracks that fit it. Camera images never leave it.',
  },
  player: {
    title: 'Listen without an account',
    text: 'Previews from Apple’s catalogue play in the popup, or keep playing while you browse. Thumbs teach it what you like.',
  },
  mapping: {
    title: 'Your moods, your music',
    text: 'Choose the genres and keywords each mood searches for. Reset a row, or export and import the whole table.',
  },
  settings: {
    title: 'The camera only when you say',
    text: 'It runs only while its switch is on. Pick how often it looks, and where the music comes from.',
  },
};

export interface StoreImage {
  name: string;
  file: string;
  /** The suggested tracks' titles as the page showed them when it was rendered (popup scenes). */
  trackTitles: string[];
}

/** Renders the images named in `only` (default: all) into `out`; answers what it wrote. */
export async function takeStoreImages(opts: { out: string; only?: string[] }): Promise<StoreImage[]> {
  const wanted = opts.only ?? STORE_IMAGES;
  const unknown = wanted.filter((n) => !STORE_IMAGES.includes(n));
  if (unknown.length)
    throw new Error(`unknown image(s): ${unknown.join(', ')}; known: ${STORE_IMAGES.join(', ')}`);
  const wants = (scene: string) => wanted.some((n) => n.startsWith(`${scene}-`));
  mkdirSync(opts.out, { recursive: true });
  makeY4mFixtures();

  const stub = await startItunesStub({ songsPerTerm: 2 });
  const ext = await launchExtension({ camera: y4m('photo-smile'), dist: DIST_TEST });
  const written: StoreImage[] = [];
  const save = async (
    name: string,
    html: string,
    size: { width: number; height: number },
    titles: string[] = [],
  ) => {
    const file = join(opts.out, `${name}.png`);
    writeFileSync(file, await shoot(ext.context, html, size));
    written.push({ name, file, trackTitles: titles });
  };
  const each = async (
    scene: Scene,
    zoom: number,
    draw: (scheme: Scheme) => Promise<Render>,
    titles?: string[],
  ) => {
    for (const scheme of SCHEMES) {
      const name = `${scene}-${scheme}`;
      if (!wanted.includes(name)) continue;
      await save(name, screenshotHtml(scheme, await draw(scheme), CAPTIONS[scene], zoom), SCREENSHOT, titles);
    }
  };
  try {
    await useItunesStub(ext, stub);
    await routeCovers(ext.context);
    if (wants('popup-mood') || wants('player') || wanted.includes('promo-tile')) {
      await grantCamera(ext);
      const popup = await PopupScene.open(ext);
      const titles = await popup.trackTitles();
      await each('popup-mood', 1.6, (s) => popup.renderMood(s), titles);
      if (wanted.includes('promo-tile')) {
        const line = 'Music for the mood on your face';
        await save(
          'promo-tile',
          promoTileHtml('light', await popup.renderMood('light'), line),
          PROMO_TILE,
          titles,
        );
      }
      if (wants('player')) {
        await popup.play();
        await each('player', 1.6, (s) => popup.renderMusic(s), await popup.trackTitles());
      }
      await popup.page.close();
    }
    if (wants('mapping') || wants('settings')) {
      const settings = await openSettings(ext);
      await each('mapping', 1.3, (s) => renderMapping(settings, s));
      await each('settings', 1.3, (s) => renderSettings(settings, s));
    }
  } finally {
    await ext.close();
    await stub.close();
  }
  return written;
}
