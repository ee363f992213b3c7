import { test, expect, type Page } from '@playwright/test';
import abilitiesJson from '../../content/data/emergent-abilities.json' with { type: 'json' };
import bigbenchJson from '../../content/data/bigbench-tasks.json' with { type: 'json' };
import referencesJson from '../../content/data/references.json' with { type: 'json' };
import notesJson from '../../content/data/data-notes.json' with { type: 'json' };
import glossaryJson from '../../content/data/glossary.json' with { type: 'json' };

const TABLE_PAGE = './paper/emergent-abilities-table/';
const BIGBENCH_PAGE = './paper/bigbench-analysis/';
const abilities = abilitiesJson.abilities;
const tasks = bigbenchJson.tasks;

/** Row ids in the order the table shows them, visible rows only. */
async function visibleRowIds(page: Page): Promise<string[]> {
  return page
    .locator('table1-explorer tbody tr[data-id]:visible')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id'] ?? ''));
}

test.describe('Table 1 explorer', () => {
  test('without JavaScript the table lists all 23 rows and the strip chart draws every row with FLOPs', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(TABLE_PAGE);
    await expect(page.locator('table1-explorer tbody tr[data-id]')).toHaveCount(abilities.length);
    await expect(page.locator('.t1x-controls')).toBeHidden();
    const withFlops = abilities.filter((a) => a.flops !== null).length;
    await expect(page.locator('.strip-flops .strip-dot')).toHaveCount(withFlops);
    await expect(page.getByRole('cell', { name: '2.3 × 10²²' })).toBeVisible();
    await context.close();
  });

  test('clicking the FLOPs header sorts ascending (missing values last), clicking again reverses', async ({
    page,
  }) => {
    await page.goto(TABLE_PAGE);
    await expect(page.locator('table1-explorer tbody tr[data-id]').first()).toHaveAttribute(
      'data-id',
      abilities[0]!.id,
    );
    // Expected order reasoned from the JSON: by FLOPs, ties in the paper's row order, "Many" (null) at the end.
    const known = abilities.filter((a) => a.flops !== null);
    const unknown = abilities.filter((a) => a.flops === null).map((a) => a.id);
    const ascending = [...known]
      .sort((a, b) => a.flops! - b.flops! || a.row - b.row)
      .map((a) => a.id);
    const descending = [...known]
      .sort((a, b) => b.flops! - a.flops! || a.row - b.row)
      .map((a) => a.id);

    const header = page.getByRole('columnheader', { name: 'Emergence FLOPs' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(await visibleRowIds(page)).toEqual([...ascending, ...unknown]);
    // The lowest threshold in Table 1 is the 8-digit addition scratchpad (8.9E+19).
    expect(ascending[0]).toBe('scratchpad-8-digit-addition-finetuning');

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await visibleRowIds(page)).toEqual([...descending, ...unknown]);
    await expect(page.getByRole('columnheader', { name: 'Ability' })).not.toHaveAttribute(
      'aria-sort',
      /.+/,
    );
  });

  test('clicking the Ability header sorts rows alphabetically', async ({ page }) => {
    await page.goto(TABLE_PAGE);
    await page.getByRole('columnheader', { name: 'Ability' }).getByRole('button').click();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const expected = [...abilities]
      .sort((a, b) => collator.compare(a.ability, b.ability) || a.row - b.row)
      .map((a) => a.id);
    expect(await visibleRowIds(page)).toEqual(expected);
  });

  test('filtering by kind shows only that kind, updates the live count and dims the other marks', async ({
    page,
  }) => {
    await page.goto(TABLE_PAGE);
    const count = page.locator('.t1x-count');
    await expect(count).toHaveText(`Showing ${abilities.length} of ${abilities.length}`);
    await expect(count).toHaveAttribute('aria-live', 'polite');
    const augmented = abilities.filter((a) => a.kind === 'augmented');
    await page.getByLabel('Kind', { exact: true }).selectOption('augmented');
    await expect(count).toHaveText(`Showing ${augmented.length} of ${abilities.length}`);
    expect(await visibleRowIds(page)).toEqual(augmented.map((a) => a.id));
    const fewShotWithFlops = abilities.filter(
      (a) => a.kind === 'few-shot' && a.flops !== null,
    ).length;
    await expect(page.locator('.strip-flops .strip-dot.is-dim')).toHaveCount(fewShotWithFlops);

    // Combined with a FLOPs floor of 10²³: rows with FLOPs ≥ 1e23 among the augmented ones.
    await page.getByLabel('FLOPs at least').selectOption('23');
    const expected = augmented.filter((a) => a.flops !== null && a.flops >= 1e23).length;
    await expect(count).toHaveText(`Showing ${expected} of ${abilities.length}`);

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(count).toHaveText(`Showing ${abilities.length} of ${abilities.length}`);
  });

  test('filtering by model keeps only that model', async ({ page }) => {
    await page.goto(TABLE_PAGE);
    await page.getByLabel('Model', { exact: true }).selectOption('GPT-3');
    expect(await visibleRowIds(page)).toEqual(
      abilities.filter((a) => a.model === 'GPT-3').map((a) => a.id),
    );
  });

  test('references link to the bibliography anchor and charts to their page', async ({ page }) => {
    await page.goto(TABLE_PAGE);
    const row = page.locator('tr[data-id="mmlu-benchmark-57-topic-avg"]');
    await expect(row.getByRole('link', { name: 'Hendrycks et al. (2021a)' })).toHaveAttribute(
      'href',
      /\/references\/#hendrycks2020measuring$/,
    );
    await expect(row.getByRole('link', { name: 'Figure 2G' })).toHaveAttribute(
      'href',
      /\/charts\/fig2g\/$/,
    );
  });

  test('the Chinese page writes parameters in 亿', async ({ page }) => {
    await page.goto('./zh/paper/emergent-abilities-table/');
    await expect(page.locator('tr[data-id="addition-subtraction-3-digit"]')).toContainText('130亿');
    await expect(page.locator('.t1x-count')).toHaveText(
      `显示 ${abilities.length} / ${abilities.length} 项`,
    );
  });
});

