export { ConfigError, CONFIG_FILE, loadConfig, parseConfig, type ModelprovConfig } from './config.js';
export { evaluatePolicy, evaluateModel } from './evaluate.js';
export { DEFAULT_POLICY, type Policy, type PolicyException, type PolicyRule } from './types.js';
export { applyBaseline, readBaseline, type Baseline } from './baseline.js';
export { STARTER_POLICY } from './starter.js';
