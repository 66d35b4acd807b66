import localModel from '../../src/extract/local-model.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('local-model', localModel, [['models/qwen/config.json', true], ['lora/adapter_config.json', true], ['pipe/model_index.json', true], ['tsconfig.json', false], ['.vscode/config.json', false]]);
