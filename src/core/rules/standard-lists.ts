// The lists a fresh deployment starts with (issue 10), so a cadre can submit a note and a meeting can
// link a classic on day one. Each entry has a fixed id, so seeding twice adds nothing twice; the
// admin edits, renames or deactivates them like any other entry.

/** One entry of a starter list: a fixed id and its name. */
export interface StandardEntry {
  id: string
  name: string
}

/**
 * The classics the notice names as the basis of the first agenda item (一(四)): 《习近平谈治国理政》
 * volumes one to three, the 学习纲要 and the 学习问答. Later volumes the admin adds.
 */
export const STANDARD_CLASSICS: readonly StandardEntry[] = [
  { id: 'classic.std.governance-1', name: '《习近平谈治国理政》第一卷' },
  { id: 'classic.std.governance-2', name: '《习近平谈治国理政》第二卷' },
  { id: 'classic.std.governance-3', name: '《习近平谈治国理政》第三卷' },
  { id: 'classic.std.outline', name: '《习近平新时代中国特色社会主义思想学习纲要》' },
  { id: 'classic.std.qa', name: '《习近平新时代中国特色社会主义思想学习问答》' }
]

/**
 * The outlets of the notice's 四(二)/(三), with the district's name where the notice writes XX
 * (《XX要闻》专栏, XX日报社, XX广播电视台, 微信微博“魅力XX”), plus 学习强国. Without a district name
 * only 学习强国 is given: a name like 《XX要闻》 would be wrong on a real phone, and seeding again
 * with the name adds the rest (ids are per outlet, not per name).
 */
export function standardOutlets(district: string | null): StandardEntry[] {
  const name = district?.trim() ?? ''
  const local: StandardEntry[] = name
    ? [
        { id: 'outlet.std.news-column', name: `《${name}要闻》专栏` },
        { id: 'outlet.std.daily', name: `${name}日报社` },
        { id: 'outlet.std.broadcast', name: `${name}广播电视台` },
        { id: 'outlet.std.charm', name: `微信微博“魅力${name}”` }
      ]
    : []
  return [...local, { id: 'outlet.std.xuexi', name: '学习强国' }]
}
