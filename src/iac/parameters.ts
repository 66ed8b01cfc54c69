// A template's parameters (a Terraform module's variables) as resources of the pseudo type Template::Parameter,
// so a rule judges them as it judges any resource: one answer each, a finding at the line of the parameter
// or of its default, suppressible by the parameter's name.
import { TEMPLATE_PARAMETER, TERRAFORM_WORKSPACE, type Resource, type Template } from './types.js';

/** Properties `Type`, `NoEcho` (Terraform: `sensitive`) and `Default`, as declared. */
export function parameterResources(template: Template): Resource[] {
  return Object.entries(template.parameters)
    .filter(([name]) => name !== TERRAFORM_WORKSPACE)
    .map(([name, p]) => ({
      logicalId: name,
      type: TEMPLATE_PARAMETER,
      properties: { ...(p.type !== undefined ? { Type: p.type } : {}), ...(p.noEcho ? { NoEcho: true } : {}), ...(p.default !== undefined ? { Default: p.default } : {}) },
      location: p.location,
      locate: (path) => (path[0] === 'Default' && p.defaultLocation ? p.defaultLocation : p.location),
      format: template.format,
      // The optional properties every resource has (see addResource): one hidden class for the rules that judge both.
      metadata: undefined,
      origin: undefined,
      condition: undefined,
      constructPath: undefined,
    }));
}
