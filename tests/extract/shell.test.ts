import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/extract/extractor.js';
import shell, { batchAsShell } from '../../src/extract/shell.js';
import { describeExtractor, loadFixture } from '../helpers/extract-fixtures.js';
import { DEEPSEEK_CODER_HUMANEVAL } from '../helpers/launch-snippets.js';
import { makeSourceFile } from '../../src/extract/source-file.js';

describeExtractor('shell', shell, [
  ['scripts/serve.sh', true],
  ['Makefile', true],
  ['build.mk', true],
  ['justfile', true],
  ['Procfile', true],
  ['examples/slurm/ray_on_slurm.slurm', true],
  ['job.sbatch', true],
  // A Windows batch file (held-out wenda-LLM/wenda's run_hf-cli.bat, session 30)
  ['run_hf-cli.bat', true],
  ['scripts/Start.CMD', true],
  ['serve.py', false],
  ['shell.md', false],
]);

describe('shell variables and flags', () => {
  // Distinct references, as the audit keeps them (a variable is reported where it is set, once).
  const rows = (text: string) => {
    const all = (shell.extract({ relPath: 'serve.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.revision]);
    return [...new Map(all.map((row) => [JSON.stringify(row), row])).values()];
  };

  it("reads the catalogue name LazyLLM's CLI deploys or runs an app on, not an MCP server nor the app's name", () => {
    // LazyAGI/LazyLLM docs/en/API Reference/cli.md:17, 51, 119, 131 and docs/en/index.md:230
    const text = [
      'lazyllm deploy mcp_server uvx mcp-server-fetch',
      'lazyllm deploy llama3-chat --framework vllm --chat=true --top_p=0.9 --max_tokens=2048',
      'lazyllm run chatbot --model chatglm3-6b --framework vllm',
      'lazyllm run rag --model bge-base --framework lightllm --documents /path/to/docs',
      'lazyllm run chatbot --model=internlm2-chat-7b',
      'lazyllm run workflow.json',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['meta-llama/llama3-chat', 2, undefined],
      ['THUDM/chatglm3-6b', 3, undefined],
      ['openai-compatible/bge-base', 4, undefined],
      ['internlm/internlm2-chat-7b', 5, undefined],
    ]);
    // A deploy alone, no model word in the text (docs/en/API Reference/cli.md:50-51).
    expect(rows('# Deploy LLaMA3 model using vllm and enable chat mode\nlazyllm deploy llama3-chat --framework vllm --chat=true\n')).toEqual([
      ['meta-llama/llama3-chat', 2, undefined],
    ]);
  });

  it("reads a library name without a tag as Ollama's in a command pointed at an Ollama server", () => {
    // substratusai/kubeai api/openai/v1/README.md:37-41 (example requests against a local Ollama)
    const text =
      'OPENAI_API_KEY=placeholder OPENAI_API_BASE=http://localhost:11434 \\\n  CHAT_MODEL=qwen2:0.5b \\\n  EMBEDDINGS_MODEL=all-minilm \\\n  ./reference/example-requests.sh\n';
    expect(rows(text)).toEqual([
      ['qwen2:0.5b', 2, undefined],
      ['all-minilm', 3, undefined],
    ]);
  });

  it("reads no model in a model server's address (`MODEL_ADDR=host/path`), and still the model beside it", () => {
    // substratusai/kubeai benchmarks/multi-turn-chat-k6/Makefile:10 (k6 load test against KubeAI's OpenAI endpoint)
    expect(rows('CONFIG_DIR=scenarios/x DATA_DIR=data MODEL_ADDR=kubeai/openai k6 run ./k6.js\nMODEL=Qwen/Qwen2.5-7B python bench.py\n')).toEqual([
      ['Qwen/Qwen2.5-7B', 2, undefined],
    ]);
  });

  it('reads a variable set twice as the value in effect where each command runs, pinned only by its own --revision', () => {
    const text = [
      'model=jinaai/jina-embeddings-v2-base-en',
      'revision=refs/pr/25',
      'docker run tei:1.5 --model-id $model --revision $revision',
      'model=BAAI/bge-reranker-large',
      'docker run tei:1.5 --model-id $model',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['BAAI/bge-reranker-large', 4, undefined],
      ['jinaai/jina-embeddings-v2-base-en', 1, 'refs/pr/25'],
    ]);
  });

  it("reads a model in a models/ folder beside the program as local, and SGLang's --tokenizer-path repo", () => {
    // Reduced from lm-sys/FastChat docs/gptq.md and sglang_worker.py (fixture real-world-fastchat-workers.sh):
    // `models/x` can be no Hub id (`models` is no organisation), so it was read as nothing.
    const text = [
      'python3 -m fastchat.serve.model_worker --model-path models/vicuna-7B-1.1-GPTQ-4bit-128g --gptq-wbits 4',
      'python3 -m fastchat.serve.sglang_worker --model-path liuhaotian/llava-v1.5-7b --tokenizer-path llava-hf/llava-1.5-7b-hf',
      'python3 chat.py --model-path outputs/run1 --output-dir models',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['models/vicuna-7B-1.1-GPTQ-4bit-128g', 1, undefined],
      ['liuhaotian/llava-v1.5-7b', 2, undefined],
      ['llava-hf/llava-1.5-7b-hf', 2, undefined],
      ['outputs/run1', 3, undefined],
    ]);
  });

  it("reads a launcher's command with a model flag quoted as an argument: an installer's printed hint", () => {
    // Cut from unslothai/unsloth scripts/install_gemma4_mlx.sh (lines 169-181): `step` prints a label and a command
    // to run; the model given to `python -m mlx_vlm.chat` was missed (only model CLIs' own quoted commands were read).
    const text = [
      'step()    { printf "  ${C_DIM}%-18.18s${C_RST}${3:-$C_OK}%s${C_RST}\\n" "$1" "$2"; }',
      'step "venv activate" "source ${VENV_DIR}/bin/activate"',
      'step "text chat" "python -m mlx_vlm.chat --model unsloth/gemma-4-E2B-it-UD-MLX-4bit"',
      'step "gradio UI" "python -m mlx_vlm.chat_ui --model unsloth/gemma-4-31b-it-UD-MLX-4bit"',
      'step "upgrade" "python -m pip install -U mlx-vlm"',
      'echo "python train.py --model-dir ./out"',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['unsloth/gemma-4-E2B-it-UD-MLX-4bit', 3, undefined],
      ['unsloth/gemma-4-31b-it-UD-MLX-4bit', 4, undefined],
    ]);
  });

  it('names the models of a training run by their role flags, not where the result goes or the data', () => {
    const text =
      'python train.py --pretrain OpenRLHF/Llama-3-8b-sft-mixture --reward_model_name_or_path OpenRLHF/Llama-3-8b-rm-mixture --dataset Skywork/Skywork-Reward-Preference-80K-v0.2 --hub_model_id acme/llama-rlhf\n';
    expect(rows(text)).toEqual([
      ['OpenRLHF/Llama-3-8b-sft-mixture', 1, undefined],
      ['OpenRLHF/Llama-3-8b-rm-mixture', 1, undefined],
    ]);
  });

  it("reads the adapter folder a trainer's inference or merge loads (--lora-model-dir), as a local model", () => {
    // Cut from axolotl-ai-cloud/axolotl docs/cli.qmd and docs/inference.qmd (held-out round 12: 12 such folders missed).
    const text = [
      'axolotl inference config.yml --lora-model-dir="./outputs/lora-out"',
      'axolotl merge-lora config.yml --lora-model-dir="./lora-output/checkpoint-100"',
      'accelerate launch -m axolotl.cli.inference config.yml \\',
      '    --lora_model_dir="./outputs/lora-out" --gradio',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['./outputs/lora-out', 1, undefined],
      ['./lora-output/checkpoint-100', 2, undefined],
      ['./outputs/lora-out', 4, undefined],
    ]);
  });

  it('reads a request for the name the script serves a model under (--served-model-name) as that name, not the declaration', () => {
    const text = [
      'vllm serve Qwen/Qwen2.5-7B-Instruct --served-model-name qwen-7b &',
      `curl http://localhost:8000/v1/chat/completions -d '{"model": "qwen-7b"}'`,
      '',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 1, undefined],
      ['openai-compatible/qwen-7b', 2, undefined],
    ]);
  });

  it("reads mlx_lm.convert's --hf-path, given by a variable set to a Hub id, as the model converted, not its --mlx-path", () => {
    // Cut from OpenBMB/MiniCPM docs/deployment/lmstudio.md:155-158 (held-out): `HF=openbmb/MiniCPM5-1B` was missed, the
    // variable's only use being mlx_lm's input flag; and docs/deployment/mlx.md:25-28, whose placeholder stays unread.
    const text = [
      '# Option B — build both flavours from the fp16 HF repo',
      'HF=openbmb/MiniCPM5-1B',
      'mlx_lm.convert --hf-path "$HF" --mlx-path ~/.lmstudio/models/openbmb/MiniCPM5-1B-MLX-bf16',
      'mlx_lm.convert --hf-path "$HF" --mlx-path ~/.lmstudio/models/openbmb/MiniCPM5-1B-MLX-Q4 -q --q-bits 4',
      '',
    ].join('\n');
    expect(rows(text)).toEqual([['openbmb/MiniCPM5-1B', 2, undefined]]);
    expect(rows('HF=/path/to/your-fp16-hf\nmlx_lm.convert --hf-path "$HF" --mlx-path ./minicpm5-mlx-bf16\n')).toEqual([]);
  });

  it('reads a request for a served alias with its LoRA adapter (`alias:adapter`) as the alias (held-out kvcache-ai/ktransformers)', () => {
    // Cut from doc/en/SFT/Qwen3.5-SGLang-LoRA-Serving.md:105-127 and 172-176: SGLang serves the model as qwen3.5-kt-ft,
    // the request asks for it with the adapter loaded as qwen35b_lora.
    const text = [
      'python -m sglang.launch_server \\',
      '  --model-path /path/to/Qwen3.5-35B-A3B \\',
      '  --served-model-name qwen3.5-kt-ft \\',
      '  --lora-paths qwen35b_lora=/path/to/KT_FT_qwen35B_Moe_custom_sglang',
      `curl -sS http://127.0.0.1:30006/v1/chat/completions -H 'Content-Type: application/json' -d '{"model": "qwen3.5-kt-ft:qwen35b_lora"}'`,
      '',
    ].join('\n');
    const found = rows(text);
    expect(found).toContainEqual(['openai-compatible/qwen3.5-kt-ft', 5, undefined]);
    // Not the declaration (line 3), and not the adapter's name as a model of its own.
    expect(found.filter(([id, line]) => line === 3 || String(id).includes(':'))).toEqual([]);
  });
});

describe('model names given to other tools', () => {
  const ids = (text: string) => (shell.extract({ relPath: 'start.sh', size: text.length, text }) as ExtractResult).references.map((r) => `${r.id}@${r.line}`);

  it('reads a bare name given to a model-named flag of any tool, not where a model is written', () => {
    // chatchat-space/Langchain-Chatchat README_en.md:318 and :381
    expect(ids('chatchat-config model --default_llm_model qwen2-instruct\nchatchat-kb -r --embed-model=text-embedding-3-small\n')).toEqual([
      'openai-compatible/qwen2-instruct@1',
      'openai/text-embedding-3-small@2',
    ]);
    expect(ids('python train.py --output_model my-run-1 --hub_model_id acme/x --max-model 4\n')).toEqual([]);
  });

  it('reads the model of a Xinference launch request and a weight file a server is told to load', () => {
    // chatchat-space/Langchain-Chatchat tools/autodl_start_script/start_models_emb.sh:16 and
    // oobabooga/text-generation-webui docs/12 - OpenAI API.md:223-232
    const xinference = `curl 'http://127.0.0.1:9997/v1/models' -H 'Content-Type: application/json' --data-raw '{"model_uid":"bge-large-zh-v1.5","model_name":"autodl-tmp-bge-large-zh","model_type":"embedding"}'\n`;
    expect(ids(xinference)).toEqual(['openai-compatible/bge-large-zh-v1.5@1']);
    const load = `curl -k http://127.0.0.1:5000/v1/internal/model/load \\\n  -H "Content-Type: application/json" \\\n  -d '{\n    "model_name": "Qwen_Qwen3-0.6B-Q4_K_M.gguf"\n  }'\n`;
    expect(ids(load)).toEqual(['Qwen_Qwen3-0.6B-Q4_K_M.gguf@4']);
  });

  it('reads the built-in model a Xinference command launches (its --model-name / -n), not a placeholder', () => {
    // xorbitsai/inference doc/source/getting_started/using_xinference.rst:208, models/model_abilities/audio.rst:89,
    // models/model_memory.rst:20 and user_guide/launch.rst:202 (`qwen3-xxx`), models/custom.rst:430 (a custom model)
    const text = [
      'xinference launch --model-engine vllm -n qwen2.5-instruct -s 0_5 -f pytorch',
      'xinference launch --model-name Qwen3-ASR-1.7B --model-type audio --model-engine vLLM',
      'xinference cal-model-mem -s 7 -q Int4 -f gptq -c 16384 -n qwen1.5-chat',
      'xinference launch -n qwen3-xxx --model-engine vllm --enable-thinking',
      'xinference unregister --model-type LLM --model-name custom-llama-2',
      '',
    ].join('\n');
    // The names Xinference serves, whatever hosted API spells a model the same way.
    expect(ids(text)).toEqual(['openai-compatible/qwen2.5-instruct@1', 'openai-compatible/Qwen3-ASR-1.7B@2', 'openai-compatible/qwen1.5-chat@3']);
  });

  it("reads the provider's model in a request body naming it `<model>@<provider>` (RAGFlow)", () => {
    // infiniflow/ragflow docs/references/http_api_reference.md:89-94: the server is RAGFlow's own, the model Zhipu's.
    const ragflow = `curl --request POST \\\n     --url http://{address}/api/v1/openai/{chat_id}/chat/completions \\\n     --data '{"model": "glm-4-flash@ZHIPU-AI", "stream": true}'\n`;
    expect(ids(ragflow)).toEqual(['zhipu/glm-4-flash@3']);
  });

  it('reads a request body sent to a server whose address is a variable, and the name of a model registered at a models endpoint', () => {
    // langbot-app/LangBot skills/skills/langbot-plugin-dev/SKILL.md:334-338 (a ```bash block): the model LangBot's
    // API is told to create is named by its `name`; the base URL is the reader's own (`$BASE`).
    const create = [
      'curl -X POST $BASE/api/v1/provider/models/llm \\',
      '  -H "Authorization: Bearer $TOKEN" \\',
      '  -H "Content-Type: application/json" \\',
      `  -d '{"name":"gpt-4o-mini","provider_uuid":"<uuid>","abilities":["chat","tool-use"]}'`,
      '',
    ].join('\n');
    expect(ids(create)).toEqual(['openai/gpt-4o-mini@4']);
    expect(ids(`curl "\${API_BASE}/v1/chat/completions" -d '{"model": "deepseek-chat", "messages": []}'\n`)).toEqual(['deepseek/deepseek-chat@1']);
    // A LiteLLM-style route before the name says whose model a gateway at a variable address is asked for
    // (cisco-ai-defense/defenseclaw scripts/test-e2e-full-stack.sh:3183), not a self-hosted `openai-compatible/...`.
    const routed = `curl -s -d '{"model":"anthropic/claude-haiku-4-5-20251001","messages":[]}' \\\n  "$GUARDRAIL_URL/v1/chat/completions"\n`;
    expect(ids(routed)).toEqual(['anthropic/claude-haiku-4-5-20251001@1']);
    // A `name` elsewhere is the request's own (a bot, a pipeline, a display name), not a model.
    expect(ids(`curl -X POST $BASE/api/v1/pipelines -d '{"name":"gpt-4o-mini"}'\n`)).toEqual([]);
    expect(ids(`curl -X POST $BASE/api/v1/provider/models/llm -d '{"name":"My Model","provider_uuid":"x"}'\n`)).toEqual([]);
  });

  it("reads the repo a project's own download script is given", () => {
    // oobabooga/text-generation-webui docs/08 - Additional Tips.md:31
    expect(ids('python download-model.py facebook/galactica-125m --check\n')).toEqual(['facebook/galactica-125m@1']);
  });
});

describe('shell: a model flag given a relative folder (held-out llm-learning, issue #15)', () => {
  it("reads a value with two slashes or more as a path (a Hub id has one), and a served name that is the model's own as that model", () => {
    // Cut from 530154436/llm-learning llm-deploy/app_vllm.sh (lines 3-8).
    const text =
      'nohup python -m vllm.entrypoints.openai.api_server \\\n--host 0.0.0.0 \\\n--port 8000 \\\n--model data/models/Qwen2.5-7B-Instruct \\\n--served-model-name Qwen2.5-7B-Instruct \\\n--gpu-memory-utilization 0.9 > server.log &\n';
    const { references } = shell.extract({ relPath: 'app_vllm.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['data/models/Qwen2.5-7B-Instruct', 'local', 4],
      ['data/models/Qwen2.5-7B-Instruct', 'local', 5],
    ]);
    // Any other alias is a name only.
    const aliased = text.replace('--served-model-name Qwen2.5-7B-Instruct', '--served-model-name chat');
    const other = shell.extract({ relPath: 'app_vllm.sh', size: aliased.length, text: aliased }) as ExtractResult;
    expect(other.references.map((r) => [r.id, r.line])).toEqual([['data/models/Qwen2.5-7B-Instruct', 4]]);
  });
});

