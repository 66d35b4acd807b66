// What YAML files are, before a parser sees them: CI workflow paths, and Helm templates made parseable.
/**
 * GitHub Actions (workflows, and composite actions' action.yml), GitLab CI, Azure Pipelines, CircleCI,
 * Bitbucket, Drone, Buildkite: the config-file extractor owns them (compose-k8s leaves them alone).
 */
export const isCiWorkflowPath = (path: string) =>
  /(^|\/)(\.github\/workflows\/[^/]+|action\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/[^/]+|azure-pipelines\.ya?ml|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.buildkite\/[^/]+)$/.test(
    path,
  );

/**
 * A SkyPilot task (https://docs.skypilot.co/en/latest/reference/yaml-spec.html): top-level `run:`
 * or `setup:` scripts beside its own keys (`resources:`, `envs:`, `num_nodes:`, `service:`, `workdir:`).
 */
export const isSkyPilotTask = (text: string) => /^(run|setup):[ \t]*[|>]/m.test(text) && /^(resources|envs|num_nodes|service|workdir|file_mounts):/m.test(text);

/** Helm templates are not YAML until rendered: blank each `{{ ... }}` (offsets kept) so the rest parses. */
export const blankTemplateExpressions = (text: string) => (text.includes('{{') ? text.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' ')) : text);

const CRD_KIND = /^kind:[ \t]*["']?CustomResourceDefinition["']?[ \t]*(#.*)?$/m;

/**
 * A Kubernetes CustomResourceDefinition is a schema (property names, types, descriptions), never a
 * configuration that names a model: its documents are blanked (offsets and lines kept) before a
 * parse. Install manifests and CRD bundles are megabytes of them (kserve.yaml: 3.5 MB, 1 s to parse).
 */
export function blankSchemaDocuments(text: string): string {
  if (!CRD_KIND.test(text)) return text;
  // config-file and compose-k8s both ask, one after the other.
  if (lastBlanked?.text === text) return lastBlanked.blanked;
  const blanked = blankSchemaDocumentsOnce(text);
  lastBlanked = { text, blanked };
  return blanked;
}

let lastBlanked: { text: string; blanked: string } | undefined;

/** Whether this text is blankSchemaDocuments' output with documents blanked (then the parser skips them). */
export const hasBlankedDocuments = (text: string) => lastBlanked !== undefined && lastBlanked.blanked.length === text.length && lastBlanked.blanked === text;

function blankSchemaDocumentsOnce(text: string): string {
  const parts: string[] = [];
  let start = 0;
  const separators = /^---[^\n]*$/gm;
  for (let m = separators.exec(text); ; m = separators.exec(text)) {
    const end = m ? m.index : text.length;
    const document = text.slice(start, end);
    parts.push(CRD_KIND.test(document) ? document.replace(/[^\r\n]+/g, (line) => ' '.repeat(line.length)) : document);
    if (!m) break;
    start = end;
    // The separator line stays with the document it opens; an empty match cannot loop here.
    separators.lastIndex = m.index + Math.max(m[0].length, 1);
  }
  return parts.join('');
}
