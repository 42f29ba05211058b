/**
 * Byte-level helpers for update-guard.ts: a bounds-checked cursor over the
 * untrusted bytes, and skippers for the item content kinds of the Yjs V1
 * update format. They validate and measure content without keeping it, and
 * accept exactly what yjs's own readers (yjs/src/structs/Content*.js, lib0
 * readAny) would decode without throwing.
 */
import * as decoding from "lib0/decoding";

/** Thrown only inside the walk; checkUpdateV1 turns it into `{ ok: false, reason }`. */
export class Rejection extends Error {}

export const deadlineExceeded = "deadline exceeded";

export function reject(reason: string): never {
  throw new Rejection(reason);
}

// lib0's readAny and JSON.stringify recurse once per nesting level, so a few
// kilobytes of "[[[[" would overflow the stack of every peer that later
// decodes or re-encodes the update. Real documents stay far below this.
const MAX_NESTING = 256;

// performance.now() is cheap but not free; once per 1024 steps keeps the
// overhead invisible while still stopping a runaway walk within microseconds.
const DEADLINE_STRIDE = 1024;

export class Cursor {
  readonly decoder: decoding.Decoder;
  /** Names the part being read, so a truncation says where it happened. */
  section = "update header";
  private steps = 0;

  constructor(
    bytes: Uint8Array,
    private readonly deadline: number,
  ) {
    this.decoder = decoding.createDecoder(bytes);
  }

  get remaining(): number {
    return this.decoder.arr.length - this.decoder.pos;
  }

  tick(): void {
    if (++this.steps % DEADLINE_STRIDE === 0 && performance.now() >= this.deadline) reject(deadlineExceeded);
  }

  need(bytes: number): void {
    if (this.remaining < bytes) reject(`truncated ${this.section}`);
  }

  /** Rejects a declared element count that the remaining bytes cannot hold, before anything loops over it. */
  count(n: number, minBytesEach: number, what: string): number {
    if (n * minBytesEach > this.remaining) reject(`${what} count exceeds input size`);
    return n;
  }

  byte(): number {
    this.need(1);
    return decoding.readUint8(this.decoder);
  }

  uint(): number {
    return this.varint(decoding.readVarUint);
  }

  int(): number {
    return this.varint(decoding.readVarInt);
  }

  skip(bytes: number): void {
    this.need(bytes);
    this.decoder.pos += bytes;
  }

  /** Decodes with lib0's own (fatal) UTF-8 decoder, so the string and its length are exactly what yjs sees. */
  string(): string {
    const start = this.decoder.pos;
    this.need(this.uint());
    this.decoder.pos = start;
    try {
      return decoding.readVarString(this.decoder);
    } catch {
      return reject("invalid UTF-8 string");
    }
  }

  /**
   * Like string(), but only validates and measures: decoding hundreds of
   * thousands of small strings through TextDecoder would eat most of the
   * deadline, and only JSON content needs the text itself.
   */
  skipString(): number {
    const bytes = this.uint();
    this.need(bytes);
    const start = this.decoder.pos;
    this.decoder.pos += bytes;
    const length = utf16Length(this.decoder.arr, start, start + bytes);
    return length < 0 ? reject("invalid UTF-8 string") : length;
  }

  private varint(read: (decoder: decoding.Decoder) => number): number {
    // lib0's readVarInt returns 0 past the end instead of throwing, so check first.
    this.need(1);
    let value: number;
    try {
      value = read(this.decoder);
    } catch {
      return this.remaining === 0 ? reject(`truncated ${this.section}`) : reject("integer out of range");
    }
    // The last byte of a varint can still push it past 2^53 without lib0 noticing.
    if (!Number.isSafeInteger(value)) reject("integer out of range");
    return value;
  }
}

/**
 * UTF-16 length of arr[start, end) if it is valid UTF-8 by the WHATWG rules
 * that lib0's `new TextDecoder("utf-8", { fatal: true })` applies (no
 * overlongs, surrogates or code points above U+10FFFF), otherwise -1.
 */
