import type { Role } from '../../src/core/model'

// The demo district seeded on a first run: invented people in realistic units, and a speech
// catalogue the admin replaces with the real one. Keys are stable so seeding stays idempotent.

export interface SeedArea {
  key: string
  name: string
}

export interface SeedUnit {
  key: string
  name: string
  area: string
  /** 党委 / 党组 / 党工委 / 部务会 … */
  kind: string
}

export interface SeedPerson {
  phone: string
  name: string
  unit: string
  position: string
  roles: Role[]
  /** Self-study records this month (the demo cadre and district leader start from 0/5). */
  studiesThisMonth: number
  studiesLastMonth: number
}

export interface SeedSpeech {
  date: string
  title: string
  source: string
}

export const SEED_AREAS: SeedArea[] = [
  { key: 'a1', name: '第一片区（党群和综合部门）' },
  { key: 'a2', name: '第二片区（经济和社会事业部门）' },
  { key: 'a3', name: '第三片区（街道）' }
]

export const SEED_UNITS: SeedUnit[] = [
  { key: 'xcb', name: '区委宣传部', area: 'a1', kind: '部务会' },
  { key: 'zzb', name: '区委组织部', area: 'a1', kind: '部务会' },
  { key: 'zfb', name: '区人民政府办公室', area: 'a1', kind: '党组' },
  { key: 'fgj', name: '区发展和改革局', area: 'a2', kind: '党组' },
  { key: 'czj', name: '区财政局', area: 'a2', kind: '党组' },
  { key: 'jyj', name: '区教育局', area: 'a2', kind: '党组' },
  { key: 'wjj', name: '区卫生健康局', area: 'a2', kind: '党组' },
  { key: 'cgjd', name: '城关街道党工委', area: 'a3', kind: '党工委' },
  { key: 'dhjd', name: '东湖街道党工委', area: 'a3', kind: '党工委' }
]

/** The accounts the README lists; code 123456 logs them in while the host runs in demo mode. */
export const DEMO_ACCOUNTS: SeedPerson[] = [
  {
    phone: '13800000000',
    name: '王海燕',
    unit: 'xcb',
    position: '区委宣传部副部长',
    roles: ['admin'],
    studiesThisMonth: 0,
    studiesLastMonth: 0
  },
  {
    phone: '13800000001',
    name: '李明轩',
    unit: 'fgj',
    position: '党组成员、副局长',
    roles: ['cadre'],
    studiesThisMonth: 0,
    studiesLastMonth: 3
  },
  // A 区级领导 on the demo unit's roster: the district leader who 分管 development and reform and
  // whose 联系单位 is 区发展和改革局 studies with its 党组理论学习中心组, so the admin keeps them in that
  // unit (a person belongs to one unit here). That way the demo unit leader (13800000004) sees the
  // district leader's school lectures in the same unit table as the demo cadre's records.
  {
    phone: '13800000002',
    name: '陈志强',
    unit: 'fgj',
    position: '副区长（分管发展改革，联系区发展和改革局）',
    roles: ['cadre', 'districtLeader'],
    studiesThisMonth: 0,
    studiesLastMonth: 5
  },
  {
    phone: '13800000003',
    name: '赵雅琴',
    unit: 'fgj',
    position: '办公室主任',
    roles: ['unitSecretary'],
    studiesThisMonth: 0,
    studiesLastMonth: 0
  },
  {
    phone: '13800000004',
    name: '刘建国',
    unit: 'fgj',
    position: '党组书记、局长',
    roles: ['cadre', 'unitLeader'],
    studiesThisMonth: 4,
    studiesLastMonth: 5
  },
  {
    phone: '13800000005',
    name: '孙立新',
    unit: 'zzb',
    position: '干部监督科科长（巡听旁听组成员）',
    roles: ['observer'],
    studiesThisMonth: 0,
    studiesLastMonth: 0
  }
]

type Row = [phone: string, name: string, unit: string, position: string, roles: Role[], thisMonth: number, lastMonth: number]

