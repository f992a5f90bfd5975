/**
 * A week of hours in a few lines for paper and small spaces: consecutive days with the same hours
 * are grouped ("Lun-Ven : 9h-12h, 14h-17h", "Sam : 9h-12h"); closed days are left out.
 * `week` is Monday first, '' for a closed day (see share/place-texts.ts weekLines).
 */
export function compactWeek(week: { hours: string }[], days: string[]): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= week.length; i++) {
    if (i < week.length && week[i].hours === week[start].hours) continue;
    if (week[start].hours) {
      const span = i - 1 === start ? days[start] : `${days[start]}-${days[i - 1]}`;
      lines.push(`${span} : ${week[start].hours}`);
    }
    start = i;
  }
  return lines;
}
