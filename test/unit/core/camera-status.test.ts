import { describe, expect, it } from 'vitest';
import { cameraStateForError } from '../../../src/core/camera-status';

describe('camera errors', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'error'],
  ])('%s -> %s', (name, state) => expect(cameraStateForError(name)).toBe(state));
});
