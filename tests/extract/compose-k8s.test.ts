import composeK8s from '../../src/extract/compose-k8s.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor('compose-k8s', composeK8s, [['docker-compose.yml', true], ['k8s/deployment.yaml', true], ['compose.json', false]]);
