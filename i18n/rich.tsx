import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey } from './index';

/**
 * A UI string whose placeholders hold elements: names from pages go in `<bdi>`, so that a name's
 * own direction (Arabic, Hebrew) cannot reorder the sentence around it.
 */
export function tRich(key: MessageKey, params: Record<string, ReactNode>): ReactNode {
  // t() leaves unknown placeholders as they are: fill nothing, then split on them.
  const template = t(key);
  return template.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={index}>{name !== undefined && name in params ? params[name] : part}</Fragment>;
  });
}
