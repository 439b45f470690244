// Chromium's own network log (--log-net-log): every request any context of the browser made, with the
// origin that started it. Extension files are not network requests, so anything an extension context
// started that shows up here left the extension.
import { readFileSync } from 'node:fs';

export interface LoggedRequest {
  url: string;
  method: string;
  initiator: string | null;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: unknown; initiator?: unknown; method?: unknown } }[];
}

export const netLogArgs = (file: string) => [`--log-net-log=${file}`, '--net-log-capture-mode=Default'];

/** The requests that reached the network stack, read once the browser has closed (the file is complete). */
export function readNetLog(file: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as NetLog;
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && typeof e.params?.url === 'string')
    .map((e) => ({
      url: String(e.params?.url),
      method: typeof e.params?.method === 'string' ? e.params.method : 'GET',
      initiator: typeof e.params?.initiator === 'string' ? e.params.initiator : null,
    }));
}

/** Requests started by the extension (any of its contexts) to anything but its own files. */
export function fromExtension(requests: LoggedRequest[], extensionId: string): LoggedRequest[] {
  const origin = `chrome-extension://${extensionId}`;
  return requests.filter((r) => r.initiator === origin && !r.url.startsWith(`${origin}/`));
}

export function leaksOf(requests: LoggedRequest[], extensionId: string): string[] {
  return fromExtension(requests, extensionId).map((r) => r.url);
}
