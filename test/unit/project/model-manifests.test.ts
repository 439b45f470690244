import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHashes, MODELS_DIR } from '../../../scripts/hash-models';
import { parseEnsembleManifest } from '../../../src/core/ensemble';
import { parseModelManifest } from '../../../src/core/model-manifest';
import { MODEL_IDS } from '../../../src/shared/models';

const read = (id: string) => JSON.parse(readFileSync(join(MODELS_DIR, id, 'manifest.json'), 'utf8'));

describe('shipped models', () => {
  it.each(MODEL_IDS)('%s has a valid manifest', (id) => {
    const raw = read(id);
    if (raw.format === 'ensemble') {
      const m = parseEnsembleManifest(raw);
      expect(m.id).toBe(id);
      // Every member is a shipped model of its own.
      for (const member of m.members) expect(MODEL_IDS).toContain(member.id);
      return;
    }
    const m = parseModelManifest(raw);
    expect(m.id).toBe(id);
    expect(Object.keys(m.files)).toContain(m.modelFile);
  });

  it.each([
    [{ ...read('emotion-ensemble'), members: [{ id: 'emotion-xception', weight: 1 }] }, /at least two/],
    [
      {
        ...read('emotion-ensemble'),
        members: [
          { id: 'emotion-xception', weight: 0.7 },
          { id: 'human-emotion', weight: 0.7 },
        ],
      },
      /sum to 1/,
    ],
    [
      {
        ...read('emotion-ensemble'),
        members: [
          { id: '../../etc', weight: 0.5 },
          { id: 'human-emotion', weight: 0.5 },
        ],
      },
      /folder name/,
    ],
    [{ ...read('emotion-ensemble'), classBias: { sad: 'low' } }, /classBias/],
  ])('rejects a bad ensemble manifest (%#)', (raw, why) => {
    expect(() => parseEnsembleManifest(raw)).toThrow(why);
  });

  it.each(readdirSync(MODELS_DIR).filter((d) => !d.includes('.')))(
    '%s: manifest sizes and sha256 match the files',
    (id) => {
      expect(read(id).files).toEqual(fileHashes(join(MODELS_DIR, id)));
    },
  );

  it.each([
    [{}, /id must be/],
    [{ ...read('human-emotion'), labels: ['happy'] }, /labels must list/],
    [
      { ...read('human-emotion'), labels: ['happy', 'happy', 'sad', 'angry', 'fear', 'surprise', 'neutral'] },
      /repeat/,
    ],
    [{ ...read('human-emotion'), input: { size: 64, channels: 2, mean: 0, std: 1 } }, /channels/],
    [{ ...read('human-emotion'), input: { size: 64, channels: 1, mean: 0, std: 0 } }, /std/],
    [{ ...read('human-emotion'), cropMargin: 3 }, /cropMargin/],
  ])('rejects a bad manifest (%#)', (raw, why) => {
    expect(() => parseModelManifest(raw)).toThrow(why);
  });
});
