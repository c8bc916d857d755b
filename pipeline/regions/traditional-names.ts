import * as OpenCC from 'opencc-js';
import { toSimplified } from '../text/to-simplified';

let converters: ((text: string) => string)[] | undefined;

/**
 * What a division's name becomes in a Traditional report once the text is simplified, where that differs from
 * the name: 浚县 is written 濬縣 and 卫辉市 衞輝市, whose 濬 and 衞 OpenCC does not map back (they are variants,
 * not Traditional forms). Derived from OpenCC's own tables for Taiwan and Hong Kong usage, so every division
 * name gets the same treatment rather than a hand-kept list of the ones someone tripped over.
 */
export function traditionalResidues(name: string): string[] {
  converters ??= [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
  const out = new Set<string>();
  for (const toTraditional of converters) {
    const back = toSimplified(toTraditional(name));
    if (back !== name && back.length === name.length) out.add(back);
  }
  return [...out];
}
