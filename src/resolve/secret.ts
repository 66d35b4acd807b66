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

/** A token with a line break or another control character cannot be a header value (and could inject one). */
export class TokenError extends Error {
  override readonly name = 'ConfigError';
}

/** HF_TOKEN, the legacy HUGGING_FACE_HUB_TOKEN, or the huggingface CLI's stored token file. */
export function readHubToken(env: NodeJS.ProcessEnv): Secret | undefined {
  const fromEnv = env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN;
  if (fromEnv?.trim()) return checked(fromEnv.trim(), env.HF_TOKEN !== undefined ? 'HF_TOKEN' : 'HUGGING_FACE_HUB_TOKEN');
  const home = env.HF_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'huggingface');
  let stored: string;
  try {
    stored = readFileSync(env.HF_TOKEN_PATH ?? join(home, 'token'), 'utf8').trim();
  } catch {
    return undefined;
  }
  return stored ? checked(stored, 'the stored Hugging Face token file') : undefined;
}

function checked(value: string, from: string): Secret {
  // Never echoed: only where it came from and what is wrong with it.
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new TokenError(`${from} contains a line break or control character, so it cannot be sent as a header; fix the token (it is not printed)`);
  return new Secret(value);
}

/** Removes every occurrence of the secret from a text (last line of defence for messages). */
export function redact(text: string, secret: Secret | undefined): string {
  const value = secret?.reveal();
  return value ? text.split(value).join('[redacted]') : text;
}
