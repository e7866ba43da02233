import { ComingSoon } from '../../components/ComingSoon';

/** Placeholder until this page is built. */
export function Jobs() {
  return <ComingSoon title="Jobs" />;
}
