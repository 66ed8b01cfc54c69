// The IP address functions of Logs Insights: isValidIp, isValidIpV4, isValidIpV6 and the subnet tests
// isIpInSubnet, isIpv4InSubnet, isIpv6InSubnet (CIDR such as "10.0.0.0/8"), on node:net's parser.
import { BlockList, isIP } from 'node:net';
import { isMissing, toText, type Value } from './values.js';

const version = (v: Value): number => (isMissing(v) ? 0 : isIP(toText(v).trim()));

/** A subnet test, cached per CIDR text (a query tests one or two subnets against every line). */
const subnets = new Map<string, BlockList | null>();

function subnet(cidr: string): BlockList | null {
  let list = subnets.get(cidr);
  if (list !== undefined) return list;
  const slash = cidr.indexOf('/');
  const network = slash < 0 ? cidr : cidr.slice(0, slash);
  const family = isIP(network);
  const max = family === 4 ? 32 : 128;
  const prefix = slash < 0 ? max : Number(cidr.slice(slash + 1));
  list = null;
  if (family !== 0 && Number.isInteger(prefix) && prefix >= 0 && prefix <= max) {
    list = new BlockList();
    list.addSubnet(network, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  if (subnets.size < 1000) subnets.set(cidr, list);
  return list;
}

function inSubnet(only: 0 | 4 | 6): (args: Value[]) => Value {
  return ([address, cidr]) => {
    const v = version(address);
    if (v === 0 || (only !== 0 && v !== only) || isMissing(cidr)) return false;
    const list = subnet(toText(cidr).trim());
    return list !== null && list.check(toText(address).trim(), v === 4 ? 'ipv4' : 'ipv6');
  };
}

export const IP_FUNCTIONS: Record<string, { arity: { min: number; max: number }; fn: (args: Value[]) => Value }> = {
  isvalidip: { arity: { min: 1, max: 1 }, fn: ([v]) => version(v) !== 0 },
  isvalidipv4: { arity: { min: 1, max: 1 }, fn: ([v]) => version(v) === 4 },
  isvalidipv6: { arity: { min: 1, max: 1 }, fn: ([v]) => version(v) === 6 },
  isipinsubnet: { arity: { min: 2, max: 2 }, fn: inSubnet(0) },
  isipv4insubnet: { arity: { min: 2, max: 2 }, fn: inSubnet(4) },
  isipv6insubnet: { arity: { min: 2, max: 2 }, fn: inSubnet(6) },
};
