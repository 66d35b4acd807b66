import composeK8s from '../../src/extract/compose-k8s.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

describeExtractor(
  'compose-k8s',
  composeK8s,
  [
    ['docker-compose.yml', true],
    ['compose.ollama.yaml', true],
    ['k8s/deployment.yaml', true],
    ['chart/templates/deployment.yaml', true],
    // Templates rendered into YAML (Terraform templatefile() inputs); a bare one is read only when its text is YAML.
    ['helm/gpu/gpu-tinyllama.tpl', true],
    ['manifest-templates/latency-profile-generator.yaml.tpl', true],
    ['templates/deployment.yaml.tmpl', true],
    ['values.tpl.json', false],
    ['compose.json', false],
    ['.github/workflows/serve.yml', false],
    ['.gitlab-ci.yml', false],
  ],
  'not-yaml.yml',
);
