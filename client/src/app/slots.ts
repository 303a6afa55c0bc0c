// The page's slots: the side panel and the drawer (one view each, Esc closes), the notices and the
// status line.
import type { DrawerSlot, NotifyKind, PanelSlot } from './host';
import { el, replaceChildren } from './dom';

export function panelSlot(
  root: HTMLElement,
  closeLabel: () => string,
  onClose: () => void = () => {},
): PanelSlot {
  const slot: PanelSlot = {
    open(title, body, key = 'panel') {
      const close = el(
        'button',
        {
          class: 'icon close',
          type: 'button',
          title: closeLabel(),
          'aria-label': closeLabel(),
          onclick: () => slot.close(),
        },
        '×',
      );
      replaceChildren(
        root,
        el('div', { class: 'panel-head' }, el('h2', {}, title), close),
        el('div', { class: 'panel-body' }, body),
      );
      root.dataset.view = key;
      root.hidden = false;
    },
    close() {
      if (root.hidden) return;
      root.hidden = true;
      root.replaceChildren();
      delete root.dataset.view;
      onClose();
    },
    isOpen: () => !root.hidden,
  };
  return slot;
}

export type { DrawerSlot };

export function notifier(root: HTMLElement): (message: string, kind?: NotifyKind) => void {
  return (message, kind = 'info') => {
    const notice = el(
      'div',
      { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      message,
    );
    root.appendChild(notice);
    setTimeout(() => notice.remove(), kind === 'error' ? 8000 : 3500);
  };
}

/** The status line: a steady message plus the tasks under way. */
export class StatusLine {
  private steady = '';
  private tasks = new Map<number, string>();
  private next = 1;
  constructor(private readonly root: HTMLElement) {}

  set(message: string, kind: 'info' | 'error' = 'info'): void {
    this.steady = message;
    this.root.dataset.kind = kind;
    this.render();
  }

  async busy<T>(message: string, task: Promise<T>): Promise<T> {
    const id = this.next++;
    this.tasks.set(id, message);
    this.render();
    try {
      return await task;
    } finally {
      this.tasks.delete(id);
      this.render();
    }
  }

  private render(): void {
    const running = [...this.tasks.values()];
    this.root.dataset.busy = running.length ? 'true' : 'false';
    replaceChildren(
      this.root,
      running.length ? el('span', { class: 'spinner' }) : null,
      running.at(-1) ?? this.steady,
    );
  }
}
