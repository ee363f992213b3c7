import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  injectionCounts,
  watchErrorsAndDialogs,
  watchForeignRequests,
} from './helpers';

/**
 * /present/ and /present/edit/ in a real browser: presentation keys and `slide=N` in the link,
 * build steps, the speaker view in a second window following the presentation (and driving it),
 * hostile deck links (valid slides shown, the rest in the notice, nothing injected), print (one
 * landscape page per slide), the page without JavaScript, and the deck editor.
 */

/** Three slides: a title, a series build over two series (LaMDA, then GPT-3), and a two-chart slide. */
const DECK =
  '?d=1&s=title&t=Talk+title&sub=Subtitle&s=fig2a&series=GPT-3~LaMDA&b=series&s=fig2b&with=fig11b';

test.describe.configure({ mode: 'parallel' });

/** Waits until the presentation shows slide `n` (1-based) at `step`, drawn. */
async function expectAt(page: Page, n: number, step = 0): Promise<void> {
  const deck = page.locator('present-deck');
  await expect(deck).toHaveAttribute('data-slide', String(n));
  await expect(deck).toHaveAttribute('data-step', String(step));
  await expect(deck).toHaveAttribute('data-drawn', `${n}.${step}`);
}

test('keys move through slides and builds, and slide=N follows in the link', async ({
  page,
  baseURL,
}) => {
  const foreign = watchForeignRequests(page, baseURL!);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./present/${DECK}`);
  await expectAt(page, 1);
  await expect(page.locator('.deck-stage .slide-heading')).toHaveText('Talk title');
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 0);
  expect(new URL(page.url()).searchParams.get('slide')).toBe('2');
  await expect(page.locator('.deck-stage svg.chart-svg')).toHaveCount(1);
  await page.keyboard.press('Space');
  await expectAt(page, 2, 1);
  await page.keyboard.press('PageDown');
  await expectAt(page, 3);
  await expect(page.locator('.deck-stage svg.chart-svg')).toHaveCount(2);
  await page.keyboard.press('PageUp');
  await expectAt(page, 2, 1);
  await page.keyboard.press('ArrowLeft');
  await expectAt(page, 2, 0);
  await page.keyboard.press('End');
  await expectAt(page, 3);
  await page.keyboard.press('Home');
  await expectAt(page, 1);
  expect(new URL(page.url()).searchParams.get('slide')).toBe('1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expectAt(page, 2, 0);
  // b blanks the screen until pressed again (or the presenter moves on).
  await page.keyboard.press('b');
  await expect(page.locator('present-deck')).toHaveClass(/is-blank/);
  await expect(page.locator('.deck-stage .slide')).toBeHidden();
  await page.keyboard.press('b');
  await expect(page.locator('.deck-stage .slide')).toBeVisible();
  // f toggles full screen; "Edit deck" carries the deck.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  const edit = await page.locator('a[data-deck-edit]').getAttribute('href');
  expect(edit?.endsWith(`/present/edit/${DECK}`), `${edit}`).toBe(true);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('slide=N opens that slide, and the charts fill the slide with their names on the lines', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./present/${DECK}&slide=3`);
  await expectAt(page, 3);
  const svgs = page.locator('.deck-stage svg.chart-svg');
  await expect(svgs).toHaveCount(2);
  const box = (await svgs.first().boundingBox())!;
  expect(box.height).toBeGreaterThan(300);
  expect(await page.locator('.deck-stage .direct-labels').count()).toBe(2);
  // Laid out for the box: the viewBox is the element's own size (no scaling).
  const [vb, w] = await svgs
    .first()
    .evaluate(
      (svg) =>
        [svg.getAttribute('viewBox'), Math.round(svg.getBoundingClientRect().width)] as const,
    );
  expect(Number(vb?.split(' ')[2])).toBeCloseTo(w, -1);
});

test('a series build shows one series per step, in the chosen order, and animates what it adds', async ({
  page,
}) => {
  await page.goto(`./present/${DECK}&slide=2`);
  await expectAt(page, 2, 0);
  const series = page.locator('.deck-stage g.series[data-series]:not([display="none"])');
  await expect(series).toHaveCount(1);
  await expect(series.first()).toHaveAttribute('data-series', 'GPT-3');
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 1);
  await expect(series).toHaveCount(2);
  const added = page.locator('.deck-stage g.series.build-in');
  await expect(added).toHaveCount(1);
  await expect(added).toHaveAttribute('data-series', 'LaMDA');
  expect(await added.evaluate((g) => getComputedStyle(g).animationName)).toBe('deck-fade-in');
});

test('with reduced motion, build steps do not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./present/${DECK}&slide=2`);
  await expectAt(page, 2, 0);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 1);
  const names = await page
    .locator('.deck-stage g.series:not([display="none"])')
    .evaluateAll((gs) => gs.map((g) => getComputedStyle(g).animationName));
  expect(names.every((n) => n === 'none')).toBe(true);
});