describe("shell: any CLI given a hosted provider's model (held-out simonw/llm and Qwen-Agent, issue #15)", () => {
  const ids = (text: string) => (shell.extract({ relPath: 'block.sh', size: text.length, text }) as ExtractResult).references.map((r) => `${r.id}@${r.line}`);

  it("reads a provider's published name given to -m/--model, or as an argument, of a CLI no table knows; not an alias or a toy model", () => {
    // Cut from simonw/llm docs/index.md:73,78, docs/templates.md:30, docs/setup.md:175, docs/usage.md:1573,
    // docs/aliases.md:69, docs/plugins/tutorial-model-plugin.md:100 and docs/plugins/installing-plugins.md:28.
    const text = [
      "llm -m gemini-3.5-flash 'Tell me fun facts about Mountain View'",
      "llm -m claude-sonnet-5 'Impress me with wild facts about turnips'",
      "llm --system 'Summarize this' --model gpt-4o --save summarize",
      'llm models default gpt-4o',
      'llm models options set gpt-4.1 temperature 0.5',
      'llm aliases set luna gpt-5.6-luna',
      'llm -m markov "the cat sat on the mat"',
      "llm -m orca-mini-3b-gguf2-q4_0 'What is the capital of France?'",
      '',
    ].join('\n');
    expect(ids(text)).toEqual([
      'google/gemini-3.5-flash@1',
      'anthropic/claude-sonnet-5@2',
      'openai/gpt-4o@3',
      'openai/gpt-4o@4',
      'openai/gpt-4.1@5',
      'openai/gpt-5.6-luna@6',
    ]);
  });

  it('reads an open-weight name written as its repository is (mixed case) as no hosted model', () => {
    // kodiakllc/kdk-mlx scripts/download.models.sh: bare names the script downloads from mlx-community.
    expect(ids('MODEL=Qwen2.5-Coder-32B-Instruct-4bit\nmlx_lm.server --model Qwen2.5-Coder-32B-Instruct-4bit\n')).toEqual([]);
    // simonw/llm docs/usage.md:34: the provider's own (lower-case) name.
    expect(ids('export LLM_MODEL=gpt-4.1\n')).toEqual(['openai/gpt-4.1@1']);
  });

  it("takes the text after -c as a shell script only for a shell: elsewhere it is the program's text argument", () => {
    // simonw/llm docs/embeddings/cli.md:24: `-c` is the content to embed, and the model follows it.
    expect(ids("llm embed -c 'This is some content' -m sentence-transformers/all-MiniLM-L6-v2\n")).toEqual(['sentence-transformers/all-MiniLM-L6-v2@1']);
    expect(ids('docker run -d ollama/ollama sh -c "ollama serve & sleep 2 && ollama pull mistral"\n')).toEqual(['mistral@1']);
    expect(ids('bash -l -c "ollama pull qwen2.5:7b"\n')).toEqual(['qwen2.5:7b@1']);
    // TabbyML/tabby website/docs/references/cloud-deployment/bentoml/setup-docker.sh:28: `su` runs its `-c` in a shell.
    expect(ids('su bentoml -c "TABBY_MODEL_CACHE_ROOT=/home/bentoml/tabby-models tabby download --model StarCoder-1B"\n')).toEqual(['TabbyML/StarCoder-1B@1']);
  });

  it('reads the model given to a --llm flag, not a provider chosen there', () => {
    // QwenLM/Qwen-Agent browser_qwen.md:95.
    expect(ids('python run_server.py --llm qwen-max --model_server dashscope --workstation_port 7864 --api_key YOUR_DASHSCOPE_API_KEY\n')).toEqual([
      'dashscope/qwen-max@1',
    ]);
    expect(ids('python app.py --llm openai --port 8000\n')).toEqual([]);
  });
});

describe('shell: a model-named variable holding a path (held-out MaxKB, issue #15)', () => {
  it("reads a model's folder set in a model-named variable, not a cache root", () => {
    // Cut from TabbyML/tabby website/docs/references/cloud-deployment/bentoml/setup-docker.sh:28 (a cache root
    // beside the model flag) and a MaxKB-style export of its default embedding model's folder (installer/Dockerfile:43).
    const text =
      'su bentoml -c "TABBY_MODEL_CACHE_ROOT=/home/bentoml/tabby-models tabby download --model StarCoder-1B"\n' +
      'export MAXKB_EMBEDDING_MODEL_NAME=/opt/maxkb-app/model/embedding/shibing624_text2vec-base-chinese\n';
    const { references } = shell.extract({ relPath: 'setup.sh', size: text.length, text }) as ExtractResult;
    expect(references.filter((r) => r.source === 'local').map((r) => [r.id, r.line])).toEqual([
      ['/opt/maxkb-app/model/embedding/shibing624_text2vec-base-chinese', 2],
    ]);
  });
});

describe('shell: Ollama commands that name a model (held-out netease-youdao/QAnything, issue #15)', () => {
  it('reads the model of `ollama show` past its flags, not the tag `ollama create` makes', async () => {
    const { references } = await shell.extract(loadFixture('shell/real-world-ollama-modelfile.sh'));
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['qwen2:72b-instruct', 'ollama', 3],
      ['qwen2:72b-instruct', 'ollama', 5],
    ]);
  });
});

describe("shell: Ollama as a value of another program's option (held-out TauricResearch/TradingAgents, issue #15)", () => {
  const ids = (text: string) => (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => `${r.id}@${r.line}`);

  it("reads `ollama run` only where ollama is the program, not a compose profile before compose's own `run`", () => {
    // TauricResearch/TradingAgents README.md:134: the profile is named `ollama`; `run` is docker compose's, and
    // `tradingagents-ollama` a service of the compose file.
    expect(ids('docker compose --profile ollama run --rm tradingagents-ollama\n')).toEqual([]);
    // A container named ollama running the ollama program is still read.
    expect(ids('docker exec -it ollama ollama run llama3\n')).toEqual(['llama3@1']);
  });

  it('reads `ollama run modelscope.cn/org/repo` as the ModelScope repo Ollama pulls, as it reads `hf.co/org/repo`', () => {
    // Held-out modelscope/evalscope docs/en/user_guides/backend/vlmevalkit_backend.md:151 (round 24).
    const models = (text: string) => (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source]);
    expect(models('ollama run modelscope.cn/IAILabs/Qwen2.5-VL-7B-Instruct-GGUF\nollama pull modelscope.cn/Qwen/Qwen2.5-3B-Instruct-GGUF:Q4_K_M\n')).toEqual([
      ['IAILabs/Qwen2.5-VL-7B-Instruct-GGUF', 'modelscope'],
      ['Qwen/Qwen2.5-3B-Instruct-GGUF', 'modelscope'],
    ]);
  });
});

describe("shell: spaCy's pipeline downloads (held-out mem0, issue #15)", () => {
  it('reads `python -m spacy download <pipeline>` as the Hub id of that pipeline', () => {
    // Cut from mem0ai/mem0 docs/migration/oss-v2-to-v3.mdx (lines 85-90) and README.md (line 129).
    const text =
      'pip install --upgrade "mem0ai[nlp]"\npython -m spacy download en_core_web_sm\nspacy download xx_ent_wiki_sm\npython -m spacy download ${PIPELINE}\n';
    const { references } = shell.extract({ relPath: 'install.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['spacy/en_core_web_sm', 'huggingface', 2],
      ['spacy/xx_ent_wiki_sm', 'huggingface', 3],
    ]);
  });
});

describe('shell: a model type flag given a published model name (held-out camel-ai/camel, issue #15, session 7)', () => {
  it("reads `--model-type gpt-5.4` as OpenAI's model, not an architecture given to `--model_type`", () => {
    // camel-ai/camel .github/workflows/docs_release_auto_sync_pr.yml:84-88 (the step's run script), and a training
    // script's architecture (`--model_type llama`, as LLaMA-style fine-tuning scripts pass it)
    const text = [
      'python .camel/skills/docs-incremental-update/scripts/auto_sync_docs_with_chatagent.py \\',
      '  --model-platform openai \\',
      '  --model-type gpt-5.4',
      'python train.py --model_type llama --model_name_or_path meta-llama/Llama-3.1-8B',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'sync.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-5.4', 3],
      ['meta-llama/Llama-3.1-8B', 4],
    ]);
  });
});

describe("shell: Aider's model flags take LiteLLM names (held-out Aider-AI/aider, issue #15)", () => {
  it('reads `aider --model` / `--editor-model` routes as the provider serving them, not as folders, and no `xxx` placeholder', () => {
    // Cut from Aider-AI/aider aider/website/_posts/2025-01-24-r1-sonnet.md (line 50), 2025-05-08-qwen3.md (lines 329, 339)
    // and docs/llms/bedrock.md (line 93).
    const text = [
      'aider --architect --model openrouter/deepseek/deepseek-r1 --editor-model openrouter/anthropic/claude-3.5-sonnet',
      'aider --model openrouter/qwen/qwen3-235b-a22b',
      'aider --model openrouter/qwen/qwen3-xxx',
      'aider --model bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openrouter/deepseek/deepseek-r1', 'api', 1],
      ['openrouter/anthropic/claude-3.5-sonnet', 'api', 1],
      ['openrouter/qwen/qwen3-235b-a22b', 'api', 2],
      ['bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', 'api', 4],
    ]);
  });

  it('reads a bare name LiteLLM resolves to one provider, too short for any naming table (`aider --model o3`), and no other', () => {
    // Cut from Aider-AI/aider aider/website/_data/polyglot_leaderboard.yml (line 1564) and r1_architect.yml (line 79),
    // as commands in a script.
    const text = [
      'aider --model o3',
      'aider --model o1 --reasoning-effort high',
      'aider --architect --model r1 --editor-model sonnet',
      'aider --model "$MODEL"',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'bench.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai/o3', 1],
      ['openai/o1', 2],
    ]);
  });
});

describe('shell: a flag followed by several models', () => {
  it("reads every value of FastChat's --model-list up to the next flag", () => {
    // lm-sys/FastChat fastchat/llm_judge/README.md:75 (MT-bench judging), in a bash block.
    const text = 'python gen_judgment.py --model-list vicuna-13b-v1.3 alpaca-13b llama-13b claude-v1 gpt-3.5-turbo gpt-4 --parallel 2\n';
    const found = (shell.extract({ relPath: 'judge.sh', size: text.length, text }) as ExtractResult).references.map((r) => r.id.split('/').pop());
    expect(found).toEqual(expect.arrayContaining(['vicuna-13b-v1.3', 'alpaca-13b', 'llama-13b', 'claude-v1', 'gpt-3.5-turbo', 'gpt-4']));
    expect(found).not.toContain('2');
  });

  it('reads no list file given to --model-list (a file of models is read by the script, not named here)', () => {
    // SciSharp/LLamaSharp .github/workflows/benchmark.yml:54 (f2fbbea), the step's run command.
    const text =
      'python3 .github/download_models.py --model-dir ${{ matrix.modeldir }} --model-list LLama.Benchmark/Assets/models.txt --endpoint https://hf-mirror.com\n';
    expect((shell.extract({ relPath: 'bench.sh', size: text.length, text }) as ExtractResult).references).toEqual([]);
  });
});

describe("shell: Open Interpreter's --model takes LiteLLM names (held-out openinterpreter/open-interpreter, issue #15, session 8)", () => {
  it('reads `interpreter --model` routes, an Ollama route as its tag, and no placeholder', () => {
    // Cut from openinterpreter/open-interpreter docs/language-models/hosted-models/cloudflare.mdx (lines 35, 38),
    // replicate.mdx (line 10), docs/guides/running-locally.mdx:31 and local-models/ollama.mdx:24, in bash blocks.
    const text = [
      'interpreter --model cloudflare/@cf/meta/llama-2-7b-chat-fp16',
      'interpreter --model @hf/thebloke/codellama-7b-instruct-awq',
      'interpreter --model replicate/llama-2-70b-chat:2796ee9483c3fd7aa2e171d38f4ca12251a30609463dcfd4cd76703f22e96cdf',
      'interpreter --api_base "http://localhost:11434" --model ollama/codestral',
      'interpreter --model ollama/<model-name>',
      'interpreter -y',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id.replace(/:[0-9a-f]{64}$/, ':<version>'), r.source, r.line])).toEqual([
      ['cloudflare/@cf/meta/llama-2-7b-chat-fp16', 'api', 1],
      ['cloudflare/@hf/thebloke/codellama-7b-instruct-awq', 'api', 2],
      ['replicate/llama-2-70b-chat:<version>', 'api', 3],
      ['codestral', 'ollama', 4],
    ]);
  });
});

describe('shell: a llamafile run as a program (held-out openinterpreter/open-interpreter, issue #15, session 8)', () => {
  it('reads the llamafile a script starts as a local model, not the one it only makes executable', () => {
    // Cut from openinterpreter/open-interpreter docs/language-models/local-models/llamafile.mdx (lines 10-24), a bash block.
    const text = [
      '# Make it an executable',
      'chmod +x mixtral-8x7b-instruct-v0.1.Q5_K_M-server.llamafile',
      '# Start the server',
      './mixtral-8x7b-instruct-v0.1.Q5_K_M-server.llamafile',
      'interpreter --api_base https://localhost:8080/v1',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['mixtral-8x7b-instruct-v0.1.Q5_K_M-server.llamafile', 'local', 4]]);
  });
});

