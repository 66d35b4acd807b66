// docker-compose, Kubernetes manifests, Helm values and templates: serving commands and args
// (vLLM, TGI, SGLang, llama.cpp, huggingface-cli, ollama) and model-named environment variables,
// `${VAR:-default}` defaults included. `image:` and `--served-model-name` are not models.
// Specs: https://docs.docker.com/reference/compose-file/services/ https://kubernetes.io/docs/reference/kubernetes-api/
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { RawReference } from '../model/reference.js';
import { blankSchemaDocuments, blankTemplateExpressions, isCiWorkflowPath, isDstackRun } from './shared/yaml-files.js';
import { COMMAND_KEYS, ENV_KEYS, SCRIPT_LIST_KEYS } from './shared/config-keys.js';
import { blankUnreadBlocks } from './shared/yaml-prune.js';
import { defineExtractor } from './extractor.js';
import { argReference, modelFromEnv, modelsInArgs, tokenize, type ArgModel, type Token } from './shared/cli-args.js';
import { PositionIndex } from './shared/position.js';
import { followAlias, parseYaml } from './shared/structured.js';
import { isBareTemplate, readAs, withoutExampleSuffix } from './shared/example-files.js';

export default defineExtractor({
  name: 'compose-k8s',
  words: ['model', 'llm', 'embedd', 'rerank', 'checkpoint', 'repo_id', 'tokenizer', 'pretrain', 'serve', 'download', 'ollama', '-hf'],
  // CI workflows have one owner, config-file, which reads their scripts.
  // Templates rendered into YAML too (`deployment.yaml.tpl`; a bare `podspec.tpl` when its text is YAML, readAs).
  matches: (path) => {
    const own = withoutExampleSuffix(path);
    return (/\.ya?ml$/i.test(own) || isBareTemplate(own)) && !isCiWorkflowPath(path);
  },
  extract(file) {
    const text = file.text;
    if (isBareTemplate(readAs(file.relPath, text))) return { references: [], diagnostics: [] };
    if (
      !isDstackRun(text) &&
      (!/\b(command|args|entrypoint|environment|env|extraArgs|containerArgs)\s*:/.test(text) ||
        !/services\s*:|apiVersion\s*:|kind\s*:|containers\s*:|image\s*:/.test(text))
    )
      return { references: [], diagnostics: [] };
    // Nothing that serves, downloads or names a model: skip the parse (CRD bundles are megabytes).
    if (!/model|llm|embedd|rerank|checkpoint|repo_id|tokenizer|pretrain|\bserve\b|download|ollama|\s-hf\s/i.test(text))
      return { references: [], diagnostics: [] };
    const { documents, diagnostics } = parseYaml(blankUnreadBlocks(blankSchemaDocuments(blankTemplateExpressions(text)), file.relPath), file.relPath);
    const ollamaContext = /ollama/i.test(text);
    const positions = new PositionIndex(text);
    const found: ArgModel[] = [];
    const visit = (node: YamlNode | null | undefined, depth: number, root: YamlNode, aliases: { anchors?: Map<string, YamlNode> }) => {
      if (!node || depth > 60) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          // `command: *args` names the anchored list (followed one level; an alias bomb stays linear).
          const value = (pair.value ? followAlias(pair.value as YamlNode, root, aliases) : null) ?? null;
          if (COMMAND_KEYS.has(key)) found.push(...modelsInArgs(commandTokens(value, text)));
          // `commands: [pip install x, vllm serve Qwen/...]`: one shell command (or a `|` script) per entry, not one argv.
          else if (SCRIPT_LIST_KEYS.has(key) && isSeq(value)) value.items.forEach((item) => found.push(...modelsInArgs(scalarWords(item as YamlNode, text))));
          else if (ENV_KEYS.has(key)) found.push(...envModels(value, ollamaContext));
          else if (value && !isAlias(pair.value)) visit(value, depth + 1, root, aliases);
        }
      } else if (isSeq(node)) node.items.forEach((item) => visit(item as YamlNode, depth + 1, root, aliases));
    };
    documents.forEach((doc) => visit(doc, 0, doc, {}));
    const references: RawReference[] = found.map((model) => argReference(model, positions));
    return { references, diagnostics };
  },
});

function scalarToken(node: YamlNode): Token | undefined {
  if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return { text: String(node.value), offset: node.range[0] + (quoted ? 1 : 0) };
}

/** A command as a list (`[--model, X]`) or a string (`vllm serve X --port 8000`, block scalars too). */
function commandTokens(node: YamlNode | null, text: string): Token[] {
  if (isSeq(node)) return node.items.flatMap((item) => scalarWords(item as YamlNode, text));
  return node ? scalarWords(node, text) : [];
}

/** The words of one scalar; a list item may itself hold several ("--model X"). */
function scalarWords(node: YamlNode, text: string): Token[] {
  if (
    isScalar(node) &&
    node.range &&
    typeof node.value === 'string' &&
    (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' || node.value.includes('\n'))
  ) {
    // Offsets come from the source: a block scalar's value has lost its indentation. "command: >" ...
    let source = text.slice(node.range[0], node.range[1]).replace(/^[|>][-+0-9]*/, (m) => ' '.repeat(m.length));
    if (node.type !== 'BLOCK_LITERAL') source = source.replace(/\n/g, ' ');
    return tokenize(source, node.range[0]);
  }
  const token = scalarToken(node);
  return token ? (/\s/.test(token.text) ? tokenize(token.text, token.offset) : [token]) : [];
}

/** `environment: {K: V}`, `environment: [K=V]`, and Kubernetes `env: [{name, value}]`. */
function envModels(node: YamlNode | null, ollamaContext: boolean): ArgModel[] {
  const found: ArgModel[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const value = scalarToken(pair.value as YamlNode);
      if (isScalar(pair.key) && value) {
        const model = modelFromEnv(String(pair.key.value), value.text, value.offset, ollamaContext);
        if (model) found.push(model);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      if (isMap(item)) {
        const name = scalarToken(item.get('name', true) as YamlNode);
        const value = scalarToken(item.get('value', true) as YamlNode);
        const model = name && value ? modelFromEnv(name.text, value.text, value.offset, ollamaContext) : undefined;
        if (model) found.push(model);
      } else {
        const token = scalarToken(item as YamlNode);
        const eq = token?.text.indexOf('=') ?? -1;
        if (token && eq > 0) {
          const model = modelFromEnv(token.text.slice(0, eq), token.text.slice(eq + 1), token.offset + eq + 1, ollamaContext);
          if (model) found.push(model);
        }
      }
    }
  }
  return found;
}
