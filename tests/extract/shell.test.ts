import shell from '../../src/extract/shell.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('shell', shell, [['scripts/serve.sh', true], ['Makefile', true], ['build.mk', true], ['Procfile', true], ['serve.py', false]]);
