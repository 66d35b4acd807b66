// Configuration shipped as a copy to fill in: `settings.yaml.example`, `config.json.template`, `app.toml.sample`.
// Its values are the project's defaults, read as the file it becomes (`.env.example` is dotenv's own pattern).
// Templates rendered into configuration are read the same way: `values.yaml.tpl` as `values.yaml`, and a template with
// no extension of its own (`gpu-tinyllama.tpl`, a Terraform `templatefile()` input holding Helm values) as YAML when
// its text is YAML.

/** `.example`, `.sample`, `.dist`, `.template`, `.tmpl`, `.tpl`, `.temp`, `.default` after a file's own extension. */
// (`.temp` as a template's suffix: LianjiaTech/BELLE's eval/template_html/ChatGPT_Score.html.temp, which generation_html.py
// fills into the scoring page; its script requests `"model": "gpt-3.5-turbo"` as the page does.)
const EXAMPLE_SUFFIX = /(\.[A-Za-z]\w*)\.(?:example|sample|dist|template|tmpl|tpl|temp|default)$/i;

/** The path of the file an example copy becomes (`settings.yaml.example` -> `settings.yaml`); other paths as they are. */
export const withoutExampleSuffix = (path: string): string => path.replace(EXAMPLE_SUFFIX, '$1');

/** A template with no extension of its own (after withoutExampleSuffix): `helm/gpu/gpu-tinyllama.tpl`, `podspec.tmpl`. */
export const isBareTemplate = (path: string): boolean => /\.(?:tpl|tmpl)$/i.test(path);

/**
 * Whether a template's text is YAML: its first line holding more than a comment is a top-level `key:` (`servingEngineSpec:`,
 * `apiVersion: v1`). Not Helm's `_helpers.tpl` (a `{{` comment or `{{- define` first), HTML, XML, JSON, Markdown front matter or
 * prompt templates (`BEGINNING OF CONVERSATION: USER: {{.Input}}`).
 */
export function isYamlTemplate(text: string): boolean {
  const first = /^(?![ \t]*(?:#|\r?$)).*$/m.exec(text);
  return !!first && /^[A-Za-z_][\w.-]*:(?:[ \t]|\r?$)/.test(first[0]);
}

/**
 * The path a file is read as: an example copy or a `.yaml.tpl` as the file it becomes, a bare template holding YAML as
 * YAML (`x.tpl` -> `x.tpl.yaml`); a bare template holding anything else keeps its `.tpl`, which no reader takes.
 */
export const readAs = (path: string, text: string): string => {
  const own = withoutExampleSuffix(path);
  return isBareTemplate(own) && isYamlTemplate(text) ? `${own}.yaml` : own;
};