test.describe('BIG-bench explorer', () => {
  test('without JavaScript every task is listed', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(BIGBENCH_PAGE);
    await expect(page.locator('bigbench-explorer li[data-name]:visible')).toHaveCount(tasks.length);
    await context.close();
  });

  test('searching for a task name shows it and hides the tasks that do not match', async ({
    page,
  }) => {
    await page.goto(BIGBENCH_PAGE);
    const target = tasks.find((t) => t.name === 'modified arithmetic')!;
    const query = 'Modified_Arithmetic';
    const matching = tasks.filter((t) => t.name.includes('modified arithmetic'));
    await page.getByLabel('Search task names').fill(query);
    await expect(page.locator(`li[data-id="${target.id}"]`)).toBeVisible();
    await expect(page.locator('bigbench-explorer li[data-name]:visible')).toHaveCount(
      matching.length,
    );
    await expect(page.locator('li[data-id="abstract-narrative-understanding"]')).toBeHidden();
    await expect(page.locator('.bbx-count')).toHaveText(
      matching.length === 1 ? '1 task matches' : `${matching.length} tasks match`,
    );
    await page.getByLabel('Search task names').fill('');
    await expect(page.locator('.bbx-count')).toHaveText(`${tasks.length} tasks match`);
  });

  test('unchecking a category hides its tasks and lowers the count', async ({ page }) => {
    await page.goto(BIGBENCH_PAGE);
    const e1 = tasks.filter((t) => t.category === 'E.1').length;
    await page.locator('.bbx-cats input[value="E.1"]').uncheck();
    await expect(page.locator('.bbx-count')).toHaveText(`${tasks.length - e1} tasks match`);
    await expect(page.locator('details[data-category="E.1"]')).toBeHidden();
  });

  test('every category shows its title and task count and the Figure 8 link', async ({ page }) => {
    await page.goto(BIGBENCH_PAGE);
    for (const c of bigbenchJson.categories) {
      const n = tasks.filter((t) => t.category === c.id).length;
      await expect(page.locator(`details[data-category="${c.id}"] summary`)).toContainText(
        `${c.id} ${c.title} (${n} tasks)`,
      );
    }
    await expect(page.getByRole('link', { name: 'Open Figure 8' })).toHaveAttribute(
      'href',
      /\/charts\/fig8\/$/,
    );
  });
});

