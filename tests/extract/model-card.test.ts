import modelCard from '../../src/extract/model-card.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('model-card', modelCard, [['README.md', true], ['models/card.mdx', true], ['README.txt', false]], 'not-front-matter.md');
