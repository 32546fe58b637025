// Feeds the diagram's messages: listens to the engine's pushes (audit records
// and the objects they wrote), queues them in a StoryPlayer and plays them on
// requestAnimationFrame — only while something is queued or playing.
import { useEffect, useRef, useState } from 'react';
import type { KubeObject } from '../../../engine/protocol/index.js';
import { useEngine } from '../../engine-client/context.js';
import { useLab } from '../../state/labStore.js';
import type { MessageLayer } from './animate.js';
import { StoryPlayer } from './player.js';
import { resolveStep, type Caption, type ObjectAt, type Resolved } from './story.js';

export interface ShownCaption {
  id: number;
  caption: Caption;
}

/** Objects as each write left them, by `resource@resourceVersion` (bounded). */
const maxRevisions = 4000;

export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const m = matchMedia('(prefers-reduced-motion: reduce)');
    const on = () => setReduced(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return reduced;
}

export function useStory(messages: React.RefObject<MessageLayer | null>, reducedMotion: boolean): ShownCaption[] {
  const client = useEngine();
  const [captions, setCaptions] = useState<ShownCaption[]>([]);
  const reduced = useRef(reducedMotion);
  reduced.current = reducedMotion;

  useEffect(() => {
    const player = new StoryPlayer();
    const revisions = new Map<string, KubeObject>();
    let frame = 0;
    let resolved: Resolved | undefined;
    let nextId = 1;

    const objectAt: ObjectAt = (resource, namespace, name, revision) => {
      const then = revisions.get(`${resource}@${revision}`);
      if (then) return then;
      const objects = useLab.getState().objects as Record<string, Record<string, KubeObject>>;
      return objects[resource]?.[namespace ? `${namespace}/${name}` : name];
    };

    const loop = () => {
      frame = 0;
      const speed = useLab.getState().clock.speed;
      const now = performance.now();
      const tick = player.tick(now, speed);
      if (!tick) {
        messages.current?.idle();
        resolved = undefined;
        return;
      }
      if (tick.started || !resolved) {
        const nodes = Object.keys(useLab.getState().objects.nodes);
        resolved = resolveStep(tick.playing.step, objectAt, nodes);
        const shown = { id: nextId++, caption: resolved.caption };
        setCaptions((c) => [shown, ...c].slice(0, 3));
      }
      messages.current?.draw(resolved, tick.progress, reduced.current);
      frame = requestAnimationFrame(loop);
    };

    const unsubscribe = client.subscribe((pushes) => {
      let queued = false;
      for (const p of pushes) {
        if (p.kind === 'objects') {
          for (const e of p.events) {
            const rv = e.object.metadata.resourceVersion;
            if (rv) revisions.set(`${e.resource}@${rv}`, e.object);
          }
        } else if (p.kind === 'audit') {
          player.push(p.records);
          queued = true;
        }
      }
      while (revisions.size > maxRevisions) revisions.delete(revisions.keys().next().value!);
      if (queued && !frame && (player.waiting || player.current)) frame = requestAnimationFrame(loop);
    });
    // A reset lab starts a new story.
    const unsubscribeLab = useLab.subscribe((s, prev) => {
      if (s.seed !== prev.seed || (s.status !== prev.status && s.status !== 'ready')) {
        player.clear();
        setCaptions([]);
      }
    });
    return () => {
      unsubscribe();
      unsubscribeLab();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [client, messages]);

  return captions;
}