function utf16Length(arr: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; ) {
    const lead = arr[i]!;
    if (lead < 0x80) {
      i++;
      units++;
      continue;
    }
    let trail: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead === 0xe0) lower = 0xa0;
      else if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead === 0xf0) lower = 0x90;
      else if (lead === 0xf4) upper = 0x8f;
    } else return -1;
    if (i + trail >= end) return -1;
    for (let k = 1; k <= trail; k++) {
      const byte = arr[i + k]!;
      if (byte < lower || byte > upper) return -1;
      lower = 0x80;
      upper = 0xbf;
    }
    i += trail + 1;
    units += trail === 3 ? 2 : 1; // astral code points take a surrogate pair
  }
  return units;
}

/** Skips one item's content (ref = info & 31; Type content, 7, is read by the caller) and returns the item's length in clock units, as yjs computes it. */
export function skipContent(cur: Cursor, ref: number): number {
  switch (ref) {
    case 1: // Deleted: only a length
      return cur.uint();
    case 2: {
      // JSON (legacy arrays): one JSON text per element, "undefined" standing for undefined
      const n = cur.count(cur.uint(), 1, "JSON element");
      for (let i = 0; i < n; i++) {
        cur.tick();
        const text = cur.string();
        if (text !== "undefined") checkJson(text);
      }
      return n;
    }
    case 3: // Binary
      cur.skip(cur.uint());
      return 1;
    case 4: // String: length counts UTF-16 code units, like the Y.Text index
      return cur.skipString();
    case 5: // Embed
      checkJson(cur.string());
      return 1;
    case 6: // Format: attribute key, then its JSON value
      cur.skipString();
      checkJson(cur.string());
      return 1;
    case 8: {
      const n = cur.count(cur.uint(), 1, "value");
      for (let i = 0; i < n; i++) skipAny(cur, 0);
      return n;
    }
    case 9: // Doc: guid, then the options object
      cur.skipString();
      checkSubdocOptions(cur);
      return 1;
    default:
      return reject("unknown content type");
  }
}

/** Mirrors lib0's readAny value tags (127 down to 116). */
function skipAny(cur: Cursor, depth: number): void {
  if (depth > MAX_NESTING) reject("value nested too deeply");
  cur.tick();
  switch (cur.byte()) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125:
      cur.int();
      return;
    case 124: // float32
      cur.skip(4);
      return;
    case 123: // float64
    case 122: // bigint64
      cur.skip(8);
      return;
    case 119:
      cur.skipString();
      return;
    case 118: {
      const n = cur.count(cur.uint(), 2, "object entry");
      for (let i = 0; i < n; i++) {
        cur.skipString();
        skipAny(cur, depth + 1);
      }
      return;
    }
    case 117: {
      const n = cur.count(cur.uint(), 1, "array element");
      for (let i = 0; i < n; i++) skipAny(cur, depth + 1);
      return;
    }
    case 116: // Uint8Array
      cur.skip(cur.uint());
      return;
    default:
      reject("invalid value tag");
  }
}

// yjs spreads these options into `new Doc(...)` and reads `opts.shouldLoad`,
// so null would throw on every peer, and a non-function gcFilter would throw
// later inside a client's garbage collection. yjs itself only writes these keys.
const SUBDOC_OPTION_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = Object.freeze({
  gc: (value) => typeof value === "boolean",
  autoLoad: (value) => typeof value === "boolean",
  meta: () => true,
});

function checkSubdocOptions(cur: Cursor): void {
  const start = cur.decoder.pos;
  skipAny(cur, 0);
  // Now known to be complete and shallow, so lib0's recursive reader is safe on it.
  const opts: unknown = decoding.readAny(decoding.clone(cur.decoder, start));
  const valid =
    typeof opts === "object" &&
    opts !== null &&
    Object.getPrototypeOf(opts) === Object.prototype &&
    Object.entries(opts).every(([key, value]) => Object.hasOwn(SUBDOC_OPTION_CHECKS, key) && SUBDOC_OPTION_CHECKS[key]!(value));
  if (!valid) reject("invalid subdocument options");
}

/** yjs JSON.parses embeds, formats and legacy JSON content on decode and JSON.stringifies them on encode. */
function checkJson(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next char cannot end the string
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) reject("JSON nested too deeply");
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  try {
    JSON.parse(text);
  } catch {
    reject("invalid JSON content");
  }
}
