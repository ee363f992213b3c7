/**
 * Inside an iframe, tells the host page how tall the embed is, so the host can size the frame
 * ({type: "emergence-embed:height", id, height}). It only posts; it never listens to messages.
 * Also keeps the "open in the explorer" link pointing at the current view.
 */
const chart = document.querySelector<HTMLElement>('emergence-chart');
const id = chart?.dataset.chartId ?? '';

if (window.parent !== window) {
  let last = 0;
  const post = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // "*": the embed shares no secrets, and it cannot know the host's origin in advance.
    window.parent.postMessage({ type: 'emergence-embed:height', id, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

const permalink = document.querySelector<HTMLAnchorElement>('a.embed-permalink');
if (chart && permalink) {
  const sync = (): void => {
    // The chart page takes the same parameters except the embed-only ones.
    const params = new URLSearchParams(location.search);
    params.delete('controls');
    params.delete('size');
    const query = params.toString().replace(/%7E/g, '~');
    permalink.href = `${chart.dataset.chartPath ?? ''}${query ? `?${query}` : ''}`;
  };
  chart.addEventListener('chartviewchange', () => setTimeout(sync, 0));
  sync();
}
