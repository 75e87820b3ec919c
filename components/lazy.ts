import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// A component whose code is a chunk of its own, loaded the first time it is rendered: a page that
// opens on one tab then evaluates only that tab's code before its first paint.

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P & { onLoadError: (error: unknown) => void }> {
  /** Known once loaded: every later render shows it at once, with no empty render first. */
  let loaded: ComponentType<P> | undefined;
  /** One load for every instance rendered meanwhile; after a failure, the next render asks again. */
  let loading: Promise<void> | undefined;
  const startLoad = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Lazy({ onLoadError, ...props }: P & { onLoadError: (error: unknown) => void }) {
    // Rendered again once the code is there (the component itself is kept above, not in state:
    // a function given to `useState` would be called as an initializer).
    const [, setLoads] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      startLoad().then(
        () => {
          if (current) setLoads((n) => n + 1);
        },
        (error: unknown) => {
          if (current) onLoadError(error);
        },
      );
      return () => {
        current = false;
      };
    }, []);
    return loaded ? h(loaded, props as unknown as P) : null;
  }
  return Lazy;
}