test('predict-then-reveal and FLOPs-to-parameters builds step through their states', async ({
  page,
}) => {
  await page.goto('./present/?d=1&s=fig2a&b=predict&s=fig2h&b=x');
  await expectAt(page, 1, 0);
  const points = (): Promise<number> =>
    page.locator('.deck-stage g.series:not([display="none"]) g.pt').count();
  const hidden = await points();
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 1, 1);
  await expect(page.locator('.deck-stage g.series')).not.toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 1, 2);
  expect(await points()).toBeGreaterThan(hidden);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 0);
  const axis = (): Promise<string> =>
    page
      .locator('.deck-stage svg desc')
      .first()
      .evaluate((d) => d.textContent ?? '');
  const flops = await axis();
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 1);
  expect(await axis()).not.toBe(flops);
});

test('the speaker view opens in a second window and follows the presentation, both ways', async ({
  page,
  context,
}) => {
  await page.goto(`./present/${DECK}`);
  await expectAt(page, 1);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  const sp = speaker.locator('present-deck');
  await expect(sp).toHaveClass(/is-speaker/);
  await expect(sp).toHaveAttribute('data-drawn', '1.0');
  await expect(speaker.locator('.speaker-timer')).toHaveText(/^\d\d:\d\d$/);
  await expect(speaker.locator('.speaker-next .slide-heading')).toContainText('Mod. arithmetic');
  await page.keyboard.press('ArrowRight');
  await expectAt(page, 2, 0);
  await expect(sp).toHaveAttribute('data-drawn', '2.0');
  // Notes: the chart's description and its source.
  await expect(speaker.locator('.speaker-notes')).toContainText('Data: Wei et al. (2022), Figure');
  expect((await speaker.locator('.speaker-notes p').first().innerText()).length).toBeGreaterThan(
    40,
  );
  await speaker.keyboard.press('ArrowRight');
  await expectAt(page, 2, 1);
  await expect(sp).toHaveAttribute('data-drawn', '2.1');
  // Only the speaker window it opened can move the presentation: a message from elsewhere is ignored.
  await page.evaluate(() => window.postMessage({ type: 'deck:go', slide: 2, step: 0 }, '*'));
  await page.waitForTimeout(300);
  await expectAt(page, 2, 1);
});

const HOSTILE: { name: string; query: string; slides: number; minIssues: number }[] = [
  {
    name: 'unknown chart ids',
    query: '?d=1&s=fig99z&s=fig2a&s=../../etc/passwd&s=__proto__',
    slides: 1,
    minIssues: 3,
  },
  {
    name: 'broken views',
    query: `?d=1&s=fig2a&x=${encodeURIComponent('<script>window.__pwned=1</script>')}&series=nope&y=log&b=warp&s=fig8&b=x`,
    slides: 2,
    minIssues: 5,
  },
  {
    name: 'hostile title text',
    query: `?d=1&s=title&t=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&sub=${encodeURIComponent('"><iframe src="javascript:window.__pwned=1">' + 'x'.repeat(400))}&s=title`,
    slides: 1,
    minIssues: 2,
  },
  { name: '10,000 slides', query: `?d=1${'&s=fig2a'.repeat(10_000)}`, slides: 100, minIssues: 1 },
  {
    name: 'an unknown version and a bad slide number',
    query: '?d=7&s=fig2a&slide=-3',
    slides: 1,
    minIssues: 2,
  },
];

for (const { name, query, slides, minIssues } of HOSTILE) {
  test(`hostile deck link (${name}): valid slides shown, the rest in the notice, nothing injected`, async ({
    page,
    baseURL,
  }) => {
    const errors = watchErrorsAndDialogs(page);
    await page.goto('./present/');
    await expectAt(page, 1);
    const clean = await injectionCounts(page);
    const target = new URL(`./present/${query}`, baseURL!).href;
    // Servers refuse very long request lines; the page is static, so long links get its bytes.
    if (target.length > 8000) {
      const cleanUrl = new URL('./present/', baseURL!).href;
      await page.route(
        (u) => u.href === target,
        async (route) => route.fulfill({ response: await page.request.get(cleanUrl) }),
      );
    }
    await page.goto(target);
    await expectAt(page, 1);
    await expect(page.locator('.deck-counter')).toContainText(`of ${slides}`);
    const notice = page.locator('.deck-notice');
    await expect(notice).toBeVisible();
    expect(await notice.locator('li').count()).toBeGreaterThanOrEqual(minIssues);
    expect(await injectionCounts(page)).toEqual(clean);
    expect(errors).toEqual([]);
    if (name === 'hostile title text')
      await expect(page.locator('.deck-stage .slide-heading')).toHaveText(
        '<img src=x onerror="window.__pwned=1">',
      );
  });
}

