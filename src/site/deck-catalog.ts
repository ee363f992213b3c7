/** Build-time data of the presentation pages: the chart catalog and the sample deck. */
import { CHART_IDS, panelBundle, panelLabel } from './datasets';
import { chartTitle } from './meta';
import { panelCaption } from './captions';
import { chartCapabilities, defaultView } from '../lib/chart/view';
import { defaultFamily, familyChoices } from '../lib/predict/scene';
import type { CatalogEntry, CatalogJson, DeckStrings } from '../lib/present/catalog';
import { dictionary, t } from '../lib/i18n/t';
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

/** The words /present/ hands its islands (data-strings): the present namespace, the credit line's lead and the predict build's sentences. */
export function deckStrings(lang: Lang): DeckStrings {
  const d = dictionary(lang);
  return { ...d.present, creditLead: d.credit.lead, predict: d.predictStatus };
}

/** The deck /present/ shows when its link names none (and the list readers without JavaScript get). */
export function sampleDeckQuery(lang: Lang): string {
  const p = new URLSearchParams([
    ['d', '1'],
    ['s', 'title'],
    ['t', t(lang, 'pages.present.sampleTitle')],
    ['sub', t(lang, 'pages.present.sampleSubtitle')],
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
