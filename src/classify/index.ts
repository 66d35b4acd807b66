export { loadRegistry, RegistryError, type Family, type Registry, type LicenceEntry } from '../registry/load.js';
export { classifyOrigin, shortName, wantsConfigFingerprint, withoutAside, type ClassifyInput } from './origin.js';
export { classifyLicences, normaliseLicence } from './licence.js';
