/** Words announcing what will happen (将陆续推出, 计划, 拟, 力争, 要在…前). */
const PLANNED =
  /将(?:陆续|继续|于|在|进一步|持续|组织|开展|举办|推出|启动|完成|召开|实施|全面|重点|深入|加快|逐步|分批|新建|建设|打造|开设|安排|投入|力争|努力|每|着力|围绕|聚焦)|即将|(?<!按|按照|原)计划|(?<![模虚])拟|力争|预计|准备|打算|争取|确定开展|要(?:在|于|扎实|组织|开展|举办|完成|召开|确保|实现|坚持|持续|继续|深入|全面)|下一步|今后|明年|年底前|月底前|底前/g;
/** Words reporting what has happened; after a plan word they take over (区委将…, 目前已…). */
const DONE = /已|目前|截至|截止|累计|先后|共计|日前|相继/g;

function lastMatch(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** `planned` when the sentence up to the figure announces it rather than reports it. */
export function classifyStatus(sentenceBefore: string): 'done' | 'planned' {
  const planned = lastMatch(PLANNED, sentenceBefore);
  if (planned < 0) return 'done';
  return lastMatch(DONE, sentenceBefore) > planned ? 'done' : 'planned';
}
