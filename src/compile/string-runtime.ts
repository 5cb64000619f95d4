import { Fragment, HTMLString, escapeHTML, spreadAttributes, voidElementNames } from 'astro/runtime/server/index.js';

/**
 * Renders the tree an MDX note's compiled code returns (vnodes of
 * `astro/jsx-runtime`) to an HTML string, synchronously and without Astro's
 * render pipeline. Each case mirrors `renderJSX` in
 * `astro/dist/runtime/server/jsx.js` byte for byte; anything that function
 * would hand to a framework renderer, a client directive or a promise is
 * refused with `Unsupported`, and the note then takes the full MDX path.
 */

/** A component a note may use without importing it, as a string function of its rendered children. */
export type StringComponent = (props: Record<string, unknown>, children: string) => string;

/** The tree holds something only Astro's full renderer can draw; the note falls back to it. */
export class Unsupported extends Error {}

interface VNode {
  type: unknown;
  props?: Record<string, unknown>;
}

const isVNode = (value: unknown): value is VNode =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>)['astro:jsx'] === true;

const isThenable = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** Renders `vnode`; `components` maps the string components to the functions the compiled code was given. */
export function renderTree(vnode: unknown, components: ReadonlyMap<unknown, StringComponent>): string {
  if (vnode instanceof HTMLString) {
    const html = vnode.toString();
    return html.trim() === '' ? '' : html;
  }
  if (typeof vnode === 'string') return escapeHTML(vnode) as string;
  if (typeof vnode === 'function') throw new Unsupported('a function as a child');
  if (!vnode && vnode !== 0) return '';
  if (Array.isArray(vnode)) {
    let html = '';
    for (const item of vnode) html += renderTree(item, components);
    return html;
  }
  if (isThenable(vnode)) throw new Unsupported('a promise as a child');
  if (!isVNode(vnode)) return `${vnode as string}`;
  const { type } = vnode;
  const props = vnode.props ?? {};
  if (type === Fragment) return renderTree(props.children, components);
  if (typeof type === 'string') {
    if (type.includes('-')) throw new Unsupported(`the custom element <${type}>`);
    return renderElement(type, props, components);
  }
  const component = components.get(type);
  if (!component) throw new Unsupported('a component other than the built-in ones');
  const { children, ...rest } = props;
  for (const [key, value] of Object.entries(rest))
    if (key.includes(':') || (value as { $$slot?: unknown } | null)?.$$slot)
      throw new Unsupported(`the attribute ${key}`);
  return component(rest, renderTree(children, components));
}

function renderElement(tag: string, props: Record<string, unknown>, components: ReadonlyMap<unknown, StringComponent>) {
  const { children, ...attributes } = props;
  const open = `<${tag}${spreadAttributes(attributes) as unknown as string}`;
  if ((children == null || children === '') && voidElementNames.test(tag)) return `${open}/>`;
  if (children == null) return `${open}></${tag}>`;
  // A <style> child that is a plain string goes through Astro's style escaping; leave that to Astro.
  if (tag === 'style' && typeof children === 'string') throw new Unsupported('a <style> element');
  return `${open}>${renderTree(children, components)}</${tag}>`;
}
