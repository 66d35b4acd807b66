// One Hub model resolved through the real client over recorded Hub data, then classified as an
// audit would: lineage, nodes, origin and licences. Shared by the classify tests.
import { classifyLicences, classifyOrigin, loadRegistry, wantsConfigFingerprint } from '../../src/classify/index.js';
import { HubClient } from '../../src/resolve/hub-client.js';
import type { HubSource } from '../../src/resolve/hub-source.js';
import { resolveLineages } from '../../src/resolve/lineage.js';
import { recordedHubFetch } from '../../src/resolve/recorded-hub.js';
import { join } from 'node:path';
import { HUB_FIXTURES } from './hub-server.js';

export const registry = loadRegistry();

/** The recorded Hub in `dir`, read through @huggingface/hub without sockets. */
export const recordedClient = (dir: string) => new HubClient({ hubUrl: 'http://snapshot.invalid', fetch: { fetch: recordedHubFetch(dir), maxAttempts: 1 } });

export async function resolveAndClassify(id: string, hub: HubSource) {
  const { lineages, nodes } = await resolveLineages([{ key: id, id, source: 'huggingface' }], {
    registry,
    hub,
    maxDepth: 10,
    concurrency: 4,
    wantsConfigFile: (node, hasParents) => wantsConfigFingerprint(node, hasParents, registry),
  });
  const input = { id, source: 'huggingface' as const, lineage: lineages.get(id)!, nodes };
  return { lineage: input.lineage, nodes, origin: classifyOrigin(input, registry), licences: classifyLicences(input, registry) };
}

/** The real-shape recordings (fixtures/hub/real-shapes) first, then the main snapshot for the well-known bases (Qwen, bert...). */
export function realShapesHub(): HubSource {
  const [top, bottom] = [recordedClient(join(HUB_FIXTURES, 'real-shapes')), recordedClient(HUB_FIXTURES)];
  return {
    description: 'real-shapes over the recorded Hub',
    requestCount: () => top.requestCount() + bottom.requestCount(),
    getModel: async (id, revision) => {
      const answer = await top.getModel(id, revision);
      return answer.ok || answer.code !== 'hub-not-found' ? answer : bottom.getModel(id, revision);
    },
    getFile: async (id, path, revision) => ((await top.getModel(id, revision)).ok ? top : bottom).getFile(id, path, revision),
    getGgufHeader: async (id, path, revision) => ((await top.getModel(id, revision)).ok ? top : bottom).getGgufHeader(id, path, revision),
  };
}
