// Two panes with a draggable, keyboard-operable divider (WAI-ARIA window
// splitter: Arrow keys move it, Home/End collapse to the limits). The split is
// a fraction kept in localStorage; the panes' sizes come from CSS grid, so
// nothing shifts while the page loads.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import './split.css';

interface Props {
  /** `rows`: first above second; `columns`: first left of second. */
  direction: 'rows' | 'columns';
  storageKey: string;
  /** Fraction of the space the first pane gets. */
  initial: number;
  min?: number;
  max?: number;
  label: string;
  className?: string;
  testid?: string;
  first: ReactNode;
  second: ReactNode;
}

function readFraction(key: string, fallback: number): number {
  try {
    const v = Number(localStorage.getItem(key));
    return v > 0 && v < 1 ? v : fallback;
  } catch {
    return fallback;
  }
}

export function SplitPane({ direction, storageKey, initial, min = 0.15, max = 0.85, label, className, testid, first, second }: Props) {
  const [fraction, setFraction] = useState(() => readFraction(storageKey, initial));
  const box = useRef<HTMLDivElement>(null);
  const clamp = useCallback((f: number) => Math.min(max, Math.max(min, f)), [min, max]);

  useEffect(() => {
    try {
      localStorage.setItem(storageKey, fraction.toFixed(3));
    } catch {
      // not kept; the split still applies
    }
  }, [storageKey, fraction]);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const rect = el.getBoundingClientRect();
    const move = (ev: PointerEvent) => {
      const f = direction === 'rows' ? (ev.clientY - rect.top) / rect.height : (ev.clientX - rect.left) / rect.width;
      setFraction(clamp(f));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const back = direction === 'rows' ? 'ArrowUp' : 'ArrowLeft';
    const fwd = direction === 'rows' ? 'ArrowDown' : 'ArrowRight';
    const step = e.shiftKey ? 0.1 : 0.03;
    if (e.key === back) setFraction((f) => clamp(f - step));
    else if (e.key === fwd) setFraction((f) => clamp(f + step));
    else if (e.key === 'Home') setFraction(min);
    else if (e.key === 'End') setFraction(max);
    else return;
    e.preventDefault();
  };

  const template = `minmax(0, ${fraction.toFixed(3)}fr) 6px minmax(0, ${(1 - fraction).toFixed(3)}fr)`;
  return (
    <div
      ref={box}
      className={`split split-${direction}${className ? ` ${className}` : ''}`}
      style={direction === 'rows' ? { gridTemplateRows: template } : { gridTemplateColumns: template }}
      data-testid={testid}
    >
      {first}
      <div
        className="split-handle"
        role="separator"
        tabIndex={0}
        aria-label={label}
        aria-orientation={direction === 'rows' ? 'horizontal' : 'vertical'}
        aria-valuemin={Math.round(min * 100)}
        aria-valuemax={Math.round(max * 100)}
        aria-valuenow={Math.round(fraction * 100)}
        data-testid={testid ? `${testid}-handle` : undefined}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      />
      {second}
    </div>
  );
}
