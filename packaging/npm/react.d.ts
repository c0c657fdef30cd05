// JSX typing for React users: `import type {} from 'cio-cmo-advisor/react'`
// once in the project, then <cio-cmo-advisor lang="id" theme="auto" /> type-checks.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AdvisorAttributes, CioCmoAdvisorElement } from './index.js';

type AdvisorJsxProps = Omit<DetailedHTMLProps<HTMLAttributes<CioCmoAdvisorElement>, CioCmoAdvisorElement>, keyof AdvisorAttributes> &
  AdvisorAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cio-cmo-advisor': AdvisorJsxProps;
    }
  }
}
