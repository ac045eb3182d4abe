export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index', 'pages/me/index', 'pages/study/record/index', 'pages/inbox/index'],
  subPackages: [
    {
      root: 'packages/unit',
      pages: ['pages/rectify/index', 'pages/methods/index', 'pages/person/index']
    },
    { root: 'packages/methods', pages: ['pages/new/index', 'pages/form/index', 'pages/records/index', 'pages/detail/index'] },
    {
      root: 'packages/meeting',
      pages: [
        'pages/list/index',
        'pages/edit/index',
        'pages/detail/index',
        'pages/qr/index',
        'pages/checkin/index',
        'pages/coverage/index',
        'pages/district/index',
        'pages/classics/index'
      ]
    },
    // Central-group study (中心组学习): the unit secretary's sessions, membership and year plan.
    {
      root: 'packages/group',
      pages: ['pages/list/index', 'pages/edit/index', 'pages/detail/index', 'pages/members/index', 'pages/plan/index']
    },
    // The self-study plan: off the main package (2 MB limit), opened from home and the record form.
    { root: 'packages/study', pages: ['pages/plan/index'] },
    // Dashboards (issue 12): the district's and a unit's figures, charts as plain Views.
    { root: 'packages/dashboard', pages: ['pages/district/index', 'pages/unit/index'] },
    {
      root: 'packages/observe',
      pages: ['pages/list/index', 'pages/session/index', 'pages/feedback/index', 'pages/review/index']
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/index/index',
        'pages/areas/index',
        'pages/units/index',
        'pages/people/index',
        'pages/import/index',
        'pages/speeches/index',
        'pages/methods/index',
        'pages/observe-groups/index',
        'pages/observe-plans/index',
        'pages/observe-rubric/index',
        'pages/observe-figures/index',
        'pages/reminders/index',
        'pages/study-plan/index',
        'pages/group-upcoming/index',
        'pages/export/index'
      ]
    }
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '理论学习助手',
    navigationBarTextStyle: 'black'
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'components/TabBarIcons/home.png',
        selectedIconPath: 'components/TabBarIcons/home-active.png'
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'components/TabBarIcons/me.png',
        selectedIconPath: 'components/TabBarIcons/me-active.png'
      }
    ]
  },
  // Only inject the components a page uses: keeps start-up fast on weapp.
  lazyCodeLoading: 'requiredComponents'
})
