import gguf from '../../src/extract/gguf.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('gguf', gguf, [['models/qwen.gguf', true], ['weights/model.safetensors', true], ['model.bin', false]], 'truncated.gguf');
