import type { RuleCases } from './support/cases.js';
import { definition, parameters, samStateMachine, stateMachine } from './support/case-builders.js';

const pass = "DefinitionString: '{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}'";
const samPass = definition('A:\n  Type: Pass\n  End: true');

export const cases: RuleCases = {
  valid: [
    { name: 'tracing enabled', template: stateMachine(`${pass}\nTracingConfiguration:\n  Enabled: true`), outcomes: ['Machine pass'] },
    { name: "Enabled written as the string 'true'", template: stateMachine(`${pass}\nTracingConfiguration:\n  Enabled: 'true'`), outcomes: ['Machine pass'] },
    { name: 'SAM state machine with Tracing', template: samStateMachine(`${samPass}\nTracing:\n  Enabled: true`), outcomes: ['Machine pass'] },
    { name: 'Enabled from a parameter without default is unknown', template: stateMachine(`${pass}\nTracingConfiguration:\n  Enabled: !Ref Tracing`, [], parameters('Tracing')), outcomes: ['Machine unknown'] },
    { name: 'a whole TracingConfiguration from a parameter is unknown', template: stateMachine(`${pass}\nTracingConfiguration: !Ref Tracing`, [], parameters('Tracing')), outcomes: ['Machine unknown'] },
  ],
  invalid: [
    { name: 'no TracingConfiguration', template: stateMachine(pass), errors: [{ messageId: 'disabled', line: 2 }] },
    { name: 'tracing disabled points at Enabled', template: stateMachine(`${pass}\nTracingConfiguration:\n  Enabled: false`), errors: [{ messageId: 'disabled', line: 8 }] },
    { name: 'a TracingConfiguration without Enabled', template: stateMachine(`${pass}\nTracingConfiguration: {}`), errors: [{ messageId: 'disabled', line: 2 }] },
    { name: 'SAM state machine without Tracing, reported at the SAM source', template: samStateMachine(samPass), errors: [{ messageId: 'disabled', line: 3 }] },
  ],
};
