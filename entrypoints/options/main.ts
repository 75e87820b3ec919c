// The extension's options page is the dashboard (opened in a tab), on its settings tab.
location.replace(new URL('/dashboard.html#settings', location.href).href);
