import { createMemo } from 'solid-js';
import { encode } from 'uqr';

/** The dark modules of a QR matrix as one SVG path, a 1×1 square each (drawn by the DOM, never parsed from markup). */
export function makeQrPath(modules: readonly (readonly boolean[])[]): string {
  return modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
}

/** A QR code for a same-origin link: always dark on light, as scanners expect, in either theme. */
export function QrCode(props: { text: string; label: string; class?: string }) {
  const qr = createMemo(() => encode(props.text, { ecc: 'M', border: 4 }));
  return (
    <svg
      class={`qr-code ${props.class ?? ''}`}
      viewBox={`0 0 ${qr().size} ${qr().size}`}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
    >
      <rect width={qr().size} height={qr().size} fill="#fff" />
      <path d={makeQrPath(qr().data)} fill="#000" />
    </svg>
  );
}
