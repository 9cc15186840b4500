import type { GroupReport } from '../report';
import { byText } from './columns';

/** Aggregates met in the data, for the report. */
export class GroupTracker {
  readonly groups = new Map<string, { name: string; sources: Set<string>; observations: number }>();
  add(id: string, name: string, source: string): void {
    const entry = this.groups.get(id) ?? { name, sources: new Set<string>(), observations: 0 };
    entry.observations += 1;
    entry.sources.add(source);
    this.groups.set(id, entry);
  }
  toJSON(): GroupReport[] {
    return [...this.groups.entries()]
      .map(([id, g]) => ({ id, name: g.name, sources: [...g.sources].sort(), observations: g.observations }))
      .sort((a, b) => byText(a.id, b.id));
  }
}
