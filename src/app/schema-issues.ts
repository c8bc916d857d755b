import { z } from 'zod';
import { issuePath } from '@/lib/figures-schema';
import type { Bilingual } from '@/lib/i18n';

/** One thing wrong in the data file: where (a field path, empty for the whole file) and what, in both languages. */
export interface SchemaIssue {
  path: string;
  message: Bilingual;
}

/**
 * zod's own Chinese messages. Applied to each reported issue rather than set with z.config, which
 * would change the language of every parse in the page (and of the pipeline sharing the schema).
 */
const zhLocale = z.locales.zhCN().localeError;

function chineseMessage(issue: z.core.$ZodIssue): string {
  // Messages the schema writes itself carry their Chinese in params.zh; the locale only knows zod's own.
  if (issue.code === 'custom') {
    const own: unknown = issue.params?.zh;
    return typeof own === 'string' ? own : issue.message;
  }
  // A reported issue is the raw issue the locale expects, less the schema instance it does not read.
  const message = zhLocale(issue as z.core.$ZodRawIssue);
  return typeof message === 'string' ? message : (message?.message ?? issue.message);
}

/**
 * The first issues of a failed parse, worded in both languages so the alert follows a switch of
 * language. The parse must run with `reportInput: true`: the locale names the type it received.
 */
export function describeSchemaIssues(error: z.ZodError, limit = 8): SchemaIssue[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: issuePath(issue.path),
    message: { zh: chineseMessage(issue), en: issue.message },
  }));
}
