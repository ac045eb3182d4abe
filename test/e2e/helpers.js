// What every e2e scenario does with a page: find by test id, fill, wait for text, log in.

const byId = (id) => `[data-testid="${id}"]`

/** The first element with the test id. */
const tid = (page, id) => page.locator(byId(id)).first()

/** The first visible element with the test id: H5 keeps earlier pages in the DOM, hidden. */
const visibleTid = (page, id) => page.locator(`${byId(id)}:visible`).first()

/** Fills a Taro input (Taro wraps the real <input> in its own element on H5). */
async function fillInput(host, value) {
  await host.waitFor()
  const tag = await host.evaluate((el) => el.tagName)
  await (tag === 'INPUT' || tag === 'TEXTAREA' ? host : host.locator('input, textarea').first()).fill(value)
}

/** Waits until the element shows the text (or matches the pattern); returns what it shows. */
async function waitForText(page, el, id, wanted, timeout) {
  await el.waitFor({ timeout })
  const deadline = Date.now() + timeout
  let seen = ''
  while (Date.now() < deadline) {
    seen = (await el.innerText()).trim()
    if (typeof wanted === 'string' ? seen.includes(wanted) : wanted.test(seen)) return seen
    await page.waitForTimeout(100)
  }
  throw new Error(`[${id}] shows “${seen}”, expected ${wanted}`)
}

/** Fills the input with the test id. */
const fill = (page, id, value) => fillInput(tid(page, id), value)

/** Fills the visible input with the test id. */
const put = (page, id, value) => fillInput(visibleTid(page, id), value)

/** Waits until the element with the test id shows the text; returns what it shows. */
const expectText = (page, id, wanted, timeout = 10000) => waitForText(page, tid(page, id), id, wanted, timeout)

/** Waits until the visible element with the test id shows the text; returns what it shows. */
const shows = (page, id, wanted, timeout = 10000) => waitForText(page, visibleTid(page, id), id, wanted, timeout)

/** The element's text, once it is there. */
async function text(page, id) {
  const el = tid(page, id)
  await el.waitFor()
  return (await el.innerText()).trim()
}

/** Logs a demo person in by phone with the demo code. */
async function login(page, baseUrl, phone) {
  await page.goto(`${baseUrl}/#/pages/login/index`)
  await fill(page, 'login-phone', phone)
  await fill(page, 'login-code', '123456')
  await tid(page, 'login-submit').click()
}

/** A fresh browser context for another demo person, like a second phone. */
async function phoneOf(page, baseUrl, phone) {
  const browser = page.context().browser()
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, locale: 'zh-CN' })
  const other = await context.newPage()
  await login(other, baseUrl, phone)
  return { page: other, close: () => context.close() }
}

module.exports = { tid, visibleTid, fill, put, expectText, shows, text, login, phoneOf }
