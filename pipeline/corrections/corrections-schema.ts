import { z } from 'zod';
import { METRICS } from '@/lib/metrics';
import { ACTIVITY_CATEGORIES } from '@/lib/activity-categories';

const qualifier = z.enum(['exact', 'atLeast', 'approx']);
const status = z.enum(['done', 'planned']);
const base = { file: z.string().min(1), reason: z.string().min(1) };

/** Picks an extracted figure by what a reviewer sees, not by id: part of its quote and its value. */
const match = {
  ...base,
  quote: z.string().min(1),
  value: z.number().nonnegative(),
  metric: z.enum(METRICS).optional(),
};

const dropSchema = z.strictObject({ action: z.literal('drop'), ...match });

const changeSchema = z.strictObject({
  action: z.literal('change'),
  ...match,
  set: z
    .strictObject({
      metric: z.enum(METRICS).optional(),
      value: z.number().nonnegative().optional(),
      qualifier: qualifier.optional(),
      unit: z.string().optional(),
      activity: z.string().min(1).optional(),
      category: z.enum(ACTIVITY_CATEGORIES).optional(),
      status: status.optional(),
      valueText: z.string().min(1).optional(),
    })
    .refine((s) => Object.keys(s).length > 0, 'set must change at least one field'),
});

/** A figure the rules missed; its offsets come from finding `quote` in the stored text. */
const addSchema = z.strictObject({
  action: z.literal('add'),
  ...base,
  quote: z.string().min(1),
  metric: z.enum(METRICS),
  value: z.number().nonnegative(),
  qualifier,
  unit: z.string(),
  activity: z.string().min(1),
  category: z.enum(ACTIVITY_CATEGORIES).default('other'),
  status,
  valueText: z.string().min(1).optional(),
});

/** Names the region of a report whose text names none the detector recognises (or names it wrongly). */
const regionSchema = z.strictObject({
  action: z.literal('region'),
  ...base,
  code: z.string().regex(/^\d{6}$/),
});

export const correctionSchema = z.discriminatedUnion('action', [dropSchema, changeSchema, addSchema, regionSchema]);
export const correctionsFileSchema = z.strictObject({ corrections: z.array(correctionSchema) });

export type Correction = z.infer<typeof correctionSchema>;
export type AddCorrection = z.infer<typeof addSchema>;
