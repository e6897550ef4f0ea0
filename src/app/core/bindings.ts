/**
 * Wiring the stores together once at start: the URL drives the view, the view drives what the atlas
 * and the details panel load, the theme lands on the document. Returns the unbinding.
 */
import { invalidateAtlas, syncAtlas } from './atlas/actions';
import { loadDetails } from './details/actions';
import { checkHealth } from './health/actions';
import { syncFamilyTree } from './time/family';
import { applyTheme, themeStore } from './theme/store';
import { bindHistory, viewStore } from './view/actions';

export function bindApp(): () => void {
  applyTheme(themeStore.get());
  const unbindTheme = themeStore.subscribe(() => applyTheme(themeStore.get()));
  const unbindHistory = bindHistory();
  const onView = () => {
    const view = viewStore.get();
    if (view.panel === 'atlas') void syncAtlas(view);
    void loadDetails(view.selected);
    syncFamilyTree(view);
  };
  const unbindView = viewStore.subscribe(onView);
  // The view loads at once; the health check runs beside it (a failure shows the banner either way).
  onView();
  void checkHealth();
  return () => {
    unbindTheme();
    unbindHistory();
    unbindView();
  };
}

/** The banner's Retry: check again, then reload whatever the view shows. */
export async function retry(): Promise<void> {
  const health = await checkHealth();
  if (health.state !== 'up') return;
  invalidateAtlas();
  const view = viewStore.get();
  if (view.panel === 'atlas') await syncAtlas(view);
  await loadDetails(view.selected, undefined, { force: true });
}