describe('shell: lmdeploy commands with no model word on the line (held-out InternLM/lmdeploy, issue #15, session 8)', () => {
  it('reads `lmdeploy chat X` alone in a script, though no model word stands on the line', () => {
    // InternLM/lmdeploy docs/en/get_started/get_started.md:197
    const text = ['lmdeploy chat internlm/internlm2_5-7b-chat --backend turbomind', ''].join('\n');
    expect((shell.extract({ relPath: 'chat.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line])).toEqual([
      ['internlm/internlm2_5-7b-chat', 1],
    ]);
  });

  it("reads lmdeploy 0.1-0.2's `lmdeploy chat turbomind X`: the model after the backend, not the backend", () => {
    // SmartFlowAI/EmoLLM deploy/lmdeploy.md:202-230 (held-out round 33, session 30); `--model-name` is the chat template
    const text = [
      'lmdeploy chat turbomind internlm/internlm-chat-20b-4bit --model-name internlm-chat-20b',
      'lmdeploy chat turbomind /EmoLLM  --model-name internlm2-chat-7b',
      'lmdeploy chat torch ./workspace',
      '',
    ].join('\n');
    expect((shell.extract({ relPath: 'chat.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line])).toEqual([
      ['internlm/internlm-chat-20b-4bit', 1],
      ['/EmoLLM', 2],
      ['./workspace', 3],
    ]);
  });

  it("reads a publisher's model given to a project's own script on lines that say no model word", () => {
    // InternLM/lmdeploy benchmark/README.md:50-55 and docs/en/benchmark/benchmark.md:23
    const text = [
      'python3 benchmark_guided.py \\',
      '    ShareGPT_V3_unfiltered_cleaned_split.json \\',
      '    Qwen/Qwen2.5-7B-Instruct \\',
      '    --response-format json_schema \\',
      '    --concurrency 64',
      'python3 benchmark/profile_pipeline_api.py ShareGPT_V3_unfiltered_cleaned_split.json meta-llama/Meta-Llama-3-8B-Instruct',
      'cp results/run1/out.json backups/run2',
      '',
    ].join('\n');
    expect((shell.extract({ relPath: 'bench.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line])).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 3],
      ['meta-llama/Meta-Llama-3-8B-Instruct', 6],
    ]);
  });
});

describe('shell: a provider joined to its model by `_` (held-out arc53/DocsGPT, issue #15)', () => {
  it('reads the model of an env line a setup script writes, after the provider id before it', () => {
    // Cut from arc53/DocsGPT setup.sh:258-267 (its EMBEDDINGS_NAME is `<provider>_<model>`).
    const text = [
      'read -p "Choose embeddings model (1-3): " emb_choice',
      'case "$emb_choice" in',
      '    1)',
      '        echo "EMBEDDINGS_NAME=huggingface_sentence-transformers/all-mpnet-base-v2" >> "$ENV_FILE"',
      '        ;;',
      '    2)',
      '        echo "EMBEDDINGS_NAME=openai_text-embedding-ada-002" >> "$ENV_FILE"',
      '        echo "EMBEDDINGS_KEY=openai_api_key" >> "$ENV_FILE"',
      '        ;;',
      'esac',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'setup.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([
      [4, 'sentence-transformers/all-mpnet-base-v2', 'huggingface'],
      [7, 'openai/text-embedding-ada-002', 'api'],
    ]);
  });
});

describe('shell: a model archive downloaded from a models folder (held-out arc53/DocsGPT, issue #15)', () => {
  it('reads the archive a script downloads from a models folder as a local model, not other downloads', () => {
    // Cut from arc53/DocsGPT .devcontainer/post-create-command.sh:24-28 (the embedding weights DocsGPT loads from
    // model/all-mpnet-base-v2); the last two lines are near misses: a script and an archive outside a models folder.
    const text = [
      'mkdir -p model',
      'if [ ! -d model/all-mpnet-base-v2 ]; then',
      '    wget -q https://d3dg1063dc54p9.cloudfront.net/models/embeddings/mpnet-base-v2.zip -O model/mpnet-base-v2.zip',
      '    unzip -q model/mpnet-base-v2.zip -d model',
      '    rm model/mpnet-base-v2.zip',
      'fi',
      'curl -fsSL https://example.com/models/install.sh | sh',
      'wget https://github.com/acme/tool/releases/download/v1.2/tool-linux.tar.gz',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: '.devcontainer/post-create-command.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([[3, 'mpnet-base-v2.zip', 'local']]);
  });
});

describe('shell: a model archive from a host named for models (held-out mistralai/mistral-inference, session 34)', () => {
  it('reads the archive downloaded from a `models.` host as a local model; not a tool from another host', () => {
    // mistralai/mistral-inference README.md:94-97 (a code block), and a near miss: a release asset of a tool.
    const text = [
      'export 12B_DIR=$MISTRAL_MODEL/12B_Nemo',
      'wget https://models.mistralcdn.com/mistral-nemo-2407/mistral-nemo-instruct-2407.tar',
      'mkdir -p $12B_DIR',
      'tar -xf mistral-nemo-instruct-2407.tar -C $12B_DIR',
      'wget https://downloads.example.com/tools/modelctl-linux.tar',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'scripts/download.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([[2, 'mistral-nemo-instruct-2407.tar', 'local']]);
  });
});

describe('shell: a LoRA merge given its adapter as `--adapter_model_path` (held-out Tencent/Tencent-Hunyuan-Large, session 34)', () => {
  it("reads the base and the adapter, both Trainer checkpoints, not the merge's output", () => {
    // The shape of Tencent/Tencent-Hunyuan-Large train/merge_lora_weight.sh (its `/xxx/` roots, placeholders, made real).
    const text =
      'python3 merge_lora_weight.py --base_model_path /data/hunyuan_l_train/checkpoint-200 --adapter_model_path /data/runs/hunyuan_l_lora_train/checkpoint-200 --output_path /data/ckpts/merged_hunyuan_lora_weight --save_dtype bf16\n';
    const refs = (shell.extract({ relPath: 'train/merge_lora_weight.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([
      [1, '/data/hunyuan_l_train/checkpoint-200', 'local'],
      [1, '/data/runs/hunyuan_l_lora_train/checkpoint-200', 'local'],
    ]);
  });
});

describe('shell: a data archive in a models bucket (held-out PaddlePaddle/ERNIE, session 29)', () => {
  it('reads the model archive from a `<name>-models` bucket, not the demo data kept beside it', () => {
    // PaddlePaddle/ERNIE applications/models_hub/download_ernie_3.0_base_ch.sh:7-9 and
    // applications/tasks/data_distillation/distill/download_data.sh:4-5, cut together.
    const text = [
      '#get pretrained ernie3.0 base model params',
      'wget -q --no-check-certificate http://bj.bcebos.com/wenxin-models/ernie_3.0_base_ch_open.tgz',
      'tar xzf ernie_3.0_base_ch_open.tgz -C $model_files_path',
      'wget --no-check-certificate http://bj.bcebos.com/wenxin-models/data_distillation_demo_data.tgz',
      'wget --no-check-certificate http://bj.bcebos.com/wenxin-models/public_data/text_matching_data.tar.gz',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'applications/models_hub/download_ernie_3.0_base_ch.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([[2, 'ernie_3.0_base_ch_open.tgz', 'local']]);
  });
});

describe('shell: ms-swift recipes (held-out modelscope/ms-swift, issue #15, session 11)', () => {
  const refs = (text: string) =>
    (shell.extract({ relPath: 'examples/train/grpo/external/grpo_7b.sh', size: text.length, text }) as ExtractResult).references.map((r) => [
      r.id,
      r.line,
      r.context ?? 'code',
    ]);

  it('reads a command kept over several comment lines (the server to start first), as a comment', () => {
    const text = ['# CUDA_VISIBLE_DEVICES=6,7 \\', '# swift rollout \\', '#     --model Qwen/Qwen2.5-7B-Instruct \\', '#     --data_parallel_size 2', ''].join(
      '\n',
    );
    expect(refs(text)).toEqual([['Qwen/Qwen2.5-7B-Instruct', 3, 'comment']]);
  });

  it('leaves a single commented-out line and prose naming a flag alone', () => {
    expect(refs('# docker run vllm/vllm-openai --model mistralai/Mistral-7B-v0.3\n# Then replace --model below with the SFT checkpoint path.\n')).toEqual([]);
  });

  it('reads the adapters `--adapters` takes bare, as well as name=id pairs', () => {
    expect(refs('swift infer \\\n    --adapters swift/test_bert \\\n    --max_length 512\nswift deploy --adapters lora1=swift/test_lora\n')).toEqual([
      ['swift/test_bert', 2, 'code'],
      ['swift/test_lora', 4, 'code'],
    ]);
  });
});

describe('shell: JSON in a double-quoted argument, its quotes escaped (issue #15)', () => {
  it('reads it as plain JSON: each entry of a list named for models, at its column', async () => {
    // Shaped like chatchat-space/Langchain-Chatchat's `chatchat-config model --set_model_platforms "[{...}]"` (README_en.md:346).
    const text =
      'chatchat-config model --set_model_platforms "[{\\"platform_name\\": \\"hub\\", \\"embed_models\\": [\\"BAAI/bge-m3\\", \\"bge-large-zh-v1.5\\"], \\"image_models\\": []}]"\n';
    const { references } = (await shell.extract({ relPath: 'setup.sh', size: text.length, text })) as ExtractResult;
    const rows = references.map((r) => [r.id, r.source, r.column, text.slice(r.column - 1, r.column - 1 + r.id.replace(/^openai-compatible\//, '').length)]);
    expect(rows).toEqual([
      ['BAAI/bge-m3', 'huggingface', 97, 'BAAI/bge-m3'],
      ['openai-compatible/bge-large-zh-v1.5', 'api', 114, 'bge-large-zh-v1.5'],
    ]);
  });
});

describe('shell: folders that name no model (held-out 01-ai/Yi and containers/ramalama, issue #15, session 20)', () => {
  const found = async (text: string) =>
    ((await shell.extract({ relPath: 'run.sh', size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads no model in a root folder named for a model's role (a container's mount point) nor in a path said not to exist", async () => {
    // 01-ai/Yi README.md:861-872 (quantization) and finetune/scripts/run_sft_Yi_6b.sh:5-7; containers/ramalama
    // test/e2e/test_artifact.py:72 (the error a missing file gives). The model folder next to them is read.
    const text = [
      'python quantization/gptq/quant_autogptq.py \\',
      '  --model /base_model                      \\',
      '  --output_dir /quantized_model            \\',
      '  --trust_remote_code',
      'python quantization/gptq/eval_quantized_model.py --model /quantized_model --trust_remote_code',
      'deepspeed main.py --data_path ../yi_example_dataset/ --model_name_or_path /base_model --max_seq_len 4096',
      'llama-cli -m /nonexistent/path/model.gguf -p hi',
      'llama-cli -m /root/yi-models/Yi-1.5-6B-Chat-GGUF/Yi-1.5-6B-Chat-q8_0-v1.gguf -n -1',
    ].join('\n');
    expect(await found(text)).toEqual([['/root/yi-models/Yi-1.5-6B-Chat-GGUF/Yi-1.5-6B-Chat-q8_0-v1.gguf', 8]]);
  });
});

describe('shell: RL recipe launchers (held-out volcengine/verl, issue #15, session 21)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads a model folder under a location variable the script leaves to the user, set or given to a Hydra override', async () => {
    // volcengine/verl verl/experimental/fully_async_policy/shell/dapo_7b_math_fsdp2_8_8.sh:10-14,
    // examples/grpo_trainer/run_qwen3_8b_grpo_sglang_1k_spmd_npu.sh:19-20, examples/ppo_trainer/run_qwen2-7b_rm.sh:34,
    // examples/sglang_multiturn/run_qwen2.5-3b_megatron_gsm8k_multiturn.sh:28
    const text = [
      'RAY_DATA_HOME=${RAY_DATA_HOME:-"${HOME}/verl"}',
      'MODEL_PATH=${MODEL_PATH:-"${RAY_DATA_HOME}/models/Qwen2.5-Math-7B"}',
      'CKPTS_DIR=$WORKSPACE_HOME/logs/ckpt/qwen3_8b',
      'model_path=$DATA_HOME/models/Qwen3-8B',
      'TRAIN_FILE=${TRAIN_FILE:-"${RAY_DATA_HOME}/data/dapo-math-17k.parquet"}',
      'python3 -m verl.trainer.main_ppo \\',
      '    data.train_files="${TRAIN_FILE}" \\',
      '    actor_rollout_ref.model.path="$HOME/models/Qwen2.5-3B-Instruct" \\',
      '    critic.model.path=/user/longxiang1/models/Qwen/Qwen2.5-3B-Instruct \\',
      '    trainer.default_local_dir="${CKPTS_DIR}" $@',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['${RAY_DATA_HOME}/models/Qwen2.5-Math-7B', 'local', 2],
      ['$DATA_HOME/models/Qwen3-8B', 'local', 4],
      ['$HOME/models/Qwen2.5-3B-Instruct', 'local', 8],
      ['/user/longxiang1/models/Qwen/Qwen2.5-3B-Instruct', 'local', 9],
    ]);
  });

  it("reads verl's SFT base model (`model.partial_pretrain=`) and a value glued to its line continuation", async () => {
    // volcengine/verl examples/sft/gsm8k/run_gemma_2b.sh:25, examples/ppo_trainer/run_qwen2-7b_rm_seq_balance.sh:44
    const text = [
      'torchrun --standalone --nnodes=1 --nproc_per_node=$nproc_per_node \\',
      '     -m verl.trainer.fsdp_sft_trainer \\',
      '    model.partial_pretrain=google/gemma-2b-it \\',
      '    reward_model.model.path=sfairXC/FsfairX-LLaMA3-RM-v0.1\\',
      '    reward_model.model.use_remove_padding=True \\',
      '    trainer.total_epochs=2 $@',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['google/gemma-2b-it', 'huggingface', 3],
      ['sfairXC/FsfairX-LLaMA3-RM-v0.1', 'huggingface', 4],
    ]);
  });

  it("reads a Slurm batch script as the shell script it is, and no dummy model's config", async () => {
    // volcengine/verl examples/slurm/ray_on_slurm.slurm:80; .github/workflows/e2e_ppo_trainer_megatron_vllm_2.yml:136
    const text = [
      '#SBATCH --job-name=verl-ray-on-slurm',
      'PYTHONUNBUFFERED=1 srun --overlap --nodes=1 --ntasks=1 -w "$head_node" \\',
      '    python3 -m verl.trainer.main_ppo \\',
      '    actor_rollout_ref.model.path=Qwen/Qwen2.5-0.5B-Instruct \\',
      '    trainer.nnodes="${SLURM_NNODES}" 2>&1 | tee verl_demo_slurm.log',
      'USE_DUMMY_MODEL=True DUMMY_MODEL_CONFIG_PATH=tests/special_e2e/ppo_trainer/expert_parallel/qwen2moe_minimal.json bash tests/special_e2e/run_ppo_trainer_megatron.sh',
    ].join('\n');
    expect(await found(text, 'examples/slurm/ray_on_slurm.slurm')).toEqual([['Qwen/Qwen2.5-0.5B-Instruct', 'huggingface', 4]]);
  });

  it("reads oumi's dotted flags, and `oumi quantize` as oumi's command rather than llama.cpp's quantizer", async () => {
    // oumi-ai/oumi docs/get_started/quickstart.md:122-131, docs/user_guides/quantization.md:13
    const text = [
      'oumi infer -c configs/recipes/smollm/inference/135m_infer.yaml \\',
      '  --model.model_name HuggingFaceTB/SmolLM2-135M-Instruct',
      'oumi infer -c configs/recipes/smollm/inference/135m_infer.yaml --model.model_name output/smollm135m.fft',
      'oumi quantize --method awq_q4_0 --model "TinyLlama/TinyLlama-1.1B-Chat-v1.0" --output quantized_model',
      'oumi train -c config.yaml --training.run_name "smollm.${SLURM_JOBID}" --training.max_steps 20',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['HuggingFaceTB/SmolLM2-135M-Instruct', 'huggingface', 2],
      ['output/smollm135m.fft', 'local', 3],
      ['TinyLlama/TinyLlama-1.1B-Chat-v1.0', 'huggingface', 4],
    ]);
  });
});

describe('shell: RL launchers, recipes and their evaluation jobs (held-out round 24: OpenRLHF, open-r1; session 22)', () => {
  // Distinct references, as the audit keeps them (a variable set once and used is one reference where it is set).
  const found = async (text: string, relPath = 'run.sh') => {
    const all = ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    return [...new Map(all.map((row) => [JSON.stringify(row), row])).values()];
  };

  it("reads a Makefile's model variable given on make's command line, and no other variable there", async () => {
    // huggingface/open-r1 README.md:512 (`make evaluate`, whose Makefile passes `pretrained=$(MODEL)` to lighteval)
    const text = [
      'make evaluate MODEL=deepseek-ai/DeepSeek-R1-Distill-Qwen-32B TASK=aime24 PARALLEL=tensor NUM_GPUS=8',
      'make install VERSION=1.2.0 PREFIX=/usr/local',
    ].join('\n');
    expect(await found(text)).toEqual([['deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'huggingface', 1]]);
  });

  it('reads the LoRA adapter folder a merge script loads onto its base model, not a placeholder folder nor the output', async () => {
    // OpenRLHF/OpenRLHF README.md:714-717 (openrlhf.cli.lora_combiner); alibaba/MNN transformers/README.md:334 (`/path/to/lora`)
    const text = [
      'python -m openrlhf.cli.lora_combiner \\',
      '    --model_path meta-llama/Meta-Llama-3-8B \\',
      '    --lora_path ./checkpoint/llama3-8b-rm \\',
      '    --output_path ./checkpoint/llama-3-8b-rm-combined \\',
      '    --is_rm',
      'python llmexport.py --path /path/to/Qwen2.5-0.5B-Instruct --lora_path /path/to/lora --export mnn',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['meta-llama/Meta-Llama-3-8B', 'huggingface', 2],
      ['./checkpoint/llama3-8b-rm', 'local', 3],
    ]);
  });

  it('reads no model in a repo variable the script only uploads results to (a Space), and still one it also downloads', async () => {
    // huggingface/open-r1 slurm/evaluate.slurm:44-63 (lighteval results pushed to a private Space)
    const text = [
      'LM_EVAL_REPO_ID="open-r1/open-r1-eval-leaderboard"',
      "MODEL_NAME=$(echo $MODEL_ID | sed 's/\\//_/g') # replaces / with _",
      'for filepath in $OUTPUT_FILEPATHS; do',
      '    if huggingface-cli upload --repo-type space --private $LM_EVAL_REPO_ID $filepath $OUTPUT_DIR/$filename; then',
      '        echo "Upload succeeded for $filepath"',
      '    fi',
      'done',
      'HF_REPO_ID=Qwen/Qwen2.5-0.5B-Instruct',
      'hf download $HF_REPO_ID --local-dir ./base',
      'hf upload $HF_REPO_ID ./base',
    ].join('\n');
    expect(await found(text, 'slurm/evaluate.slurm')).toEqual([['Qwen/Qwen2.5-0.5B-Instruct', 'huggingface', 8]]);
  });
});

describe('shell: training pipelines and their servers (held-out round 27: MedicalGPT, minimind; session 25)', () => {
  const found = async (text: string, relPath = 'run.sh') => {
    const { references } = (await shell.extract({ relPath, size: text.length, text })) as ExtractResult;
    return references.map((r) => [r.id, r.source, r.line]);
  };

  it('reads a bare folder an earlier step wrote as the model a later step loads, and not a bare name nothing wrote', async () => {
    // shibing624/MedicalGPT notebooks/run_training_ppo_pipeline.ipynb's commands, as a script: merge, then train from it.
    const text = [
      'python training/pretraining.py --model_name_or_path Qwen/Qwen2.5-0.5B --use_peft True --output_dir outputs-pt-v1',
      'python tools/merge_peft_adapter.py --base_model Qwen/Qwen2.5-0.5B --lora_model outputs-pt-v1 --output_dir merged-pt/',
      'python training/supervised_finetuning.py --model_name_or_path merged-pt --output_dir outputs-sft-v1',
      'python tools/merge_peft_adapter.py --base_model=merged-pt --lora_model outputs-sft-v1 --output_dir ./merged-sft',
      'python demo/inference.py --base_model merged-sft',
      'python demo/inference.py --base_model merged-ppo-v2',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['Qwen/Qwen2.5-0.5B', 'huggingface', 1],
      ['Qwen/Qwen2.5-0.5B', 'huggingface', 2],
      ['outputs-pt-v1', 'local', 2],
      ['merged-pt', 'local', 3],
      ['merged-pt', 'local', 4],
      ['outputs-sft-v1', 'local', 4],
      ['merged-sft', 'local', 5],
    ]);
  });

  it("reads TRL's `--sft_model_path` as the policy a PPO run starts from", async () => {
    // shibing624/MedicalGPT scripts/run_ppo.sh:1-4
    const text = [
      'CUDA_VISIBLE_DEVICES=0,1 python3 training/ppo_training.py \\',
      '    --sft_model_path Qwen/Qwen3.5-2B \\',
      '    --reward_model_path Qwen/Qwen3.5-2B \\',
      '    --model_name_or_path Qwen/Qwen3.5-2B \\',
      '    --output_dir outputs-ppo-qwen-v1',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['Qwen/Qwen3.5-2B', 'huggingface', 2],
      ['Qwen/Qwen3.5-2B', 'huggingface', 3],
      ['Qwen/Qwen3.5-2B', 'huggingface', 4],
    ]);
  });

  it("reads the bare folder vLLM's OpenAI server loads, and not the alias it serves it under", async () => {
    // shibing624/MedicalGPT scripts/vllm_deployment.sh:19-33
    const text = [
      'python3 -m vllm.entrypoints.openai.api_server \\',
      '    --model medical-model \\',
      '    --served-model-name doctor \\',
      '    --port 8000 &',
      'curl http://localhost:8000/v1/chat/completions \\',
      '  -H "Content-Type: application/json" \\',
      '  -d \'{"model": "doctor", "messages": [{"role": "user", "content": "hi"}]}\'',
      'python3 -m vllm.entrypoints.openai.api_server --model your-model --port 8001',
    ].join('\n');
    expect(await found(text)).toEqual([['medical-model', 'local', 2]]);
  });

  it("reads a script's `--load_from` path named like a model, not a folder named for none", async () => {
    // jingyaogong/minimind README.md:251-253 (`--load_from ./model` is its tokenizer folder and native weights switch)
    const text = ['python eval_llm.py --load_from ./minimind-3', 'python eval_llm.py --load_from ./model --weight full_sft'].join('\n');
    expect(await found(text)).toEqual([['./minimind-3', 'local', 1]]);
  });

  it("reads MiniMax's API name spelled with its capitals, and not another capitalised name as a hosted one", async () => {
    // shibing624/MedicalGPT role_play_data/README.md:42
    const text = [
      'python roleplay_data_generate_minimax.py --model MiniMax-M2.5-highspeed --total 500 --rounds 8',
      'python chat.py --model Qwen2.5-7B-Instruct',
    ].join('\n');
    expect(await found(text)).toEqual([['minimax/MiniMax-M2.5-highspeed', 'api', 1]]);
  });
});

describe('shell: multimodal training and evaluation launchers (held-out round 28: OpenGVLab/InternVL; session 26)', () => {
  const found = async (text: string, relPath = 'run.sh') => {
    const { references } = (await shell.extract({ relPath, size: text.length, text })) as ExtractResult;
    return references.map((r) => [r.id, r.source, r.line]);
  };

  it('reads the vision and language towers a multimodal trainer builds its model from, a Hub id or a local folder', async () => {
    // OpenGVLab/InternVL internvl_chat/shell/internvl2.5/stage1/internvl2_5_8b_internlm2_5_7b_dynamic_res_stage1.sh:35-44,
    // internvl_chat_gpt_oss/shell/internvl3_5_gpt_oss/internvl3_5_gpt_oss_20b_stage0_mlp_warmup.sh:44-45 and
    // internvl_chat_llava/scripts_internvl/pretrain_internvit6b_448_vicuna7b.sh:19-23 (LLaVA's flags).
    const text = [
      'torchrun --nnodes=1 --nproc_per_node=${GPUS} internvl/train/internvl_chat_pretrain.py \\',
      '  --vision_path "./pretrained/InternViT-300M-448px" \\',
      '  --llm_path "./pretrained/internlm2_5-7b-chat" \\',
      '  --mlp_path "./pretrained/InternViT-6B-448px-V1-2/mlp_projector/hermes_2_yi_34b.pth" \\',
      '  --output_dir ${OUTPUT_DIR}',
      'srun python -u internvl/train/internvl_chat_finetune.py \\',
      '  --vision_path "OpenGVLab/InternViT-300M-448px-V2_5" \\',
      '  --llm_path "openai/gpt-oss-20b" \\',
      '  --conv_style "internvl2_5_gpt_oss"',
      'deepspeed llava/train/train_mem.py \\',
      '    --model_name_or_path ./pretrained/vicuna-7b-v1.5 \\',
      '    --vision_tower ./pretrained/InternViT-6B-448px \\',
      '    --output_dir ./work_dirs/pretrain_internvit6b_448_vicuna7b',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['./pretrained/InternViT-300M-448px', 'local', 2],
      ['./pretrained/internlm2_5-7b-chat', 'local', 3],
      ['OpenGVLab/InternViT-300M-448px-V2_5', 'huggingface', 7],
      ['openai/gpt-oss-20b', 'huggingface', 8],
      ['./pretrained/vicuna-7b-v1.5', 'local', 11],
      ['./pretrained/InternViT-6B-448px', 'local', 12],
    ]);
  });

  it("reads the weights an evaluation's `--pretrained` loads, not open_clip's tag nor a bare switch", async () => {
    // OpenGVLab/InternVL clip_benchmark/test_internvl_c_imagenet.sh:7-9, test_internvl_g_retrieval_finetune.sh:17-19,
    // clip_benchmark/README.md:1091 and :1120 (upstream CLIP_benchmark), alibaba/MNN docs/tools/mnncompress.md:75.
    const text = [
      'srun -p ${PARTITION} --gres=gpu:1 --ntasks=1 --quotatype=spot -N 1 -J eval \\',
      's1a --async python3 clip_benchmark/cli.py eval --model_type internvl --language "en" --task "zeroshot_classification" \\',
      '    --dataset "imagenet1k" --dataset_root ./data/imagenet-1k/ --model internvl_c_classification --pretrained ./pretrained/internvl_c_13b_224px.pth --output result.json',
      'python3 clip_benchmark/cli.py eval --model internvl_g_retrieval_hf \\',
      '    --pretrained ./work_dirs/internvl_stage2_finetune_flickr_364_bs1024_ep10 \\',
      '    --output result_ft.json',
      'python3 clip_benchmark/cli.py eval --model_type "ja_clip" --pretrained "rinna/japanese-cloob-vit-b-16" --language "jp"',
      'clip_benchmark eval --dataset=cifar10 --task=zeroshot_classification --pretrained=laion400m_e32 --model=ViT-B-32-quickgelu',
      'python mnncompress.py --pretrained --quant',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['./pretrained/internvl_c_13b_224px.pth', 'local', 3],
      ['./work_dirs/internvl_stage2_finetune_flickr_364_bs1024_ep10', 'local', 5],
      ['rinna/japanese-cloob-vit-b-16', 'huggingface', 7],
    ]);
  });

  it("reads `--resume` only as a weights file kept in the project's pretrained folder, and LLaVA's `--model-base`", async () => {
    // OpenGVLab/InternVL classification/README.md:122-123, internvl_chat_llava/README.md:335; dstackai/dstack
    // mkdocs/docs/guides/migration/slurm.md:1563 (a run resumed where it left off).
    const text = [
      'python -m torch.distributed.launch --nproc_per_node 8 --master_port 12345 main.py --eval \\',
      '--cfg configs/intern_vit_6b_1k_224.yaml --resume pretrained/intern_vit_6b_224px_head.pth',
      'torchrun train.py --resume /shared/checkpoints/latest.pt',
      'python -m llava.serve.model_worker --host 0.0.0.0 --controller http://localhost:10000 --port 40000 --worker http://localhost:40000 --model-path liuhaotian/llava-v1-0719-336px-lora-vicuna-13b-v1.3 --model-base lmsys/vicuna-13b-v1.3',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['pretrained/intern_vit_6b_224px_head.pth', 'local', 2],
      ['liuhaotian/llava-v1-0719-336px-lora-vicuna-13b-v1.3', 'huggingface', 4],
      ['lmsys/vicuna-13b-v1.3', 'huggingface', 4],
    ]);
  });
});

describe('shell: Chinese model repositories (held-out round 29, issue #15, session 27)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads a Hub id written with a trailing slash, as a folder is', async () => {
    // deepseek-ai/DeepSeek-Coder Evaluation/MBPP/eval.sh:1-4 and Evaluation/HumanEval/eval.sh:1
    const text = [
      'MODEL_NAME_OR_PATH="deepseek-ai/deepseek-coder-1b-base/"',
      'DATASET_ROOT="data/"',
      'LANGUAGE="python"',
      'CUDA_VISIBLE_DEVICES=1,2,3 python -m accelerate.commands.launch --config_file test_config.yaml eval_pal.py --logdir ${MODEL_NAME_OR_PATH} --language ${LANGUAGE} --dataroot ${DATASET_ROOT}',
    ].join('\n');
    expect(await found(text)).toEqual([['deepseek-ai/deepseek-coder-1b-base', 'huggingface', 1]]);
  });

  it("reads an organisation joined to a variable holding the model's name, where the name is written", async () => {
    // deepseek-ai/DeepSeek-Coder Evaluation/HumanEval/README.md:32-41 (its bash block as a script)
    const text = [
      ...DEEPSEEK_CODER_HUMANEVAL,
      // A variable holding a path is no name to join.
      'BASE=/data/models',
      'python serve.py --model "Qwen/$BASE"',
    ].join('\n');
    expect(await found(text)).toEqual([['deepseek-ai/deepseek-coder-33b-instruct', 'huggingface', 3]]);
  });

  it("reads lmdeploy convert's model, after the chat template's name", async () => {
    // LlamaFamily/Llama-Chinese inference-speed/GPU/lmdeploy_example/README.md:17; lmdeploy's TurboMind conversion docs
    const text = ['lmdeploy convert llama2 /models/Atom-7B-Chat', 'lmdeploy convert internlm2 internlm/internlm2-chat-7b --dst-path ./workspace'].join('\n');
    expect(await found(text)).toEqual([
      ['/models/Atom-7B-Chat', 'local', 1],
      ['internlm/internlm2-chat-7b', 'huggingface', 2],
    ]);
  });

  it("reads llama.cpp's legacy convert.py by its GGUF output, and no other convert.py", async () => {
    // LlamaFamily/Llama-Chinese inference-speed/CPU/ggml/README.md:42-44 (folder moved to /models here: `/path/` is a placeholder)
    const text = [
      'python convert.py --outfile ./atom-7B-cpp.gguf  /models/Atom-7B-Chat',
      './quantize ./atom-7B-cpp.gguf ./ggml-atom-7B-q4_0.gguf q4_0',
      'python convert.py ./checkpoints/Qwen2-7B ./out/converted',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['./atom-7B-cpp.gguf', 'local', 1],
      ['/models/Atom-7B-Chat', 'local', 1],
      ['./atom-7B-cpp.gguf', 'local', 2],
      ['./ggml-atom-7B-q4_0.gguf', 'local', 2],
    ]);
  });

  it("reads the LoRA a merge or export loads (`--adapter_model_name`, `--adapter_name_or_path`) and run_clm's `--tokenizer_name`", async () => {
    // LlamaFamily/Llama-Chinese train/merge_peft_model/merge.sh:1-5, merge_muilt.sh:1-4, train/pretrain/pretrain.sh:10-13;
    // LLaMA-Factory's export command (`--adapter_name_or_path`).
    const text = [
      'CUDA_VISIBLE_DEVICES=0 python merge_peft_adapter.py \\',
      '    --adapter_model_name /checkpoint-2200 \\',
      '    --output_name checkpoint-2200_merge \\',
      '    --load8bit false',
      'CUDA_VISIBLE_DEVICES=3 python merge_muilt_peft_adapter.py \\',
      '    --adapter_model_name checkpoint-8000 \\',
      '    --output_name checkpoint-140-8000_merge',
      'llamafactory-cli export --model_name_or_path meta-llama/Llama-2-7b-hf --adapter_name_or_path FlagAlpha/Llama2-Chinese-7b-Chat-LoRA --export_dir out',
      'deepspeed --include localhost:0,2 pretrain_clm.py \\',
      '    --config_name  ../../model_config/Atom-100M/config.json \\',
      '    --tokenizer_name ../../model_config/Atom-100M \\',
      '    --train_files ../../data/wiki_zh/train_lm_task_0.csv',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['/checkpoint-2200', 'local', 2],
      ['checkpoint-8000', 'local', 6],
      ['meta-llama/Llama-2-7b-hf', 'huggingface', 8],
      ['FlagAlpha/Llama2-Chinese-7b-Chat-LoRA', 'huggingface', 8],
      ['../../model_config/Atom-100M', 'local', 11],
    ]);
  });
});

describe("shell: llama.cpp's per-family converters (issue #15, held-out round 30)", () => {
  it('reads the folder given to convert-falcon-hf-to-gguf.py as the model converted, not its ftype', async () => {
    const { references } = await shell.extract(loadFixture('shell/real-world-powerinfer-convert-gg.sh'));
    const rows = references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['../llama1/7B', 'local', 6],
        ['../falcon/falcon-7b', 'local', 11],
        ['../falcon/falcon-40b', 'local', 14],
      ]),
    );
    expect(references.filter((r) => r.id === '1')).toEqual([]);
  });
});

