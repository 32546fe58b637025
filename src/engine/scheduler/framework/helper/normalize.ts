// Mirrors pkg/scheduler/framework/plugins/helper/normalize_score.go
// DefaultNormalizeScore: scale raw scores to [0, maxPriority] by the highest one,
// reversed for "fewer is better" plugins (TaintToleration).
// Example: raw [0, 2, 4], max 4 → [0, 50, 100]; reversed → [100, 50, 0].
export function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: Float64Array): void {
  let maxCount = 0;
  for (const s of scores) if (s > maxCount) maxCount = s;
  if (maxCount === 0) {
    if (reverse) scores.fill(maxPriority);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    let s = Math.trunc((maxPriority * scores[i]!) / maxCount);
    if (reverse) s = maxPriority - s;
    scores[i] = s;
  }
}
