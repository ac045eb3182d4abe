// The periods a year plan's topic may be set for: a month or a quarter of the year.

/** `2026-03` → 3月, `2026-Q2` → 第二季度, in the year's order: Q1, 1–3月, Q2, 4–6月 … */
export function planPeriods(year: number): Array<{ value: string; label: string }> {
  const quarters = ['一', '二', '三', '四']
  return quarters.flatMap((q, i) => [
    { value: `${year}-Q${i + 1}`, label: `第${q}季度` },
    ...[1, 2, 3].map((m) => {
      const month = i * 3 + m
      return { value: `${year}-${String(month).padStart(2, '0')}`, label: `${month}月` }
    })
  ])
}
