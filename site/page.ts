/**
 * What every tool page of the documentation site shares: the language switch (zh-CN / en, remembered in the URL's
 * `?lang=`, never in storage) and the texts of elements marked `data-t`.
 */
import type { Locale } from '../src/index.js';

/** The element with this id (the pages are static: a missing one is a bug of the page, said loudly). */
export function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as E;
}

/** The locale chosen: `?lang=en`, else zh-CN. */
export function currentLocale(): Locale {
  return new URL(location.href).searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
}

/** Sets the text of every `[data-t]` element whose key names a string of `texts`, and the page's language. */
export function applyTexts(texts: Readonly<Record<string, unknown>>): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const text = texts[element.dataset['t'] ?? ''];
    if (typeof text === 'string') element.textContent = text;
  }
  document.documentElement.lang = currentLocale();
}

/** Calls `render` with the new locale when the reader switches language (and keeps the choice in the URL). */
export function onLocaleChange(render: (locale: Locale) => void): void {
  const select = byId<HTMLSelectElement>('lang');
  select.value = currentLocale();
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
    render(currentLocale());
  });
}
