export function PaperclipIcon({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M10.5 4.5 5.6 9.4a1.3 1.3 0 0 0 1.8 1.8l5.2-5.2a2.6 2.6 0 0 0-3.7-3.7L3.7 7.5a3.9 3.9 0 0 0 5.5 5.5l4.3-4.3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
