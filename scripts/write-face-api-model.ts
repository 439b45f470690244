// `npm run models:face-api`: writes face-api's expression net (from the @vladmandic/face-api package, MIT)
// into models/face-api as a graph model with its manifest, so the extension ships it as an ensemble member.
// A unit test checks that the shipped files are exactly what this writes.
import { join } from 'node:path';
import { MODELS_DIR } from './hash-models';
import { writeFaceApiExpressionModel } from './lib/face-api-model';

console.log(`wrote ${writeFaceApiExpressionModel(join(MODELS_DIR, 'face-api'))}`);
