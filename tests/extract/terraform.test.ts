import terraform, { scanHclTokens } from '../../src/extract/terraform.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor } from '../helpers/extract-fixtures.js';

// The malformed case is malformed-unterminated.tf: any text is valid input for a token scan (an unterminated string
// ends at its line's end, an unclosed block at the text's).
describeExtractor('terraform', terraform, [
  ['infra/variables.tf', true],
  ['benchmarks/sample-terraform.tfvars', true],
  ['terragrunt.hcl', true],
  ['templates/deployment.yaml.tftpl', false],
  ['main.tf.json', false],
  ['README.md', false],
]);

type Found = { id: string; source: string; line: number; column: number };
const found = (text: string, path = 'main.tf') =>
  (terraform.extract(makeSourceFile(path, text)) as { references: Found[] }).references.map((f) => [f.id, f.line, f.column]);

describe('terraform: model slots in Terraform configurations (held-out GoogleCloudPlatform/ai-on-gke, issue #15)', () => {
  it("reads a model-named variable's default, attribute and object key, a model block's name and a models list", () => {
    const text = [
      'variable "chat_model" {',
      '  default = "acme-chat-1"',
      '}',
      'model_name = "acme-chat-2"',
      'settings = { model = "acme-chat-3", region = "acme-chat-4" }',
      'model {',
      '  name = "acme-chat-5"',
      '}',
      'supported_models = ["acme-chat-6", "acme-chat-7"]',
      'variable "available_models" {',
      '  default = ["acme-chat-8"]',
      '}',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-1', 2, 14],
      ['openai-compatible/acme-chat-2', 4, 15],
      ['openai-compatible/acme-chat-3', 5, 23],
      ['openai-compatible/acme-chat-5', 7, 11],
      ['openai-compatible/acme-chat-6', 9, 22],
      ['openai-compatible/acme-chat-7', 9, 37],
      ['openai-compatible/acme-chat-8', 11, 15],
    ]);
  });

  it('reads the list a contains() test looks a model-named value up in, not a list looked up by another value', () => {
    const text = [
      'condition = contains(["acme-chat-1", "acme-chat-2"], var.settings.model_name)',
      'condition = contains(["acme-chat-3"], var.settings.region)',
      'condition = contains(["acme-chat-4"], lower(var.model))',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai-compatible/acme-chat-1', 1, 24],
      ['openai-compatible/acme-chat-2', 1, 39],
    ]);
  });

  it('does not read a conditional, a comparison or a template', () => {
    const text = [
      'model = var.fast ? "acme-chat-1" : "acme-chat-2"',
      'ok = var.model == "acme-chat-3"',
      'model_id = "${var.org}/acme-chat-4"',
      'model_id = "prefix-${lookup(var.m, "k")}-acme-chat-5"',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('scans strings with templates holding quotes, escapes and heredocs as one token each', () => {
    const tokens = scanHclTokens('a = "x${lookup(m, "k")}y"\nb = "q\\"r"\nc = <<EOF\nmodel = "z"\nEOF\nd = "$${e}"\n').toArray();
    expect(tokens.filter((t) => t.kind === 'string').map((t) => [t.text, t.line, !!t.template, !!t.block])).toEqual([
      ['x${lookup(m, "k")}y', 1, true, false],
      ['q\\"r', 2, false, false],
      ['model = "z"\n', 3, false, true],
      ['$${e}', 6, false, false],
    ]);
  });
});
