// JSX typing for React users: `import type {} from 'cio-cmo-advisor/react'`
// once in the project, then <cio-cmo-advisor lang="id" theme="auto" /> and
// its event props type-check.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AdvisorAttributes, AdvisorEventMap, CioCmoAdvisorElement } from './index.js';

/**
 * React 19 adds a listener for a custom element's event through a prop named
 * `on` + the event's name: `onadvisor-complete={(event) => …}` listens for
 * `advisor-complete`, and `event.detail` is typed.
 */
export type AdvisorEventProps = {
  [Type in keyof AdvisorEventMap as `on${Type}`]?: (event: AdvisorEventMap[Type]) => void;
};

type AdvisorJsxProps = Omit<DetailedHTMLProps<HTMLAttributes<CioCmoAdvisorElement>, CioCmoAdvisorElement>, keyof AdvisorAttributes> &
  AdvisorAttributes &
  AdvisorEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cio-cmo-advisor': AdvisorJsxProps;
    }
  }
}