const OTHERS: Row[] = [
  ['13812340101', '张伟', 'fgj', '党组成员、副局长', ['cadre'], 5, 6],
  ['13812340102', '周晓梅', 'fgj', '党组成员、副局长', ['cadre'], 3, 5],
  ['13812340103', '吴国栋', 'fgj', '党组成员、总经济师', ['cadre'], 2, 4],
  ['13812340104', '郑丽华', 'fgj', '四级调研员', ['cadre'], 1, 5],
  ['13812340201', '黄志明', 'xcb', '区委常委、宣传部部长', ['cadre', 'districtLeader', 'unitLeader'], 3, 5],
  ['13812340202', '马晓燕', 'xcb', '副部长、区文明办主任', ['cadre'], 2, 5],
  ['13812340203', '林俊', 'xcb', '理论教育科科长', ['admin', 'unitSecretary'], 0, 0],
  ['13812340204', '薛军', 'xcb', '副部长（巡听旁听组组长）', ['cadre', 'observer'], 4, 5],
  ['13812340301', '何永强', 'zzb', '常务副部长', ['cadre', 'unitLeader'], 5, 5],
  ['13812340302', '高雪', 'zzb', '副部长', ['cadre', 'observer'], 2, 6],
  ['13812340303', '罗文斌', 'zzb', '办公室主任', ['unitSecretary'], 0, 0],
  ['13812340401', '梁建军', 'zfb', '区委副书记、区长', ['cadre', 'districtLeader'], 1, 5],
  ['13812340402', '宋佳', 'zfb', '党组书记、主任', ['cadre', 'unitLeader'], 3, 4],
  ['13812340403', '谢晓东', 'zfb', '副主任', ['cadre', 'unitSecretary'], 2, 5],
  ['13812340501', '韩光明', 'czj', '党组书记、局长', ['cadre', 'unitLeader'], 5, 5],
  ['13812340502', '唐敏', 'czj', '党组成员、副局长', ['cadre'], 4, 5],
  ['13812340503', '冯磊', 'czj', '党组成员、副局长', ['cadre'], 0, 3],
  ['13812340504', '于静', 'czj', '办公室主任', ['unitSecretary'], 0, 0],
  ['13812340601', '董文华', 'jyj', '区委教育工委书记、局长', ['cadre', 'unitLeader'], 2, 5],
  ['13812340602', '曹红梅', 'jyj', '党组成员、副局长', ['cadre'], 3, 5],
  ['13812340603', '袁振宇', 'jyj', '党组成员、副局长', ['cadre'], 1, 2],
  ['13812340604', '邓丽', 'jyj', '办公室主任', ['unitSecretary'], 0, 0],
  ['13812340701', '许国平', 'wjj', '党组书记、局长', ['cadre', 'unitLeader'], 4, 6],
  ['13812340702', '傅晓云', 'wjj', '党组成员、副局长', ['cadre'], 2, 5],
  ['13812340703', '沈涛', 'wjj', '党组成员、副局长', ['cadre'], 5, 5],
  ['13812340704', '曾慧', 'wjj', '办公室主任', ['unitSecretary'], 0, 0],
  ['13812340801', '彭建华', 'cgjd', '党工委书记', ['cadre', 'unitLeader'], 3, 5],
  ['13812340802', '吕春燕', 'cgjd', '党工委副书记、办事处主任', ['cadre'], 2, 4],
  ['13812340803', '苏明', 'cgjd', '党工委委员、办事处副主任', ['cadre'], 0, 5],
  ['13812340804', '蒋丽娟', 'cgjd', '党政办主任', ['unitSecretary'], 0, 0],
  ['13812340901', '蔡卫东', 'dhjd', '党工委书记', ['cadre', 'unitLeader'], 5, 5],
  ['13812340902', '贾玉兰', 'dhjd', '党工委副书记、办事处主任', ['cadre'], 1, 5],
  ['13812340903', '丁浩', 'dhjd', '党工委委员、人武部部长', ['cadre'], 3, 3],
  ['13812340904', '魏婷', 'dhjd', '党政办主任', ['unitSecretary'], 0, 0]
]

