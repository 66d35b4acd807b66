export type * from './diagnostic.js';
export type * from './reference.js';
export type * from './lineage.js';
export type * from './origin.js';
export type * from './licence.js';
export type * from './verdict.js';
export type * from './report.js';
