export type LicenceKind = 'permissive' | 'attribution' | 'copyleft' | 'user-threshold' | 'non-commercial' | 'use-restricted' | 'registration' | 'unknown';

/** A node's licence, normalised. */
export interface LicenceInfo {
  model: string;
  /** As declared (`apache-2.0`, `other`, or the license_name for custom licences). */
  id: string;
  name: string;
  spdx: string | null;
  kind: LicenceKind;
  summary?: string;
  link?: string;
  /** True for the lineage's root(s). */
  root?: boolean;
}

export interface LicenceFinding {
  kind: 'licence-drift' | 'licence-unknown';
  model: string;
  detail: string;
}
