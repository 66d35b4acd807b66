// Configuration shipped as a copy to fill in: `settings.yaml.example`, `config.json.template`, `app.toml.sample`.
// Its values are the project's defaults, read as the file it becomes (`.env.example` is dotenv's own pattern).

/** `.example`, `.sample`, `.dist`, `.template`, `.tmpl`, `.default` after a file's own extension. */
const EXAMPLE_SUFFIX = /(\.[A-Za-z]\w*)\.(?:example|sample|dist|template|tmpl|default)$/i;

/** The path of the file an example copy becomes (`settings.yaml.example` -> `settings.yaml`); other paths as they are. */
export const withoutExampleSuffix = (path: string): string => path.replace(EXAMPLE_SUFFIX, '$1');
