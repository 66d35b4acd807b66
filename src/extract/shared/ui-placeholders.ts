// An input's placeholder: the greyed example text a form shows in an empty field (`<Input placeholder="llama3.2" />`,
// `placeholder={"qwen2.5:3b"}`, Flowise's node input `placeholder: 'qwen-plus'`, Gradio's `gr.Textbox(placeholder=...)`,
// HTML's `placeholder="e.g., openai/whisper-tiny"`). The user types their own model over it: the code never runs the
// name it shows, as it never runs a comment (n4ze3m/page-assist, reorproject/reor, FlowiseAI/Flowise, mem0ai/mem0).

/** `placeholder=`, `placeholder:` (a key, quoted or not), a JSX brace around the string: the string's quote and text. */
const PLACEHOLDER = /(?:^|[\s{(,:])["']?placeholder["']?\s*[=:]\s*\{?\s*(["'`])([^"'`\n]*)\1/gi;

/** Per 1-based line, the texts of the placeholders written on it (lower-cased). */
export function placeholderTexts(text: string): ReadonlyMap<number, readonly string[]> {
  const texts = new Map<number, string[]>();
  if (!/placeholder/i.test(text)) return texts;
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < m.index + m[0].length; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const value = m[2]!.toLowerCase();
    if (!value.trim()) continue;
    const list = texts.get(line);
    if (list) list.push(value);
    else texts.set(line, [value]);
  }
  return texts;
}

/**
 * True when a model id stands in one of these placeholder texts: whole, or its name after a provider's or an
 * organisation's prefix (`openai/tts-1` shown as `tts-1`; a GGUF file's repo as its folder in a longer path).
 */
export function inPlaceholder(id: string, texts: readonly string[]): boolean {
  const whole = id.toLowerCase();
  const parts = whole.split('/').filter(Boolean);
  return texts.some((t) => t.includes(whole) || (parts.length > 1 && parts.slice(1).every((p) => t.includes(p))));
}
