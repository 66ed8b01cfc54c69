// The improvement plan grouped by pillar, for the plan page and the reports.
import type { ReviewView } from '../../review/views.js';

/** Plan items grouped by pillar; pillars appear in the order of their highest-risk item. */
export function planByPillar(review: Pick<ReviewView, 'pillars' | 'improvementPlan'>) {
  const groups = new Map<string, ReviewView['improvementPlan']>();
  for (const item of review.improvementPlan) {
    const list = groups.get(item.pillarId) ?? [];
    list.push(item);
    groups.set(item.pillarId, list);
  }
  return [...groups].map(([pillarId, items]) => ({ pillar: review.pillars.find((p) => p.id === pillarId)?.name ?? pillarId, pillarId, items }));
}

/** Questions the workload's profile prioritizes first, each group in its own order. */
export function byPriority<T extends { prioritized: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((a) => a.prioritized), ...items.filter((a) => !a.prioritized)];
}
