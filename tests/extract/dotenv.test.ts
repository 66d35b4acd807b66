import dotenv from '../../src/extract/dotenv.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'dotenv',
  dotenv,
  [['.env', true], ['.env.production', true], ['.env.example', true], ['deploy/staging.env', true], ['envs.py', false], ['env.yaml', false], ['.envrc', false]],
  'not-dotenv.env',
);
