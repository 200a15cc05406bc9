/**
 * Sets CSS custom properties through the CSSOM (`style.setProperty`), which a
 * strict Content Security Policy allows, unlike injected style text.
 */
import type { Attachment } from 'svelte/attachments';

export function cssVariables(variables: Readonly<Record<string, string>>): Attachment<HTMLElement> {
  return (element) => {
    for (const [name, value] of Object.entries(variables)) element.style.setProperty(name, value);
  };
}
