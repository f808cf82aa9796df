/** Free runs into text blocks by proximity and alignment (columns and boxes stay apart). */
import type { Seg } from './geometry';

/** Text blocks: runs that are stacked closely and overlap horizontally (columns and boxes stay apart). */
export function textGroups(segs: Seg[]): Seg[][] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { segs: Seg[]; x0: number; x1: number; bottom: number; h: number }[] = [];
  for (const s of sorted) {
    const sameLine = groups.find((g) => {
      const last = g.segs[g.segs.length - 1];
      const gap = s.x - (last.x + last.w);
      return Math.abs(last.y - s.y) < Math.min(last.h, s.h) * 0.5 && gap > 0 && gap < Math.max(last.h, s.h) * 3.2;
    });
    const fit = sameLine ?? groups
      .filter((g) => {
        const gap = s.y - g.bottom;
        const overlap = Math.min(g.x1, s.x + s.w) - Math.max(g.x0, s.x);
        const aligned = Math.abs(g.x0 - s.x) < 4 || overlap > Math.min(s.w, g.x1 - g.x0) * 0.3;
        return gap > -s.h * 0.6 && gap < Math.max(g.h, s.h) * 1.1 && aligned;
      })
      .sort((a, b) => b.bottom - a.bottom)[0];
    if (fit) {
      fit.segs.push(s);
      fit.x0 = Math.min(fit.x0, s.x);
      fit.x1 = Math.max(fit.x1, s.x + s.w);
      fit.bottom = Math.max(fit.bottom, s.y + s.h);
      fit.h = s.h;
    } else groups.push({ segs: [s], x0: s.x, x1: s.x + s.w, bottom: s.y + s.h, h: s.h });
  }
  return groups.map((g) => g.segs);
}
