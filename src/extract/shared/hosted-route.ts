// A provider's route before a name only its API serves (`openai/gpt-4o-mini`, LiteLLM's and DSPy's way of naming a
// hosted model) is that API's model, even where a Hub organisation of the same name exists: OpenAI publishes gpt-oss,
// Whisper and CLIP on the Hub under `openai`, never gpt-4o-mini (issue #15, held-out stanfordnlp/dspy).
import { loadRegistry } from '../../registry/load.js';
import { routedApiModel } from '../../registry/providers.js';

/**
 * The API model a `<provider>/<name>` value names, unless a family the organisation of that name publishes on the
 * Hub claims the name by its id hints (`openai/gpt-oss-20b`, `openai/whisper-large-v3` stay Hub ids).
 */
export function hostedRoute(value: string): ReturnType<typeof routedApiModel> {
  const routed = routedApiModel(value);
  if (!routed) return undefined;
  const slash = value.indexOf('/');
  const name = value.slice(slash + 1).toLowerCase();
  const published = loadRegistry().byNamespace.get(value.slice(0, slash)) ?? [];
  return published.some((family) => family.id_hints?.some((hint) => name.includes(hint.toLowerCase()))) ? undefined : routed;
}
