// Fields that Logs Insights discovers in text logs of other AWS services: VPC flow logs in the default
// format (version 2, 14 fields) and Route 53 public DNS query logs. Field names are the ones Logs Insights
// shows ("Supported logs and discovered fields"), so the documented sample queries run unchanged.
// A line that does not have the exact shape is left as plain text.
import type { JsonObject } from './record.js';

/** Default VPC flow log format: `version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status`. */
const VPC_FIELDS = ['version', 'accountId', 'interfaceId', 'srcAddr', 'dstAddr', 'srcPort', 'dstPort', 'protocol', 'packets', 'bytes', 'startTime', 'endTime', 'action', 'logStatus'] as const;
const VPC_NUMERIC = new Set(['version', 'srcPort', 'dstPort', 'protocol', 'packets', 'bytes', 'startTime', 'endTime']);
const VPC_ACTIONS = new Set(['ACCEPT', 'REJECT', '-']);
const VPC_STATUS = new Set(['OK', 'NODATA', 'SKIPDATA']);

/** Route 53 query log: `version query-timestamp hosted-zone-id query-name query-type response-code protocol edge-location resolver-ip [edns-client-subnet]`. */
const ROUTE53_FIELDS = ['version', 'queryTimestamp', 'hostZoneId', 'queryName', 'queryType', 'responseCode', 'protocol', 'edgeLocation', 'resolverIp'] as const;

const DIGITS = /^\d+$/;

export interface Discovered {
  kind: 'vpc-flow' | 'route53';
  fields: JsonObject;
  /** Epoch milliseconds the line itself gives (flow start, DNS query time), for inputs without an event time. */
  time: number | string | undefined;
}

function value(token: string, numeric: boolean): string | number {
  return numeric && DIGITS.test(token) && token.length < 16 ? Number(token) : token;
}

/**
 * The discovered fields of a VPC flow log or Route 53 query log line, or undefined for any other line.
 * Cheap for other lines: it looks at the first characters before splitting anything.
 */
export function discoverFields(message: string): Discovered | undefined {
  const c0 = message.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return undefined;
  const space = message.indexOf(' ');
  if (space < 1 || space > 4) return undefined;
  const tokens = message.split(' ');
  if (tokens.length === 14 && DIGITS.test(tokens[0]!) && VPC_ACTIONS.has(tokens[12]!) && VPC_STATUS.has(tokens[13]!) && (DIGITS.test(tokens[1]!) || tokens[1] === 'unknown')) {
    const fields: JsonObject = {};
    VPC_FIELDS.forEach((name, i) => {
      fields[name] = value(tokens[i]!, VPC_NUMERIC.has(name));
    });
    const start = fields['startTime'];
    return { kind: 'vpc-flow', fields, time: typeof start === 'number' ? start * 1000 : undefined };
  }
  if ((tokens.length === 9 || tokens.length === 10) && /^\d+\.\d+$/.test(tokens[0]!) && /^\d{4}-\d{2}-\d{2}T/.test(tokens[1]!) && tokens[2]!.startsWith('Z')) {
    const fields: JsonObject = {};
    ROUTE53_FIELDS.forEach((name, i) => {
      fields[name] = tokens[i]!;
    });
    return { kind: 'route53', fields, time: tokens[1]! };
  }
  return undefined;
}
