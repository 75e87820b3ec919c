import type { ComponentChildren } from 'preact';
import type { DashboardTexts } from './texts';

export const TABS = ['orders', 'claims', 'import', 'backup', 'settings'] as const;
export type Tab = (typeof TABS)[number];

interface Props {
  texts: DashboardTexts;
  tab: Tab;
  onTab: (tab: Tab) => void;
  notice: { text: string; error: boolean } | null;
  children: ComponentChildren;
}

/** The page frame: title, tabs, one notice line, and the current tab's panel. */
export function Dashboard({ texts, tab, onTab, notice, children }: Props) {
  return (
    <main class="dashboard">
      <header>
        <h1>{texts.title}</h1>
        <div role="tablist" class="tabs">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              onClick={() => onTab(id)}
              data-testid={`tab-${id}`}
            >
              {texts.tabs[id]}
            </button>
          ))}
        </div>
      </header>
      {notice ? (
        <p
          class={notice.error ? 'notice error' : 'notice'}
          role={notice.error ? 'alert' : 'status'}
          data-testid="notice"
        >
          {notice.text}
        </p>
      ) : null}
      {children}
    </main>
  );
}
