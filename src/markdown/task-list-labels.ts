import { defineHastPlugin } from 'satteri';

/**
 * Gives each task-list checkbox (`- [ ] Send the CV`) an accessible name:
 * the item's own text. Without it a screen reader announces an unlabeled
 * checkbox and axe reports a missing form label.
 */
export const taskListLabels = defineHastPlugin({
  name: 'dossier-task-list-labels',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      if (node.properties?.type !== 'checkbox') return;
      const item = ctx.parent(node);
      const label = ctx.textContent(item).trim().replace(/\s+/g, ' ');
      ctx.setProperty(node, 'ariaLabel', label || 'Empty task');
    },
  },
});
