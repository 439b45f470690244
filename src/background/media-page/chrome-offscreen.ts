// Chrome: the media page is the offscreen document. Only one may exist per extension, so creation is
// guarded against the popup and a settings change asking at the same time, and the camera and the
// player share it. Its reasons are written into its URL, so that they are read back from the document
// itself (getContexts) and survive a service-worker restart.
import { PAGES } from '../../shared/pages';
import type { MediaPage, PageRole } from './media-page';

const ROLES: readonly PageRole[] = ['camera', 'player'];
// Chrome's offscreen justifications are read by developers and reviewers, never shown to users.
const WHY: Record<PageRole, string> = {
  // i18n-ignore: a developer-facing reason for chrome.offscreen, never shown to users
  camera: 'Reads the webcam to recognise the facial expression; images never leave the device.',
  // i18n-ignore: a developer-facing reason for chrome.offscreen, never shown to users
  player: 'Plays the music previews the user started, after the popup closes.',
};

/** The document's URL for these roles (the roles, in order, in its query). */
const documentPath = (roles: readonly PageRole[]) => `${PAGES.media}?roles=${roles.join(',')}`;

function rolesOf(url: string): PageRole[] {
  const roles = new URL(url).searchParams.get('roles')?.split(',') ?? [];
  return ROLES.filter((r) => roles.includes(r));
}

export function createChromeOffscreen(): MediaPage {
  // Read here, not at module load: Firefox's build has no chrome.offscreen.
  const reasons: Record<PageRole, chrome.offscreen.Reason> = {
    camera: chrome.offscreen.Reason.USER_MEDIA,
    player: chrome.offscreen.Reason.AUDIO_PLAYBACK,
  };
  const base = chrome.runtime.getURL(PAGES.media);
  // In-flight guard only: after a service-worker restart it is null again, and getContexts is the truth.
  let creating: Promise<void> | null = null;

  /** Waits out a creation in flight, whatever its outcome. */
  const settled = () => creating?.catch(() => undefined);

  /** The open document's roles, or null when there is none. */
  const current = async (): Promise<PageRole[] | null> => {
    const contexts = await chrome.runtime.getContexts({
      contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    });
    const doc = contexts.find((c) => c.documentUrl?.startsWith(base));
    return doc?.documentUrl ? rolesOf(doc.documentUrl) : null;
  };

  const create = (roles: PageRole[]) => {
    creating ??= chrome.offscreen
      .createDocument({
        url: documentPath(roles),
        reasons: roles.map((r) => reasons[r]),
        justification: roles.map((r) => WHY[r]).join(' '),
      })
      .catch(async (error: unknown) => {
        // Lost a race with another creator (e.g. from before a service-worker restart): fine if it exists.
        if ((await current()) === null) throw error;
      })
      .finally(() => {
        creating = null;
      });
    return creating;
  };

  const close = async () => {
    await settled();
    if ((await current()) !== null) await chrome.offscreen.closeDocument();
  };

  return {
    isOpen: async () => {
      await settled();
      return (await current()) !== null;
    },
    async open(role) {
      await settled();
      const roles = await current();
      if (roles === null) {
        await create([role]);
        return false;
      }
      // The player may use a camera document (its USER_MEDIA reason keeps it open). A player-only
      // document would be closed by Chrome 30 s after its audio stops, camera and all, so the camera
      // gets a new document with both reasons; the player there resumes where the queue says it was.
      if (roles.includes(role) || role === 'player') return true;
      await close();
      await create(['camera', 'player']);
      return false;
    },
    close,
  };
}
