/**
 * The shipped tone model as bytes: a sparse, int8-quantised weight vector over
 * the hashed feature buckets, with the bias, the calibration and the decision
 * thresholds. Little-endian:
 *
 *   "BKT1" | u8 version | u8 bucketBits | u8 flags | u8 reserved
 *   f32 bias | f32 scale | f32 calibA | f32 calibB
 *   f32 threshold relaxed | normal | strict | hostile   (scores, 0–100)
 *   u32 count | count × varint index gap | count × i8 weight
 */

export const MODEL_VERSION = 1;
export const FLAG_RULES = 1;

export interface ToneModel {
  bucketBits: number;
  /** Rule hits are stacked as features. */
  usesRules: boolean;
  bias: number;
  /** Calibration: p = sigmoid(calibA · z + calibB), z the raw margin. */
  calibA: number;
  calibB: number;
  thresholds: { relaxed: number; normal: number; strict: number; hostile: number };
  /** Dequantised weights, one per bucket (zero where pruned). */
  weights: Float32Array;
}

export interface QuantisedModel extends Omit<ToneModel, 'weights'> {
  scale: number;
  /** Sorted bucket indices and their int8 weights. */
  indices: number[];
  values: number[];
}

const HEADER = 4 + 4 + 4 * 4 + 4 * 4 + 4;

export function encodeModel(model: QuantisedModel): Uint8Array {
  const gaps: number[] = [];
  let previous = -1;
  for (const index of model.indices) {
    let gap = index - previous - 1;
    previous = index;
    do {
      gaps.push((gap & 0x7f) | (gap >= 0x80 ? 0x80 : 0));
      gap >>>= 7;
    } while (gap > 0);
  }
  const bytes = new Uint8Array(HEADER + gaps.length + model.values.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4b, 0x54, 0x31, MODEL_VERSION, model.bucketBits, model.usesRules ? FLAG_RULES : 0, 0]);
  const floats = [
    model.bias,
    model.scale,
    model.calibA,
    model.calibB,
    model.thresholds.relaxed,
    model.thresholds.normal,
    model.thresholds.strict,
    model.thresholds.hostile,
  ];
  floats.forEach((f, i) => view.setFloat32(8 + 4 * i, f, true));
  view.setUint32(HEADER - 4, model.indices.length, true);
  bytes.set(gaps, HEADER);
  model.values.forEach((v, i) => view.setInt8(HEADER + gaps.length + i, v));
  return bytes;
}

export function decodeModel(bytes: Uint8Array): ToneModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== 'BKT1') throw new Error('Not a Bridgekeeper tone model.');
  if (bytes[4] !== MODEL_VERSION) throw new Error(`Unknown tone model version ${bytes[4]}.`);
  const bucketBits = bytes[5]!;
  const f = (i: number) => view.getFloat32(8 + 4 * i, true);
  const count = view.getUint32(HEADER - 4, true);
  const weights = new Float32Array(1 << bucketBits);
  const scale = f(1);
  let at = HEADER;
  const indices = new Array<number>(count);
  let previous = -1;
  for (let i = 0; i < count; i += 1) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap + 1;
    indices[i] = previous;
  }
  for (let i = 0; i < count; i += 1) weights[indices[i]!] = view.getInt8(at + i) * scale;
  return {
    bucketBits,
    usesRules: (bytes[6]! & FLAG_RULES) !== 0,
    bias: f(0),
    calibA: f(2),
    calibB: f(3),
    thresholds: { relaxed: f(4), normal: f(5), strict: f(6), hostile: f(7) },
    weights,
  };
}

/** Base64 without Buffer or atob's Latin-1 detour, for Node and the browser alike. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of clean) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
