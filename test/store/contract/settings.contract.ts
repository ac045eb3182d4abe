import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'

/** Admin settings: a JSON value per key, replaced whole. */
export function settingsContract(store: () => Store): void {
  describe('settings', () => {
    it('stores a JSON value under a key and replaces it whole', async () => {
      const key = `test-${id()}`
      expect(await store().settings.get(key)).toBeNull()
      const first = {
        key,
        value: { a: { enabled: true, days: 3 }, list: [1, 'x'] },
        updatedAt: '2026-12-01T00:00:00.000Z',
        updatedBy: 'p1'
      }
      await store().settings.put(first)
      expect(await store().settings.get(key)).toEqual(first)
      const second = { key, value: { b: false }, updatedAt: '2026-12-02T00:00:00.000Z', updatedBy: 'p2' }
      await store().settings.put(second)
      expect(await store().settings.get(key)).toEqual(second)
      expect(await store().settings.get(`test-${id()}`)).toBeNull()
    })
  })
}
