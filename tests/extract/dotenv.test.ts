import dotenv from '../../src/extract/dotenv.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('dotenv', dotenv, [['.env', true], ['.env.production', true], ['deploy/staging.env', true], ['envs.py', false]]);
