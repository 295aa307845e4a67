import { encode } from 'uqr';
import { createMemo } from 'solid-js';

/** A QR code as one SVG path of its dark modules: black on white whatever the theme, since scanners need the contrast. */
export function QrCode(props: { text: string; label: string }) {
  const qr = createMemo(() => encode(props.text, { ecc: 'M', border: 2 }));
  const path = createMemo(() => {
    let d = '';
    qr().data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    return d;
  });
  return (
    <svg class="qr-code" role="img" aria-label={props.label} viewBox={`0 0 ${qr().size} ${qr().size}`} shape-rendering="crispEdges">
      <rect width={qr().size} height={qr().size} fill="#fff" />
      <path d={path()} fill="#000" />
    </svg>
  );
}
