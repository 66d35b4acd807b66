// What YAML files are, before a parser sees them: CI workflow paths, and Helm templates made parseable.
/**
 * GitHub Actions (workflows, and composite actions' action.yml), GitLab CI, Azure Pipelines, CircleCI,
 * Bitbucket, Drone, Buildkite: the config-file extractor owns them (compose-k8s leaves them alone).
 */
export const isCiWorkflowPath = (path: string) =>
  /(^|\/)(\.github\/workflows\/[^/]+|action\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/[^/]+|azure-pipelines\.ya?ml|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.buildkite\/[^/]+)$/.test(path);

/** Helm templates are not YAML until rendered: blank each `{{ ... }}` (offsets kept) so the rest parses. */
export const blankTemplateExpressions = (text: string) => (text.includes('{{') ? text.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' ')) : text);
