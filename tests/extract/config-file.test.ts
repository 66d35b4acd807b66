import configFile from '../../src/extract/config-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('config-file', configFile, [['config/settings.yaml', true], ['litellm.yml', true], ['pyproject.toml', false], ['package.json', false], ['model/config.json', false]], 'not-yaml.yaml');
