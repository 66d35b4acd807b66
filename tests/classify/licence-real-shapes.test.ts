// Licence fields as real cards write them (sources: public model cards in the search corpus, by file id).
import { describe, expect, it } from 'vitest';
import { loadRegistry, normaliseLicence } from '../../src/classify/index.js';

const registry = loadRegistry();
const licence = (declared: Parameters<typeof normaliseLicence>[1]) => normaliseLicence('org/model', declared, registry);

describe('licences named by their link only (license: other, license_link, no license_name)', () => {
  it('takes the catalogued licence at that URL (Qwen cards link Qwen2.5-72B-Instruct/blob/main/LICENSE; resolve/raw forms too)', () => {
    for (const link of [
      'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE',
      'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/resolve/main/LICENSE',
      'huggingface.co/Qwen/Qwen2.5-72B-Instruct/raw/main/LICENSE/',
    ])
      expect(licence({ license: 'other', licenseLink: link }), link).toMatchObject({
        id: 'qwen',
        kind: 'user-threshold',
        summary: expect.stringContaining('named by its license_link, not declared'),
      });
  });

  it("takes a family's only custom licence when the link points into its repo (LFM2.5 card: LiquidAI/LFM2.5-2.6B/blob/main/LICENSE, corpus file 69453103796)", () => {
    expect(licence({ license: 'other', licenseLink: 'https://huggingface.co/LiquidAI/LFM2.5-2.6B/blob/main/LICENSE' })).toMatchObject({
      id: 'lfm1.0',
      link: 'https://huggingface.co/LiquidAI/LFM2.5-2.6B/blob/main/LICENSE',
    });
  });

  it('names nothing when the family publishes under several licences (CogVideoX card: THUDM/CogVideoX-5b/blob/main/LICENSE, corpus file 6125450074)', () => {
    expect(licence({ license: 'other', licenseLink: 'https://huggingface.co/THUDM/CogVideoX-5b/blob/main/LICENSE' })).toMatchObject({
      id: 'other',
      kind: 'unknown',
    });
  });

  it('lets a declared license_name win over the link, trailing spaces included (dragon-yi-6b card: "license_link: .../Yi-6B/blob/main/LICENSE  ", corpus file 19858941189)', () => {
    expect(licence({ license: 'other', licenseName: 'yi-license', licenseLink: 'https://huggingface.co/01-ai/Yi-6B/blob/main/LICENSE  ' })).toMatchObject({
      id: 'yi-license',
      kind: 'registration',
    });
  });

  it("keeps a model's own LICENSE link as unknown (Home-Llama-3.2-3B: acon96/Home-Llama-3.2-3B/raw/main/LICENSE, corpus file 61481109523)", () => {
    expect(licence({ license: 'other', licenseLink: 'https://huggingface.co/acon96/Home-Llama-3.2-3B/raw/main/LICENSE' })).toMatchObject({
      id: 'other',
      kind: 'unknown',
    });
  });
});
