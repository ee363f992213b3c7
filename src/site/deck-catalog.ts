/** Build-time data of the presentation pages: the chart catalog and the sample deck. */
import { CHART_IDS, panelBundle, panelLabel } from './datasets';
import { chartTitle } from './meta';
import { panelCaption } from './captions';
import { chartCapabilities, defaultView } from '../lib/chart/view';
import { defaultFamily, familyChoices } from '../lib/predict/scene';
import type { CatalogEntry, CatalogJson } from '../lib/present/catalog';
import type { Lang } from '../lib/i18n/ui';

const cache = new Map<Lang, Map<string, CatalogEntry>>();

/** Every chart as a deck can use it, in figure order. */
export function deckCatalog(lang: Lang): Map<string, CatalogEntry> {
  let found = cache.get(lang);
  if (found) return found;
  found = new Map(
    CHART_IDS.map((id) => {
      const bundle = panelBundle(id);
      const caps = chartCapabilities(bundle.panel, new Map(bundle.models.map((m) => [m.id, m])));
      const choices = familyChoices(bundle, lang);
      const preferred = defaultFamily(bundle, choices);
      const families = choices.map((c) => c.series);
      const predictFamilies = preferred
        ? [preferred, ...families.filter((f) => f !== preferred)]
        : families;
      return [
        id,
        {
          title: chartTitle(id, lang),
          label: panelLabel(id, lang),
          caption: panelCaption(id, lang) ?? '',
          caps,
          defaults: defaultView(bundle.panel),
          predictFamilies,
        },
      ] as const;
    }),
  );
  cache.set(lang, found);
  return found;
}

/** The catalog as the JSON a page carries in data-catalog. */
export function catalogJson(lang: Lang): string {
  const out: CatalogJson = Object.fromEntries(deckCatalog(lang));
  return JSON.stringify(out);
}

/** The deck /present/ shows when its link names none (and the list readers without JavaScript get). */
export function sampleDeckQuery(lang: Lang): string {
  const zh = lang === 'zh';
  const p = new URLSearchParams([
    ['d', '1'],
    ['s', 'title'],
    ['t', zh ? '大语言模型的涌现能力' : 'Emergent abilities of large language models'],
    [
      'sub',
      zh
        ? 'Wei 等（2022）论文中的图表，依据论文数据重新绘制'
        : 'Charts from Wei et al. (2022), redrawn from the paper’s own data',
    ],
    ['s', 'fig2d'],
    ['series', 'LaMDA~GPT-3~PaLM'],
    ['b', 'series'],
    ['s', 'fig2a'],
    ['b', 'predict'],
    ['s', 'fig2h'],
    ['b', 'x'],
    ['s', 'fig2a'],
    ['with', 'fig3a'],
    ['s', 'fig8'],
  ]);
  return `?${p.toString().replace(/%7E/g, '~')}`;
}
