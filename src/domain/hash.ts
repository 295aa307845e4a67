// FNV-1a, 32 bits: a small, fast, stable hash for naming things (shards, seeds, sets of profiles), never for security.
export function fnv1a(text: string, start = 0x811c9dc5): number {
  let h = start;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