describe('shell: XTuner commands (held-out InternLM/InternLM, issue #15, round 30)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads xtuner chat's model and xtuner convert merge's base and adapter, not the folder merge writes", async () => {
    // InternLM/InternLM ecosystem/README_npu.md:151-171 (the base set to a Hub id here: the README passes `$model_path`)
    const text = [
      'xtuner convert pth_to_hf internlm3_8b_instruct_lora_oasst1_e10.py ./work_dirs/internlm3_8b_instruct_lora_oasst1_e10/iter_xxx.pth ./work_dirs/convert_output',
      'xtuner convert merge internlm/internlm3-8b-instruct ./work_dirs/convert_output ./work_dirs/merge_output --max-shard-size 2GB',
      'xtuner chat ./work_dirs/merge_output --prompt-template internlm2_chat',
      'xtuner train internlm3_8b_instruct_lora_oasst1_e10.py --deepspeed deepspeed_zero2',
    ].join('\n');
    expect(await found(text)).toEqual([
      // pth_to_hf's training checkpoint is read (held-out round 33, session 30); its save path is written, not reported
      ['./work_dirs/internlm3_8b_instruct_lora_oasst1_e10/iter_xxx.pth', 'local', 1],
      ['internlm/internlm3-8b-instruct', 'huggingface', 2],
      ['./work_dirs/convert_output', 'local', 2],
      ['./work_dirs/merge_output', 'local', 3],
    ]);
  });

  it('reads XTuner conversions in a script that says no model word, and not the config or the folders they write', async () => {
    // SmartFlowAI/EmoLLM xtuner_config/README_internlm2_7b_base_qlora.md:201-211 (held-out round 33, session 30)
    const text = [
      'export MKL_SERVICE_FORCE_INTEL=1',
      'xtuner convert pth_to_hf internlm2_7b_base_qlora_e10_M_1e4_32_64.py ./work_dirs/internlm2_7b_base_qlora_e10_M_1e4_32_64/epoch_5.pth ./hf',
      'xtuner convert merge /root/share/model_repos/internlm2-base-7b ./hf ./merged --max-shard-size 2GB',
      'xtuner train internlm2_7b_base_qlora_e10_M_1e4_32_64.py --deepspeed deepspeed_zero2',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['./work_dirs/internlm2_7b_base_qlora_e10_M_1e4_32_64/epoch_5.pth', 'local', 2],
      ['/root/share/model_repos/internlm2-base-7b', 'local', 3],
      ['./hf', 'local', 3],
    ]);
  });
});

describe('shell: model flags, settings and downloads of held-out round 31 (MoonshotAI/kimi-cli, modelscope/ms-agent; session 29)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a provider's published name given to `--llm.model` / `--image_generator.model`, and no other bare word", async () => {
    // modelscope/ms-agent projects/singularity_cinema/README_EN.md:166-177 (`ms-agent run` sets agent.yaml's keys by dotted flags)
    const text = [
      'ms-agent run --project singularity_cinema \\',
      '  --trust_remote_code true \\',
      '  --openai_base_url https://api.anthropic.com/v1/ \\',
      '  --llm.model claude-sonnet-4-5 \\',
      '  --image_generator.type google \\',
      '  --image_generator.model gemini-3-pro-image-preview',
      'ms-agent run --project x --llm.model=gpt-4o --llm.model my-local-alias --generation_config.stream false',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['anthropic/claude-sonnet-4-5', 'api', 4],
      ['google/gemini-3-pro-image-preview', 'api', 6],
      ['openai/gpt-4o', 'api', 7],
    ]);
  });

  it('reads no model from a request setting named after the model, and still reads the model variable', async () => {
    // MoonshotAI/kimi-cli docs/en/configuration/env-vars.md:45, :99
    const text = ['export KIMI_MODEL_NAME="kimi-k2-thinking-turbo"', 'export KIMI_MODEL_THINKING_KEEP="all"', 'export KIMI_MODEL_MAX_TOKENS=32000'].join('\n');
    expect(await found(text)).toEqual([['moonshot/kimi-k2-thinking-turbo', 'api', 1]]);
  });

  it('reads no model from `modelscope download --collection`, and still reads `modelscope download --model`', async () => {
    // modelscope/ms-agent ms_agent/skill/README.md:182
    const text = ['modelscope download --collection MiniMax/MiniMax-Office-skills', 'modelscope download --model Qwen/Qwen3-8B --local_dir ./qwen3'].join('\n');
    expect(await found(text)).toEqual([['Qwen/Qwen3-8B', 'modelscope', 2]]);
  });

  it("reads the inline config's model keys, and not its other keys nor a config file's path", async () => {
    // MoonshotAI/kimi-cli docs/en/configuration/config-files.md:18
    const text = [
      `kimi --config '{"default_model": "kimi-for-coding", "providers": {...}, "models": {...}}'`,
      `kimi --config '{"default_model": "my-model", "theme": "dark"}'`,
      'kimi --config ~/.kimi/config.toml',
    ].join('\n');
    expect(await found(text)).toEqual([['moonshot/kimi-for-coding', 'api', 1]]);
  });
});

describe('shell: a CLI picked into a variable, and Hydra overrides (issue #15, held-out round 31)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `"$HF" download X` after the script sets HF to hf or huggingface-cli in an if branch', async () => {
    // FunAudioLLM/SenseVoice runtime/llama.cpp/download-funasr-model.sh:18-24
    const text = [
      'if   command -v hf              >/dev/null 2>&1; then HF=hf',
      'elif command -v huggingface-cli >/dev/null 2>&1; then HF=huggingface-cli',
      'else echo "need the Hugging Face CLI: pip install -U huggingface_hub"; exit 1; fi',
      '"$HF" download FunAudioLLM/fsmn-vad-GGUF --include "*.gguf" --local-dir "$OUT"',
      '"$RUNNER" download FunAudioLLM/other-GGUF',
    ].join('\n');
    expect(await found(text)).toEqual([['FunAudioLLM/fsmn-vad-GGUF', 'huggingface', 4]]);
  });

  it("reads a Hydra override naming the model (`++model_dir='iic/...'`), not other keys", async () => {
    // FunAudioLLM/SenseVoice README.md:417-421
    const text = [
      'sensevoice2jsonl \\',
      '++scp_file_list=\'["../../../data/list/train_wav.scp", "../../../data/list/train_text.txt"]\' \\',
      '++jsonl_file_out="../../../data/list/train.jsonl" \\',
      "++model_dir='iic/SenseVoiceSmall'",
    ].join('\n');
    expect(await found(text)).toEqual([['iic/SenseVoiceSmall', 'huggingface', 4]]);
  });
});

describe('shell: Hydra overrides naming a folder (issue #15, held-out round 31)', () => {
  it('leaves `++model="./model_dir"`, the placeholder of a run\'s own output', async () => {
    // modelscope/FunASR examples/industrial_data_pretraining/paraformer/README.md:355
    const text = 'python -m funasr.bin.inference ++model="./model_dir" ++input=="${input}" ++output_dir="${output_dir}"';
    const { references } = (await shell.extract({ relPath: 'run.sh', size: text.length, text })) as ExtractResult;
    expect(references.map((r) => r.id)).toEqual([]);
  });
});

describe('shell: checkpoint folders of generation scripts (held-out Wan-Video/Wan2.1, issue #15, session 29)', () => {
  const found = async (text: string, relPath = 'tests/test.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a script's `--ckpt_dir` (and `--ckpt_dir_720p`) folder named like a model, not a trainer's", async () => {
    // Wan-Video/Wan2.1 README.md:171, 399 (a training line added to show what stays out)
    const text = [
      'python generate.py  --task t2v-14B --size 1280*720 --ckpt_dir ./Wan2.1-T2V-14B --prompt "Two anthropomorphic cats"',
      "DASH_API_KEY=your_key python i2v_14B_singleGPU.py --prompt_extend_method 'dashscope' --ckpt_dir_480p ./Wan2.1-I2V-14B-480P --ckpt_dir_720p ./Wan2.1-I2V-14B-720P",
      'python train.py --ckpt_dir ./exp/Wan2.1-lora-run1',
      'python generate.py --ckpt_dir ./outputs',
    ].join('\n');
    expect(await found(text, 'run.sh')).toEqual([
      ['./Wan2.1-T2V-14B', 'local', 1],
      ['./Wan2.1-I2V-14B-480P', 'local', 2],
      ['./Wan2.1-I2V-14B-720P', 'local', 2],
    ]);
  });

  it('reads a `*_CKPT_DIR` variable set to a folder under the models root variable, where it is set', async () => {
    // Wan-Video/Wan2.1 tests/test.sh:8-28
    const text = [
      'MODEL_DIR=$1',
      'GPUS=$2',
      'function t2v_1_3B() {',
      '    T2V_1_3B_CKPT_DIR="$MODEL_DIR/Wan2.1-T2V-1.3B"',
      '    python $PY_FILE --task t2v-1.3B --size 480*832 --ckpt_dir $T2V_1_3B_CKPT_DIR',
      '    VACE_1_3B_CKPT_DIR="$MODEL_DIR/VACE-Wan2.1-1.3B-Preview/"',
      '    OUT_DIR="$MODEL_DIR/out-1.3B"',
      '}',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['$MODEL_DIR/Wan2.1-T2V-1.3B', 'local', 4],
      ['$MODEL_DIR/VACE-Wan2.1-1.3B-Preview', 'local', 6],
    ]);
  });
});

