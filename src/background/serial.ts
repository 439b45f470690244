// One queue for everything that opens or closes the media page (the camera control and the player):
// a quick on-off-on, or the camera closing the page while the player opens it, runs in order instead
// of racing two documents.
export type Serial = <T>(job: () => Promise<T>) => Promise<T>;

export function createSerial(what: string): Serial {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = queue.then(job);
    queue = next.catch((error: unknown) => console.error(`[emotune] ${what}:`, error));
    return next;
  };
}
