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
    // Publicity (宣传报道): items sent to outlets, their answers, and the counts per unit and outlet.
    { root: 'packages/publicity', pages: ['pages/list/index', 'pages/form/index', 'pages/counts/index'] },
    // The self-study plan: off the main package (2 MB limit), opened from home and the record form.
    { root: 'packages/study', pages: ['pages/plan/index'] },
    // Model examples (先进典型): the showcase for everyone, nominations, the admin's review.
    {
      root: 'packages/models',
      pages: ['pages/showcase/index', 'pages/nominate/index', 'pages/list/index', 'pages/detail/index']
    },
    // Dashboards (issue 12): the district's and a unit's figures, charts as plain Views.
    { root: 'packages/dashboard', pages: ['pages/district/index', 'pages/unit/index'] },
    {
      root: 'packages/observe',
      pages: ['pages/list/index', 'pages/session/index', 'pages/feedback/index', 'pages/review/index']
    },
    // 意见反馈: everyone's form and answers, the admin's list (off the main package).
    { root: 'packages/feedback', pages: ['pages/mine/index', 'pages/new/index', 'pages/admin/index'] },
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
        'pages/rectify-list/index',
        'pages/export/index'
      ]
    }
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '理论学习助手',
    navigationBarTextStyle: 'black',
    // WeChat's own default (its native bar, https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#window).
    // On H5 it turns on Taro's top bar, hidden unless this says 'default': the page's
    // navigationBarTitleText (or setNavigationBarTitle) as title, a back arrow on a sub-page
    // (home button when there is no page to go back to), nothing on the tab pages
    // (@tarojs/router NavigationBarHandler, https://app.unpkg.com/@tarojs/router@4.0.7/files/dist/router/navigation-bar.js).
    navigationStyle: 'default'
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
