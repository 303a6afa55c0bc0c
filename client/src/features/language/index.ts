// The interface language switch (es / en), remembered by the browser.
import { el } from '../../app/dom';
import type { Feature } from '../../app/host';
import { LANGS, type Lang } from '../../i18n';

export const language: Feature = {
  name: 'language',
  mount(host) {
    const select = el(
      'select',
      { 'data-action': 'language', onchange: () => host.i18n.setLang(select.value as Lang) },
      LANGS.map((lang) => el('option', { value: lang }, lang.toUpperCase())),
    );
    select.value = host.i18n.lang();
    const label = () => {
      select.title = host.t('lang.switch');
      select.setAttribute('aria-label', host.t('lang.switch'));
    };
    label();
    host.on('lang-changed', label);
    host.toolbar.appendChild(select);
  },
};
