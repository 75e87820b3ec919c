// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../../components/lazy';

// A tab whose code is loaded when first shown: nothing until its chunk is there, then the component
// with its props; the chunk asked once however often and however many times it is shown; a failed load reported to the page
// and tried again when the tab is shown again.

function Greeting({ name }: { name: string }) {
  return <p data-testid="greeting">Hello {name}</p>;
}

/** A load the test settles by hand. */
function deferredLoad() {
  let settle: { resolve: (c: typeof Greeting) => void; reject: (e: unknown) => void } | undefined;
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return { load, settle: () => settle! };
}

function root(): HTMLElement {
  const found = document.getElementById('root');
  if (found) return found;
  const made = document.createElement('div');
  made.id = 'root';
  return document.body.appendChild(made);
}

/** Settles a load, then lets its callbacks run and the component render again. */
async function settled(settle: () => void) {
  await act(async () => {
    settle();
    await new Promise((resolve) => setTimeout(resolve));
  });
}

afterEach(() => {
  render(null, root());
  document.body.innerHTML = '';
});

describe('lazyComponent', () => {
  it('shows nothing until its code is loaded, then the component with its props', async () => {
    const { load, settle } = deferredLoad();
    const Lazy = lazyComponent(load);
    const onLoadError = vi.fn();
    await act(() => render(<Lazy name="Ada" onLoadError={onLoadError} />, root()));
    expect(load).toHaveBeenCalledTimes(1);
    expect(root().textContent).toBe('');
    await settled(() => settle().resolve(Greeting));
    expect(root().querySelector('[data-testid="greeting"]')?.textContent).toBe('Hello Ada');
    expect(onLoadError).not.toHaveBeenCalled();
  });

  it('loads its code once, however often it is shown again', async () => {
    const { load, settle } = deferredLoad();
    const Lazy = lazyComponent(load);
    await act(() => render(<Lazy name="Ada" onLoadError={() => {}} />, root()));
    await settled(() => settle().resolve(Greeting));
    await act(() => render(null, root()));
    await act(() => render(<Lazy name="Grace" onLoadError={() => {}} />, root()));
    // Shown at once the second time: no empty render while a load runs.
    expect(root().textContent).toBe('Hello Grace');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares one load between instances rendered while it runs', async () => {
    const { load, settle } = deferredLoad();
    const Lazy = lazyComponent(load);
    await act(() =>
      render(
        <>
          <Lazy name="Ada" onLoadError={() => {}} />
          <Lazy name="Grace" onLoadError={() => {}} />
        </>,
        root(),
      ),
    );
    await settled(() => settle().resolve(Greeting));
    expect(load).toHaveBeenCalledTimes(1);
    expect(root().textContent).toBe('Hello AdaHello Grace');
  });

  it('reports a failed load, and loads again the next time it is shown', async () => {
    const { load, settle } = deferredLoad();
    const Lazy = lazyComponent(load);
    const onLoadError = vi.fn();
    await act(() => render(<Lazy name="Ada" onLoadError={onLoadError} />, root()));
    const failure = new Error('chunk missing');
    await settled(() => settle().reject(failure));
    expect(onLoadError).toHaveBeenCalledWith(failure);
    expect(root().textContent).toBe('');

    await act(() => render(null, root()));
    await act(() => render(<Lazy name="Ada" onLoadError={onLoadError} />, root()));
    expect(load).toHaveBeenCalledTimes(2);
    await settled(() => settle().resolve(Greeting));
    expect(root().textContent).toBe('Hello Ada');
  });

  it('says nothing of a load that ends after the component left', async () => {
    const { load, settle } = deferredLoad();
    const Lazy = lazyComponent(load);
    const onLoadError = vi.fn();
    await act(() => render(<Lazy name="Ada" onLoadError={onLoadError} />, root()));
    await act(() => render(null, root()));
    await settled(() => settle().reject(new Error('late')));
    expect(onLoadError).not.toHaveBeenCalled();
  });
});
