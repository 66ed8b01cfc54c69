// The template readers' public API (see docs/iac.md): find templates, load one file, build the graph of a scan.
export { discoverTemplates } from './discover.js';
export { loadTemplate, decodeTemplate, diskLoadOptions, MAX_TEMPLATE_BYTES, type LoadOptions } from './load.js';
export { readTemplateFile } from './read.js';
export { buildGraph } from './graph.js';
export type { ResourceGraph, LogGroupFact, AsyncSource, Reference } from './types.js';
export type { Location, LoadError, Resource, Symbolic, Template, IacFormat } from './types.js';
export { isRecord, isSymbolic } from './values.js';
export { loadTemplateFolder } from './folder.js';
export { loadTerraform } from './terraform/index.js';
