import dns from "node:dns/promises";
import net from "node:net";

// Whoever registers a webhook chooses where the server sends requests. Without this guard a process administrator
// could make the server call its own network (a database's HTTP port, a cloud's metadata service at
// 169.254.169.254) and read the answer's status. So a hook's host must be a public address, checked when the hook
// is registered and again at each delivery: a name can resolve elsewhere tomorrow (DNS rebinding), which is why a
// delivery connects to exactly the addresses it checked (`lookup` below), never to a second resolution.

type Range = { bytes: number[]; bits: number };

const v4 = (text: string, bits: number): Range => ({ bytes: text.split(".").map(Number), bits });

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const privateV4: Range[] = [
  v4("0.0.0.0", 8), // "this network"; 0.0.0.0 reaches the local host
  v4("10.0.0.0", 8),
  v4("100.64.0.0", 10), // carrier-grade NAT
  v4("127.0.0.0", 8),
  v4("169.254.0.0", 16), // link-local, cloud metadata
  v4("172.16.0.0", 12),
  v4("192.0.0.0", 24),
  v4("192.0.2.0", 24),
  v4("192.168.0.0", 16),
  v4("198.18.0.0", 15),
  v4("198.51.100.0", 24),
  v4("203.0.113.0", 24),
  v4("224.0.0.0", 4), // multicast
  v4("240.0.0.0", 4), // reserved, broadcast
];

/** IPv6 ranges that are not the public internet; those that carry an IPv4 address are checked through it below. */
const privateV6: Range[] = [
  { bytes: [], bits: 128 }, // :: (unspecified), filled with zeros
  { bytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], bits: 128 }, // ::1
  { bytes: [0xfc], bits: 7 }, // unique local
  { bytes: [0xfe, 0x80], bits: 10 }, // link-local
  { bytes: [0xfe, 0xc0], bits: 10 }, // site-local (deprecated)
  { bytes: [0xff], bits: 8 }, // multicast
  { bytes: [0x01, 0x00, 0, 0, 0, 0, 0, 0], bits: 64 }, // discard
  { bytes: [0x20, 0x01, 0x0d, 0xb8], bits: 32 }, // documentation
  { bytes: [0x20, 0x01, 0, 0], bits: 32 }, // Teredo: an obfuscated IPv4 address inside
];

const inRange = (bytes: number[], range: Range): boolean => {
  for (let bit = 0; bit < range.bits; bit++) {
    const index = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((bytes[index]! & mask) !== ((range.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
};

/** The 16 bytes of an IPv6 address (with `::`, an IPv4 tail or a zone); null if it is not one. */
export function ipv6Bytes(address: string): number[] | null {
  const text = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  if (net.isIPv6(text) === false) return null;
  let groups: string[];
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  let head = tail ? text.slice(0, -tail[1]!.length) : text;
  if (tail) {
    const [a, b, c, d] = tail[1]!.split(".").map(Number) as [number, number, number, number];
    head += `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  if (head.includes("::")) {
    const [left, right] = head.split("::") as [string, string];
    const leftGroups = left ? left.split(":") : [];
    const rightGroups = right ? right.split(":") : [];
    groups = [...leftGroups, ...Array(8 - leftGroups.length - rightGroups.length).fill("0"), ...rightGroups];
  } else {
    groups = head.split(":");
  }
  if (groups.length !== 8) return null;
  return groups.flatMap((group) => {
    const value = Number.parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

/** The IPv4 address an IPv6 one carries (mapped, compatible, translated, NAT64, 6to4), if it carries one. */
function embeddedIpv4(bytes: number[]): number[] | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), ::ffff:0:a.b.c.d (translated)
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
  if (zeros(0, 12)) return bytes.slice(12);
  if (zeros(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zeros(10, 12)) return bytes.slice(12);
  // 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64)
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b) return bytes.slice(12);
  // 2002::/16 (6to4): the IPv4 address follows the prefix
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const bytes = address.split(".").map(Number);
    return privateV4.some((range) => inRange(bytes, range));
  }
  const bytes = ipv6Bytes(address);
  // Not an address at all: nothing to connect to safely.
  if (!bytes) return true;
  const carried = embeddedIpv4(bytes);
  if (carried) {
    // ::ffff:0:0/96 and friends with a public IPv4 inside are that public address; a zero one is not.
    return carried.every((byte) => byte === 0) || privateV4.some((range) => inRange(carried, range));
  }
  return privateV6.some((range) => inRange(bytes, range));
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Why a host may not receive deliveries: stable codes the API answers and deliveries record. */
export type AddressRefusal =
  | { code: "webhook_private_address"; message: string }
  | { code: "webhook_unresolvable"; message: string };

/**
 * The addresses a hook's host resolves to, every one of them public (unless private ones are allowed); a host
 * with any private address is refused, since a connection could land on any of them.
 */
export async function resolvePublicAddresses(
  hostname: string,
  allowPrivate: boolean,
): Promise<{ addresses: ResolvedAddress[] } | { refusal: AddressRefusal }> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const family = net.isIP(host);
  let addresses: ResolvedAddress[];
  if (family !== 0) {
    addresses = [{ address: host, family: family as 4 | 6 }];
  } else {
    try {
      const found = await dns.lookup(host, { all: true, verbatim: true });
      addresses = found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) {
      return { refusal: { code: "webhook_unresolvable", message: `The host ${host} does not resolve to an address.` } };
    }
  }
  if (!allowPrivate && addresses.some((entry) => isPrivateAddress(entry.address))) {
    return {
      refusal: {
        code: "webhook_private_address",
        message: "Webhooks go only to public internet addresses, not to loopback, private or link-local ones.",
      },
    };
  }
  return { addresses };
}

/** A `lookup` for `https.request` that answers only these (checked) addresses, so no second resolution happens. */
export function pinnedLookup(addresses: ResolvedAddress[]): net.LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, addresses);
    } else {
      callback(null, addresses[0]!.address, addresses[0]!.family);
    }
  };
}
