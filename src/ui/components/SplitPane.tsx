// Two panes with a draggable, keyboard-operable divider (WAI-ARIA window
// splitter: Arrow keys move it, Home/End go to the limits). Until the student
// moves it the split is automatic (a fraction, with the first pane kept at
// least `preferFirstPx` wide where there is room: the terminal's columns on a
// small screen); once moved it is the student's fraction, kept in
// localStorage. The panes' sizes come from CSS grid, so nothing shifts while
// the page loads. The first pane can be collapsed to its own content (the
// editor's tab strip).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import './split.css';

interface Props {
  /** `rows`: first above second; `columns`: first left of second. */
  direction: 'rows' | 'columns';
  storageKey: string;
  /** Fraction of the space the first pane gets until the student moves the divider. */
  initial: number;
  min?: number;
  max?: number;
  /** Until the divider is moved: the first pane's width or height where the second keeps `minSecondPx`. */
  preferFirstPx?: number;
  /** The second pane never gets less (unless the box itself is smaller). */
  minSecondPx?: number;
  /** The first pane takes only the room its content needs and the divider goes. */
  collapsed?: boolean;
  label: string;
  className?: string;
  testid?: string;
  first: ReactNode;
  second: ReactNode;
}

const handlePx = 6;

function readFraction(key: string): number | undefined {
  try {
    const v = Number(localStorage.getItem(key));
    return v > 0 && v < 1 ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The fractions the divider can take in a box of `size` px: min/max, and the second pane's px floor. */
export function limits(size: number, min: number, max: number, minSecondPx = 0): [number, number] {
  const room = Math.max(1, size - handlePx);
  return [min, Math.max(min, Math.min(max, 1 - Math.min(minSecondPx, room) / room))];
}

/** The CSS grid track list: fr shares, floored by px minimums (resolved against the box by the browser). */
export function trackList(fraction: number, firstPx = 0, secondPx = 0, collapsed = false): string {
  if (collapsed) return 'auto 0px minmax(0, 1fr)';
  const first = firstPx ? `min(${firstPx}px, 100% - ${secondPx + handlePx}px)` : '0px';
  const second = secondPx ? `min(${secondPx}px, 100%)` : '0px';
  // Shares out of 100, not 1: a track left alone after the other hit its floor must take all the rest
  // (the grid shares space as if flex factors summed to at least 1).
  return `minmax(${first}, ${(fraction * 100).toFixed(1)}fr) ${handlePx}px minmax(${second}, ${((1 - fraction) * 100).toFixed(1)}fr)`;
}

export function SplitPane({ direction, storageKey, initial, min = 0.15, max = 0.85, preferFirstPx, minSecondPx, collapsed = false, label, className, testid, first, second }: Props) {
  // undefined: automatic (never moved).
  const [fraction, setFraction] = useState(() => readFraction(storageKey));
  // Where the divider is drawn, for its aria values (layout never waits for it).
  const [drawn, setDrawn] = useState<{ size: number; fraction: number }>();
  const box = useRef<HTMLDivElement>(null);
  const measure = useCallback(() => {
    const el = box.current;
    const firstEl = el?.firstElementChild;
    if (!el || !firstEl) return undefined;
    const size = direction === 'rows' ? el.getBoundingClientRect().height : el.getBoundingClientRect().width;
    const firstSize = direction === 'rows' ? firstEl.getBoundingClientRect().height : firstEl.getBoundingClientRect().width;
    return { size, fraction: firstSize / Math.max(1, size - handlePx) };
  }, [direction]);

  useEffect(() => {
    if (fraction === undefined) return;
    try {
      localStorage.setItem(storageKey, fraction.toFixed(3));
    } catch {
      // not kept; the split still applies
    }
  }, [storageKey, fraction]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setDrawn(measure()));
    const observe = () => {
      ro.disconnect();
      ro.observe(el);
      if (el.firstElementChild) ro.observe(el.firstElementChild);
    };
    observe();
    // The first pane's element may be replaced (a lazy pane's placeholder by the pane, a pane by its error): follow it.
    const mo = new MutationObserver(observe);
    mo.observe(el, { childList: true });
    return () => {
      mo.disconnect();
      ro.disconnect();
    };
  }, [measure]);

  /** Move the divider to `f` of the box, within its limits there. */
  const moveTo = (f: (from: number, lo: number, hi: number) => number) => {
    const now = measure();
    if (!now) return;
    const [lo, hi] = limits(now.size, min, max, minSecondPx);
    setFraction(Math.min(hi, Math.max(lo, f(now.fraction, lo, hi))));
  };

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const rect = el.getBoundingClientRect();
    const move = (ev: PointerEvent) => {
      const at = direction === 'rows' ? (ev.clientY - rect.top) / (rect.height - handlePx) : (ev.clientX - rect.left) / (rect.width - handlePx);
      moveTo(() => at);
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
    // Steps start from where the divider is drawn (the automatic split may differ from any fraction).
    if (e.key === back) moveTo((from) => from - step);
    else if (e.key === fwd) moveTo((from) => from + step);
    else if (e.key === 'Home') moveTo((_, lo) => lo);
    else if (e.key === 'End') moveTo((_, _lo, hi) => hi);
    else return;
    e.preventDefault();
  };

  const [lo, hi] = drawn ? limits(drawn.size, min, max, minSecondPx) : [min, max];
  const template = fraction === undefined ? trackList(initial, preferFirstPx, minSecondPx, collapsed) : trackList(fraction, 0, minSecondPx, collapsed);
  return (
    <div
      ref={box}
      className={`split split-${direction}${collapsed ? ' collapsed' : ''}${className ? ` ${className}` : ''}`}
      style={direction === 'rows' ? { gridTemplateRows: template } : { gridTemplateColumns: template }}
      data-testid={testid}
    >
      {first}
      <div
        className="split-handle"
        role="separator"
        tabIndex={collapsed ? -1 : 0}
        aria-hidden={collapsed || undefined}
        aria-label={label}
        aria-orientation={direction === 'rows' ? 'horizontal' : 'vertical'}
        aria-valuemin={Math.round(lo * 100)}
        aria-valuemax={Math.round(hi * 100)}
        aria-valuenow={Math.round((drawn?.fraction ?? fraction ?? initial) * 100)}
        data-testid={testid ? `${testid}-handle` : undefined}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      />
      {second}
    </div>
  );
}
