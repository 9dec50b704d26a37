import type { ReactNode } from 'react';

/**
 * The few line icons the guest list needs, drawn inline: the app carries no icon package, and inline
 * SVG needs nothing from the content security policy.
 */
function Icon({ size = 16, children }: { size?: number; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const EditIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M4 20h4L18.5 9.5a2.8 2.8 0 0 0-4-4L4 16v4" />
    <path d="M13.5 6.5l4 4" />
  </Icon>
);

export const TrashIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M4 7h16M10 11v6M14 11v6M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
  </Icon>
);

export const ArrowUpIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M12 19V5M6 11l6-6 6 6" />
  </Icon>
);

export const ArrowDownIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </Icon>
);

export const WarningIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M12 9v4M12 17h.01" />
    <path d="M10.3 3.9L2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
  </Icon>
);

export const PlusIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const UsersIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <circle cx="9" cy="7" r="4" />
    <path d="M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2M16 3.1a4 4 0 0 1 0 7.8M21 21v-2a4 4 0 0 0-3-3.9" />
  </Icon>
);

export const PlaneLandingIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M3 20h18M4 9l3 1 3-5 2 1-1.5 5 5 1.7a2 2 0 0 1-1.3 3.8L4 12z" />
  </Icon>
);

export const PlaneTakeoffIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M3 20h18M5 15l-2-5 2-.7 2 2.2 4-1.4L8 4l2.5-.8 6 5.4 3.4-1.2a1.6 1.6 0 0 1 1 3L5 15z" />
  </Icon>
);
