/** Semantic versions as packs carry them ("1.3.0", "2.0.0-beta.1"): compared by the semver precedence rules. */

/** Negative when a < b, positive when a > b, 0 when equal in precedence (build metadata is ignored). */
export function compareVersions(a: string, b: string): number {
  const [mainA, preA] = split(a);
  const [mainB, preB] = split(b);
  for (let i = 0; i < 3; i++) if (mainA[i] !== mainB[i]) return mainA[i] - mainB[i];
  // a pre-release comes before its release: 1.0.0-beta < 1.0.0
  if (!preA.length || !preB.length) return preB.length - preA.length;
  for (let i = 0; i < Math.max(preA.length, preB.length); i++) {
    const x = preA[i];
    const y = preB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    if (!Number.isNaN(nx) || !Number.isNaN(ny)) return Number.isNaN(nx) ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function split(version: string): [number[], string[]] {
  const [core, ...rest] = version.split('+')[0].split('-');
  const main = core.split('.').map(Number);
  return [[main[0] || 0, main[1] || 0, main[2] || 0], rest.length ? rest.join('-').split('.') : []];
}
