// Undo and redo of view changes (expand, collapse, hide, pin, filters): two stacks of inverse pairs.
import type { ViewChange } from '../app/host';

const LIMIT = 100;

export class History {
  private done: ViewChange[] = [];
  private undone: ViewChange[] = [];
  private listeners: (() => void)[] = [];

  record(change: ViewChange): void {
    this.done.push(change);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.changed();
  }

  undo(): ViewChange | null {
    const change = this.done.pop();
    if (!change) return null;
    change.undo();
    this.undone.push(change);
    this.changed();
    return change;
  }

  redo(): ViewChange | null {
    const change = this.undone.pop();
    if (!change) return null;
    change.redo();
    this.done.push(change);
    this.changed();
    return change;
  }

  canUndo = () => this.done.length > 0;
  canRedo = () => this.undone.length > 0;
  onChange = (listener: () => void) => void this.listeners.push(listener);
  private changed = () => this.listeners.forEach((l) => l());
}
