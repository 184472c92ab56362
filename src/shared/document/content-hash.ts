/**
 * FNV-1a 64 over UTF-16 code units, as 16 lowercase hex digits. Synchronous and dependency-free so
 * main and renderer derive the same version id from the same text; it detects change, it is not a
 * cryptographic digest. For ASCII text it equals the standard byte-wise FNV-1a 64.
 */

/** The low part of the FNV prime 2^40 + 0x1b3; the 2^40 part is the `<< 8` into the limb two up. */
const PRIME_LOW = 0x1b3;

export function contentHash(text: string): string {
  // The 64-bit state as four 16-bit limbs (low first), starting at the offset basis cbf29ce484222325.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i += 1) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * PRIME_LOW;
    let t1 = h1 * PRIME_LOW;
    let t2 = h2 * PRIME_LOW + (h0 << 8);
    const t3 = h3 * PRIME_LOW + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
