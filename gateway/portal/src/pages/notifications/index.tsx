import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until this page is built. */
export function Notifications() {
  return <ComingSoon title="Notifications" />;
}
