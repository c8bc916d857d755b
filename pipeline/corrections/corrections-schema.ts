import { z } from 'zod';
import { figureSchema } from '@/lib/figures-schema';

/** Field types as the dataset has them, so a correction cannot set what the app would reject. */
const { qualifier, status, metric, category } = figureSchema.shape;
// A region correction names a region: the figure's nullable code (a report not placed) is not one.
const regionCode = figureSchema.shape.regionCode.unwrap();
const base = { file: z.string().min(1), reason: z.string().min(1) };

/** Picks an extracted figure by what a reviewer sees, not by id: part of its quote and its value. */
const match = {
  ...base,
  quote: z.string().min(1),
  value: z.number().nonnegative(),
  metric: metric.optional(),
};

const dropSchema = z.strictObject({ action: z.literal('drop'), ...match });

const changeSchema = z.strictObject({
  action: z.literal('change'),
  ...match,
  set: z
    .strictObject({
      metric: metric.optional(),
      value: z.number().nonnegative().optional(),
      qualifier: qualifier.optional(),
      unit: z.string().optional(),
      activity: z.string().min(1).optional(),
      category: category.optional(),
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
  metric,
  value: z.number().nonnegative(),
  qualifier,
  unit: z.string(),
  activity: z.string().min(1),
  category: category.default('other'),
  status,
  valueText: z.string().min(1).optional(),
});

/** Names the region of a report whose text names none the detector recognises (or names it wrongly). */
const regionSchema = z.strictObject({
  action: z.literal('region'),
  ...base,
  code: regionCode,
});

const correctionSchema = z.discriminatedUnion('action', [dropSchema, changeSchema, addSchema, regionSchema]);
export const correctionsFileSchema = z.strictObject({ corrections: z.array(correctionSchema) });

export type Correction = z.infer<typeof correctionSchema>;
