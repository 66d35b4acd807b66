/** The commented starter policy `modelprov init` writes. */
export const STARTER_POLICY = `# modelprov policy: which models this project accepts.
# Reference: the "Policy" section of modelprov's README. Validate in editors with
# # yaml-language-server: $schema=<path to modelprov>/src/policy/config.schema.json

policy:
  # Exit 3 when some lineage could not be resolved (offline, missing, private, rate limited).
  fail_on_incomplete: false
  rules:
    # Deny models whose lineage includes a family from a Chinese organisation.
    - id: no-chinese-origin
      action: deny            # deny -> exit 1; warn -> reported only
      country: [CN]
      contexts: [code, config, deploy]   # docs, tests and comments are not gated
    # Flag licences that forbid commercial use anywhere on the lineage.
    - id: no-non-commercial
      action: warn
      licence_kind: [non-commercial]
    # Flag models that declare no base but look derived from another family.
    - id: undeclared-base
      action: warn
      suspected_base: true

# Accepted exceptions: each needs a reason; an expired one stops applying and is reported.
exceptions: []
#  - model: BAAI/bge-m3
#    reason: approved by legal for internal search (SEC-142)
#    owner: platform-team
#    expires: 2027-03-31

# Paths to leave out, gitignore-style (.gitignore is honoured too).
exclude: []
`;
