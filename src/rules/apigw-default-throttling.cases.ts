import type { RuleCases } from './support/cases.js';
import { httpStage, managedOverrides, parameters, quickApi, restStage } from './support/case-builders.js';

const limits = 'ThrottlingBurstLimit: 100\nThrottlingRateLimit: 50';
/** REST `MethodSettings` with one item for `method` on `path` (the item on line 13) and its `limits`. */
const methodSettings = (method: string, path: string, lines = limits): string =>
  `MethodSettings:\n  - HttpMethod: '${method}'\n    ResourcePath: ${path}\n${lines.replace(/^/gm, '    ')}`;

export const cases: RuleCases = {
  valid: [
    { name: 'REST stage with default method settings', template: restStage(methodSettings('*', '/*')), outcomes: ['Stage pass'] },
    { name: 'HTTP stage with DefaultRouteSettings; its API is not applicable', template: httpStage(`DefaultRouteSettings:\n${limits.replace(/^/gm, '  ')}`), outcomes: ['Stage pass'], notApplicable: ['Api'] },
    { name: 'REST MethodSettings from a parameter without default is unknown', template: `${parameters('Settings')}${restStage('MethodSettings: !Ref Settings')}`, outcomes: ['Stage unknown'] },
    { name: 'a per-resource item and one from a parameter: unknown', template: `${parameters('Item')}${restStage(`${methodSettings('GET', '/orders')}\n  - !Ref Item`)}`, outcomes: ['Stage unknown'] },
    { name: 'HTTP DefaultRouteSettings from a parameter is unknown', template: `${parameters('Route')}${httpStage('DefaultRouteSettings: !Ref Route')}`, outcomes: ['Stage unknown'], notApplicable: ['Api'] },
    { name: 'a quick-created HTTP API whose $default stage is set by managed overrides', template: quickApi('', [managedOverrides(`DefaultRouteSettings:\n${limits.replace(/^/gm, '  ')}`)]), outcomes: ['Api pass'] },
    { name: 'managed overrides whose stage settings come from a parameter: unknown', template: quickApi('', [managedOverrides('!Ref StageSettings')], parameters('StageSettings')), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'REST stage without MethodSettings', template: restStage(), errors: [{ messageId: 'restMissing', line: 6 }] },
    { name: 'REST stage with only a per-resource setting', template: restStage(methodSettings('GET', '/orders')), errors: [{ messageId: 'restMissing', line: 12 }] },
    { name: 'REST default setting with only the rate limit', template: restStage(methodSettings('*', '/*', 'ThrottlingRateLimit: 50')), errors: [{ messageId: 'restMissing', line: 13 }] },
    { name: 'HTTP stage without DefaultRouteSettings', template: httpStage(), errors: [{ messageId: 'v2Missing', line: 7 }] },
    { name: 'HTTP DefaultRouteSettings with only the burst limit', template: httpStage('DefaultRouteSettings:\n  ThrottlingBurstLimit: 100'), errors: [{ messageId: 'v2Missing', line: 12 }] },
    { name: 'a quick-created HTTP API (Target) gets a $default stage with default settings', template: quickApi(), errors: [{ messageId: 'quickCreate', line: 7 }] },
  ],
};
