/**
 * Wraps a CloudBase database (the SDK's, or the mingo fake of test/store) and counts the calls
 * that are network round trips on CloudBase: a query's get()/count(), a document's
 * get/set/update/remove, a query's update()/remove(), add(), an aggregation's end(), and inside a transaction each operation plus two for the
 * transaction itself (begin and commit). Builders (where, orderBy, limit…) cost nothing.
 * With `latencyMs`, every round trip also waits that long, so a call's time divided by it
 * shows how many round trips were in a row (its serial depth).
 */
function countingDatabase(inner, { latencyMs = 0 } = {}) {
  // waves: round trips that started while none was in flight, i.e. how many came one after another
  // (calls sent together, as by Promise.all, count once); meaningful with a latency.
  const counter = { on: false, calls: 0, waves: 0 }
  let inFlight = 0
  const wait = () => (latencyMs > 0 ? new Promise((r) => setTimeout(r, latencyMs)) : Promise.resolve())
  const trip = async (run) => {
    if (!counter.on) return run()
    counter.calls++
    if (inFlight === 0) counter.waves++
    inFlight++
    try {
      await wait()
      return await run()
    } finally {
      inFlight--
    }
  }
  const query = (q) => ({
    where: (c) => query(q.where(c)),
    orderBy: (f, d) => query(q.orderBy(f, d)),
    skip: (n) => query(q.skip(n)),
    limit: (n) => query(q.limit(n)),
    field: (p) => query(q.field(p)),
    get: () => trip(() => q.get()),
    count: () => trip(() => q.count()),
    update: (data) => trip(() => q.update(data)),
    remove: () => trip(() => q.remove())
  })
  const aggregate = (a) => ({
    match: (c) => aggregate(a.match(c)),
    group: (g) => aggregate(a.group(g)),
    sort: (o) => aggregate(a.sort(o)),
    skip: (n) => aggregate(a.skip(n)),
    limit: (n) => aggregate(a.limit(n)),
    end: () => trip(() => a.end())
  })
  const doc = (d, remove) => ({
    get: () => trip(() => d.get()),
    set: (data) => trip(() => d.set(data)),
    update: (data) => trip(() => d.update(data)),
    [remove]: () => trip(() => d[remove]())
  })
  const db = {
    command: inner.command,
    RegExp: (options) => inner.RegExp(options),
    collection(name) {
      const c = inner.collection(name)
      return {
        ...query(c),
        doc: (id) => doc(c.doc(id), 'remove'),
        add: (data) => trip(() => c.add(data)),
        aggregate: () => aggregate(c.aggregate())
      }
    },
    async runTransaction(fn) {
      if (counter.on) counter.calls++ // begin
      const result = await inner.runTransaction((tx) =>
        fn({
          collection(name) {
            const c = tx.collection(name)
            return { doc: (id) => doc(c.doc(id), 'delete'), add: (data) => trip(() => c.add(data)) }
          }
        })
      )
      await trip(async () => undefined) // commit
      return result
    }
  }
  return { db, counter }
}

module.exports = { countingDatabase }
