import notebook from '../../src/extract/notebook.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('notebook', notebook, [['analysis/explore.ipynb', true], ['explore.py', false]], 'not-notebook.ipynb');
