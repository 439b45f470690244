/**
 * Loads `src` into an audio element to play from `position` seconds. The seek waits for the metadata:
 * before it, Chromium drops a currentTime set on an element that has nothing loaded.
 */
export function loadAt(audio: HTMLMediaElement, src: string, position: number): void {
  audio.src = src;
  if (position <= 0) return;
  audio.addEventListener(
    'loadedmetadata',
    () => {
      if (audio.getAttribute('src') === src) audio.currentTime = position;
    },
    { once: true },
  );
}
