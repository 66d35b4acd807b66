import manifest from '../../src/extract/manifest.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('manifest', manifest, [['requirements.txt', true], ['requirements-dev.txt', true], ['pyproject.toml', true], ['web/package.json', true], ['requirements.md', false]]);
