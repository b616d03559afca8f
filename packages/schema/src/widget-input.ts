/**
 * One widget's view of the data: the whole kommune document (only
 * `schemaVersion`, `kommune` and the widget's own section are checked, so a
 * broken budget never breaks the participation ladder) or the section alone.
 */
import * as z from 'zod/mini';
import { kommuneSchema, type Kommune } from './kommune.js';
import { notAnObjectIssue, toSchemaIssues, type SchemaIssue } from './issues.js';
import { isRecord } from './shared.js';

/** The top-level keys of the sections. */
export const SECTION_KEYS = ['participation', 'budget', 'meetings', 'report', 'pledge'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The only schema version this package reads. */
export const SCHEMA_VERSION = 1;

/** The result of {@link WidgetInput.parse}. */
export type WidgetParseResult<T> = { ok: true; section: T; kommune?: Kommune } | { ok: false; issues: SchemaIssue[] };

export interface WidgetInput<K extends SectionKey, S extends z.ZodMiniType> {
  /** The section's key in the document. */
  readonly key: K;
  /** The section's zod schema. */
  readonly schema: S;
  /**
   * Validate `input`: a whole kommune document (recognised by `schemaVersion`,
   * `kommune` as an object, `$schema` or a section key holding an object; paths then start
   * with the section key) or the section alone (paths relative to it).
   */
  parse(input: unknown): WidgetParseResult<z.infer<S>>;
}

/** Whether `input` looks like a whole kommune document rather than one section. */
export function isWholeDocument(input: Record<string, unknown>): boolean {
  if ('schemaVersion' in input || '$schema' in input) return true;
  // A document's `kommune` is an object; the `report` and `pledge` sections name theirs by its number (a string).
  if ('kommune' in input && typeof input['kommune'] !== 'string') return true;
  // `meetings.meetings` is an array, so a meetings section is not mistaken for a document.
  return SECTION_KEYS.some((key) => isRecord(input[key]));
}

/** Build the {@link WidgetInput} for one section. */
/* @__NO_SIDE_EFFECTS__ */
export function defineWidgetInput<K extends SectionKey, S extends z.ZodMiniType>(key: K, schema: S): WidgetInput<K, S> {
  let documentSchema: z.ZodMiniType | undefined;
  return {
    key,
    schema,
    parse(input) {
      if (!isRecord(input)) {
        return {
          ok: false,
          issues: [notAnObjectIssue(input)],
        };
      }
      if (!isWholeDocument(input)) {
        const result = schema.safeParse(input, { reportInput: true });
        return result.success
          ? { ok: true, section: result.data as z.infer<S> }
          : { ok: false, issues: toSchemaIssues(result.error.issues) };
      }
      documentSchema ??= z.object({
        $schema: z.optional(z.string()),
        schemaVersion: z.literal(SCHEMA_VERSION),
        kommune: kommuneSchema,
        [key]: schema,
      });
      const result = documentSchema.safeParse(input, { reportInput: true });
      if (!result.success) return { ok: false, issues: toSchemaIssues(result.error.issues) };
      const data = result.data as Record<string, unknown>;
      return {
        ok: true,
        section: data[key] as z.infer<S>,
        kommune: data['kommune'] as Kommune,
      };
    },
  };
}
