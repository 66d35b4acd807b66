// A recorded HTTP cassette (VCR YAML) with an image sent inline: one line holds megabytes of base64.
// Cut from pydantic/pydantic-ai tests/models/cassettes/test_google/test_google_model_image_as_binary_content_input.yaml
// (2.78 MB, its `data:` line 2.78 MB long); the blob is 120 of its base64 characters (at offset 24,360), repeated. Like
// the real blob it holds a word a read key holds (`eNv`), so the line is looked at for keys.
import { describe, expect, it } from 'vitest';
import configFile from '../../src/extract/config-file.js';
import { PRUNE_MIN_BYTES } from '../../src/extract/shared/yaml-prune.js';

const blob = (chars: number) =>
  '_vl4-gxzsKfPvjjz8uznvp7yss3RGXtr-Y5JXKreNv_fxa5l-f9phplrcetyPd2rMbN-tz7lm-nsn1d-ejjJHHd5fGGfu-c7nbP5ceTzrDbrtU_GqQhdq-k_'
    .repeat(Math.ceil(chars / 120))
    .slice(0, chars);

const cassette = (data: string) => `interactions:
- request:
    headers:
      content-type:
      - application/json
      host:
      - generativelanguage.googleapis.com
    method: POST
    parsed_body:
      contents:
      - parts:
        - text: What fruit is in the image?
        - inlineData:
            data: ${data}
            mimeType: image/png
        role: user
      generationConfig: {}
    uri: https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent
  response:
    parsed_body:
      candidates:
      - content:
          parts:
          - text: The fruit in the image is a kiwi.
          role: model
        finishReason: STOP
      modelVersion: gemini-2.0-flash
      responseId: 4YfNaLXqOsKVmtkPqqehuAQ
    status:
      code: 200
      message: OK
version: 1
`;

async function found(text: string) {
  const refs = (await configFile.extract({ relPath: 'tests/models/cassettes/test_google/image.yaml', size: text.length, text })).references;
  return refs.map((r) => ({ id: r.id, line: r.line }));
}

describe('large YAML with a long base64 line (a cassette with an inline image)', () => {
  it('is read in time linear in the line, finding what the same cassette with a short blob gives', async () => {
    // 1 MB of base64 with no colon after it: each position inside the run was tried to its end before,
    // time growing with the square of the run (estimated a quarter of an hour here; over two hours at 2.78 MB).
    const big = cassette(blob(1 << 20));
    expect(big.length).toBeGreaterThan(PRUNE_MIN_BYTES);
    const small = cassette(blob(120));
    expect(await found(big)).toEqual(await found(small));
  });
});
