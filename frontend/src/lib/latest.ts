/**
 * For loads that can overlap (typing, filters, a refresh after a save): each
 * start() returns a check that stays true only while no later load has
 * started, so an older, slower answer never overwrites a newer one. Calling
 * start() and dropping the check makes whatever is on its way stale.
 */
export function latestOnly(): () => () => boolean {
  let latest = 0
  return () => {
    const mine = ++latest
    return () => mine === latest
  }
}
