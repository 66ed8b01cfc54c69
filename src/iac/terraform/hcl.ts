// What the HCL reader (hcl-native.ts) returns, and its limits. Values have the shape @cdktn/hcl2json gives
// (HashiCorp's parser compiled to WebAssembly), which slens used before its own parser: the Terraform
// loader was written against it, and the tests still compare the two parsers on every fixture.

/** Deepest nesting parsed (brackets, blocks, templates); deeper input is an error, not a stack overflow. */
export const MAX_HCL_NESTING = 256;

export interface HclError {
  line: number;
  column: number;
  message: string;
}

export type HclResult = { value: Record<string, unknown> } | { error: HclError };