describe('shell: the id flag written as one word (held-out cline/cline, issue #15, session 29)', () => {
  it('reads --modelid and --modelId, and no other one-word flag', async () => {
    // Cut from cline/cline docs/cli/samples/model-orchestration.mdx:78-79 (a smoke script's spelling of the same flag).
    const text = [
      'cline --config ~/.cline-haiku auth anthropic --modelid claude-haiku-4-20250514',
      'cline --config ~/.cline-sonnet auth anthropic --modelId claude-sonnet-4-20250514',
      'cline --config ~/.cline-x auth anthropic --modelsdir ./models --providerid anthropic',
    ].join('\n');
    const refs = ((await shell.extract({ relPath: 'auth.sh', size: text.length, text })) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.line])).toEqual([
      ['anthropic/claude-haiku-4-20250514', 1],
      ['anthropic/claude-sonnet-4-20250514', 2],
    ]);
  });
});

describe('shell: an agent CLI told its provider is Ollama (held-out bytedance/trae-agent, issue #15, session 30)', () => {
  it('reads the model flag as an Ollama tag after --provider ollama, and no other provider', async () => {
    // Cut from bytedance/trae-agent README.md:146-162 (its provider-specific examples).
    const text = [
      'trae-cli run "Fix the bug in main.py" --provider openai --model gpt-4o',
      'trae-cli run "Comment this code" --provider ollama --model qwen3',
      'trae-cli run "Comment this code" --provider=ollama --model llama3.2',
      'trae-cli run "Summarise" --provider openrouter --model qwen3',
    ].join('\n');
    const refs = ((await shell.extract({ relPath: 'examples.sh', size: text.length, text })) as ExtractResult).references;
    expect(refs.map((r) => [r.id, r.source, r.line])).toEqual([
      ['openai/gpt-4o', 'api', 1],
      ['qwen3', 'ollama', 2],
      ['llama3.2', 'ollama', 3],
    ]);
  });
});

describe('shell: Windows batch files (held-out wenda-LLM/wenda, session 30)', () => {
  const refs = (relPath: string, text: string) =>
    (shell.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.context ?? 'code']);

  it('reads the download a .bat runs, as a .sh would, at its line', () => {
    // wenda-LLM/wenda run_hf-cli.bat and down_hf.bat (CRLF endings, as such files are committed)
    const text = [
      '@echo off',
      'call environment.bat',
      'SET HF_ENDPOINT=https://hf-mirror.com',
      'huggingface-cli download --resume-download THUDM/chatglm3-6b --local-dir chatglm3-6b',
      'pause',
    ].join('\r\n');
    expect(refs('run_hf-cli.bat', text)).toEqual([['THUDM/chatglm3-6b', 4, 'code']]);
    const two = [
      '@echo off',
      'set "REPO=TheBloke/SUS-Chat-34B-AWQ"',
      'huggingface-cli download --local-dir-use-symlinks False %REPO% --local-dir model/SUS-Chat-34B-AWQ',
    ].join('\n');
    expect(refs('down_hf.bat', two)).toContainEqual(['TheBloke/SUS-Chat-34B-AWQ', 2, 'code']);
  });

  it('takes rem and :: lines as comments, and a launcher naming a backend as no model', () => {
    const text = [
      '@echo off',
      'rem huggingface-cli download THUDM/chatglm2-6b',
      ':: ollama pull qwen2:7b',
      ':a',
      '"%PYTHON%" wenda.py -t glm6b',
      'goto a',
    ].join('\n');
    expect(refs('run_GLM6B.bat', text).filter(([, , context]) => context !== 'comment')).toEqual([]);
  });

  it('keeps every line as long as it was, so offsets keep their lines', () => {
    const text = 'set "A=x"\r\n%PYTHON% run.py ^\r\n  --model %A%\r\nrem done';
    const out = batchAsShell(text);
    expect(out.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(out).toContain('$PYTHON run.py \\');
  });
});

describe('shell: a checkpoint named by a positional default (held-out InternLM/InternLM-XComposer, session 30)', () => {
  const refs = (text: string) =>
    (shell.extract({ relPath: 'scripts/eval/mme.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads `--model-path checkpoints/${CKPT}` and `${CKPT_PATH}/${CKPT_NAME}` as the folder the defaults name', () => {
    // InternLM/InternLM-XComposer projects/ShareGPT4V/scripts/sharegpt4v/eval/gqa.sh:13-20 and mme.sh:8-12 (cut)
    const gqa = [
      'CKPT=${1-"share4v-7b"}',
      'for IDX in $(seq 0 $((CHUNKS-1))); do',
      '    CUDA_VISIBLE_DEVICES=${GPULIST[$IDX]} python -m share4v.eval.model_vqa_loader \\',
      '        --model-path checkpoints/${CKPT} \\',
      '        --answers-file ./playground/data/eval/gqa/answers/$SPLIT/$CKPT/${CHUNKS}_${IDX}.jsonl &',
      'done',
    ].join('\n');
    expect(refs(gqa)).toEqual([['checkpoints/share4v-7b', 1]]);
    const mme = [
      "CKPT_NAME=${1-'share4v-7b'}",
      "CKPT_PATH=${2-'checkpoints'}",
      '',
      'python -m share4v.eval.model_vqa_loader \\',
      '    --model-path ${CKPT_PATH}/${CKPT_NAME} \\',
      '    --answers-file ./playground/data/eval/MME/answers/${CKPT_NAME}.jsonl',
    ].join('\n');
    expect(refs(mme)).toEqual([['checkpoints/share4v-7b', 1]]);
  });

  it('leaves a folder variable the script does not set', () => {
    const text = ["CKPT_NAME=${1-'share4v-7b'}", 'python -m share4v.eval.model_vqa_loader --model-path ${CKPT_ROOT}/${CKPT_NAME}'].join('\n');
    expect(refs(text)).toEqual([]);
  });
});

describe('shell: a CLI told its provider is OpenAI, and BFCL model keys (held-out QwenLM/Qwen3-Coder, issue #15, session 30)', () => {
  const rows = (text: string) =>
    (shell.extract({ relPath: 'tau-bench/airline-qwen3-coder.bash', size: text.length, text }) as ExtractResult).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);

  it("reads --model as the name an OpenAI-compatible server answers to when --model-provider is openai, OpenAI's own names as OpenAI's", () => {
    // QwenLM/Qwen3-Coder qwencoder-eval/tool_calling_eval/tau-bench/airline-qwen3-coder.bash (whole file, flags cut).
    const text = [
      '# export OPENAI_API_BASE=YOUR_API_BASE',
      '# export OPENAI_API_KEY=YOUR_API_KEY',
      '',
      'python run.py --num-trials 1 --agent-strategy tool-calling --env airline --model Qwen3-Coder --model-provider openai --user-model gpt-4o-2024-11-20 --user-model-provider openai --user-strategy llm',
      'python run.py --env retail --model gpt-4o --model-provider openai',
      'python run.py --env retail --model Qwen3-Coder --model-provider anthropic',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['openai-compatible/Qwen3-Coder', 'api', 4],
      ['openai/gpt-4o-2024-11-20', 'api', 4],
      ['openai/gpt-4o', 'api', 5],
    ]);
  });

  it("reads bfcl's --model as the model it queries", () => {
    // QwenLM/Qwen3-Coder qwencoder-eval/tool_calling_eval/README.md:68-71 (a shell block).
    const text = ['bfcl generate --model Qwen3-Coder-480B-A35B-Instruct --num-threads 16', 'bfcl evaluate --model Qwen3-Coder-480B-A35B-Instruct'].join('\n');
    expect(rows(text)).toEqual([
      ['openai-compatible/Qwen3-Coder-480B-A35B-Instruct', 'api', 1],
      ['openai-compatible/Qwen3-Coder-480B-A35B-Instruct', 'api', 2],
    ]);
    // Without bfcl or a provider, a bare capitalised name given to a script's --model stays unread.
    expect(rows('python run.py --model Qwen3-Coder-480B-A35B-Instruct --num-threads 16')).toEqual([]);
  });
});

describe('shell: OpenXLab downloads (session 31)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `openxlab model download --model-repo X` as an OpenXLab repo, and not the repo `openxlab model create` uploads to', async () => {
    // OpenXLab's CLI (`openxlab model download --model-repo 'OpenLMLab/InternLM-7b'`); SmartFlowAI/EmoLLM scripts/upload_openxlab.py:3
    const text = [
      "openxlab model download --model-repo 'OpenLMLab/internlm2-chat-7b' --output ./weights",
      'openxlab model download --model-repo=THUDM/chatglm3-6b',
      "openxlab model create --model-repo='jujimeizuo/EmoLLM_Model' -s ./metafile.yml",
    ].join('\n');
    expect(await found(text)).toEqual([
      ['OpenLMLab/internlm2-chat-7b', 'openxlab', 1],
      ['THUDM/chatglm3-6b', 'openxlab', 2],
    ]);
  });
});

describe('shell: diffusion launchers (held-out round 34: PKU-YuanGroup/Open-Sora-Plan; session 31)', () => {
  const found = async (text: string, relPath = 'run.sh') => {
    const { references } = (await shell.extract({ relPath, size: text.length, text })) as ExtractResult;
    return references.map((r) => [r.id, r.source, r.line]);
  };

  it('reads the text encoder and autoencoder a diffusion pipeline loads apart from its denoiser, not their settings', async () => {
    // PKU-YuanGroup/Open-Sora-Plan scripts/text_condition/gpu/train_t2v_v1_3.sh:23-29 and sample_t2v_v1_3.sh:10-13;
    // Kwai-Kolors/Kolors dreambooth/train.sh:17 (a learning rate).
    const text = [
      'accelerate launch \\',
      '    opensora/train/train_t2v_diffusers.py \\',
      '    --model OpenSoraT2V_v1_3-2B/122 \\',
      '    --text_encoder_name_1 google/mt5-xxl \\',
      '    --cache_dir "../../cache_dir/" \\',
      '    --ae WFVAEModel_D8_4x8x8 \\',
      '    --ae_path "/storage/lcm/WF-VAE/results/latent8" \\',
      '    --text_encoder_lr=5e-5 \\',
      '    --output_dir="debug"',
      'torchrun --nnodes=1 --nproc_per_node 8 -m opensora.sample.sample \\',
      '    --text_encoder_name_1 "/storage/ongoing/new/Open-Sora-Plan/cache_dir/mt5-xxl" \\',
      '    --vae_path ./weights/sd-vae-ft-mse \\',
      '    --save_img_path "./save_path"',
    ].join('\n');
    const rows = await found(text);
    expect(rows).toContainEqual(['google/mt5-xxl', 'huggingface', 4]);
    expect(rows).toContainEqual(['/storage/lcm/WF-VAE/results/latent8', 'local', 7]);
    expect(rows).toContainEqual(['/storage/ongoing/new/Open-Sora-Plan/cache_dir/mt5-xxl', 'local', 11]);
    expect(rows).toContainEqual(['./weights/sd-vae-ft-mse', 'local', 12]);
    // The autoencoder's key in the project's own table, a learning rate and where images are saved name no model.
    expect(rows.map((r) => r[0])).not.toContain('WFVAEModel_D8_4x8x8');
    expect(rows.filter((r) => r[2] === 8 || r[2] === 13)).toEqual([]);
  });
});

describe('shell: a weights file downloaded by its URL (held-out HKUDS/VideoRAG, round 34, session 31)', () => {
  it('reads the file a downloader fetches from a host that is no model hub as a local model', () => {
    // GoogleCloudPlatform/ai-on-gke's model-archive step and HKUDS/VideoRAG's README, in a download script.
    const text = [
      '# download the model weights',
      'wget https://download.pytorch.org/models/densenet161-8d451a50.pth -O densenet161-8d451a50.pth',
      'curl -L -o ckpt/sam.pth https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth',
      'echo https://dl.fbaipublicfiles.com/imagebind/imagebind_huge.pth',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'scripts/download_models.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.filter((r) => r.source === 'local').map((r) => [r.id, r.line])).toEqual([
      ['densenet161-8d451a50.pth', 2],
      ['sam_vit_h_4b8939.pth', 3],
    ]);
  });
});

describe('shell: weights and model folders given to a script by checkpoint and root flags (held-out Tencent/HunyuanDiT, modelscope/facechain, round 34)', () => {
  const rows = (text: string, relPath = 'run.sh') =>
    (shell.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a LoRA checkpoint flag, a model root named for a model, TensorRT-LLM's --hf_model_dir (README.md, lora/README.md, mllm/trtllm)", () => {
    const text = [
      '# Inference using trained LORA weights.',
      'python sample_t2i.py --infer-mode fa --prompt "青花瓷风格，一只小狗"  --no-enhance --lora-ckpt log_EXP/001-lora_porcelain_ema_rank64/checkpoints/0001000.pt',
      'python sample_t2i.py --infer-mode fa --prompt "青花瓷风格，一只猫在追蝴蝶"  --no-enhance --load-key ema --lora-ckpt ./ckpts/t2i/lora/porcelain',
      'python sample_t2i.py --infer-mode fa --prompt "渔舟唱晚" --model-root ./HunyuanDiT-v1.1 --use-style-cond --size-cond 1024 1024 --beta-end 0.03',
      'python3  run_llava.py  --max_new_tokens 512 --hf_model_dir  ./llava-v1.6-mistral-7b-hf-merged/   --visual_engine_dir visual_engines/',
      // (A root named for no model, and a root given by a variable, name none.)
      'python trt/export_onnx.py --model-root ${MODEL_ROOT} --onnx-workdir ${ONNX_WORKDIR} --infer-mode torch',
      'python train.py --model_root ./model',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['log_EXP/001-lora_porcelain_ema_rank64/checkpoints/0001000.pt', 'local', 2],
      ['./ckpts/t2i/lora/porcelain', 'local', 3],
      ['./HunyuanDiT-v1.1', 'local', 4],
      ['./llava-v1.6-mistral-7b-hf-merged', 'local', 5],
    ]);
  });

  it("reads Stable Diffusion's --ckpt and DreamBooth's --actual_resume as local files, not Hub ids (more_apps/Facechain-SuDe/main.sh)", () => {
    const text = [
      'CUDA_VISIBLE_DEVICES=0 python scripts/stable_txt2img.py --ddim_eta 0.0 --n_samples 10 --ckpt stable-diffusion-v-1-4/sd-v1-4-full-ema.ckpt --prompt "photo of a dog" --seed 77',
      'CUDA_VISIBLE_DEVICES=0 python main.py --base configs/stable-diffusion/v1-finetune_unfrozen.yaml -t --actual_resume stable-diffusion-v-1-4/sd-v1-4-full-ema.ckpt -n task_dog --gpus 0,',
      'python scripts/stable_txt2img.py --ddim_steps 50 --ckpt finetuned_ckpt --prompt "prompt"',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['stable-diffusion-v-1-4/sd-v1-4-full-ema.ckpt', 'local', 1],
      ['stable-diffusion-v-1-4/sd-v1-4-full-ema.ckpt', 'local', 2],
    ]);
  });

  it("leaves a LoRA checkpoint a training script continues from (DiffSynth-Studio's train.py --lora_checkpoint)", () => {
    const text = [
      'accelerate launch examples/z_image/model_training/train.py \\',
      '  --lora_rank 32 \\',
      '  --lora_checkpoint "./models/train/Z-Image-Turbo_lora/epoch-4.safetensors" \\',
      '  --use_gradient_checkpointing',
    ].join('\n');
    expect(rows(text)).toEqual([]);
  });

  it("reads diffusers' --pretrained_model_name_or_path= as the base model trained on", () => {
    // modelscope/facechain train_style/demo.py builds this command; the shell spelling of it.
    expect(rows('accelerate launch train_text_to_image_lora.py --pretrained_model_name_or_path=ly261666/cv_portrait_model --output_dir=out')).toEqual([
      ['ly261666/cv_portrait_model', 'huggingface', 1],
    ]);
  });
});

describe('shell: a config override of the load call (held-out hpcaitech/Open-Sora, round 36, session 32)', () => {
  const rows = (text: string) =>
    (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `--model.from_pretrained` and `--from_pretrained` given a weights file, not a dataset path or a placeholder (docs/train.md)', () => {
    // hpcaitech/Open-Sora docs/train.md:109, :115 and :157 (the last, a placeholder of the user's own run, is no model).
    const text = [
      'torchrun --nproc_per_node 8 scripts/diffusion/train.py configs/diffusion/train/stage1.py --dataset.data-path datasets/pexels_45k_necessary.csv --model.from_pretrained ckpts/Open_Sora_v2.safetensors',
      'torchrun --nproc_per_node 8 scripts/diffusion/train.py configs/diffusion/train/stage1.py --from_pretrained ckpts/flux1-dev-fused-rope.safetensors',
      'torchrun --nproc_per_node 1 --standalone scripts/diffusion/inference.py configs/diffusion/inference/t2i2v_256px.py --save-dir samples --model.from_pretrained outputs/your_experiment/epoch*-global_step*',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['ckpts/Open_Sora_v2.safetensors', 'local', 1],
      ['ckpts/flux1-dev-fused-rope.safetensors', 'local', 2],
    ]);
  });
});

