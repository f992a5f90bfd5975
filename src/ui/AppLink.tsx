import type { ComponentChildren } from 'preact';
import { useNavigate } from '../app/navigation';
import { serializeState, type AppState } from '../app/url-state';

interface Props {
  to: AppState;
  children: ComponentChildren;
  class?: string;
  replace?: boolean;
  'aria-current'?: 'page' | 'true';
}

/** A link inside the app: a real href (open in a new tab, copy) and history navigation on click. */
export function AppLink({ to, children, replace, class: className, ...rest }: Props) {
  const navigate = useNavigate();
  const href = `${location.pathname}${serializeState(to)}`;
  return (
    <a
      href={href}
      class={className}
      aria-current={rest['aria-current']}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to, { replace });
      }}
    >
      {children}
    </a>
  );
}
