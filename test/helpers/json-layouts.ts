// The layouts JSON writers produce, for writing YAML fixtures out as JSON: indented by 2, 4, a tab, one space
// (CDK's), minified, and the 2-space form with CRLF and with lone CR line ends.
export function jsonLayouts(value: unknown): [layout: string, text: string][] {
  const two = JSON.stringify(value, null, 2);
  return [
    ['2 spaces', two],
    ['4 spaces', JSON.stringify(value, null, 4)],
    ['tab', JSON.stringify(value, null, '\t')],
    ['1 space', JSON.stringify(value, null, 1)],
    ['minified', JSON.stringify(value)],
    ['CRLF', two.replaceAll('\n', '\r\n')],
    ['CR', two.replaceAll('\n', '\r')],
  ];
}