describe('shell: weights a later step loads from where an earlier one wrote, and positional weights folders (held-out round 36: hiyouga/ChatGLM-Efficient-Tuning, THUDM/ChatGLM3; session 32)', () => {
  const found = async (text: string, relPath = 'run.sh') => {
    const { references } = (await shell.extract({ relPath, size: text.length, text })) as ExtractResult;
    return references.map((r) => [r.id, r.source, r.line]);
  };

  it('reads `--checkpoint_dir` and `--engine_dir` given folders the script wrote, comma lists too, and nothing else there', async () => {
    // hiyouga/ChatGLM-Efficient-Tuning examples/covid_doctor.md:30-36, 140-145 and THUDM/ChatGLM3 tensorrt_llm_demo/README.md:53, 107
    const text = [
      'python src/train_bash.py --stage sft --do_train --finetuning_type lora --output_dir covid/sft',
      'python src/train_bash.py --stage ppo --do_train --checkpoint_dir covid/sft --output_dir covid/ppo',
      'python src/train_bash.py --stage sft --do_predict --checkpoint_dir covid/sft,covid/ppo --output_dir covid/pred',
      'python3 build.py -m chatglm3_6b --output_dir trt_engines/chatglm3_6b/fp16/1-gpu',
      'python3 ../run.py --max_output_len 50 --engine_dir trt_engines/chatglm3_6b/fp16/1-gpu',
      // A checkpoint folder nothing here wrote: a trainer's output as often as an input, left alone.
      'python train.py --checkpoint_dir ./runs/exp1',
      // A folder the script wrote, given to a data flag: no model.
      'python eval.py --data_dir covid/pred',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['covid/sft', 'local', 2],
      ['covid/sft', 'local', 3],
      ['covid/ppo', 'local', 3],
      ['trt_engines/chatglm3_6b/fp16/1-gpu', 'local', 5],
    ]);
  });

  it('reads no `path_to_*` placeholder, as a base model or as a written folder loaded back', async () => {
    // hiyouga/ChatGLM-Efficient-Tuning examples/alter_cog_chatglm2.sh:3-10, 22-28
    const text = [
      'CUDA_VISIBLE_DEVICES=0 python ../src/train_bash.py \\',
      '    --stage sft \\',
      '    --model_name_or_path path_to_chatglm2_6b \\',
      '    --do_train \\',
      '    --output_dir path_to_sft_checkpoint',
      'CUDA_VISIBLE_DEVICES=0 python ../src/train_bash.py \\',
      '    --model_name_or_path path_to_chatglm2_6b \\',
      '    --checkpoint_dir path_to_sft_checkpoint \\',
      '    --reward_model path_to_sft_checkpoint',
      'python train.py --model_name_or_path Qwen2.5-0.5B',
    ].join('\n');
    expect(await found(text)).toEqual([['Qwen2.5-0.5B', 'local', 10]]);
  });

  it('reads a Trainer checkpoint folder and a lone rooted path named like a model, not an input/output pair nor data', async () => {
    // THUDM/ChatGLM3 finetune_demo/lora_finetune.ipynb:847, 892 (its `!` commands, as a script)
    const text = [
      'CUDA_VISIBLE_DEVICES=0 NCCL_P2P_DISABLE="1" python finetune_hf.py  data/AdvertiseGen_fix  /media/zr/Data/Models/LLM/chatglm3-6b  configs/lora.yaml',
      'CUDA_VISIBLE_DEVICES=0 python inference_hf.py output/checkpoint-4000/ --prompt "类型#裙*版型#显瘦"',
      // Two rooted paths: the model read and the one written.
      'python convert.py /models/llama-7b /models/llama-7b-hf',
      // A rooted data folder (no digit in its name) and a file.
      'python preprocess.py /data/AdvertiseGen /data/train.json',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['/media/zr/Data/Models/LLM/chatglm3-6b', 'local', 1],
      ['output/checkpoint-4000', 'local', 2],
    ]);
  });
});

describe("shell: LLaVA's pretrained projector flag (held-out round 36, session 32)", () => {
  const rows = (text: string) =>
    (shell.extract({ relPath: 'finetune.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `--pretrain_mm_mlp_adapter <org>/<name>/mm_projector.bin` as the Hub repo, and a projector on disk as that file', () => {
    // DAMO-NLP-SG/VideoLLaMA2 scripts/custom/finetune.sh:41-48 and haotian-liu/LLaVA scripts/v1_5/finetune.sh:10.
    const text = [
      'torchrun --nnodes $WORLD_SIZE \\',
      '    videollama2/train.py \\',
      '    --model_type videollama2_qwen2 \\',
      '    --pretrain_mm_mlp_adapter DAMO-NLP-SG/VideoLLaMA2.1-7B-16F-Base/mm_projector.bin \\',
      '    --output_dir ${OUTP_DIR}/${WANDB_PROJECT}/finetune_${RUN_NAME}',
      'deepspeed llava/train/train_mem.py \\',
      '    --pretrain_mm_mlp_adapter ./checkpoints/llava-v1.5-13b-pretrain/mm_projector.bin \\',
      '    --pretrain_mm_mlp_adapter ${OUTP_DIR}/${WANDB_PROJECT}/pretrain_${RUN_NAME}/mm_projector.bin',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['DAMO-NLP-SG/VideoLLaMA2.1-7B-16F-Base', 'huggingface', 4],
      ['./checkpoints/llava-v1.5-13b-pretrain/mm_projector.bin', 'local', 7],
    ]);
  });
});

describe('shell: Chinese-CLIP (held-out round 36, issue #15, session 32)', () => {
  const found = async (text: string, relPath = 'run.sh') =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `--resume=${resume}` as the pretrained checkpoint the variable holds, at its assignment', async () => {
    // OFA-Sys/Chinese-CLIP run_scripts/muge_finetune_vit-b-16_rbt-base.sh:30, 62-66 (cut)
    const text = [
      'DATAPATH=${1}',
      'resume=${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt # or specify your customed ckpt path to resume',
      'output_base_dir=${DATAPATH}/experiments/',
      'python3 -m torch.distributed.launch --use_env --nproc_per_node=${GPUS_PER_NODE} cn_clip/training/main.py \\',
      '          --train-data=${train_data} \\',
      '          --resume=${resume} \\',
      '          --logs=${output_base_dir}',
      // A run resumed where it left off is no model read.
      'python3 cn_clip/training/main.py --resume=${DATAPATH}/experiments/run1/checkpoints/epoch_latest.pt',
    ].join('\n');
    expect(await found(text)).toEqual([['${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt', 'local', 2]]);
  });

  it('reads exported ONNX and TensorRT files under a root variable given to model and weights flags', async () => {
    // OFA-Sys/Chinese-CLIP deployment.md:158-164 and 293-300 (bash blocks, run as a script)
    const text = [
      'python cn_clip/deploy/onnx_to_tensorrt.py \\',
      '       --model-arch ViT-B-16 \\',
      '       --text-onnx-path ${DATAPATH}/deploy/vit-b-16.txt.fp16.onnx \\',
      '       --save-tensorrt-path ${DATAPATH}/deploy/vit-b-16 \\',
      '       --fp16',
      'python3 cn_clip/deploy/speed_benchmark.py \\',
      '        --model-arch ViT-B-16 \\',
      '        --pytorch-ckpt ${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt \\',
      '        --onnx-image-model ${DATAPATH}/deploy/vit-b-16.img.fp16.onnx \\',
      '        --tensorrt-text-model ${DATAPATH}/deploy/vit-b-16.txt.fp16.trt',
      // A part of a model folder the script sets (FunAudioLLM/CosyVoice examples/libritts/cosyvoice/run.sh:10, 30-31) is no second model.
      'pretrained_model_dir=../../../pretrained_models/CosyVoice-300M',
      '../../../tools/extract_embedding.py --dir data/$x --onnx_path $pretrained_model_dir/campplus.onnx',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['../../../pretrained_models/CosyVoice-300M', 'local', 11],
      ['${DATAPATH}/deploy/vit-b-16.txt.fp16.onnx', 'local', 3],
      ['${DATAPATH}/pretrained_weights/clip_cn_vit-b-16.pt', 'local', 8],
      ['${DATAPATH}/deploy/vit-b-16.img.fp16.onnx', 'local', 9],
      ['${DATAPATH}/deploy/vit-b-16.txt.fp16.trt', 'local', 10],
    ]);
  });
});

describe('shell: a model flag given several Hub ids (held-out round 36, issue #15, session 32)', () => {
  const found = async (text: string) =>
    ((await shell.extract({ relPath: 'merge.sh', size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads each Hub id of a comma-separated --lora_model, and nothing of a list that is not all Hub ids', async () => {
    // ymcui/Chinese-LLaMA-Alpaca notebooks/legacy/convert_and_quantize_chinese_alpaca_plus.ipynb:306-310 (a code cell, cut)
    const text = [
      'python ./Chinese-LLaMA-Alpaca/scripts/merge_llama_with_chinese_lora.py \\',
      '    --base_model decapoda-research/llama-7b-hf \\',
      '    --lora_model ziqingyang/chinese-llama-plus-lora-7b,ziqingyang/chinese-alpaca-plus-lora-7b \\',
      '    --output_type pth \\',
      '    --output_dir alpaca-combined',
      'python merge.py --base_model decapoda-research/llama-7b-hf --lora_model path/to/lora_a,${LORA_B}',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['decapoda-research/llama-7b-hf', 'huggingface', 2],
      ['ziqingyang/chinese-llama-plus-lora-7b', 'huggingface', 3],
      ['ziqingyang/chinese-alpaca-plus-lora-7b', 'huggingface', 3],
      ['decapoda-research/llama-7b-hf', 'huggingface', 6],
    ]);
  });
});

describe('held-out round 36 (session 32): SAT launchers', () => {
  it("reads `--local_tokenizer <Hub id>` inside a launcher's quoted arguments as the tokenizer repo", () => {
    // THUDM/CogVLM finetune_demo/evaluate_cogagent.sh:14-18 (cut).
    const text = [
      'MODEL_ARGS="--from_pretrained ./checkpoints/ft_cogagent_model \\',
      '    --max_length 400 \\',
      '    --local_tokenizer lmsys/vicuna-7b-v1.5 \\',
      '    --version $VERSION"',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'finetune_demo/evaluate_cogagent.sh', size: text.length, text }) as ExtractResult).references.map((r) => [
      r.id,
      r.line,
    ]);
    expect(rows).toEqual([['lmsys/vicuna-7b-v1.5', 3]]);
  });
});

describe('held-out round 36 (session 32): a Hub id written as a folder', () => {
  it("reads a model flag's `org/name/` as that repo, as a setting's is, and not a deeper path", () => {
    // QwenLM/Qwen recipes/finetune/deepspeed/*.ipynb's `!python finetune.py --model_name_or_path "Qwen/Qwen-1_8B-Chat/"`.
    const text = [
      'python finetune.py \\',
      '    --model_name_or_path "Qwen/Qwen-1_8B-Chat/" \\',
      '    --output_dir "output_qwen"',
      'python finetune.py --model_name_or_path data/Qwen/Qwen-1_8B-Chat/x/ --output_dir out',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows.filter((r) => r[2] === 2)).toEqual([['Qwen/Qwen-1_8B-Chat', 'huggingface', 2]]);
    expect(rows.filter((r) => r[0] === 'Qwen/Qwen-1_8B-Chat' && r[2] === 4)).toEqual([]);
  });
});

describe('held-out round 36 (session 32): checkpoint options', () => {
  it("reads `--pretrained-ckpt` / `--checkpoint` given a Hub id, SAT's `--from_pretrained` folder, and no output folder", () => {
    // X-PLUG/mPLUG-Owl mPLUG-Owl/scripts/train_it.sh:47, QwenLM/Qwen-VL eval_mm/seed_bench/EVAL_SEED.md:65, THUDM/CogVLM
    // finetune_demo/evaluate_cogvlm.sh:13 (cut).
    const text = [
      'python -m torch.distributed.launch ./pipeline/train.py \\',
      '\t--pretrained-ckpt MAGAer13/mplug-owl-llama-7b-pt \\',
      '    --seq-length 2048',
      'python eval.py --checkpoint Qwen/Qwen-VL-Chat --dataset_name seed',
      'python train.py --checkpoint ./checkpoints --save ./checkpoints',
      'python evaluate_cogvlm_demo.py --from_pretrained ./checkpoints/merged_lora_490 --max_length 400',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['MAGAer13/mplug-owl-llama-7b-pt', 'huggingface', 2],
      ['Qwen/Qwen-VL-Chat', 'huggingface', 4],
      ['./checkpoints/merged_lora_490', 'local', 6],
    ]);
  });
});

describe('held-out round 37 (session 33): trainer step checkpoints', () => {
  it("reads a Trainer's `checkpoint-<step>` folder given to a model or checkpoint flag, and no resume or output", () => {
    // THUDM/ChatGLM2-6B ptuning/evaluate.sh:13-15, evaluate_finetune.sh:12, web_demo.sh:3-5 (cut).
    const text = [
      'torchrun --standalone --nnodes=1 --nproc-per-node=$NUM_GPUS main.py \\',
      '    --model_name_or_path THUDM/chatglm2-6b \\',
      '    --ptuning_checkpoint ./output/$CHECKPOINT/checkpoint-$STEP \\',
      '    --output_dir ./output/$CHECKPOINT',
      'torchrun main.py --do_predict --model_name_or_path ./output/$CHECKPOINT/checkpoint-$STEP  --output_dir ./output/$CHECKPOINT',
      'CUDA_VISIBLE_DEVICES=0 python3 web_demo.py --ptuning_checkpoint output/adgen-chatglm2-6b-pt-128-2e-2/checkpoint-3000',
      // Where the same run goes on, and where a run writes: no model loaded.
      'python train.py --resume_from_checkpoint output/sft/checkpoint-1000 --output_dir output/sft',
      'python export.py --save_dir output/export/checkpoint-1000',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'evaluate.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['THUDM/chatglm2-6b', 'huggingface', 2],
      ['./output/$CHECKPOINT/checkpoint-$STEP', 'local', 3],
      ['./output/$CHECKPOINT/checkpoint-$STEP', 'local', 5],
      ['output/adgen-chatglm2-6b-pt-128-2e-2/checkpoint-3000', 'local', 6],
    ]);
  });
});

describe('shell: image and video towers (held-out round 37, session 33)', () => {
  it("reads a LLaVA fork's --image_tower and --video_tower as models it loads, not the output folder", async () => {
    // PKU-YuanGroup/Video-LLaVA scripts/v1_5/pretrain.sh:8-22 (cut).
    const text = [
      'HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1 deepspeed videollava/train/train_mem.py \\',
      '    --deepspeed ./scripts/zero2.json \\',
      '    --model_name_or_path lmsys/vicuna-7b-v1.5 \\',
      '    --version plain \\',
      '    --data_path ${JSON_FOLDER}/llava_image_.json ${JSON_FOLDER}/valley_.json \\',
      '    --image_tower LanguageBind/LanguageBind_Image \\',
      '    --image_folder ${IMAGE_FOLDER} \\',
      '    --video_tower LanguageBind/LanguageBind_Video_merge \\',
      '    --video_folder ${VIDEO_FOLDER} \\',
      '    --mm_projector_type mlp2x_gelu \\',
      '    --output_dir ./checkpoints/videollava-7b-pretrain \\',
    ].join('\n');
    const rows = ((await shell.extract({ relPath: 'scripts/v1_5/pretrain.sh', size: text.length, text })) as ExtractResult).references.map((r) => [
      r.id,
      r.line,
    ]);
    expect(rows).toEqual([
      ['lmsys/vicuna-7b-v1.5', 3],
      ['LanguageBind/LanguageBind_Image', 6],
      ['LanguageBind/LanguageBind_Video_merge', 8],
    ]);
  });
});

describe('shell: a .pth.tar checkpoint downloaded from a release (held-out round 37, session 33)', () => {
  it('reads the file a wget fetches from a GitHub release, .pth.tar as .safetensors, not the -O destination again', () => {
    // OpenTalker/SadTalker scripts/download_models.sh:17,19
    const text = [
      'wget -nc https://github.com/OpenTalker/SadTalker/releases/download/v0.0.2-rc/mapping_00109-model.pth.tar -O  ./checkpoints/mapping_00109-model.pth.tar',
      'wget -nc https://github.com/OpenTalker/SadTalker/releases/download/v0.0.2-rc/SadTalker_V0.0.2_256.safetensors -O  ./checkpoints/SadTalker_V0.0.2_256.safetensors',
      'wget -nc https://github.com/OpenTalker/SadTalker/releases/download/v0.0.2-rc/hub.tar -O ./checkpoints/hub.tar',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'scripts/download_models.sh', size: text.length, text }) as ExtractResult).references.map((r) => [
      r.id,
      r.source,
      r.line,
    ]);
    expect(rows).toEqual([
      ['mapping_00109-model.pth.tar', 'local', 1],
      ['SadTalker_V0.0.2_256.safetensors', 'local', 2],
    ]);
  });
});

describe('held-out round 37 (session 33): a model folder under the working directory written as $(pwd) / $PWD', () => {
  it('reads `model_dir=$(pwd)/x` and `model_dir=$PWD/x` as `./x`, and a data folder there as nothing', () => {
    // wenet-e2e/wenet runtime/gpu/cuda_decoders/run.sh:43-45, runtime/libtorch/README.md:12 (cut).
    const text = [
      '   wget https://wenet-1256283475.cos.ap-shanghai.myqcloud.com/models/aishell/20211025_conformer_exp.tar.gz --no-check-certificate',
      '   tar zxvf 20211025_conformer_exp.tar.gz',
      '   model_dir=$(pwd)/20211025_conformer_exp',
      '   python3 wenet/bin/export_onnx_gpu.py --config=$model_dir/train.yaml --checkpoint=$model_dir/final.pt',
      'model_dir=$PWD/aishell_u2pp_conformer_libtorch  # absolute path',
      'data_dir=$PWD/data/test',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows.filter((r) => r[2] === 3 || r[2] === 5)).toEqual([
      ['./20211025_conformer_exp', 'local', 3],
      ['./aishell_u2pp_conformer_libtorch', 'local', 5],
    ]);
    expect(rows.filter((r) => r[2] === 6)).toEqual([]);
  });
});

