import type { Page } from '@playwright/test';

/** Visible targets a finger must hit that are under 44 × 44 px, as "text W×H" (a box counts by its label). */
export const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a, summary, input, select')]
      // A checkbox or radio button is touched through its label.
      .map((el) => (el.matches('input[type=checkbox], input[type=radio]') ? ((el as HTMLInputElement).labels?.[0] ?? el) : el))
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ text: el.textContent?.trim().slice(0, 30), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
