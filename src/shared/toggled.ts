/** The list with `item` taken out if it was in, put at the end if it was not (a ticked box's list). */
export const toggled = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
