/** The commented starter policy `modelprov init` writes. */
export const STARTER_POLICY = `# yaml-language-server: $schema=./node_modules/modelprov/src/policy/config.schema.json
# modelprov policy: which models this project accepts. The line above lets editors check this
# file (with modelprov as a dev dependency; otherwise point it at a copy of the schema).
# Reference: the "Policy" section of modelprov's README. Rule ids end up in baselines and CI
# annotations: keep them stable.

policy:
  # Exit 3 when some lineage could not be resolved (offline, missing, private, rate limited) or
  # some file could not be read: an audit that could not look does not pass. To let such runs
  # pass (and only report what is missing), set this to false.
  fail_on_incomplete: true
  rules:
    # Deny models whose lineage includes a family from a Chinese organisation.
    - id: no-chinese-origin
      action: deny            # deny -> exit 1; warn -> reported only
      country: [CN]
      contexts: [code, config, deploy]   # docs, tests, comments, vendored code and capability lists are not gated
    # The same in code copied from other projects (vendor/, third_party/, llama.cpp's converters):
    # reported, not failed.
    - id: no-chinese-origin-vendored
      action: warn
      country: [CN]
      contexts: [vendored]
    # Flag licences that forbid commercial use anywhere on the lineage.
    - id: no-non-commercial
      action: warn
      licence_kind: [non-commercial]
    # Flag models that declare no base but look derived from another family.
    - id: undeclared-base
      action: warn
      suspected_base: true

# Accepted exceptions, keyed by model, family or root; each needs a reason. An exception applies
# through its expiry day, then stops applying and the report says it expired.
exceptions: []
#  - model: BAAI/bge-m3             # or family: qwen, or root: Qwen/Qwen2.5-7B
#    rules: [no-chinese-origin]     # default: every rule
#    paths: ["search/**"]           # default: everywhere
#    reason: approved by legal for internal search (SEC-142)
#    owner: platform-team
#    expires: 2027-03-31

# Paths to leave out, gitignore-style (.gitignore is honoured too).
exclude: []
`;
