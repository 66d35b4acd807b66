import dockerfile from '../../src/extract/dockerfile.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'dockerfile',
  dockerfile,
  [
    ['Dockerfile', true],
    ['docker/Dockerfile.gpu', true],
    ['api.Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.md', false],
    ['docs/Dockerfile.txt', false],
    ['dockerfile.py', false],
  ],
  'not-dockerfile.Dockerfile',
);
