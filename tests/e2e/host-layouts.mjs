// The host-layout pages (fixtures/host-layouts/) and the one measurement
// both the Chromium spec (layout.spec.mjs) and the cross-engine scenario
// (scenarios.mjs) make on them.

/** Each page, by the layout it stands for. */
export const HOST_LAYOUTS = ['flex-column', 'vite-app', 'grid', 'sidebar', 'bootstrap-row'];

export const hostLayoutPath = (layout) => `/fixtures/host-layouts/${layout}.html`;

/**
 * Evaluated in the page (self-contained: drivers send it as source): the
 * widget's border box and the content box of the element it must fill
 * (`[data-widget-fills]`), in CSS px, rounded to a tenth.
 */
export function widgetAndFillBox() {
  const round = (value) => Math.round(value * 10) / 10;
  const widget = document.querySelector('cio-cmo-advisor').getBoundingClientRect();
  const box = document.querySelector('[data-widget-fills]');
  const outer = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  const inset = (side) => parseFloat(style[`padding${side}`]) + parseFloat(style[`border${side}Width`]);
  return {
    widget: { left: round(widget.left), width: round(widget.width) },
    fill: { left: round(outer.left + inset('Left')), width: round(outer.width - inset('Left') - inset('Right')) },
    viewport: document.documentElement.clientWidth,
  };
}