test('printing gives one landscape page per slide, each with a static SVG', async ({ page }) => {
  await page.goto(`./present/${DECK}`);
  await expectAt(page, 1);
  await expect(page.locator('present-deck')).toHaveAttribute('data-print-ready', '');
  await page.emulateMedia({ media: 'print' });
  const pages = page.locator('.deck-print .print-page');
  await expect(pages).toHaveCount(3);
  await expect(pages.nth(1).locator('svg')).toHaveCount(1);
  await expect(pages.nth(2).locator('svg')).toHaveCount(2);
  await expect(page.locator('.deck-stage')).toBeHidden();
  await expect(page.locator('iframe')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  expect(count).toBe(3);
  // Landscape: every MediaBox is wider than tall.
  for (const m of text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g))
    expect(Number(m[1])).toBeGreaterThan(Number(m[2]));
});

test('once every chart is loaded, the deck keeps working without a network', async ({
  page,
  context,
}) => {
  await page.goto('./present/?d=1&s=fig2a&b=predict&s=fig8&s=fig2b&with=fig11b&s=fig3a&b=x');
  await expectAt(page, 1);
  await expect(page.locator('present-deck')).toHaveAttribute('data-offline-ready', '');
  await context.setOffline(true);
  const ends = ['1.2', '2.0', '3.0', '4.1'];
  for (const end of ends) {
    for (;;) {
      const drawn = await page.locator('present-deck').getAttribute('data-drawn');
      if (drawn === end) break;
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('present-deck')).not.toHaveAttribute('data-drawn', drawn ?? '');
    }
    await expect(page.locator('.deck-stage .slide-error')).toHaveCount(0);
    expect(await page.locator('.deck-stage svg.chart-svg').count()).toBeGreaterThan(0);
  }
  await context.setOffline(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/present/ is a readable list of the sample deck with static SVGs', async ({ page }) => {
    await page.goto('./present/');
    const slides = page.locator('.static-slide');
    expect(await slides.count()).toBeGreaterThan(3);
    await expect(page.locator('.static-slide svg.chart-svg').first()).toBeVisible();
    await expect(page.locator('.deck-static noscript')).toHaveCount(1);
  });
});

test('the deck editor adds, reorders and removes slides, and keeps the deck in storage and in the link', async ({
  page,
}) => {
  await page.goto('./present/edit/');
  const editor = page.locator('deck-editor');
  await expect(editor).toHaveClass(/is-live/);
  await expect(editor).toHaveAttribute('data-slides', '0');
  await page.locator('.editor-add form').first().locator('button[type=submit]').click();
  await expect(editor).toHaveAttribute('data-slides', '1');
  const titleForm = page.locator('.editor-add form').nth(1);
  await titleForm.locator('input[name=t]').fill('<b>My talk</b>');
  await titleForm.locator('button[type=submit]').click();
  await expect(editor).toHaveAttribute('data-slides', '2');
  await page.locator('.editor-slide').nth(1).locator('button[data-move="-1"]').click();
  await expect(page.locator('.editor-slide strong').first()).toHaveText(
    'Title slide: <b>My talk</b>',
  );
  const link = await page.locator('.editor-link input').inputValue();
  expect(link).toContain('/present/?d=1&s=title&t=%3Cb%3EMy+talk%3C%2Fb%3E&s=fig2a');
  expect(await page.evaluate(() => localStorage.getItem('emergence-deck'))).toBe(
    new URL(link).search,
  );
  expect(new URL(page.url()).search).toBe(new URL(link).search);
  // A build chosen in the editor is in the link.
  await page.locator('.editor-slide').nth(1).locator('select[name=b]').selectOption('series');
  await expect(page.locator('.editor-link input')).toHaveValue(/b=series/);
  await page.locator('.editor-slide').first().locator('button[data-remove]').click();
  await expect(editor).toHaveAttribute('data-slides', '1');
  // The stored deck comes back on the next visit.
  await page.goto('./present/edit/');
  await expect(editor).toHaveAttribute('data-slides', '1');
});

for (const path of ['present/', 'present/edit/', 'zh/present/']) {
  test(`/${path} has no axe violations`, async ({ page }) => {
    await page.goto(`./${path}`);
    await expect(page.locator('present-deck.is-live, deck-editor.is-live')).toHaveCount(1);
    if (path.includes('present/') && !path.includes('edit'))
      await expect(page.locator('present-deck')).toHaveAttribute('data-drawn', /^1\./);
    await expectNoAxeViolations(page);
  });
}

test('the whole deck downloads as one .pptx: a title slide, then native charts (two side by side on a two-chart slide)', async ({
  page,
}) => {
  await page.goto(`./present/${DECK}`);
  await expectAt(page, 1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button[data-deck="pptx"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('deck.pptx');
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(3);
  // fig2a on slide 2, fig2b and fig11b on slide 3: three native charts.
  expect(zip.file(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(3);
  expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('Talk title');
});
