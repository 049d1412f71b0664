import { lazy, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';

// Any page's props, as React.lazy itself bounds them (ComponentType<never> would cover every page,
// but React.lazy's and JSX's own types require ComponentType<any>).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
type PageModule = { readonly default: ComponentType<any> };

/** A page loaded on demand, which draws at once when its module is already there. */
export interface LazyPage<Module extends PageModule> {
  readonly Page: (props: ComponentProps<Module['default']>) => ReactNode;
  /** Starts loading the module (once; again after a failure); resolves with it. */
  readonly load: () => Promise<Module>;
}

/**
 * Like React.lazy, for a page whose module main.tsx may load before React draws (App's
 * preloadPage). React.lazy suspends the first time it draws even then: it learns that the module
 * is there from its promise, a microtask later. React then holds the page back for 300 ms after
 * showing the fallback (react-dom's FALLBACK_THROTTLE_MS, for a suspended tree's retry), so a
 * preloaded page drew 300 ms late. Here a page whose module has arrived is drawn directly.
 * Each mounted page keeps the component it started with: one drawn through React.lazy is never
 * swapped for the direct one, which would remount it and lose its state.
 */
export function lazyPage<Module extends PageModule>(importPage: () => Promise<Module>): LazyPage<Module> {
  let loaded: Module['default'] | undefined;
  let loading: Promise<Module> | undefined;
  const load = (): Promise<Module> => {
    loading ??= importPage().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A chunk that failed (a deploy replaced it, the network dropped) is asked for again next time.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(load);
  function Page(props: ComponentProps<Module['default']>): ReactNode {
    const [Component] = useState<ComponentType<ComponentProps<Module['default']>>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Page, load };
}
