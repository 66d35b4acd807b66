import shell from '../../src/extract/shell.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('shell', shell, [['scripts/serve.sh', true], ['Makefile', true], ['build.mk', true], ['justfile', true], ['Procfile', true], ['serve.py', false], ['shell.md', false]]);
