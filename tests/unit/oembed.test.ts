import { describe, it, expect } from 'vitest';
import { chartOembed } from '../../src/site/meta';
import { GET, getStaticPaths } from '../../src/pages/oembed/[id].json';
import { CHART_IDS } from '../../src/site/datasets';

const SITE = 'https://example.org';
const BASE = '/emergence/';

describe('oEmbed', () => {
  it('a chart response has every field oEmbed 1.0 requires of a "rich" response', () => {
    const o: Record<string, unknown> = { ...chartOembed('fig2a', SITE, BASE) };
    expect(o['version']).toBe('1.0');
    expect(o['type']).toBe('rich');
    expect(typeof o['html']).toBe('string');
    expect(Number.isInteger(o['width']) && Number(o['width']) > 0).toBe(true);
    expect(Number.isInteger(o['height']) && Number(o['height']) > 0).toBe(true);
    // Thumbnail fields come as a set (all or none).
    expect(o).toMatchObject({
      thumbnail_url: 'https://example.org/emergence/images/fig2a.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(o).toMatchObject({
      provider_name: 'Emergent Abilities Explorer',
      provider_url: 'https://example.org/emergence/',
      author_name: 'Wei et al. 2022 (data)',
    });
    expect(typeof o['cache_age']).toBe('number');
  });

  it('the html is one lazy, titled, style-free 16:9 iframe of /embed/<id>/ that may copy to the clipboard and share', () => {
    const { html, title } = chartOembed('fig2a', SITE, BASE);
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(html).toContain('src="https://example.org/emergence/embed/fig2a/"');
    expect(html).toContain(`title="${title}"`);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="960"');
    expect(html).toContain('height="540"');
    expect(html).toContain('allow="clipboard-write; web-share"');
    expect(html).not.toMatch(/style=/);
  });

  it('the endpoint serves one JSON file per chart', async () => {
    expect(getStaticPaths().map((p) => p.params.id)).toEqual(CHART_IDS);
    const call = GET as unknown as (ctx: {
      params: { id: string };
      site: URL;
    }) => Response | Promise<Response>;
    const res = await call({ params: { id: 'fig8' }, site: new URL(SITE) });
    const body = (await res.json()) as { version: string; html: string };
    expect(body.version).toBe('1.0');
    expect(body.html).toMatch(/src="https:\/\/example\.org\/[^"]*embed\/fig8\/"/);
  });
});
