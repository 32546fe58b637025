// A goal in words for the check list (goals are data; lessons need not label them).
import type { LessonSpec } from '../../../engine/protocol/index.js';
import type { Locale } from '../../../lessons/types.js';

type Goal = LessonSpec['steps'][number]['goals'][number];

function ref(g: { resource: string; name?: string; labelSelector?: string; namespace?: string }, zh: boolean): string {
  const what = g.name ? `${g.resource}/${g.name}` : g.labelSelector ? `${g.resource} (${g.labelSelector})` : g.resource;
  if (!g.namespace) return what;
  return zh ? `${what}（命名空间 ${g.namespace}）` : `${what} in ${g.namespace}`;
}

export function goalText(g: Goal, locale: Locale): string {
  if (g.label) return g.label[locale];
  const zh = locale === 'zh-CN';
  switch (g.kind) {
    case 'objectExists':
      return zh ? `${ref(g, zh)} 存在${g.count && g.count > 1 ? `（至少 ${g.count} 个）` : ''}` : `${ref(g, zh)} exists${g.count && g.count > 1 ? ` (at least ${g.count})` : ''}`;
    case 'objectAbsent':
      return zh ? `${ref(g, zh)} 已不存在` : `${ref(g, zh)} is gone`;
    case 'fieldEquals':
      return zh ? `${ref(g, zh)} 的 ${g.path} 为 ${g.value}` : `${ref(g, zh)} has ${g.path} = ${g.value}`;
    case 'fieldMatches':
      return zh ? `${ref(g, zh)} 的 ${g.path} 符合 /${g.pattern}/` : `${ref(g, zh)} has ${g.path} matching /${g.pattern}/`;
    case 'podsReady':
      return zh ? `${g.count} 个 Pod 就绪${g.labelSelector ? `（${g.labelSelector}）` : ''}` : `${g.count} Pod${g.count === 1 ? '' : 's'} ready${g.labelSelector ? ` (${g.labelSelector})` : ''}`;
    case 'rolloutComplete':
      return zh ? `deployment/${g.name} 发布完成` : `deployment/${g.name} rolled out`;
    case 'apiRequest': {
      const verb = Array.isArray(g.verb) ? g.verb.join('/') : g.verb;
      const res = `${g.resource}${g.subresource ? `/${g.subresource}` : ''}${g.name ? ` ${g.name}` : ''}`;
      const who = g.userMatches ? (zh ? `匹配 /${g.userMatches}/ 的用户` : `a user matching /${g.userMatches}/`) : (g.user ?? 'kubectl');
      return zh ? `${who} 发出了 ${verb} ${res} 请求` : `${who} sent ${verb} ${res}`;
    }
    case 'commandRan':
      return zh ? `运行过匹配 /${g.pattern}/ 的命令` : `ran a command matching /${g.pattern}/`;
    case 'commandOutput':
      return zh ? `某条命令的输出包含 /${g.output}/` : `a command printed /${g.output}/`;
  }
}
