import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// A component whose code is a chunk of its own, loaded the first time it is rendered: a page that
// opens on one tab then evaluates only that tab's code before its first paint.

export type LazyComponent<P> = ComponentType<P & { onLoadError: (error: unknown) => void }> & {
  /** Starts loading the code (at most once at a time); settles with the component. */
  preload(): Promise<ComponentType<P>>;
};

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // Tried again the next time it is rendered (a chunk that failed to load is not cached).
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
      preload().then(
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
  return Object.assign(Lazy, { preload });
}
