/**
 * True when a launch path names the route: weapp gives `pages/home/index`, Taro's H5 router
 * `/pages/home/index` (the first page for `/`); a query string, if any, does not count.
 */
export function isLaunchOf(path: string | undefined, route: string): boolean {
  if (!path) return false
  return `/${path.replace(/^\/+/, '').split('?')[0]}` === route
}
