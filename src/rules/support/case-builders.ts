// Small template builders for rule cases, so a case is two or three lines. Each builder writes a fixed
// layout, so the line of a resource or of its first property is known (see each builder's comment):
// `properties` are YAML lines written as at the left margin; the builder indents them under Properties.

/** Indents every line of a YAML snippet by `spaces`. */
function indent(snippet: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return snippet
    .replace(/^\n+|\n+$/g, '')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : pad + line))
    .join('\n');
}

/** `Parameters:` with each name a String without default (its Ref stays unresolved: unknown, never wrong). */
export function parameters(...names: string[]): string {
  return `Parameters:\n${names.map((n) => `  ${n}:\n    Type: String\n`).join('')}`;
}

/** One resource block (two-space indent under `Resources:`); the resource is on the block's first line. */
export function resource(id: string, type: string, properties = ''): string {
  const body = properties.trim() === '' ? '' : `    Properties:\n${indent(properties, 6)}\n`;
  return `  ${id}:\n    Type: ${type}\n${body}`;
}

/**
 * A template with an `AWS::Lambda::Function` `Fn` (line 2; `Runtime: python3.12` on line 5, `properties`
 * from line 6), then the `more` resource blocks. With `head` (e.g. `parameters('Mode')`), lines move down by
 * its line count.
 */
export function lambdaFunction(properties = '', more: readonly string[] = [], head = ''): string {
  return `${head}Resources:\n${resource('Fn', 'AWS::Lambda::Function', `Runtime: python3.12\n${properties}`)}${more.join('')}`;
}

/**
 * A SAM template with a `Globals.Function` section (when given) and an `AWS::Serverless::Function` `Fn`
 * (line 3 without globals) with `Runtime`, `Handler` and `CodeUri`, then `properties`.
 */
export function samFunction(properties = '', globals = '', more: readonly string[] = []): string {
  const globalsBlock = globals.trim() === '' ? '' : `Globals:\n  Function:\n${indent(globals, 4)}\n`;
  const fn = resource('Fn', 'AWS::Serverless::Function', `Runtime: python3.12\nHandler: app.handler\nCodeUri: src/\n${properties}`);
  return `Transform: AWS::Serverless-2016-10-31\n${globalsBlock}Resources:\n${fn}${more.join('')}`;
}

/** A template with an `AWS::SQS::Queue` `Queue` (line 2; `properties` from line 5), then `more`. */
export function queue(properties = '', more: readonly string[] = []): string {
  return `Resources:\n${resource('Queue', 'AWS::SQS::Queue', properties)}${more.join('')}`;
}

/**
 * A REST API `Api` (line 2) and its `AWS::ApiGateway::Stage` `Stage` (line 6; `properties` from line 12
 * after `RestApiId`, `DeploymentId` and `StageName`), then `more`.
 */
export function restStage(properties = '', more: readonly string[] = []): string {
  const api = resource('Api', 'AWS::ApiGateway::RestApi', 'Name: api');
  const stage = resource('Stage', 'AWS::ApiGateway::Stage', `RestApiId: !Ref Api\nDeploymentId: dep\nStageName: prod\n${properties}`);
  return `Resources:\n${api}${stage}${more.join('')}`;
}
