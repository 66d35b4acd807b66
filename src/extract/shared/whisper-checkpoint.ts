// openai-whisper's checkpoint URLs, which the hub-url extractor reports as the Hub models OpenAI publishes them as.
/**
 * An openai-whisper checkpoint's download URL (its `_MODELS` table, whisper/__init__.py:
 * "https://openaipublic.azureedge.net/main/whisper/models/<sha256>/large-v3.pt"), in the package or a vendored copy:
 * the checkpoint OpenAI publishes on the Hub as openai/whisper-<name> (providers.yaml `library_names`, package whisper).
 */
export const WHISPER_CHECKPOINT = /openaipublic\.azureedge\.net\/main\/whisper\/models\/[0-9a-f]{64}\/([\w.-]+?)\.pt\b/dg;
const ONE_CHECKPOINT = new RegExp(WHISPER_CHECKPOINT.source);
/** Whether a URL is such a checkpoint: hub-url reports it as the Hub model, so other readers leave it alone. */
export const isWhisperCheckpointUrl = (url: string) => ONE_CHECKPOINT.test(url);
