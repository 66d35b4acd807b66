// A provider's route before a name only its API serves (`openai/gpt-4o-mini`, LiteLLM's and DSPy's way of naming a
// hosted model) is that API's model, even where a Hub organisation of the same name exists: OpenAI publishes gpt-oss,
// Whisper and CLIP on the Hub under `openai`, never gpt-4o-mini (issue #15, held-out stanfordnlp/dspy).
import { loadRegistry } from '../../registry/load.js';
import { litellmBareProvider, litellmModel, providerAlias, routedApiModel } from '../../registry/providers.js';
import type { RawReference } from '../../model/reference.js';

/**
 * The API model a `<provider>/<name>` value names, unless a family the organisation of that name publishes on the
 * Hub claims the name by its id hints (`openai/gpt-oss-20b`, `openai/whisper-large-v3` stay Hub ids). A bare name
 * LiteLLM resolves to one provider counts after that provider's own route only (`openai/o3`, providers.yaml
 * `litellm.bare`): `o3` alone stands for many things.
 */
export function hostedRoute(value: string): ReturnType<typeof routedApiModel> {
  const slash = value.indexOf('/');
  if (slash <= 0) return undefined;
  const prefix = value.slice(0, slash);
  const routed = routedApiModel(value) ?? (litellmBareProvider(value.slice(slash + 1)) === providerAlias(prefix) ? litellmModel(value, true) : undefined);
  if (!routed) return undefined;
  const name = value.slice(slash + 1).toLowerCase();
  const published = loadRegistry().byNamespace.get(prefix) ?? [];
  return published.some((family) => family.id_hints?.some((hint) => name.includes(hint.toLowerCase()))) ? undefined : routed;
}

/**
 * A reference a reader took for a Hub id (`LLM(model="openai/gpt-4o")`, `model: "anthropic/claude-sonnet-4-5"` in Rust
 * or a Markdown block) that is a provider's route before a name only its API serves: that API's model. One rule for
 * every reader, so no reader reports as a Hub repo a name the Hub cannot hold and a lookup online can only miss.
 */
export function settledHostedRoute(raw: RawReference): RawReference {
  if (raw.source !== 'huggingface' || raw.revision) return raw;
  const routed = hostedRoute(raw.id);
  return routed && routed.source === 'api' ? { ...raw, id: routed.id, source: 'api' } : raw;
}
