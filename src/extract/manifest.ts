// Dependency manifests: SDKs of hosted model providers (dashscope, zhipuai, qianfan, Volcengine
// Ark, ModelScope, ...) and libraries tied to one model family (FlagEmbedding -> BAAI bge). They
// are evidence that the code talks to that provider: reported as `<provider>/*`, source api.
import type { RawReference } from '../model/reference.js';
import { defineExtractor } from './extractor.js';
import { PositionIndex } from './shared/position.js';

/** package name (PyPI or npm, lower-case) -> provider id (see src/registry/providers.yaml) */
const SDKS: Record<string, string> = {
  dashscope: 'dashscope',
  zhipuai: 'zhipu',
  'zai-sdk': 'zhipu',
  qianfan: 'qianfan',
  'volcengine-python-sdk': 'ark',
  volcenginesdkarkruntime: 'ark',
  '@volcengine/ark-runtime': 'ark',
  modelscope: 'modelscope',
  flagembedding: 'baai',
  'tencentcloud-sdk-python-hunyuan': 'hunyuan',
  'minimax-sdk': 'minimax',
  'zhipuai-sdk-nodejs-v4': 'zhipu',
  '@baiducloud/qianfan': 'qianfan',
};

export default defineExtractor({
  name: 'manifest',
  matches: (path) => /(^|\/)(requirements[\w.-]*\.(txt|in)|pyproject\.toml|Pipfile|setup\.cfg|setup\.py|environment\.ya?ml|package\.json)$/.test(path),
  extract(file) {
    const text = file.text;
    const lower = text.toLowerCase();
    if (!Object.keys(SDKS).some((name) => lower.includes(name))) return { references: [], diagnostics: [] };
    const positions = new PositionIndex(text);
    const references: RawReference[] = [];
    for (const [name, provider] of Object.entries(SDKS)) {
      // A package name as a whole word at a dependency position: line start, quote, or list item.
      const pattern = new RegExp(`(^|["'\\s\\[,-])(${name.replace(/[.*+?^${}()|[\]\\/@]/g, '\\$&')})(?=$|[\\s"'<>=~!\\[;,:])`, 'gim');
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const { line, column } = positions.at(m.index + m[1]!.length);
        if (/^\s*#/.test(positions.snippet(line))) continue;
        references.push({ id: `${provider}/*`, source: 'api', line, column, snippet: positions.snippet(line), context: 'config' });
      }
    }
    return { references, diagnostics: [] };
  },
});
