// After a correction the entities it touched are read again, so their names, aliases and labels on
// screen are the corrected ones (a view reload keeps the data of nodes already shown).
import type { AppHost } from '../../app/host';

export async function refreshEntities(host: AppHost, ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      const node = host.cy.getElementById(id);
      if (node.empty()) return;
      try {
        const { entity } = await host.api.entity(id);
        // A merged-away id answers with the survivor: that node leaves the view on reload instead.
        if (entity.id !== id) return;
        node.data({
          name: entity.name,
          aliases: entity.aliases,
          acronym: entity.acronym,
          label: entity.label,
        });
      } catch {
        // gone (a deleted split): the reload removes it
      }
    }),
  );
}
