// Plain JavaScript so that the bench (run by node as it is) and the evaluation (bundled) share one generator.

/** mulberry32: tiny, fast and good enough to pick templates; Math.random can't be seeded. */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