describe('held-out round 38 (session 34): lm-evaluation-harness --model_args beyond pretrained=', () => {
  it('reads a hosted model under model=/engine= and delta weights under delta=, not a backend or a placeholder', () => {
    // EleutherAI/lm-evaluation-harness README.md:555-557, :627-629, :647-649; lm_eval/tasks/french_bench/README.md:68 (cut).
    const text = [
      'lm_eval --model openai-completions \\',
      '    --model_args model=davinci-002 \\',
      '    --tasks lambada_openai,hellaswag',
      'lm_eval --model openai \\',
      '    --model_args engine=davinci-002 \\',
      '    --tasks lambada_openai,hellaswag',
      'lm_eval --model hf \\',
      '    --model_args pretrained=Ejafa/llama_7B,delta=lmsys/vicuna-7b-delta-v1.1 \\',
      '    --tasks hellaswag',
      'lm_eval --model openai-completions --model_args engine=text-davinci-003  --tasks french_bench  --limit 100',
      'lm_eval --model local-completions --model_args model=my-model,base_url=http://localhost:8000/v1 --tasks gsm8k',
    ].join('\n');
    const rows = (shell.extract({ relPath: 'eval.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);
    expect(rows).toEqual([
      ['openai/davinci-002', 'api', 2],
      ['openai/davinci-002', 'api', 5],
      ['Ejafa/llama_7B', 'huggingface', 8],
      ['lmsys/vicuna-7b-delta-v1.1', 'huggingface', 8],
      ['openai/text-davinci-003', 'api', 10],
    ]);
  });
});

describe("shell: openai-whisper's CLI given one of its names (held-out openai/whisper, session 34)", () => {
  const found = (text: string) =>
    (shell.extract({ relPath: 'transcribe.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it('reads `--model <name>` of a `whisper` command as the Hub repository of the checkpoint load_model downloads', () => {
    // openai/whisper README.md:85, :99 (as a script's lines)
    const text = [
      '#!/bin/sh',
      'whisper audio.flac audio.mp3 audio.wav --model turbo',
      'whisper japanese.wav --model medium --language Japanese --task translate',
    ].join('\n');
    expect(found(text)).toEqual([
      ['openai/whisper-large-v3-turbo', 'huggingface', 2],
      ['openai/whisper-medium', 'huggingface', 3],
    ]);
  });

  it("reads no Whisper name given to another program's --model, nor a name Whisper does not know", () => {
    const text = ['#!/bin/sh', 'mytool --model medium', 'whisper talk.wav --model huge-v9', 'whisper talk.wav --language en'].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('held-out round 38 (session 34): weights a research repo downloads, unpacks and hands to its scripts', () => {
  const rows = (text: string) =>
    (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads a weights file downloaded from a Space's resolve URL; not a Space's image, nor a model repo's file (hub-url's)", () => {
    // OpenGVLab/Ask-Anything video_chat_with_ChatGPT/README.md:35-37 (cut).
    expect(
      rows(
        [
          'mkdir pretrained_models',
          'wget -P ./pretrained_models https://huggingface.co/spaces/xinyu1205/Tag2Text/resolve/main/tag2text_swin_14m.pth',
          'wget -P ./pretrained_models https://huggingface.co/spaces/xinyu1205/Tag2Text/resolve/main/images/demo1.jpg',
          'wget https://huggingface.co/ShilongLiu/GroundingDINO/resolve/main/groundingdino_swint_ogc.pth',
        ].join('\n'),
      ),
    ).toEqual([['tag2text_swin_14m.pth', 'local', 2]]);
  });

  it("reads FastChat's apply_delta.py run by its file name: the delta and the base, not the target it writes", () => {
    // OpenGVLab/Ask-Anything video_chat/README_CN.md:137-140 (cut): no model word in the command.
    expect(
      rows(['python3 apply_delta.py \\', '  --base ./llama-7b \\', '  --target vicuna-7b-v0 \\', '  --delta lmsys/vicuna-7b-delta-v0'].join('\n')),
    ).toEqual([
      ['./llama-7b', 'local', 2],
      ['lmsys/vicuna-7b-delta-v0', 'huggingface', 4],
    ]);
  });

  it("reads any option of a Python script given a weights-only file, a short flag too; not an output's, a run's checkpoint nor a config", () => {
    // IDEA-Research/GroundingDINO README.md:198-204 (cut), with an output and a run's checkpoint beside it.
    expect(
      rows(
        [
          'CUDA_VISIBLE_DEVICES=0 python demo/inference_on_a_image.py \\',
          '-c groundingdino/config/GroundingDINO_SwinT_OGC.py \\',
          '-p weights/groundingdino_swint_ogc.pth \\',
          '-i image_you_want_to_detect.jpg',
          'python export.py -o exported/groundingdino.pth --save_path out/model.safetensors',
          'python eval.py -p runs/exp1/best.pth',
        ].join('\n'),
      ),
    ).toEqual([['weights/groundingdino_swint_ogc.pth', 'local', 3]]);
  });
});

describe('shell: an Ollama library name with its tag set for a command (held-out PromtEngineer/localGPT, round 38, session 34)', () => {
  it('reads `GENERATION_MODEL=qwen3.5:4b` as the Ollama tag with no other word of Ollama, not a name no library has', () => {
    // PromtEngineer/localGPT DOCKER_README.md:369-372 and Documentation/quick_start.md:329 (cut).
    const text = [
      '# Lighter configuration',
      'GENERATION_MODEL=qwen3.5:4b \\',
      'EMBEDDING_MODEL=Qwen/Qwen3-Embedding-0.6B \\',
      'docker compose --env-file docker.env up -d rag-api backend',
      'export GENERATION_MODEL=qwen3.5:4b',
      'RERANK_MODEL=custom-reranker:v2 python run_system.py',
      'REDIS_HOST=redis:6379 python run_system.py',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references;
    // (A line of assignments before a command is read as both: the report keeps one reference a line.)
    const rows = [...new Set(refs.map((r) => `${r.id} ${r.source} ${r.line}`))]
      .map((row) => row.split(' '))
      .map(([id, source, line]) => [id, source, Number(line)]);
    expect(rows).toEqual([
      ['qwen3.5:4b', 'ollama', 2],
      ['Qwen/Qwen3-Embedding-0.6B', 'huggingface', 3],
      ['qwen3.5:4b', 'ollama', 5],
    ]);
  });
});

describe('shell: the pretrained weights a trainer starts from (held-out round 38, session 34)', () => {
  it('reads `--pretrained_path` given a variable holding a folder named like a model, not a placeholder', () => {
    // OpenGVLab/LLaMA-Adapter gorilla/finetune/scripts/finetune/finetune_7B_gorilla_hf.sh:1-16 (cut) and
    // imagebind_LLM/exps/finetune.sh (a positional parameter: nothing to read).
    const text = [
      'data_parallel="$1"',
      'llama_path="/data1/llma/7B"',
      'python -u -m torch.distributed.launch --nproc_per_node=8 --use_env main_finetune.py \\',
      '--llama_type llama --weight_decay 0.1 --output_dir output/"$exp_name" \\',
      '--llama_config "$llama_path"/params.json \\',
      '--pretrained_path "$llama_path" --pretrained_type meta_ori --checkpointing',
      'PRETRAINED_PATH="$2"',
      'python main_finetune.py --pretrained_path "$PRETRAINED_PATH"',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'scripts/finetune/finetune_7B_gorilla_hf.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([[2, '/data1/llma/7B', 'local']]);
  });
});

describe('shell: the LoRA an inference script loads, by `--lora_weights`/`--lora_path` (held-out SCIR-HI/Huatuo-Llama-Med-Chinese, session 35)', () => {
  it('reads the adapter folder by any name, as a path or a bare joined word, beside its base model', () => {
    // SCIR-HI/Huatuo-Llama-Med-Chinese scripts/infer.sh:7-10 and scripts/test.sh:23-27, OpenBMB/ToolBench's
    // scripts/inference_toolllama_lora_pipeline.sh:12.
    const text = [
      'python infer.py \\',
      "    --base_model 'decapoda-research/llama-7b-hf' \\",
      "    --lora_weights './lora-llama-med' \\",
      '    --use_lora True',
      'python infer.py --base_model ${BASE_MODEL} --use_lora True --lora_weights "lora-llama-med"',
      'python toolbench/inference/qa_pipeline.py --model_path huggyllama/llama-7b --lora --lora_path toolllama_lora',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'scripts/infer.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => [r.line, r.id, r.source])).toEqual([
      [2, 'decapoda-research/llama-7b-hf', 'huggingface'],
      [3, './lora-llama-med', 'local'],
      [5, 'lora-llama-med', 'local'],
      [6, 'huggyllama/llama-7b', 'huggingface'],
      [6, 'toolllama_lora', 'local'],
    ]);
  });

  it('leaves placeholders and single words alone', () => {
    // InternLM/InternLM-XComposer finetune/README.md:131-133 (`path_to_adapter`), and a bare `lora` word.
    const text = [
      'python3 merge_peft_adapter.py --adapter_model_name=path_to_adapter --base_model_name=path_to_base_model',
      'python infer.py --base_model /models/llama-7b --lora_weights your_lora',
      'python infer.py --base_model /models/llama-7b --lora_path lora',
      '',
    ].join('\n');
    const refs = (shell.extract({ relPath: 'merge.sh', size: text.length, text }) as ExtractResult).references;
    expect(refs.map((r) => r.id)).not.toEqual(expect.arrayContaining(['path_to_adapter']));
    expect(refs.map((r) => r.id).filter((id) => /lora|adapter/.test(id))).toEqual([]);
  });
});

describe('shell: weights URLs held in a variable or array named for a model (held-out pytorch/torchtune, session 35)', () => {
  it("reads each weights file's URL, not a model's config or tokenizer, nor a URL under a name for no model", async () => {
    // pytorch/torchtune tests/cache_artifacts.sh:15-39 (cut); the last line added.
    const text = [
      'SMALL_MODEL_URLS=(',
      '    "https://ossci-datasets.s3.amazonaws.com/torchtune/small-ckpt-tune-03082024.pt"',
      '    "https://ossci-datasets.s3.amazonaws.com/torchtune/llama3-hf-04232025/config.json"',
      '    "https://ossci-datasets.s3.amazonaws.com/torchtune/small-ckpt-hf-reward-06092025.pt"',
      ')',
      'FULL_MODEL_URL=("s3://pytorch-multimodal/llama2-7b-torchtune.pt")',
      'TOKENIZER_URLS=(',
      '    "https://ossci-datasets.s3.amazonaws.com/torchtune/tokenizer.model"',
      ')',
      'LOCAL_DIR="/tmp/test-artifacts"',
      'DATA_URL="https://example.org/data/shard-001.pt"',
    ].join('\n');
    const { references } = (await shell.extract({ relPath: 'tests/cache_artifacts.sh', size: text.length, text })) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['small-ckpt-tune-03082024.pt', 'local', 2],
      ['small-ckpt-hf-reward-06092025.pt', 'local', 4],
      ['llama2-7b-torchtune.pt', 'local', 6],
    ]);
  });
});

describe("shell: PiSSA's residual model flag (session 35, huggingface/peft)", () => {
  it('reads --residual_model_name_or_path as the model the run loads, not the output folder or the dataset', async () => {
    // Cut from huggingface/peft examples/pissa_finetuning/README.md (the 4-bit fine-tuning command).
    const text = [
      'python pissa_finetuning.py \\',
      '    --residual_model_name_or_path fxmeng/pissa-llama-2-7b-r16-alpha-16 \\',
      '    --output_dir output/pissa-llama-2-7b-r16-alpha-16-metamath-10k \\',
      '    --bits nf4 \\',
      '    --data_path meta-math/MetaMathQA \\',
      '    --dataset_split train[:100000] \\',
      '    --dataset_field query response',
    ].join('\n');
    const { references } = (await shell.extract({ relPath: 'run_pissa.sh', size: text.length, text })) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([['fxmeng/pissa-llama-2-7b-r16-alpha-16', 2]]);
  });
});

describe('shell: OpenLLM commands (held-out bentoml/OpenLLM, session 36)', () => {
  it('reads the tag `openllm run` chats with and `openllm deploy` deploys, as `openllm serve`', async () => {
    // bentoml/OpenLLM README.md:148, 212 and 260, one command a line as a script runs them.
    const text = ['#!/usr/bin/env bash', 'openllm serve llama3.2:1b', 'openllm run llama3:8b', 'openllm deploy llama3.2:1b --env HF_TOKEN'].join('\n');
    const { references } = (await shell.extract(makeSourceFile('scripts/start.sh', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/llama3.2:1b', 2],
      ['openai-compatible/llama3:8b', 3],
      ['openai-compatible/llama3.2:1b', 4],
    ]);
  });
});

describe('shell: commands of InternLM/Tutorial lessons (held-out round 40, issue #15, session 36)', () => {
  const found = async (text: string) => (await shell.extract(makeSourceFile('run.sh', text))).references.map((r) => [r.id, r.source, r.line]);

  it("reads MLC LLM's compile command, which names no model word, at the converted model's folder", async () => {
    // InternLM/Tutorial docs/EasterEgg/Android/readme.md:115-116
    const text = [
      'mlc_llm compile ./dist/internlm2_5-1_8b-chat-q4f16_1-MLC/mlc-chat-config.json \\',
      '    --device cuda -o dist/libs/internlm2_5-1_8b-chat-q4f16_1-MLC-cuda.so',
    ].join('\n');
    expect(await found(text)).toEqual([['./dist/internlm2_5-1_8b-chat-q4f16_1-MLC', 'local', 1]]);
  });

  it("reads the source of `ln -s` and `cp -r` when a family's model names its folder (BCE's too), never the link or a tool", async () => {
    // InternLM/Tutorial docs/L2/Huixiangdou/readme.md:268-276, docs/L1/LlamaIndex/readme.md:119-121
    const text = [
      '# 创建模型文件夹',
      'cd /root && mkdir models',
      '# 复制BCE模型',
      'ln -s /root/share/new_models/maidalun1020/bce-embedding-base_v1 /root/models/bce-embedding-base_v1',
      'ln -s /root/share/new_models/maidalun1020/bce-reranker-base_v1 /root/models/bce-reranker-base_v1',
      'ln -s /root/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-7b /root/models/internlm2-chat-7b',
      'cd ~/model',
      'ln -s /root/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-1_8b/ ./',
      'ln -sf /usr/bin/python3.10 /usr/bin/python',
      // InternLM/InternLM-XComposer InternLM-XComposer-2.5-OmniLive/online_demo_gradio/backend.sh:6: a folder of the same
      // checkout linked beside the scripts that load its subfolders (they name the model).
      'ln -s ../internlm-xcomposer2d5-ol-7b internlm-xcomposer2d5-ol-7b',
      'cp /root/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-7b/config.json ./',
    ].join('\n');
    expect(await found(text)).toEqual([
      ['/root/share/new_models/maidalun1020/bce-embedding-base_v1', 'local', 4],
      ['/root/share/new_models/maidalun1020/bce-reranker-base_v1', 'local', 5],
      ['/root/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-7b', 'local', 6],
      ['/root/share/new_models/Shanghai_AI_Laboratory/internlm2-chat-1_8b', 'local', 8],
    ]);
  });
});

describe('shell: a recursive download of a weights folder (held-out EleutherAI/gpt-neox, session 36)', () => {
  it('reads `wget -r` of a folder URL in a models folder as that folder, not a single fetch nor a data folder', async () => {
    // EleutherAI/gpt-neox README.md:552 and 560; the last two lines are added for contrast.
    const text = [
      '#!/usr/bin/env bash',
      'wget --cut-dirs=5 -nH -r --no-parent --reject "index.html*" https://the-eye.eu/public/AI/models/GPT-NeoX-20B/slim_weights/ -P 20B_checkpoints',
      'wget --cut-dirs=5 -nH -r --no-parent --reject "index.html*" https://the-eye.eu/public/AI/models/GPT-NeoX-20B/full_weights/ -P 20B_checkpoints',
      'wget https://the-eye.eu/public/AI/models/GPT-NeoX-20B/slim_weights/',
      'wget -r --no-parent https://the-eye.eu/public/AI/pile/train/',
    ].join('\n');
    const { references } = (await shell.extract(makeSourceFile('scripts/download.sh', text))) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['https://the-eye.eu/public/AI/models/GPT-NeoX-20B/slim_weights/', 'local', 2],
      ['https://the-eye.eu/public/AI/models/GPT-NeoX-20B/full_weights/', 'local', 3],
    ]);
  });
});

describe('shell: checkpoints under a default root and bare config overrides (held-out round 40: OpenGVLab/InternVideo; session 36)', () => {
  const rows = (text: string) => (shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line]);

  it('reads `MODEL_PATH="${INTERNVIDEO2_MODEL_PATH:-your_model_path}/1B_ft_k710_f8.pth"` as that file under the default', () => {
    // OpenGVLab/InternVideo InternVideo2/single_modality/scripts/finetuning/full_tuning/k400/1B_ft_k710_ft_k400_f8.sh:4-29 (cut)
    const text = [
      "JOB_NAME='1B_ft_k710_ft_k400_f8'",
      'OUTPUT_DIR="$(dirname $0)/$JOB_NAME"',
      'DATA_PATH="${INTERNVIDEO2_DATA_PATH:-your_data_path}/k400"',
      'MODEL_PATH="${INTERNVIDEO2_MODEL_PATH:-your_model_path}/1B_ft_k710_f8.pth"',
      'srun -p $PARTITION \\',
      '    python run_finetuning.py \\',
      '    --model internvideo2_1B_patch14_224 \\',
      '    --data_path ${DATA_PATH} \\',
      '    --finetune ${MODEL_PATH} \\',
      '    --output_dir ${OUTPUT_DIR}',
    ].join('\n');
    expect(rows(text)).toEqual([['your_model_path/1B_ft_k710_f8.pth', 4]]);
  });

  it('reads `pretrained_path X.pth` after the config a script is given, past a `$(dirname $0)/config.py` word', () => {
    // OpenGVLab/InternVideo InternVideo2/multi_modality/scripts/evaluation/clip/zero_shot/1B/eval_msrvtt.sh:18-30
    const text = [
      'srun -p ${PARTITION} \\',
      '    -n${NNODE} \\',
      '    --gres=gpu:${NUM_GPUS} \\',
      '    --cpus-per-task=${NUM_CPU} \\',
      '    bash torchrun.sh \\',
      '    --nnodes=${NNODE} \\',
      '    --rdzv_backend=c10d \\',
      '    tasks_clip/retrieval.py \\',
      '    $(dirname $0)/config_msrvtt.py \\',
      '    pretrained_path your_model_path/InternVideo2_CLIP_1B.pth \\',
      '    output_dir ${OUTPUT_DIR}',
    ].join('\n');
    expect(rows(text)).toEqual([['your_model_path/InternVideo2_CLIP_1B.pth', 10]]);
    // A run's own checkpoint is no model (RUN_WEIGHTS_NAME), nor an output key's file.
    expect(rows('python tasks/pretrain.py cfg.py pretrained_path runs/best.pth output_dir out/\n')).toEqual([]);
  });

  it("drops a harness's `model=` class in a script giving lmms-eval its weights under --model_args", () => {
    // OpenGVLab/InternVideo InternVideo3/InternVideo3_eval/scripts/eval_mvbench.sh:18-31 (cut), unquoted
    const text = [
      'export model_family=internvideo3',
      'export model=internvideo3',
      'accelerate launch -m lmms_eval --model $model_family --model_args "pretrained=${model_path}" --log_samples_suffix $model',
    ].join('\n');
    expect(rows(text)).toEqual([]);
  });
});
describe('shell: sed writing a setting into a configuration file (held-out InternLM/Tutorial, round 40, issue #15, session 36)', () => {
  it("reads the model a `sed` replacement sets in a config file's line, not another setting nor a pattern", async () => {
    // InternLM/Tutorial docs/L2/Huixiangdou/readme.md:299-303, :618-622, :626-629
    const text = [
      `sed -i '9s#.*#embedding_model_path = "/root/models/bce-embedding-base_v1"#' /root/huixiangdou/config.ini`,
      `sed -i '15s#.*#reranker_model_path = "/root/models/bce-reranker-base_v1"#' /root/huixiangdou/config.ini`,
      `sed -i '43s#.*#local_llm_path = "/root/models/internlm2-chat-7b"#' /root/huixiangdou/config.ini`,
      `sed -i '20s#.*#enable_local = 1#' /root/huixiangdou/config-multimodal.ini`,
      `sed -i '8s#.*#work_dir = "workdir-multi"#' /root/huixiangdou/config-multimodal.ini`,
      `sed -i 's#local_llm_path = "/root/models/internlm2-chat-7b"#&#' notes.txt`,
    ].join('\n');
    const refs = (shell.extract(makeSourceFile('run.sh', text)) as ExtractResult).references.map((r) => [r.id, r.source, r.line, r.column]);
    expect(refs).toEqual([
      ['/root/models/bce-embedding-base_v1', 'local', 1, 39],
      ['/root/models/bce-reranker-base_v1', 'local', 2, 39],
      ['/root/models/internlm2-chat-7b', 'local', 3, 34],
    ]);
  });
});

describe('shell: LeRobot commands (held-out huggingface/lerobot, round 40)', () => {
  const rows = (text: string, relPath = 'run.sh') =>
    (shell.extract({ relPath, size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.source]);

  it('reads the policy a draccus `--policy.*` flag loads, a Hub id or a trained checkpoint, and its backbones by role', () => {
    // huggingface/lerobot docs/source/smolvla.mdx:57-58, pi05.mdx:81-83, evo1.mdx:79-81 and 99-100, groot.mdx:80
    const text = [
      'cd lerobot && lerobot-train \\',
      '  --policy.path=lerobot/smolvla_base \\',
      '  --dataset.repo_id=${HF_USER}/mydataset \\',
      '  --output_dir=outputs/train/my_smolvla',
      'lerobot-train \\',
      '    --policy.type=pi05 \\',
      '    --policy.pretrained_path=lerobot/pi05_libero_base \\',
      '    --policy.repo_id=your_org/your_repo',
      'lerobot-train \\',
      '  --policy.type=evo1 \\',
      '  --policy.vlm_model_name=OpenGVLab/InternVL3-1B-hf \\',
      '  --policy.base_model_path=nvidia/GR00T-N1.7-3B',
      'lerobot-eval \\',
      '  --policy.path=./outputs/evo1_stage1/checkpoints/005000/pretrained_model \\',
      '  --env.type=libero',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['lerobot/smolvla_base', 2, 'huggingface'],
      ['lerobot/pi05_libero_base', 7, 'huggingface'],
      ['OpenGVLab/InternVL3-1B-hf', 11, 'huggingface'],
      ['nvidia/GR00T-N1.7-3B', 12, 'huggingface'],
      ['./outputs/evo1_stage1/checkpoints/005000/pretrained_model', 14, 'local'],
    ]);
  });

  it('reads a policy flag in a script with no model word (the gate knows `--policy.`)', () => {
    // huggingface/lerobot docs/source/vlabench.mdx:67-69 (the block as a script)
    expect(rows('lerobot-eval \\\n  --policy.path=lerobot/smolvla_vlabench \\\n  --env.type=vlabench\n')).toEqual([
      ['lerobot/smolvla_vlabench', 2, 'huggingface'],
    ]);
  });

  it("reads no model under the reader's stand-in owner `user/` (and still the real policy beside it)", () => {
    // huggingface/lerobot src/lerobot/scripts/lerobot_rollout.py:105-110 (a docstring's command) and :127-130
    const text = [
      'lerobot-rollout \\',
      '    --strategy.type=sentry \\',
      '    --policy.path=user/my_pi0_policy \\',
      '    --robot.type=so100_follower',
      'lerobot-rollout --policy.path=lerobot/act_koch_real --strategy.type=base',
    ].join('\n');
    expect(rows(text)).toEqual([['lerobot/act_koch_real', 5, 'huggingface']]);
  });

  it('reads no model in the repo id a dataset tool edits (`lerobot-edit-dataset --repo_id lerobot/pusht`)', () => {
    // huggingface/lerobot docs/source/using_dataset_tools.mdx:35-38 and 74-77
    const text = [
      'lerobot-edit-dataset \\',
      '    --repo_id lerobot/pusht \\',
      '    --operation.type delete_episodes \\',
      '    --operation.episode_indices "[0, 2, 5]"',
      'python push_dataset_to_hub.py --repo-id lerobot/pusht_merged',
    ].join('\n');
    expect(rows(text)).toEqual([]);
    // The same flag to a program that runs a model is still its model (kohya-ss/sd-scripts' tagger).
    expect(rows('python tag_images_by_wd14_tagger.py --onnx --repo_id SmilingWolf/wd-swinv2-tagger-v3 train_data\n')).toEqual([
      ['SmilingWolf/wd-swinv2-tagger-v3', 1, 'huggingface'],
    ]);
  });
});

describe('shell request bodies: a model key of a kind', () => {
  it("reads a request's `embedding_model` Hub id (Chroma Sync's source request), not a name no provider publishes", () => {
    // chroma-core/chroma docs/mintlify/cloud/sync/github.mdx:110-121
    const text = [
      'curl -X POST https://sync.trychroma.com/api/v1/sources \\',
      '    -H "x-chroma-token: <YOUR_CHROMA_API_KEY>" \\',
      '    -H "Content-Type: application/json" \\',
      "    -d '{",
      '        "database_name": "<YOUR_DATABASE_NAME>",',
      '        "embedding_model": "Qwen/Qwen3-Embedding-0.6B",',
      '        "rerank_model": "my-reranker",',
      '        "github": {',
      '        "repository": "chroma-core/chroma",',
      '        "app_id": "<YOUR_GITHUB_APP_ID>"',
      '        }',
      "    }'",
      '',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'sync.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['Qwen/Qwen3-Embedding-0.6B', 'huggingface', 6]]);
  });
});

describe('shell: round 41 (held41d) weights in models/ given to path options, a sized folder in $HOME', () => {
  it("reads a Python script's path options given weights files kept in models/, not a config beside them", () => {
    // OpenMOSS/AnyGPT scripts/cli_infer_base_model.sh:1-7 and scripts/cli_infer_chat_model.sh:1-7
    const text = [
      'out_dir="infer_output/base" ',
      'mkdir -p ${out_dir}',
      '',
      'python anygpt/src/infer/cli_infer_base_model.py \\',
      '    --model-name-or-path models/anygpt/base \\',
      '    --image-tokenizer-path models/seed-tokenizer-2/seed_quantizer.pt \\',
      '    --speech-tokenizer-config models/speechtokenizer/config.json \\',
      '    --soundstorm-path /mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/soundstorm/speechtokenizer_soundstorm_mls.pt \\',
      '    --output-dir ${out_dir} ',
      '',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'scripts/cli_infer_base_model.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['models/anygpt/base', 'local', 5],
      ['models/seed-tokenizer-2/seed_quantizer.pt', 'local', 6],
      ['/mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/soundstorm/speechtokenizer_soundstorm_mls.pt', 'local', 8],
    ]);
  });

  it('reads a model variable holding a folder named with a size straight in $HOME, not an unsized one', () => {
    // agentica-project/rllm scripts/eval/eval_model.sh:1-8, 64-72
    const text = [
      'set -x',
      '',
      '# Default values',
      'MODEL_PATH="$HOME/DeepScaleR-1.5B-Preview"',
      '# Possible values: aime, amc, math, minerva, olympiad_bench',
      'DATATYPES=("aime")',
      'OUTPUT_DIR="$HOME"  # Add default output directory',
      'DATA_PATH="$HOME/rllm"',
      'for DATA_TYPE in "${DATATYPES[@]}"; do',
      '    python3 -m verl.trainer.main_generation \\',
      '        data.path=$HOME/rllm/data/${DATA_TYPE}.parquet \\',
      '        model.path=${MODEL_PATH} \\',
      '        rollout.temperature=0.6',
      'done',
      '',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'scripts/eval/eval_model.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([['$HOME/DeepScaleR-1.5B-Preview', 'local', 4]]);
  });
});

describe('shell: round 41 (held41d) options written on lines of their own, a script given a sized model name', () => {
  it('reads weights files kept in models/ on option lines that start with `\\ ` (each a command of its own)', () => {
    // OpenMOSS/AnyGPT scripts/cli_infer_chat_model.sh:1-7
    const text = [
      'python anygpt/src/infer/cli_infer_chat_model.py ',
      '    \\ --model-name-or-path /mnt/petrelfs/zhanjun.p/mllm/output_models/sft_mmgpt_mmi_speech2/checkpoint-4500',
      '    \\ --image-tokenizer-path /mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/seed-tokenizer-2/seed_quantizer.pt ',
      '    \\ --speech-tokenizer-config /mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/speechtokenizer/config.json ',
      '    \\ --soundstorm-path /mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/soundstorm/speechtokenizer_soundstorm_mls.pt ',
      '    \\ --output-dir "infer_output/chat"',
      '',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'scripts/cli_infer_chat_model.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['/mnt/petrelfs/zhanjun.p/mllm/output_models/sft_mmgpt_mmi_speech2/checkpoint-4500', 'local', 2],
      ['/mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/seed-tokenizer-2/seed_quantizer.pt', 'local', 3],
      ['/mnt/petrelfs/zhanjun.p/mllm/AnyGPT/models/soundstorm/speechtokenizer_soundstorm_mls.pt', 'local', 5],
    ]);
  });

  it("reads a shell script's --model_name given a bare name with a size, not an unsized one nor a Python server's alias", () => {
    // hkust-nlp/simpleRL-reason README.md:154-162 (a docs code block, read as the script it shows)
    const text = [
      'bash train_grpo_math_tune_ray.sh --model_name Qwen-2.5-7B --max_response_length 8192  --train_batch_size 1024 --rollout_n 8 --kl_loss_coef 0.0001',
      'bash train_grpo_math_tune_ray.sh --model_name my_model --max_response_length 8192',
      'python3 -m fastchat.serve.model_worker --model-path lmsys/vicuna-7b-v1.5 --model-name vicuna-7b',
      '',
    ].join('\n');
    const { references } = shell.extract({ relPath: 'run.sh', size: text.length, text }) as ExtractResult;
    expect(references.map((r) => [r.id, r.source, r.line])).toEqual([
      ['Qwen-2.5-7B', 'local', 1],
      ['lmsys/vicuna-7b-v1.5', 'huggingface', 3],
    ]);
  });
});

// Held-out round 41 (session 37): shapes cut from NovaSky-AI/SkyThought's test-time-scaling launch scripts and
// simplescaling/s1's eval/commands.sh.
describe('shell: a project script told its model by LiteLLM route, hosted name or environment prefix', () => {
  const rows = (text: string) =>
    (shell.extract({ relPath: 'scripts/run.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.source, r.line]);

  it("reads the Hub id behind LiteLLM's openai/ route to a local vLLM server (SkyThought final_random_cached/*.sh)", () => {
    const text = [
      '#!/bin/bash',
      '',
      'MAX_ROUND=3',
      'for difficulty in easy medium hard',
      'do',
      '    python evaluate_multiprocess.py \\',
      '        --difficulty=${difficulty} \\',
      '        --selection=random \\',
      '        --api_name openai/Qwen/Qwen2.5-Coder-0.5B-Instruct \\',
      '        --api_base http://localhost:8000/v1 \\',
      '        --result_json_path="results/final_qwen0.5b_${difficulty}.json"',
      'done',
    ].join('\n');
    expect(rows(text)).toEqual([['Qwen/Qwen2.5-Coder-0.5B-Instruct', 'huggingface', 9]]);
    // A route no OpenAI-style server answers on, or an organisation that publishes no models, stays a path.
    expect(rows(text.replace('openai/Qwen/', 'results/Qwen/'))).toEqual([]);
    expect(rows(text.replace('openai/Qwen/', 'openai/myteam/'))).toEqual([]);
  });

  it("reads a hosted provider's model name given to any option of the project's own script (SkyThought majority_baselines)", () => {
    const text = [
      '    python evaluate_multiprocess.py \\',
      '        --difficulty=${difficulty} \\',
      '        --n=16 \\',
      '        --generator o1-mini \\',
      '        --test_generator 4o-mini \\',
      '        --method majority_vote',
    ].join('\n');
    // (`4o-mini` is the script's own alias, mapped in its Python: no provider publishes that name.)
    expect(rows(text)).toEqual([['openai/o1-mini', 'api', 4]]);
    // A tokenizer's encoding named after a model is no model the script calls.
    expect(rows('python count.py --tiktoken_encoding gpt-4o-mini --n 3')).toEqual([]);
    // Nor a parser named for the family whose output it reads (QwenLM/Qwen3 docs/source/getting_started/quickstart.md:285).
    expect(rows('python -m sglang.launch_server --model-path Qwen/Qwen3-235B-A22B-Thinking-2507 --port 8000 --reasoning-parser deepseek-r1')).toEqual([
      ['Qwen/Qwen3-235B-A22B-Thinking-2507', 'huggingface', 1],
    ]);
  });

  it('reads an option given as --option=value as the same option given its value apart (SkyThought baselines_selfdebug)', () => {
    const text = [
      '    python evaluate_multiprocess.py \\',
      '        --n=1 \\',
      '        --no_dspy_gen \\',
      '\t--generator=o1-mini \\',
      '        --selection=random',
    ].join('\n');
    expect(rows(text)).toEqual([['openai/o1-mini', 'api', 4]]);
    expect(rows('python train.py --base=Qwen/Qwen2.5-7B-Instruct --output_dir=Qwen/out-1')).toEqual([['Qwen/Qwen2.5-7B-Instruct', 'huggingface', 1]]);
  });

  it('reads a command under a label in a comment, the server the script needs started (SkyThought sec5_revision/*.sh)', () => {
    const text = [
      '#!/bin/bash',
      '',
      '# Server: vllm serve Qwen/Qwen2.5-Coder-7B-Instruct',
      'MAX_ROUND=5',
      '# vllm serve Qwen/Qwen2.5-7B-Instruct',
      'python run.py --n 3',
    ].join('\n');
    // (The unlabelled commented-out line is a disabled alternative, as before.)
    expect((shell.extract({ relPath: 'last_qwen_7b.sh', size: text.length, text }) as ExtractResult).references.map((r) => [r.id, r.line, r.context])).toEqual([
      ['Qwen/Qwen2.5-Coder-7B-Instruct', 3, 'comment'],
    ]);
  });

  it("reads a hosted model's name a command's environment prefix sets under a variable named for no model (s1 eval/commands.sh)", () => {
    const text = [
      '### s1.1 ###',
      'OPENAI_API_KEY=YOUR_OPENAI_KEY PROCESSOR=gpt-4o-mini lm_eval --model vllm --model_args pretrained=simplescaling/s1.1-32B,dtype=float32,tensor_parallel_size=8 --tasks aime25_nofigures --batch_size auto',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['openai/gpt-4o-mini', 'api', 2],
      ['simplescaling/s1.1-32B', 'huggingface', 2],
    ]);
    // Credentials, addresses and words without a digit are no model.
    expect(rows('OPENAI_BASE_URL=gpt-4o-mini STYLE=command python run.py --n 3')).toEqual([]);
  });
});

// Held-out round 41 (session 37, held41f): shapes cut from LianjiaTech/BELLE's scripts, docs and notebook.
describe('shell: round 41 (LianjiaTech/BELLE)', () => {
  const refsOf = async (relPath: string, text: string) =>
    ((await shell.extract({ relPath, size: text.length, text })) as ExtractResult).references.map((r) => [r.id, r.line]);

  it("reads a provider's published name given to --model_name on a client command, not beside the weights it serves", async () => {
    // data/1.5M/README.md's command (a bash block) and FastChat's worker, whose --model-name is an alias.
    const text = [
      'python 1.5M/generate_instruction.py generate_instruction_following_data \\',
      '    --api=chat --model_name=gpt-3.5-turbo',
      'python3 -m fastchat.serve.model_worker --model-path lmsys/vicuna-7b-v1.5 --model-name gpt-3.5-turbo',
      // (SmartFlowAI/EmoLLM's deploy/lmdeploy.md: the positional Hub id is the model, `--model-name` its chat template.)
      'lmdeploy chat turbomind Qwen/Qwen-7B-Chat --model-name qwen-turbo',
      '',
    ].join('\n');
    expect(await refsOf('run.sh', text)).toEqual([
      ['openai/gpt-3.5-turbo', 2],
      ['lmsys/vicuna-7b-v1.5', 3],
      ['Qwen/Qwen-7B-Chat', 4],
    ]);
  });

  it("reads GPTQ-for-LLaMa's model argument and its --load weights file, not the --save target", async () => {
    // models/gptq/README.md:52,60 and models/notebook/BELLE_INFER_COLAB.ipynb's `!` line.
    const text = [
      'CUDA_VISIBLE_DEVICES=0 python bloom_inference.py BELLE-7B-gptq --wbits 8 --groupsize 128 --load BELLE-7B-gptq/bloom7b-2m-8bit-128g.pt --text "hello"',
      'CUDA_VISIBLE_DEVICES=0 python bloom.py BelleGroup/BELLE-7B-2M wikitext2 --wbits 8 --groupsize 128 --save BELLE-7B-gptq/bloom7b-2m-8bit-128g.pt',
      ' python bloom_inference.py BELLE_BLOOM_GPTQ_4BIT  --temperature 1.2  --wbits 4 --groupsize 128 --load  BELLE_BLOOM_GPTQ_4BIT/bloom7b-2m-4bit-128g.pt',
      '',
    ].join('\n');
    expect((await refsOf('gptq.sh', text)).sort()).toEqual(
      [
        ['BELLE-7B-gptq', 1],
        ['BELLE-7B-gptq/bloom7b-2m-8bit-128g.pt', 1],
        ['BelleGroup/BELLE-7B-2M', 2],
        ['BELLE_BLOOM_GPTQ_4BIT', 3],
        ['BELLE_BLOOM_GPTQ_4BIT/bloom7b-2m-4bit-128g.pt', 3],
      ].sort(),
    );
  });

  it('reads the checkpoint an inference script named "without trainer" is given', async () => {
    // train/scripts/run_zero_inference_backend_without_trainer.sh
    const text = [
      'export ABS_PATH=...',
      'export PYTHONPATH="$ABS_PATH/BELLE/train"',
      'devices="0,1,2,3,4,5,6,7"',
      '',
      'ckpt_path=BELLE-2/BELLE-Llama2-13B-chat-0.4M',
      '',
      'deepspeed --include localhost:${devices} \\',
      '    src/entry_point/zero_inference_backend_without_trainer.py \\',
      '    --deepspeed configs/deepspeed_config_stage3_inference.json \\',
      '    --ckpt_path ${ckpt_path} \\',
      '    --llama \\',
      '    --base_port 17860',
      '',
    ].join('\n');
    expect(await refsOf('run_zero_inference_backend_without_trainer.sh', text)).toEqual([['BELLE-2/BELLE-Llama2-13B-chat-0.4M', 5]]);
  });
});
