import type { ComponentChildren } from 'preact';

/** An on/off switch: a checkbox with the switch role, so every page's switches read the same to assistive tech. */
export function Switch(p: {
  checked: boolean;
  onChange: (on: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={p.checked}
        checked={p.checked}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      {p.children}
    </label>
  );
}