test.describe('glossary tooltips', () => {
  test('a term shows its definition on focus and Escape hides it until focus leaves', async ({
    page,
  }) => {
    await page.goto('./paper/few-shot-prompting/');
    const term = page.locator('.term').first();
    const tip = term.locator('.term-def');
    await expect(tip).toBeHidden();
    await term.locator('a').focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toHaveClass(/term-dismissed/);
    // Focus moves on and back: the definition shows again.
    await page.keyboard.press('Tab');
    await expect(term).not.toHaveClass(/term-dismissed/);
    await term.locator('a').focus();
    await expect(tip).toBeVisible();
  });

  test('Escape hides a tooltip opened by hovering', async ({ page }) => {
    await page.goto('./paper/few-shot-prompting/');
    const term = page.locator('.term').first();
    await term.locator('a').hover();
    await expect(term.locator('.term-def')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(term.locator('.term-def')).toBeHidden();
  });
});

test.describe('reference pages', () => {
  test('the references page lists every entry of references.json with its key as anchor', async ({
    page,
  }) => {
    await page.goto('./references/');
    const refs = referencesJson.references;
    await expect(page.locator('li.bib-entry')).toHaveCount(refs.length);
    for (const r of refs) await expect(page.locator(`li[id="${r.id}"]`)).toContainText(r.title);
    const bigbench = page.locator('li[id="bigbench"]');
    await expect(bigbench.getByRole('link', { name: 'arXiv:2206.04615' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2206.04615',
    );
    const wic = page.locator('li[id="pilehvar-camacho-collados-2019-wic"]');
    await expect(wic.getByRole('link', { name: /^doi:/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.18653/v1/N19-1128',
    );
    // Sorted by first author: Alayrac first.
    await expect(page.locator('li.bib-entry').first()).toHaveAttribute('id', 'alayrac2022flamingo');
  });

  test('the Chinese references page exists with the same entries', async ({ page }) => {
    await page.goto('./zh/references/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('参考文献');
    await expect(page.locator('li.bib-entry')).toHaveCount(referencesJson.references.length);
  });

  test('the data-notes page lists every note with both values and links its charts', async ({
    page,
  }) => {
    await page.goto('./data/notes/');
    const notes = notesJson.notes;
    await expect(page.locator('li.dn-note')).toHaveCount(notes.length);
    for (const n of notes) {
      const item = page.locator(`li[id="${n.id}"]`);
      await expect(item).toHaveAttribute('data-kind', n.kind);
      await expect(item.locator('.dn-values > li')).toHaveCount(n.values.length);
    }
    const first = page.locator(`li[id="${notes[0]!.id}"]`);
    await expect(first.locator('.dn-charts a').first()).toHaveAttribute(
      'href',
      new RegExp(`/charts/${notes[0]!.chartIds[0]}/$`),
    );
  });

  test('the glossary lists every term alphabetically with its id as anchor', async ({ page }) => {
    await page.goto('./glossary/');
    const terms = glossaryJson.terms;
    await expect(page.locator('.glossary-item')).toHaveCount(terms.length);
    const shown = await page.locator('.glossary dt').allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(shown).toEqual(terms.map((t) => t.en.term).sort(collator.compare));
    for (const t of terms) await expect(page.locator(`[id="${t.id}"] dt`)).toHaveText(t.en.term);
  });
});

// axe on the explorer and reference pages (both languages, light and dark): tests/e2e/sample-pages.spec.ts.
