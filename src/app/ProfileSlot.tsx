import { Suspense, useLayoutEffect, useRef, type ComponentProps } from 'react';
import { lazyPanel } from '../components/lazyPanel';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import type { ProfileCard as ProfileCardType } from '../features/profile/ProfileCard';
import { useViewStore } from '../state/store';

// The card's code loads when a profile is first opened: it stays out of the first load.
const ProfileCard = lazyPanel(() => import('../features/profile/ProfileCard').then((m) => m.ProfileCard));

/** The profile card of the country the view names (`profile=`), if any. */
export function ProfileSlot(props: ComponentProps<typeof ProfileCardType>) {
  const geo = useViewStore((s) => s.view.profile);
  const openedFrom = useRef<Element | null>(null);
  useLayoutEffect(() => {
    openedFrom.current = document.activeElement;
  }, [geo]);
  if (geo === null) return null;
  return (
    <PanelErrorBoundary resetKeys={[geo]}>
      <Suspense fallback={null}>
        <ProfileCard {...props} openedFrom={openedFrom} />
      </Suspense>
    </PanelErrorBoundary>
  );
}
