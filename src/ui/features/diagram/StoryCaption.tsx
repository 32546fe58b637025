// The caption line: what the components are doing, newest first (the last
// three messages), in the student's language. Owns the story's animation loop
// so that a new caption re-renders only this line, not the diagram.
import type { MessageLayer } from './animate.js';
import { label, sayCaption, type Lang } from './strings.js';
import { useStory } from './useStory.js';

export function StoryCaption({ messages, reducedMotion, lang }: { messages: React.RefObject<MessageLayer | null>; reducedMotion: boolean; lang: Lang }) {
  const captions = useStory(messages, reducedMotion);
  return (
    <div className="diagram-caption" data-testid="diagram-caption" aria-label={label(lang, 'caption')}>
      {captions.length === 0 ? (
        <p className="caption-idle">{label(lang, 'idle')}</p>
      ) : (
        <ol aria-live="polite">
          {captions.slice(0, 2).map((c, i) => (
            <li key={c.id} className={`${i === 0 ? 'current' : 'earlier'}${c.caption.failed ? ' failed' : ''}`} data-testid={i === 0 ? 'caption-current' : undefined}>
              {sayCaption(c.caption, lang)}
            </li>
          ))}
        </ol>
      )}
      {reducedMotion && <p className="caption-motion">{label(lang, 'motion')}</p>}
    </div>
  );
}
