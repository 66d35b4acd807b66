import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A token that never prints: toString/toJSON/inspect all redact; only `reveal()` gives the value. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Secret([redacted])';
  }
}

/** HF_TOKEN, the legacy HUGGING_FACE_HUB_TOKEN, or the huggingface CLI's stored token file. */
export function readHubToken(env: NodeJS.ProcessEnv): Secret | undefined {
  const fromEnv = env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
  if (fromEnv?.trim()) return new Secret(fromEnv.trim());
  const home = env.HF_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'huggingface');
  try {
    const stored = readFileSync(env.HF_TOKEN_PATH ?? join(home, 'token'), 'utf8').trim();
    return stored ? new Secret(stored) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes every occurrence of the secret from a text (last line of defence for messages). */
export function redact(text: string, secret: Secret | undefined): string {
  const value = secret?.reveal();
  return value ? text.split(value).join('[redacted]') : text;
}
