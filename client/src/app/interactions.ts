// Pointer and keyboard on the graph: click shows details, right click opens the context menu, hover
// names an edge's type, Escape closes menus and panels.
import type { EventObject } from 'cytoscape';
import { el, replaceChildren } from './dom';
import type { AppHost, ContextAction, GraphTarget } from './host';

function targetOf(event: EventObject): GraphTarget | null {
  const target = event.target as { isNode?: () => boolean; isEdge?: () => boolean; id?: () => string };
  if (target === event.cy || !target.id) return null;
  return { group: target.isNode?.() ? 'nodes' : 'edges', id: target.id() };
}

export function bindInteractions(host: AppHost, actions: ContextAction[]): void {
  const { cy } = host;
  const menu = el('ul', { class: 'context-menu', role: 'menu', hidden: true });
  document.body.appendChild(menu);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...menu.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  });
  const closeMenu = () => {
    menu.hidden = true;
    menu.replaceChildren();
  };

  cy.on('tap', 'node, edge', (event) => {
    const target = targetOf(event);
    if (target) void host.showDetails(target);
  });
  cy.on('tap', (event) => {
    if (event.target === cy) closeMenu();
  });
  cy.on('mouseover', 'edge', (event) => void (event.target as cytoscape.EdgeSingular).addClass('hover'));
  cy.on('mouseout', 'edge', (event) => void (event.target as cytoscape.EdgeSingular).removeClass('hover'));
  cy.on('cxttap', 'node, edge', (event) => {
    const target = targetOf(event);
    if (!target) return;
    const items = actions.filter((a) => !a.when || a.when(target));
    if (!items.length) return;
    replaceChildren(
      menu,
      items.map((action) =>
        el(
          'li',
          { role: 'menuitem', tabindex: 0, 'data-action': action.id },
          el(
            'button',
            {
              type: 'button',
              onclick: () => {
                closeMenu();
                void action.run(target);
              },
            },
            action.label(target),
          ),
        ),
      ),
    );
    const box = cy.container()!.getBoundingClientRect();
    const { x, y } = event.renderedPosition;
    menu.style.left = `${Math.min(box.left + x, window.innerWidth - 240)}px`;
    menu.style.top = `${Math.min(box.top + y, window.innerHeight - 40 * items.length)}px`;
    menu.hidden = false;
    menu.querySelector('button')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (!menu.hidden) closeMenu();
    else if (host.sidePanel.isOpen()) host.sidePanel.close();
    else if (host.drawer.isOpen()) host.drawer.close();
    else cy.elements().unselect();
  });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target as Node)) closeMenu();
  });
}
