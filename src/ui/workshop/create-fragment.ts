// The URL fragment as state: codes only, never sent to a server, replaced (not pushed) so Back leaves the page.
import { useLocation, useNavigate } from '@solidjs/router';

export function createFragment(): [fragment: () => string, setFragment: (next: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  return [() => location.hash, (next) => navigate(`${location.pathname}${next}`, { replace: true, scroll: false })];
}