/** Everyone on the demo roster: the demo accounts first. */
export const SEED_PEOPLE: SeedPerson[] = [
  ...DEMO_ACCOUNTS,
  ...OTHERS.map(([phone, name, unit, position, roles, studiesThisMonth, studiesLastMonth]) => ({
    phone,
    name,
    unit,
    position,
    roles,
    studiesThisMonth,
    studiesLastMonth
  }))
]

/** A starting catalogue of major speeches and articles; the admin keeps it current. */
export const SEED_SPEECHES: SeedSpeech[] = [
  { date: '2023-03-13', title: '在第十四届全国人民代表大会第一次会议上的讲话', source: '新华社' },
  { date: '2023-03-16', title: '加快建设农业强国 推进农业农村现代化', source: '《求是》2023年第6期' },
  { date: '2023-04-03', title: '在学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议上的讲话', source: '新华社' },
  { date: '2023-06-02', title: '在文化传承发展座谈会上的讲话', source: '《求是》2023年第17期' },
  { date: '2023-07-17', title: '在全国生态环境保护大会上的讲话', source: '新华社' },
  { date: '2023-08-16', title: '中国式现代化是强国建设、民族复兴的康庄大道', source: '《求是》2023年第16期' },
  { date: '2023-10-30', title: '在中央金融工作会议上的讲话', source: '新华社' },
  { date: '2023-12-26', title: '在纪念毛泽东同志诞辰130周年座谈会上的讲话', source: '人民日报' },
  { date: '2024-01-08', title: '在二十届中央纪委三次全会上的讲话', source: '新华社' },
  { date: '2024-01-16', title: '在省部级主要领导干部推动金融高质量发展专题研讨班开班式上的讲话', source: '新华社' },
  { date: '2024-03-05', title: '在参加十四届全国人大二次会议江苏代表团审议时的讲话', source: '人民日报' },
  { date: '2024-06-01', title: '发展新质生产力是推动高质量发展的内在要求和重要着力点', source: '《求是》2024年第11期' },
  { date: '2024-06-16', title: '开创我国高质量发展新局面', source: '《求是》2024年第12期' },
  { date: '2024-06-24', title: '在全国科技大会、国家科学技术奖励大会、两院院士大会上的讲话', source: '新华社' },
  { date: '2024-07-21', title: '关于《中共中央关于进一步全面深化改革、推进中国式现代化的决定》的说明', source: '新华社' },
  { date: '2024-09-14', title: '在庆祝全国人民代表大会成立70周年大会上的讲话', source: '人民日报' },
  { date: '2024-09-30', title: '在庆祝中华人民共和国成立75周年招待会上的讲话', source: '新华社' },
  { date: '2024-12-12', title: '在中央经济工作会议上的讲话', source: '新华社' },
  { date: '2025-01-06', title: '在二十届中央纪委四次全会上的讲话', source: '新华社' },
  { date: '2025-02-17', title: '在民营企业座谈会上的讲话', source: '新华社' },
  { date: '2025-03-05', title: '在参加十四届全国人大三次会议江苏代表团审议时的讲话', source: '人民日报' },
  { date: '2025-09-03', title: '在纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会上的讲话', source: '新华社' },
  {
    date: '2025-10-28',
    title: '关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明',
    source: '新华社'
  },
  { date: '2026-01-12', title: '在二十届中央纪委五次全会上的讲话', source: '新华社' },
  { date: '2026-03-16', title: '在党的二十届四中全会第二次全体会议上的讲话（节选）', source: '《求是》2026年第6期' }
]

// Name parts for the benchmark's generated cadres (a few thousand distinct, plausible names).
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
export const GIVEN = [
  '建华',
  '志刚',
  '海燕',
  '晓东',
  '丽娟',
  '文斌',
  '国庆',
  '春梅',
  '振华',
  '秀英',
  '明辉',
  '俊杰',
  '红霞',
  '永刚',
  '雪梅',
  '宏伟',
  '玉兰',
  '立新',
  '敏',
  '静',
  '磊',
  '涛',
  '军',
  '勇',
  '婷',
  '鹏',
  '超',
  '杰',
  '芳',
  '霞',
  '晨',
  '亮',
  '洁',
  '斌',
  '琳'
]
