// What a remote .gguf file's header says about the model, for repos whose card declares no base.
// llama.cpp's converter copies the source card's base_model into `general.base_model.N.*`
// (repo_url, or organization + name) and names the repo it converted in `general.source.*`;
// `general.architecture`, `general.basename` and `tokenizer.ggml.pre` are evidence of the family.
// Header values are as untrusted as card text: only Hub ids count, and a name put together from
// organization + name is a candidate the walk keeps only when the Hub has it.
import type { LineageNode, Relation } from '../model/lineage.js';
import { parseHubReference, stripPackaging } from '../model/ids.js';
import type { GgufHeader } from './hub-source.js';
import type { ParentLink } from './read-base.js';

export interface GgufHeaderFacts {
  gguf: NonNullable<LineageNode['gguf']>;
  parents: ParentLink[];
}

export function readGgufHeaderFacts(header: GgufHeader, self: string, file: string): GgufHeaderFacts {
  const str = (key: string) => (typeof header[key] === 'string' && (header[key] as string).trim() ? (header[key] as string).trim() : undefined);
  const parents: ParentLink[] = [];
  const ownName = stripPackaging(self.split('/')[1] ?? '').toLowerCase();
  const add = (id: string | undefined, key: string, value: string, candidate: boolean, converted = false) => {
    if (!id || id.toLowerCase() === self.toLowerCase() || parents.some((p) => p.id.toLowerCase() === id.toLowerCase())) return;
    // The repo converted is what the file is a copy of; a base named like the copy is that repo too.
    const relation: Relation = converted || id.split('/')[1]!.toLowerCase() === ownName ? 'quantized' : 'finetune';
    parents.push({ id, relation, declaredIn: 'gguf-header', evidence: `${file}: ${key} = ${value}`.slice(0, 300), ...(candidate ? { candidate: true } : {}) });
  };
  for (const key of ['general.source.huggingface.repository', 'general.source.repo_url', 'general.source.url']) {
    const value = str(key);
    if (value) add(hubId(value), key, value, false, true);
  }
  const indices = [
    ...new Set(
      Object.keys(header)
        .map((k) => /^general\.base_model\.(\d+)\./.exec(k)?.[1])
        .filter((n): n is string => n !== undefined),
    ),
  ].sort((a, b) => Number(a) - Number(b));
  for (const n of indices) {
    const field = (name: string) => str(`general.base_model.${n}.${name}`);
    const url = field('repo_url') ?? field('url');
    const linked = url ? hubId(url) : undefined;
    if (linked) add(linked, `general.base_model.${n}.${field('repo_url') ? 'repo_url' : 'url'}`, url!, false);
    else {
      // "Deepseek Ai" + "DeepSeek R1 Distill Qwen 14B": the converter's spelling of the card's id; the Hub matches case-insensitively.
      const organization = field('organization');
      const name = field('name');
      if (organization && name)
        add(
          hubId(`${organization.replace(/\s+/g, '-')}/${name.replace(/\s+/g, '-')}`),
          `general.base_model.${n}.organization + name`,
          `${organization} / ${name}`,
          true,
        );
    }
  }
  const architecture = str('general.architecture');
  const preTokenizer = str('tokenizer.ggml.pre');
  const basename = str('general.basename');
  return {
    gguf: { ...(architecture ? { architecture } : {}), ...(preTokenizer ? { preTokenizer } : {}), ...(basename ? { basename } : {}) },
    parents,
  };
}

function hubId(value: string): string | undefined {
  const parsed = parseHubReference(value);
  return parsed && parsed.id.includes('/') ? parsed.id : undefined;
}
