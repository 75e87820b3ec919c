// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { POPUP_TEXTS, resolveLang } from '../../components/popup/texts';
import { App } from './App';
import './style.css';

function DashboardLink() {
  const t = POPUP_TEXTS[resolveLang('auto', browser.i18n.getUILanguage())];
  return (
    <footer class="popup-footer">
      <a
        href={browser.runtime.getURL('/dashboard.html')}
        data-testid="open-dashboard"
        onClick={(event) => {
          // A link in a popup would open inside it; a tab needs no permission to create.
          event.preventDefault();
          void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
          window.close();
        }}
      >
        {t.openDashboard}
      </a>
    </footer>
  );
}

render(
  <>
    <App />
    <DashboardLink />
  </>,
  document.getElementById('app') as HTMLElement,
);
