// One place, one reading: the model-names and display-text extractors find names by their shape alone,
// so on a line another extractor read with its context (the client's provider, a pinned revision),
// their finding yields.
import type { RawReference } from '../../model/reference.js';

/** Extractors that know a name by its shape alone, not by where it stands. */
const BY_SHAPE = new Set(['model-names', 'display-text']);

/** The model part of an id, lower-cased: `openai-compatible/qwen-plus` and `dashscope/qwen-plus` both `qwen-plus`. */
const modelPart = (r: Pick<RawReference, 'id' | 'source'>) => (r.source === 'api' ? r.id.slice(r.id.indexOf('/') + 1) : r.id).toLowerCase();

/**
 * A name found by its shape alone yields to what another extractor read on the same line with its
 * context (the client's provider, a pinned revision, a served alias), or at the same column, whatever it read the
 * string as: one place, one reading.
 * Linear: one set of the other extractors' (line, model) pairs.
 */
export function withoutShadowed<T>(
  found: T[],
  extractorOf: (t: T) => string,
  rawOf: (t: T) => Pick<RawReference, 'id' | 'source' | 'line'> & { column?: number },
): T[] {
  const others = new Set<string>();
  const othersOnModelScope = new Set<string>();
  let any = false;
  for (const t of found) {
    if (BY_SHAPE.has(extractorOf(t))) any = true;
    else {
      others.add(`${rawOf(t).line}\u0000${modelPart(rawOf(t))}`);
      // A bare name another extractor canonicalised (`t5-base` read as `google-t5/t5-base`) is the same reading.
      const part = modelPart(rawOf(t));
      if (part.includes('/')) others.add(`${rawOf(t).line}\u0000${part.slice(part.lastIndexOf('/') + 1)}`);
      // The very string another extractor read (`WhisperModel("large-v3")`: faster-whisper's Systran/faster-whisper-large-v3).
      if (rawOf(t).column !== undefined) others.add(`${rawOf(t).line}\u0000@${rawOf(t).column}`);
      if (rawOf(t).source === 'modelscope') othersOnModelScope.add(`${rawOf(t).line}\u0000${modelPart(rawOf(t))}`);
    }
  }
  if (!any || others.size === 0) return found;
  // Except that a ModelScope reading of the line (`DownloadSource.MODELSCOPE: "ZhipuAI/chatglm3-6b"`) wins over a Hub one.
  const modelScope = new Set<string>();
  for (const t of found) if (BY_SHAPE.has(extractorOf(t)) && rawOf(t).source === 'modelscope') modelScope.add(`${rawOf(t).line}\u0000${modelPart(rawOf(t))}`);
  return found.filter((t) => {
    const key = `${rawOf(t).line}\u0000${modelPart(rawOf(t))}`;
    if (BY_SHAPE.has(extractorOf(t))) {
      if (rawOf(t).source === 'modelscope' && !othersOnModelScope.has(key)) return true;
      return !others.has(key) && !others.has(`${rawOf(t).line}\u0000@${rawOf(t).column}`);
    }
    return !(rawOf(t).source === 'huggingface' && modelScope.has(key));
  });
}
