import python from '../../src/extract/python.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('python', python, [['app/main.py', true], ['stubs/types.pyi', true], ['notebook.ipynb', false], ['main.py.bak', false]], 'not-python.py');
