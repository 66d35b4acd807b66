// Base URL -> hosted API provider id, from src/registry/providers.yaml.
import { readRegistryFile } from '../../classify/registry.js';

interface Provider {
  id: string;
  hosts: string[];
  router?: boolean;
}

let providers: Provider[] | undefined;

function load(): Provider[] {
  providers ??= (readRegistryFile('providers.yaml') as { providers?: Provider[] }).providers ?? [];
  return providers;
}

export interface ProviderMatch {
  id: string;
  router: boolean;
}

/** The provider behind a base URL; local or unknown hosts are a self-hosted OpenAI-style server. */
export function providerForUrl(baseUrl: string): ProviderMatch {
  let host: string;
  try {
    host = new URL(baseUrl.includes('://') ? baseUrl : `https://${baseUrl}`).hostname.toLowerCase();
  } catch {
    return { id: 'openai-compatible', router: false };
  }
  const found = load().find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return found ? { id: found.id, router: !!found.router } : { id: 'openai-compatible', router: false };
}

/** `provider/model` as the contract writes hosted API models. */
export function apiModelId(provider: ProviderMatch, model: string): string {
  return `${provider.id}/${model}`;
}
